// Issue 6: names_ordinary_crime read every token of an act's sentence, twice, for each justice
// act in it, though most words have no crime kind. It now reads the sentence's tokens with a
// kind (CrimeWords::in_sentence, kept for the sentence last asked). The answers must be those
// of the token-by-token reading, kept here as the reference, for every trigger end of every
// sentence, with the document's CrimeWords asked in any order of sentences and without it.
// Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/law_enforcement.h"
#include "nlp/annotated_text.h"

namespace casebook::testing {
namespace {

// The token-by-token reading the change replaced: names_ordinary_crime before it, reading
// crime_word for every token of the sentence.
bool charge_before_of(const AnnotatedText& at, uint32_t k, uint32_t act_end) {
  if (k == act_end) return true;
  // "found guilty on Friday of", "convicted Dario Pelk, 52, of", "accused them of": a time,
  // a name with an age, or an object pronoun between is passed over.
  auto passed_over = [&](uint32_t t) {
    std::string_view w = at.lower[t];
    const bool age =
        at.tokens[t].kind == TokenKind::kNumber ||
        (w == "," && ((t > 0 && at.tokens[t - 1].kind == TokenKind::kNumber) ||
                      (t + 1 < at.tokens.size() && at.tokens[t + 1].kind == TokenKind::kNumber)));
    return at.in_time[t] || w == "him" || w == "her" || w == "them" || age ||
           (at.tokens[t].kind == TokenKind::kWord && !at.has(t, kLowerCase));
  };
  uint32_t before = k;
  while (before > act_end && passed_over(before - 1)) --before;
  if (before == act_end) return true;
  std::string_view w = at.lower[before - 1];
  return w == "charge" || w == "charges" || w == "count" || w == "counts" || w == "suspicion" ||
         w == "guilty" || w == "innocent" || w == "accused" || w == "convicted" ||
         w == "suspected" || w == "accusation" || w == "accusations" || w == "allegation" ||
         w == "allegations" || w == "case" || w == "cases" || w == "conspiracy" || w == "crime" ||
         w == "crimes";
}

bool reference(const AnnotatedText& at, std::string_view type, uint32_t trigger_end,
               const Sentence& s) {
  if (!is_justice_type(type)) return false;
  auto kind_at = [&](uint32_t t) { return crime_word(at.lower[t]); };
  const uint32_t end = trigger_end;
  // "arrested on suspicion of sedition and fraud": a political charge makes it repression
  // whatever ordinary crime is named beside it.
  for (uint32_t t = s.first_token; t < s.end_token && t <= end + 24; ++t) {
    if (kind_at(t) == "political") return false;
  }
  // "police were investigating the killing": the crime is what is investigated.
  if (at.verb_lemma[end - 1] == "investigate" || at.noun_lemma[end - 1] == "investigation") {
    for (uint32_t t = end; t < s.end_token && t <= end + 3; ++t) {
      if (kind_at(t) == "crime") return true;
    }
  }
  // "detained five people, including a surgeon, over the killing of a reporter": the crime
  // follows the act within the sentence, led by "for", "with", "over", "in connection with".
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    std::string_view kind = kind_at(t);
    if (kind == "suspect") return true;
    if (kind == "crime" && t >= end && t <= end + 24) {
      // "detained for her columns and not for bribery": a crime denied is no reason.
      if (t > 0 && at.lower[t - 1] == "not") continue;
      if (t > 1 && at.lower[t - 2] == "not" && at.lower[t - 1] == "for") continue;
      if (t > 2 && at.lower[t - 3] == "not" && at.lower[t - 2] == "for") continue;
      for (uint32_t k = t > end + 8 ? t - 4 : end; k < t; ++k) {
        std::string_view w = at.lower[k];
        // Far from the act ("arrested the owner of a bakery on the main square, his brothers
        // and a cousin for fraud") only "for" still ties the crime to it: not "... and
        // residents spoke of harassment".
        if (t > end + 16) {
          if (w == "for") return true;
          continue;
        }
        if (w == "for" || w == "with" || w == "over" || w == "connection") return true;
        if (w == "of" && charge_before_of(at, k, end)) return true;
        // "found guilty in the kidnapping of", "arrested in the Friday slaying": right
        // before the crime, not "arrested in protests against the killing".
        // Not a date ("the arrest of X on Saturday, killing four": the killing is the
        // shooting's, a clause of its own after the comma).
        const bool dated = k + 1 < t && at.in_time[k + 1];
        if (w == "in" && t - k <= 2 && !dated) return true;
        // "indicted on murder charges", "held on kidnapping and arson charges".
        if (w == "on" && t - k <= 3 && !dated) return true;
      }
    }
  }
  return false;
}

constexpr const char* kPage =
    "Police detained five suspects over the killing of a shopkeeper in Varno.\n\n"
    "Officers arrested Oren Talbot on suspicion of sedition and fraud.\n\n"
    "The court charged Mira Castell with murder, and police detained two more suspects.\n\n"
    "Police arrested Dario Venn for posting about the strike.\n\n"
    "Police were investigating the murder of Ana Pell, and officers detained her neighbour.\n\n"
    "Officers detained Ivo Marek for his columns and not for bribery, his lawyer said.\n\n"
    "The prosecutor indicted three men on murder charges and arrested a fourth for theft in "
    "Varno on Monday, after a long investigation of the robbery and the kidnapping.";

TEST(CrimeList, Issue6TheSentencesCrimeWordsAreTheScans) {
  AnnotatedText at;
  annotate(kPage, CivilDate{}, &at);
  CrimeWords words(at);
  size_t listed = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < at.sentences.size(); ++k) {
      // The second pass asks the sentences from the last, so each answer is built again.
      const Sentence& s = at.sentences[pass == 0 ? k : at.sentences.size() - 1 - k];
      std::vector<std::pair<uint32_t, std::string_view>> scan, got;
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        if (!crime_word(at.lower[t]).empty()) scan.emplace_back(t, crime_word(at.lower[t]));
      }
      for (const CrimeAt& c : words.in_sentence(s)) got.emplace_back(c.token, c.kind);
      EXPECT_EQ(got, scan);
      listed += got.size();
    }
  }
  EXPECT_GE(listed, 20u);
}

TEST(CrimeList, Issue6OrdinaryCrimeAnswersAsTheTokenByTokenReading) {
  AnnotatedText at;
  annotate(kPage, CivilDate{}, &at);
  ASSERT_GE(at.sentences.size(), 7u);
  CrimeWords words(at);
  size_t yes = 0, no = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < at.sentences.size(); ++k) {
      const Sentence& s = at.sentences[pass == 0 ? k : at.sentences.size() - 1 - k];
      for (uint32_t end = s.first_token + 1; end <= s.end_token; ++end) {
        for (const char* type : {"arrest_detention", "prosecution", "killing"}) {
          const bool kept = names_ordinary_crime(at, type, end, s, &words);
          EXPECT_EQ(names_ordinary_crime(at, type, end, s), kept);
          EXPECT_EQ(kept, reference(at, type, end, s)) << at.lower[end - 1] << " " << type;
          yes += kept;
          no += !kept && is_justice_type(type);
        }
      }
    }
  }
  EXPECT_GT(yes, 10u);
  EXPECT_GT(no, 10u);
}

}  // namespace
}  // namespace casebook::testing
