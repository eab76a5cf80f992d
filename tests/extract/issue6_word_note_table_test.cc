// Issue 6: common_word_note answers a word's first sighting from one table merged at first use
// (kinship nouns, actor phrases' first words, group nouns and group phrases' first words,
// pronouns, "the" and "both", role phrases' last words, plain person nouns) instead of asking
// seven tables. Its byte must be exactly what the seven single answers make, for every row of
// their data files and for words in none of them.
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/tsv.h"
#include "extract/common_mentions.h"
#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// The same word with a typographic apostrophe, as the lexicons also hold it.
std::string curly(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '\'' ? std::string("\u2019") : std::string(1, c);
  return out;
}

std::set<std::string> plain_nouns() {
  std::set<std::string> out;
  for_each_data_row("names/person_nouns.tsv", [&](const TsvRow& r) {
    if (r.size() > 1 && r[1] == "plain") out.emplace(r[0]);
  });
  return out;
}

// The first words of the group phrases of several words ("trade" of "trade unionists"), from
// which the common-mention reader tries the phrases.
std::set<std::string> group_first_words() {
  std::set<std::string> out;
  for_each_data_row("actors/group_nouns.tsv", [&](const TsvRow& r) {
    const std::string low = lower(r[0]);
    const size_t space = low.find(' ');
    if (space == std::string::npos) return;
    const std::string first = low.substr(0, space);
    if (first == "the" || first == "a" || first == "an") return;  // articles are left out
    out.insert(low.substr(0, space));
    out.insert(curly(low.substr(0, space)));
  });
  return out;
}

// The seven kinds of word, as the single tables answer them.
enum Kind { kKin, kActor, kGroup, kPronoun, kThe, kRoleEnd, kPlain, kKinds };

std::vector<bool> kinds_of(std::string_view w) {
  static const std::set<std::string_view> kPronouns = {
      "he",    "him", "his", "himself", "she",    "her", "herself", "they", "them",
      "their", "i",   "me",  "my",      "myself", "we",  "us",      "our"};
  static const std::set<std::string> kPlain = plain_nouns();
  static const std::set<std::string> kGroupFirst = group_first_words();
  const NameLexicon& lex = NameLexicon::instance();
  return {kinship_noun(w) != nullptr,      lex.actor_phrase_words(w) > 0,
          !lex.group_noun(w).empty() || kGroupFirst.count(std::string(w)) > 0,
          kPronouns.count(w) > 0,
          w == "the" || w == "both",       lex.ends_role_phrase(w),
          kPlain.count(std::string(w)) > 0};
}

struct Bits {
  uint8_t asked = 0;
  uint8_t kind[kKinds] = {};
};

// Each kind's bit, read off the first candidate word that is of that kind only.
Bits bits() {
  Bits b;
  b.asked = common_word_note("quietly");
  const std::vector<std::vector<std::string_view>> candidates = {
      {"father", "mother", "brother", "son", "daughter", "wife", "husband", "uncle", "nephew"},
      {"police", "authorities", "soldiers", "militants", "gunmen", "army", "troops"},
      {"protesters", "activists", "relatives", "villagers", "demonstrators", "residents"},
      {"she", "he", "him"},
      {"both", "the"},
      {"journalist", "lawyer", "seeker", "blogger", "defender", "reporter"},
      {"man", "woman", "person", "girl", "boy", "individual"}};
  for (int k = 0; k < kKinds; ++k) {
    for (std::string_view w : candidates[k]) {
      std::vector<bool> kinds = kinds_of(w);
      if (!kinds[k] || std::count(kinds.begin(), kinds.end(), true) != 1) continue;
      b.kind[k] = static_cast<uint8_t>(common_word_note(w) ^ b.asked);
      break;
    }
  }
  return b;
}

uint8_t expected(std::string_view w, const Bits& b) {
  const std::vector<bool> kinds = kinds_of(w);
  uint8_t n = b.asked;
  for (int k = 0; k < kKinds; ++k) {
    if (kinds[k]) n |= b.kind[k];
  }
  return n;
}

TEST(Issue6WordNoteTable, EachKindHasOneBitOfItsOwn) {
  const Bits b = bits();
  uint8_t all = b.asked;
  for (uint8_t bit : b.kind) {
    EXPECT_EQ(std::popcount(bit), 1);
    EXPECT_EQ(all & bit, 0);
    all |= bit;
  }
  EXPECT_NE(b.asked, 0);
}

TEST(Issue6WordNoteTable, AgreesWithTheSingleTablesOnEveryDataRow) {
  const Bits b = bits();
  std::vector<std::string> words;
  auto add = [&](std::string_view phrase) {
    const std::string low = lower(phrase);
    for (const std::string& w : {low, curly(low)}) {
      words.push_back(w);
      words.push_back(w.substr(0, w.find(' ')));    // first word
      words.push_back(w.substr(w.rfind(' ') + 1));  // last word
    }
  };
  for (const char* file : {"relations/kinship.tsv", "actors/role_nouns.tsv"}) {
    for_each_data_row(file, [&](const TsvRow& r) {
      for (size_t c = 0; c < 2 && c < r.size(); ++c) add(r[c]);
    });
  }
  for (const char* file : {"actors/state_actors.tsv", "actors/non_state_actors.tsv",
                           "actors/group_nouns.tsv", "names/person_nouns.tsv"}) {
    for_each_data_row(file, [&](const TsvRow& r) { add(r[0]); });
  }
  for (const char* w : {"he", "him", "his", "our", "us", "the", "both", "a", "quietly", "",
                        "riverbank", "fathers-in-law", "Police", "THE", "bothe", "th"}) {
    words.emplace_back(w);
  }
  ASSERT_GT(words.size(), 1000u);
  size_t with_bits = 0;
  for (const std::string& w : words) {
    const uint8_t want = expected(w, b);
    EXPECT_EQ(common_word_note(w), want) << "'" << w << "'";
    with_bits += want != b.asked;
  }
  EXPECT_GT(with_bits, 500u);  // the rows' own words are mostly noted
}

TEST(Issue6WordNoteTable, InventedWordsInNoTableCarryOnlyTheAskedBit) {
  const Bits b = bits();
  for (const char* w : {"lantern", "seventeen", "marmalade", "uphill", "xylograph", "Father"}) {
    EXPECT_EQ(common_word_note(w), b.asked) << w;
  }
}

}  // namespace
}  // namespace casebook
