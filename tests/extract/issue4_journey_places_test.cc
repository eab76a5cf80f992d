// Issue 4: where a journey began or was bound, or what someone fled, is not where an act
// happened: "arrested at the airport as he returned from Oslo", "before her flight to Lima",
// "as he tried to leave for Quito", "a man who fled the war in Yemen". A town's name opening
// a treaty's title ("the Vienna Convention") names no place. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4JourneyPlaces, OriginDestinationAndFledPlaceAreNotTheActs) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"Officers detained Karel Dvorak at the airport as he returned from Oslo.", "Oslo"},
      {"Agents detained Karel Dvorak at the airport before his flight to Lima.", "Lima"},
      {"Guards detained Karel Dvorak as he tried to leave for Quito.", "Quito"},
      {"Police detained a man who fled the war in Yemen.", "Yemen"},
  };
  for (const auto& [text, place] : cases) {
    Extraction x = extract_text(text);
    auto ev = events_of(x, "arrest_detention");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_NE(place_of(x, *ev[0]), place) << text;
  }
}

TEST(Issue4JourneyPlaces, PlaceOfTheActStays) {
  Extraction x = extract_text("Karel Dvorak was abducted from a street in Nairobi.");
  auto ev = events_of(x, "abduction");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(place_of(x, *ev[0]), "Nairobi");
}

TEST(Issue4JourneyPlaces, TreatyTitleNamesNoPlace) {
  Extraction x = extract_text("The court granted Karel Dvorak asylum under the Vienna Convention.");
  for (const Entity& e : x.entities) EXPECT_NE(e.name, "Vienna");
}

}  // namespace
}  // namespace casebook::testing
