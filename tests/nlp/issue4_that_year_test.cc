// Issue 4: "that year" and "the same year" name the year of the last date the story told, not
// the year of writing. "The mill closed in 2009. In November of that year, guards detained ..."
// is November 2009; "That same year, ..." is 2009. With no date told before, "that year" stays
// an anchor on the narrative, as "the same year" was, and a month keeps the year it had.
#include <gtest/gtest.h>

#include <string>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

std::string span_of(const std::string& text, const TimeExpression& t) {
  return text.substr(t.start, t.end - t.start);
}

TEST(Issue4ThatYear, AMonthOfThatYearTakesTheStorysYear) {
  const std::string text =
      "The mill closed in 2009. In November of that year, guards detained the foreman.";
  const auto found = find_time_expressions(text, parse_iso("2024-03-12"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span_of(text, found[1]), "November of that year");
  EXPECT_EQ(to_iso(found[1].value), "2009-11");
  EXPECT_TRUE(found[1].year_written);
  EXPECT_FALSE(found[1].uses_reference);
}

TEST(Issue4ThatYear, ADayInTheSameYear) {
  const std::string text = "She fled in 2016. On 3 May the same year her brother was arrested.";
  const auto found = find_time_expressions(text, parse_iso("2024-03-12"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(span_of(text, found[1]), "3 May the same year");
  EXPECT_EQ(to_iso(found[1].value), "2016-05-03");
}

TEST(Issue4ThatYear, ThatYearAloneIsTheStorysYear) {
  const std::string text =
      "He was freed in 2015. That same year, officers beat his wife. Later that year, they "
      "came back.";
  const auto found = find_time_expressions(text, parse_iso("2024-03-12"));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(span_of(text, found[1]), "That same year");
  EXPECT_EQ(found[1].kind, TimeKind::kAbsolute);
  EXPECT_EQ(to_iso(found[1].value), "2015");
  EXPECT_EQ(span_of(text, found[2]), "Later that year");
  EXPECT_EQ(to_iso(found[2].value), "2015");
  EXPECT_TRUE(found[2].approximate);
}

TEST(Issue4ThatYear, TheSameYearAfterAWrittenYear) {
  const std::string text = "The paper was shut in 2012. The same year, its editor left.";
  const auto found = find_time_expressions(text, parse_iso("2024-03-12"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].kind, TimeKind::kAbsolute);
  EXPECT_EQ(to_iso(found[1].value), "2012");
}

TEST(Issue4ThatYear, TheYearOfTheLastDateToldNotOnlyWritten) {
  // "14 October", written in May 2026, is read as October 2025; "that year" is its year, not
  // the 2021 written before it nor the year of writing.
  const std::string text =
      "She fled abroad in 2021. On 14 October officers searched the flat. In March of that "
      "year, her brother had been warned.";
  const auto found = find_time_expressions(text, parse_iso("2026-05-01"));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(to_iso(found[1].value), "2025-10-14");
  EXPECT_EQ(to_iso(found[2].value), "2025-03");
  EXPECT_FALSE(found[2].year_written);
  EXPECT_TRUE(found[2].uses_reference);
}

TEST(Issue4ThatYear, WithNoDateToldBeforeItStaysAnAnchor) {
  const std::string text = "That year, he left. In November of that year, guards came.";
  const auto found = find_time_expressions(text, parse_iso("2024-03-12"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].kind, TimeKind::kAnchored);
  EXPECT_EQ(span_of(text, found[1]), "November of that year");
  EXPECT_EQ(to_iso(found[1].value), "2023-11");
}

TEST(Issue4ThatYear, NotThatAsAPronounOrAWrittenYear) {
  // "that" before other words is no time; "October of the year before" is not this rule's.
  const std::string text =
      "In 2011 she said that police came. In October 2013 that year's report was out. "
      "She recalled that years passed.";
  const auto found = find_time_expressions(text, parse_iso("2024-03-12"));
  ASSERT_GE(found.size(), 2u);
  EXPECT_EQ(to_iso(found[1].value), "2013-10");
  EXPECT_EQ(span_of(text, found[1]), "October 2013");
  for (const auto& t : found) EXPECT_NE(span_of(text, t), "that years");
}

}  // namespace
}  // namespace casebook
