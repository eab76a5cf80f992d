// Loads data/time/*.tsv into the time-word table (open addressing, FNV-1a).
#include "nlp/time_lexicon.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "core/tsv.h"

namespace casebook {
namespace {

uint32_t hash_key(const uint64_t key[2], size_t length) {
  const uint64_t h = (key[0] * 0x9E3779B97F4A7C15ull) ^ (key[1] * 0xC2B2AE3D27D4EB4Full) ^ length;
  return static_cast<uint32_t>(h >> 32) ^ static_cast<uint32_t>(h);
}

// The slot tag of a hash: its high half, never 0 (0 marks an empty slot).
uint16_t tag_of(uint32_t h) { return static_cast<uint16_t>((h >> 16) | 1); }

void pack(std::string_view w, uint64_t key[2]) {
  char buf[16] = {};
  std::memcpy(buf, w.data(), w.size());
  std::memcpy(key, buf, 16);
}

int to_int(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::string_view field(const TsvRow& row, size_t i) { return i < row.size() ? row[i] : ""; }

[[noreturn]] void bad_row(const char* file, const TsvRow& row) {
  std::fprintf(stderr, "casebook: internal error: bad row in data/time/%s: %s\n", file,
               std::string(field(row, 0)).c_str());
  std::abort();
}

TimeUnit to_unit(std::string_view s) {
  if (s == "day") return TimeUnit::kDay;
  if (s == "week") return TimeUnit::kWeek;
  if (s == "month") return TimeUnit::kMonth;
  if (s == "year") return TimeUnit::kYear;
  return TimeUnit::kNone;
}

ApproxKind to_approx(std::string_view s) {
  if (s == "around") return ApproxKind::kAround;
  if (s == "early") return ApproxKind::kEarly;
  if (s == "mid") return ApproxKind::kMid;
  if (s == "late") return ApproxKind::kLate;
  return ApproxKind::kNone;
}

void load_all(std::map<std::string, TimeWord>* words) {
  auto& w = *words;
  for_each_data_row("time/months.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    t.month = static_cast<uint8_t>(to_int(field(r, 1)));
    if (t.month < 1 || t.month > 12) bad_row("months.tsv", r);
    t.month_abbr = field(r, 2) == "abbr";
    const std::string_view amb = field(r, 3);
    t.month_ambiguity = amb == "word"   ? MonthAmbiguity::kWord
                        : amb == "name" ? MonthAmbiguity::kName
                                        : MonthAmbiguity::kNone;
  });
  for_each_data_row("time/weekdays.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    t.weekday = static_cast<uint8_t>(to_int(field(r, 1)));
    if (t.weekday < 1 || t.weekday > 7) bad_row("weekdays.tsv", r);
    t.weekday_abbr = field(r, 2) == "abbr";
  });
  for_each_data_row("time/numbers.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    t.number = static_cast<int8_t>(to_int(field(r, 1)));
    t.number_article = field(r, 2) == "article";
    t.number_approx = field(r, 2) == "approx";
  });
  for_each_data_row("time/ordinals.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    t.ordinal_suffix = field(r, 2) == "suffix";
    t.ordinal = static_cast<uint8_t>(to_int(field(r, 1)));
  });
  for_each_data_row("time/units.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    t.unit = to_unit(field(r, 1));
    t.unit_count = static_cast<uint8_t>(to_int(field(r, 2)));
    t.unit_plural = field(r, 3) == "plural";
    if (t.unit == TimeUnit::kNone || t.unit_count == 0) bad_row("units.tsv", r);
  });
  for_each_data_row("time/relative.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    const std::string_view role = field(r, 1);
    const int8_t off = static_cast<int8_t>(to_int(field(r, 2)));
    if (role == "deictic")
      t.deictic = off;
    else if (role == "period")
      t.period = off;
    else if (role == "anaphoric")
      t.anaphoric = off;
    else if (role == "ago")
      t.ago = off;
    else if (role == "direction")
      t.direction = off;
    else if (role == "anchored")
      t.anchored = off;
    else if (role == "day")
      t.day = off;
    else if (role == "demonstrative")
      t.demonstrative = true;
    else
      bad_row("relative.tsv", r);
  });
  for_each_data_row("time/approximators.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    const ApproxKind kind = to_approx(field(r, 1));
    if (kind == ApproxKind::kNone) bad_row("approximators.tsv", r);
    if (field(r, 2) == "noun")
      t.approx_noun = kind;
    else
      t.approx_prefix = kind;
  });
  for_each_data_row("time/seasons.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    t.season_first = static_cast<uint8_t>(to_int(field(r, 1)));
    t.season_last = static_cast<uint8_t>(to_int(field(r, 2)));
    t.season_word = field(r, 3) == "word";
  });
  for_each_data_row("time/day_parts.tsv", [&](const TsvRow& r) {
    TimeWord& t = w[std::string(field(r, 0))];
    t.day_part = true;
    if (field(r, 1) != "-") t.day_part_last = static_cast<int8_t>(to_int(field(r, 1)));
  });
  for_each_data_row("time/grammar.tsv", [&](const TsvRow& r) {
    static const std::pair<std::string_view, uint16_t> kRoles[] = {
        {"article", kGrammarArticle}, {"of", kGrammarOf},           {"and", kGrammarAnd},
        {"to", kGrammarTo},           {"from", kGrammarFrom},       {"between", kGrammarBetween},
        {"since", kGrammarSince},     {"context", kGrammarContext}, {"stop", kGrammarStop}};
    uint16_t bit = 0;
    for (const auto& [name, b] : kRoles) {
      if (field(r, 1) == name) bit = b;
    }
    if (bit == 0) bad_row("grammar.tsv", r);
    w[std::string(field(r, 0))].grammar |= bit;
  });
  for_each_data_row("time/blockers.tsv", [&](const TsvRow& r) {
    const std::string_view role = field(r, 1);
    const uint8_t bit = role == "label"        ? kBlockLabel
                        : role == "quantity"   ? kBlockQuantity
                        : role == "count"      ? kBlockCount
                        : role == "instrument" ? kBlockInstrument
                                               : 0;
    if (bit == 0) bad_row("blockers.tsv", r);
    w[std::string(field(r, 0))].blocker |= bit;
  });
}

}  // namespace

