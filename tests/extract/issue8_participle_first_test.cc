// Issue 8: a participle that opens a document ("Sentenced on charges of extremism.", a page
// whose first token is the act) made the clause reader look at the token before the first
// one (found by the extract fuzz target: a read out of bounds). The sanitized suite
// (`make test-sanitize`) reports the read if it comes back.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue8ParticipleFirst, AnActAsTheFirstTokenOfTheText) {
  for (const char* text : {"sentenced on charges of extremism. At least 40 people have been "
                           "detained since January.",
                           "Detained in Minsk on Monday.", "Arrested last week, then released."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_FALSE(x.events.empty()) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
