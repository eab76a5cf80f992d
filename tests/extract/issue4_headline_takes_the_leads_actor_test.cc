// Issue 4: a headline at the top retells the story's first sentence. "Editor's brother jailed
// for four years" names no one who jailed him; the lead below it ("A court in Osh on Monday
// jailed ...") does, and the headline's act is the court's, not that of another state body the
// report mentions further down. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

// The perpetrators of the event whose evidence begins with the headline's words.
std::vector<std::string> headline_perpetrators(const Extraction& x, const std::string& type,
                                               std::string_view head) {
  for (const Event* e : events_of(x, type)) {
    if (e->evidence.text.starts_with(head)) return names_of(x, e->perpetrators);
  }
  return {"(no headline event)"};
}

TEST(Issue4HeadlineTakesTheLeadsActor, TheLeadsCourtJailedHim) {
  Extraction x = extract_text(
      "Editor's brother jailed for four years\n\n"
      "A court in Osh on Monday jailed Talant Usenov, the brother of the exiled editor Aibek "
      "Usenov, for four years.\n\n"
      "The Interior Ministry did not reply to questions. The ministry has denied that relatives "
      "of critics are targeted, and the ministry says the case is a criminal one.",
      "2025-04-02");
  EXPECT_EQ(headline_perpetrators(x, "prosecution", "Editor's brother jailed"),
            std::vector<std::string>{"court"});
}

TEST(Issue4HeadlineTakesTheLeadsActor, WithoutAnActorInTheLeadTheReportsMainOneStays) {
  Extraction x = extract_text(
      "Editor's brother jailed for four years\n\n"
      "Talant Usenov, the brother of the exiled editor Aibek Usenov, was jailed for four years "
      "on Monday.\n\n"
      "The Interior Ministry did not reply to questions. The ministry has denied that relatives "
      "of critics are targeted.",
      "2025-04-02");
  EXPECT_EQ(headline_perpetrators(x, "prosecution", "Editor's brother jailed"),
            std::vector<std::string>{"Interior Ministry"});
}

}  // namespace
}  // namespace casebook::testing