const TimeLexicon& TimeLexicon::get() {
  static const TimeLexicon* lexicon = new TimeLexicon();
  return *lexicon;
}

TimeLexicon::TimeLexicon() {
  std::map<std::string, TimeWord> words;
  load_all(&words);
  for (auto& [key, t] : words) {
    const size_t dash = key.find('-');
    if (dash != std::string::npos) words[key.substr(0, dash)].compound_head = true;
  }
  for (auto& [key, t] : words) {
    t.trigger = t.month != 0 || t.weekday != 0 || t.number != 0 ||
                (t.ordinal != 0 && !t.ordinal_suffix) || t.deictic != kNoOffset ||
                t.direction != kNoOffset || t.day != kNoOffset || t.demonstrative ||
                t.approx_prefix != ApproxKind::kNone || t.approx_noun != ApproxKind::kNone ||
                t.season_first != 0 ||
                (t.grammar & (kGrammarArticle | kGrammarFrom | kGrammarBetween | kGrammarSince));
    t.core = t.month != 0 || t.weekday != 0 || t.unit != TimeUnit::kNone || t.day != kNoOffset ||
             t.day_part || t.season_first != 0 || t.season_word || t.ordinal != 0;
  }
  size_t capacity = 16;
  while (capacity < words.size() * 3) capacity *= 2;
  slots_.assign(capacity, Slot{});
  tags_.assign(capacity, 0);
  mask_ = static_cast<uint32_t>(capacity - 1);
  for (auto& [key, t] : words) {
    if (key.empty() || key.size() > kMaxWordLength) continue;
    const int32_t index = static_cast<int32_t>(words_.size());
    words_.push_back(t);
    Slot entry;
    pack(key, entry.key);
    entry.length = static_cast<uint32_t>(key.size());
    entry.index = index;
    const uint32_t h = hash_key(entry.key, key.size());
    uint32_t slot = h & mask_;
    while (slots_[slot].length != 0) slot = (slot + 1) & mask_;
    slots_[slot] = entry;
    tags_[slot] = tag_of(h);
    if (key[0] >= 'a' && key[0] <= 'z') length_mask_[key[0] - 'a'] |= 1u << key.size();
  }
}

const TimeWord* TimeLexicon::find(std::string_view lower) const {
  if (lower.empty() || lower.size() > kMaxWordLength) return nullptr;
  uint64_t key[2];
  pack(lower, key);
  return find_packed(key, lower.size());
}

const TimeWord* TimeLexicon::find_packed(const uint64_t key[2], size_t length) const {
  uint8_t first;  // the first letter, whatever the byte order
  std::memcpy(&first, key, 1);
  if (first < 'a' || first > 'z' || !(length_mask_[first - 'a'] & (1u << length))) {
    return nullptr;
  }
  const uint32_t h = hash_key(key, length);
  const uint16_t tag = tag_of(h);
  for (uint32_t slot = h & mask_; tags_[slot] != 0; slot = (slot + 1) & mask_) {
    if (tags_[slot] != tag) continue;
    const Slot& s = slots_[slot];
    if (s.length == length && s.key[0] == key[0] && s.key[1] == key[1]) return &words_[s.index];
  }
  return nullptr;
}

}  // namespace casebook
