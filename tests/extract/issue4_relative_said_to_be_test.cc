// Issue 4: "Anna Lind is the wife of Ivo Marek. She was banned from leaving" made an unnamed
// "spouse of Ivo Marek" the one banned, apart from Anna Lind. The subject a copula says is a
// relative is that relative. Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4RelativeSaidToBe, TheSubjectIsTheRelative) {
  Extraction x = extract_text(
      "Anna Lind is the wife of Ivo Marek. She was banned from leaving the country.");
  EXPECT_TRUE(has_relation(x, "Anna Lind", "spouse", "Ivo Marek"));
  EXPECT_EQ(first_victims(x, "travel_ban"), std::vector<std::string>{"Anna Lind"});
  x = extract_text(
      "Omar Tesh was the brother of the exiled blogger Ivo Marek. Police detained him.");
  EXPECT_TRUE(has_relation(x, "Omar Tesh", "brother", "Ivo Marek"));
}

TEST(Issue4RelativeSaidToBe, OnlyTheNameThatOpensTheSentence) {
  // Omar Tesh ends the subject phrase but is not its head: the lawyer is the wife.
  Extraction x = extract_text("The lawyer of Omar Tesh is the wife of Ivo Marek.");
  EXPECT_FALSE(has_relation(x, "Omar Tesh", "spouse", "Ivo Marek"));
}

}  // namespace
}  // namespace casebook::testing
