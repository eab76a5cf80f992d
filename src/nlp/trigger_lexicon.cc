// Loads the event lexicons (events/types.tsv, triggers.tsv, cues.tsv) into lookup tables and
// matches trigger phrases and cues against token lemmas.
#include "nlp/trigger_lexicon.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>

#include "core/embedded_data.h"
#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"
#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

// "not", "never", "cannot", and contractions, which the tokenizer keeps whole ("wasn't",
// "didn’t", "can't"), or a split-off "n't".
bool is_negation(std::string_view t) {
  // Every form ends in 't' or 'r' ("never") and has 3 bytes or more: most words leave here.
  if (t.size() < 3 || (t.back() != 't' && t.back() != 'r')) return false;
  return t == "not" || t == "never" || t == "cannot" || t.ends_with("n't") ||
         t.ends_with("n\u2019t");
}

// The possessive clitic the tokenizer splits off: "Ivan" "'s" "home".
bool is_possessive(std::string_view t) {
  return t == "'s" || t == "\u2019s" || t == "'" || t == "\u2019";
}

// A double quote mark, straight or curly.
bool is_double_quote(std::string_view t) { return t == "\"" || t == "\u201C" || t == "\u201D"; }

// "," or "(": a gap never swallows punctuation ("force out of * home" must not match "out of,").
bool is_punctuation(std::string_view t) {
  if (t.empty()) return true;
  unsigned char c = static_cast<unsigned char>(t[0]);
  return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

[[noreturn]] void data_error(std::string_view file, uint32_t row, std::string_view what) {
  std::fprintf(stderr, "casebook: internal error: data/%.*s line %u: %.*s\n",
               static_cast<int>(file.size()), file.data(), row, static_cast<int>(what.size()),
               what.data());
  std::abort();
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// Rows of a data file with their 1-based line numbers (for rule ids and error messages).
void for_each_numbered_row(std::string_view path,
                           const std::function<void(const TsvRow&, uint32_t)>& on_row) {
  std::string_view bytes = embedded_file(path);
  const char* seen = bytes.data();
  uint32_t line = 1;
  for_each_data_row(path, [&](const TsvRow& row) {
    for (const char* p = seen; p < row[0].data(); ++p) line += *p == '\n';
    seen = row[0].data();
    on_row(row, line);
  });
}

// A word of a phrase or cue, with its lemmas precomputed; a token matches when any of its
// forms (surface, verb lemma, noun lemma) equals any of these.
struct PatternWord {
  enum Kind : uint8_t { kWord, kGap, kLongGap, kNot };
  Kind kind = kWord;
  std::string_view text, verb, noun;
};

PatternWord make_word(std::string_view w) {
  PatternWord p;
  if (w == "*") {
    p.kind = PatternWord::kGap;
  } else if (w == "**") {
    p.kind = PatternWord::kLongGap;
  } else if (is_negation(w)) {
    p.kind = PatternWord::kNot;
  }
  const Lemmatizer& lem = Lemmatizer::instance();
  p.text = w;
  p.verb = lem.lemma(w, Pos::kVerb);
  p.noun = lem.lemma(w, Pos::kNoun);
  return p;
}

std::vector<PatternWord> make_pattern(const std::vector<std::string_view>& words) {
  std::vector<PatternWord> out;
  out.reserve(words.size());
  for (std::string_view w : words) out.push_back(make_word(w));
  return out;
}

// a == b, inline: `==` on string views calls memcmp through the PLT whenever the lengths
// agree, and a token is compared with a pattern word's three forms on every try of a phrase or
// cue (~21,000 tries on 30 pages). Words up to 16 bytes take two or four integer loads.
[[gnu::always_inline]] inline bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
}

// With `lemmatize` false the caller passes lemmas already, and the costly fallback is skipped.
bool word_matches(const PatternWord& p, std::string_view token, bool lemmatize) {
  if (p.kind == PatternWord::kNot) return is_negation(token);
  auto hit = [&](std::string_view f) {
    return same_word(f, p.text) || same_word(f, p.verb) || same_word(f, p.noun);
  };
  if (hit(token)) return true;
  if (!lemmatize) return false;
  const Lemmatizer& lem = Lemmatizer::instance();
  return hit(lem.lemma(token, Pos::kVerb)) || hit(lem.lemma(token, Pos::kNoun));
}

// Tokens spanned by pattern p[0..n) at tokens[j..], or -1. A gap tries one word first, with
// its possessive clitic if any ("search * home" matches "searched Ivan 's home"), then none.
constexpr size_t kLongGapWords = 8;

int match_at(const PatternWord* p, size_t n, std::span<const std::string_view> tokens, size_t j,
             bool lemmatize = true) {
  if (n == 0) return 0;
  if (p->kind == PatternWord::kLongGap) {
    // "**": up to kLongGapWords words, the fewest that let the rest match ("forced him and
    // his family out of their home"); never across punctuation (a possessive clitic is no
    // punctuation: "cancelled the group 's legal status") or a negation, except commas in
    // pairs around an apposition ("took her husband, Ali Nouri, away").
    size_t commas = 0;
    for (size_t width = 0; width <= kLongGapWords; ++width) {
      if (width > 0) {
        if (j + width > tokens.size()) break;
        std::string_view w = tokens[j + width - 1];
        if (w == ",") {
          ++commas;
        } else if (is_double_quote(w)) {
          // 'taken to a "vocational training centre"': a name in scare quotes.
        } else if ((is_punctuation(w) && !is_possessive(w)) || is_negation(w)) {
          break;
        }
      }
      if (commas % 2 != 0) continue;
      int r = match_at(p + 1, n - 1, tokens, j + width, lemmatize);
      if (r >= 0) return r + static_cast<int>(width);
    }
    return -1;
  }
  if (p->kind == PatternWord::kGap) {
    if (j < tokens.size() && !is_punctuation(tokens[j]) && !is_negation(tokens[j])) {
      size_t width = j + 1 < tokens.size() && is_possessive(tokens[j + 1]) ? 2 : 1;
      int r = match_at(p + 1, n - 1, tokens, j + width, lemmatize);
      if (r >= 0) return r + static_cast<int>(width);
    }
    return match_at(p + 1, n - 1, tokens, j, lemmatize);
  }
  if (j >= tokens.size() || !word_matches(*p, tokens[j], lemmatize)) return -1;
  int r = match_at(p + 1, n - 1, tokens, j + 1, lemmatize);
  return r < 0 ? -1 : r + 1;
}

// A pattern's second word as second_word_fails tests it. The lexicon keeps one per row and
// per cue in an array of its own: each pattern is a heap vector, and reading it for the test
// missed the CPU's cache on most tries. With each form's short_string_hash, so that the event
// finder asks its document's interner about the forms without reading them.
struct SecondWord {
  bool tested = false;  // false: any token may follow (a gap or a negation second, one word)
  std::string_view forms[3];
  uint64_t hashes[3] = {};
};

SecondWord second_word_of(const std::vector<PatternWord>& p) {
  SecondWord w;
  if (p.size() < 2 || p[0].kind == PatternWord::kGap || p[1].kind != PatternWord::kWord) return w;
  w.tested = true;
  w.forms[0] = p[1].text;
  w.forms[1] = p[1].verb;
  w.forms[2] = p[1].noun;
  for (int f = 0; f < 3; ++f) w.hashes[f] = short_string_hash(w.forms[f]);
  return w;
}

// A quick no for match_at on lemmas (lemmatize false): the pattern's second word is a plain
// word and the next token is none of its forms. A pattern never starts with a gap, so
// match_at would fail at that word too; most tries of cues and phrases that start with a
// common word ("for", "in") end here.
bool second_word_fails(const SecondWord& w, std::span<const std::string_view> tokens, size_t i) {
  if (!w.tested) return false;
  if (i + 1 >= tokens.size()) return true;
  std::string_view t = tokens[i + 1];
  return !same_word(t, w.forms[0]) && !same_word(t, w.forms[1]) && !same_word(t, w.forms[2]);
}

// The keys under which a pattern's first word is indexed.
std::vector<std::string_view> first_word_keys(const PatternWord& p) {
  std::vector<std::string_view> keys;
  if (p.kind == PatternWord::kNot) return {"not"};  // lookups map every negation to "not"
  for (std::string_view k : {p.text, p.verb, p.noun}) {
    bool dup = false;
    for (std::string_view seen : keys) dup = dup || seen == k;
    if (!dup) keys.push_back(k);
  }
  return keys;
}

// A multimap from a word to entries, flattened: each key owns a range of `pool`.
template <typename T>
class WordIndex {
 public:
  void add(std::string_view key, const T* value) { building_[key].push_back(value); }
  void finish() {
    for (auto& [key, values] : building_) {
      ranges_[key] = {static_cast<uint32_t>(pool_.size()), static_cast<uint32_t>(values.size())};
      pool_.insert(pool_.end(), values.begin(), values.end());
    }
    building_.clear();
  }
  template <typename F>
  void for_each_key(F f) const {
    for (const auto& [key, range] : ranges_) f(key);
  }
  std::span<const T* const> find(std::string_view key) const {
    auto it = ranges_.find(key);
    if (it == ranges_.end()) return {};
    return std::span<const T* const>(pool_.data() + it->second.first, it->second.second);
  }

 private:
  std::unordered_map<std::string_view, std::vector<const T*>, StringViewHash> building_;
  std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>, StringViewHash> ranges_;
  std::vector<const T*> pool_;
};

// "threatens with" -> "threaten with": each word reduced to its verb lemma, else its noun lemma.
// Writes into `out` and returns a view of it, or "" when the phrase does not fit.
std::string_view normalize_phrase(std::string_view phrase, char* out, size_t cap) {
  const Lemmatizer& lem = Lemmatizer::instance();
  size_t n = 0;
  for (size_t start = 0; start < phrase.size();) {  // no split(): cue() must not allocate
    size_t end = std::min(phrase.find(' ', start), phrase.size());
    std::string_view w = phrase.substr(start, end - start);
    start = end + 1;
    if (w.empty()) continue;
    std::string_view v = lem.lemma(w, Pos::kVerb);
    std::string_view l = v != w ? v : lem.lemma(w, Pos::kNoun);
    if (n + l.size() + 1 > cap) return {};
    if (n > 0) out[n++] = ' ';
    for (char c : l) out[n++] = c;
  }
  return std::string_view(out, n);
}

constexpr size_t kMaxCue = 256;

}  // namespace

