// Tests for the tokenizer: token boundaries, kinds, flags and byte offsets on hand-written text.
#include "nlp/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace casebook {
namespace {

std::vector<Token> tokens_of(std::string_view text) {
  std::vector<Token> out;
  tokenize(text, &out);
  return out;
}

std::vector<std::string> texts(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokens_of(text)) out.emplace_back(token_text(text, t));
  return out;
}

using Texts = std::vector<std::string>;

// The token whose text is word (the first one).
Token find(std::string_view text, std::string_view word) {
  for (const Token& t : tokens_of(text)) {
    if (token_text(text, t) == word) return t;
  }
  ADD_FAILURE() << "no token " << word;
  return Token{};
}

bool has(const Token& t, uint16_t flag) { return (t.flags & flag) != 0; }

TEST(Tokenizer, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(tokens_of("").empty());
  EXPECT_TRUE(tokens_of(" \t\n\n  \r\n").empty());
  EXPECT_TRUE(tokens_of("\xC2\xA0\xE2\x80\x83").empty());  // no-break and em spaces
}

TEST(Tokenizer, SimpleSentenceAndFlags) {
  std::string_view s = "Police detained OSCE monitors.";
  EXPECT_EQ(texts(s), (Texts{"Police", "detained", "OSCE", "monitors", "."}));
  auto toks = tokens_of(s);
  EXPECT_EQ(toks[0].flags, kCapitalized | kParagraphStart | kLineStart);
  EXPECT_TRUE(has(toks[1], kLowerCase) && has(toks[1], kSpaceBefore));
  EXPECT_TRUE(has(toks[2], kAllCaps) && has(toks[2], kCapitalized));
  EXPECT_EQ(toks[4].kind, TokenKind::kPunct);
  EXPECT_FALSE(has(toks[4], kSpaceBefore));
}

TEST(Tokenizer, AbbreviationsKeepTheirPeriod) {
  std::string_view s = "Mr. Lee met Dr. Ono on Sept. 3 (No. 5), etc. and e.g. the U.S. envoy.";
  EXPECT_EQ(texts(s),
            (Texts{"Mr.", "Lee", "met", "Dr.",  "Ono", "on",   "Sept.", "3",    "(",     "No.",
                   "5",   ")",   ",",   "etc.", "and", "e.g.", "the",   "U.S.", "envoy", "."}));
  EXPECT_TRUE(has(find(s, "Mr."), kAbbreviation));
  EXPECT_TRUE(has(find(s, "etc."), kAbbreviation));
  EXPECT_TRUE(has(find(s, "e.g."), kAbbreviation));
  Token us = find(s, "U.S.");
  EXPECT_TRUE(has(us, kAbbreviation) && has(us, kAllCaps));
}

TEST(Tokenizer, LowerCaseSentenceWordIsNotAnAbbreviation) {
  // "No." is listed, "no." is not; "Etc." matches the lower-case entry.
  EXPECT_EQ(texts("He said no."), (Texts{"He", "said", "no", "."}));
  EXPECT_TRUE(has(find("Etc. and so on", "Etc."), kAbbreviation));
}

TEST(Tokenizer, Initials) {
  std::string_view s = "J. R. Smith and А. Иванов";
  EXPECT_EQ(texts(s), (Texts{"J.", "R.", "Smith", "and", "А.", "Иванов"}));
  EXPECT_TRUE(has(find(s, "J."), kInitial));
  EXPECT_TRUE(has(find(s, "А."), kInitial));  // Cyrillic A
  EXPECT_FALSE(has(find(s, "J."), kAbbreviation));
  // A lower-case single letter is not an initial.
  EXPECT_EQ(texts("plan x."), (Texts{"plan", "x", "."}));
}

