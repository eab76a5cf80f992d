// Issue 4: a short quotation followed by a speech verb is a statement even when its speaker is
// a pronoun ('"They beat us," he said'), and those spoken to ("told reporters", "spoke to
// journalists") are not whom a "they" inside the quotation stands for. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4QuotedThey, ShortQuotationSaidByAPronounIsAQuote) {
  Extraction x = extract_text("Arvid Lenk spoke on Monday. \"They beat us,\" he said.");
  EXPECT_EQ(x.quotes.size(), 1u);
}

TEST(Issue4QuotedThey, WordsOfALawInMarksAreNoQuote) {
  // No comma or stop closes the words inside the marks: a phrase held at a distance.
  Extraction x = extract_text(
      "The law provides that anyone who \"spreads false news\" may be declared a traitor.");
  EXPECT_TRUE(x.quotes.empty());
}

TEST(Issue4QuotedThey, ThoseSpokenToDidNotDoIt) {
  for (const char* text : {"Arvid Lenk spoke to reporters. \"They beat us,\" he said.",
                           "\"They hooded us,\" Arvid Lenk told journalists. \"They beat us.\""}) {
    Extraction x = extract_text(text);
    for (const char* type : {"assault", "torture_ill_treatment"}) {
      for (const Event* ev : events_of(x, type)) {
        const std::vector<std::string> doers = names_of(x, ev->perpetrators);
        EXPECT_FALSE(has_name(doers, "reporters")) << text;
        EXPECT_FALSE(has_name(doers, "journalists")) << text;
      }
    }
  }
}

}  // namespace
}  // namespace casebook::testing
