// A release told with no word of custody in its sentence or the one before: "X was released on
// 15 March", "Police released X". Only a person is released; a report, a video or the names of
// the dead are not. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ReleaseWithoutCustody, APersonReleasedIsARelease) {
  for (const char* text :
       {"On 15 March 2019 Hana Novak was released.", "Police released Hana Novak on 15 March 2019.",
        "Police released the two students on 15 March 2019."}) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, "release");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_FALSE(ev[0]->victims.empty()) << text;
    EXPECT_EQ(date_of_only(x, "release"), "2019-03-15") << text;
  }
}

TEST(Issue4ReleaseWithoutCustody, AThingReleasedIsNoRelease) {
  for (const char* text :
       {"The report was released on Monday.", "Her new album was released in May.",
        "Hana Novak released a statement on Monday.",
        "The group released a video of Hana Novak on Monday.",
        "The group released the names of 12 detainees.",
        "The group released Hana Novak's letter on Monday."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(events_of(x, "release").empty()) << text;
  }
  // A share of the people held is no thing.
  Extraction y = extract_text("Police released three of the detainees on Monday.");
  EXPECT_EQ(events_of(y, "release").size(), 1u);
}

// "asked the court to release X": a release asked for has not happened.
TEST(Issue4ReleaseWithoutCustody, AReleaseAskedForIsHypothetical) {
  Extraction x = extract_text("The lawyer Rui Costa asked the court to release Hana Novak.");
  auto ev = events_of(x, "release");
  ASSERT_FALSE(ev.empty());
  for (const Event* e : ev) EXPECT_TRUE(e->hypothetical);
}

// "was rearrested", "had been red-tagged": an -ed word WordNet lacks, after an auxiliary, is a
// participle, so a passive.
TEST(Issue4ReleaseWithoutCustody, RearrestedAfterReleaseIsAnArrest) {
  Extraction x = extract_text(
      "Hana Novak was released on bail in October 2023 but was rearrested two weeks later.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->victims), "Hana Novak"));
  Extraction y = extract_text("Hana Novak had been red-tagged by the army.");
  EXPECT_TRUE(has_name(first_victims(y, "public_shaming"), "Hana Novak"));
}

// A person known only by a role is a person released or questioned: "The journalist was
// released on Monday"; "The meeting was held on Monday" still holds no one.
TEST(Issue4ReleaseWithoutCustody, ARoleIsAPersonInAPassiveRow) {
  Extraction x = extract_text("The journalist was released on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "release"), "journalist"));
  x = extract_text("The applicant was questioned on 3 May.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "interrogation"), "applicant"));
  x = extract_text("The meeting was held on Monday.", "2024-05-10");
  EXPECT_TRUE(x.events.empty());
}

// "kidnapped near the market and held in a farmhouse until his family paid": the captivity of
// a kidnapping is the abduction, not a detention; one charged with kidnapping and held is
// detained.
TEST(Issue4ReleaseWithoutCustody, CaptivityAfterAKidnappingIsTheAbduction) {
  Extraction x = extract_text(
      "Hana Novak was abducted outside the market and held for a week for ransom.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  EXPECT_FALSE(events_of(x, "abduction").empty());
  x = extract_text(
      "Hana Novak was charged with kidnapping on Monday and is held in the city jail.");
  EXPECT_FALSE(events_of(x, "arrest_detention").empty());
}

}  // namespace
}  // namespace casebook::testing