TEST(Tokenizer, NumbersDecimalsSeparatorsOrdinals) {
  std::string_view s = "5,020 people, 3.5 million, the 1990s, the 6th time, at 10:30 on 12/05/2020";
  EXPECT_EQ(texts(s), (Texts{"5,020", "people", ",", "3.5", "million", ",", "the", "1990s", ",",
                             "the", "6th", "time", ",", "at", "10:30", "on", "12/05/2020"}));
  EXPECT_EQ(find(s, "5,020").kind, TokenKind::kNumber);
  EXPECT_EQ(find(s, "1990s").kind, TokenKind::kNumber);
  EXPECT_EQ(find(s, "6th").kind, TokenKind::kNumber);
  // A number at a sentence end does not take the period; a comma before a space is not kept.
  EXPECT_EQ(texts("in 2015. On 3, 4"), (Texts{"in", "2015", ".", "On", "3", ",", "4"}));
}

TEST(Tokenizer, HyphenatedWordsAndCompounds) {
  std::string_view s = "his daughters-in-law, Kowalska-Nowak, an X-based 30-year-old";
  EXPECT_EQ(texts(s), (Texts{"his", "daughters-in-law", ",", "Kowalska-Nowak", ",", "an", "X-based",
                             "30-year-old"}));
  EXPECT_TRUE(has(find(s, "daughters-in-law"), kHasHyphen));
  Token name = find(s, "Kowalska-Nowak");
  EXPECT_TRUE(has(name, kHasHyphen) && has(name, kCapitalized));
  EXPECT_EQ(find(s, "30-year-old").kind, TokenKind::kWord);
  EXPECT_EQ(texts("COVID-19 cases"), (Texts{"COVID-19", "cases"}));
}

TEST(Tokenizer, DashesArePunctuation) {
  EXPECT_EQ(texts("arrested—again"), (Texts{"arrested", "—", "again"}));
  EXPECT_EQ(texts("in 2015–2016"), (Texts{"in", "2015", "–", "2016"}));
  EXPECT_EQ(texts("in 2015-2016"), (Texts{"in", "2015", "-", "2016"}));
  EXPECT_EQ(texts("free -- for now"), (Texts{"free", "--", "for", "now"}));
  EXPECT_EQ(find("a — b", "—").kind, TokenKind::kPunct);
}

TEST(Tokenizer, EllipsesAndTerminalRuns) {
  EXPECT_EQ(texts("Wait... what… Really?! Yes!!"),
            (Texts{"Wait", "...", "what", "…", "Really", "?!", "Yes", "!!"}));
}

TEST(Tokenizer, PossessivesWithBothApostrophes) {
  std::string_view s = "Rahimov's wife and Rahimova’s son";
  EXPECT_EQ(texts(s), (Texts{"Rahimov", "'s", "wife", "and", "Rahimova", "’s", "son"}));
  EXPECT_TRUE(has(find(s, "'s"), kPossessive));
  EXPECT_TRUE(has(find(s, "’s"), kPossessive));
  EXPECT_FALSE(has(find(s, "'s"), kSpaceBefore));
  // Plural possessive: the bare apostrophe.
  std::string_view p = "the journalists' union and the lawyers’ office";
  EXPECT_EQ(texts(p),
            (Texts{"the", "journalists", "'", "union", "and", "the", "lawyers", "’", "office"}));
  EXPECT_TRUE(has(find(p, "'"), kPossessive));
  EXPECT_TRUE(has(find(p, "’"), kPossessive));
}

TEST(Tokenizer, ContractionsStayWhole) {
  EXPECT_EQ(texts("don't can’t O'Brien O‘zbekiston"),
            (Texts{"don't", "can’t", "O'Brien", "O‘zbekiston"}));
  // "it's" splits like a possessive but is not one.
  std::string_view s = "It's late";
  EXPECT_EQ(texts(s), (Texts{"It", "'s", "late"}));
  EXPECT_FALSE(has(find(s, "'s"), kPossessive));
}

