// Issue 4: "since <year>" dates a lasting state by its start ("missing since 2021"), but an
// act that cannot last ("the third to be killed since 2022") is one of several over the
// period: its year must not outrank the date of the incident the report tells.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

TEST(Issue4SinceDates, KillingsSinceAYearDoNotDateTheIncident) {
  Extraction x = extract_text(
      "Gunmen shot dead the farmer Ilan Moss outside his house on Saturday. He was the third "
      "member of the cooperative to be killed since 2022.",
      "2024-01-15");
  EXPECT_EQ(x.summary.date, "2024-01-13");
}

TEST(Issue4SinceDates, MissingSinceAYearIsDatedByItsStart) {
  Extraction x = extract_text(
      "The blogger Ilan Moss has been missing since March 2021, his sister said.", "2024-01-15");
  EXPECT_EQ(x.summary.date.substr(0, 4), "2021");
}

// "questioned on September 30 ... had left in 2022 after police raided the flat": a date that
// names its month is the incident's own, and a background year does not outrank it.
TEST(Issue4SinceDates, AMonthNamedDateIsNotOutrankedByABackgroundYear) {
  Extraction x = extract_text(
      "Security officers questioned the parents of the blogger Ilan Moss on September 30. They "
      "were warned that they could lose their jobs. Moss left for Poland in 2022 after police "
      "raided the family's flat.",
      "2024-10-02");
  EXPECT_EQ(x.summary.date, "2024-09-30");
  // A day read from "on Monday" still gives way to a written year: the incident behind the
  // news is often older than the news.
  Extraction y = extract_text(
      "Police on Monday confirmed the arrest. The blogger Ilan Moss was detained in 2023.",
      "2024-10-02");
  EXPECT_EQ(y.summary.date.substr(0, 4), "2023");
}

// "detained in Gdansk today ... dismissed in March 2019": a lesser act's written year does not
// outrank the date of the grave act the news tells.
TEST(Issue4SinceDates, ALesserActsYearDoesNotOutrankAGraveActsDay) {
  Extraction x = extract_text(
      "Six dockers were detained in Gdansk today during a sit-in. They were dismissed for "
      "joining a union in March 2019.",
      "2024-03-05");
  EXPECT_EQ(x.summary.date, "2024-03-05");
}

// "In May 2019 the editor was questioned. On 3 June he was detained": a day written without
// its year, in a paragraph a written year dates, is that year's; one before the written date
// is the next year's; and the year of writing still dates a paragraph that writes none.
TEST(Issue4SinceDates, AYearlessDayTakesTheParagraphsWrittenYear) {
  Extraction x = extract_text(
      "In May 2019 the editor Ivo Lind was questioned by police. On 3 June he was detained.",
      "2024-08-18");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_EQ(events_of(x, "arrest_detention")[0]->date.start, "2019-06-03");
  x = extract_text(
      "In December 2019 the editor Ivo Lind was questioned by police. On 3 January he was "
      "detained.",
      "2024-08-18");
  EXPECT_EQ(events_of(x, "arrest_detention")[0]->date.start, "2020-01-03");
  x = extract_text("The editor Ivo Lind was detained on 3 June.", "2024-08-18");
  EXPECT_EQ(events_of(x, "arrest_detention")[0]->date.start, "2024-06-03");
}

// "last week" counts from the day of writing, whatever year the paragraph's story is told in.
TEST(Issue4SinceDates, LastWeekIsNotMovedToTheStorysYear) {
  Extraction x = extract_text(
      "Ivo Lind was arrested in January 2023. Last week he was moved to solitary confinement.",
      "2024-05-10");
  auto ev = events_of(x, "torture_ill_treatment");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2024-04-29");
  EXPECT_EQ(events_of(x, "arrest_detention")[0]->date.start, "2023-01");
}

}  // namespace
}  // namespace casebook
