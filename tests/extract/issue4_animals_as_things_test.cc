// Issue 4: an act done to animals is no act on people. WordNet lists "dog" and "pig" as slurs
// for a person too, but a noun whose first sense is an animal is not read as a person
// (tools/gen_wordnet.cc); and a bare plural noun that names no person, closing the phrase
// after the verb ("kill rabbits.", "torture animals in markets"), is a thing.
#include <gtest/gtest.h>

#include "extract_test_util.h"
#include "nlp/person_nouns.h"

namespace casebook {
namespace {

using testing::events_of;
using testing::extract_text;
using testing::first_victims;
using testing::has_name;

TEST(Issue4AnimalsAsThings, AnAnimalFirstNounIsNoPerson) {
  EXPECT_FALSE(is_person_noun("dog"));
  EXPECT_FALSE(is_person_noun("pig"));
  EXPECT_TRUE(is_person_noun("founder"));
  EXPECT_TRUE(is_person_noun("farmer"));
}

TEST(Issue4AnimalsAsThings, ActsOnAnimalsAreNoActs) {
  Extraction x = extract_text("Hunters tortured the foxes in the barn.");
  EXPECT_TRUE(events_of(x, "torture_ill_treatment").empty());
  Extraction y = extract_text("Each spring the hunters kill rabbits.");
  EXPECT_TRUE(events_of(y, "killing").empty());
}

TEST(Issue4AnimalsAsThings, ActsOnPeopleStay) {
  Extraction x = extract_text("Police tortured detainees in the cells of the station.");
  EXPECT_TRUE(has_name(first_victims(x, "torture_ill_treatment"), "detainees"));
  Extraction y = extract_text("Soldiers killed dozens of farmers in the north.");
  EXPECT_FALSE(events_of(y, "killing").empty());
  Extraction z = extract_text("Someone mailed threatening letters to the editor Rui Costa.");
  EXPECT_FALSE(events_of(z, "threat_intimidation").empty());
}

}  // namespace
}  // namespace casebook
