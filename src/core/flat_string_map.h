// A hash map from short strings (lexicon words) to small values, probed in place: one array of
// slots, linear probing, no node per entry. Lexicon lookups run several times per word of text.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/string_hash.h"

namespace casebook {

// Keys are views that must outlive the map (lexicon keys point into embedded data or into
// the lexicon's own storage). Built once, then read: not thread-safe while inserting, safe to
// share for reading. At most half the slots are used, so a miss ends within a slot or two.
//
// Probing reads a tag array first (4 bytes a slot: part of the key's hash, 0 when empty) and
// a 24-byte slot only where the tag matches. Most words of a text are in no lexicon, and a
// lexicon's tags are a sixth of its slots' size, so they stay in the CPU's cache where the
// slots did not (each lexicon asked about a page's new words missed the cache once or more).
template <typename V>
class FlatStringMap {
  static_assert(!std::is_same_v<V, bool>, "vector<bool> cannot hand out pointers; use uint8_t");

 public:
  // Adds key -> value unless key is present (the first value stays); true when added.
  bool insert(std::string_view key, V value) {
    if ((values_.size() + 1) * 2 > slots_.size()) grow();
    uint64_t h = short_string_hash(key);
    const size_t i = probe(key, h);
    if (tags_[i] != 0) return false;
    tags_[i] = tag_of(h);
    slots_[i] = Slot{h, key.data(), static_cast<uint32_t>(key.size()),
                     static_cast<uint32_t>(values_.size())};
    values_.push_back(std::move(value));
    return true;
  }

  // The value under key, added as V{} when key is absent: for a table merged from others at
  // load, each source setting its own part of the value. The reference holds until the next
  // insert.
  V& find_or_insert(std::string_view key) {
    if ((values_.size() + 1) * 2 > slots_.size()) grow();
    uint64_t h = short_string_hash(key);
    const size_t i = probe(key, h);
    if (tags_[i] == 0) {
      tags_[i] = tag_of(h);
      slots_[i] = Slot{h, key.data(), static_cast<uint32_t>(key.size()),
                       static_cast<uint32_t>(values_.size())};
      values_.emplace_back();
    }
    return values_[slots_[i].index];
  }

  // The value under key, or null.
  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const size_t i = probe(key, short_string_hash(key));
    return tags_[i] == 0 ? nullptr : &values_[slots_[i].index];
  }

  bool contains(std::string_view key) const { return find(key) != nullptr; }
  size_t size() const { return values_.size(); }

  // Calls f(key, value) for every entry, in no particular order (for work done once at load,
  // such as indexing the keys' first or last words).
  template <typename F>
  void for_each(F f) const {
    for (const Slot& s : slots_) {
      if (s.index != kEmpty) f(std::string_view(s.data, s.len), values_[s.index]);
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    const char* data = nullptr;
    uint32_t len = 0;
    uint32_t index = kEmpty;
  };

  // The high half of the hash (the low half picks the slot), never 0: 0 marks an empty slot.
  static uint32_t tag_of(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }

  // The index of the slot holding key, or of the empty slot where it would go.
  size_t probe(std::string_view key, uint64_t h) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = tag_of(h);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint32_t t = tags_[i];
      if (t == 0) return i;
      if (t != tag) continue;
      const Slot& s = slots_[i];
      if (s.hash == h && s.len == key.size() && same_bytes(s.data, key.data(), key.size())) {
        return i;
      }
    }
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    tags_.assign(slots_.size(), 0);
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.index == kEmpty) continue;
      size_t i = s.hash & mask;
      while (tags_[i] != 0) i = (i + 1) & mask;
      slots_[i] = s;
      tags_[i] = tag_of(s.hash);
    }
  }

  std::vector<uint32_t> tags_;  // by slot: tag_of(hash), 0 when empty
  std::vector<Slot> slots_;
  std::vector<V> values_;
};

// A FlatStringMap holding what an unordered_map built at load holds (where a later row may
// override an earlier one): a lookup in a node-based map costs a cache miss or two (bucket,
// node) where this one usually costs one. Keys must outlive the copy, as for insert().
template <typename Map>
FlatStringMap<typename Map::mapped_type> flat_copy(const Map& m) {
  FlatStringMap<typename Map::mapped_type> f;
  for (const auto& [key, value] : m) f.insert(key, value);
  return f;
}

}  // namespace casebook
