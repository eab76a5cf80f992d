// Tests for the annotator's lower-cased forms: ASCII tokens are lowered in place, the rest by
// lower(); both must give what lower() gives, token by token.
#include "nlp/annotated_text.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace casebook
