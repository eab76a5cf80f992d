// Issue 4: "During interrogations on 14 March, X was beaten with batons" left the
// interrogation with no one questioned. An act named in a phrase opening the sentence was done
// to the person the passive clause after its comma is about; not to one who acts there
// ("During the trial, X argued"). Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ActInAnOpeningPhrase, ThePersonTheClauseIsAbout) {
  Extraction x = extract_text(
      "During interrogations on 14 March 2023, Ivo Marek was beaten with batons.", "2024-05-10");
  EXPECT_EQ(first_victims(x, "interrogation"), std::vector<std::string>{"Ivo Marek"});
}

TEST(Issue4ActInAnOpeningPhrase, NotOneWhoActs) {
  Extraction x = extract_text("During the trial, Ivo Marek argued that the charge had no basis.");
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "Ivo Marek"));
}

}  // namespace
}  // namespace casebook::testing