struct TriggerLexicon::Tables {
  struct TypeInfo {
    std::string_view cameo, group;
  };
  std::vector<std::string_view> type_names;
  std::unordered_map<std::string_view, TypeInfo> type_info;

  std::vector<TriggerEntry> entries;
  std::vector<std::vector<PatternWord>> patterns;  // per entry
  std::vector<std::vector<PatternWord>> contexts;  // per entry: its requires_any words
  std::vector<SecondWord> seconds;                 // per entry: second_word_of(its pattern)
  // per entry: phrase_later_words' range of later_words (first, count)
  std::vector<std::pair<uint32_t, uint32_t>> later_range;
  std::vector<PhraseWordForms> later_words;
  WordIndex<TriggerEntry> verbs, nouns, adjs, phrases;

  std::vector<CueEntry> cues;
  std::vector<std::vector<PatternWord>> cue_patterns;
  std::vector<SecondWord> cue_seconds;                                              // per cue
  std::unordered_map<std::string_view, std::string_view, StringViewHash> cue_kind;  // as written
  std::deque<std::string> normalized_keys;                                          // owns the keys
  std::unordered_map<std::string_view, std::string_view, StringViewHash>
      normalized_cue_kind;  // lemmatised
  std::unordered_map<std::string_view, std::vector<std::string_view>> cues_by_kind;
  WordIndex<CueEntry> cue_first;
  // Every key of the five indexes above with what each holds under it (see hits()).
  FlatStringMap<TriggerWordHits> by_word;  // asked about every word form of the text

