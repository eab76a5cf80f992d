// Issue 4: "Metropolitan Magistrate Anjali Sood" was a man called "Magistrate Anjali Sood":
// the titles of judges in the courts of South Asia and elsewhere ("Chief Magistrate",
// "District Judge", "Sessions Judge") stand before the name and are no part of it.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4CourtTitles, TheTitleIsNoPartOfTheName) {
  for (const char* text : {"Metropolitan Magistrate Anjali Mehra granted bail on Friday.",
                           "Chief Magistrate Anjali Mehra granted bail on Friday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_NE(entity_named(x, "Anjali Mehra", "person"), nullptr) << text;
    EXPECT_EQ(entity_named(x, "Magistrate Anjali Mehra", "person"), nullptr) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
