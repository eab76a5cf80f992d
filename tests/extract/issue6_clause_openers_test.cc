// Issue 6: is_clause_opener sorts its words by length before comparing (it is asked of most
// tokens around a trigger); every word of the class must still be one, and nothing else.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "extract/word_classes.h"

namespace casebook {
namespace {

constexpr std::string_view kOpeners[] = {
    ";",     ":",      "but",  "while", "whereas", "although", "though", "because",
    "after", "before", "when", "until", "since",   "unless",   "if",     "who",
    "which", "that",   "whom", "where", "whose",   "—",        "–",      "--"};

TEST(ClauseOpeners, Issue6EveryOpenerOfEachLength) {
  for (std::string_view w : kOpeners) EXPECT_TRUE(is_clause_opener(w)) << w;
}

TEST(ClauseOpeners, Issue6NearMissesAreNotOpeners) {
  for (std::string_view w :
       {"",          ",",      ".",       "-",       "---",      "i",         "it",
        "if'",       "bit",    "buts",    "whoa",    "than",     "them",      "wher",
        "whilst",    "afters", "befores", "unlesss", "becausee", "althoughs", "thoughts",
        "whereupon", "But",    "WHEN",    "-—",      "—-",       "‐",         "’s"}) {
    EXPECT_FALSE(is_clause_opener(w)) << w;
  }
}

TEST(ClauseOpeners, Issue6AnOpenerWithAByteChangedIsNone) {
  // Each opener with the case bit of its last byte changed, and with a byte added: same length,
  // other word.
  for (std::string_view w : kOpeners) {
    std::string changed(w);
    changed.back() = static_cast<char>(changed.back() ^ 0x20);
    EXPECT_FALSE(is_clause_opener(changed)) << changed;
    EXPECT_FALSE(is_clause_opener(std::string(w) + "s")) << w;
  }
}

}  // namespace
}  // namespace casebook
