// WordNet morphy over the embedded lemma lists: exceptions, then detachment rules checked
// against the lemma index, with SemCor counts to choose between candidates.
#include "nlp/lemmatizer.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/embedded_data.h"
#include "core/populated_memory.h"
#include "core/string_hash.h"
#include "core/tsv.h"

namespace casebook {
namespace {

constexpr size_t kMaxWord = 64;  // longer tokens (URLs, junk) are returned unchanged

// The tables are keyed by short_string_hash, the hash the annotator's word interner and the
// lemma cache use: a word first seen on a thread is hashed once for all three (it was hashed
// again for each table, byte by byte, with FNV-1a).
uint64_t hash_word(std::string_view s) { return short_string_hash(s); }

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool is_consonant(char c) { return c >= 'a' && c <= 'z' && !is_vowel(c); }

// "stopp" -> true: the doubled consonant of "stopped"/"stopping", undone by dropping one.
bool ends_in_doubled_consonant(std::string_view s) {
  size_t n = s.size();
  return n >= 3 && s[n - 1] == s[n - 2] && is_consonant(s[n - 1]);
}

// "tap", "fin", "star": consonant, single vowel, consonant. Such a verb doubles its consonant
// before -ed/-ing ("tapped"), so "taped" is "tape", never "tap".
bool ends_cvc(std::string_view s) {
  size_t n = s.size();
  if (n < 3) return false;
  char last = s[n - 1];
  return is_consonant(last) && last != 'w' && last != 'x' && last != 'y' && is_vowel(s[n - 2]) &&
         is_consonant(s[n - 3]);
}

struct Rule {
  std::string_view suffix;
  std::string_view replacement;
};

constexpr Rule kVerbRules[] = {{"s", ""},  {"ies", "y"}, {"es", "e"}, {"es", ""},  {"ed", "e"},
                               {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"ied", "y"}};
constexpr Rule kNounRules[] = {{"s", ""},      {"ses", "s"},   {"xes", "x"},   {"zes", "z"},
                               {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};

// The last bytes of the rules' suffixes: a word ending in none of them ("police", "court",
// "the") can lose no suffix, and skips the rules. Checked against the rules at compile time.
constexpr std::string_view kVerbSuffixEnds = "sdg";
constexpr std::string_view kNounSuffixEnds = "sn";
template <size_t N>
constexpr bool ends_listed(const Rule (&rules)[N], std::string_view ends) {
  for (const Rule& r : rules) {
    if (r.suffix.empty() || ends.find(r.suffix.back()) == std::string_view::npos) return false;
  }
  return true;
}
static_assert(ends_listed(kVerbRules, kVerbSuffixEnds) && ends_listed(kNounRules, kNounSuffixEnds));
static_assert(kVerbSuffixEnds.size() == 3 && kNounSuffixEnds.size() == 2);
bool may_lose_suffix(char last, bool verb) {
  return verb ? last == kVerbSuffixEnds[0] || last == kVerbSuffixEnds[1] ||
                    last == kVerbSuffixEnds[2]
              : last == kNounSuffixEnds[0] || last == kNounSuffixEnds[1];
}

}  // namespace

// One part of speech: its lemmas and irregular forms, in an open-addressing hash table whose
// slots hold (hash high bits, entry index + 1), so a probe rarely touches an entry it skips.
// Entries hold offsets into the embedded TSV bytes rather than views, so the whole table can be
// built once at build time (tools/freeze_tables.cc) and used in place from the binary: start-up
// then parses no TSV. Built from the TSVs, the same table lives in the owned vectors.
struct Lemmatizer::Table {
  struct Entry {
    uint32_t key_off = 0;
    uint32_t exception_off = 0;  // lemma of an irregular form (in the exceptions file)
    uint32_t count = 0;          // SemCor tag count of the lemma
    uint16_t key_len = 0;
    uint8_t exception_len = 0;  // 0: no exception
    uint8_t flags = 0;          // kIsLemma, kKeyInExceptions
  };
  static constexpr uint8_t kIsLemma = 1;
  static constexpr uint8_t kKeyInExceptions = 2;

