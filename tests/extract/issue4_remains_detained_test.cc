// Issue 4: "remain", "stay" and "stand" before a participle are a copula, like "be": the
// subject of "X remains detained" or "X stayed barred from travel" is the one held, not the
// holder. A reflexive that stresses the subject ("was himself jailed") keeps the passive.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RemainsDetained, CopulaBeforeTheParticiple) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Oleg Saranin remains detained in Vitebsk.", "arrest_detention"},
      {"Oleg Saranin remained detained for a year.", "arrest_detention"},
      {"Marta Quell stays barred from leaving the country.", "travel_ban"},
  };
  for (const auto& [text, type] : cases) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, type);
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(names_of(x, ev[0]->victims).size(), 1u) << text;
    EXPECT_TRUE(ev[0]->perpetrators.empty()) << text;
  }
}

TEST(Issue4RemainsDetained, ReflexiveBetweenAuxiliaryAndParticiple) {
  for (const char* text :
       {"Oleg Saranin was himself detained.", "Marta Quell was herself questioned and detained."}) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, "arrest_detention");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_EQ(names_of(x, ev[0]->victims).size(), 1u) << text;
    EXPECT_TRUE(ev[0]->perpetrators.empty()) << text;
  }
}

TEST(Issue4RemainsDetained, ActiveVerbAfterRemainStaysActive) {
  Extraction x = extract_text("Police remained outside and detained Oleg Saranin.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Oleg Saranin"});
  EXPECT_EQ(first_perpetrators(x, "arrest_detention"), std::vector<std::string>{"police"});
}

}  // namespace
}  // namespace casebook::testing
