// Issue 4: bodies that speak of a crime, deny it, or are asked to act were made its doers.
// "The army held a press conference. X was shot dead" made the army the killer; "Police opened
// a homicide investigation" a killing by the police; "Officials denied that X had been
// tortured" the officials torturers; and "called on the Interior Ministry to investigate.
// Earlier, X vanished" the ministry the one who made him disappear.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SpeakersAreNoDoers, ABodyThatOnlySpeaksBefore) {
  for (const char* text :
       {"The army held a press conference. Lorena Abello was shot dead on Wednesday.",
        "The city police chief declined to comment. Lorena Abello was shot dead on Wednesday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_TRUE(first_perpetrators(x, "killing").empty()) << text;
  }
  Extraction y =
      extract_text("Police opened fire on the crowd. Three protesters were killed.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(y, "killing"), "police"));
}

TEST(Issue4SpeakersAreNoDoers, AnInquiryNamedByTheCrime) {
  Extraction x = extract_text("Police opened a homicide investigation.", "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "killing").empty());
}

TEST(Issue4SpeakersAreNoDoers, ThoseWhoDenyIt) {
  Extraction x =
      extract_text("Officials denied that Kaveh Daneshvar had been tortured.", "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "torture_ill_treatment").empty());
}

TEST(Issue4SpeakersAreNoDoers, TheBodyAskedToInvestigate) {
  Extraction x = extract_text(
      "A press group called on the Interior Ministry to investigate. Earlier, Armando Salas "
      "vanished.",
      "2024-05-10");
  EXPECT_TRUE(first_perpetrators(x, "enforced_disappearance").empty());
}

}  // namespace
}  // namespace casebook::testing
