// Issue 4: organisation names read whole ("State Security Service", "Daily Mail"), without
// the person before "of" ("Lucia Ferro of Human Rights Watch") or a sentence's opening verb
// form or preposition ("According to ...", "From the ...").
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::entity_named;
using testing::extract_text;

bool some_name_contains(const Extraction& x, const std::string& part) {
  for (const Entity& e : x.entities) {
    if (e.name.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(Issue4OrgNames, AHeadWordMayHeadAnother) {
  Extraction x = extract_text("Officers of the State Security Service searched the office.");
  const Entity* body = entity_named(x, "State Security Service");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->kind, "state_actor");
  EXPECT_NE(entity_named(extract_text("She writes for the Daily Mail."), "Daily Mail"), nullptr);
  // One head stays one name: "the Interior Ministry" is not lengthened.
  EXPECT_NE(entity_named(extract_text("The officials of the Interior Ministry said so."),
                         "Interior Ministry"),
            nullptr);
}

TEST(Issue4OrgNames, PersonBeforeOfIsNoPartOfTheOrganisation) {
  Extraction x = extract_text("Lucia Ferro of Human Rights Watch was questioned by police.");
  EXPECT_NE(entity_named(x, "Lucia Ferro", "person"), nullptr);
  EXPECT_NE(entity_named(x, "Human Rights Watch"), nullptr);
  EXPECT_FALSE(some_name_contains(x, "Ferro of"));
  // A name that is an organisation's own keeps its "of": "Party of Regions".
  EXPECT_NE(
      entity_named(extract_text("He joined the Party of Regions in 2004."), "Party of Regions"),
      nullptr);
}

TEST(Issue4OrgNames, OpeningVerbFormOrPrepositionIsNoPartOfTheName) {
  Extraction x = extract_text("According to Human Rights Watch, he was detained in May.");
  EXPECT_NE(entity_named(x, "Human Rights Watch"), nullptr);
  EXPECT_FALSE(some_name_contains(x, "According"));
  Extraction y = extract_text("From the Uyghur Human Rights Project came a statement.");
  EXPECT_NE(entity_named(y, "Uyghur Human Rights Project"), nullptr);
  EXPECT_FALSE(some_name_contains(y, "From"));
}

}  // namespace
}  // namespace casebook
