// Issue 4: names and the head of a news page: "Islam" after a given name is a family name
// ("Rafiqul Islam"), "Bertha" a given name; "Branch 26 of the court" counts no one; a by-line's
// "Staff Writer" is no person; a headline "Lawyer detained weeks after disbarment" is passive
// (the lawyer was detained), "weeks" being no thing detained.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

Extraction read(const char* text) { return extract_text(text, "2024-05-10"); }

TEST(Issue4NewsNamesAndHeads, FamilyAndGivenNames) {
  EXPECT_TRUE(
      has_name(first_victims(read("Police arrested Nazrul Islam on Monday."), "arrest_detention"),
               "Nazrul Islam"));
  EXPECT_TRUE(
      has_name(first_victims(read("Police arrested Bertha Quispe on Monday."), "arrest_detention"),
               "Bertha Quispe"));
  Extraction x = read("He converted to Islam in 2010.");
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "person") << e.name;
}

TEST(Issue4NewsNamesAndHeads, ANumberedBranchCountsNoOne) {
  Extraction x = read("Branch 15 of the Revolutionary Court convicted Parisa Rahimi on Tuesday.");
  EXPECT_TRUE(x.statistics.empty());
  Extraction y = read("Police detained 26 of the protesters on Monday.");
  EXPECT_FALSE(y.statistics.empty());
}

TEST(Issue4NewsNamesAndHeads, ABylineNamesNoOne) {
  Extraction x = read(
      "Reporter detained in Baku\n\nBy Staff Writer\n\nPolice detained the "
      "journalist Anar Guliyev on Monday.");
  for (const Entity& e : x.entities) {
    if (e.kind == "person") EXPECT_EQ(e.name, "Anar Guliyev");
  }
}

TEST(Issue4NewsNamesAndHeads, AHeadlineParticipleBeforeASpanOfTime) {
  Extraction x = read(
      "Human rights lawyer detained weeks after disbarment\n\nPolice detained "
      "Anar Guliyev on 8 May.");
  const auto ev = events_of(x, "arrest_detention");
  ASSERT_FALSE(ev.empty());
  for (const Event* e : ev) {
    for (const std::string& p : names_of(x, e->perpetrators))
      EXPECT_EQ(p.find("lawyer"), std::string::npos);
  }
}

}  // namespace
}  // namespace casebook::testing
