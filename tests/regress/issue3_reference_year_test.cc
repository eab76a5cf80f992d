// Issue 3: with no date in its metadata, a report that says "at last year's event ... in
// 2018" speaks from 2019, and a year-less "October 3 and 4" takes that year.
#include <gtest/gtest.h>

#include "../extract/extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue3, ReferenceYearFromTheText) {
  Extraction x = extract_text(
      "The forum this year was quiet, unlike the one held in 2018. At last year's forum, "
      "officials walked out. Activist Ana Lima said her father was detained in Minsk on "
      "October 3 and 4.");
  EXPECT_EQ(x.reference_date, "2019");
  EXPECT_EQ(x.reference_date_from, "text");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2019-10-03");
  EXPECT_EQ(ev[0]->date.end, "2019-10-04");
}

}  // namespace
}  // namespace casebook::testing
