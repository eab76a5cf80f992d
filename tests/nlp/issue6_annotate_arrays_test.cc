// Issue 6: the annotator's loop over every token (intern_and_lemmatize) stores each token's id,
// lemmas and lemma ids. It wrote them through `out`, and a stored lemma (a pointer) may alias
// any vector's data pointer as far as GCC knows, so every array was loaded again for each
// token; the loop now reads and writes the arrays through locals taken before it. Each token's
// entries must be the same: its lower-cased word's id, its verb and noun lemma as the
// lemmatiser gives them (a token that is no word is its own lemma), and their ids. Sentences
// and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "nlp/annotated_text.h"
#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

void expect_token_arrays(const std::string& text) {
  AnnotatedText at;
  annotate(text, CivilDate{}, &at);
  const Lemmatizer& lem = Lemmatizer::instance();
  const size_t n = at.tokens.size();
  ASSERT_GT(n, 20u);
  ASSERT_EQ(at.lower_id.size(), n);
  ASSERT_EQ(at.verb_lemma.size(), n);
  ASSERT_EQ(at.noun_lemma.size(), n);
  ASSERT_EQ(at.verb_id.size(), n);
  ASSERT_EQ(at.noun_id.size(), n);
  for (size_t t = 0; t < n; ++t) {
    const std::string_view lower = at.lower[t];
    ASSERT_LT(at.lower_id[t], at.words.size());
    EXPECT_EQ(at.words[at.lower_id[t]], lower) << t;
    if (at.tokens[t].kind == TokenKind::kWord) {
      EXPECT_EQ(at.verb_lemma[t], lem.lemma(lower, Pos::kVerb)) << lower;
      EXPECT_EQ(at.noun_lemma[t], lem.lemma(lower, Pos::kNoun)) << lower;
    } else {
      EXPECT_EQ(at.verb_lemma[t], lower) << t;
      EXPECT_EQ(at.noun_lemma[t], lower) << t;
    }
    ASSERT_LT(at.verb_id[t], at.words.size());
    ASSERT_LT(at.noun_id[t], at.words.size());
    EXPECT_EQ(at.words[at.verb_id[t]], at.verb_lemma[t]) << lower;
    EXPECT_EQ(at.words[at.noun_id[t]], at.noun_lemma[t]) << lower;
  }
}

TEST(AnnotateArrays, Issue6EachTokensIdsAndLemmasAreTheLemmatisers) {
  expect_token_arrays(
      "Police detained Ivo Marek, 44, and his children in Minsk on 3 May 2021. The officers "
      "said the arrests were lawful; relatives feared he was being beaten. “We were searched,” "
      "the families said. Detentions, searches and raids followed on 4 May.");
  // The same words again, on a second page: the lemmas come from the cache this time.
  expect_token_arrays(
      "The families said police detained Ivo Marek and beat his children. Officers searched the "
      "flat; the raids followed, and the arrests went on into the night of 5 May 2021.");
}

// Each token's lower-cased form is lower()'s of its text, on pages with other letters (lowered
// into the buffer's tail) and plain ASCII (the lowered text itself).
TEST(AnnotateArrays, Issue6EachTokensLowerCasedFormIsLowers) {
  for (const std::string text :
       {std::string("Police detained ÉMILE Dubois, ÇA and Ivo Marek in Zürich; the ÖVP said NO."),
        std::string("POLICE Detained Ivo MAREK in Minsk, and THE Officers said so."),
        std::string("Наталья Иванова was detained in Москва on 3 May 2021 by the POLICE.")}) {
    AnnotatedText at;
    annotate(text, CivilDate{}, &at);
    ASSERT_EQ(at.lower.size(), at.tokens.size());
    std::string buf;
    for (size_t t = 0; t < at.tokens.size(); ++t) {
      EXPECT_EQ(at.lower[t], lower(at.token_text(t), &buf)) << at.token_text(t);
    }
  }
}

// The change itself: the loops write through the locals, not through `out`.
TEST(AnnotateArrays, Issue6TheLoopWritesThroughLocals) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/src/nlp/annotated_text.cc");
  ASSERT_TRUE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string cc = ss.str();
  const size_t at = cc.find("void intern_and_lemmatize(");
  ASSERT_NE(at, std::string::npos);
  const std::string body = cc.substr(at, cc.find("\n}\n", at) - at);
  EXPECT_NE(body.find("verb_lemmas[i] = w.verb_self ? lower : w.verb;"), std::string::npos);
  EXPECT_EQ(body.find("out->verb_lemma[i] ="), std::string::npos);
  EXPECT_EQ(body.find("out->tokens[i]"), std::string::npos);
  const size_t at2 = cc.find("void annotate(std::string_view text");
  ASSERT_NE(at2, std::string::npos);
  const std::string annotate_body = cc.substr(at2, cc.find("\n}\n", at2) - at2);
  EXPECT_NE(annotate_body.find("lowers[i] = std::string_view(lowered + spans[i].first"),
            std::string::npos);
  EXPECT_EQ(annotate_body.find("out->lower[i] ="), std::string::npos);
}

}  // namespace
}  // namespace casebook
