// Issue 4: a chronology's items ("- 3 March 2025: ...", "12 May 2025: ...") each tell their own
// act; the state actor of the item before is no fallback doer of the next. Within one
// paragraph of prose the fallback stays. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ChronologyItems, AnItemTakesNoDoerFromTheItemBefore) {
  Extraction x = extract_text(
      "The relatives of Saida Nurova have faced the following:\n\n"
      "- 3 March 2025: officers searched her parents' flat in Osh.\n\n"
      "- 17 April 2025: her sister, Aida, was dismissed from her job at the library.\n");
  EXPECT_TRUE(first_perpetrators(x, "harassment").empty());
}

TEST(Issue4ChronologyItems, DatedItemsWithoutBullets) {
  Extraction x = extract_text(
      "3 March 2025: officers searched her parents' flat in Osh.\n\n"
      "17 April 2025: her sister, Aida, was dismissed from her job at the library.\n");
  EXPECT_TRUE(first_perpetrators(x, "harassment").empty());
}

TEST(Issue4ChronologyItems, ProseKeepsTheSentenceBeforesDoer) {
  Extraction x = extract_text(
      "On 3 March officers searched the flat of Saida Nurova's parents in Osh. Her sister, Aida, "
      "was dismissed from her job at the library in April.");
  EXPECT_TRUE(has_name(first_perpetrators(x, "harassment"), "officers"));
}

}  // namespace
}  // namespace casebook::testing
