// Issue 6: the word-class tests the clause and name readers ask of most tokens (forms of "be",
// modals, clause openers, the small words inside a name) compare a word with literals through
// `is_literal` (core/word_literal.h), whose bytes the compiler compares inline, instead of
// `std::string_view::operator==`, which in the extract stage's large files became a call to
// string_view::compare and memcmp (~40 instructions a compare). These tests hold the answers
// to exactly those of `==`: a literal's prefixes, extensions, case and one-byte changes, and
// the curly apostrophe and the dashes (several bytes in UTF-8) must not be confused.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/word_literal.h"
#include "extract/clause_words.h"
#include "extract/word_classes.h"

namespace casebook {
namespace {

static_assert(is_literal("was", "was"));
static_assert(!is_literal("wa", "was"));
static_assert(!is_literal("wash", "was"));
static_assert(is_literal("", ""));

// Words near `word`: itself, its prefixes, itself with a byte added, each byte changed, and
// in capitals. Built as strings the compiler cannot see, so the compares run on real bytes.
std::vector<std::string> neighbours(std::string_view word) {
  std::vector<std::string> out;
  out.emplace_back(word);
  for (size_t n = 0; n < word.size(); ++n) out.emplace_back(word.substr(0, n));
  out.push_back(std::string(word) + "s");
  out.push_back("x" + std::string(word));
  for (size_t i = 0; i < word.size(); ++i) {
    std::string changed(word);
    changed[i] = static_cast<char>(changed[i] ^ 0x01);
    out.push_back(changed);
    changed[i] = static_cast<char>(word[i] ^ 0x20);
    out.push_back(changed);
  }
  return out;
}

// Every literal each class is made of, and words of the same lengths that are not in it.
const std::vector<std::string_view> kWords = {
    "is",      "are",      "was",     "were",   "be",     "been",   "being",    "get",
    "got",     "gets",     "getting", "gotten", "'s",     "’s",     "could",    "would",
    "might",   "may",      "will",    "shall",  "should", "can",    "must",     "'ll",
    "’ll",     "'d",       ";",       ":",      "if",     "--",     "but",      "who",
    "—",       "–",        "when",    "that",   "whom",   "while",  "after",    "until",
    "since",   "which",    "where",   "whose",  "though", "before", "unless",   "because",
    "whereas", "although", "of",      "for",    "and",    "the",    "on",       "in",
    "against", "to",       "de",      "del",    "la",     "van",    "von",      "da",
    "dos",     "bin",      "ibn",     "bint",   "es",     "des",    "du",       "di",
    "&",       "its",      "had",     "-",      "‘s",     "…",      "detained", "whenever",
    "beings",  "",         "whosever"};

// The classes as they were written before, with operator==.
bool be_by_equality(std::string_view w) {
  for (std::string_view x : {"is", "are", "was", "were", "be", "been", "being", "get", "got",
                             "gets", "getting", "gotten", "'s", "’s"}) {
    if (w == x) return true;
  }
  return false;
}
bool modal_by_equality(std::string_view w) {
  for (std::string_view x : {"could", "would", "might", "may", "will", "shall", "should", "can",
                             "must", "'ll", "’ll", "'d"}) {
    if (w == x) return true;
  }
  return false;
}
bool opener_by_equality(std::string_view w) {
  for (std::string_view x :
       {";",     ":",     "if",     "--",     "but",    "who",     "—",       "–",
        "when",  "that",  "whom",   "while",  "after",  "until",   "since",   "which",
        "where", "whose", "though", "before", "unless", "because", "whereas", "although"}) {
    if (w == x) return true;
  }
  return false;
}

// is_literal(w, lit) against w == lit for every word in `words`.
template <size_t N>
void expect_as_equality(const std::vector<std::string>& words, const char (&lit)[N]) {
  for (const std::string& w : words) {
    const std::string_view v = w;
    EXPECT_EQ(is_literal(v, lit), v == lit) << w << " / " << lit;
  }
}

TEST(WordLiteral, Issue6AnswersAsEqualityDoes) {
  // Literals of 1 to 17 bytes, ASCII and UTF-8; each word near any of them is asked of all.
  std::vector<std::string> words(kWords.begin(), kWords.end());
  for (std::string_view lit : {"s", "is", "was", "’s", "were", "being", "getting", "although", "—",
                               "abcdefghijklmnop", "abcdefghijklmnopq"}) {
    for (std::string& w : neighbours(lit)) words.push_back(std::move(w));
  }
  expect_as_equality(words, "s");
  expect_as_equality(words, "is");
  expect_as_equality(words, "was");
  expect_as_equality(words, "’s");
  expect_as_equality(words, "were");
  expect_as_equality(words, "being");
  expect_as_equality(words, "getting");
  expect_as_equality(words, "although");
  expect_as_equality(words, "—");
  expect_as_equality(words, "abcdefghijklmnop");
  expect_as_equality(words, "abcdefghijklmnopq");

  const std::string word = "although";
  EXPECT_TRUE(is_literal(word, "although"));
  EXPECT_FALSE(is_literal(word.substr(0, 7), "although"));
  EXPECT_FALSE(is_literal(word + "!", "although"));
  EXPECT_FALSE(is_literal(std::string("Although"), "although"));
  EXPECT_TRUE(is_literal(std::string("\xE2\x80\x99s"), "’s"));
  EXPECT_FALSE(is_literal(std::string("\xE2\x80\x98s"), "’s"));
  EXPECT_FALSE(is_literal(std::string("\xE2\x80\x94"), "–"));
}

TEST(WordLiteral, Issue6TheWordClassesAnswerAsBefore) {
  for (std::string_view word : kWords) {
    for (const std::string& w : neighbours(word)) {
      EXPECT_EQ(is_be(w), be_by_equality(w)) << w;
      EXPECT_EQ(is_modal(w), modal_by_equality(w)) << w;
      EXPECT_EQ(is_clause_opener(w), opener_by_equality(w)) << w;
    }
  }
  EXPECT_TRUE(is_be("’s"));
  EXPECT_FALSE(is_be("‘s"));
  EXPECT_TRUE(is_clause_opener("—"));
  EXPECT_TRUE(is_clause_opener("–"));
  EXPECT_FALSE(is_clause_opener("-"));
  EXPECT_TRUE(is_modal("’ll"));
  EXPECT_FALSE(is_modal("ll"));
}

}  // namespace
}  // namespace casebook
