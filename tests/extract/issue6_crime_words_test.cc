// Issue 6: the event finder keeps crime_word's answers for a document's words by word id
// (CrimeWords) rather than probing the table for every token of an act's sentence for each
// act. The kept answers must be the table's for every token, repeated words included, and
// names_ordinary_crime must answer the same with them. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract/law_enforcement.h"
#include "extract_test_util.h"
#include "nlp/annotated_text.h"

namespace casebook::testing {
namespace {

constexpr const char* kPage =
    "Police detained five suspects over the killing of a shopkeeper in Varno.\n\n"
    "Officers arrested Oren Talbot on suspicion of sedition and fraud.\n\n"
    "The court charged Mira Castell with murder, and police detained two more suspects.\n\n"
    "Police arrested Dario Venn for posting about the strike.";

TEST(CrimeWords, Issue6EveryTokenGetsTheTablesAnswer) {
  AnnotatedText at;
  annotate(kPage, CivilDate{}, &at);
  CrimeWords words(at);
  size_t kinds = 0;
  for (int pass = 0; pass < 2; ++pass) {  // the second pass reads only kept answers
    for (uint32_t t = 0; t < at.tokens.size(); ++t) {
      EXPECT_EQ(words.of(t), crime_word(at.lower[t])) << at.lower[t];
      if (!words.of(t).empty()) ++kinds;
    }
  }
  EXPECT_GE(kinds, 8u);  // suspects (x2), killing, sedition, fraud, murder, each twice
}

TEST(CrimeWords, Issue6OrdinaryCrimeAnswersTheSameWithKeptWords) {
  AnnotatedText at;
  annotate(kPage, CivilDate{}, &at);
  CrimeWords words(at);
  size_t ordinary = 0;
  for (const Sentence& s : at.sentences) {
    for (uint32_t end = s.first_token + 1; end <= s.end_token; ++end) {
      for (const char* type : {"arrest_detention", "prosecution", "killing"}) {
        const bool plain = names_ordinary_crime(at, type, end, s);
        EXPECT_EQ(names_ordinary_crime(at, type, end, s, &words), plain);
        ordinary += plain;
      }
    }
  }
  EXPECT_GT(ordinary, 0u);
}

TEST(CrimeWords, Issue6ThePipelineFlagsPoliceWorkOnly) {
  const Extraction suspects_x =
      extract_text("Police detained five suspects over the killing of a shopkeeper in Varno.");
  auto suspects = events_of(suspects_x, "arrest_detention");
  ASSERT_EQ(suspects.size(), 1u);
  EXPECT_TRUE(suspects[0]->law_enforcement);
  const Extraction sedition_x =
      extract_text("Officers arrested Oren Talbot on suspicion of sedition and fraud.");
  auto sedition = events_of(sedition_x, "arrest_detention");
  ASSERT_EQ(sedition.size(), 1u);
  EXPECT_FALSE(sedition[0]->law_enforcement);
}

}  // namespace
}  // namespace casebook::testing
