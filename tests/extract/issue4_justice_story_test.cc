// Issue 4: a report whose arrests and charges are mostly police work on ordinary crimes tells
// a crime story, and its other arrests and charges are the same police work; a report of
// political arrests keeps them repression even when one arrest is for a crime.
#include <gtest/gtest.h>

#include <algorithm>

#include "extract/law_enforcement.h"
#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;

TEST(Issue4JusticeStory, LaterArrestInACrimeStoryIsLawEnforcement) {
  Extraction x = extract_text(
      "Police arrested two suspects over the robbery of a jewellery shop in Karvik.\n\n"
      "A spokesman said on Friday that Eldon Shaw was arrested in Norrby.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 2u);
  EXPECT_TRUE(ar[0]->law_enforcement);
  EXPECT_TRUE(ar[1]->law_enforcement);
  EXPECT_TRUE(std::find(x.summary.types.begin(), x.summary.types.end(), "arrest_detention") ==
              x.summary.types.end());
}

TEST(Issue4JusticeStory, PoliticalArrestsStayRepression) {
  Extraction x = extract_text(
      "Police detained the journalist Runa Ekdal after she reported on the strike.\n\n"
      "Officers also arrested the union leader Tomas Vik at his home.\n\n"
      "Separately, police arrested two suspects over the robbery of a bakery.");
  auto ar = events_of(x, "arrest_detention");
  ASSERT_EQ(ar.size(), 3u);
  EXPECT_FALSE(ar[0]->law_enforcement);
  EXPECT_FALSE(ar[1]->law_enforcement);
  EXPECT_TRUE(ar[2]->law_enforcement);
}

TEST(Issue4JusticeStory, HalfOrMoreMarksTheRest) {
  auto make = [](const char* type, bool le) {
    Event ev;
    ev.type = type;
    ev.law_enforcement = le;
    return ev;
  };
  std::vector<Event> story = {make("arrest_detention", true), make("prosecution", false),
                              make("torture_ill_treatment", false)};
  mark_justice_story(&story);
  EXPECT_TRUE(story[1].law_enforcement);
  EXPECT_FALSE(story[2].law_enforcement);  // not an arrest or a charge
  std::vector<Event> repression = {make("arrest_detention", true), make("arrest_detention", false),
                                   make("prosecution", false)};
  mark_justice_story(&repression);
  EXPECT_FALSE(repression[1].law_enforcement);
  EXPECT_FALSE(repression[2].law_enforcement);
}

// In a crime story, someone gone missing is the crime the police investigate: the
// disappearance is marked with the police work and stays out of the summary.
TEST(Issue4JusticeStory, SomeoneGoneMissingInACrimeStoryIsNoDisappearanceByTheState) {
  Extraction x = extract_text(
      "Police arrested two suspects over the disappearance of Mira Holt, a student who went "
      "missing in Karvik.\n\n"
      "A spokesman said on Friday that Daniel Brandt was charged with kidnapping.");
  auto ed = events_of(x, "enforced_disappearance");
  ASSERT_FALSE(ed.empty());
  for (const Event* ev : ed) EXPECT_TRUE(ev->law_enforcement) << ev->trigger.text;
  EXPECT_TRUE(std::find(x.summary.types.begin(), x.summary.types.end(), "enforced_disappearance") ==
              x.summary.types.end());
}

// A verb that tells who made someone disappear keeps the disappearance, crime story or not.
TEST(Issue4JusticeStory, PeopleDisappearedByTheStateStayDisappearances) {
  Extraction x = extract_text(
      "Police arrested two suspects over the robbery of a jewellery shop in Karvik.\n\n"
      "Rights groups say soldiers disappeared three farmers in Norrby last year.");
  auto ed = events_of(x, "enforced_disappearance");
  ASSERT_FALSE(ed.empty());
  EXPECT_FALSE(ed[0]->law_enforcement);
}

}  // namespace
}  // namespace casebook
