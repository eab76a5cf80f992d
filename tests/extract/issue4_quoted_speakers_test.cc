// Issue 4: who speaks a quotation is not the object of the acts inside it. The reporting
// clause after a quotation's closing mark ends the act's object ('... fraud cases," said X');
// an unnamed speaker right after the speech verb ("says the old fisherman") is the "me" of the
// quotation; and "he told the committee" keeps "he" as the speaker, not the committee. Also a
// bare compound that ends in a plural noun naming no person is a thing ("executed death
// warrants", "question economic policies"). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4QuotedSpeakers, TheSpeakerAfterTheQuoteIsNoObject) {
  Extraction x = extract_text(
      "\"This is serious, and we will prosecute firmly,\" the minister Ana Lima said on Monday.");
  for (const Event& e : x.events) EXPECT_TRUE(e.victims.empty());
  Extraction y =
      extract_text("\"They tried to frighten us with arrests,\" said the lawyer Rui Costa.");
  for (const Event& e : y.events) EXPECT_FALSE(has_name(names_of(y, e.victims), "Rui Costa"));
}

TEST(Issue4QuotedSpeakers, AnUnnamedSpeakerIsTheQuotationsMe) {
  Extraction x = extract_text(
      "\"They came at night and beat me until dawn,\" says the old fisherman from the delta.");
  EXPECT_TRUE(has_name(first_victims(x, "assault"), "fisherman"));
}

TEST(Issue4QuotedSpeakers, WhomTheSpeakerToldIsNotTheSpeaker) {
  Extraction x = extract_text(
      "Ana Lima was freed on Monday. \"They beat me every night in the cell,\" she told the "
      "parliamentary committee.");
  ASSERT_FALSE(x.quotes.empty());
  const Entity* lima = entity_named(x, "Ana Lima", "person");
  ASSERT_NE(lima, nullptr);
  EXPECT_EQ(x.quotes.back().speaker, lima->id);
}

TEST(Issue4QuotedSpeakers, ABareCompoundOfThingsIsAThing) {
  Extraction x = extract_text("The regime executed death warrants.");
  EXPECT_TRUE(events_of(x, "killing").empty());
  Extraction y = extract_text("The officers questioned economic policies at the meeting.");
  EXPECT_TRUE(events_of(y, "interrogation").empty());
  Extraction z = extract_text("Soldiers executed opposition supporters in the square.");
  EXPECT_FALSE(events_of(z, "killing").empty());
}

}  // namespace
}  // namespace casebook::testing
