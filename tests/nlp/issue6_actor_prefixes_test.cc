// Issue 6: the common-mention reader stops lengthening an actor phrase at the first words that
// begin none, so NameLexicon::begins_actor_phrase must hold every actor phrase of the data cut
// before each of its spaces, and whole; and nothing that begins no phrase.
#include <gtest/gtest.h>

#include <string>

#include "core/tsv.h"
#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

TEST(ActorPrefixes, Issue6EveryPhraseAndEachOfItsLeadingWords) {
  const NameLexicon& lex = NameLexicon::instance();
  int phrases = 0, multi_word = 0;
  for (const char* file : {"actors/state_actors.tsv", "actors/non_state_actors.tsv"}) {
    for_each_data_row(file, [&](const TsvRow& row) {
      std::string phrase(row[0]);  // lower-cased as the lexicon keys its phrases: ASCII only
      for (char& c : phrase) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
      ++phrases;
      EXPECT_TRUE(lex.begins_actor_phrase(phrase)) << phrase;
      for (size_t cut = phrase.find(' '); cut != std::string::npos;
           cut = phrase.find(' ', cut + 1)) {
        ++multi_word;
        EXPECT_TRUE(lex.begins_actor_phrase(phrase.substr(0, cut))) << phrase << " @" << cut;
      }
      // A phrase found as a state or non-state actor is also a prefix.
      if (lex.state_actor(phrase) || lex.non_state_actor(phrase)) {
        EXPECT_TRUE(lex.begins_actor_phrase(phrase));
      }
    });
  }
  EXPECT_GT(phrases, 100);
  EXPECT_GT(multi_word, 50);
}

TEST(ActorPrefixes, Issue6WordsThatBeginNoPhrase) {
  const NameLexicon& lex = NameLexicon::instance();
  EXPECT_TRUE(lex.begins_actor_phrase("the"));
  EXPECT_TRUE(lex.begins_actor_phrase("the police"));
  EXPECT_FALSE(lex.begins_actor_phrase("the weather"));
  EXPECT_FALSE(lex.begins_actor_phrase("the pol"));      // cut inside a word
  EXPECT_FALSE(lex.begins_actor_phrase("the police "));  // a trailing space
  EXPECT_FALSE(lex.begins_actor_phrase("police station garden party"));
  EXPECT_FALSE(lex.begins_actor_phrase(""));
}

}  // namespace
}  // namespace casebook
