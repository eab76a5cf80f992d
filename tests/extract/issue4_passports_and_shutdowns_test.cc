// Issue 4: more plain ways of telling travel bans and cut communications. "The passports of
// the three were cancelled", "ordered him not to leave the country", "suspended mobile
// internet", "his account was withheld in the country"; and their look-alikes that are none:
// "suspended his sentence", "withheld the workers' wages". Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4PassportsAndShutdowns, TravelBansToldPlainly) {
  for (const char* text : {"The passports of the three editors were cancelled in March.",
                           "The judge freed Ruslan Abenov and ordered him not to leave the "
                           "country."}) {
    Extraction x = extract_text(text);
    EXPECT_EQ(events_of(x, "travel_ban").size(), 1u) << text;
  }
}

TEST(Issue4PassportsAndShutdowns, CommunicationsCut) {
  for (const char* text : {"The authorities suspended mobile internet in the province.",
                           "Ruslan Abenov's account was withheld in the country."}) {
    Extraction x = extract_text(text);
    EXPECT_EQ(events_of(x, "communication_restriction").size(), 1u) << text;
  }
}

TEST(Issue4PassportsAndShutdowns, LookAlikesAreNone) {
  for (const char* text : {"The court suspended his sentence.",
                           "Factory owners withheld the workers' wages for months."}) {
    Extraction x = extract_text(text);
    EXPECT_TRUE(events_of(x, "communication_restriction").empty()) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
