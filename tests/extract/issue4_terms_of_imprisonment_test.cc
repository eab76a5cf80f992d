// Issue 4: "sentenced X to three years of imprisonment" is one act, the sentence. The term's
// "imprisonment" was a second, victimless detention, which then led the summary and left the
// sentenced person out of it. After a verb of sentencing only: "After 20 years of
// imprisonment, he came home" tells the time he was held. "Is serving a nine-year term in
// Lorn prison" and "serving life in prison" tell a sentence, not a mayor's "second term in
// office". Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4TermsOfImprisonment, TheTermIsPartOfTheSentence) {
  for (const char* text :
       {"On 2 May 2024 a court in Brest sentenced Ivo Marek to three years of imprisonment.",
        "A court sentenced Ivo Marek to five years' imprisonment."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_EQ(events_of(x, "prosecution").size(), 1u) << text;
    EXPECT_TRUE(events_of(x, "arrest_detention").empty()) << text;
    EXPECT_EQ(names_of(x, x.summary.victims), std::vector<std::string>{"Ivo Marek"}) << text;
  }
}

TEST(Issue4TermsOfImprisonment, YearsHeldAreADetention) {
  Extraction x = extract_text("After 20 years of imprisonment, Ivo Marek came home.");
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
}

TEST(Issue4TermsOfImprisonment, ATermServedInPrisonIsASentence) {
  for (const char* text : {"Ana Lind, a reporter, is serving a 9-year term in Lorn prison.",
                           "Ana Lind is serving life in prison."}) {
    Extraction x = extract_text(text);
    EXPECT_EQ(first_victims(x, "prosecution"), std::vector<std::string>{"Ana Lind"}) << text;
  }
  Extraction x = extract_text("Ana Lind is serving a second term as mayor of the town.");
  EXPECT_TRUE(events_of(x, "prosecution").empty());
}

TEST(Issue4TermsOfImprisonment, ADatedChargeAndAnUndatedTermAreTwoSteps) {
  // One event would say she was sentenced on the day she was charged.
  Extraction x = extract_text(
      "Ana Lind, a reporter, was arrested in Tehran on 3 February 2022 and charged with "
      "propaganda. She is serving a nine-year term in Evin prison.",
      "2024-05-10");
  bool charged = false, sentenced = false;
  for (const Event* e : events_of(x, "prosecution")) {
    charged = charged || (e->outcome == "charged" && e->date.start == "2022-02-03");
    sentenced = sentenced || (e->outcome == "sentenced" && e->date.empty());
  }
  EXPECT_TRUE(charged);
  EXPECT_TRUE(sentenced);
}

}  // namespace
}  // namespace casebook::testing
