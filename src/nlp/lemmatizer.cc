// WordNet morphy over the embedded lemma lists: exceptions, then detachment rules checked
// against the lemma index, with SemCor counts to choose between candidates.
#include "nlp/lemmatizer.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#include "core/embedded_data.h"
#include "core/tsv.h"

namespace casebook {
namespace {

constexpr size_t kMaxWord = 64;  // longer tokens (URLs, junk) are returned unchanged

uint64_t hash_word(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

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

}  // namespace

// One part of speech: its lemmas and irregular forms, in an open-addressing hash table whose
// slots hold (hash high bits, entry index + 1), so a probe rarely touches an entry it skips.
struct Lemmatizer::Table {
  struct Entry {
    std::string_view key;
    std::string_view exception;  // lemma of an irregular form, or empty
    uint32_t count = 0;          // SemCor tag count of the lemma
    bool is_lemma = false;
  };
  std::vector<Entry> entries;
  std::vector<uint64_t> slots;
  uint64_t mask = 0;

  const Entry* find(std::string_view key) const {
    uint64_t h = hash_word(key);
    uint64_t tag = h >> 32;
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
      uint64_t slot = slots[i];
      if (slot == 0) return nullptr;
      if ((slot >> 32) == tag) {
        const Entry& e = entries[(slot & 0xffffffffu) - 1];
        if (e.key == key) return &e;
      }
    }
  }

  const Entry* find_lemma(std::string_view key) const {
    const Entry* e = find(key);
    return e != nullptr && e->is_lemma ? e : nullptr;
  }

  // The entry for `key`, added (empty) if absent. The table is sized up front, so it never
  // fills: load() reserves two slots per line of input.
  Entry& entry_for(std::string_view key) {
    uint64_t h = hash_word(key);
    uint64_t tag = h >> 32;
    uint64_t i = h & mask;
    for (; slots[i] != 0; i = (i + 1) & mask) {
      if ((slots[i] >> 32) == tag) {
        Entry& e = entries[(slots[i] & 0xffffffffu) - 1];
        if (e.key == key) return e;
      }
    }
    entries.push_back(Entry{key, {}, 0, false});
    slots[i] = (tag << 32) | entries.size();
    return entries.back();
  }

  void load(std::string_view lemmas_path, std::string_view exceptions_path) {
    size_t lines = 0;
    for (std::string_view path : {lemmas_path, exceptions_path}) {
      std::string_view bytes = embedded_file(path);
      lines += static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
    }
    size_t capacity = 16;
    while (capacity < lines * 2) capacity *= 2;
    slots.assign(capacity, 0);
    mask = capacity - 1;
    entries.reserve(lines);  // entries never move, so `exception` views stay valid
    for_each_data_row(lemmas_path, [&](const TsvRow& row) {
      Entry& e = entry_for(row[0]);
      e.is_lemma = true;
      if (row.size() > 1) {
        std::from_chars(row[1].data(), row[1].data() + row[1].size(), e.count);
      }
    });
    for_each_data_row(exceptions_path, [&](const TsvRow& row) {
      if (row.size() < 2) return;
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
      Entry& e = entry_for(row[0]);
      if (e.exception.empty()) e.exception = best;
    });
  }
};

const Lemmatizer& Lemmatizer::instance() {
  static const Lemmatizer* const kInstance = new Lemmatizer();
  return *kInstance;
}

Lemmatizer::Lemmatizer() : verbs_(new Table), nouns_(new Table) {
  verbs_->load("wordnet/verb_lemmas.tsv", "wordnet/verb_exc.tsv");
  nouns_->load("wordnet/noun_lemmas.tsv", "wordnet/noun_exc.tsv");
}

Lemmatizer::~Lemmatizer() {
  delete verbs_;
  delete nouns_;
}

bool Lemmatizer::is_lemma(std::string_view lower_word, Pos pos) const {
  const Table& t = pos == Pos::kVerb ? *verbs_ : *nouns_;
  return t.find_lemma(lower_word) != nullptr;
}

std::string_view Lemmatizer::lemma(std::string_view word, Pos pos) const {
  if (word.size() < 2 || word.size() > kMaxWord) return word;
  const bool verb = pos == Pos::kVerb;
  const Table& t = verb ? *verbs_ : *nouns_;
  const Table::Entry* self = t.find(word);
  if (self != nullptr) {
    if (!self->exception.empty()) return self->exception;
    // A verb that is a lemma stays ("bed", "seed"); a noun competes with its stem below, so
    // "authorities" (a WordNet lemma) still gives "authority".
    if (verb && self->is_lemma) return word;
  }

  const Table::Entry* best = self != nullptr && self->is_lemma ? self : nullptr;
  std::string_view e_form;  // the lemma found by -ed>e / -ing>e, for the CVC preference
  char buf[kMaxWord + 4];
  auto consider = [&](const Table::Entry* e) {
    if (e != nullptr && (best == nullptr || e->count > best->count)) best = e;
  };
  for (const Rule& r :
       verb ? std::span<const Rule>(kVerbRules) : std::span<const Rule>(kNounRules)) {
    if (word.size() <= r.suffix.size() || !word.ends_with(r.suffix)) continue;
    if (!verb && r.suffix == "s" && word.ends_with("ss")) continue;  // "boss" is not "bos"
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
    if (e != nullptr && r.replacement == "e" && r.suffix != "es") e_form = e->key;
    consider(e);
  }
  return best != nullptr ? best->key : word;
}

}  // namespace casebook
