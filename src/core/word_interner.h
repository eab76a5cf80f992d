// Numbers the distinct words of one document: each new word costs one hash, and afterwards a
// word is an integer, so later stages compare ids and keep per-word answers in arrays by id.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/string_hash.h"

namespace casebook {

// Ids are 0, 1, 2... in order of first appearance. Words are views that must outlive their
// ids (the annotator interns views into its lower-case buffer and into the lexicons' embedded
// data). Not thread-safe while interning; each AnnotatedText has its own (`word_ids`).
class WordInterner {
 public:
  // Forgets every word; room for half of `expected` words without growing. The annotator
  // passes a page's token count: a page says each word about twice, so its distinct words and
  // their lemmas fill the table about halfway (~560 of a 1,259-token page's 2,048 slots).
  void clear(size_t expected = 0) {
    words_.clear();
    size_t want = 16;
    while (want < expected) want *= 2;
    if (slots_.size() != want) {
      slots_.assign(want, Slot{});
    } else {
      std::fill(slots_.begin(), slots_.end(), Slot{});
    }
  }

  // The id of `word`, added when new. A word seen before (most tokens of a page) costs a hash
  // and a probe inline; adding one is out of line.
  uint32_t intern(std::string_view word) { return intern(word, short_string_hash(word)); }
  // The same, for a caller that has hashed `word` already: h must be short_string_hash(word).
  uint32_t intern(std::string_view word, uint64_t h) {
    if (slots_.empty()) return add(word, h);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kEmpty) return add(word, h);
      if (s.tag == tag_of(h) && equal(words_[s.id], word)) return s.id;
    }
  }

  static constexpr uint32_t kAbsent = UINT32_MAX;

  // The id of `word`, or kAbsent when it was never interned.
  uint32_t find(std::string_view word) const { return find(word, short_string_hash(word)); }
  // The same for a caller that has hashed `word` already (h must be short_string_hash(word)):
  // `word`'s bytes are read only where a slot holds the same tag (the hash's top half).
  uint32_t find(std::string_view word, uint64_t h) const {
    if (slots_.empty()) return kAbsent;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kEmpty) return kAbsent;
      if (s.tag == tag_of(h) && equal(words_[s.id], word)) return s.id;
    }
  }

  std::string_view word(uint32_t id) const { return words_[id]; }
  const std::vector<std::string_view>& words() const { return words_; }
  size_t size() const { return words_.size(); }
  // For tests: the table's size in slots, and a slot's size in bytes.
  size_t slot_count() const { return slots_.size(); }
  static constexpr size_t slot_bytes() { return sizeof(Slot); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  // 8 bytes: a page of ~1,300 tokens gets 2,048 slots, 16 KB, which stay in the CPU's first
  // cache while the page is interned (16-byte slots for twice the tokens were 64 KB). The
  // hash's low bits are the slot's place; its top half, the tag, refuses other words there.
  struct Slot {
    uint32_t tag = 0;
    uint32_t id = kEmpty;
  };
  static uint32_t tag_of(uint64_t h) { return static_cast<uint32_t>(h >> 32); }

  static bool equal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
  }

  // Adds `word` (not yet present, hash h), growing the table first when half full.
  [[gnu::noinline]] uint32_t add(std::string_view word, uint64_t h) {
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].id != kEmpty) i = (i + 1) & mask;
    slots_[i] = Slot{tag_of(h), static_cast<uint32_t>(words_.size())};
    words_.push_back(word);
    return slots_[i].id;
  }

  // The slot holds no full hash: a word's place in the larger table is its hash again.
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      size_t i = short_string_hash(words_[s.id]) & mask;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> words_;
};

}  // namespace casebook
