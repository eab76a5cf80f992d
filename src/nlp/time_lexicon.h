// The words time expressions are made of (data/time/*.tsv), merged into one immutable table:
// a word such as "last" or "may" carries every role it has, so the scanner looks it up once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/time_expression.h"

namespace casebook {

inline constexpr int8_t kNoOffset = -128;  // the word does not have this role

enum class MonthAmbiguity : uint8_t { kNone, kName, kWord };
enum class ApproxKind : uint8_t { kNone, kAround, kEarly, kMid, kLate };

// Bits of TimeWord::grammar (data/time/grammar.tsv).
enum GrammarRole : uint16_t {
  kGrammarArticle = 1 << 0,
  kGrammarOf = 1 << 1,
  kGrammarAnd = 1 << 2,
  kGrammarTo = 1 << 3,
  kGrammarFrom = 1 << 4,
  kGrammarBetween = 1 << 5,
  kGrammarSince = 1 << 6,
  kGrammarContext = 1 << 7,
  kGrammarStop = 1 << 8,
};

// Bits of TimeWord::blocker (data/time/blockers.tsv).
enum BlockerRole : uint8_t {
  kBlockLabel = 1,
  kBlockQuantity = 2,
  kBlockCount = 4,
  kBlockInstrument = 8,
};

struct TimeWord {
  uint8_t month = 0;  // months.tsv
  bool month_abbr = false;
  MonthAmbiguity month_ambiguity = MonthAmbiguity::kNone;
  uint8_t weekday = 0;  // weekdays.tsv, 1 = Monday
  bool weekday_abbr = false;
  int8_t number = 0;  // numbers.tsv
  bool number_article = false, number_approx = false;
  uint8_t ordinal = 0;  // ordinals.tsv
  bool ordinal_suffix = false;
  TimeUnit unit = TimeUnit::kNone;  // units.tsv
  uint8_t unit_count = 0;
  bool unit_plural = false;
  int8_t deictic = kNoOffset, period = kNoOffset, anaphoric = kNoOffset;  // relative.tsv
  int8_t ago = kNoOffset, direction = kNoOffset, anchored = kNoOffset, day = kNoOffset;
  bool demonstrative = false;  // "that" of "that year" (relative.tsv)
  ApproxKind approx_prefix = ApproxKind::kNone, approx_noun = ApproxKind::kNone;
  uint8_t season_first = 0, season_last = 0;  // seasons.tsv
  bool season_word = false;
  bool day_part = false;  // day_parts.tsv
  int8_t day_part_last = kNoOffset;
  uint16_t grammar = 0;
  uint8_t blocker = 0;
  bool compound_head = false;  // starts a hyphenated entry ("twenty" of "twenty-one")
  bool trigger = false;        // an expression can start at this word
  // Every expression holds a number or a word with one of these roles (month, weekday, unit,
  // day word, day part, season, ordinal), and the words before the first of them are all
  // lexicon words, dashes or numbers (time_parser.h): a stretch of text without such a word
  // and with a word that has no entry in between cannot start an expression that ends past it.
  bool core = false;
};

// Immutable after construction; get() is safe from any thread.
class TimeLexicon {
 public:
  static const TimeLexicon& get();
  static constexpr size_t kMaxWordLength = 16;
  // lower: an ASCII lower-case word. nullptr when it has no role.
  const TimeWord* find(std::string_view lower) const;
  // The same, for a word already packed into 16 zero-padded bytes (the scanner's fast path).
  const TimeWord* find_packed(const uint64_t key[2], size_t length) const;
  // False when no word of this length starts with this lower-case letter, so find would give
  // nullptr: the scanner asks before packing a word (most words of a text have no time role).
  bool may_hold(char first_lower, size_t length) const {
    return first_lower >= 'a' && first_lower <= 'z' && length < 32 &&
           (length_mask_[first_lower - 'a'] & (1u << length)) != 0;
  }

 private:
  TimeLexicon();
  struct Slot {
    uint64_t key[2] = {0, 0};  // the word, zero-padded
    uint32_t length = 0;       // 0: empty
    int32_t index = -1;        // into words_
  };
  std::vector<TimeWord> words_;
  std::vector<Slot> slots_;  // open addressing, keys inline
  // By slot: 16 bits of the key's hash (never 0), 0 when the slot is empty. A probe reads
  // these first: most words asked about are in no entry, and the tags (2 bytes a slot, not 24)
  // stay in the CPU's cache where the slots did not.
  std::vector<uint16_t> tags_;
  uint32_t mask_ = 0;
  uint32_t length_mask_[26] = {};  // bit n set: some word of length n starts with this letter
};

}  // namespace casebook