  const char* lemma_bytes = nullptr;
  const char* exception_bytes = nullptr;
  const uint64_t* slots = nullptr;
  const Entry* entries = nullptr;
  uint64_t mask = 0;
  uint32_t entry_count = 0;
  std::vector<uint64_t> own_slots;  // when built from the TSVs
  std::vector<Entry> own_entries;

  std::string_view key(const Entry& e) const {
    return {((e.flags & kKeyInExceptions) ? exception_bytes : lemma_bytes) + e.key_off, e.key_len};
  }
  std::string_view exception(const Entry& e) const {
    return {exception_bytes + e.exception_off, e.exception_len};
  }
  static bool is_lemma(const Entry& e) { return (e.flags & kIsLemma) != 0; }

  const Entry* find(std::string_view k) const { return find(k, hash_word(k)); }
  // The same for a caller that has hashed k already: h must be hash_word(k).
  const Entry* find(std::string_view k, uint64_t h) const {
    uint64_t tag = h >> 32;
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
      uint64_t slot = slots[i];
      if (slot == 0) return nullptr;
      if ((slot >> 32) == tag) {
        // Compared inline: a call to memcmp cost more than the compare of a word.
        const Entry& e = entries[(slot & 0xffffffffu) - 1];
        const std::string_view found = key(e);
        if (found.size() == k.size() && same_bytes(found.data(), k.data(), k.size())) return &e;
      }
    }
  }

  const Entry* find_lemma(std::string_view k) const {
    const Entry* e = find(k);
    return e != nullptr && is_lemma(*e) ? e : nullptr;
  }

  // The entry for `k` (a view into one of the two files), added (empty) if absent. The table
  // is sized up front, so it never fills: load() reserves two slots per line of input.
  Entry& entry_for(std::string_view k) {
    uint64_t h = hash_word(k);
    uint64_t tag = h >> 32;
    uint64_t i = h & mask;
    for (; own_slots[i] != 0; i = (i + 1) & mask) {
      if ((own_slots[i] >> 32) == tag) {
        Entry& e = own_entries[(own_slots[i] & 0xffffffffu) - 1];
        if (key(e) == k) return e;
      }
    }
    Entry e;
    bool in_exceptions = k.data() >= exception_bytes && k.data() < exception_bytes_end;
    e.key_off = static_cast<uint32_t>(k.data() - (in_exceptions ? exception_bytes : lemma_bytes));
    e.key_len = static_cast<uint16_t>(k.size());
    e.flags = in_exceptions ? kKeyInExceptions : 0;
    own_entries.push_back(e);
    own_slots[i] = (tag << 32) | own_entries.size();
    entries = own_entries.data();
    return own_entries.back();
  }
  const char* exception_bytes_end = nullptr;

