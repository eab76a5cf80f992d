// Issue 4: who did what in a news story, three misreadings: "X was most recently arrested ... by
// agents" read as active (X the arrester); a headline's role noun ("Reporter shot dead") taken
// for the colleague who speaks of the dead in the story; and "She was arrested" after "X marched
// after the death of Y" taken for the dead Y.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4NewsWho, AdverbsOfDegreeAndOrderKeepThePassive) {
  for (const char* text :
       {"Leyla Hasanova was most recently arrested on 9 January by agents of the security "
        "service.",
        "Leyla Hasanova was first arrested in 2019 by agents of the security service."}) {
    Extraction x = extract_text(text, "2024-05-10");
    EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Leyla Hasanova")) << text;
    EXPECT_FALSE(has_name(first_perpetrators(x, "arrest_detention"), "Leyla Hasanova")) << text;
  }
}

TEST(Issue4NewsWho, AHeadlinesRoleNounIsNotWhoSpeaksOfAnother) {
  Extraction x = extract_text(
      "Radio reporter shot dead outside his home\n\nTeodoro Villa was killed on 7 May. \"He "
      "was fearless,\" said Carmen Ibarra, the station's editor.",
      "2024-05-10");
  for (const Event* ev : events_of(x, "killing")) {
    EXPECT_FALSE(has_name(names_of(x, ev->victims), "Carmen Ibarra"));
  }
}

TEST(Issue4NewsWho, AHeadlinesRoleNounStillFindsWhoTellsOfHerself) {
  Extraction x = extract_text(
      "Journalist beaten by police in Minsk\n\nAlena Kruk, a reporter for a local radio, said "
      "officers beat her on Monday.",
      "2024-05-10");
  bool found = false;
  for (const Event& ev : x.events) {
    if (ev.evidence.start == 0) found = found || has_name(names_of(x, ev.victims), "Alena Kruk");
  }
  EXPECT_TRUE(found);
}

TEST(Issue4NewsWho, SheAfterADeathToldGoesOnWithTheSubject) {
  Extraction x = extract_text(
      "Leyla Hasanova marched after the death of Nargiz Aliyeva. She was arrested on 9 January "
      "by police.",
      "2024-05-10");
  auto v = first_victims(x, "arrest_detention");
  EXPECT_TRUE(has_name(v, "Leyla Hasanova"));
  EXPECT_FALSE(has_name(v, "Nargiz Aliyeva"));
}

TEST(Issue4NewsWho, SheAfterAnArrestToldMayBeTheOneArrested) {
  Extraction x =
      extract_text("Leyla Hasanova spoke of the arrest of Nargiz Aliyeva. She was freed on Monday.",
                   "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "release"), "Nargiz Aliyeva"));
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4NewsWho, AHeadlinesRoleNounIsNotARelativeTheStoryIntroduces) {
  Extraction x = extract_text(
      "Union leader fired\n\nKarim Sheikh lost his post on 14 March. His brother, Jamil Sheikh, "
      "a former union organiser, spoke to us.",
      "2024-05-10");
  for (const Event& ev : x.events) {
    EXPECT_FALSE(has_name(names_of(x, ev.victims), "Jamil Sheikh")) << ev.type;
  }
}

TEST(Issue4NewsWho, AThreatToBurnHomesIsAThreat) {
  Extraction x = extract_text("The guards threatened to burn the houses.", "2024-05-10");
  EXPECT_FALSE(events_of(x, "threat_intimidation").empty());
  Extraction y = extract_text("The minister threatened to resign.", "2024-05-10");
  EXPECT_TRUE(events_of(y, "threat_intimidation").empty());
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

TEST(Issue4NewsWho, WhoAfterAPlacePhraseIsThePersonBeforeIt) {
  Extraction x = extract_text(
      "Among them is Omid Rahnama, a student in Ahvaz, who was arrested on Sunday.", "2024-05-10");
  EXPECT_TRUE(has_name(first_victims(x, "arrest_detention"), "Omid Rahnama"));
}

}  // namespace
}  // namespace casebook::testing