TEST(Tokenizer, CurlyQuotes) {
  std::string_view s = "He said: “We ‘will’ win.”";
  EXPECT_EQ(texts(s), (Texts{"He", "said", ":", "“", "We", "‘", "will", "’", "win", ".", "”"}));
  auto toks = tokens_of(s);
  EXPECT_TRUE(has(toks[3], kOpenQuote));
  EXPECT_TRUE(has(toks[5], kOpenQuote));
  EXPECT_TRUE(has(toks[7], kCloseQuote));
  EXPECT_TRUE(has(toks[10], kCloseQuote));
}

TEST(Tokenizer, StraightQuotesOpenAndClose) {
  std::string_view s = "He said \"stop\" and 'go' now.";
  auto toks = tokens_of(s);
  EXPECT_EQ(texts(s), (Texts{"He", "said", "\"", "stop", "\"", "and", "'", "go", "'", "now", "."}));
  EXPECT_TRUE(has(toks[2], kOpenQuote));
  EXPECT_TRUE(has(toks[4], kCloseQuote));
  EXPECT_TRUE(has(toks[6], kOpenQuote));
  EXPECT_TRUE(has(toks[8], kCloseQuote));
  EXPECT_FALSE(has(toks[8], kPossessive));
}

TEST(Tokenizer, GuillemetsAndGermanQuotes) {
  auto toks = tokens_of("«Нет» „Ja“");
  ASSERT_EQ(toks.size(), 6u);
  EXPECT_TRUE(has(toks[0], kOpenQuote));
  EXPECT_TRUE(has(toks[2], kCloseQuote));
  EXPECT_TRUE(has(toks[3], kOpenQuote));
  EXPECT_TRUE(has(toks[5], kCloseQuote));
}

TEST(Tokenizer, ByteOffsetsWithMultiByteCharacters) {
  std::string_view s = "Kŭlob — Иван’s";
  auto toks = tokens_of(s);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].start, 0u);
  EXPECT_EQ(toks[0].end, 6u);  // "ŭ" is two bytes
  EXPECT_EQ(toks[1].start, 7u);
  EXPECT_EQ(toks[1].end, 10u);  // em dash is three bytes
  EXPECT_EQ(toks[2].start, 11u);
  EXPECT_EQ(toks[2].end, 19u);  // four Cyrillic letters
  EXPECT_EQ(toks[3].end, s.size());
  EXPECT_TRUE(has(toks[0], kCapitalized));
  EXPECT_TRUE(has(toks[2], kCapitalized));
  EXPECT_TRUE(has(toks[3], kPossessive));
}

TEST(Tokenizer, UnicodeCaseFlags) {
  EXPECT_TRUE(has(find("ОБСЕ", "ОБСЕ"), kAllCaps));
  EXPECT_TRUE(has(find("Ələsgərov", "Ələsgərov"), kCapitalized));
  EXPECT_TRUE(has(find("şəhər", "şəhər"), kLowerCase));
  EXPECT_TRUE(has(find("Ελλάδα", "Ελλάδα"), kCapitalized));
  Token t = find("Ёлка", "Ёлка");
  EXPECT_TRUE(has(t, kCapitalized) && !has(t, kAllCaps) && !has(t, kLowerCase));
}

TEST(Tokenizer, LineAndParagraphStarts) {
  std::string_view s = "Title\nBody one.\n\n  Second para\r\n\r\nThird";
  auto toks = tokens_of(s);
  ASSERT_EQ(texts(s), (Texts{"Title", "Body", "one", ".", "Second", "para", "Third"}));
  EXPECT_TRUE(has(toks[0], kParagraphStart));
  EXPECT_TRUE(has(toks[1], kLineStart));
  EXPECT_FALSE(has(toks[1], kParagraphStart));
  EXPECT_TRUE(has(toks[4], kParagraphStart) && has(toks[4], kLineStart));
  EXPECT_FALSE(has(toks[5], kLineStart));
  EXPECT_TRUE(has(toks[6], kParagraphStart));  // blank line written with CRLF
}

