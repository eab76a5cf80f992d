// Issue 4: an act named by a rule of law is a kind of act, not an incident. "Torture is
// absolutely prohibited under the Covenant" and "Article 9 prohibits arbitrary arrest and
// detention" were recorded as a torture and two arrests. A passive "was banned" still tells
// an act, and so does a named act ("The detention of X is unlawful"). Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4LegalNorms, ActsNamedByALawAreGeneric) {
  for (const char* text :
       {"Torture is absolutely prohibited under article 7 of the Covenant.",
        "Article 9 of the Covenant prohibits arbitrary arrest and detention.",
        "Torture and arbitrary detention are prohibited by the Covenant.",
        "The charter bans torture and cruel, inhuman and degrading treatment."}) {
    Extraction x = extract_text(text);
    ASSERT_FALSE(x.events.empty()) << text;
    for (const Event& e : x.events) EXPECT_TRUE(e.generic) << text << " " << e.type;
    EXPECT_TRUE(x.summary.types.empty()) << text;
  }
}

TEST(Issue4LegalNorms, ToldActsStayActs) {
  Extraction x = extract_text("The detention of Ivo Marek is unlawful.");
  ASSERT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_FALSE(events_of(x, "arrest_detention")[0]->generic);
  x = extract_text("Police detained Ivo Marek. Torture is widespread, and guards beat him.");
  for (const Event* e : events_of(x, "torture_ill_treatment")) {
    if (!e->victims.empty()) EXPECT_FALSE(e->generic);
  }
}

}  // namespace
}  // namespace casebook::testing
