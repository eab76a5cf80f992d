// Issue 4: three more ways a thing is what an act is done to. A count before a plural noun
// that names no person, right before a participle ("40 sheep taken", "300 goats seized by the
// guards"), is a thing the participle tells of. A particle between the verb and its object
// ("killed off the vineyards") does not hide the object. And a noun act "of" a thing ("the
// torture of horses at a stable", "the execution of the plan") is no act on people. Counts of
// people, people after a particle and acts "of" people stay; so do a capitalised head ("the
// young Kurd") and "those" before a participle ("tortured those held in the camp"), which are
// people. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CountedAndParticleThings, CountedAnimalsSeizedAreNoArrest) {
  Extraction x = extract_text(
      "Farmers said 300 goats seized by police officers last week were given back on Friday.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4CountedAndParticleThings, CountedPeopleSeizedAreStillArrested) {
  Extraction x = extract_text(
      "Farmers said 30 herders seized by police officers last week were set free on Friday.");
  EXPECT_FALSE(events_of(x, "arrest_detention").empty());
}

TEST(Issue4CountedAndParticleThings, KillingOffAThingIsNoKilling) {
  Extraction x = extract_text("The militia burned the grain stores and killed off the vineyards.");
  EXPECT_TRUE(events_of(x, "killing").empty());
}

// A particle before a bare compound ("killing off pear orchards"), and a bare plural thing
// before "as", are things too.
TEST(Issue4CountedAndParticleThings, KillingOffABareCompoundThingIsNoKilling) {
  Extraction x = extract_text(
      "The troops ruined the plain by draining the wells and killing off pear orchards.");
  EXPECT_TRUE(events_of(x, "killing").empty());
  Extraction y = extract_text(
      "The troops burned the fields and killed off olive groves as a warning to the village.");
  EXPECT_TRUE(events_of(y, "killing").empty());
  Extraction z = extract_text("The statistics office has released new figures as of last June.");
  EXPECT_TRUE(events_of(z, "release").empty());
}

TEST(Issue4CountedAndParticleThings, KillingOffPeopleIsAKilling) {
  Extraction x = extract_text("The militia killed off the last witnesses of the massacre.");
  EXPECT_FALSE(events_of(x, "killing").empty());
}

TEST(Issue4CountedAndParticleThings, TheTortureOfAnimalsIsNoTorture) {
  Extraction x = extract_text("The charity filmed the torture of horses at a racing stable.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
}

// "the torture and drowning of cats": a second act noun shares the first's "of".
TEST(Issue4CountedAndParticleThings, CoordinatedActNounsOfAnimalsAreNoActs) {
  Extraction x = extract_text("Villagers reported the torture and drowning of cats in the river.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  Extraction y = extract_text("The arrest and torture of students shocked the city.");
  EXPECT_TRUE(has_name(first_victims(y, "torture_ill_treatment"), "students"));
}

TEST(Issue4CountedAndParticleThings, TheTortureOfPeopleIsTorture) {
  Extraction x = extract_text("The charity filmed the torture of prisoners at a labour camp.");
  EXPECT_FALSE(events_of(x, "torture_ill_treatment").empty());
}

// A capitalised head names people ("the ethnic Baluch", "the young Kurd"), not a thing.
TEST(Issue4CountedAndParticleThings, ACapitalisedHeadIsNoThing) {
  Extraction x = extract_text("Lawyers condemned the execution of the young Kurd on Monday.");
  EXPECT_FALSE(events_of(x, "killing").empty());
}

// "those held in the camp" is people the text does not name: the act is told, and the
// subject of the next clause is not its victim.
TEST(Issue4CountedAndParticleThings, ThoseWithAParticipleArePeople) {
  Extraction x =
      extract_text("Guards tortured those held in the camp, and witnesses saw it happen.");
  auto t = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(t.empty());
  EXPECT_FALSE(has_name(names_of(x, t[0]->victims), "witnesses"));
}

}  // namespace
}  // namespace casebook::testing
