// Issue 6: a word is hashed once. The annotator's hash of a word (short_string_hash, the one
// the word interner uses) picks its lemma-cache slot and is the hash the WordNet tables are
// probed with for the word itself, so a first sighting hashes nothing again. These tests give
// the lemmatiser a wrong hash on purpose: an answer that still finds the word's irregular
// lemma would mean the word was hashed again inside. Words chosen for these tests.
#include <gtest/gtest.h>

#include <string_view>

#include "core/string_hash.h"
#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

struct Case {
  std::string_view word;
  Pos pos;
  std::string_view lemma;
};

// Irregular forms whose lemma only the exception lists give: no detachment rule reaches it.
constexpr Case kIrregular[] = {
    {"went", Pos::kVerb, "go"},
    {"fled", Pos::kVerb, "flee"},
    {"children", Pos::kNoun, "child"},
    {"wives", Pos::kNoun, "wife"},
};

uint64_t wrong_hash(std::string_view word) { return ~short_string_hash(word); }

TEST(LemmaHashOnce, Issue6TheCallersHashFindsTheWord) {
  const Lemmatizer& lem = Lemmatizer::instance();
  for (const Case& c : kIrregular) {
    EXPECT_EQ(lem.lemma_uncached_for_test(c.word, c.pos, short_string_hash(c.word)), c.lemma)
        << c.word;
    EXPECT_EQ(lem.lemma_uncached_for_test(c.word, c.pos), c.lemma) << c.word;
  }
}

TEST(LemmaHashOnce, Issue6TheWordIsNotHashedAgainInsideTheTables) {
  const Lemmatizer& lem = Lemmatizer::instance();
  for (const Case& c : kIrregular) {
    // Probed with another hash, the word's own entry (its exception) is not found.
    EXPECT_EQ(lem.lemma_uncached_for_test(c.word, c.pos, wrong_hash(c.word)), c.word) << c.word;
  }
}

TEST(LemmaHashOnce, Issue6TheCacheHandsTheCallersHashToTheTables) {
  for (const Case& c : kIrregular) {
    // A fresh instance: its own cache slots, so the answer is worked out now, not recalled.
    const Lemmatizer right(true), wrong(true);
    std::string_view verb, noun;
    uint8_t* note = nullptr;
    right.lemmas(c.word, short_string_hash(c.word), &verb, &noun, &note);
    EXPECT_EQ(c.pos == Pos::kVerb ? verb : noun, c.lemma) << c.word;
    EXPECT_NE(note, nullptr);
    wrong.lemmas(c.word, wrong_hash(c.word), &verb, &noun, &note);
    EXPECT_EQ(c.pos == Pos::kVerb ? verb : noun, c.word) << c.word;
  }
}

TEST(LemmaHashOnce, Issue6BothWaysOfAskingAgreeOnOrdinaryWords) {
  const Lemmatizer& lem = Lemmatizer::instance();
  constexpr std::string_view kWords[] = {"arrested", "journalists", "police",   "was",
                                         "taken",    "prisons",     "hearings", "sentenced",
                                         "men",      "the",         "courts",   "stopped"};
  for (std::string_view w : kWords) {
    std::string_view verb, noun;
    uint8_t* note = nullptr;
    const Lemmatizer fresh(true);
    fresh.lemmas(w, short_string_hash(w), &verb, &noun, &note);
    EXPECT_EQ(verb, lem.lemma(w, Pos::kVerb)) << w;
    EXPECT_EQ(noun, lem.lemma(w, Pos::kNoun)) << w;
    EXPECT_EQ(lem.lemma_uncached_for_test(w, Pos::kVerb), lem.lemma(w, Pos::kVerb)) << w;
    EXPECT_EQ(lem.lemma_uncached_for_test(w, Pos::kNoun), lem.lemma(w, Pos::kNoun)) << w;
  }
}

}  // namespace
}  // namespace casebook
