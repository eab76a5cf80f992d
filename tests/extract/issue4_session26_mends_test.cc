// Issue 4: mends after the re-run of the repros of sessions 22 to 26. "X, an editor at Y
// Z, who was himself detained": the one detained is X, though the outlet's name reads like a
// person's. "removed in 2019 and sentenced to eight years in prison in 2021": the time after
// the term dates the sentence. "The bishop's lawyer, Y" ties Y to no bishop the text names
// only later. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Session26Mends, PersonBeforeAnEmployerNamedLikeAPerson) {
  Extraction x = extract_text(
      "Among them was Deniz Aksoy, an editor at Yeni Ufuk, who was himself detained last year.",
      "2024-05-10");
  EXPECT_EQ(first_victims(x, "arrest_detention"), std::vector<std::string>{"Deniz Aksoy"});
}

TEST(Issue4Session26Mends, TimeAfterTheTermDatesTheSentence) {
  Extraction x = extract_text(
      "Hakan Eren was removed in 2019 and sentenced to eight years in prison in 2021.");
  EXPECT_EQ(date_of_only(x, "prosecution"), "2021");
}

TEST(Issue4Session26Mends, RoleNamedOnlyLaterIsNoClient) {
  Extraction x = extract_text(
      "Police arrested Bishop Anselmo Ruiz. The bishop's lawyer, Clara Ibarra, was turned away. "
      "Another bishop, Mateo Salas, lives in Madrid.");
  EXPECT_FALSE(has_relation(x, "Clara Ibarra", "lawyer_of", "Mateo Salas"));
}

}  // namespace
}  // namespace casebook::testing
