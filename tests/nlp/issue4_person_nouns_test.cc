// Issue 4: WordNet's person nouns (nlp/person_nouns.h), generated at build time from Debian's
// wordnet-base: a noun is a person noun when one of its two most frequent senses is a person.
#include <gtest/gtest.h>

#include "nlp/person_nouns.h"

namespace casebook {
namespace {

TEST(Issue4PersonNouns, PeopleAreNamed) {
  for (const char* w : {"person", "individual", "founder", "mayor", "bystander", "civilian",
                        "journalist", "chairman", "herdsman", "suspect"}) {
    EXPECT_TRUE(is_person_noun(w)) << w;
  }
}

TEST(Issue4PersonNouns, ThingsAreNot) {
  for (const char* w : {"window", "bill", "livestock", "warrant", "engine", "plan", "road",
                        "policy", "house", ""}) {
    EXPECT_FALSE(is_person_noun(w)) << w;
  }
}

// Lemmas only: the caller passes the noun's lemma, not its plural.
TEST(Issue4PersonNouns, PluralsAreNotLemmas) { EXPECT_FALSE(is_person_noun("founders")); }

}  // namespace
}  // namespace casebook
