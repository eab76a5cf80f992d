// Issue 4: a first-person statement for an asylum claim. "I was released the next evening"
// is a release; "my passport was taken from me at the airport" a travel ban; "put a plastic bag
// over my head" torture (not "a bag over his shoulder"); a date at the head of a paragraph
// dates the questioning four sentences on; and "My application was rejected" in a story of an
// asylum claim is the claim's rejection (not a bail application's). Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

const char kHead[] = "Statement of Timur Rakhimov\n\n";

TEST(Issue4AsylumTestimony, ReleasedTheNextEvening) {
  Extraction x = extract_text(std::string(kHead) +
                              "On 9 March 2022 officers detained me in Namangan. They made me "
                              "sign a paper. I was released the next evening.");
  std::vector<const Event*> ev = events_of(x, "release");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2022-03-10");
}

TEST(Issue4AsylumTestimony, APassportTakenAndABagOverTheHead) {
  Extraction x = extract_text(std::string(kHead) +
                              "On 9 March 2022 officers detained me in Namangan. One of them put "
                              "a plastic bag over my head. Later my passport was taken from me "
                              "at the airport.");
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "Timur Rakhimov"));
  EXPECT_TRUE(has_name(first_victims(x, "travel_ban"), "Timur Rakhimov"));
  Extraction y = extract_text("The porter carried a bag over his shoulder.");
  EXPECT_TRUE(events_of(y, "torture_ill_treatment").empty());
}

TEST(Issue4AsylumTestimony, AParagraphsDateReachesFourSentencesOn) {
  Extraction x = extract_text(std::string(kHead) +
                              "On the morning of 9 March 2022, three men came to the garage. "
                              "They said they were from the security service. They showed no "
                              "papers. I was taken to a building outside the city. There they "
                              "questioned me for six hours.");
  std::vector<const Event*> ev = events_of(x, "interrogation");
  ASSERT_FALSE(ev.empty());
  EXPECT_EQ(ev[0]->date.start, "2022-03-09");
}

TEST(Issue4AsylumTestimony, MyApplicationWasRejected) {
  Extraction x = extract_text(std::string(kHead) +
                              "In August 2022 I applied for asylum in Germany.\n\nMy application "
                              "was rejected in January 2024. I have appealed.");
  bool rejected = false;
  for (const Event* ev : events_of(x, "asylum_decision")) {
    rejected = rejected || (ev->outcome == "rejected" && ev->date.start == "2024-01");
  }
  EXPECT_TRUE(rejected);
  Extraction y = extract_text("The court heard the case of Timur Rakhimov. His application for "
                              "bail was rejected.");
  EXPECT_TRUE(events_of(y, "asylum_decision").empty());
}

}  // namespace
}  // namespace casebook::testing
