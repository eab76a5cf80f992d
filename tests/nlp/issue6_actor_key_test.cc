// Issue 6: the common-mention reader asks the actor lexicons about a word sequence with one
// probe, NameLexicon::actor_key, where it asked begins_actor_phrase, state_actor and
// non_state_actor in turn. The record must answer exactly as the three do: null when the words
// begin no phrase, else the very phrases state_actor and non_state_actor give (same pointers),
// for every phrase of the data, each of its leading words, their curly-apostrophe forms and
// words in no phrase.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/tsv.h"
#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

void expect_same_answers(const NameLexicon& lex, std::string_view words) {
  const ActorKey* key = lex.actor_key(words);
  ASSERT_EQ(key != nullptr, lex.begins_actor_phrase(words)) << words;
  if (key == nullptr) {
    EXPECT_EQ(lex.state_actor(words), nullptr) << words;
    EXPECT_EQ(lex.non_state_actor(words), nullptr) << words;
    return;
  }
  EXPECT_EQ(key->state, lex.state_actor(words)) << words;
  EXPECT_EQ(key->non_state, lex.non_state_actor(words)) << words;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

std::string curly(std::string_view s) {
  std::string out;
  for (char c : s) out += c == '\'' ? std::string("\u2019") : std::string(1, c);
  return out;
}

TEST(Issue6ActorKey, EveryPhraseAndItsLeadingWordsAnswerAsTheThreeLookups) {
  const NameLexicon& lex = NameLexicon::instance();
  int state = 0, non_state = 0, prefixes = 0;
  for (const char* file : {"actors/state_actors.tsv", "actors/non_state_actors.tsv"}) {
    for_each_data_row(file, [&](const TsvRow& row) {
      const std::string phrase = lower_ascii(row[0]);
      for (const std::string& form : {phrase, curly(phrase)}) {
        expect_same_answers(lex, form);
        for (size_t cut = form.find(' '); cut != std::string::npos; cut = form.find(' ', cut + 1)) {
          expect_same_answers(lex, std::string_view(form).substr(0, cut));
          ++prefixes;
        }
      }
      const ActorKey* key = lex.actor_key(phrase);
      ASSERT_NE(key, nullptr) << phrase;
      // Each file's own answer is in the record.
      if (std::string_view(file) == "actors/state_actors.tsv") {
        EXPECT_NE(key->state, nullptr) << phrase;
        ++state;
      } else if (key->state == nullptr) {
        EXPECT_NE(key->non_state, nullptr) << phrase;
        ++non_state;
      }
    });
  }
  EXPECT_GT(state, 50);
  EXPECT_GT(non_state, 20);
  EXPECT_GT(prefixes, 50);
}

TEST(Issue6ActorKey, WordsInNoPhraseAndPrefixesThatAreNoPhrase) {
  const NameLexicon& lex = NameLexicon::instance();
  for (std::string_view w : {"", "the weather", "the pol", "the police ", "garden", "quietly",
                             "police station garden party"}) {
    EXPECT_EQ(lex.actor_key(w), nullptr) << w;
    expect_same_answers(lex, w);
  }
  // "the" begins a dozen phrases and is none itself.
  const ActorKey* the = lex.actor_key("the");
  ASSERT_NE(the, nullptr);
  EXPECT_EQ(the->state, nullptr);
  EXPECT_EQ(the->non_state, nullptr);
  // "police" is a state actor, with the state file's own record.
  const ActorKey* police = lex.actor_key("police");
  ASSERT_NE(police, nullptr);
  ASSERT_NE(police->state, nullptr);
  EXPECT_EQ(police->state, lex.state_actor("police"));
}

}  // namespace
}  // namespace casebook
