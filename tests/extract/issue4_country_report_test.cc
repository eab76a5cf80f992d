// Issue 4: the shapes of a country report and a live blog. A clause that knows of no act
// tells none ("knew of no case in which a relative had been prosecuted", "not aware of any
// returnee having been detained"), though a denial of something else ("denied that his
// office had asked for the detention") leaves the act told. The one seen beating ("he saw masked men beat a
// young man") is the doer, not the one who saw. "Mobile internet was cut" is a restriction,
// "his salary was cut" is not. A live blog's entry stamped with the hour ("14:05 -") is of the
// day the blog is written, and "saw officers detain six people" is an arrest. "are often
// questioned by police" is a passive. Those who abducted someone whose whereabouts are then
// unknown keep them out of sight. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CountryReport, KnowingOfNoCaseTellsNoAct) {
  Extraction x = extract_text(
      "The monitoring group said it knew of no case in which a returnee had been prosecuted.");
  ASSERT_EQ(events_of(x, "prosecution").size(), 1u);
  EXPECT_TRUE(events_of(x, "prosecution")[0]->negated);
  x = extract_text(
      "A lawyer in the capital was not aware of any deportee having been detained on arrival.");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(x, "arrest_detention")[0]->negated);
  x = extract_text("There were no reports of arrests at the march in Pula.");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(x, "arrest_detention")[0]->negated);
}

TEST(Issue4CountryReport, ADenialOfSomethingElseLeavesTheAct) {
  Extraction x = extract_text(
      "The mayor, who denied that his office had asked for the detention of the editor Lena "
      "Kos, called for an inquiry.");
  ASSERT_FALSE(events_of(x, "arrest_detention").empty());
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->negated);
  // Where or whether she was held, she was held.
  x = extract_text(
      "Police detained Lena Kos on Monday. For three days her family did not know where she was "
      "being held.");
  for (const Event* e : events_of(x, "arrest_detention")) EXPECT_FALSE(e->negated);
  x = extract_text(
      "The defence found no evidence of fraud in the charge sheet against Lena Kos.");
  ASSERT_FALSE(events_of(x, "prosecution").empty());
  EXPECT_FALSE(events_of(x, "prosecution")[0]->negated);
}

TEST(Issue4CountryReport, TheOneSeenIsTheDoer) {
  Extraction x = extract_text(
      "A witness, Goran Pavic, said he saw masked men beat a young man with batons.");
  std::vector<const Event*> ev = events_of(x, "assault");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "masked men"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "Goran Pavic"));
}

TEST(Issue4CountryReport, InternetCutIsARestriction) {
  Extraction x = extract_text("Mobile internet was cut in central Skopje on Thursday evening.");
  EXPECT_EQ(events_of(x, "communication_restriction").size(), 1u);
  x = extract_text("His salary was cut after he joined the union.");
  EXPECT_TRUE(events_of(x, "communication_restriction").empty());
}

TEST(Issue4CountryReport, TheTakersKeepTheirCaptiveOutOfSight) {
  // "unidentified armed men abducted X ... Her whereabouts remained unknown": the disappearance
  // is the abductors', not the police's of the paragraph before.
  Extraction x = extract_text(
      "Federal police detained 30 supporters in Gondar in May 2023.\n\n"
      "In late June, unidentified armed men abducted Sara Bekele, a party member, in Bahir Dar. "
      "Her whereabouts remained unknown at the time of writing.",
      "2024-04-03");
  std::vector<const Event*> ev = events_of(x, "enforced_disappearance");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "unidentified armed men"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "federal police"));
}

TEST(Issue4CountryReport, ThingsSeizedInASearchAreNoArrest) {
  // "seized two laptops": a count before a plain noun names things; "seized two activists"
  // names people.
  Extraction x = extract_text(
      "Police searched the flat of Ana Lima and seized two laptops and her phone.");
  EXPECT_TRUE(events_of(x, "arrest_detention").empty());
  x = extract_text("Police seized two activists outside the court.");
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
}

TEST(Issue4CountryReport, OftenBeforeAPassive) {
  // "are often questioned by police": "often" stands between the auxiliary and its participle.
  Extraction x = extract_text(
      "Relatives of dissidents living abroad are often questioned by police in Shkoder.");
  std::vector<const Event*> ev = events_of(x, "interrogation");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "police"));
  EXPECT_FALSE(has_name(names_of(x, ev[0]->perpetrators), "relatives"));
  EXPECT_TRUE(ev[0]->generic);
}

TEST(Issue4CountryReport, ALiveBlogEntryIsOfItsDay) {
  Extraction x = extract_text(
      "Live: marches in the capital\n\n15:40 \xE2\x80\x94 Our reporter saw officers detain six "
      "people near the station.\n\n16:10 - Riot police fired tear gas at the crowd.",
      "2024-12-05");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2024-12-05");
  EXPECT_TRUE(has_name(names_of(x, ev[0]->perpetrators), "officers"));
  ASSERT_EQ(events_of(x, "assault").size(), 1u);
  EXPECT_EQ(events_of(x, "assault")[0]->date.start, "2024-12-05");
  // An hour inside a sentence stamps nothing: the act is undated.
  x = extract_text("Officers detained six people at 15:40 near the station.", "2024-12-05");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(x, "arrest_detention")[0]->date.start.empty());
}

}  // namespace
}  // namespace casebook::testing
