// Issue 4: a statement that calls a claim false. "Claims that X was tortured in custody are
// false" and "reports that police beat X are fabrications" were recorded as torture, the
// state's denial read as the act. The act of a claim the sentence calls false, untrue or a
// fabrication is negated; "reports that police beat X were confirmed" stays an act.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ClaimsCalledFalse, TheDeniedActIsNegated) {
  for (const char* text : {"Claims that Ivo Marek was tortured in custody are false.",
                           "Reports that police officers beat Ivo Marek are fabrications.",
                           "The allegations that Ivo Marek was beaten in Gomel are untrue."}) {
    Extraction x = extract_text(text);
    ASSERT_FALSE(x.events.empty()) << text;
    for (const Event& e : x.events) EXPECT_TRUE(e.negated) << text << " " << e.type;
    EXPECT_TRUE(x.summary.types.empty()) << text;
  }
}

TEST(Issue4ClaimsCalledFalse, AConfirmedReportIsAnAct) {
  Extraction x = extract_text("Reports that police beat Ivo Marek were confirmed by doctors.");
  ASSERT_FALSE(x.events.empty());
  EXPECT_FALSE(x.events[0].negated);
}

}  // namespace
}  // namespace casebook::testing
