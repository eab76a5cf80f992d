// Who a pronoun or a kinship noun stands for when a relative's phrase names two people, and
// which country a tie between two countries goes to. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PronounHeads, TheHeadOfTheRelativesPhraseIsHim) {
  Extraction x = extract_text(
      "Police summoned Anvar Qodirov, the father of the exiled writer Bahrom Qodirov, and "
      "warned him that he would be detained.");
  std::vector<std::string> v = victims_of(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Anvar Qodirov"));
  EXPECT_FALSE(has_name(v, "Bahrom Qodirov"));
}

TEST(Issue4PronounHeads, NotWhenThePronounDoesNotFitTheRelative) {
  Extraction x = extract_text(
      "Police summoned the sister of the exiled writer Bahrom Qodirov and told him that he "
      "would be detained.");
  EXPECT_TRUE(has_name(victims_of(x, "arrest_detention"), "Bahrom Qodirov"));
}

TEST(Issue4PronounHeads, HisSonIsTheChildTheTextAlreadyNamed) {
  Extraction x = extract_text(
      "Anvar Qodirov, the father of the exiled writer Bahrom Qodirov, said police had beaten his "
      "son in 2019.");
  EXPECT_EQ(entity_named(x, "son of Anvar Qodirov"), nullptr);
  EXPECT_TRUE(has_name(victims_of(x, ""), "Bahrom Qodirov"));
}

TEST(Issue4PronounHeads, HisDaughterIsNotTheSonTheTextNamed) {
  Extraction x = extract_text(
      "Anvar Qodirov, the father of the exiled writer Bahrom Qodirov, said police had beaten his "
      "daughter in 2019.");
  EXPECT_NE(entity_named(x, "daughter of Anvar Qodirov"), nullptr);
  EXPECT_FALSE(has_name(victims_of(x, ""), "Bahrom Qodirov"));
}

TEST(Issue4PronounHeads, SheAfterHerMotherInsideAClauseIsTheOwner) {
  Extraction x = extract_text(
      "Nadia Sarraf was arrested on May 9. Guards threatened to arrest her mother unless she "
      "confessed. She has been denied medical care.");
  EXPECT_TRUE(has_name(victims_of(x, "torture_ill_treatment"), "Nadia Sarraf"));
  EXPECT_FALSE(has_name(victims_of(x, "torture_ill_treatment"), "mother of Nadia Sarraf"));
}

TEST(Issue4PronounHeads, SheAfterHerMotherAsTheSubjectIsTheMother) {
  Extraction x = extract_text(
      "Nadia Sarraf fled to Paris in 2020. Her mother was detained in Tabriz in May. She has been "
      "denied medical care.");
  EXPECT_TRUE(has_name(victims_of(x, "torture_ill_treatment"), "mother of Nadia Sarraf"));
}

// "The three were arrested": the three people just listed, in the text's order.
TEST(Issue4PronounHeads, TheThreeAreTheThreeListed) {
  Extraction x = extract_text(
      "Hamid Rostami, Leila Karimi and Saeed Bahrami were sentenced to five years on Monday. The "
      "three were arrested in May 2021 after organising strikes.");
  std::vector<std::string> v = victims_of(x, "arrest_detention");
  EXPECT_EQ(v, (std::vector<std::string>{"Hamid Rostami", "Leila Karimi", "Saeed Bahrami"}));
}

TEST(Issue4PronounHeads, NotWhenTheCountDiffers) {
  Extraction x = extract_text(
      "Hamid Rostami and Leila Karimi were sentenced to five years on Monday. The three were "
      "arrested in May 2021 after organising strikes.");
  EXPECT_TRUE(victims_of(x, "arrest_detention").empty());
}

TEST(Issue4PronounHeads, TheThreeMenIsANounPhrase) {
  Extraction x = extract_text(
      "Hamid Rostami, Leila Karimi and Saeed Bahrami were sentenced on Monday. The three men "
      "from the village were questioned in May.");
  EXPECT_FALSE(has_name(victims_of(x, "interrogation"), "Hamid Rostami"));
}

TEST(Issue4PronounHeads, HimAfterMoneySentToHisBrotherIsTheSender) {
  Extraction x = extract_text(
      "Police detained the engineer Nurlan Abenov on May 4. Investigators accused him of sending "
      "money to his brother last year. A court ordered him held for two months.");
  EXPECT_TRUE(has_name(victims_of(x, "arrest_detention"), "Nurlan Abenov"));
  EXPECT_FALSE(has_name(victims_of(x, "arrest_detention"), "brother of Nurlan Abenov"));
}

TEST(Issue4PronounHeads, HimAfterHisBrotherAsAClauseSubjectIsTheBrother) {
  Extraction x = extract_text(
      "Nurlan Abenov said that his brother had received a call warning him that he would be "
      "arrested.");
  EXPECT_TRUE(has_name(victims_of(x, "threat_intimidation"), "brother of Nurlan Abenov"));
}

// "urged the authorities to release them": the infinitive's subject is not "them".
TEST(Issue4PronounHeads, ThemIsNotTheSubjectOfItsInfinitive) {
  Extraction x = extract_text(
      "Police detained Ana Lima and Rui Costa on Monday. The union urged the authorities to drop "
      "the charges and release them.");
  auto ev = events_of(x, "release");
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(ev[0]->hypothetical);
  std::vector<std::string> v = names_of(x, ev[0]->victims);
  EXPECT_FALSE(has_name(v, "authorities"));
  EXPECT_TRUE(has_name(v, "Ana Lima"));
}

TEST(Issue4PronounHeads, ToBeforeANounIsNoInfinitive) {
  Extraction x =
      extract_text("Police chained the farmer Omar Haidari to a pipe and beat him for hours.");
  EXPECT_TRUE(has_name(victims_of(x, ""), "Omar Haidari"));
}

TEST(Issue4DominantCountry, ATieGoesToTheCountryNamedFirst) {
  Extraction x = extract_text(
      "Police in Khujand questioned a teacher. Her brother has lived in Germany since 2015.");
  const Entity* police = entity_named(x, "police", "state_actor");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "TJ");
}

TEST(Issue4DominantCountry, ATieTheOtherWayRound) {
  Extraction x = extract_text(
      "Police in Germany questioned a teacher. Her brother has lived in Khujand since 2015.");
  const Entity* police = entity_named(x, "police", "state_actor");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "DE");
}

TEST(Issue4DominantCountry, TheActingStatesDemonymVotes) {
  Extraction x = extract_text(
      "Turkish authorities deported the activist Ali Demir to Tajikistan on May 3. Police had "
      "stopped him at a checkpoint in April.");
  const Entity* police = entity_named(x, "police", "state_actor");
  ASSERT_NE(police, nullptr);
  EXPECT_EQ(police->country, "TR");
}

}  // namespace
}  // namespace casebook::testing
