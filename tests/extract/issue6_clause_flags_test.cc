// Issue 6: three scans the clause reader's find_flags makes for every act, made cheaper: the
// threat loop asks a word's verb lemma before its neighbours ("threatened ... with", a list of
// acts); the generic-cue loop passes over words that begin no cue; and the scan for a modal
// after the act ("may", "must", ...) to the sentence's end is made only for an act the rules
// that need it have not already refused (a function asked last, not a flag made first). The
// flags must be the same. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract_test_util.h"
#include "source_text_util.h"

namespace casebook::testing {
namespace {

// The acts of a text as "trigger type [hypothetical] [generic]".
std::vector<std::string> acts_of(const std::string& text) {
  const Extraction x = extract_text(text);
  std::vector<std::string> v;
  for (const Event& e : x.events) {
    v.push_back(e.trigger.text + " " + e.type + (e.hypothetical ? " hypothetical" : "") +
                (e.generic ? " generic" : ""));
  }
  return v;
}

TEST(ClauseFlags, Issue6AThreatenedActIsOnlyThreatened) {
  EXPECT_EQ(acts_of("Police threatened Ivo Marek with arrest.\n"),
            (std::vector<std::string>{"threatened threat_intimidation",
                                      "arrest arrest_detention hypothetical"}));
  // Seven words back, across "with".
  EXPECT_EQ(acts_of("Officers threatened the union leader Ana Lima with prosecution.\n"),
            (std::vector<std::string>{"threatened threat_intimidation",
                                      "prosecution prosecution hypothetical"}));
  // A verb of a list of acts threatens none of the others.
  EXPECT_EQ(acts_of("Activists were summoned, threatened or detained.\n"),
            (std::vector<std::string>{"summoned interrogation", "threatened threat_intimidation",
                                      "detained arrest_detention"}));
}

TEST(ClauseFlags, Issue6AGenericCueMakesTheActGeneric) {
  EXPECT_EQ(acts_of("Police routinely detain journalists in Minsk.\n"),
            (std::vector<std::string>{"detain arrest_detention generic"}));
  EXPECT_EQ(acts_of("Police detain journalists in Minsk.\n"),
            (std::vector<std::string>{"detain arrest_detention"}));
}

// "a person convicted of ... may be sentenced": anyone so convicted, when a modal follows the
// act anywhere in the sentence; not without one.
TEST(ClauseFlags, Issue6AModalAfterTheActMakesAnyoneSoActedOnGeneric) {
  EXPECT_EQ(acts_of("Under the code, a person convicted of insulting the president may be "
                    "sentenced to five years.\n"),
            (std::vector<std::string>{"convicted prosecution generic",
                                      "sentenced to prosecution hypothetical"}));
  EXPECT_EQ(acts_of("A person convicted of fraud was sentenced to five years.\n"),
            (std::vector<std::string>{"convicted prosecution"}));
}

// The change itself: the modal scan is a function each rule asks last, and the cue loop passes
// over words with no cue first.
TEST(ClauseFlags, Issue6TheScansAreMadeOnlyWhenNeeded) {
  const std::string cc = source("src/extract/event_clause.cc");
  const size_t at = cc.find("  void find_flags(uint32_t verb_group_start) {");
  ASSERT_NE(at, std::string::npos);
  const std::string body = cc.substr(at, cc.find("\n  }\n", at) - at);
  EXPECT_NE(body.find("auto modal_after = [&] {"), std::string::npos);
  EXPECT_EQ(body.find("modal_after &&"), std::string::npos);
  EXPECT_NE(body.find("if (cue_kind(t).empty()) continue;"), std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
