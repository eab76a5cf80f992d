// Issue 4: "In February 2020 he was beaten. Five months later, he was arrested.": a
// year or month offset with no anchor phrase of its own counts from the story's latest date,
// though that date has no day and dated no act, not from an older date with a day told before
// it. Day offsets ("two days later") still need a date with a day. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AnchoredOffsets, AMonthOffsetCountsFromTheLatestMonth) {
  Extraction x = extract_text(
      "The printer Arvid Lunde was detained on 12 October 2022, his lawyer said.\n\n"
      "In February 2020, Lunde had been beaten by unknown men. Five months later, he was "
      "arrested at a rally.",
      "2022-10-20");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_GE(ev.size(), 2u);
  EXPECT_EQ(ev.back()->date.start, "2020-07");
}

TEST(Issue4AnchoredOffsets, AYearOffsetCountsFromTheLatestYear) {
  Extraction x = extract_text(
      "The blogger Vera Holm was detained on 3 March 2023, her sister said.\n\n"
      "In 2015, Holm was beaten by guards at the mine. A year later, she was arrested.",
      "2023-03-10");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev.back()->date.start, "2016");
}

// The latest date need not have dated an act of its own.
TEST(Issue4AnchoredOffsets, TheLatestDateNeedsNoActOfItsOwn) {
  Extraction x = extract_text(
      "The blogger Vera Holm was detained on 3 March 2023, her sister said.\n\n"
      "In 2015, Holm wrote about the mine. A year later, she was arrested.",
      "2023-03-10");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev.back()->date.start, "2016");
}

// "The attack came two years after the army sent troops north following a series of
// kidnappings": an offset that would put an act after the date of writing, with no word of
// the future, does not date it.
TEST(Issue4AnchoredOffsets, NoDateAfterTheWritingWithoutAWordOfTheFuture) {
  Extraction x = extract_text(
      "Gunmen stormed the market on 21 September 2020 and shot at shoppers.\n\n"
      "The attack on the market came two years after the army sent troops north following a "
      "series of kidnappings in border towns.",
      "2020-10-09");
  std::vector<const Event*> ev = events_of(x, "abduction");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->date.start.empty() || ev[0]->date.start <= "2020-10-09") << ev[0]->date.start;
}

TEST(Issue4AnchoredOffsets, ADayOffsetStillCountsFromADay) {
  Extraction x = extract_text(
      "The blogger Vera Holm was beaten by police on 3 March 2023. Two days later, she was "
      "arrested.",
      "2023-03-10");
  std::vector<const Event*> ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev.back()->date.start, "2023-03-05");
}

// "Released on 11 September 2023. The next day she visited the passport office. They told
// her she was banned from leaving": the story moved on a day in a sentence with no act of its own.
TEST(Issue4AnchoredOffsets, TheNextDayInASentenceWithNoAct) {
  Extraction x = extract_text(
      "Ivo Marek was released from prison on September 11, 2023. The next day he went to the "
      "passport office. Officials told him he was banned from leaving the country.",
      "2024-05-10");
  EXPECT_EQ(date_of_only(x, "release"), "2023-09-11");
  EXPECT_EQ(date_of_only(x, "travel_ban"), "2023-09-12");
}

// "Police detained her on 3 March. ... a court later convicted her": "later", by no amount,
// puts the conviction after the story's date, which does not date it.
TEST(Issue4AnchoredOffsets, LaterByNoAmountIsUndated) {
  Extraction x = extract_text(
      "Police detained the activist Ana Lind on March 3. She was taken to a detention centre, and "
      "a court later convicted her of spreading false news.",
      "2024-05-10");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->date.empty());
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2024-03-03");
}

// "X was arrested on 27 February 2021. A military court sentenced him to 20 years": the
// verdict came later than the arrest whose day the story carries.
TEST(Issue4AnchoredOffsets, AVerdictIsNotDatedByTheArrestBeforeIt) {
  Extraction x = extract_text(
      "Ivo Marek was arrested by soldiers in Mandalay on 27 February 2021. A military court "
      "sentenced him to 20 years in prison.",
      "2024-05-10");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2021-02-27");
  std::vector<const Event*> ev = events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(ev[0]->date.empty());
  // The arrest's own later acts on the day keep it: "He was questioned".
  x = extract_text(
      "Ivo Marek was arrested on 27 February 2021. Officers questioned him for six hours.",
      "2024-05-10");
  EXPECT_EQ(date_of_only(x, "interrogation"), "2021-02-27");
}

}  // namespace
}  // namespace casebook::testing
