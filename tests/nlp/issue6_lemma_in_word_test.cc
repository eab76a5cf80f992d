// Issue 6: the annotator's lemma lookup (Lemmatizer::lemmas with a note) answers a lemma that is
// the word's beginning with the word's own bytes, so that hashing it at a page's first sighting
// of the word reads memory already in the CPU's cache. The answers must be the same strings as
// before, lemma() must still answer with views that outlive its input, and the annotator's
// lemmas and ids must be unchanged. Words and sentences invented for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/annotated_text.h"
#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

bool inside(std::string_view part, const std::string& whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

TEST(LemmaInWord, Issue6ALemmaThatBeginsTheWordIsTheWordsOwnBytes) {
  const Lemmatizer& lem = Lemmatizer::instance();
  // Each word twice: the first lookup may fill the cache slot, the second reads it.
  for (int round = 0; round < 2; ++round) {
    std::string detained = "detained", police = "police", children = "children";
    std::string_view verb, noun;
    uint8_t* note;
    lem.lemmas(detained, &verb, &noun, &note);
    EXPECT_EQ(verb, "detain");
    EXPECT_EQ(verb.data(), detained.data()) << "round " << round;
    lem.lemmas(police, &verb, &noun, &note);
    EXPECT_EQ(noun, "police");
    EXPECT_EQ(noun.data(), police.data()) << "round " << round;
    EXPECT_EQ(noun.size(), police.size());
    lem.lemmas(children, &verb, &noun, &note);
    EXPECT_EQ(noun, "child");
    EXPECT_EQ(noun.data(), children.data()) << "round " << round;
    // "held" -> "hold" does not begin the word: the embedded data's bytes.
    std::string held = "held";
    lem.lemmas(held, &verb, &noun, &note);
    EXPECT_EQ(verb, "hold");
    EXPECT_FALSE(inside(verb, held));
  }
}

TEST(LemmaInWord, Issue6TheOtherLookupsStillOutliveTheirInput) {
  const Lemmatizer& lem = Lemmatizer::instance();
  std::string kept = "arrested";
  std::string_view verb, noun;
  uint8_t* note;
  lem.lemmas(kept, &verb, &noun, &note);  // the slot now knows "arrest" begins the word
  ASSERT_EQ(verb.data(), kept.data());
  std::string word = "arrested";
  std::string_view one = lem.lemma(word, Pos::kVerb);
  std::string_view v2, n2;
  lem.lemmas(word, &v2, &n2);
  EXPECT_EQ(one, "arrest");
  EXPECT_EQ(v2, "arrest");
  EXPECT_FALSE(inside(one, word));  // into the embedded data: it outlives `word`
  EXPECT_FALSE(inside(v2, word));
}

TEST(LemmaInWord, Issue6AnswersAreTheUncachedOnes) {
  const Lemmatizer& lem = Lemmatizer::instance();
  const std::vector<std::string> words = {
      "detained", "detains",  "detaining", "arrests",     "beaten", "beating", "kidnapped",
      "buries",   "released", "charged",   "authorities", "homes",  "wives",   "children",
      "police",   "court",    "courts",    "hoping",      "taped",  "boss",    "bosses",
      "glasses",  "men",      "women",     "policemen",   "has",    "was",     "bed",
      "stopped",  "protests", "marches",   "fled",        "held",   "seized",  "journalist"};
  for (int round = 0; round < 3; ++round) {
    for (const std::string& w : words) {
      std::string_view verb, noun;
      uint8_t* note;
      if (round == 1) {
        // lemma() first, the note lookup after: the same answers either way.
        EXPECT_EQ(lem.lemma(w, Pos::kNoun), lem.lemma_uncached_for_test(w, Pos::kNoun)) << w;
      }
      lem.lemmas(w, &verb, &noun, &note);
      EXPECT_EQ(verb, lem.lemma_uncached_for_test(w, Pos::kVerb)) << w;
      EXPECT_EQ(noun, lem.lemma_uncached_for_test(w, Pos::kNoun)) << w;
      EXPECT_EQ(lem.lemma(w, Pos::kVerb), lem.lemma_uncached_for_test(w, Pos::kVerb)) << w;
    }
  }
}

TEST(LemmaInWord, Issue6TheAnnotatorsLemmasPointIntoItsBuffer) {
  const std::string text =
      "Police detained two farmers. The police said the farmers were detained near the "
      "courts, and their children held placards.";
  for (int run = 0; run < 2; ++run) {
    AnnotatedText at;
    annotate(text, CivilDate{}, &at);
    const Lemmatizer& lem = Lemmatizer::instance();
    bool saw_detain = false;
    for (size_t i = 0; i < at.tokens.size(); ++i) {
      if (at.tokens[i].kind != TokenKind::kWord) continue;
      const std::string w(at.lower[i]);
      EXPECT_EQ(at.verb_lemma[i], lem.lemma_uncached_for_test(w, Pos::kVerb)) << w;
      EXPECT_EQ(at.noun_lemma[i], lem.lemma_uncached_for_test(w, Pos::kNoun)) << w;
      EXPECT_EQ(at.words[at.verb_id[i]], at.verb_lemma[i]) << w;
      EXPECT_EQ(at.words[at.noun_id[i]], at.noun_lemma[i]) << w;
      if (w == "police") {
        EXPECT_EQ(at.noun_id[i], at.lower_id[i]);
        EXPECT_TRUE(inside(at.noun_lemma[i], at.lower_buf));
      }
      if (w == "detained") {
        saw_detain = true;
        EXPECT_TRUE(inside(at.verb_lemma[i], at.lower_buf)) << "run " << run;
      }
      if (w == "held") EXPECT_FALSE(inside(at.verb_lemma[i], at.lower_buf));
    }
    EXPECT_TRUE(saw_detain);
  }
}

}  // namespace
}  // namespace casebook
