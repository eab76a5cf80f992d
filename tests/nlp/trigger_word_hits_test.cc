// Issue 6: TriggerLexicon::hits, the one-lookup index the event finder uses, gives for every
// word exactly what the separate lookups (single, phrases_starting, cues_starting) give.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <span>
#include <string_view>

#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

template <typename T>
bool same(std::span<const T* const> a, std::span<const T* const> b) {
  return a.size() == b.size() &&
         (a.empty() || a.data() == b.data() || std::equal(a.begin(), a.end(), b.begin()));
}

void expect_same_as_lookups(std::string_view w) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  TriggerWordHits h = lex.hits(w);
  EXPECT_TRUE(same(h.verbs, lex.single(w, "verb"))) << w;
  EXPECT_TRUE(same(h.nouns, lex.single(w, "noun"))) << w;
  EXPECT_TRUE(same(h.adjs, lex.single(w, "adj"))) << w;
  EXPECT_TRUE(same(h.phrases, lex.phrases_starting(w))) << w;
  EXPECT_TRUE(same(h.cues, lex.cues_starting(w))) << w;
}

TEST(TriggerWordHits, Issue6EveryLexiconWordMatchesTheSeparateLookups) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  std::set<std::string_view> words;
  for (const TriggerEntry& e : lex.entries()) {
    for (std::string_view w : e.words) words.insert(w);
    for (std::string_view w : e.requires_any) words.insert(w);
  }
  for (std::string_view kind : {"negation", "hypothetical", "generic", "reprisal", "charge",
                                "custody", "uncertain", "boycott_context"}) {
    for (std::string_view cue : lex.cues_of_kind(kind)) {
      words.insert(cue.substr(0, cue.find(' ')));
    }
  }
  ASSERT_GT(words.size(), 100u);
  for (std::string_view w : words) expect_same_as_lookups(w);
}

TEST(TriggerWordHits, Issue6NegationsFindThePhrasesAndCuesOfNot) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  for (std::string_view w : {"not", "never", "cannot", "wasn't", "didn\u2019t", "n't"}) {
    expect_same_as_lookups(w);
    EXPECT_TRUE(same(lex.hits(w).cues, lex.cues_starting("not"))) << w;
  }
}

TEST(TriggerWordHits, Issue6UnknownAndSingleWordRows) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  TriggerWordHits none = lex.hits("zzqx");
  EXPECT_TRUE(none.verbs.empty() && none.nouns.empty() && none.adjs.empty() &&
              none.phrases.empty() && none.cues.empty());
  EXPECT_FALSE(lex.hits("arrest").verbs.empty());
  EXPECT_FALSE(lex.hits("arrest").nouns.empty());
  for (std::string_view w : {"", "arrest", "detain", "torture", "release", "Arrest"}) {
    expect_same_as_lookups(w);
  }
}

}  // namespace
}  // namespace casebook
