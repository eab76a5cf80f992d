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
  // Forgets every word; room for about `expected` words without growing.
  void clear(size_t expected = 0) {
    words_.clear();
    size_t want = 16;
    while (want < expected * 2) want *= 2;
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
      if (s.hash == h && equal(words_[s.id], word)) return s.id;
    }
  }

  static constexpr uint32_t kAbsent = UINT32_MAX;

  // The id of `word`, or kAbsent when it was never interned.
  uint32_t find(std::string_view word) const { return find(word, short_string_hash(word)); }
  // The same for a caller that has hashed `word` already (h must be short_string_hash(word)):
  // `word`'s bytes are read only where a slot holds the same hash.
  uint32_t find(std::string_view word, uint64_t h) const {
    if (slots_.empty()) return kAbsent;
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.id == kEmpty) return kAbsent;
      if (s.hash == h && equal(words_[s.id], word)) return s.id;
    }
  }

  std::string_view word(uint32_t id) const { return words_[id]; }
  const std::vector<std::string_view>& words() const { return words_; }
  size_t size() const { return words_.size(); }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kEmpty;
  };

  static bool equal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
  }

  // Adds `word` (not yet present, hash h), growing the table first when half full.
  [[gnu::noinline]] uint32_t add(std::string_view word, uint64_t h) {
    if ((words_.size() + 1) * 2 > slots_.size()) grow();
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i].id != kEmpty) i = (i + 1) & mask;
    slots_[i] = Slot{h, static_cast<uint32_t>(words_.size())};
    words_.push_back(word);
    return slots_[i].id;
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      size_t i = s.hash & mask;
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::vector<std::string_view> words_;
};

}  // namespace casebook
