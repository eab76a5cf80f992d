// Issue 6: the extract stage's helpers that no longer allocate per call (entity ids read from
// their decimal form, the tokens around a person read from a fixed array) must answer as the
// table and vector they replaced did. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/age_group.h"
#include "extract/mention.h"
#include "extract/pipeline.h"
#include "extract_test_util.h"
#include "nlp/annotated_text.h"

namespace casebook {
namespace {

TEST(FewerAllocations, Issue6PublicEntityIdReadsOnlyExactIndexes) {
  const std::vector<std::string> ids = {"p1", "",   "o1", "l1", "p2", "s1",
                                        "g1", "p3", "p4", "p5", "p6", "l2"};
  EXPECT_EQ(public_entity_id(ids, "0"), "p1");
  EXPECT_EQ(public_entity_id(ids, "2"), "o1");
  EXPECT_EQ(public_entity_id(ids, "11"), "l2");
  EXPECT_EQ(public_entity_id(ids, "1"), "");   // a dropped entity
  EXPECT_EQ(public_entity_id(ids, "12"), "");  // past the last
  EXPECT_EQ(public_entity_id(ids, "02"), "");  // std::to_string never writes these
  EXPECT_EQ(public_entity_id(ids, "+2"), "");
  EXPECT_EQ(public_entity_id(ids, "-0"), "");
  EXPECT_EQ(public_entity_id(ids, "00"), "");
  EXPECT_EQ(public_entity_id(ids, " 2"), "");
  EXPECT_EQ(public_entity_id(ids, "2a"), "");
  EXPECT_EQ(public_entity_id(ids, ""), "");
  EXPECT_EQ(public_entity_id(ids, "p1"), "");
  EXPECT_EQ(public_entity_id(ids, "99999999999999999999"), "");
}

TEST(FewerAllocations, Issue6PublicEntityIdAgreesWithATableOfDecimalForms) {
  std::vector<std::string> ids(1200);
  for (size_t i = 0; i < ids.size(); ++i)
    if (i % 7 != 3) ids[i] = "p" + std::to_string(i + 1);
  for (size_t i = 0; i < ids.size() + 50; ++i) {
    const std::string want = i < ids.size() ? ids[i] : std::string();
    EXPECT_EQ(public_entity_id(ids, std::to_string(i)), want) << i;
  }
}

std::string age_of(const std::string& text, const std::string& name) {
  AnnotatedText at;
  annotate(text, CivilDate{}, &at);
  const size_t at_byte = text.find(name);
  uint32_t first = 0;
  while (first < at.tokens.size() && at.tokens[first].start < at_byte) ++first;
  uint32_t end = first;
  while (end < at.tokens.size() && at.tokens[end].end <= at_byte + name.size()) ++end;
  return age_group_near(at, first, end);
}

TEST(FewerAllocations, Issue6AgeGroupAtTheEdgesOfTheText) {
  // The person at the very start and at the very end: fewer than 3 tokens before, fewer than
  // 5 after.
  EXPECT_EQ(age_of("Ana Lima, 15, was detained.", "Ana Lima"), "child");
  EXPECT_EQ(age_of("Police detained the 34-year-old Ana Lima", "Ana Lima"), "adult");
  EXPECT_EQ(age_of("Police detained Ana Lima", "Ana Lima"), "");
  // The age five tokens after the name is still read; the sixth is not.
  EXPECT_EQ(age_of("Ana Lima, who is aged 16 now, was held.", "Ana Lima"), "child");
  EXPECT_EQ(age_of("Ana Lima, who is now aged 16, was held.", "Ana Lima"), "");
}

TEST(FewerAllocations, Issue6MentionsHaveRoomUpFront) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Police detained Ana Lima in Osh on Monday. ";
  AnnotatedText at;
  annotate(text, CivilDate{}, &at);
  DocumentContext ctx(at);
  EXPECT_GE(ctx.mentions.capacity(), at.tokens.size() / 8);
  EXPECT_TRUE(ctx.mentions.empty());
}

// The number words are looked up in a flat map now: each still counts what it did.
TEST(FewerAllocations, Issue6NumberWordsStillCount) {
  const std::pair<const char*, double> cases[] = {
      {"Twelve students were detained after the march in Osh.", 12},
      {"Fifteen students were detained after the march in Osh.", 15},
      {"Nine students were detained after the march in Osh.", 9},
      {"Dozens of students were detained after the march in Osh.", 24},
      {"Some 1,250 students were detained after the march in Osh.", 1250}};
  for (const auto& [text, want] : cases) {
    Extraction x = testing::extract_text(text);
    ASSERT_FALSE(x.statistics.empty()) << text;
    EXPECT_EQ(x.statistics[0].quantity, want) << text;
  }
  EXPECT_TRUE(testing::extract_text("Several students were detained after the march in Osh.")
                  .statistics.empty());
}

}  // namespace
}  // namespace casebook
