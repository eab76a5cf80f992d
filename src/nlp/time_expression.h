// Time expressions in English news text, found in one pass and normalised to ISO-8601 dates at
// the precision the text gives: "on September 6 and 7" -> 2017-09-06 .. 2017-09-07.
//
// Thread-safety: every function is pure; the word lists (data/time/*.tsv) are loaded once, on
// first use, into an immutable table shared by all threads. Nothing reads the machine's clock:
// "now" is always the reference date passed in.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

// A calendar point at the precision known; 0 means unknown. year == 0 means no date.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// "2017", "2017-09", "2017-09-06" for the precision set; "" when year == 0.
std::string to_iso(const CivilDate& d);
// Parses an ISO string ("2017", "2017-09", "2017-09-06") into a CivilDate (year 0 if invalid).
CivilDate parse_iso(std::string_view s);

// kAbsolute: a calendar date or period named in the text ("6 September 2017", "March 2015";
//            "September 6" too, its year taken from the reference; see uses_reference).
// kRelative: counted from the reference date ("yesterday", "last year", "on Tuesday",
//            "two years ago", "September last year").
// kAnchored: counted from another event ("two days later", "one day before the trial").
// kRange:    a span with two ends ("September 6 and 7", "between 2014 and 2016", "the 1990s",
//            "the summer of 2018", "last week", "the past two years").
enum class TimeKind : uint8_t { kAbsolute, kRelative, kAnchored, kRange };

// The unit a counted expression moves by ("two days later": kDay, "a year earlier": kYear).
enum class TimeUnit : uint8_t { kNone, kDay, kWeek, kMonth, kYear };

struct TimeExpression {
  uint32_t start = 0, end = 0;  // byte span of the expression in the text
  TimeKind kind = TimeKind::kAbsolute;
  CivilDate value;            // start of the denoted period (year 0 = unresolved)
  CivilDate value_end;        // end of a range ("September 6 and 7", "from January to
                              // September"), year 0 when not a range
  bool approximate = false;   // "around 2015", "early September", "roughly two years ago"
  bool year_written = false;  // the year appears in the expression itself (as digits), or
                              // as "that year" after one written before
  // For kAnchored ("one day before", "two days later", "the next day", "a week after"):
  int anchor_offset_days = 0;  // -1 for "one day before", +2 for "two days later"; 7 per
                               // week; 0 when the unit is a month or a year (see below)
  uint32_t anchor_start = 0,
           anchor_end = 0;  // span of the anchor phrase after
                            // "before/after" when present (e.g. "before the meeting" ->
                            // "the meeting"), 0/0 when the anchor is the narrative context
  // Added fields.
  TimeUnit anchor_unit = TimeUnit::kNone;  // kAnchored: unit of anchor_offset
  int anchor_offset = 0;        // kAnchored: offset in anchor_unit ("a year earlier": -1)
  // "the following spring": the season's first and last months (anchor_unit kYear, offset
  // +1 or -1), so that a season after or before the anchor's month stays in its year.
  uint8_t anchor_season_first = 0, anchor_season_last = 0;
  bool open_end = false;        // "since 2015": from value on, up to the time of writing
  bool uses_reference = false;  // value was read against the reference date ("last year",
                                // "yesterday", a year-less "September 6")
  bool deictic = false;         // its words count from the day of writing ("last week",
                                // "yesterday", "on Tuesday"), unlike "September 6"
};

// Finds the time expressions of text, left to right, without overlaps. reference is the date
// the document is written from, at the precision known (may be just a year, or nothing).
//
// Resolution rules:
// - A year-less date ("September 6", "in March") takes the reference year, except that when
//   the reference has a month and the date would fall more than 90 days (3 months for a
//   month-only date) after the reference, it takes the year before: news reports the past, so
//   "on December 28" in a paper dated 2018-01-05 is 2017-12-28, while "a hearing on January
//   20" in the same paper stays 2018-01-20.
// - "on Tuesday" is the most recent Tuesday on or before the reference date; "last Tuesday"
//   the most recent one strictly before it; "next Tuesday" the first one after it.
// - "last September" / "last summer" is the most recent one wholly before the reference
//   month; "this September" is in the reference year.
// - "last week" is Monday..Sunday of the week before the reference's week.
// - When the reference lacks the precision an expression needs ("yesterday" with a reference
//   of just "2017"), the expression is kept with value.year == 0 (unresolved).
// - Expressions counted from another event (kAnchored) stay unresolved unless their anchor
//   is itself a date ("two days before September 6" -> 2017-09-04).
std::vector<TimeExpression> find_time_expressions(std::string_view text,
                                                  const CivilDate& reference);

// Where the scanner may jump ahead without reading the text between (see time_skip.h): from
// any token end in [from, restart), it goes on at restart.
struct TimeSkip {
  uint32_t from = 0, restart = 0;
};
// The same expressions as above, lexing only what the jumps (sorted, as find_time_skips
// gives them) leave: a page's text is otherwise read twice, by the tokenizer and here.
std::vector<TimeExpression> find_time_expressions(std::string_view text, const CivilDate& reference,
                                                  std::span<const TimeSkip> skips);

// Infers the document's reference year from its own text when metadata gives none: e.g.
// "At last year's conference ... in 2014" -> 2015; "this year's summit, the 2019 edition" ->
// 2019. Returns 0 when nothing supports an inference. Conservative: needs an explicit
// four-digit year (1950..2100) in the same or a neighbouring sentence as "last year('s)" /
// "this year('s)" / "next year"; the nearest such year is taken to be the one the phrase
// names. A candidate older than the document's latest written year minus one is dropped, and
// a tie between candidates returns 0.
int infer_reference_year(std::string_view text);

// Resolves an anchored expression against the date of the event it is anchored to.
// Needs day precision; else returns anchor unchanged at its precision.
CivilDate shift_days(const CivilDate& anchor, int days);

// Moves a date by count units. Days and weeks need day precision, months need month
// precision; else the anchor comes back unchanged. A day past the end of the new month is
// clamped (2016-02-29 + 1 year = 2017-02-28).
CivilDate shift_by(const CivilDate& anchor, int count, TimeUnit unit);

// The date an anchored expression names, given the date of its anchor: the anchor moved by
// anchor_offset units, kept at the unit's precision ("a year earlier" than 2017-09-06 is 2016;
// "two days later" than 2017-09-06 is 2017-09-08). Year 0 when the anchor is too coarse.
CivilDate resolve_anchored(const TimeExpression& e, const CivilDate& anchor);

}  // namespace casebook
