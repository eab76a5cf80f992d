// Issue 4: who an act was done to, in three more shapes of English. A verb whose participle is
// its base form ("is put under house arrest", "were set free") is passive after "be",
// so its subject is the one held or freed, not the doer; so is "stand accused". "X was among
// those arrested" makes X a detainee. "X faces charges alongside Y" puts Y in the dock too,
// but company named after another verb ("a plea filed by A along with B") is that verb's.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4SameFormParticiples, PutAndSetAfterBeArePassive) {
  Extraction x = extract_text("Rasa Vilkas is put under house arrest every night.");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Rasa Vilkas"));
  EXPECT_TRUE(ev[0]->perpetrators.empty());
  Extraction y = extract_text("Tarik Hasni was set free after nine months in custody.");
  EXPECT_TRUE(has_name(first_victims(y, "release"), "Tarik Hasni"));
}

// "stands accused", "stood charged": "stand" before a justice participle is a copula.
TEST(Issue4SameFormParticiples, StandsAccusedIsPassive) {
  Extraction x = extract_text("Onur Kaya and Ali Demir stand accused of espionage.");
  auto v = first_victims(x, "prosecution");
  EXPECT_TRUE(has_name(v, "Onur Kaya"));
  EXPECT_TRUE(has_name(v, "Ali Demir"));
}

TEST(Issue4SameFormParticiples, AmongThoseArrestedNamesTheSubject) {
  Extraction x =
      extract_text("Rasa Vilkas and her son were among those arrested outside the court.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Rasa Vilkas"));
}

TEST(Issue4SameFormParticiples, CompanyInTheDockAndCompanyOfAnotherVerb) {
  Extraction x = extract_text("Tarik Hasni faces charges alongside his editor Rasa Vilkas.");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Rasa Vilkas"));
  Extraction y = extract_text(
      "Rasa Vilkas was detained after a complaint filed by Ona Baltrus along with Tarik Hasni.");
  auto v = first_victims(y, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Rasa Vilkas"));
  EXPECT_FALSE(has_name(v, "Tarik Hasni"));
}

}  // namespace
}  // namespace casebook
