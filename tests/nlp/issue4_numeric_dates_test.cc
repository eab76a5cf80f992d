// Issue 4: numeric dates ("26/04/1991", "03/02/2021", "5.11.2023", "05-11-2023") are read day,
// month, year, as most of the world writes them, even when both parts could be a month; a
// document that writes a date month first ("04/26/1991") has its other slash and hyphen
// dates read month first too. Dotted dates stay day first.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

// The ISO value of each expression found, in order.
std::vector<std::string> dates_of(const std::string& text) {
  std::vector<std::string> v;
  for (const TimeExpression& t : find_time_expressions(text, parse_iso("2024-03-12"))) {
    v.push_back(to_iso(t.value));
  }
  return v;
}

TEST(Issue4NumericDates, DayFirstWhenOnlyTheDayCanBeADay) {
  EXPECT_EQ(dates_of("The clerk was born on 26/04/1991 in the capital."),
            std::vector<std::string>{"1991-04-26"});
}

TEST(Issue4NumericDates, BothPartsUpToTwelveAreReadDayFirst) {
  EXPECT_EQ(dates_of("Officers searched the flat on 03/02/2021."),
            std::vector<std::string>{"2021-02-03"});
  EXPECT_EQ(dates_of("The hearing was set for 05-11-2023 in the city court."),
            std::vector<std::string>{"2023-11-05"});
  EXPECT_EQ(dates_of("The hearing was set for 5.11.2023 in the city court."),
            std::vector<std::string>{"2023-11-05"});
}

TEST(Issue4NumericDates, ADocumentWritingMonthFirstIsReadMonthFirst) {
  EXPECT_EQ(dates_of("The teacher, born 04/26/1991, was held on 03/02/2021."),
            (std::vector<std::string>{"1991-04-26", "2021-03-02"}));
  EXPECT_EQ(dates_of("Filed 11-30-2022. Appeal lodged 12-01-2022."),
            (std::vector<std::string>{"2022-11-30", "2022-12-01"}));
}

TEST(Issue4NumericDates, DottedDatesStayDayFirst) {
  // The month-first date elsewhere does not turn a dotted date round.
  EXPECT_EQ(dates_of("Filed 04/26/2023; the notice is dated 5.11.2023."),
            (std::vector<std::string>{"2023-04-26", "2023-11-05"}));
}

TEST(Issue4NumericDates, ADayFirstDateKeepsTheDocumentDayFirst) {
  // Both orders shown: the document gives no clear sign, and the default holds.
  EXPECT_EQ(dates_of("Seized 25/12/2020 and returned 12/26/2020; fined 03/02/2021."),
            (std::vector<std::string>{"2020-12-25", "2020-12-26", "2021-02-03"}));
}

TEST(Issue4NumericDates, CodesAreNoSignOfMonthFirst) {
  // "123/45/2020" and "1/15/20201" are no dates, so they say nothing about the order.
  EXPECT_EQ(dates_of("Case 123/45/2020 and file 1/15/20201 were closed on 03/02/2021."),
            std::vector<std::string>{"2021-02-03"});
}

}  // namespace
}  // namespace casebook