  void load(std::string_view lemmas_path, std::string_view exceptions_path) {
    std::string_view lemma_file = embedded_file(lemmas_path);
    std::string_view exception_file = embedded_file(exceptions_path);
    lemma_bytes = lemma_file.data();
    exception_bytes = exception_file.data();
    exception_bytes_end = exception_file.data() + exception_file.size();
    size_t lines = 0;
    for (std::string_view bytes : {lemma_file, exception_file}) {
      lines += static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
    }
    size_t capacity = 16;
    while (capacity < lines * 2) capacity *= 2;
    own_slots.assign(capacity, 0);
    slots = own_slots.data();
    mask = capacity - 1;
    own_entries.reserve(lines);  // entries never move
    for_each_data_row(lemmas_path, [&](const TsvRow& row) {
      if (row[0].size() > 0xffff) return;  // no such word; keeps key_len in range
      Entry& e = entry_for(row[0]);
      e.flags |= kIsLemma;
      if (row.size() > 1) {
        std::from_chars(row[1].data(), row[1].data() + row[1].size(), e.count);
      }
    });
    for_each_data_row(exceptions_path, [&](const TsvRow& row) {
      if (row.size() < 2 || row[0].size() > 0xffff) return;
      // "axes" -> "ax" or "axe": take the more frequent lemma, else the first listed.
      std::string_view best = row[1];
      uint32_t best_count = 0;
      for (size_t i = 1; i < row.size(); ++i) {
        const Entry* lemma = find_lemma(row[i]);
        if (lemma != nullptr && lemma->count > best_count) {
          best = row[i];
          best_count = lemma->count;
        }
      }
      if (best.size() > 0xff) return;
      Entry& e = entry_for(row[0]);
      if (e.exception_len == 0) {
        e.exception_off = static_cast<uint32_t>(best.data() - exception_bytes);
        e.exception_len = static_cast<uint8_t>(best.size());
      }
    });
    entry_count = static_cast<uint32_t>(own_entries.size());
  }
};

namespace {

// The frozen form (wordnet/lemma_table.bin): a header, then per table (verbs, nouns) its slot
// count, entry count, slots and entries. The header records the sizes of the four TSVs it
// was built from; a table that does not match them is ignored and the TSVs are parsed instead.
struct FrozenHeader {
  char magic[8];
  uint64_t file_bytes[4];  // verb_lemmas, verb_exc, noun_lemmas, noun_exc
};
// '2': keyed by short_string_hash ('1' was FNV-1a); a table of the other hash is refused.
constexpr char kFrozenMagic[8] = {'C', 'B', 'L', 'E', 'M', 'M', 'A', '2'};
constexpr const char* kFiles[4] = {"wordnet/verb_lemmas.tsv", "wordnet/verb_exc.tsv",
                                   "wordnet/noun_lemmas.tsv", "wordnet/noun_exc.tsv"};
constexpr const char* kFrozenPath = "wordnet/lemma_table.bin";

void append_table(const Lemmatizer::Table& t, std::string* out);

}  // namespace

const Lemmatizer& Lemmatizer::instance() {
  static const Lemmatizer* const kInstance = new Lemmatizer(true);
  return *kInstance;
}

namespace {
uint32_t next_cache_owner() {
  static std::atomic<uint32_t> next{1};
  return next.fetch_add(1);
}
}  // namespace

Lemmatizer::Lemmatizer(bool use_frozen)
    : verbs_(new Table), nouns_(new Table), cache_owner_(next_cache_owner()) {
  if (use_frozen && attach_frozen()) return;
  verbs_->load(kFiles[0], kFiles[1]);
  nouns_->load(kFiles[2], kFiles[3]);
}

Lemmatizer::~Lemmatizer() {
  delete verbs_;
  delete nouns_;
}

bool Lemmatizer::attach_frozen() {
  std::string_view blob = embedded_file(kFrozenPath);
  if (blob.size() < sizeof(FrozenHeader)) return false;
  FrozenHeader h;
  std::memcpy(&h, blob.data(), sizeof h);
  if (std::memcmp(h.magic, kFrozenMagic, sizeof h.magic) != 0) return false;
  std::string_view files[4];
  for (int i = 0; i < 4; ++i) {
    files[i] = embedded_file(kFiles[i]);
    if (files[i].size() != h.file_bytes[i]) return false;
  }
  size_t pos = sizeof(FrozenHeader);
  Table* tables[2] = {verbs_, nouns_};
  for (int k = 0; k < 2; ++k) {
    uint64_t counts[2];  // slots, entries
    if (blob.size() - pos < sizeof counts) return false;
    std::memcpy(counts, blob.data() + pos, sizeof counts);
    pos += sizeof counts;
    size_t need = counts[0] * sizeof(uint64_t) + counts[1] * sizeof(Table::Entry);
    if (counts[0] == 0 || (counts[0] & (counts[0] - 1)) != 0 || blob.size() - pos < need) {
      return false;
    }
    Table& t = *tables[k];
    t.lemma_bytes = files[2 * k].data();
    t.exception_bytes = files[2 * k + 1].data();
    t.exception_bytes_end = t.exception_bytes + files[2 * k + 1].size();
    // The embedded file is 16-byte aligned and every part is a multiple of 8 bytes long.
    t.slots = reinterpret_cast<const uint64_t*>(blob.data() + pos);
    pos += counts[0] * sizeof(uint64_t);
    t.entries = reinterpret_cast<const Table::Entry*>(blob.data() + pos);
    pos += counts[1] * sizeof(Table::Entry);
    t.mask = counts[0] - 1;
    t.entry_count = static_cast<uint32_t>(counts[1]);
  }
  return true;
}

std::string Lemmatizer::frozen_table() {
  Lemmatizer lem(false);
  std::string out;
  FrozenHeader h;
  std::memcpy(h.magic, kFrozenMagic, sizeof h.magic);
  for (int i = 0; i < 4; ++i) h.file_bytes[i] = embedded_file(kFiles[i]).size();
  out.append(reinterpret_cast<const char*>(&h), sizeof h);
  append_table(*lem.verbs_, &out);
  append_table(*lem.nouns_, &out);
  return out;
}

bool Lemmatizer::uses_frozen_table() const { return verbs_->own_slots.empty(); }

namespace {

void append_table(const Lemmatizer::Table& t, std::string* out) {
  uint64_t counts[2] = {t.mask + 1, t.entry_count};
  out->append(reinterpret_cast<const char*>(counts), sizeof counts);
  out->append(reinterpret_cast<const char*>(t.slots), counts[0] * sizeof(uint64_t));
  out->append(reinterpret_cast<const char*>(t.entries),
              counts[1] * sizeof(Lemmatizer::Table::Entry));
  // Pad to 8 bytes, so the next table's slots stay aligned.
  while (out->size() % 8 != 0) out->push_back('\0');
}

}  // namespace

uint64_t Lemmatizer::hash_of(std::string_view lower_word) { return short_string_hash(lower_word); }

bool Lemmatizer::is_lemma(std::string_view lower_word, Pos pos) const {
  const Table& t = pos == Pos::kVerb ? *verbs_ : *nouns_;
  return t.find_lemma(lower_word) != nullptr;
}

namespace {

// The words lemmatised last on this thread. News text repeats a few thousand words, and a hit
// costs one hash and one compare instead of up to ten table probes. The annotator asks for
// every word's verb and noun lemma (one slot holds both), and the trigger and cue matchers ask
// again. All zero is an empty slot, so the cache is fresh zeroed memory, mapped with its pages
// present: a one-document run touches most of its 160 pages, one fault each otherwise.
struct LemmaCacheSlot {
  const char* verb;  // into the embedded data; null when the lemma is the word itself
  const char* noun;
  uint32_t owner;    // the Lemmatizer's cache_owner_; 0 for an empty slot
  uint8_t verb_len;  // 0 until that lemma has been asked for
  uint8_t noun_len;
  uint8_t len;  // of the word (kWordLength's bits), kVerbBeginsWord and kNounBeginsWord
  // The caller's bytes (lemmas with a note); 0 for a word just taken in. Three, so the word
  // buffer holds 14 bytes: a longer word is lemmatised each time, which changes no answer.
  uint8_t note[Lemmatizer::kNoteBytes];
  char word[14];
};
// 640 KB a thread to start with: a one-document run touches most of its pages. A thread that
// keeps emptying slots for other words (a batch of pages has more distinct words than slots: the
// 402 bench pages have ~23,000) moves once to kMaxCacheSlots, 2.5 MB.
constexpr size_t kCacheSlots = 16384;
constexpr size_t kMaxCacheSlots = 65536;
constexpr size_t kCacheWord = sizeof(LemmaCacheSlot::word);
static_assert(sizeof(LemmaCacheSlot) == 40);
// A slot's len holds the word's length in its low bits, and a bit per lemma set when that lemma,
// a view into the embedded data, has the same bytes as the word's beginning ("detain" of
// "detained", "police" as a noun).
constexpr uint8_t kWordLength = 0x0f;
constexpr uint8_t kVerbBeginsWord = 0x10;
constexpr uint8_t kNounBeginsWord = 0x20;
static_assert(kCacheWord <= kWordLength);

struct LemmaCache {
  LemmaCacheSlot* slots = nullptr;
  size_t count = 0;      // slots
  uint64_t emptied = 0;  // slots taken over by another word since this table was mapped
  ~LemmaCache() { release(); }
  void release() {
    if (slots != nullptr) unmap_populated(slots, count * sizeof(LemmaCacheSlot));
    slots = nullptr;
  }
  // A fresh table of n slots, or false (the old one stays) when it cannot be mapped.
  bool map(size_t n) {
    auto* fresh = static_cast<LemmaCacheSlot*>(map_populated(n * sizeof(LemmaCacheSlot)));
    if (fresh == nullptr) return false;
    release();
    slots = fresh;
    count = n;
    emptied = 0;
    return true;
  }
};

thread_local LemmaCache cache;

bool holds(const LemmaCacheSlot& s, std::string_view word, uint32_t owner) {
  return s.owner == owner && (s.len & kWordLength) == word.size() &&
         same_bytes(s.word, word.data(), word.size());
}

// The slot for word (2..kCacheWord bytes), emptied for it when it held another word or another
// instance's answer; null when the cache cannot be mapped. A word may sit in either slot of a
// pair (the one used last first): two words of a batch that share a pair no longer take it
// from each other in turn, re-lemmatising both each time (~30% of 23,000 words share a slot
// of 65,536 one-word slots).
// h is short_string_hash(word).
LemmaCacheSlot* cache_slot(std::string_view word, uint64_t h, uint32_t owner) {
  if (cache.slots == nullptr && !cache.map(kCacheSlots)) return nullptr;
  LemmaCacheSlot* first = &cache.slots[h & (cache.count - 2)];
  if (holds(*first, word, owner)) return first;
  LemmaCacheSlot* second = first + 1;
  if (holds(*second, word, owner)) {
    std::swap(*first, *second);
    return first;
  }
  if (second->owner != 0 && ++cache.emptied > cache.count && cache.count < kMaxCacheSlots &&
      cache.map(kMaxCacheSlots)) {
    first = &cache.slots[h & (cache.count - 2)];
    second = first + 1;
  }
  *second = *first;  // the pair's other word, if any, moves to second place
  first->owner = owner;
  first->verb = first->noun = nullptr;
  first->verb_len = first->noun_len = 0;
  first->len = static_cast<uint8_t>(word.size());
  std::memset(first->note, 0, sizeof(first->note));
  std::memcpy(first->word, word.data(), word.size());
  return first;
}

}  // namespace

Lemmatizer::CacheTarget Lemmatizer::cache_target() {
  if (cache.slots == nullptr) return {};
  return {reinterpret_cast<const char*>(cache.slots), cache.count - 2, sizeof(LemmaCacheSlot), 2};
}

void Lemmatizer::forget_notes(size_t which) {
  for (size_t i = 0; i < cache.count; ++i) cache.slots[i].note[which] = 0;
}

[[gnu::always_inline]] inline std::string_view Lemmatizer::cached_lemma(void* cache_slot,
                                                                        std::string_view word,
                                                                        uint64_t hash, Pos pos,
                                                                        bool into_word) const {
  auto* slot = static_cast<LemmaCacheSlot*>(cache_slot);
  const char*& lemma = pos == Pos::kVerb ? slot->verb : slot->noun;
  uint8_t& len = pos == Pos::kVerb ? slot->verb_len : slot->noun_len;
  const uint8_t begins_word = pos == Pos::kVerb ? kVerbBeginsWord : kNounBeginsWord;
  if (len == 0) {
    std::string_view result = lemma_uncached(word, pos, hash);
    if (result.empty() || result.size() > 255) return result;  // not kept
    lemma = result.data() == word.data() ? nullptr : result.data();
    len = static_cast<uint8_t>(result.size());
    if (lemma != nullptr && result.size() <= word.size() &&
        same_bytes(result.data(), word.data(), result.size())) {
      slot->len |= begins_word;
    }
  }
  if (lemma == nullptr) return word;
  if (into_word && (slot->len & begins_word) != 0) return word.substr(0, len);
  return std::string_view(lemma, len);
}

std::string_view Lemmatizer::lemma(std::string_view word, Pos pos) const {
  if (word.size() < 2 || word.size() > kMaxWord) return word;
  const uint64_t hash = short_string_hash(word);
  LemmaCacheSlot* slot = word.size() > kCacheWord ? nullptr : cache_slot(word, hash, cache_owner_);
  return slot == nullptr ? lemma_uncached(word, pos, hash)
                         : cached_lemma(slot, word, hash, pos, false);
}

void Lemmatizer::lemmas(std::string_view word, std::string_view* verb,
                        std::string_view* noun) const {
  uint8_t* note;
  lemmas(word, short_string_hash(word), verb, noun, &note, false);
}

void Lemmatizer::lemmas(std::string_view word, std::string_view* verb, std::string_view* noun,
                        uint8_t** note) const {
  lemmas(word, short_string_hash(word), verb, noun, note, true);
}

void Lemmatizer::lemmas(std::string_view word, uint64_t hash, std::string_view* verb,
                        std::string_view* noun, uint8_t** note) const {
  lemmas(word, hash, verb, noun, note, true);
}

void Lemmatizer::lemmas(std::string_view word, uint64_t hash, std::string_view* verb,
                        std::string_view* noun, uint8_t** note, bool into_word) const {
  *note = nullptr;
  if (word.size() < 2 || word.size() > kMaxWord) {
    *verb = *noun = word;
    return;
  }
  LemmaCacheSlot* slot = word.size() > kCacheWord ? nullptr : cache_slot(word, hash, cache_owner_);
  if (slot == nullptr) {
    *verb = lemma_uncached(word, Pos::kVerb, hash);
    *noun = lemma_uncached(word, Pos::kNoun, hash);
    return;
  }
  *verb = cached_lemma(slot, word, hash, Pos::kVerb, into_word);
  *noun = cached_lemma(slot, word, hash, Pos::kNoun, into_word);
  *note = slot->note;
}

std::string_view Lemmatizer::lemma_uncached(std::string_view word, Pos pos, uint64_t hash) const {
  const bool verb = pos == Pos::kVerb;
  const Table& t = verb ? *verbs_ : *nouns_;
  const Table::Entry* self = t.find(word, hash);
  if (self != nullptr) {
    if (self->exception_len != 0) return t.exception(*self);
    // A verb that is a lemma stays ("bed", "seed"); a noun competes with its stem below, so
    // "authorities" (a WordNet lemma) still gives "authority".
    if (verb && Table::is_lemma(*self)) return word;
  }

  const Table::Entry* best = self != nullptr && Table::is_lemma(*self) ? self : nullptr;
  // Most words end in a byte no suffix ends in: the rules below would find nothing.
  if (!may_lose_suffix(word.back(), verb)) return best != nullptr ? t.key(*best) : word;
  std::string_view e_form;  // the lemma found by -ed>e / -ing>e, for the CVC preference
  char buf[kMaxWord + 4];
  auto consider = [&](const Table::Entry* e) {
    if (e != nullptr && (best == nullptr || e->count > best->count)) best = e;
  };
  for (const Rule& r :
       verb ? std::span<const Rule>(kVerbRules) : std::span<const Rule>(kNounRules)) {
    // The suffix compared inline: memcmp through the PLT, once per rule, cost more than the
    // few bytes it compares.
    if (word.size() <= r.suffix.size() ||
        !same_bytes(word.data() + word.size() - r.suffix.size(), r.suffix.data(), r.suffix.size()))
      continue;
    if (!verb && r.suffix == "s" && word[word.size() - 2] == 's') continue;  // "boss" is not "bos"
    size_t stem_len = word.size() - r.suffix.size();
    std::memcpy(buf, word.data(), stem_len);
    std::memcpy(buf + stem_len, r.replacement.data(), r.replacement.size());
    std::string_view cand(buf, stem_len + r.replacement.size());
    if (!verb && cand.size() < 3) continue;  // "has" is not the noun "ha"
    const Table::Entry* e = t.find_lemma(cand);
    bool bare = r.replacement.empty() && (r.suffix == "ed" || r.suffix == "ing");
    if (e == nullptr && bare && ends_in_doubled_consonant(cand)) {
      e = t.find_lemma(cand.substr(0, cand.size() - 1));  // "stopp" -> "stop"
    } else if (e != nullptr && bare && !e_form.empty() && ends_cvc(cand)) {
      continue;  // "taped": "tape" beats "tap", which would have been spelled "tapped"
    }
    if (e != nullptr && r.replacement == "e" && r.suffix != "es") e_form = t.key(*e);
    consider(e);
  }
  return best != nullptr ? t.key(*best) : word;
}

}  // namespace casebook