TEST(Tokenizer, UrlsSymbolsAndIllFormedBytes) {
  EXPECT_EQ(texts("See https://hrw.org/a_b?x=1. Now"),
            (Texts{"See", "https://hrw.org/a_b?x=1", ".", "Now"}));
  EXPECT_EQ(texts("$5 or 10% or €3"), (Texts{"$", "5", "or", "10", "%", "or", "€", "3"}));
  EXPECT_EQ(find("10%", "%").kind, TokenKind::kSymbol);
  auto toks = tokens_of(
      "a\xFF"
      "b");
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[1].kind, TokenKind::kSymbol);
}

TEST(Tokenizer, OutputIsReplacedNotAppended) {
  std::vector<Token> out;
  tokenize("one two", &out);
  tokenize("three", &out);
  EXPECT_EQ(out.size(), 1u);
}

TEST(Lower, AsciiLatinCyrillicGreek) {
  std::string buf;
  EXPECT_EQ(lower("NATO", &buf), "nato");
  EXPECT_EQ(lower("KŬLOB", &buf), "kŭlob");
  EXPECT_EQ(lower("ÉLYSÉE", &buf), "élysée");
  EXPECT_EQ(lower("ИВАН Ёлкин", &buf), "иван ёлкин");
  EXPECT_EQ(lower("ƏLİYEV", &buf), "əliyev");
  EXPECT_EQ(lower("ҚАЗАҚСТАН", &buf), "қазақстан");
  EXPECT_EQ(lower("ΑΘΗΝΑ", &buf), "αθηνα");
  EXPECT_EQ(lower("", &buf), "");
}

TEST(AbbreviationTable, RolesFromData) {
  EXPECT_EQ(abbreviation_role("Dr."), AbbreviationRole::kTitle);
  EXPECT_EQ(abbreviation_role("No."), AbbreviationRole::kInner);
  EXPECT_EQ(abbreviation_role("U.S."), AbbreviationRole::kFinal);
  EXPECT_EQ(abbreviation_role("Etc."), AbbreviationRole::kFinal);
  EXPECT_EQ(abbreviation_role("dog."), AbbreviationRole::kNone);
  EXPECT_TRUE(is_sentence_starter("however"));
  EXPECT_FALSE(is_sentence_starter("police"));
}

}  // namespace
}  // namespace casebook

namespace casebook {
namespace {

// Issue 6: ASCII letters and digits are counted in a fast loop, the rest through decode_at;
// words mixing both must get the same case flags and one token each.
TEST(Tokenizer, Issue6AsciiAndUnicodeLettersCountAlike) {
  std::string_view s = "Zürich ZÜRICH zürich Émile éMILE OSCE2 x2Y ĞAZİ McDonald 30km A";
  EXPECT_EQ(texts(s), (Texts{"Zürich", "ZÜRICH", "zürich", "Émile", "éMILE", "OSCE2", "x2Y", "ĞAZİ",
                             "McDonald", "30km", "A"}));
  EXPECT_TRUE(has(find(s, "Zürich"), kCapitalized) && !has(find(s, "Zürich"), kAllCaps));
  EXPECT_TRUE(has(find(s, "ZÜRICH"), kAllCaps));
  EXPECT_TRUE(has(find(s, "zürich"), kLowerCase));
  EXPECT_TRUE(has(find(s, "Émile"), kCapitalized) && !has(find(s, "Émile"), kLowerCase));
  EXPECT_FALSE(has(find(s, "éMILE"), kCapitalized) || has(find(s, "éMILE"), kLowerCase));
  EXPECT_TRUE(has(find(s, "OSCE2"), kAllCaps));
  EXPECT_FALSE(has(find(s, "x2Y"), kLowerCase) || has(find(s, "x2Y"), kAllCaps));
  EXPECT_TRUE(has(find(s, "ĞAZİ"), kAllCaps));
  EXPECT_TRUE(has(find(s, "McDonald"), kCapitalized) && !has(find(s, "McDonald"), kAllCaps));
  EXPECT_FALSE(has(find(s, "A"), kAllCaps));  // one letter is not an acronym
}

}  // namespace
}  // namespace casebook
