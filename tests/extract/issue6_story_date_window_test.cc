// Issue 6: an act with no date of its own looks for the story's date in the four sentences
// before it, in its paragraph (EventContext::story_date_before). It read every time of the
// document from the top, running three word tests on each, for each such act; it now reads
// only the times of those sentences, found by binary search (times_in_sentences), and runs the
// word tests only on a time in the act's paragraph. The window must be the same: a date four
// sentences back still dates the act, five back does not, nor one in another paragraph, and
// the last date of the window wins. Sentences and names written for these tests.
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

std::string story(int quiet_sentences, const std::string& between = " ") {
  std::string text = "Mira Castell is a reporter. On 12 May 2023, the streets of Tbilisi were quiet.";
  for (int i = 0; i < quiet_sentences; ++i) text += " The wind was strong.";
  return text + between + "Police detained Mira Castell at her flat.\n";
}

TEST(StoryDateWindow, Issue6ADateUpToFourSentencesBackDatesTheAct) {
  for (int quiet = 0; quiet <= 3; ++quiet) {
    EXPECT_EQ(date_of_only(extract_text(story(quiet)), "arrest_detention"), "2023-05-12")
        << quiet;
  }
}

TEST(StoryDateWindow, Issue6ADateFiveSentencesBackOrInAnotherParagraphDoesNot) {
  EXPECT_EQ(date_of_only(extract_text(story(4)), "arrest_detention"), "");
  EXPECT_EQ(date_of_only(extract_text(story(5)), "arrest_detention"), "");
  EXPECT_EQ(date_of_only(extract_text(story(0, "\n\n")), "arrest_detention"), "");
}

TEST(StoryDateWindow, Issue6TheLastDateOfTheWindowWins) {
  const std::string text =
      "Mira Castell is a reporter. On 12 May 2023, the streets of Tbilisi were quiet. On 14 "
      "May 2023, the wind was strong. Police detained Mira Castell at her flat.\n";
  EXPECT_EQ(date_of_only(extract_text(text), "arrest_detention"), "2023-05-14");
}

// Every (from, end) pair of sentences over a page of dated sentences in several paragraphs,
// with dates at a sentence's start, middle and end, and sentences with none: the span is
// exactly the times a scan of all of them keeps.
TEST(StoryDateWindow, Issue6TimesInSentencesIsTheScansAnswer) {
  const std::string text =
      "On 3 March 2021, Ivo Marek left. The wind was strong. He came back on 9 March 2021.\n\n"
      "In April 2022 the office closed, and in May 2022 it opened. Nothing happened.\n\n"
      "The rain fell. On 1 June 2023 the rain stopped. It rained again on 2 June 2023 and on 3 "
      "June 2023. The end came in 2024.";
  AnnotatedText at;
  annotate(text, CivilDate{}, &at);
  ASSERT_GE(at.times.size(), 8u);
  ASSERT_GE(at.sentences.size(), 8u);
  const uint32_t n = static_cast<uint32_t>(at.sentences.size());
  for (uint32_t from = 0; from <= n + 1; ++from) {
    for (uint32_t end = 0; end <= n + 1; ++end) {
      std::vector<const TimeExpression*> want;
      for (const TimeExpression& t : at.times) {
        if (end < n && t.start >= at.sentences[end].start) break;
        if (at.sentence_of[at.token_at(t.start)] >= from) want.push_back(&t);
      }
      std::vector<const TimeExpression*> got;
      for (const TimeExpression& t : times_in_sentences(at, from, end)) got.push_back(&t);
      EXPECT_EQ(got, want) << "from " << from << " end " << end;
    }
  }
}

// The change itself: story_date_before reads the window's times, not every time of the page.
TEST(StoryDateWindow, Issue6StoryDateBeforeReadsOnlyTheWindow) {
  const std::string cc = source("src/extract/event_context.cc");
  const size_t at = cc.find("EventContext::story_date_before(uint32_t sentence) const {");
  ASSERT_NE(at, std::string::npos);
  const std::string body = cc.substr(at, cc.find("\n}\n", at) - at);
  EXPECT_NE(body.find("times_in_sentences(at_,"), std::string::npos);
  EXPECT_EQ(body.find(": at_.times)"), std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
