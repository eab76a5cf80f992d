// Issue 4: a month's abbreviation takes its period only where the sentence goes on after it
// ("on Jun. 5", "Jan. and Feb."); before a capital or at the end the period is the sentence's,
// so a name that ends in "Jun" or "Jan" does not take it (tests/extract has the names).
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/tokenizer.h"

namespace casebook {
namespace {

std::vector<std::string> texts(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.emplace_back(token_text(text, t));
  return out;
}

using Texts = std::vector<std::string>;

TEST(Issue4MonthAbbreviationPeriod, TakesThePeriodBeforeADayOrALowerCaseWord) {
  EXPECT_EQ(texts("on Jun. 5"), (Texts{"on", "Jun.", "5"}));
  EXPECT_EQ(texts("in Jan. and Feb."), (Texts{"in", "Jan.", "and", "Feb", "."}));
  EXPECT_EQ(texts("Sept., Oct."), (Texts{"Sept.", ",", "Oct", "."}));
}

TEST(Issue4MonthAbbreviationPeriod, LeavesThePeriodBeforeACapital) {
  EXPECT_EQ(texts("met Wang Jun. The court"), (Texts{"met", "Wang", "Jun", ".", "The", "court"}));
}

TEST(Issue4MonthAbbreviationPeriod, OtherAbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(texts("Dr. Lee met Ana Lima Jr. Then"),
            (Texts{"Dr.", "Lee", "met", "Ana", "Lima", "Jr.", "Then"}));
}

}  // namespace
}  // namespace casebook
