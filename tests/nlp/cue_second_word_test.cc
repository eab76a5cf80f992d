// Issue 6: the event finder refuses a cue without calling match_cue when the token after the
// first is none of the forms cue_second_forms gives. Those forms must be exactly the ones
// match_cue accepts there, for every cue of the lexicon.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

TEST(CueSecondWord, Issue6FormsAreWhatMatchCueAcceptsSecond) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  ASSERT_FALSE(lex.cues().empty());
  int checked = 0;
  for (const CueEntry& c : lex.cues()) {
    std::string_view forms[3];
    if (!lex.cue_second_forms(c, forms)) continue;
    ASSERT_GE(c.words.size(), 2u) << c.phrase;
    // The cue's own words, lemmatised as the event finder's token lemmas would be: with each
    // of the forms second it matches (a form that were wrong would make this fail)...
    std::vector<std::string_view> lemmas(c.words.begin(), c.words.end());
    lemmas.push_back("end");
    for (std::string_view f : forms) {
      lemmas[1] = f;
      if (c.words.size() == 2) {
        EXPECT_GT(lex.match_cue(c, lemmas, 0, /*lemmatize=*/false), 0) << c.phrase << " " << f;
      }
    }
    // ...and with any other word second it never does.
    lemmas[1] = "zzzq";
    EXPECT_EQ(lex.match_cue(c, lemmas, 0, /*lemmatize=*/false), 0) << c.phrase;
    lemmas.resize(1);  // nothing after the first word
    EXPECT_EQ(lex.match_cue(c, lemmas, 0, /*lemmatize=*/false), 0) << c.phrase;
    ++checked;
  }
  EXPECT_GT(checked, 50);
}

TEST(CueSecondWord, Issue6NoFormsForACueBuiltElsewhereOrOneWord) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  std::string_view forms[3];
  CueEntry mine{"threatened with", "reprisal", {"threaten", "with"}, 1};
  EXPECT_FALSE(lex.cue_second_forms(mine, forms));
  for (const CueEntry& c : lex.cues()) {
    if (c.words.size() == 1) EXPECT_FALSE(lex.cue_second_forms(c, forms)) << c.phrase;
  }
}

}  // namespace
}  // namespace casebook