  TriggerWordHits word_hits(std::string_view word) const {
    const TriggerWordHits* h = by_word.find(word);
    return h == nullptr ? TriggerWordHits{} : *h;
  }
  void index_words();

  void load_types();
  void load_triggers();
  void load_cues();
};

void TriggerLexicon::Tables::load_types() {
  for_each_numbered_row("events/types.tsv", [&](const TsvRow& row, uint32_t line) {
    if (row.size() < 3) data_error("events/types.tsv", line, "expected type, cameo, group");
    type_names.push_back(row[0]);
    type_info[row[0]] = {row[1], row[2]};
  });
}

void TriggerLexicon::Tables::load_triggers() {
  constexpr std::string_view kFile = "events/triggers.tsv";
  for_each_numbered_row(kFile, [&](const TsvRow& row, uint32_t line) {
    if (row.size() < 8) data_error(kFile, line, "expected at least 8 columns");
    auto type = type_info.find(row[0]);
    if (type == type_info.end()) data_error(kFile, line, "unknown event type");
    std::string_view pos = row[1];
    if (pos != "verb" && pos != "noun" && pos != "adj" && pos != "phrase") {
      data_error(kFile, line, "pos must be verb, noun, adj or phrase");
    }
    if (row[3] != "any" && row[3] != "active" && row[3] != "passive") {
      data_error(kFile, line, "voice must be any, active or passive");
    }
    std::string_view slot = row[4];
    if (slot != "object" && slot != "subject" && slot != "of" && slot != "possessor" &&
        slot != "none") {
      data_error(kFile, line, "victim_slot must be object, subject, of, possessor or none");
    }
    TriggerEntry e;
    e.type = type->first;
    e.pos = pos;
    e.text = row[2];
    e.voice = row[3];
    e.victim_slot = slot;
    e.outcome = row[5] == "-" ? std::string_view() : row[5];
    e.cameo = row[6] == "-" ? type->second.cameo : row[6] == "none" ? std::string_view() : row[6];
    if (row[7] != "-") e.requires_any = split(row[7], '|');
    e.comment = row.size() > 8 ? row[8] : std::string_view();
    e.words = split(row[2], ' ');
    e.row = line;
    if (e.words.empty()) data_error(kFile, line, "empty lemma_or_phrase");
    if ((pos == "phrase") != (e.words.size() > 1)) {
      data_error(kFile, line, "a phrase has several words; verb, noun and adj rows have one");
    }
    auto gap = [](std::string_view w) { return w == "*" || w == "**"; };
    if (gap(e.words.front()) || gap(e.words.back())) {
      data_error(kFile, line, "a phrase cannot start or end with * or **");
    }
    entries.push_back(std::move(e));
  });
  // Index once the vector no longer moves.
  patterns.reserve(entries.size());
  contexts.reserve(entries.size());
  for (const TriggerEntry& e : entries) {
    patterns.push_back(make_pattern(e.words));
    contexts.push_back(make_pattern(e.requires_any));
    seconds.push_back(second_word_of(patterns.back()));
    const auto first = static_cast<uint32_t>(later_words.size());
    const std::vector<PatternWord>& pattern = patterns.back();
    for (size_t w = 1; w < pattern.size(); ++w) {
      if (pattern[w].kind != PatternWord::kWord) continue;
      PhraseWordForms f;
      for (std::string_view form : {pattern[w].text, pattern[w].verb, pattern[w].noun}) {
        bool seen = false;
        for (uint32_t k = 0; k < f.count; ++k) seen = seen || f.forms[k] == form;
        if (seen) continue;
        f.forms[f.count] = form;
        f.hashes[f.count] = short_string_hash(form);
        ++f.count;
      }
      later_words.push_back(f);
    }
    later_range.emplace_back(first, static_cast<uint32_t>(later_words.size()) - first);
    if (e.pos == "verb") verbs.add(e.text, &e);
    if (e.pos == "noun") nouns.add(e.text, &e);
    if (e.pos == "adj") adjs.add(e.text, &e);
    if (e.pos == "phrase") {
      for (std::string_view key : first_word_keys(patterns.back().front())) phrases.add(key, &e);
    }
  }
  verbs.finish();
  nouns.finish();
  adjs.finish();
  phrases.finish();
}

