// Issue 6: the date rules read only the times of their window. date_for walked every time of the
// page for each act, to keep those inside the act's sentence (and, for a story carried on,
// those between the story's last dated sentence and the act's); latest_date_before and
// written_year_before walked every time before the act's, asking word tests of each, to keep
// those at most three sentences back; clock_stamped walked the sentences from the top to find
// a paragraph's first. Times and sentences are in the text's order, so each window is now
// found by binary search (times_starting_in, times_in_sentences, partition_point). The answers
// must be the same. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/event_context.h"
#include "extract_test_util.h"
#include "nlp/annotated_text.h"
#include "source_text_util.h"

namespace casebook::testing {
namespace {

std::string quiet(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += " The wind was strong.";
  return s;
}

// Every byte range over a page of times: the span is exactly the times a scan keeps.
TEST(DateWindows, Issue6TimesStartingInIsTheScansAnswer) {
  const std::string text =
      "On 3 March 2021, Ivo Marek left. The wind was strong. He came back on 9 March 2021.\n\n"
      "In April 2022 the office closed, and in May 2022 it opened. Nothing happened.\n\n"
      "On 1 June 2023 the rain stopped. It rained again on 2 June 2023 and on 3 June 2023.";
  AnnotatedText at;
  annotate(text, CivilDate{}, &at);
  ASSERT_GE(at.times.size(), 7u);
  std::vector<uint32_t> edges = {0, static_cast<uint32_t>(text.size()) + 1};
  for (const TimeExpression& t : at.times) {
    for (uint32_t b : {t.start, t.start + 1, t.end}) {
      edges.push_back(b);
      if (b > 0) edges.push_back(b - 1);
    }
  }
  for (const Sentence& s : at.sentences) {
    edges.push_back(s.start);
    edges.push_back(s.end);
  }
  for (uint32_t from : edges) {
    for (uint32_t to : edges) {
      std::vector<const TimeExpression*> want;
      for (const TimeExpression& t : at.times) {
        if (t.start >= from && t.start <= to) want.push_back(&t);
      }
      std::vector<const TimeExpression*> got;
      for (const TimeExpression& t : times_starting_in(at, from, to)) got.push_back(&t);
      EXPECT_EQ(got, want) << "from " << from << " to " << to;
    }
  }
}

// "A year later" counts from a year written at most three sentences back in the paragraph
// (latest_date_before).
TEST(DateWindows, Issue6AYearLaterCountsFromAYearThreeSentencesBack) {
  for (int n = 0; n <= 2; ++n) {
    const Extraction x = extract_text("In 2014 Ivo Marek met the envoy." + quiet(n) +
                                          " A year later, police detained Ivo Marek.\n",
                                      "2021-06-10");
    EXPECT_EQ(date_of_only(x, "arrest_detention"), "2015") << n;
  }
  const Extraction far = extract_text(
      "In 2014 Ivo Marek met the envoy." + quiet(3) + " A year later, police detained Ivo Marek.\n",
      "2021-06-10");
  EXPECT_EQ(date_of_only(far, "arrest_detention"), "");
}

// "On 3 June" takes the story's year from "In May 2019" up to three sentences back
// (written_year_before); further back, the year of writing.
TEST(DateWindows, Issue6ADayTakesTheStorysYearFromItsWindow) {
  const std::string head = "In May 2019 the editor Ivo Marek was questioned.";
  EXPECT_EQ(date_of_only(extract_text(head + " On 3 June he was detained.\n", "2021-06-10"),
                         "arrest_detention"),
            "2019-06-03");
  EXPECT_EQ(
      date_of_only(extract_text(head + quiet(2) + " On 3 June he was detained.\n", "2021-06-10"),
                   "arrest_detention"),
      "2019-06-03");
  EXPECT_EQ(
      date_of_only(extract_text(head + quiet(3) + " On 3 June he was detained.\n", "2021-06-10"),
                   "arrest_detention"),
      "2021-06-03");
}

// A date inside the act's sentence dates it, one in the sentence before or after does not.
TEST(DateWindows, Issue6OnlyTheSentencesOwnTimesDateTheAct) {
  EXPECT_EQ(date_of_only(extract_text("Police detained Ivo Marek in Minsk on 3 May 2021.\n"),
                         "arrest_detention"),
            "2021-05-03");
  EXPECT_EQ(date_of_only(extract_text("Police detained Ivo Marek in Minsk. The rain fell on 3 May "
                                      "2021.\n"),
                         "arrest_detention"),
            "");
}

// An entry of a live blog stamped with the hour is of the day of writing: the stamp opens the
// act's paragraph, not a later sentence of it (clock_stamped).
TEST(DateWindows, Issue6AClockStampOpensTheParagraph) {
  EXPECT_EQ(date_of_only(extract_text("Ivo Marek is a reporter.\n\n14:05 — Police detained Ivo "
                                      "Marek in Minsk.\n",
                                      "2021-06-10"),
                         "arrest_detention"),
            "2021-06-10");
  EXPECT_EQ(date_of_only(extract_text("Ivo Marek is a reporter.\n\nPolice detained Ivo Marek in "
                                      "Minsk. 14:05 — the rain fell.\n",
                                      "2021-06-10"),
                         "arrest_detention"),
            "");
}

std::string body_of(const std::string& cc, const std::string& head) {
  const size_t at = cc.find(head);
  EXPECT_NE(at, std::string::npos) << head;
  if (at == std::string::npos) return "";
  return cc.substr(at, cc.find("\n}\n", at) - at);
}

// The change itself: no walk over every time of the page, nor over the sentences from the top.
TEST(DateWindows, Issue6TheRulesReadOnlyTheirWindows) {
  const std::string cc = source("src/extract/event_context.cc");
  const std::string date_for = body_of(cc, "DateValue EventContext::date_for(");
  EXPECT_EQ(date_for.find(": at_.times)"), std::string::npos);
  EXPECT_NE(date_for.find("times_starting_in(at_, s.start, s.end)"), std::string::npos);
  for (const char* head : {"const TimeExpression* EventContext::latest_date_before(",
                           "const TimeExpression* EventContext::written_year_before("}) {
    const std::string body = body_of(cc, head);
    EXPECT_EQ(body.find(": at_.times)"), std::string::npos) << head;
    EXPECT_NE(body.find("times_in_sentences(at_,"), std::string::npos) << head;
  }
  const std::string clock = body_of(cc, "bool EventContext::clock_stamped(");
  EXPECT_NE(clock.find("std::partition_point(at_.sentences.begin()"), std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
