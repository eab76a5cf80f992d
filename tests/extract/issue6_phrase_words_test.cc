// Issue 6: the event finder tried every phrase row filed under a token's forms with
// match_phrase (~23,000 tries on 30 pages, most of them failing, many only after trying every
// width of a gap). It now first asks whether each word of the phrase after its first is the
// lemma of some token of the sentence, on word ids (TriggerLexicon::phrase_later_words, the
// ids looked up once per row and document): a phrase missing one cannot match inside the
// sentence. The lexicon's words must be the pattern's, and phrases must still be found where
// their words are, a country's name read as "country" among them. Sentences and names written
// for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_hash.h"
#include "extract_test_util.h"
#include "nlp/lemmatizer.h"
#include "nlp/trigger_lexicon.h"

namespace casebook::testing {
namespace {

bool negation(std::string_view w) {
  return w == "not" || w == "never" || w == "cannot" || w.ends_with("n't") ||
         w.ends_with("n\u2019t");
}

// The later words of a row read again from its words: every word after the first that is no
// gap and no negation, with its distinct forms (as written, verb lemma, noun lemma).
std::vector<std::vector<std::string_view>> later_words_of(const TriggerEntry& e) {
  const Lemmatizer& lem = Lemmatizer::instance();
  std::vector<std::vector<std::string_view>> out;
  for (size_t i = 1; i < e.words.size(); ++i) {
    const std::string_view w = e.words[i];
    if (w == "*" || w == "**" || negation(w)) continue;
    std::vector<std::string_view> forms;
    for (std::string_view f : {w, lem.lemma(w, Pos::kVerb), lem.lemma(w, Pos::kNoun)}) {
      if (std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
    }
    out.push_back(forms);
  }
  return out;
}

TEST(PhraseWords, Issue6EveryPhraseRowsLaterWordsAreItsPatterns) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  size_t phrases = 0, with_gap = 0, inflected = 0;
  for (const TriggerEntry& e : lex.entries()) {
    std::vector<std::vector<std::string_view>> got;
    for (const PhraseWordForms& w : lex.phrase_later_words(e)) {
      ASSERT_GE(w.count, 1u);
      ASSERT_LE(w.count, 3u);
      std::vector<std::string_view> forms(w.forms, w.forms + w.count);
      for (uint32_t f = 0; f < w.count; ++f) {
        EXPECT_EQ(w.hashes[f], short_string_hash(w.forms[f])) << e.text;
      }
      inflected += w.count > 1;
      got.push_back(forms);
    }
    EXPECT_EQ(got, later_words_of(e)) << e.text;
    if (e.pos == "phrase") {
      ++phrases;
      with_gap += e.text.find('*') != std::string_view::npos;
    } else {
      EXPECT_TRUE(got.empty()) << e.text;
    }
  }
  EXPECT_GT(phrases, 500u);
  EXPECT_GT(with_gap, 100u);
  EXPECT_GT(inflected, 0u);
  // A row the lexicon does not hold has none.
  TriggerEntry outside;
  outside.pos = "phrase";
  outside.words = {"take", "into", "custody"};
  EXPECT_TRUE(lex.phrase_later_words(outside).empty());
}

bool has_event(const Extraction& x, std::string_view type, std::string_view trigger) {
  for (const Event& ev : x.events) {
    if (ev.type == type && ev.trigger.text == trigger) return true;
  }
  return false;
}

std::string events_of(const Extraction& x) {
  std::string out;
  for (const Event& ev : x.events) out += ev.type + " \"" + ev.trigger.text + "\"; ";
  return out;
}

TEST(PhraseWords, Issue6PhrasesAreFoundWhereTheirWordsAre) {
  // A phrase ending in "country" where the text names the country: build_lemmas reads
  // "Iran" as "country" for the phrases, and the word "country" is nowhere in the page.
  const Extraction ban = extract_text(
      "Rafael Ortiz spoke to reporters in Madrid on Monday.\n\n"
      "Ana Lima was prevented from leaving Iran in May.");
  EXPECT_TRUE(has_event(ban, "travel_ban", "prevented from leaving Iran")) << events_of(ban);
  // A long gap, in the third sentence of its page (the sentence marks are the sentence's own).
  const Extraction camp = extract_text(
      "Rafael Ortiz spoke to reporters in Madrid on Monday. He said nothing more.\n\n"
      "Ana Lima was taken to a vocational training centre in Kashgar in 2018.");
  EXPECT_TRUE(has_event(camp, "arrest_detention", "taken to a vocational training centre"))
      << events_of(camp);
  // A gap, in the first sentence of its page.
  const Extraction custody =
      extract_text("Officers took Ana Lima into custody on Friday. Her lawyers were not told.");
  EXPECT_TRUE(has_event(custody, "arrest_detention", "took Ana Lima into custody"))
      << events_of(custody);
}

TEST(PhraseWords, Issue6APhrasesWordInTheNextSentenceMakesNoMatch) {
  // "take to ** centre": the centre is in the next sentence, so no detention is read from the
  // phrase; with the centre in the same sentence it is.
  const Extraction apart = extract_text(
      "Officers took Ana Lima to a hospital in Kashgar on Monday. The centre was closed.");
  for (const Event& ev : apart.events) {
    EXPECT_EQ(ev.trigger.text.find("centre"), std::string::npos) << events_of(apart);
  }
}

}  // namespace
}  // namespace casebook::testing
