// Issue 6: the tokenizer's abbreviations and sentence starters and the gazetteer's demonyms are
// probed in flat maps (one slot, in place) instead of node-based maps. Every row of their data
// files must still answer as the first row for that word says, and other words not at all.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>

#include "core/tsv.h"
#include "nlp/gazetteer.h"
#include "nlp/tokenizer.h"

namespace casebook {
namespace {

TEST(FlatLexicons, Issue6EveryAbbreviationAndStarterRowAnswers) {
  std::set<std::string> seen;
  int abbreviations = 0, starters = 0;
  for_each_data_row("nlp/abbreviations.tsv", [&](const TsvRow& r) {
    if (r.size() < 2 || r[0].empty()) return;
    const std::string word(r[0]);
    if (r[1] == "starter") {
      EXPECT_TRUE(is_sentence_starter(word)) << word;
      ++starters;
      return;
    }
    if (r[1] == "s_clitic" || !seen.insert(word).second) return;  // the first row wins
    const AbbreviationRole want = r[1] == "title"   ? AbbreviationRole::kTitle
                                  : r[1] == "inner" ? AbbreviationRole::kInner
                                                    : AbbreviationRole::kFinal;
    EXPECT_EQ(abbreviation_role(word), want) << word;
    ++abbreviations;
  });
  EXPECT_GT(abbreviations, 20);
  EXPECT_GT(starters, 0);
  EXPECT_EQ(abbreviation_role("Detained."), AbbreviationRole::kNone);
  EXPECT_EQ(abbreviation_role(""), AbbreviationRole::kNone);
  EXPECT_FALSE(is_sentence_starter("zzqx"));
}

TEST(FlatLexicons, Issue6EveryDemonymRowAnswers) {
  const Gazetteer& gaz = Gazetteer::instance();
  std::set<std::string> seen;
  int rows = 0;
  for_each_data_row("places/demonyms.tsv", [&](const TsvRow& r) {
    if (r.size() < 2 || !seen.insert(std::string(r[1])).second) return;  // the first row wins
    EXPECT_EQ(gaz.country_of_demonym(r[1]), r[0]) << r[1];
    ++rows;
  });
  EXPECT_GT(rows, 50);
  EXPECT_EQ(gaz.country_of_demonym("Detained"), "");
}

}  // namespace
}  // namespace casebook
