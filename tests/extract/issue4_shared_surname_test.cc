// Issue 4: an exile and the relatives held for them often share a surname. A relative is
// introduced by a kinship noun ("his brother, X", "X, the brother of Y,") and then called by it
// or in full, so the surname alone is the sharer who was not introduced as someone's relative.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::entity_named;
using testing::extract_text;

// How many of the person's mentions are written exactly `text`.
size_t mentions_written(const Extraction& x, const std::string& name, const std::string& text) {
  const Entity* p = entity_named(x, name, "person");
  if (p == nullptr) return 0;
  size_t n = 0;
  for (const Span& m : p->mentions) n += m.text == text;
  return n;
}

TEST(Issue4SharedSurname, TheSurnameAloneIsNotTheRelativeIntroducedByKin) {
  Extraction x = extract_text(
      "Police in Mary detained the exiled blogger Arslan Begov's relatives on Friday. His "
      "cousin, Merdan Begov, was taken from his shop. Begov, who lives in Vilnius, said the "
      "arrests were revenge.");
  EXPECT_EQ(mentions_written(x, "Arslan Begov", "Begov"), 1u);
  EXPECT_EQ(mentions_written(x, "Merdan Begov", "Begov"), 0u);
}

// "X, the brother of Y,": the relative named first, with the kinship noun after the name.
TEST(Issue4SharedSurname, AKinshipNounAfterTheNameMarksTheRelativeToo) {
  Extraction x = extract_text(
      "Police arrested Dr. Lucia Ferreira at her clinic on Friday. On Monday, in a statement, "
      "Tomas Ferreira, the brother of the surgeon, said officers took her at dawn. In court, "
      "Ferreira denied the charges.");
  EXPECT_EQ(mentions_written(x, "Lucia Ferreira", "Ferreira"), 1u);
  EXPECT_EQ(mentions_written(x, "Tomas Ferreira", "Ferreira"), 0u);
}

TEST(Issue4SharedSurname, WithoutAKinshipNounTheNearestStillDecides) {
  Extraction x = extract_text(
      "The lawyers Arslan Begov and Merdan Begov were disbarred in May. Merdan Begov appealed "
      "on Monday. Begov said the ruling was unjust.");
  EXPECT_EQ(mentions_written(x, "Merdan Begov", "Begov"), 1u);
}

}  // namespace
}  // namespace casebook
