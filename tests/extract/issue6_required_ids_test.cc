// Issue 6: the event finder looks up the ids of a trigger row's required words once per row
// and document, and marks the word ids of a sentence once, rather than comparing each token
// with each required word. The answer must still be the sentence's own: a row met in one
// sentence is not met in a later one without its words, a row unmet in one sentence is met in
// a later one with them, and each document starts afresh. Sentences written for these tests:
// "captured" is an arrest when a required word names state forces ("soldiers"), otherwise an
// abduction.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

constexpr const char* kBySoldiers = "Soldiers captured Mira Castell near the village on Monday.";
constexpr const char* kByGunmen = "Gunmen captured Dario Venn near the river on Friday.";
constexpr const char* kBetween = "\n\nThe weather was cold that week.\n\n";

TEST(RequiredIds, Issue6AWordOfAnEarlierSentenceMeetsNothingLater) {
  Extraction x = extract_text(std::string(kBySoldiers) + kBetween + kByGunmen);
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_NE(events_of(x, "arrest_detention")[0]->evidence.text.find("Soldiers"), std::string::npos);
  ASSERT_EQ(events_of(x, "abduction").size(), 1u);
  EXPECT_NE(events_of(x, "abduction")[0]->evidence.text.find("Gunmen"), std::string::npos);
}

TEST(RequiredIds, Issue6ARowUnmetEarlierIsMetByALaterSentencesWords) {
  Extraction x = extract_text(std::string(kByGunmen) + kBetween + kBySoldiers);
  ASSERT_EQ(events_of(x, "abduction").size(), 1u);
  EXPECT_NE(events_of(x, "abduction")[0]->evidence.text.find("Gunmen"), std::string::npos);
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_NE(events_of(x, "arrest_detention")[0]->evidence.text.find("Soldiers"), std::string::npos);
}

TEST(RequiredIds, Issue6EveryDocumentHasItsOwnIds) {
  EXPECT_EQ(events_of(extract_text(kBySoldiers), "arrest_detention").size(), 1u);
  EXPECT_EQ(events_of(extract_text(kByGunmen), "arrest_detention").size(), 0u);
  EXPECT_EQ(events_of(extract_text(kByGunmen), "abduction").size(), 1u);
  EXPECT_EQ(events_of(extract_text(kBySoldiers), "arrest_detention").size(), 1u);
}

}  // namespace
}  // namespace casebook::testing
