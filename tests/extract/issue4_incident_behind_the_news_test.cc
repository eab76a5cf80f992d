// Issue 4: when the summary's date falls in the year of the report, an earlier grave act on
// the same named victims, dated in the few years before, is the incident behind the news
// ("acquitted on Wednesday ... arrested in March 2023"). A state told in the present ("is
// serving a sentence") takes no date from the story's last one. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract/summary.h"
#include "extract_test_util.h"

namespace casebook::testing {
namespace {

Event act(const std::string& type, const std::string& date, const std::string& victim,
          uint32_t at) {
  Event ev;
  ev.type = type;
  ev.date.start = date;
  ev.victims = {victim};
  ev.evidence.start = at;
  return ev;
}

TEST(Issue4IncidentBehindTheNews, AnEarlierArrestOfTheSameVictimDatesTheSummary) {
  Extraction x;
  x.events = {act("prosecution", "2025-06-11", "p1", 10),
              act("arrest_detention", "2023-03-14", "p1", 200),
              act("arrest_detention", "2024-01", "p1", 400)};
  EXPECT_EQ(incident_behind_the_news(x, 2025, "2025-06-11", {"p1"}), "2023-03-14");
}

TEST(Issue4IncidentBehindTheNews, AnEarlierArrestOfSomeoneElseDoesNot) {
  Extraction x;
  x.events = {act("prosecution", "2025-06-11", "p1", 10),
              act("arrest_detention", "2023-03-14", "p2", 200)};
  EXPECT_EQ(incident_behind_the_news(x, 2025, "2025-06-11", {"p1"}), "2025-06-11");
}

TEST(Issue4IncidentBehindTheNews, AnActLongBeforeIsHistory) {
  Extraction x;
  x.events = {act("prosecution", "2025-06-11", "p1", 10),
              act("arrest_detention", "2012-03-14", "p1", 200)};
  EXPECT_EQ(incident_behind_the_news(x, 2025, "2025-06-11", {"p1"}), "2025-06-11");
}

TEST(Issue4IncidentBehindTheNews, ALesserActOrAGenericOneIsNoIncident) {
  Extraction x;
  x.events = {act("harassment", "2023-03-14", "p1", 100),
              act("arrest_detention", "2023-05", "p1", 200)};
  x.events[1].generic = true;
  EXPECT_EQ(incident_behind_the_news(x, 2025, "2025", {"p1"}), "2025");
}

TEST(Issue4IncidentBehindTheNews, ADateOfAnotherYearStays) {
  Extraction x;
  x.events = {act("arrest_detention", "2023-03-14", "p1", 200)};
  EXPECT_EQ(incident_behind_the_news(x, 2025, "2024-11", {"p1"}), "2024-11");
}

TEST(Issue4IncidentBehindTheNews, ASentenceBeingServedTakesNoEarlierDate) {
  Extraction x = extract_text(
      "Police raided the flat of Tomas Berger in Halle in 2022. Berger is serving a five-year "
      "sentence for fraud.",
      "2025-06-12");
  auto p = events_of(x, "prosecution");
  ASSERT_FALSE(p.empty());
  EXPECT_TRUE(p[0]->date.start.empty()) << p[0]->date.start;
}

}  // namespace
}  // namespace casebook::testing
