// Issue 6: NameLexicon::actor_phrase_words bounds how far the actor finder looks ahead from a
// word; it must never be shorter than a listed phrase starting with that word.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

int words_in(std::string_view s) {
  return 1 + static_cast<int>(std::count(s.begin(), s.end(), ' '));
}

TEST(ActorPhraseWords, Issue6CoversTheLongestListedPhraseOfItsFirstWord) {
  const NameLexicon& lex = NameLexicon::instance();
  for (std::string_view phrase :
       {"police", "the police", "police officer", "state committee for national security",
        "office of the prosecutor general", "ministry of vice and virtue"}) {
    ASSERT_NE(lex.state_actor(phrase), nullptr) << phrase;
    std::string_view first = phrase.substr(0, phrase.find(' '));
    EXPECT_GE(lex.actor_phrase_words(first), words_in(phrase)) << phrase;
    EXPECT_LE(lex.actor_phrase_words(first), lex.max_phrase_words()) << phrase;
    EXPECT_TRUE(lex.starts_actor_phrase(first)) << phrase;
  }
  EXPECT_GE(lex.actor_phrase_words("state"), 5);
}

TEST(ActorPhraseWords, Issue6ZeroForWordsThatStartNoActorPhrase) {
  const NameLexicon& lex = NameLexicon::instance();
  for (std::string_view w : {"zzqx", "", "detained", "committee"}) {
    EXPECT_EQ(lex.actor_phrase_words(w) > 0, lex.starts_actor_phrase(w)) << w;
  }
  EXPECT_EQ(lex.actor_phrase_words("zzqx"), 0);
}

}  // namespace
}  // namespace casebook
