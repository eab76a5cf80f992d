// Issue 4: names apposed to a group's noun phrase that runs on through "of" ("sentenced two
// journalists of the outlet Kloop, A and B, to five years") are the act's victims, not the
// group.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4ApposedNames, NamesAfterAGroupOfAnOutlet) {
  Extraction x = extract_text(
      "A court sentenced two reporters of the weekly Novy Vestnik, Timur Abenov and Gulnara "
      "Serikova, to four years in prison.");
  auto v = first_victims(x, "prosecution");
  EXPECT_TRUE(has_name(v, "Timur Abenov"));
  EXPECT_TRUE(has_name(v, "Gulnara Serikova"));
  EXPECT_FALSE(has_name(v, "reporters"));
}

TEST(Issue4ApposedNames, WithoutNamesTheGroupStays) {
  Extraction x = extract_text("Police detained two members of the union in Karaganda on Monday.");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "members"));
}

}  // namespace
}  // namespace casebook
