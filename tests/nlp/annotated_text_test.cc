// Tests for the annotator's lower-cased forms: ASCII tokens are lowered in place, the rest by
// lower(); both must give what lower() gives, token by token.
#include "nlp/annotated_text.h"

#include <gtest/gtest.h>

#include <string>

#include "nlp/lemmatizer.h"
#include "nlp/tokenizer.h"

namespace casebook {
namespace {

TEST(AnnotatedTextTest, Issue6LowerFormsMatchLowerForEveryToken) {
  const std::string text =
      "POLICE Detained 3 Reporters in Zürich; ÉMILE and İlker (AB-12) were FREED on Monday. "
      "Ülkü's lawyer said: \"We APPEAL.\" ΑΘΗΝΑ, Москва — ok";
  AnnotatedText a;
  annotate(text, CivilDate{2024, 3, 1}, &a);
  ASSERT_GT(a.tokens.size(), 20u);
  std::string buf;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_EQ(a.lower[i], lower(a.token_text(i), &buf)) << a.token_text(i);
  }
  EXPECT_EQ(a.lower[0], "police");
}

// The text is lowered 8 bytes at a time: every letter and the bytes next to 'A' and 'Z'
// ('@', '[', '`', '{'), at every offset from the 8-byte blocks, next to non-ASCII letters.
TEST(AnnotatedTextTest, Issue6WordLowerFormsAtEveryOffset) {
  std::string text;
  const std::string words[] = {"ABCDEFGHIJKLM", "NOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz",
                               "Z@Y[X`W{V",     "ÀÉÎÕÜ",         "AÀa",
                               "QUIET",         "Élan",          "x"};
  for (int pad = 0; pad < 9; ++pad) {
    text += std::string(pad, ' ');
    for (const std::string& w : words) text += w + " ";
    text += "\n";
  }
  AnnotatedText a;
  annotate(text, CivilDate{2024, 3, 1}, &a);
  ASSERT_GT(a.tokens.size(), 60u);
  std::string buf;
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    EXPECT_EQ(a.lower[i], lower(a.token_text(i), &buf)) << a.token_text(i);
  }
}

// Each distinct word is lemmatised once and its id reused: every token must still get what
// the lemmatiser gives for it alone, ids must name exactly the token's forms, and a lemma
// equal to the word must view the token's own text.
TEST(AnnotatedTextTest, Issue6WordIdsAndLemmasMatchTokenByToken) {
  const std::string text =
      "Police detained the reporters. The reporters were detained again; police DETAINED "
      "two more reporters, and the detention of reporters went on. Police said police "
      "detain reporters who report. 12 12 (12) news news NEWS arrests arrested arrest.";
  AnnotatedText a;
  annotate(text, CivilDate{2024, 3, 1}, &a);
  ASSERT_GT(a.tokens.size(), 40u);
  ASSERT_EQ(a.lower_id.size(), a.tokens.size());
  ASSERT_EQ(a.verb_id.size(), a.tokens.size());
  ASSERT_EQ(a.noun_id.size(), a.tokens.size());
  const Lemmatizer& lem = Lemmatizer::instance();
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    SCOPED_TRACE(std::string(a.token_text(i)));
    EXPECT_EQ(a.words[a.lower_id[i]], a.lower[i]);
    EXPECT_EQ(a.words[a.verb_id[i]], a.verb_lemma[i]);
    EXPECT_EQ(a.words[a.noun_id[i]], a.noun_lemma[i]);
    if (a.tokens[i].kind != TokenKind::kWord) {
      EXPECT_EQ(a.verb_lemma[i].data(), a.lower[i].data());
      continue;
    }
    std::string_view verb, noun;
    lem.lemmas(a.lower[i], &verb, &noun);
    EXPECT_EQ(a.verb_lemma[i], verb);
    EXPECT_EQ(a.noun_lemma[i], noun);
    // The token's own text exactly when the lemma is the word itself (since issue 6's
    // LemmaInWord also when the lemmatiser's tables gave the same bytes elsewhere).
    const auto own_text = [&](std::string_view lemma) {
      return lemma.data() == a.lower[i].data() && lemma.size() == a.lower[i].size();
    };
    EXPECT_EQ(own_text(a.verb_lemma[i]), verb == a.lower[i]);
    EXPECT_EQ(own_text(a.noun_lemma[i]), noun == a.lower[i]);
  }
  // One id per distinct form: equal ids exactly when equal strings.
  for (size_t i = 0; i < a.tokens.size(); ++i) {
    for (size_t j = 0; j < a.tokens.size(); ++j) {
      EXPECT_EQ(a.lower_id[i] == a.lower_id[j], a.lower[i] == a.lower[j]);
      EXPECT_EQ(a.verb_id[i] == a.lower_id[j], a.verb_lemma[i] == a.lower[j]);
    }
  }
  for (size_t k = 0; k < a.words.size(); ++k) {
    for (size_t m = k + 1; m < a.words.size(); ++m) EXPECT_NE(a.words[k], a.words[m]);
  }
  // A second document starts its ids over.
  AnnotatedText b;
  annotate("Reporters detained.", CivilDate{2024, 3, 1}, &b);
  EXPECT_EQ(b.lower_id[0], 0u);
  EXPECT_EQ(b.words[0], "reporters");
}

TEST(AnnotatedTextTest, TokenAtFindsTheTokenABytePositionStarts) {
  AnnotatedText a;
  std::string text = "Police detained Ana Lima.";
  annotate(text, CivilDate{}, &a);
  ASSERT_GE(a.tokens.size(), 5u);
  EXPECT_EQ(a.token_at(0), 0u);
  EXPECT_EQ(a.token_at(7), 1u);                   // "detained" starts at byte 7
  EXPECT_EQ(a.token_text(a.token_at(8)), "Ana");  // inside a token: the next one
  EXPECT_EQ(a.token_at(static_cast<uint32_t>(text.size())), a.tokens.size());
}

}  // namespace
}  // namespace casebook
