// Issue 4: senses that are no acts on a person. Threatening an abstract thing ("guilty of
// threatening state order") threatens no one; questioning whether something is right is a
// doubt, not an interrogation; a scathing or verbal attack is words, not violence.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4DoubtsAndWords, ThreateningAnAbstractThingThreatensNoOne) {
  Extraction x =
      extract_text("The court found Sami Aziz guilty of threatening state order with his posts.");
  EXPECT_TRUE(events_of(x, "threat_intimidation").empty());
  EXPECT_FALSE(events_of(x, "prosecution").empty());
  Extraction y = extract_text("Masked men threatened the editor Sami Aziz outside his home.");
  EXPECT_TRUE(has_name(first_victims(y, "threat_intimidation"), "Sami Aziz"));
}

TEST(Issue4DoubtsAndWords, QuestioningWhetherIsADoubt) {
  Extraction x = extract_text("The union questioned whether the police acted lawfully.");
  EXPECT_TRUE(events_of(x, "interrogation").empty());
  Extraction y = extract_text("Police questioned the teacher Sami Aziz for six hours.");
  EXPECT_TRUE(has_name(first_victims(y, "interrogation"), "Sami Aziz"));
}

TEST(Issue4DoubtsAndWords, AScathingAttackIsWords) {
  Extraction x = extract_text("The mayor answered the columnist's scathing attack on his budget.");
  EXPECT_TRUE(events_of(x, "assault").empty());
  Extraction y = extract_text("Sami Aziz was injured in an attack on his car in Mosul.");
  EXPECT_FALSE(events_of(y, "assault").empty());
}

}  // namespace
}  // namespace casebook
