// The date line above a plain-text report, and the reference date it gives. Lines written
// for these tests.
#include "extract/dateline.h"

#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Dateline, ShortLinesWithOneFullDate) {
  EXPECT_EQ(dateline_date("KHUJAND, June 9, 2022\n\nPolice detained ..."), "2022-06-09");
  EXPECT_EQ(dateline_date("Published: 9 June 2022\nThe court ..."), "2022-06-09");
  EXPECT_EQ(dateline_date("\n  9 June 2022 | Bishkek\nText"), "2022-06-09");
}

TEST(Dateline, Issue4BelowAHeadlineAndAByline) {
  EXPECT_EQ(dateline_date("Editor's sister held in Osh\n\nJune 9, 2022\n\nPolice detained ..."),
            "2022-06-09");
  EXPECT_EQ(dateline_date("Editor's sister held in Osh\nBy Aida Temirova\n9 June 2022\nText"),
            "2022-06-09");
  // Below a sentence of the story, or lower than a headline and a by-line, it is no date line.
  EXPECT_EQ(dateline_date("Police detained the editor in Osh.\nJune 9, 2022\nText"), "");
  EXPECT_EQ(dateline_date("He said: \"They came at night.\"\nJune 9, 2022\nText"), "");
  EXPECT_EQ(dateline_date("Headline\nBy Aida Temirova\nOsh bureau\nJune 9, 2022\nText"), "");
}

TEST(Dateline, Issue4AHeadingClosedByItsDate) {
  EXPECT_EQ(dateline_date("Statement by Aida Temirova, human rights lawyer, Osh, 9 June 2022\nI"),
            "2022-06-09");
  EXPECT_EQ(
      dateline_date("Joint letter on the case of the Usenov family \xE2\x80\x93 9 June 2022\n"),
      "2022-06-09");
  // The date must close the heading, after a comma or a dash.
  EXPECT_EQ(dateline_date("Police detained the editor on 9 June 2022 in Osh\nText"), "");
  EXPECT_EQ(dateline_date("Statement by Aida Temirova on 9 June 2022\nText"), "");
}

TEST(Dateline, Issue4OpeningTheLeadParagraph) {
  EXPECT_EQ(
      dateline_date("Editor's sister held\n\nOSH, 9 June 2022 \xE2\x80\x94 Police detained the "
                    "sister of an exiled editor, her lawyer said on Thursday.\n"),
      "2022-06-09");
  EXPECT_EQ(dateline_date("OSH, June 9, 2022 - Police detained the sister of an editor.\n"),
            "2022-06-09");
  // Without its year, or with words of a sentence before the dash, it gives no date.
  EXPECT_EQ(dateline_date("OSH, June 9 - Police detained the sister of an editor.\n"), "");
  EXPECT_EQ(dateline_date("Police detained her on 9 June 2022 - her lawyer said so.\n"), "");
}

TEST(Dateline, NotASentenceNorAPartialDate) {
  EXPECT_EQ(dateline_date("On June 9, 2022 police detained the editor.\nMore."), "");
  EXPECT_EQ(dateline_date("June 2022\nA month without a day is no date line."), "");
  EXPECT_EQ(dateline_date("Between June 9 and June 12, 2022\nText"), "");
  EXPECT_EQ(dateline_date("A report with no date line at all."), "");
  EXPECT_EQ(dateline_date(""), "");
}

TEST(Dateline, GivesTheReferenceDateOfATextWithoutMetadata) {
  Extraction x =
      extract_text("Osh, June 9, 2022\n\nPolice detained the editor Nurlan Bekov on Tuesday.");
  EXPECT_EQ(x.reference_date, "2022-06-09");
  EXPECT_EQ(x.reference_date_from, "text");
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]->date.start, "2022-06-07");  // the Tuesday before that Thursday
}

TEST(Dateline, AReferenceDateGivenByTheUserComesFirst) {
  Extraction x =
      extract_text("Osh, June 9, 2022\n\nPolice detained the editor Nurlan Bekov.", "2022-06-10");
  EXPECT_EQ(x.reference_date, "2022-06-10");
}

}  // namespace
}  // namespace casebook::testing
