// Issue 6: the lemmatiser passes a word over its detachment rules at once when it ends in a
// byte no rule's suffix ends in. Every rule must still be reached through the byte it ends
// in, and a word that ends otherwise must keep what the exceptions and the index give it.
// Words chosen for these tests.
#include <gtest/gtest.h>

#include <string_view>

#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

struct Case {
  std::string_view word;
  Pos pos;
  std::string_view lemma;
};

TEST(LemmaSuffixEnds, Issue6EveryRuleIsReachedThroughItsLastByte) {
  const Lemmatizer& lem = Lemmatizer::instance();
  const Case cases[] = {
      // Verbs: -s, -ies, -es, -ed, -ing, -ied, a doubled consonant.
      {"arrests", Pos::kVerb, "arrest"},
      {"buries", Pos::kVerb, "bury"},
      {"releases", Pos::kVerb, "release"},
      {"detained", Pos::kVerb, "detain"},
      {"charged", Pos::kVerb, "charge"},
      {"beating", Pos::kVerb, "beat"},
      {"kidnapping", Pos::kVerb, "kidnap"},
      {"hoping", Pos::kVerb, "hope"},
      {"stopped", Pos::kVerb, "stop"},
      // Nouns: -s, -ses, -xes, -ches, -shes, -men, -ies.
      {"journalists", Pos::kNoun, "journalist"},
      {"buses", Pos::kNoun, "bus"},
      {"boxes", Pos::kNoun, "box"},
      {"churches", Pos::kNoun, "church"},
      {"brushes", Pos::kNoun, "brush"},
      {"policemen", Pos::kNoun, "policeman"},
      {"authorities", Pos::kNoun, "authority"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(lem.lemma_uncached_for_test(c.word, c.pos), c.lemma) << c.word;
  }
}

TEST(LemmaSuffixEnds, Issue6OtherEndingsKeepTheirExceptionsAndTheirOwnForm) {
  const Lemmatizer& lem = Lemmatizer::instance();
  const Case cases[] = {
      {"held", Pos::kVerb, "hold"},       // an exception ending in "d"
      {"took", Pos::kVerb, "take"},       // an exception ending in a byte no rule ends in
      {"children", Pos::kNoun, "child"},  // an exception ending in "n"
      {"mice", Pos::kNoun, "mouse"},      // an exception ending in a byte no rule ends in
      {"police", Pos::kNoun, "police"},   {"court", Pos::kNoun, "court"},
      {"court", Pos::kVerb, "court"},     {"fled", Pos::kVerb, "flee"},
      {"quietly", Pos::kVerb, "quietly"},  // no lemma at all: the word itself
      {"men", Pos::kNoun, "man"},         {"beaten", Pos::kVerb, "beat"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(lem.lemma_uncached_for_test(c.word, c.pos), c.lemma) << c.word;
  }
}

}  // namespace
}  // namespace casebook
