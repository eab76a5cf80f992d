// Issue 4: who watches an act is a witness, not its victim or doer. "Neighbours saw a teacher
// being beaten by police": the teacher is beaten; "Neighbours watched as police beat X",
// "looked on as soldiers beat X": the police and soldiers beat. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Witnesses, SeenBeingBeatenAfterAnArticle) {
  Extraction x = extract_text("Neighbours saw a teacher being beaten by police.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(names_of(x, x.events[0].victims), std::vector<std::string>{"teacher"});
  x = extract_text("A witness saw a protester being shot.");
  ASSERT_EQ(x.events.size(), 1u);
  EXPECT_EQ(names_of(x, x.events[0].victims), std::vector<std::string>{"protester"});
}

TEST(Issue4Witnesses, WatchedAsOthersDidIt) {
  for (const char* text : {"Neighbours watched as police beat Ilse Varga.",
                           "Neighbours looked on as soldiers beat Ilse Varga."}) {
    Extraction x = extract_text(text);
    ASSERT_EQ(x.events.size(), 1u) << text;
    EXPECT_FALSE(has_name(names_of(x, x.events[0].perpetrators), "neighbours")) << text;
    EXPECT_EQ(names_of(x, x.events[0].victims), std::vector<std::string>{"Ilse Varga"}) << text;
  }
}

}  // namespace
}  // namespace casebook::testing
