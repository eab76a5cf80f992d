// Issue 4: a testimony told in the first person often names its teller only in its head:
// "Statement by Aida Temirova, lawyer, Osh, 9 June 2025", "Testimony of ...", or an opinion
// piece's by-line "By Aida Temirova". Her relatives ("my father", "my brother Jasur") are
// then tied to her by name, so her case can be found from her side. A name in the head that is
// not the author's ("Relatives of Aida Temirova detained") leaves the narrator unnamed.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

const char kBody[] =
    "I left the country in 2022 after I defended farmers in court.\n\n"
    "In May my father was detained for two days. My brother Jasur was stopped at the border.\n\n"
    "I ask the authorities to leave my family alone.";

TEST(Issue4NarratorNamedInTheHead, AStatementBy) {
  Extraction x = extract_text(
      std::string("Statement by Aida Temirova, human rights lawyer, Osh, 9 June 2025\n\n") + kBody);
  EXPECT_TRUE(has_relation(x, "Jasur", "brother", "Aida Temirova"));
  EXPECT_EQ(entity_named(x, "the narrator"), nullptr);
}

TEST(Issue4NarratorNamedInTheHead, AByline) {
  Extraction x =
      extract_text(std::string("My family pays for my work\nBy Aida Temirova\n\n") + kBody);
  EXPECT_TRUE(has_relation(x, "Jasur", "brother", "Aida Temirova"));
}

TEST(Issue4NarratorNamedInTheHead, ANameThatIsNotTheAuthors) {
  Extraction x = extract_text(std::string("Relatives of Aida Temirova detained\n\n") + kBody);
  EXPECT_FALSE(has_relation(x, "Jasur", "brother", "Aida Temirova"));
  EXPECT_TRUE(has_relation(x, "Jasur", "brother", "the narrator"));
}

}  // namespace
}  // namespace casebook::testing
