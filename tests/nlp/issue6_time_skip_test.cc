// Issue 6: the time-expression scanner's jumps over stretches found on the tokenizer's tokens
// (nlp/time_skip.h) give exactly the expressions of a scan that reads every token.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "nlp/annotated_text.h"
#include "nlp/time_expression.h"
#include "nlp/time_skip.h"

namespace casebook {
namespace {

std::string describe(const TimeExpression& e) {
  return std::to_string(e.start) + "-" + std::to_string(e.end) + " kind " +
         std::to_string(static_cast<int>(e.kind)) + " " + to_iso(e.value) + ".." +
         to_iso(e.value_end) + (e.approximate ? " ~" : "") + (e.year_written ? " y" : "") +
         (e.open_end ? " open" : "") + (e.uses_reference ? " ref" : "") + " anchor " +
         std::to_string(e.anchor_offset_days) + "/" + std::to_string(e.anchor_offset) + "/" +
         std::to_string(static_cast<int>(e.anchor_unit)) + " " + std::to_string(e.anchor_start) +
         "-" + std::to_string(e.anchor_end);
}

std::vector<std::string> describe_all(const std::vector<TimeExpression>& times) {
  std::vector<std::string> out;
  for (const TimeExpression& e : times) out.push_back(describe(e));
  return out;
}

// The skips the annotator would use for text.
std::vector<TimeSkip> skips_of(const std::string& text) {
  AnnotatedText a;
  annotate(text, CivilDate{2017, 9, 12}, &a);
  std::vector<uint8_t> classes(a.words.size(), 0);
  std::vector<TimeSkip> skips;
  find_time_skips(text, a.tokens, a.lower, a.lower_buf.data(), a.lower_id, &classes, &skips);
  return skips;
}

TEST(TimeSkipTest, Issue6PlainWordsAreJumpedOver) {
  const std::string text =
      "Police officers arrested the human rights lawyer outside his office in the capital "
      "after a peaceful protest on Monday.";
  const std::vector<TimeSkip> skips = skips_of(text);
  ASSERT_FALSE(skips.empty());
  // Never past the weekday, and always onto a token end followed by white space.
  for (const TimeSkip& s : skips) {
    EXPECT_LT(s.from, s.restart);
    EXPECT_LT(s.restart, text.find("Monday"));
    EXPECT_EQ(text[s.restart], ' ');
  }
}

TEST(TimeSkipTest, Issue6NoJumpOverDigitsOrCoreWords) {
  // Every word here is a number, a core time word or next to one: nothing to jump over.
  EXPECT_TRUE(skips_of("2015 May 6 June 7th 1990s yesterday morning").empty());
}

// Random text from the time lexicon's words, numbers in every form the scanner reads, plain
// words, punctuation, other scripts and every kind of white space: the annotator (with its
// jumps) and a plain scan must find the same expressions, field by field.
TEST(TimeSkipTest, Issue6JumpsChangeNoExpression) {
  const std::vector<std::string> vocabulary = {
      // core words
      "May", "may", "March", "Sept.", "September", "Monday", "Tue", "day", "days", "week", "weeks",
      "month", "year", "years", "decade", "weekend", "yesterday", "today", "tonight", "summer",
      "fall", "winter", "morning", "night", "first", "second", "twenty-first", "thirty-first",
      // numbers
      "2015", "2016", "6", "12", "30", "2,000", "1.500.000", "1990s", "1990's", "1990\u2019s",
      "6th", "3.5", "10:30", "12/05/2020", "A2016",
      // number words and the rest of the lexicon
      "one", "two", "three", "a", "an", "few", "several", "couple", "twenty", "twenty-one", "the",
      "The", "of", "and", "to", "from", "between", "since", "in", "on", "until", "through", "by",
      "last", "next", "this", "past", "previous", "following", "same", "ago", "later", "earlier",
      "before", "after", "prior", "around", "about", "some", "early", "mid", "late", "mid-2015",
      "mid-May", "beginning", "end", "start", "middle", "people", "No", "page", "but", "when",
      "which",
      // plain words
      "police", "Police", "arrested", "activist", "journalists", "lawyer", "court", "said",
      "protest", "don't", "O'Brien", "well-known", "Sunday-school", "s", "t", "X",
      // punctuation and symbols
      ",", ".", ";", ":", "(", ")", "\"", "'", "-", "--", "/", "$", "#", "\u2014", "\u201c",
      "\u201d", "\u2019s", "\u2019",
      // other scripts
      "Z\u00fcrich", "\u041c\u043e\u0441\u043a\u0432\u0430", "caf\u00e9"};
  const std::vector<std::string> plain = {
      "police",      "Police",   "arrested",   "activist", "lawyer", "court", "said", "protest",
      "journalists", "detained", "opposition", "members",  "were",   "his",   "her"};
  const std::vector<std::string> separators = {" ",  " ",    " ",  " ",  " ",      "",
                                               "\n", "\n\n", "  ", "\t", "\u00a0", " \n "};
  std::mt19937 random(6);
  size_t with_jumps = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const int words = 3 + static_cast<int>(random() % 40);
    for (int w = 0; w < words; ++w) {
      if (w > 0) text += separators[random() % separators.size()];
      // Half the words plain, as in news text, so that stretches long enough to jump occur.
      text += random() % 2 == 0 ? plain[random() % plain.size()]
                                : vocabulary[random() % vocabulary.size()];
    }
    const CivilDate reference = round % 3 == 0 ? CivilDate{2017, 0, 0} : CivilDate{2017, 9, 12};
    AnnotatedText a;
    annotate(text, reference, &a);
    std::vector<uint8_t> classes(a.words.size(), 0);
    std::vector<TimeSkip> skips;
    find_time_skips(text, a.tokens, a.lower, a.lower_buf.data(), a.lower_id, &classes, &skips);
    if (!skips.empty()) ++with_jumps;
    ASSERT_EQ(describe_all(a.times), describe_all(find_time_expressions(text, reference)))
        << "text: " << text;
  }
  EXPECT_GT(with_jumps, 1000u);  // the jumps were taken, so the comparison means something
}

}  // namespace
}  // namespace casebook
