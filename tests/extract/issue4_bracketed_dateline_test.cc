// Issue 4: a date line with its date in brackets, closed by a plain hyphen ("CAIRO (21
// February 2025) - Police arrested ... on Monday") is the date of writing, as with an en dash
// or a comma: "Monday" dates the act, and with no date of its own the act stays undated. A
// bracketed date inside a sentence is no date line and still dates its act.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::date_of_only;
using testing::extract_text;

TEST(Issue4BracketedDateline, AHyphenClosesTheDateLine) {
  Extraction x = extract_text(
      "Report\n\nTUNIS (14 June 2024) - Police arrested the blogger Karim Haddad on Tuesday.\n");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2024-06-11");
  Extraction y = extract_text(
      "Report\n\nTUNIS (14 June 2024) \xE2\x80\x93 Police arrested the blogger Karim Haddad on "
      "Tuesday.\n");
  EXPECT_EQ(date_of_only(y, "arrest_detention"), "2024-06-11");
}

TEST(Issue4BracketedDateline, TheDateLineDatesNoAct) {
  Extraction x = extract_text(
      "Report\n\nTUNIS (14 June 2024) - Police arrested the blogger Karim Haddad at home.\n");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "");
}

TEST(Issue4BracketedDateline, ABracketedDateInASentenceDatesItsAct) {
  Extraction x = extract_text(
      "Report\n\nPolice arrested the blogger Karim Haddad (14 June 2024) - he was taken away.\n");
  EXPECT_EQ(date_of_only(x, "arrest_detention"), "2024-06-14");
}

}  // namespace
}  // namespace casebook
