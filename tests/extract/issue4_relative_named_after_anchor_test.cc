// Issue 4: "Police detained the mother of the activist Omar Haddad, Lena Ortmann, on Monday":
// the name after the anchor's name and a comma is the relative's ("71-year-old Berdi
// Atayev" too), and she is then the one introduced by kinship, so a bare surname the two
// share later is the activist's. Not a role word alone before the comma ("the mother of the
// activist, Omar Haddad," names the activist), nor a list ("the mother of X, Y and Z").
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativeNamedAfterAnchor, TheNameAfterTheAnchorIsTheRelative) {
  Extraction x = extract_text(
      "Police detained the mother of the activist Omar Haddad, Lena Ortmann, on Monday.");
  EXPECT_TRUE(has_relation(x, "Lena Ortmann", "mother", "Omar Haddad"));
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Lena Ortmann"));
  Extraction y = extract_text(
      "Police held the father of the poet Murad Atayev, 71-year-old Berdi Atayev, for a day.");
  EXPECT_TRUE(has_relation(y, "Berdi Atayev", "father", "Murad Atayev"));
}

TEST(Issue4RelativeNamedAfterAnchor, TheSharedSurnameIsThenTheAnchors) {
  Extraction x = extract_text(
      "Police held the father of the poet Murad Atayev, 71-year-old Berdi Atayev, for a day. "
      "Atayev, who lives in Vienna, said the family was punished for his poems.");
  const Entity* murad = entity_named(x, "Murad Atayev");
  ASSERT_NE(murad, nullptr);
  EXPECT_GE(murad->mentions.size(), 2u);
  bool bare = false;
  for (const Span& m : murad->mentions) bare = bare || m.text == "Atayev";
  EXPECT_TRUE(bare);
}

TEST(Issue4RelativeNamedAfterAnchor, ARoleWordAloneBeforeTheCommaNamesTheAnchor) {
  Extraction x =
      extract_text("Police detained the mother of the activist, Omar Haddad, on Monday.");
  EXPECT_FALSE(has_relation(x, "Omar Haddad", "mother", "Omar Haddad"));
}

}  // namespace
}  // namespace casebook::testing
