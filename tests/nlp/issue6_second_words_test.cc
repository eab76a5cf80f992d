// Issue 6: the trigger lexicon keeps each phrase row's and cue's second word, with its forms'
// hashes, in an array of its own, and the quick no of match_phrase and match_cue (lemmas
// given) reads it there rather than from the row's pattern. Each row must be tested against
// its own second word, and the hashes must be those of the forms.
#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "core/string_hash.h"
#include "core/word_interner.h"
#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

bool gap(std::string_view w) { return w == "*" || w == "**"; }

TEST(SecondWords, Issue6EveryPhraseRowMatchesItsOwnWordsAndNotAnotherSecond) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  int checked = 0;
  for (const TriggerEntry& e : lex.entries()) {
    if (e.pos != "phrase" || gap(e.words[1]) || e.words[0] == "not" || e.words[1] == "not") {
      continue;
    }
    // The row's own words, a gap read as one plain word: it matches...
    std::vector<std::string_view> lemmas;
    for (std::string_view w : e.words) lemmas.push_back(gap(w) ? "someone" : w);
    lemmas.push_back("end");
    EXPECT_GT(lex.match_phrase(e, lemmas, 0, /*lemmatize=*/false), 0) << e.text;
    // ...and with another word second it does not, here or after a word before it.
    lemmas[1] = "zzzq";
    EXPECT_EQ(lex.match_phrase(e, lemmas, 0, /*lemmatize=*/false), 0) << e.text;
    lemmas.insert(lemmas.begin(), "then");
    EXPECT_EQ(lex.match_phrase(e, lemmas, 1, /*lemmatize=*/false), 0) << e.text;
    lemmas.resize(2);  // nothing after the first word
    EXPECT_EQ(lex.match_phrase(e, lemmas, 1, /*lemmatize=*/false), 0) << e.text;
    ++checked;
  }
  EXPECT_GT(checked, 300);
}

TEST(SecondWords, Issue6CueFormsComeWithTheirHashes) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  int checked = 0;
  for (const CueEntry& c : lex.cues()) {
    std::string_view forms[3], plain[3];
    uint64_t hashes[3];
    if (!lex.cue_second_forms(c, forms, hashes)) continue;
    ASSERT_TRUE(lex.cue_second_forms(c, plain));
    for (int f = 0; f < 3; ++f) {
      EXPECT_EQ(forms[f], plain[f]) << c.phrase;
      EXPECT_EQ(hashes[f], short_string_hash(forms[f])) << c.phrase;
    }
    ++checked;
  }
  EXPECT_GT(checked, 50);
}

TEST(SecondWords, Issue6TheInternerFindsAWordByItsHash) {
  WordInterner ids;
  ids.clear(8);
  const uint32_t with = ids.intern("with");
  const uint32_t risk = ids.intern("risk");
  EXPECT_EQ(ids.find("with", short_string_hash("with")), with);
  EXPECT_EQ(ids.find("risk", short_string_hash("risk")), risk);
  EXPECT_EQ(ids.find("from", short_string_hash("from")), WordInterner::kAbsent);
  // A hash that is not the word's finds nothing, even for a word that is there.
  EXPECT_EQ(ids.find("with", short_string_hash("risk")), WordInterner::kAbsent);
}

}  // namespace
}  // namespace casebook
