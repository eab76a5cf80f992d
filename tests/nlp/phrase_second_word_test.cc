// Issue 6: match_phrase and match_cue on lemmas give up early when a pattern's second word is
// missing; every listed phrase and cue must still match its own words, and fail without them.
#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

// The pattern's own words as tokens, a gap ("*" or "**") filled by one ordinary word.
std::vector<std::string_view> tokens_of(const std::vector<std::string_view>& words) {
  std::vector<std::string_view> out;
  for (std::string_view w : words)
    out.push_back(w == "*" || w == "**" ? std::string_view("someone") : w);
  return out;
}

TEST(PhraseSecondWord, Issue6EveryPhraseMatchesItsWordsAndNotWithoutTheSecond) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  int phrases = 0;
  for (const TriggerEntry& e : lex.entries()) {
    if (e.words.size() < 2) continue;
    ++phrases;
    std::vector<std::string_view> t = tokens_of(e.words);
    EXPECT_EQ(lex.match_phrase(e, t, 0, /*lemmatize=*/false), static_cast<int>(t.size())) << e.text;
    if (e.words[1] == "*" || e.words[1] == "**") continue;
    t[1] = "zzqx";
    EXPECT_EQ(lex.match_phrase(e, t, 0, /*lemmatize=*/false), 0) << e.text;
    t.resize(1);  // the phrase's first word at the end of the text
    EXPECT_EQ(lex.match_phrase(e, t, 0, /*lemmatize=*/false), 0) << e.text;
  }
  EXPECT_GT(phrases, 20);
}

TEST(PhraseSecondWord, Issue6EveryCueMatchesItsWordsAndNotWithoutTheSecond) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  int cues = 0;
  for (std::string_view kind : {"negation", "hypothetical", "generic", "reprisal", "charge",
                                "custody", "uncertain", "boycott_context"}) {
    for (std::string_view first : {"for", "in", "face", "because", "not", "to"}) {
      for (const CueEntry* c : lex.cues_starting(first)) {
        if (c->kind != kind || c->words.size() < 2) continue;
        ++cues;
        std::vector<std::string_view> t = tokens_of(c->words);
        EXPECT_EQ(lex.match_cue(*c, t, 0, /*lemmatize=*/false), static_cast<int>(t.size()))
            << c->phrase;
        if (c->words[1] == "*" || c->words[1] == "**") continue;
        t[1] = "zzqx";
        EXPECT_EQ(lex.match_cue(*c, t, 0, /*lemmatize=*/false), 0) << c->phrase;
      }
    }
  }
  EXPECT_GT(cues, 20);
}

}  // namespace
}  // namespace casebook
