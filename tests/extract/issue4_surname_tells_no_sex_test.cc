// Issue 4: many surnames of Central Asia are also men's given names ("Tursun", "Rustam").
// "Aygul Tursun ... Tursun said" counted the later surname as a man's name, so the woman
// became a man and "her father" and "her mother" found no owner. A surname alone says
// nothing of sex; a first name alone still does. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4SurnameTellsNoSex, HerParentsStayHers) {
  Extraction x = extract_text(
      "Aygul Tursun has not heard from her father since 2017. \"I only want to know he is alive,\" "
      "Tursun said. Tursun said her mother was detained in Kashgar. Tursun now lives in "
      "Istanbul, and Tursun has asked for asylum.");
  const Entity* a = entity_named(x, "Aygul Tursun");
  ASSERT_NE(a, nullptr);
  EXPECT_NE(a->sex, "male");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "mother of Aygul Tursun"));
}

}  // namespace
}  // namespace casebook::testing
