// Issue 4: who speaks a quotation. '"...," her sister, Dana Lim, told reporters': the sister
// named between commas speaks. '"No ban was put on Ms. Lim," he said': "he" is not the
// person the quotation speaks of. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::string speaker_of(const Extraction& x, size_t i) {
  if (i >= x.quotes.size() || x.quotes[i].speaker.empty()) return "-";
  const Entity* e = entity_by_id(x, x.quotes[i].speaker);
  return e == nullptr ? "?" : e->name;
}

TEST(Issue4QuoteSpeakerApart, RelativeNamedBetweenCommasBeforeTheVerb) {
  Extraction x =
      extract_text("\"Reem is free only in name,\" her sister, Dana Lim, told reporters.");
  ASSERT_EQ(x.quotes.size(), 1u);
  EXPECT_EQ(speaker_of(x, 0), "Dana Lim");
}

TEST(Issue4QuoteSpeakerApart, PronounAfterTheQuotationIsNoOneInsideIt) {
  Extraction x = extract_text(
      "A ministry spokesman denied the claims. \"No ban has been put on the parents of Ms. Lim,\" "
      "he said.");
  ASSERT_EQ(x.quotes.size(), 1u);
  EXPECT_NE(speaker_of(x, 0), "Lim");
  Extraction y = extract_text("Ivan Petrov was arrested. \"They took my phone,\" he said.");
  ASSERT_EQ(y.quotes.size(), 1u);
  EXPECT_EQ(speaker_of(y, 0), "Ivan Petrov");
}

}  // namespace
}  // namespace casebook::testing