void TriggerLexicon::Tables::load_cues() {
  constexpr std::string_view kFile = "events/cues.tsv";
  for_each_numbered_row(kFile, [&](const TsvRow& row, uint32_t line) {
    if (row.size() < 2) data_error(kFile, line, "expected cue, kind");
    CueEntry c{row[0], row[1], split(row[0], ' '), line};
    if (c.words.empty() || c.words.front() == "*" || c.words.back() == "*") {
      data_error(kFile, line, "a cue cannot be empty or start or end with *");
    }
    cues.push_back(std::move(c));
  });
  cue_patterns.reserve(cues.size());
  for (const CueEntry& c : cues) {
    cue_patterns.push_back(make_pattern(c.words));
    cue_seconds.push_back(second_word_of(cue_patterns.back()));
    cue_kind.emplace(c.phrase, c.kind);  // the first listing wins
    char buf[kMaxCue];
    std::string_view norm = normalize_phrase(c.phrase, buf, sizeof buf);
    if (!norm.empty() && !normalized_cue_kind.contains(norm)) {
      normalized_keys.emplace_back(norm);
      normalized_cue_kind.emplace(normalized_keys.back(), c.kind);
    }
    cues_by_kind[c.kind].push_back(c.phrase);
    for (std::string_view key : first_word_keys(cue_patterns.back().front())) {
      cue_first.add(key, &c);
    }
  }
  cue_first.finish();
}

