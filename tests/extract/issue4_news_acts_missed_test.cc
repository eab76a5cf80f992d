// Issue 4: acts a news story tells in plain words that casebook missed or mistyped: a charge
// with no crime named ("police charged union leader X"), a trial with no court named ("X was
// tried on 16 April"), a body found, a home torched or burned, a worker fired by a factory,
// and riot police charging protesters with batons (a rush at people, no charge in court).
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

Extraction read(const char* text) { return extract_text(text, "2024-05-10"); }

TEST(Issue4NewsActsMissed, ChargedWithNoCrimeNamed) {
  Extraction x = read("Police charged trade unionist Farida Osei on Friday.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Farida Osei"));
  Extraction y = read("Prosecutors charged Farida Osei, a union organiser, on Friday.");
  EXPECT_TRUE(has_name(first_victims(y, "prosecution"), "Farida Osei"));
}

TEST(Issue4NewsActsMissed, ARushAtPeopleIsNoCharge) {
  EXPECT_TRUE(events_of(read("Riot police charged the crowd on Friday."), "prosecution").empty());
  Extraction x = read("Mounted police charged the marchers with batons on Friday.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
  EXPECT_FALSE(events_of(x, "assault").empty());
}

TEST(Issue4NewsActsMissed, TheNounChargesKeepsItsRows) {
  // The plain verb row must not take "Charges" (a noun here) from the noun rows.
  Extraction x = read("Charges were brought against Farida Osei on Friday.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Farida Osei"));
  EXPECT_TRUE(
      events_of(read("A charged atmosphere filled the hall on Friday."), "prosecution").empty());
}

TEST(Issue4NewsActsMissed, TriedWithNoCourtNamed) {
  Extraction x = read("Farida Osei was tried on 16 April.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Farida Osei"));
  EXPECT_TRUE(events_of(read("Farida Osei tried to leave on 16 April."), "prosecution").empty());
}

TEST(Issue4NewsActsMissed, TheBodyOfAPersonFound) {
  Extraction x = read("The body of Tomas Quispe was found in a ravine on Wednesday.");
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Tomas Quispe"));
  EXPECT_TRUE(events_of(read("A body of evidence found that the guards lied."), "killing").empty());
}

TEST(Issue4NewsActsMissed, AHomeTorchedOrBurned) {
  for (const char* text : {"Armed men torched the home of Tomas Quispe last Thursday.",
                           "Armed men burned the house of Tomas Quispe last Thursday.",
                           "Tomas Quispe's house was burned by armed men last Thursday."}) {
    Extraction x = read(text);
    EXPECT_TRUE(has_name(first_victims(x, "forced_eviction"), "Tomas Quispe")) << text;
  }
  EXPECT_TRUE(events_of(read("Rioters torched cars on Thursday."), "forced_eviction").empty());
}

TEST(Issue4NewsActsMissed, FiredByAFactory) {
  Extraction x = read("The factory fired union organiser Farida Osei on 14 March.");
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Farida Osei"));
  EXPECT_TRUE(
      events_of(read("The factory fired up its furnaces on 14 March."), "harassment").empty());
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4NewsActsMissed, ADeathRightAfterAShooting) {
  Extraction x = extract_text(
      "Two men on a motorcycle pulled up beside Teodoro Villa on 7 May. The passenger fired six "
      "shots, hitting him in the head. He died at the scene.",
      "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "killing"), "Teodoro Villa"));
  // A death told after no violence is no killing.
  Extraction y =
      extract_text("The factory fired Teodoro Villa in March. He died in June.", "2024-05-10");
  EXPECT_TRUE(events_of(y, "killing").empty());
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4NewsActsMissed, APersonsLicenceSuspendedIsNoBanOfABody) {
  Extraction x =
      extract_text("In 2019, the Bar Association suspended the licence of the lawyer Anar Guliyev.",
                   "2024-05-10");
  EXPECT_TRUE(events_of(x, "organization_ban").empty());
  EXPECT_TRUE(has_name(first_victims(x, "harassment"), "Anar Guliyev"));
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4NewsActsMissed, ANamedBodyBanned) {
  Extraction x = extract_text("The authorities banned Delta Rights Watch in 2022.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "organization_ban"), "Delta Rights Watch"));
}

}  // namespace
}  // namespace casebook::testing
