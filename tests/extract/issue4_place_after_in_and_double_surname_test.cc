// Issue 4: "police in Santa Clara" is the town, though "Santa" is also a title before a given
// name; and a Spanish double surname that is also a province's name ("Juan Perez Lugo",
// "Ana Diaz Soria") stays in the person's name. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PlaceAfterIn, WholeRunThatIsAPlaceAfterIn) {
  Extraction x = extract_text("Police in Santa Clara arrested Ramon Ibarra.");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Ramon Ibarra"});
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "Santa Clara");
}

TEST(Issue4PlaceAfterIn, ProvinceNameEndingADoubleSurname) {
  Extraction x = extract_text("Police arrested Ramon Ibarra Lugo on Monday.", "2024-05-10");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Ramon Ibarra Lugo"});
}

}  // namespace
}  // namespace casebook::testing
