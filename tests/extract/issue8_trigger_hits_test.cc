// Issue 8: the event finder keeps pointers to a token's forms' trigger-lexicon entries while
// it asks for the next form, and asking may add an entry to its table. The table must keep
// earlier entries where they are (it was a vector, whose growth left them dangling: found by
// the extract fuzz target). These inputs ran into it; the sanitized suite
// (`make test-sanitize`) reports a read of freed memory if it comes back.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue8TriggerHits, ManyFormsOfManyWordsInOneDocument) {
  // The fuzz target's input, a mangled copy of its own seed: several trigger words whose four
  // forms differ, met for the first time in one sentence.
  Extraction x = extract_text(
      "His wifd Aliev, tor questioning by the State Committee for National Security on 6 and 7 "
      "September 2017. If he is convi6 and 7 September 2017. If hestate is convicted, he "
      "f]aces`15 years.\n",
      "2021-04-14");
  EXPECT_FALSE(x.events.empty());
  std::string text;
  for (const char* w : {"detained", "arrested", "questioned", "tortured", "kidnapped", "deported",
                        "convicted", "sentenced", "beaten", "threatened", "raided", "searched",
                        "banned", "summoned", "interrogated", "released"}) {
    text += std::string("Police said the activists were ") + w + " and then " + w + ". ";
  }
  Extraction y = extract_text(text, "2021-04-14");
  EXPECT_GE(y.events.size(), 5u);
}

}  // namespace
}  // namespace casebook::testing
