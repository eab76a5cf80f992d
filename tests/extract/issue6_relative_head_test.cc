// Issue 6: "detained X, the father of Y, and beat him": Y only completes the noun "father", so
// "him" is X. The entity builder asked, for each person a pronoun might mean, whether a relative
// noun ending at most 8 tokens before it heads it (relative_headed_by), walking every mention of
// the page. Only a mention ending in those tokens can, and every mention holds its tokens in
// token_mention, so the few are now found from their last token and tried in the mentions'
// order. The answer must be the same. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract_test_util.h"
#include "source_text_util.h"

namespace casebook::testing {
namespace {

// The victims' names of each act of a text, as "trigger: name name".
std::vector<std::string> victims_of(const std::string& text) {
  const Extraction x = extract_text(text);
  std::vector<std::string> v;
  for (const Event& e : x.events) {
    std::string s = e.trigger.text + ":";
    for (const std::string& id : e.victims) {
      const Entity* ent = entity_by_id(x, id);
      s += " " + (ent != nullptr ? ent->name : id);
    }
    v.push_back(s);
  }
  return v;
}

TEST(RelativeHead, Issue6TheRelativeNounHeadsThePersonAfterOf) {
  EXPECT_EQ(victims_of("Police detained Ivo Marek, the father of Oren Talbot, and beat him.\n"),
            (std::vector<std::string>{"detained: Ivo Marek", "beat: Ivo Marek"}));
  EXPECT_EQ(victims_of("Police detained Ivo Marek, the father of the young Oren Talbot, and beat "
                       "him.\n"),
            (std::vector<std::string>{"detained: Ivo Marek", "beat: Ivo Marek"}));
  // With no relative noun before him, "him" is the person himself.
  EXPECT_EQ(victims_of("Police detained Oren Talbot and beat him.\n"),
            (std::vector<std::string>{"detained: Oren Talbot", "beat: Oren Talbot"}));
}

// The texts of an entity's mentions.
std::vector<std::string> mentions_of(const Extraction& x, const std::string& name) {
  std::vector<std::string> v;
  const Entity* e = entity_named(x, name);
  if (e == nullptr) return {"no entity " + name};
  for (const Span& m : e->mentions) v.push_back(m.text);
  return v;
}

// "detained the brother and nephew of exiled activist X ..., after he posted a video": the
// relative noun nearest before X heads him, so "he" goes to the nephew, not to X.
TEST(RelativeHead, Issue6APronounAfterTheOfPhraseGoesToItsHead) {
  const Extraction x = extract_text(
      "Officers in Minsk detained the brother and nephew of exiled activist Ivo Marek on March 9, "
      "two days after he posted a video.\n");
  EXPECT_EQ(mentions_of(x, "nephew of Ivo Marek"), (std::vector<std::string>{"nephew", "he"}));
  EXPECT_EQ(mentions_of(x, "Ivo Marek"), (std::vector<std::string>{"Ivo Marek"}));
}

// The change itself: the relatives are found from the tokens before the anchor, not by a walk
// over every mention of the page.
TEST(RelativeHead, Issue6TheHeadIsFoundFromTheTokensBefore) {
  const std::string cc = source("src/extract/entities.cc");
  const size_t at = cc.find("  int relative_headed_by(int anchor, int anchor_entity) const {");
  ASSERT_NE(at, std::string::npos);
  const std::string body = cc.substr(at, cc.find("\n  }\n", at) - at);
  EXPECT_EQ(body.find(": ctx_.mentions)"), std::string::npos);
  EXPECT_NE(body.find("ctx_.token_mention[k]"), std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
