// Issue 6: the gazetteer's name slots carry the top bits of the name's hash beside the group's
// index, so a lookup of a word that is no place reads no other name's group when the bits
// differ, and names are hashed with the lexicons' short_string_hash. The frozen table and the
// one loaded from the TSVs must tag alike and answer alike. Phrases chosen for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/string_hash.h"
#include "nlp/gazetteer.h"
#include "nlp/gazetteer_impl.h"

namespace casebook {
namespace {

using Impl = Gazetteer::Impl;

TEST(PlaceSlotTags, Issue6NamesAreHashedAsTheLexiconsHashWords) {
  for (std::string_view s : {"", "Paris", "New York", "the Netherlands", "Kŭlob", "X"}) {
    EXPECT_EQ(place_name_hash(s), short_string_hash(s)) << s;
  }
}

TEST(PlaceSlotTags, Issue6TheIndexTakesTheBitsItNeedsAndTheTagTheRest) {
  EXPECT_EQ(Impl::index_bits_for(0), 1u);
  EXPECT_EQ(Impl::index_bits_for(1), 1u);
  EXPECT_EQ(Impl::index_bits_for(2), 2u);
  EXPECT_EQ(Impl::index_bits_for(47944), 16u);
  EXPECT_EQ(Impl::index_bits_for(65535), 16u);
  EXPECT_EQ(Impl::index_bits_for(65536), 17u);
  EXPECT_EQ(Impl::index_bits_for(size_t{1} << 40), 31u);
  const uint64_t h = 0xfedcba9876543210ull;
  for (uint32_t bits : {1u, 16u, 17u, 31u}) {
    const uint32_t index = (uint32_t{1} << bits) - 1;  // the largest index + 1 that fits
    const uint32_t slot = Impl::tagged_slot(index, h, bits);
    EXPECT_EQ(slot & ((uint32_t{1} << bits) - 1), index) << bits;
    EXPECT_EQ(slot >> bits, Impl::slot_tag(h, bits)) << bits;
    EXPECT_EQ(Impl::slot_tag(h, bits), 0xfedcba98u >> bits) << bits;
  }
}

TEST(PlaceSlotTags, Issue6FrozenAndLoadedTablesAnswerAlike) {
  const Gazetteer& frozen = Gazetteer::instance();
  ASSERT_TRUE(frozen.uses_frozen_table());
  const Gazetteer loaded(false);
  ASSERT_FALSE(loaded.uses_frozen_table());
  const std::vector<std::string> phrases = {
      "France",    "Paris",  "New York",     "the Netherlands", "Georgia", "Dushanbe",
      "Kulob",     "Kŭlob",  "Africa",       "Reading",         "Tuesday", "Ministry",
      "Police",    "Said",   "New  York",    "Rights Watch",    "Amnesty", "Mr Ahmadi",
      "The Hague", "Zzyzxq", "Central Asia", "South Africa",    "Almaty",  "Sao Paulo",
      "Moscow"};
  for (const std::string& p : phrases) {
    for (PhraseContext c : {PhraseContext::kPlain, PhraseContext::kAfterLocativePreposition}) {
      auto a = frozen.lookup(p, c);
      auto b = loaded.lookup(p, c);
      ASSERT_EQ(a.size(), b.size()) << p;
      for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i]->id, b[i]->id) << p;
    }
  }
  EXPECT_FALSE(frozen.lookup("Paris").empty());
  EXPECT_TRUE(frozen.lookup("Zzyzxq").empty());
}

}  // namespace
}  // namespace casebook
