// Issue 6: the word interner's table is small enough to stay in the CPU's first cache while a
// page is interned: 8-byte slots (a tag and an id), as many as the page has tokens, not twice
// as many 16-byte ones. These tests hold the size, and check that the tag refuses nothing it
// should not (words sharing a slot or a tag, growth from a table sized for a short page).
#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"
#include "core/word_interner.h"

namespace casebook {
namespace {

TEST(Issue6InternerSlots, APageOfTokensGetsAsManySlotsOfEightBytes) {
  static_assert(WordInterner::slot_bytes() == 8);
  WordInterner in;
  in.clear(1259);  // a typical news page's tokens
  EXPECT_EQ(in.slot_count(), 2048u);
  EXPECT_LE(in.slot_count() * WordInterner::slot_bytes(), 16u * 1024);
  in.clear(2048);
  EXPECT_EQ(in.slot_count(), 2048u);
  in.clear(2049);
  EXPECT_EQ(in.slot_count(), 4096u);
  in.clear(0);
  EXPECT_EQ(in.slot_count(), 16u);
}

// Words whose hashes land in the same slot, and a word whose tag alone matches another's, keep
// their own ids.
TEST(Issue6InternerSlots, WordsSharingASlotOrATagKeepTheirIds) {
  WordInterner in;
  in.clear(64);
  const size_t mask = in.slot_count() - 1;
  // Find words that share a first slot with "curfew".
  const uint64_t home = short_string_hash("curfew") & mask;
  std::vector<std::string> same_slot = {"curfew"};
  for (int i = 0; same_slot.size() < 6 && i < 100000; ++i) {
    std::string w = "march" + std::to_string(i);
    if ((short_string_hash(w) & mask) == home) same_slot.push_back(w);
  }
  ASSERT_EQ(same_slot.size(), 6u);
  for (size_t k = 0; k < same_slot.size(); ++k) EXPECT_EQ(in.intern(same_slot[k]), k);
  for (size_t k = 0; k < same_slot.size(); ++k) {
    EXPECT_EQ(in.intern(same_slot[k]), k) << same_slot[k];
    EXPECT_EQ(in.find(same_slot[k]), k) << same_slot[k];
  }
  // A caller's hash with another word's tag (top half) and place (low bits) finds nothing of a
  // word that is not there, and the word given with its own hash is added, not confused.
  const uint64_t h = short_string_hash("curfew");
  EXPECT_EQ(in.find("vigil", h), WordInterner::kAbsent);
  EXPECT_EQ(in.intern("vigil", h), same_slot.size());
  EXPECT_EQ(in.find("curfew"), 0u);
}

// A table sized for a short page grows many times over a long one, each growth placing the
// words again by their hash (the slots keep only its top half): every id stays.
TEST(Issue6InternerSlots, GrowthFromAShortPageKeepsEveryId) {
  WordInterner in;
  in.clear(10);
  std::unordered_map<std::string, uint32_t> reference;
  std::vector<std::string> words;
  for (int i = 0; i < 20000; ++i) words.push_back("w" + std::to_string(i * 104729 % 9001));
  for (const std::string& w : words) {
    auto [it, added] = reference.emplace(w, static_cast<uint32_t>(reference.size()));
    ASSERT_EQ(in.intern(w), it->second) << w;
  }
  EXPECT_EQ(in.size(), reference.size());
  EXPECT_GE(in.slot_count(), 2 * in.size());
  for (const auto& [w, id] : reference) {
    EXPECT_EQ(in.find(w), id) << w;
    EXPECT_EQ(in.word(id), w);
  }
}

}  // namespace
}  // namespace casebook
