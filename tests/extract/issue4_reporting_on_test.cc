// Issue 4: "X had received threats after reporting on the mayor" made the mayor the one who
// threatened: a body the victim reported or wrote on is what the work was about, no doer.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ReportingOn, TheMayorReportedOnIsNoDoer) {
  Extraction x = extract_text("Armando Salas had received threats after reporting on the mayor.",
                              "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "threat_intimidation"), "Armando Salas"));
  EXPECT_FALSE(has_name(first_perpetrators(x, "threat_intimidation"), "mayor"));
}

TEST(Issue4ReportingOn, TheMayorWhoThreatensStillDoes) {
  Extraction x = extract_text("The mayor threatened Armando Salas after his report.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "threat_intimidation"), "mayor"));
}

}  // namespace
}  // namespace casebook::testing
