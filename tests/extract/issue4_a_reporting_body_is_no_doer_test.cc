// Issue 4: ", local authorities said." names the source of a report, not who did what it
// reports. A threat told in the next sentence ("She had received death threats.") took those
// authorities as its doer. A body that says more than that ("Police said they detained her")
// is not only a source. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4AReportingBodyIsNoDoer, TheSourceOfTheReport) {
  Extraction x = extract_text(
      "Gunmen shot dead the teacher Ana Ruiz Pardo in Cauca on Saturday, local authorities said. "
      "She had received several death threats in recent months.");
  EXPECT_FALSE(has_name(first_perpetrators(x, "threat_intimidation"), "local authorities"));
}

TEST(Issue4AReportingBodyIsNoDoer, ABodyThatSaysWhatItDid) {
  Extraction x = extract_text(
      "Police said they detained the teacher Ana Ruiz Pardo in Cauca. She was questioned for "
      "hours.");
  EXPECT_TRUE(has_name(first_perpetrators(x, "interrogation"), "police"));
}

}  // namespace
}  // namespace casebook::testing
