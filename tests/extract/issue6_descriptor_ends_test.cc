// Issue 6: a person known by a role noun ("a journalist", "a human rights defender", "an
// elderly woman") is still found now that the common-mention reader refuses most tokens on a
// table of which tokens may end a descriptor: role phrases of one, two and three words, a
// plain person noun, and a descriptor that ends the text. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::entity_named;
using testing::extract_text;

bool person_named(const std::string& text, const std::string& name) {
  const Extraction x = extract_text(text);
  return entity_named(x, name, "person") != nullptr;
}

TEST(DescriptorEnds, Issue6RolePhrasesOfOneTwoAndThreeWords) {
  EXPECT_TRUE(person_named("Police detained a journalist outside the court.", "journalist"));
  EXPECT_TRUE(
      person_named("Police detained an opposition activist at home.", "opposition activist"));
  EXPECT_TRUE(person_named("Police detained a prominent human rights defender in the capital.",
                           "human rights defender"));
}

TEST(DescriptorEnds, Issue6PlainPersonNoun) {
  EXPECT_TRUE(person_named("Officers beat an elderly woman during the raid.", "woman"));
}

TEST(DescriptorEnds, Issue6DescriptorAtTheVeryEndOfTheText) {
  // The last token ends the descriptor: the table's entries past the end must read as none.
  EXPECT_TRUE(person_named("Later they questioned a journalist", "journalist"));
  EXPECT_TRUE(
      person_named("Later they questioned a human rights defender", "human rights defender"));
}

TEST(DescriptorEnds, Issue6NoDescriptorWithoutARoleWord) {
  const Extraction x = extract_text("Police detained a large crowd outside the court.");
  EXPECT_EQ(entity_named(x, "crowd", "person"), nullptr);
}

}  // namespace
}  // namespace casebook
