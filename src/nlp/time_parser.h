// The patterns of the time-expression finder: hand-written recursive descent over tokens read
// on demand. Calendar patterns live in time_parse_calendar.cc, patterns counted from the
// reference date or from another event in time_parse_relative.cc. Internal to src/nlp.
#pragma once

#include <cstdint>
#include <string_view>

#include "nlp/time_expression.h"
#include "nlp/time_lexer.h"

namespace casebook {

// One expression while it is being parsed.
struct FoundTime {
  uint32_t start = 0, end = 0;
  TimeKind kind = TimeKind::kAbsolute;
  CivilDate value, value_end;
  TimeUnit precision = TimeUnit::kYear;  // the finest unit the value names
  bool has_end = false;                  // names a span, even while unresolved
  bool calendar = false;    // a calendar date as written: may take a range partner or a year
  bool yearless = false;    // calendar date whose year is still to come ("September 6")
  bool wraps = false;       // year-less range whose end month precedes its start (Nov..Feb)
  bool unresolved = false;  // the reference lacks the precision the expression needs
  bool lacks_year = false;  // a calendar date left without a year: no reference year known
  bool approximate = false, year_written = false, open_end = false, uses_reference = false;
  bool deictic = false;  // read from the day of writing by its words ("last week")
  TimeUnit anchor_unit = TimeUnit::kNone;
  int anchor_offset = 0;
  uint8_t anchor_season_first = 0, anchor_season_last = 0;
  uint32_t anchor_start = 0, anchor_end = 0;
};

// What precedes the token an expression starts at.
struct TimeContext {
  Tok prev, prev2;            // the two tokens before (type kEnd at the start of text)
  bool date_context = false;  // prev announces a date: "in", "of", "early", "last", ...
};

// One parser per call of find_time_expressions: it caches the last token read, so it is not
// shared between threads.
//
// What the scanner's jumps (time_skip.h) rely on, and every pattern must keep: an expression
// found holds a number or a word whose TimeWord::core is set, and every token read from the
// trigger up to the first of them is a lexicon word, a dash or a number: never a word without
// an entry ("police"), other punctuation or a blank line. tests/nlp/issue6_time_skip_test.cc
// compares the scanner with and without its jumps on random text from the lexicon's words.
class TimeParser {
 public:
  TimeParser(std::string_view text, const CivilDate& reference);

  // True when an expression can start at t (a number, or a word with a starting role).
  static bool is_trigger(const Tok& t);
  // Every pattern that can start at t, longest first; fills *f on success.
  bool parse_expression(const Tok& t, const TimeContext& ctx, FoundTime* f) const;

  // The token at pos; remembers the last one read, since a failed pattern reads the token
  // after its trigger and the scan then reads it again.
  Tok lex(uint32_t pos) const {
    if (pos != cached_pos_) {
      cached_ = lex_at(text_, pos, lexicon_);
      cached_pos_ = pos;
    }
    return cached_;
  }
  Tok next(const Tok& t) const { return lex(t.end); }
  TimeContext context_after(const Tok& t, const TimeContext& before) const;
  // "May of that year", "3 May the same year": where such a tail after a date ending at
  // end stops, else 0.
  uint32_t story_year_tail(uint32_t end) const;

 private:
  // Everything but since/from/between.
  bool parse_core(const Tok& t, const TimeContext& ctx, FoundTime* f) const;

  // time_parse_calendar.cc
  bool parse_calendar(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool parse_point(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool parse_month_first(const Tok& m, const TimeContext& ctx, FoundTime* f) const;
  bool parse_day_first(const Tok& d, FoundTime* f) const;
  bool parse_numeric(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  int scan_numeric_date(const Tok& t, FoundTime* f) const;
  bool parse_year_range(const Tok& t, FoundTime* f) const;
  bool parse_bare_year(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool names_instrument(const Tok& year, const TimeContext& ctx) const;
  bool parse_season(const Tok& s, FoundTime* f) const;
  bool parse_from(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool parse_between(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  void extend_range(FoundTime* f) const;
  bool merge_range(FoundTime* a, const FoundTime& b, bool strict, bool joined_by_and) const;
  void apply_year_tail(FoundTime* f) const;
  void resolve_yearless(FoundTime* f) const;
  void fill_year(FoundTime* f, int year) const;

  // time_parse_relative.cc
  bool parse_the(const Tok& the, const TimeContext& ctx, FoundTime* f) const;
  bool parse_prefixed(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool parse_edge_noun(const Tok& noun, const TimeContext& ctx, FoundTime* f) const;
  bool parse_deictic(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool parse_that_year(const Tok& that, FoundTime* f) const;
  bool parse_day_word(const Tok& t, FoundTime* f) const;
  bool parse_count(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool parse_weekday(const Tok& t, const TimeContext& ctx, FoundTime* f) const;
  bool parse_period(const Tok& the, const Tok& t, FoundTime* f) const;
  // After "before"/"after": the anchor phrase or date; fills the anchor fields of *f.
  void parse_anchor(const Tok& direction, FoundTime* f) const;

  // Token tests.
  bool is_year(const Tok& t) const;
  bool is_year_unit(const Tok& t) const;  // "year", singular
  bool is_day(const Tok& t) const;
  bool month_ok(const Tok& t) const;  // a month name in a form that may count
  // Whether the document writes numeric dates month first ("04/26/1991"): read once, on the
  // first date that needs it ("03/02/2021"), from the whole text.
  bool writes_month_first() const;
  bool has_full_reference() const { return reference_.day != 0; }
  // Whether the reference date is precise enough to count back in `precision` units.
  bool reference_has(TimeUnit precision) const {
    return precision == TimeUnit::kYear    ? reference_.year != 0
           : precision == TimeUnit::kMonth ? reference_.month != 0
                                           : reference_.day != 0;
  }

  std::string_view text_;
  CivilDate reference_;
  const TimeLexicon& lexicon_;
  mutable uint32_t cached_pos_ = UINT32_MAX;
  mutable Tok cached_;
  mutable int8_t month_first_ = -1;  // writes_month_first: -1 until read, then 0 or 1
};

// Small token predicates shared by the parser files.
inline bool is_punct(const Tok& t, char32_t cp) { return t.type == TokType::kPunct && t.cp == cp; }
inline bool has_grammar(const Tok& t, uint16_t role) {
  return t.type == TokType::kWord && t.word != nullptr && (t.word->grammar & role) != 0;
}
inline bool is_dash_tok(const Tok& t) { return t.type == TokType::kPunct && is_dash(t.cp); }

}  // namespace casebook
