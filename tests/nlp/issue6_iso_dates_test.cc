// Issue 6: to_iso writes the usual date digit by digit instead of through snprintf; every
// date must come out as the "%04d", "%04d-%02d" and "%04d-%02d-%02d" formats write it, the
// unusual ones (years past 9999 or before 1, months and days out of range) included.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

std::string by_printf(const CivilDate& d) {
  if (d.year == 0) return "";
  char buf[64];
  if (d.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

TEST(IsoDates, Issue6EveryDateAsPrintfWritesIt) {
  const int years[] = {0, 1, 7, 10, 99, 100, 999, 1000, 1989, 2024, 9999, 10000, 123456, -1, -2024};
  const int months[] = {-1, 0, 1, 2, 9, 10, 11, 12, 13, 99, 100, 123};
  const int days[] = {-1, 0, 1, 5, 9, 10, 28, 29, 30, 31, 32, 99, 100, 123};
  int dates = 0;
  for (int y : years) {
    for (int m : months) {
      for (int d : days) {
        const CivilDate date{y, m, d};
        EXPECT_EQ(to_iso(date), by_printf(date)) << y << " " << m << " " << d;
        ++dates;
      }
    }
  }
  EXPECT_EQ(dates, 15 * 12 * 14);
  EXPECT_EQ(to_iso(CivilDate{2021, 3, 7}), "2021-03-07");
  EXPECT_EQ(to_iso(CivilDate{1999, 12, 0}), "1999-12");
  EXPECT_EQ(to_iso(CivilDate{987, 0, 0}), "0987");
}

}  // namespace
}  // namespace casebook
