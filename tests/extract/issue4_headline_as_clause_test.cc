// Issue 4: in a headline ("Activists detained as police crush protest") the "as" clause after a
// participle was read as its object, so the police became the ones detained; and a protest that
// the police broke up named the police as its protesters.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4HeadlineAsClause, AsWithASubjectAndAPresentVerbIsNoObject) {
  Extraction x =
      extract_text("Students detained as police crush rally in Almaty\n\nThe rally began at noon.",
                   "2024-05-10");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_FALSE(has_name(v, "police"));
  EXPECT_TRUE(has_name(v, "students"));
}

TEST(Issue4HeadlineAsClause, AsManyAsStaysACount) {
  Extraction x =
      extract_text("Police detained as many as 40 students in Almaty on Monday.", "2024-05-10");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "students"));
}

// The protesters of a protest that someone stopped are not who stopped it.
std::vector<std::string> protest_actors(const Extraction& x) {
  for (const Event& ev : x.events) {
    if (ev.type == "protest") return names_of(x, ev.actors);
  }
  return {};
}

TEST(Issue4HeadlineAsClause, WhoBrokeUpAProtestDidNotProtest) {
  for (const char* text :
       {"Riot police broke up a rally by students in Almaty on Monday.",
        "Riot police dispersed a rally by students in Almaty on Monday.",
        "Riot police cracked down on a rally by students in Almaty on Monday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    auto actors = protest_actors(x);
    EXPECT_FALSE(has_name(actors, "riot police")) << text;
    EXPECT_TRUE(has_name(actors, "students")) << text;
  }
}

TEST(Issue4HeadlineAsClause, WhoStagedAProtestStillProtested) {
  Extraction x = extract_text("Students staged a rally in Almaty on Monday.", "2024-05-10");
  EXPECT_TRUE(has_name(protest_actors(x), "students"));
}

}  // namespace
}  // namespace casebook::testing
