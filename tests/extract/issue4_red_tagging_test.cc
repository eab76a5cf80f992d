// Issue 4: "red-tagging", publicly labelling an activist a communist rebel, is public
// shaming that often comes before arrest or death; so is being "publicly accused of being a
// member of" a rebel group in a broadcast. A charge of membership in a courtroom is a
// prosecution, not shaming. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RedTagging, RedTaggedAndPubliclyAccused) {
  Extraction x = extract_text("The army red-tagged the union organiser Renato Dizon in 2024.");
  EXPECT_TRUE(has_name(first_victims(x, "public_shaming"), "Renato Dizon"));
  Extraction y = extract_text(
      "Renato Dizon was publicly accused by an army officer of being a member of a rebel group "
      "in a radio interview.");
  EXPECT_TRUE(has_name(first_victims(y, "public_shaming"), "Renato Dizon"));
}

TEST(Issue4RedTagging, AChargeOfMembershipIsNoShaming) {
  Extraction x = extract_text(
      "Prosecutors accused Renato Dizon of being a member of a banned group at his trial.");
  EXPECT_TRUE(events_of(x, "public_shaming").empty());
}

}  // namespace
}  // namespace casebook::testing
