// Tests for the sentence splitter on hand-written text: abbreviations, initials, quotes,
// paragraphs, title lines and the "U.S." heuristic.
#include "nlp/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/tokenizer.h"

namespace casebook {
namespace {

std::vector<Sentence> split(std::string_view text) {
  std::vector<Token> tokens;
  tokenize(text, &tokens);
  std::vector<Sentence> out;
  split_sentences(text, tokens, &out);
  return out;
}

std::vector<std::string> sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const Sentence& s : split(text)) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

using Texts = std::vector<std::string>;

TEST(SentenceSplitter, EmptyAndWhitespace) {
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split("  \n\n\t ").empty());
}

TEST(SentenceSplitter, BasicTerminals) {
  EXPECT_EQ(sentences("He was detained. Was he charged? No! Wait..."),
            (Texts{"He was detained.", "Was he charged?", "No!", "Wait..."}));
  EXPECT_EQ(sentences("No final punctuation"), (Texts{"No final punctuation"}));
}

TEST(SentenceSplitter, SpansAreTrimmedAndTokenRangesCoverAll) {
  std::string_view text = "  First one.   Second one.  ";
  auto s = split(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].start, 2u);
  EXPECT_EQ(text.substr(s[1].start, s[1].end - s[1].start), "Second one.");
  EXPECT_EQ(s[0].first_token, 0u);
  EXPECT_EQ(s[0].end_token, s[1].first_token);
  EXPECT_EQ(s[1].end_token, 6u);
}

TEST(SentenceSplitter, TitlesAndInnerAbbreviationsDoNotEnd) {
  EXPECT_EQ(sentences("Mr. Karimov met Dr. Lee on Sept. 3. They spoke."),
            (Texts{"Mr. Karimov met Dr. Lee on Sept. 3.", "They spoke."}));
  EXPECT_EQ(sentences("He was charged under Art. 307 of the code, e.g. for fraud. Then he fled."),
            (Texts{"He was charged under Art. 307 of the code, e.g. for fraud.", "Then he fled."}));
  EXPECT_EQ(sentences("Gen. Prof. Capt. Smith. Done."),
            (Texts{"Gen. Prof. Capt. Smith.", "Done."}));
}

TEST(SentenceSplitter, Initials) {
  EXPECT_EQ(sentences("The letter was signed by J. R. Smith and A. Petrova. It was short."),
            (Texts{"The letter was signed by J. R. Smith and A. Petrova.", "It was short."}));
  EXPECT_EQ(sentences("Следователь А. Иванов отказался. Адвокат ушёл."),
            (Texts{"Следователь А. Иванов отказался.", "Адвокат ушёл."}));
  // A single capital letter at a real sentence end, before a sentence starter.
  EXPECT_EQ(sentences("They chose plan B. The court agreed."),
            (Texts{"They chose plan B.", "The court agreed."}));
}

TEST(SentenceSplitter, DecimalsAndNumbers) {
  EXPECT_EQ(
      sentences("Inflation hit 3.5 percent. Fines rose to 5,020.50 somoni in 2015. Later."),
      (Texts{"Inflation hit 3.5 percent.", "Fines rose to 5,020.50 somoni in 2015.", "Later."}));
}

TEST(SentenceSplitter, UsAbbreviationHeuristic) {
  // Inside a sentence: a lower-case word, a name, or a capitalised word never seen in lower case.
  EXPECT_EQ(sentences("U.S. officials said so. The U.S. State Department agreed. The U.S. "
                      "Congress voted."),
            (Texts{"U.S. officials said so.", "The U.S. State Department agreed.",
                   "The U.S. Congress voted."}));
  // At a sentence end: a sentence starter follows.
  EXPECT_EQ(sentences("She moved to the U.S. He stayed."),
            (Texts{"She moved to the U.S.", "He stayed."}));
  // At a sentence end: the next word also occurs in lower case in this document.
  EXPECT_EQ(sentences("He fled to the U.S. Police later said the police had lost track."),
            (Texts{"He fled to the U.S.", "Police later said the police had lost track."}));
  // Other final abbreviations behave the same.
  EXPECT_EQ(sentences("He worked for Acme Inc. The firm closed."),
            (Texts{"He worked for Acme Inc.", "The firm closed."}));
  EXPECT_EQ(sentences("Books, papers, etc. were seized."),
            (Texts{"Books, papers, etc. were seized."}));
}