const TriggerLexicon& TriggerLexicon::instance() {
  static const TriggerLexicon* const kInstance = new TriggerLexicon();
  return *kInstance;
}

TriggerLexicon::TriggerLexicon() : t_(new Tables) {
  t_->load_types();
  t_->load_triggers();
  t_->load_cues();
  t_->index_words();
}

void TriggerLexicon::Tables::index_words() {
  auto add = [&](std::string_view key) {
    if (by_word.contains(key)) return;
    by_word.insert(key, TriggerWordHits{verbs.find(key), nouns.find(key), adjs.find(key),
                                        phrases.find(key), cue_first.find(key)});
  };
  verbs.for_each_key(add);
  nouns.for_each_key(add);
  adjs.for_each_key(add);
  phrases.for_each_key(add);
  cue_first.for_each_key(add);
}

TriggerLexicon::~TriggerLexicon() { delete t_; }

std::span<const TriggerEntry* const> TriggerLexicon::single(std::string_view lemma,
                                                            std::string_view pos) const {
  if (pos == "verb") return t_->verbs.find(lemma);
  if (pos == "noun") return t_->nouns.find(lemma);
  if (pos == "adj") return t_->adjs.find(lemma);
  return {};
}

TriggerWordHits TriggerLexicon::hits(std::string_view word) const {
  TriggerWordHits h = t_->word_hits(word);
  if (is_negation(word)) {  // phrases and cues file every negation under "not"
    TriggerWordHits n = t_->word_hits("not");
    h.phrases = n.phrases;
    h.cues = n.cues;
  }
  return h;
}

std::span<const TriggerEntry* const> TriggerLexicon::phrases_starting(
    std::string_view lemma) const {
  return t_->phrases.find(is_negation(lemma) ? "not" : lemma);
}

int TriggerLexicon::match_phrase(const TriggerEntry& e, std::span<const std::string_view> lemmas,
                                 size_t i, bool lemmatize) const {
  if (i >= lemmas.size()) return 0;
  std::vector<PatternWord> local;
  const std::vector<PatternWord>* pattern;
  if (&e >= t_->entries.data() && &e < t_->entries.data() + t_->entries.size()) {
    const size_t k = static_cast<size_t>(&e - t_->entries.data());
    if (!lemmatize && second_word_fails(t_->seconds[k], lemmas, i)) return 0;
    pattern = &t_->patterns[k];
  } else {  // an entry built by the caller
    local = make_pattern(e.words);
    pattern = &local;
    if (!lemmatize && second_word_fails(second_word_of(local), lemmas, i)) return 0;
  }
  int n = match_at(pattern->data(), pattern->size(), lemmas, i, lemmatize);
  return n > 0 ? n : 0;
}

std::span<const PhraseWordForms> TriggerLexicon::phrase_later_words(const TriggerEntry& e) const {
  if (&e < t_->entries.data() || &e >= t_->entries.data() + t_->entries.size()) return {};
  const auto [first, count] = t_->later_range[static_cast<size_t>(&e - t_->entries.data())];
  return std::span<const PhraseWordForms>(t_->later_words.data() + first, count);
}

