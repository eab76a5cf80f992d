// Issue 4: acts told in the plain words of news from India, the Philippines, Belarus, China
// and Uganda that gave nothing or the wrong act: "fired on the crowd", "fired six shots at X",
// "walked out of Tihar jail" (a boycott), "booked under section 153A", "registered an FIR
// against X", "gets six years in prison", "was given six years in a penal colony", "placed
// under residential surveillance", "led him away", "put X on the wanted list".
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NewsRows25, Shootings) {
  Extraction x = extract_text("Soldiers fired on the crowd on Tuesday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_perpetrators(x, "assault"), "soldiers"));
  Extraction y =
      extract_text("Two men on a motorcycle fired six shots at Lorna Abello.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(y, "assault"), "Lorna Abello"));
  Extraction z = extract_text("The lawyer fired one parting shot at the minister.");
  EXPECT_TRUE(events_of(z, "assault").empty());
  Extraction w = extract_text("The engine fired on all cylinders.");
  EXPECT_TRUE(w.events.empty());
}

TEST(Issue4NewsRows25, WalkedOutOfJailIsAReleaseNoBoycott) {
  Extraction x = extract_text("Rohan Kapoor walked out of Tihar jail on Friday.", "2024-05-10");
  EXPECT_TRUE(events_of(x, "boycott").empty());
  EXPECT_TRUE(has_name(first_victims(x, "release"), "Rohan Kapoor"));
}

TEST(Issue4NewsRows25, BookedAndAnFIR) {
  Extraction x = extract_text(
      "Rohan Kapoor was booked by the Delhi Police on May 5 under Section 153A of the Penal "
      "Code.",
      "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Rohan Kapoor"));
  Extraction y =
      extract_text("Police registered an FIR against Rohan Kapoor on Wednesday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(y, "prosecution"), "Rohan Kapoor"));
  EXPECT_EQ(entity_named(y, "FIR"), nullptr);
  Extraction z = extract_text(
      "She booked a flight to Delhi. Children's books were seized under "
      "the penal code.",
      "2024-05-10");
  EXPECT_TRUE(events_of(z, "prosecution").empty());
}

TEST(Issue4NewsRows25, YearsGivenOrGot) {
  for (const char* text : {"Blogger Ivan Petrovich gets six years in prison.",
                           "Ivan Petrovich was given six years in a penal colony."}) {
    Extraction x = extract_text(text, "2024-05-10");
    auto ev = events_of(x, "prosecution");
    ASSERT_FALSE(ev.empty()) << text;
    EXPECT_EQ(ev[0]->outcome, "sentenced") << text;
  }
}

TEST(Issue4NewsRows25, HeldOutsideTheSystemAndLedAway) {
  Extraction x = extract_text(
      "Police placed Zhou Wenbin under residential surveillance at a designated location.",
      "2024-05-10");
  EXPECT_EQ(events_of(x, "arrest_detention").size(), 1u);
  EXPECT_TRUE(events_of(x, "communication_restriction").empty());
  Extraction y = extract_text("Police led Ana Lima away on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(y, "arrest_detention"), "Ana Lima"));
}

TEST(Issue4NewsRows25, PutOnTheWantedList) {
  Extraction x = extract_text("In April police put Ilya Petrov on the wanted list.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "prosecution"), "Ilya Petrov"));
}

}  // namespace
}  // namespace casebook::testing
