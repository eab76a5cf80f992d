// Issue 4: an NGO's monthly monitoring report. A charge cited in quote marks after a justice
// verb ("sentenced to 30 days for \"disobeying the police\"") names no victim of the detention;
// and in a call with several infinitives ("to investigate the allegations of ill-treatment,
// and to disclose the whereabouts of X"), the "of" of the second names no one ill-treated. A
// number that counts the act ("31 arrests of striking miners", "4 new criminal cases against
// journalists") counts the people after it. Those who "documented 12 cases of ill-treatment in
// custody" were not in custody. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4MonitoringReport, AQuotedChargeNamesNoVictim) {
  Extraction x = extract_text(
      "The blogger Anar Qasimli was detained in Baku on 12 October and sentenced to 30 days of "
      "administrative detention for \"disobeying the police\".");
  std::vector<const Event*> held = events_of(x, "arrest_detention");
  ASSERT_FALSE(held.empty());
  EXPECT_TRUE(has_name(names_of(x, held[0]->victims), "Anar Qasimli"));
  EXPECT_FALSE(has_name(names_of(x, held[0]->victims), "police"));
  std::vector<const Event*> tried = events_of(x, "prosecution");
  ASSERT_FALSE(tried.empty());
  EXPECT_FALSE(has_name(names_of(x, tried[0]->perpetrators), "police"));
}

TEST(Issue4MonitoringReport, ASecondInfinitiveHasItsOwnOf) {
  Extraction x = extract_text(
      "We call on the authorities to investigate the allegations of ill-treatment, and to "
      "disclose the whereabouts of the journalist Leyla Qasimli.");
  std::vector<const Event*> ev = events_of(x, "torture_ill_treatment");
  ASSERT_FALSE(ev.empty());
  EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Leyla Qasimli"));
  EXPECT_TRUE(has_name(first_victims(x, "advocacy"), "Leyla Qasimli"));
}

TEST(Issue4MonitoringReport, ThePeopleOfACountedAct) {
  Extraction x = extract_text(
      "In May, the group documented 31 arrests of striking miners and 4 new criminal cases "
      "against journalists. Two people remain missing.");
  auto population_of = [&](double quantity) {
    for (const Statistic& s : x.statistics) {
      if (s.quantity == quantity) return s.population;
    }
    return std::string("(none)");
  };
  EXPECT_EQ(population_of(31), "striking miners");
  EXPECT_EQ(population_of(4), "journalists");
  EXPECT_EQ(population_of(2), "people");
  Extraction y = extract_text("Some 150 officers searched the premises of the weekly.");
  for (const Statistic& s : y.statistics) EXPECT_NE(s.population, "the weekly");
}

TEST(Issue4MonitoringReport, WhoDocumentsActsNeitherSufferedNorDidThem) {
  Extraction x = extract_text(
      "The monitors documented 12 cases of ill-treatment in custody and 4 new criminal cases "
      "against journalists.");
  for (const Event& ev : x.events) {
    EXPECT_FALSE(has_name(names_of(x, ev.victims), "monitors")) << ev.type;
    EXPECT_FALSE(has_name(names_of(x, ev.perpetrators), "monitors")) << ev.type;
  }
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "journalists"));
  Extraction y = extract_text("The students reported being beaten in custody.");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "students"));
}

TEST(Issue4MonitoringReport, PeopleAfterAPrepositionAndAModifierAreNoSubject) {
  Extraction x = extract_text(
      "In May, the office documented 31 arrests of striking miners, 6 cases of torture and 4 "
      "new criminal cases against journalists.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "journalists"));
  EXPECT_FALSE(has_name(first_victims(x, "prosecution"), "miners"));
  Extraction y = extract_text("Hundreds of young miners were detained. At least eight people "
                              "were arrested.");
  std::vector<const Event*> ev = events_of(y, "arrest_detention");
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_TRUE(has_name(names_of(y, ev[0]->victims), "miners"));
  EXPECT_TRUE(has_name(names_of(y, ev[1]->victims), "people"));
}

}  // namespace
}  // namespace casebook::testing
