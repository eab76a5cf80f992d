// Dictionary lemmatiser for English verbs and nouns: WordNet's morphy ("detained" -> "detain",
// "children" -> "child") over the WordNet 3.0 lists generated at build time (data/wordnet/).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace casebook {

enum class Pos : uint8_t { kVerb, kNoun };

// Immutable after its first use, so one instance is shared by all threads.
//
// lemma() follows WordNet's morphy:
//   1. the exception lists (verb.exc, noun.exc): "held" -> "hold", "wives" -> "wife";
//   2. a verb that is itself a lemma stays as it is ("bed" is not "be");
//   3. the detachment rules, each result checked against the lemma index:
//      verbs -s, -ies>y, -es>e, -es, -ed>e, -ed, -ing>e, -ing (plus -ied>y), and a doubled final
//      consonant undone ("stopped" -> "stop", "kidnapping" -> "kidnap");
//      nouns -s (not after "ss"), -ses>s, -xes>x, -zes>z, -ches>ch, -shes>sh, -men>man, -ies>y.
// When several candidates are lemmas ("hoping": hope, hop; "authorities": itself, authority), the
// one most frequent in SemCor wins, then the earlier rule. Noun stems shorter than 3 letters are
// refused, so "has" is not the noun "ha".
class Lemmatizer {
 public:
  static const Lemmatizer& instance();

  // Lower-case word in, lemma out: a view into the embedded data or into `word` itself. Returns
  // `word` unchanged when it is unknown. Does not allocate.
  std::string_view lemma(std::string_view lower_word, Pos pos) const;
  // Both lemmas of a word, as lemma(w, kVerb) and lemma(w, kNoun) give them, with one look in
  // the per-thread cache instead of two.
  void lemmas(std::string_view lower_word, std::string_view* verb, std::string_view* noun) const;
  // The same, and *note points at kNoteBytes bytes kept for the caller beside the word in this
  // thread's cache (each 0 until the caller sets it; null when the word is not cached), valid
  // until the next call on this thread: the annotator keeps there what it works out about a
  // word once per thread rather than once per page (its class to the time scanner, and the
  // extract stage's bytes for the word and for its lemmas, AnnotatedText::word_notes and
  // lemma_notes).
  // Unlike the other two, this one may also answer with the first bytes of `word` where the
  // lemma is the word's beginning ("detain" of "detained"), so the caller's word must live as
  // long as the lemmas it keeps (the annotator's lower-case buffer does). The annotator hashes
  // every lemma at each page's first sighting of its word; the same bytes in the embedded data
  // missed the CPU's cache there.
  static constexpr size_t kNoteBytes = 3;
  // Sets byte `which` of every note in this thread's cache back to 0: for a caller that
  // changes what it keeps there (the annotator, given another word-note function).
  static void forget_notes(size_t which);
  void lemmas(std::string_view lower_word, std::string_view* verb, std::string_view* noun,
              uint8_t** note) const;
  // The same for a caller that has hashed the word already: hash must be
  // short_string_hash(lower_word) (the annotator's word interner hashes each token so). It
  // picks the word's cache slot and probes the WordNet tables for the word itself, so a word
  // first seen on a thread is hashed once.
  void lemmas(std::string_view lower_word, uint64_t hash, std::string_view* verb,
              std::string_view* noun, uint8_t** note) const;
  // Where this thread's lemma cache lies, for prefetch(): a word first seen on a page usually
  // misses the CPU's cache in its slot (the table is MBs), so the annotator starts loading the
  // slot a few words ahead. A hint only: it changes no answer, and a stale target (the cache
  // may move once, to a larger table) costs nothing but a useless load.
  struct CacheTarget {
    const char* slots = nullptr;  // null: no table yet on this thread
    uint64_t mask = 0;            // hash & mask: the first of the slots where a word may be
    size_t slot_size = 0;
    size_t ways = 0;  // slots where a word may be, from that one
  };
  static CacheTarget cache_target();
  // Starts loading the slots of a word whose short_string_hash is `hash`.
  static void prefetch(const CacheTarget& t, uint64_t hash) {
    if (t.slots == nullptr) return;
    const char* at = t.slots + (hash & t.mask) * t.slot_size;
    __builtin_prefetch(at);
    __builtin_prefetch(at + 64);
    __builtin_prefetch(at + t.ways * t.slot_size - 1);  // 80 bytes cross up to two lines
  }

  // lemma() without the per-thread cache, for tests of the cache.
  std::string_view lemma_uncached_for_test(std::string_view lower_word, Pos pos) const {
    return lower_word.size() < 2 || lower_word.size() > 64 ? lower_word
                                                           : lemma_uncached(lower_word, pos);
  }
  // The same with the word's hash given (short_string_hash(lower_word)): a wrong one finds
  // nothing of the word's own entry, which is what tests of the hash's use need.
  std::string_view lemma_uncached_for_test(std::string_view lower_word, Pos pos,
                                           uint64_t hash) const {
    return lower_word.size() < 2 || lower_word.size() > 64 ? lower_word
                                                           : lemma_uncached(lower_word, pos, hash);
  }

  // True when `lower_word` is itself a lemma in WordNet's index for `pos`.
  bool is_lemma(std::string_view lower_word, Pos pos) const;

  // The tables built from the embedded TSVs, as the bytes of wordnet/lemma_table.bin, which
  // the build embeds (tools/freeze_tables.cc) so that start-up parses no TSV.
  static std::string frozen_table();
  // True when this instance reads the embedded frozen table rather than tables parsed at load.
  bool uses_frozen_table() const;

  // use_frozen false parses the TSVs even when a frozen table is embedded (for tests).
  explicit Lemmatizer(bool use_frozen);
  Lemmatizer(const Lemmatizer&) = delete;
  Lemmatizer& operator=(const Lemmatizer&) = delete;
  ~Lemmatizer();

  struct Table;

 private:
  bool attach_frozen();
  std::string_view lemma_uncached(std::string_view lower_word, Pos pos) const {
    return lemma_uncached(lower_word, pos, hash_of(lower_word));
  }
  // hash is short_string_hash(lower_word): the word's own entry is probed with it.
  std::string_view lemma_uncached(std::string_view lower_word, Pos pos, uint64_t hash) const;
  static uint64_t hash_of(std::string_view lower_word);
  // The lemma kept in a per-thread cache slot (lemmatizer.cc), computed on first request.
  // With into_word, a lemma that is the word's beginning is answered with the word's bytes.
  std::string_view cached_lemma(void* cache_slot, std::string_view lower_word, uint64_t hash,
                                Pos pos, bool into_word) const;
  void lemmas(std::string_view lower_word, uint64_t hash, std::string_view* verb,
              std::string_view* noun, uint8_t** note, bool into_word) const;
  Table* verbs_;
  Table* nouns_;
  uint32_t cache_owner_;  // tells this instance's cache slots from another's (tests build two)
};

}  // namespace casebook
