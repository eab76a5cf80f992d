// Issue 6: the entity builder asked of many tokens and mentions whether a quotation encloses
// them, and whose it is, by walking every quotation of the page each time. It now keeps, by
// token, the last quotation enclosing it (found once after the quotes are read). The answers
// must be the walk's: "I" inside a quotation is its speaker, each quotation's own; outside
// any, the narrator who gave their name outside quotation marks; a name given inside a
// quotation makes no narrator. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

// The names of the victims of the first event of `type` with trigger `trigger`.
std::vector<std::string> victims_of(const Extraction& x, const std::string& type,
                                    const std::string& trigger) {
  for (const Event& ev : x.events) {
    if (ev.type != type || ev.trigger.text != trigger) continue;
    std::vector<std::string> names;
    for (const std::string& id : ev.victims) {
      const Entity* e = entity_by_id(x, id);
      names.push_back(e != nullptr ? e->name : id);
    }
    return names;
  }
  return {"(no such event)"};
}

using Names = std::vector<std::string>;

TEST(QuoteIndex, Issue6AnIInsideAQuotationIsItsSpeaker) {
  const Extraction x =
      extract_text("\u201cI was beaten in custody,\u201d said Ana Lima, a teacher.");
  EXPECT_EQ(victims_of(x, "torture_ill_treatment", "beaten"), Names{"Ana Lima"});
}

TEST(QuoteIndex, Issue6EachQuotationHasItsOwnSpeaker) {
  const Extraction x = extract_text(
      "\u201cI was beaten in custody,\u201d said Ana Lima, a teacher.\n\n"
      "\u201cI was detained for a week,\u201d said Rafael Ortiz, a lawyer.");
  EXPECT_EQ(victims_of(x, "torture_ill_treatment", "beaten"), Names{"Ana Lima"});
  EXPECT_EQ(victims_of(x, "arrest_detention", "detained"), Names{"Rafael Ortiz"});
}

TEST(QuoteIndex, Issue6ANarratorNamesThemselvesOutsideQuotationMarks) {
  const Extraction told = extract_text(
      "My name is Farid Sultanov. I was detained in Minsk in 2020. My father was arrested in "
      "May.");
  EXPECT_EQ(victims_of(told, "arrest_detention", "detained"), Names{"Farid Sultanov"});
  EXPECT_EQ(victims_of(told, "arrest_detention", "arrested"), Names{"father of Farid Sultanov"});
  const Extraction quoted = extract_text(
      "Rafael Ortiz said: \u201cMy name is Farid Sultanov.\u201d Police detained my father in "
      "May.");
  EXPECT_EQ(victims_of(quoted, "arrest_detention", "detained"), Names{});
}

}  // namespace
}  // namespace casebook::testing