TEST(SentenceSplitter, QuotesSpanningSentences) {
  EXPECT_EQ(sentences("“First. Second,” she said. Then she left."),
            (Texts{"“First.", "Second,” she said.", "Then she left."}));
  // The closing quote attaches to the sentence it ends.
  EXPECT_EQ(sentences("He said: “We will appeal.” The court refused."),
            (Texts{"He said: “We will appeal.”", "The court refused."}));
  EXPECT_EQ(sentences("“Why?” she asked. \"Stop!\" he shouted."),
            (Texts{"“Why?” she asked.", "\"Stop!\" he shouted."}));
  EXPECT_EQ(sentences("(He was released.) Nobody knows why."),
            (Texts{"(He was released.)", "Nobody knows why."}));
}

TEST(SentenceSplitter, ParagraphBreaksAlwaysEnd) {
  std::string_view text = "First paragraph without a period\n\nSecond paragraph. Two sentences.";
  auto s = split(text);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].paragraph, 0u);
  EXPECT_EQ(s[1].paragraph, 1u);
  EXPECT_EQ(s[2].paragraph, 1u);
  // Even after an abbreviation that never ends a sentence on its own.
  EXPECT_EQ(sentences("He met Dr.\n\nSmith came later."),
            (Texts{"He met Dr.", "Smith came later."}));
}

TEST(SentenceSplitter, TitleLinesWithoutPeriod) {
  std::string_view text =
      "Activist sentenced in absentia\nBy Staff Reporter\nDUSHANBE — A court sentenced him.";
  EXPECT_EQ(sentences(text), (Texts{"Activist sentenced in absentia", "By Staff Reporter",
                                    "DUSHANBE — A court sentenced him."}));
  EXPECT_EQ(sentences("1. Introduction\n2. Findings"), (Texts{"1. Introduction", "2. Findings"}));
  // A period after an initial or abbreviation at a line end, in text that is not wrapped.
  EXPECT_EQ(sentences("They chose plan B.\nNobody objected."),
            (Texts{"They chose plan B.", "Nobody objected."}));
  EXPECT_EQ(sentences("He met Dr.\nRahimov later."), (Texts{"He met Dr.\nRahimov later."}));
}

TEST(SentenceSplitter, WrappedLinesDoNotEnd) {
  std::string_view text =
      "Police in the capital detained the opposition activist early on\n"
      "Monday, his lawyer said, adding that officers had refused to let\n"
      "him see his family. The lawyer said he would appeal.";
  EXPECT_EQ(split(text).size(), 2u);
  // A line that goes on in lower case never ends a sentence.
  EXPECT_EQ(sentences("Short line\ncontinues here."), (Texts{"Short line\ncontinues here."}));
}

TEST(SentenceSplitter, GluedPeriodsAndListsOfPunctuation) {
  EXPECT_EQ(sentences("See hrw.org for details. Yes!, he said."),
            (Texts{"See hrw.org for details.", "Yes!, he said."}));
}

TEST(SentenceSplitter, MultiByteOffsets) {
  std::string_view text = "Суд в Кŭлобе вынес приговор. Он обжалован.";
  auto s = split(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(text.substr(s[0].start, s[0].end - s[0].start), "Суд в Кŭлобе вынес приговор.");
  EXPECT_EQ(s[1].end, text.size());
}

}  // namespace
}  // namespace casebook
