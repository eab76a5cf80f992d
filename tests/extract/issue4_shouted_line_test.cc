// Issue 4: "URGENT ACTION: LAWYER DETAINED" gave four organisations, each word in capitals
// read as an acronym. In a line all in capitals, an English word, a function word or a long
// word is shouted; a short unknown word ("CPJ") is still an acronym.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ShoutedLine, EnglishWordsAreNoOrganisations) {
  Extraction x = extract_text("URGENT ACTION: LAWYER DETAINED IN OUR CITY", "2024-05-10");
  for (const Entity& e : x.entities) EXPECT_NE(e.kind, "organization") << e.name;
}

TEST(Issue4ShoutedLine, AShortUnknownWordIsStillAnAcronym) {
  Extraction x = extract_text("KJD CONDEMNS ARREST OF REPORTER", "2024-05-10");
  EXPECT_NE(entity_named(x, "KJD"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