bool TriggerLexicon::requires_met(const TriggerEntry& e,
                                  std::span<const std::string_view> clause_lemmas) const {
  if (e.requires_any.empty()) return true;
  std::vector<PatternWord> local;
  const std::vector<PatternWord>* context;
  if (&e >= t_->entries.data() && &e < t_->entries.data() + t_->entries.size()) {
    context = &t_->contexts[&e - t_->entries.data()];
  } else {
    local = make_pattern(e.requires_any);
    context = &local;
  }
  const Lemmatizer& lem = Lemmatizer::instance();
  for (std::string_view token : clause_lemmas) {
    std::string_view forms[3] = {token, lem.lemma(token, Pos::kVerb), lem.lemma(token, Pos::kNoun)};
    for (const PatternWord& p : *context) {
      for (std::string_view f : forms) {
        if (same_word(f, p.text) || same_word(f, p.verb) || same_word(f, p.noun)) return true;
      }
    }
  }
  return false;
}

std::string_view TriggerLexicon::cameo_of(std::string_view type) const {
  auto it = t_->type_info.find(type);
  return it == t_->type_info.end() ? std::string_view() : it->second.cameo;
}

std::string_view TriggerLexicon::group_of(std::string_view type) const {
  auto it = t_->type_info.find(type);
  return it == t_->type_info.end() ? std::string_view() : it->second.group;
}

std::span<const std::string_view> TriggerLexicon::types() const { return t_->type_names; }

std::span<const TriggerEntry> TriggerLexicon::entries() const { return t_->entries; }

std::string_view TriggerLexicon::cue(std::string_view lower_phrase) const {
  auto it = t_->cue_kind.find(is_negation(lower_phrase) ? "not" : lower_phrase);
  if (it != t_->cue_kind.end()) return it->second;
  char buf[kMaxCue];
  std::string_view norm = normalize_phrase(lower_phrase, buf, sizeof buf);
  auto nit = t_->normalized_cue_kind.find(norm);
  return nit == t_->normalized_cue_kind.end() ? std::string_view() : nit->second;
}

std::span<const std::string_view> TriggerLexicon::cues_of_kind(std::string_view kind) const {
  auto it = t_->cues_by_kind.find(kind);
  if (it == t_->cues_by_kind.end()) return {};
  return it->second;
}

std::span<const CueEntry* const> TriggerLexicon::cues_starting(std::string_view lemma) const {
  return t_->cue_first.find(is_negation(lemma) ? "not" : lemma);
}

int TriggerLexicon::match_cue(const CueEntry& c, std::span<const std::string_view> lemmas, size_t i,
                              bool lemmatize) const {
  if (i >= lemmas.size()) return 0;
  std::vector<PatternWord> local;
  const std::vector<PatternWord>* pattern;
  if (&c >= t_->cues.data() && &c < t_->cues.data() + t_->cues.size()) {
    const size_t k = static_cast<size_t>(&c - t_->cues.data());
    if (!lemmatize && second_word_fails(t_->cue_seconds[k], lemmas, i)) return 0;
    pattern = &t_->cue_patterns[k];
  } else {
    local = make_pattern(c.words);
    pattern = &local;
    if (!lemmatize && second_word_fails(second_word_of(local), lemmas, i)) return 0;
  }
  int n = match_at(pattern->data(), pattern->size(), lemmas, i, lemmatize);
  return n > 0 ? n : 0;
}

std::span<const CueEntry> TriggerLexicon::cues() const { return t_->cues; }

// The test second_word_fails makes, as data: the forms the pattern's second word may take.
bool TriggerLexicon::cue_second_forms(const CueEntry& c, std::string_view forms[3],
                                      uint64_t* hashes) const {
  const auto at = reinterpret_cast<uintptr_t>(&c) - reinterpret_cast<uintptr_t>(t_->cues.data());
  const size_t k = at / sizeof(CueEntry);
  if (k >= t_->cues.size() || &t_->cues[k] != &c) return false;
  const SecondWord& w = t_->cue_seconds[k];
  if (!w.tested) return false;
  for (int f = 0; f < 3; ++f) {
    forms[f] = w.forms[f];
    if (hashes != nullptr) hashes[f] = w.hashes[f];
  }
  return true;
}

}  // namespace casebook
