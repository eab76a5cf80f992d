// Issue 6: the kinship nouns and speech verbs are probed in flat maps (one slot, in place)
// instead of node-based maps. Every row of their data files must still answer as before: for
// kinship the last row naming a word wins, for speech verbs the first.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "core/tsv.h"
#include "extract/common_mentions.h"
#include "extract/quotes.h"

namespace casebook {
namespace {

TEST(FlatLexicons, Issue6EveryKinshipRowAnswers) {
  std::map<std::string, std::pair<std::string, bool>> want;  // word -> kind, plural
  for_each_data_row("relations/kinship.tsv", [&](const TsvRow& r) {
    if (r.size() < 3) return;
    want[std::string(r[0])] = {std::string(r[2]), r.size() > 5 && r[5] == "collective"};
    want[std::string(r[1])] = {std::string(r[2]), true};
  });
  ASSERT_GT(want.size(), 20u);
  for (const auto& [word, answer] : want) {
    const KinshipNoun* k = kinship_noun(word);
    ASSERT_NE(k, nullptr) << word;
    EXPECT_EQ(k->kind, answer.first) << word;
    EXPECT_EQ(k->plural, answer.second) << word;
  }
  EXPECT_EQ(kinship_noun("detained"), nullptr);
  EXPECT_EQ(kinship_noun(""), nullptr);
}

TEST(FlatLexicons, Issue6EverySpeechVerbRowAnswers) {
  std::set<std::string> seen;
  int rows = 0;
  for_each_data_row("names/speech_verbs.tsv", [&](const TsvRow& r) {
    if (!seen.insert(std::string(r[0])).second) return;  // the first row wins
    EXPECT_TRUE(is_speech_verb(r[0])) << r[0];
    EXPECT_EQ(is_speech_verb(r[0], /*names_only=*/true), r.size() > 1 && r[1] == "yes") << r[0];
    ++rows;
  });
  EXPECT_GT(rows, 10);
  EXPECT_FALSE(is_speech_verb("detained"));
}

}  // namespace
}  // namespace casebook
