// Calendar patterns of the time-expression finder: "September 6 and 7", "6th of September
// 2017", "Sept. 6", "March 2015", "2017-09-06", "15/09/2017", "2015–16", "the 1990s", "summer
// 2018", "July and August", "from January to September this year", "between 2014 and 2016".
#include <algorithm>
#include <cctype>
#include <iterator>

#include "nlp/time_calendar.h"
#include "nlp/time_parser.h"

namespace casebook {
namespace {

constexpr int kMinYear = 1800;      // with a month, a day or a context word ("in 1937")
constexpr int kMinBareYear = 1900;  // a four-digit number alone
constexpr int kMaxYear = 2100;
// A year-less date more than this far after the reference is read in the year before.
constexpr int kRollBackDays = 90;
constexpr int kRollBackMonths = 3;

bool is_digit_at(std::string_view s, size_t i) {
  return i < s.size() && s[i] >= '0' && s[i] <= '9';
}
bool is_separator(char c) { return c == '-' || c == '/' || c == '.'; }

void set_point(FoundTime* f, uint32_t start, uint32_t end, const CivilDate& d, TimeUnit precision) {
  *f = FoundTime{};
  f->start = start;
  f->end = end;
  f->value = d;
  f->precision = precision;
  f->calendar = true;
  f->yearless = d.year == 0;
  f->year_written = d.year != 0;
}

void set_span(FoundTime* f, const CivilDate& end) {
  f->value_end = end;
  f->has_end = true;
  f->kind = TimeKind::kRange;
}

// Whether word, in any case, is lower (lower case, ASCII).
bool same_lower(std::string_view word, std::string_view lower) {
  return word.size() == lower.size() &&
         std::equal(lower.begin(), lower.end(), word.begin(), [](char l, char c) {
           return l == std::tolower(static_cast<unsigned char>(c));
         });
}

// "protesters", "people"-like: a lower-case word that looks plural (not "was", "this").
bool looks_plural(std::string_view w) {
  if (w.size() < 4 || w.back() != 's') return false;
  const char before = w[w.size() - 2];
  return before != 's' && before != 'u' && before != 'i';
}

// A numeric date with one or two digits, a slash or a hyphen, one or two digits, the same
// separator and four digits ("04/26/1991"), alone between non-digits: its first two parts.
bool numeric_date_at(std::string_view s, size_t sep_at, int* first, int* second) {
  const char sep = s[sep_at];
  size_t a = sep_at;
  while (a > 0 && is_digit_at(s, a - 1) && sep_at - a < 2) --a;
  if (a == sep_at || (a > 0 && (is_digit_at(s, a - 1) || is_separator(s[a - 1])))) return false;
  size_t b = sep_at + 1;
  while (is_digit_at(s, b) && b - sep_at <= 3) ++b;
  if (b == sep_at + 1 || b - sep_at > 3 || b >= s.size() || s[b] != sep) return false;
  size_t y = b + 1;
  while (is_digit_at(s, y)) ++y;
  if (y - b != 5 || (y < s.size() && is_separator(s[y]) && is_digit_at(s, y + 1))) return false;
  auto value = [&](size_t from, size_t to) {
    int v = 0;
    for (size_t k = from; k < to; ++k) v = v * 10 + (s[k] - '0');
    return v;
  };
  *first = value(a, sep_at);
  *second = value(sep_at + 1, b);
  return true;
}

// Whether a document writes its numeric dates month first: one of them has a middle part
// above 12 ("04/26/1991") and none a first part above 12 ("26/04/1991"). Dotted dates
// ("5.11.2023") are day first wherever they are written, and tell nothing.
bool shows_month_first(std::string_view s) {
  bool month_first = false;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] != '/' && s[i] != '-') continue;
    int first = 0, second = 0;
    if (!numeric_date_at(s, i, &first, &second)) continue;
    if (first > 12 && first <= 31 && second <= 12) return false;
    if (second > 12 && second <= 31 && first >= 1 && first <= 12) month_first = true;
  }
  return month_first;
}

}  // namespace

bool TimeParser::is_year(const Tok& t) const {
  if (t.type != TokType::kNumber || t.digits != 4 || t.ordinal || t.decade) return false;
  if (t.number < kMinYear || t.number > kMaxYear) return false;
  // "2017-1234": part of a longer code, not a year.
  return !(t.end < text_.size() && (is_separator(text_[t.end]) || text_[t.end] == ':') &&
           is_digit_at(text_, t.end + 1));
}

bool TimeParser::is_day(const Tok& t) const {
  if (t.type != TokType::kNumber || t.digits == 0 || t.digits > 2 || t.decade) return false;
  if (t.number < 1 || t.number > 31) return false;
  // "6:30" is a time, "6.5" a decimal.
  return !(t.end < text_.size() && (text_[t.end] == ':' || text_[t.end] == '.') &&
           is_digit_at(text_, t.end + 1));
}

bool TimeParser::month_ok(const Tok& t) const {
  if (t.type != TokType::kWord || t.word == nullptr || t.word->month == 0) return false;
  // "sept 6" and "may" (the verb) need a capital; "september" does not.
  if (t.word->month_abbr || t.word->month_ambiguity == MonthAmbiguity::kWord) return t.cap;
  return true;
}

bool TimeParser::parse_calendar(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  if (!parse_point(t, ctx, f)) return false;
  extend_range(f);
  apply_year_tail(f);
  resolve_yearless(f);
  return true;
}

bool TimeParser::parse_point(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  if (t.type == TokType::kNumber) return parse_numeric(t, ctx, f);
  if (t.type != TokType::kWord || t.word == nullptr) return false;
  if (t.word->month != 0) return parse_month_first(t, ctx, f);
  if (t.word->ordinal != 0 && !t.word->ordinal_suffix) return parse_day_first(t, f);
  if (t.word->season_first != 0) return parse_season(t, f);
  return false;
}

// "September 6", "Sept. 6, 2017", "September 6th", "September 6 and 7", "March 2015",
// "September of 2015", "in May". Must not catch "she may go" or "May Ahmed said".
bool TimeParser::parse_month_first(const Tok& m, const TimeContext& ctx, FoundTime* f) const {
  if (!month_ok(m)) return false;
  const TimeWord& w = *m.word;
  uint32_t end = m.end;
  Tok t = next(m);
  if (w.month_abbr && is_punct(t, '.') && !t.space_before) {
    end = t.end;
    t = next(t);
  }
  if (is_day(t)) {
    const int d1 = t.number;
    int d2 = 0;
    uint32_t day_end = t.end;
    Tok after = next(t);
    if (is_dash_tok(after) || has_grammar(after, kGrammarAnd | kGrammarTo)) {
      const Tok t2 = next(after);
      if (is_day(t2) && t2.number > d1) {
        d2 = t2.number;
        day_end = t2.end;
        after = next(t2);
      }
    }
    int year = 0;
    Tok y = is_punct(after, ',') ? next(after) : after;
    if (is_year(y)) {
      year = y.number;
      day_end = y.end;
    }
    const int limit = days_in_month(year, w.month);
    if (d1 > limit || d2 > limit) return false;
    set_point(f, m.start, day_end, {year, w.month, d1}, TimeUnit::kDay);
    if (d2 != 0) set_span(f, {year, w.month, d2});
    return true;
  }
  const Tok y = (is_punct(t, ',') || has_grammar(t, kGrammarOf)) ? next(t) : t;
  if (is_year(y)) {
    set_point(f, m.start, y.end, {y.number, w.month, 0}, TimeUnit::kMonth);
    return true;
  }
  if (w.month_abbr || w.month_ambiguity != MonthAmbiguity::kNone) {
    if (!ctx.date_context) return false;
    // "of May Ahmed": a name, not the month.
    if (w.month_ambiguity != MonthAmbiguity::kNone && t.type == TokType::kWord && t.cap &&
        (t.word == nullptr || !t.word->trigger)) {
      return false;
    }
  }
  set_point(f, m.start, end, {0, w.month, 0}, TimeUnit::kMonth);
  return true;
}

// "6 September 2017", "6th of September", "the first of May", "6 and 7 September",
// "6-7 Sept. 2017". Must not catch "6 people" or "Article 19".
bool TimeParser::parse_day_first(const Tok& d, FoundTime* f) const {
  int d1 = 0;
  bool ordinal_word = false;
  if (d.type == TokType::kNumber) {
    if (!is_day(d)) return false;
    d1 = d.number;
  } else if (d.word != nullptr && d.word->ordinal != 0 && !d.word->ordinal_suffix) {
    d1 = d.word->ordinal;
    ordinal_word = true;
  } else {
    return false;
  }
  Tok t = next(d);
  int d2 = 0;
  if (is_dash_tok(t) || has_grammar(t, kGrammarAnd | kGrammarTo)) {
    const Tok t2 = next(t);
    int v = 0;
    if (is_day(t2)) v = t2.number;
    if (t2.word != nullptr && t2.word->ordinal != 0 && !t2.word->ordinal_suffix) {
      v = t2.word->ordinal;
    }
    if (v > d1) {
      d2 = v;
      t = next(t2);
    }
  }
  bool of = false;
  if (has_grammar(t, kGrammarOf)) {
    of = true;
    t = next(t);
  }
  if ((ordinal_word && !of) || !month_ok(t)) return false;
  const int month = t.word->month;
  uint32_t end = t.end;
  Tok after = next(t);
  if (t.word->month_abbr && is_punct(after, '.') && !after.space_before) {
    end = after.end;
    after = next(after);
  }
  int year = 0;
  const Tok y = is_punct(after, ',') ? next(after) : after;
  if (is_year(y)) {
    year = y.number;
    end = y.end;
  }
  const int limit = days_in_month(year, month);
  if (d1 > limit || d2 > limit) return false;
  set_point(f, d.start, end, {year, month, d1}, TimeUnit::kDay);
  if (d2 != 0) set_span(f, {year, month, d2});
  return true;
}

bool TimeParser::parse_numeric(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  if (t.number < 0) return false;
  if (t.decade) {
    // "the 1990s", "1980's".
    if (t.digits != 4 || t.number % 10 != 0 || t.number < kMinYear || t.number > kMaxYear) {
      return false;
    }
    set_point(f, t.start, t.end, {t.number, 0, 0}, TimeUnit::kYear);
    set_span(f, {t.number + 9, 0, 0});
    f->approximate = true;
    return true;
  }
  if (t.ordinal) return parse_day_first(t, f);
  const int shape = scan_numeric_date(t, f);
  if (shape != 0) return shape > 0;
  if (t.digits == 4) return parse_year_range(t, f) || parse_bare_year(t, ctx, f);
  if (t.digits <= 2) return parse_day_first(t, f);
  return false;
}

// Dates written with digits and one kind of separator, read from the raw bytes: "2017-09-06",
// "2017-09", "2015-2016", "2015-16", "2015/16", "15/09/2017" (day > 12: unambiguous),
// "06/09/2017" (day first, unless the document writes month first: writes_month_first),
// "6.9.2017" (dotted dates are day first). 1 when read, 0 when t is a plain number, -1 when
// the digits form something else that must not yield a date: a phone-like "2017-1234-56".
int TimeParser::scan_numeric_date(const Tok& t, FoundTime* f) const {
  const std::string_view s = text_;
  if (t.start >= 2 && is_separator(s[t.start - 1]) && is_digit_at(s, t.start - 2)) return -1;
  int group[4] = {}, length[4] = {};
  int k = 0;
  char sep = 0;
  size_t p = t.start;
  size_t q = p;
  while (true) {
    q = p;
    int v = 0;
    while (q < s.size() && is_digit_at(s, q) && q - p < 9) v = v * 10 + (s[q++] - '0');
    group[k] = v;
    length[k] = static_cast<int>(q - p);
    ++k;
    if (k < 4 && q + 1 < s.size() && is_separator(s[q]) && (sep == 0 || s[q] == sep) &&
        is_digit_at(s, q + 1)) {
      sep = s[q];
      p = q + 1;
      continue;
    }
    break;
  }
  if (k == 1) return 0;
  const bool trailing =
      (q + 1 < s.size() && (is_separator(s[q]) || s[q] == ':') && is_digit_at(s, q + 1)) ||
      is_digit_at(s, q) ||
      (q < s.size() && std::isalpha(static_cast<unsigned char>(s[q])) && !(k == 3 && s[q] == 'T'));
  bool any_four = false;
  for (int i = 0; i < k; ++i) any_four = any_four || length[i] == 4;
  if (trailing || k > 3) return any_four || k > 2 ? -1 : 0;
  auto year_ok = [](int y) { return y >= kMinYear && y <= kMaxYear; };
  CivilDate d;
  TimeUnit precision = TimeUnit::kDay;
  if (k == 3) {
    if (length[0] == 4 && length[1] <= 2 && length[2] <= 2) {
      d = {group[0], group[1], group[2]};
    } else if (length[0] <= 2 && length[1] <= 2 && length[2] == 4) {
      const int a = group[0], b = group[1];
      // "26/04/1991" is day first, "04/26/1991" month first; "03/02/2021", either, is read
      // the way the document writes its other dates (day first unless it shows otherwise).
      const bool month_first =
          (b > 12 && a <= 12) || (a <= 12 && a != b && sep != '.' && writes_month_first());
      d = month_first ? CivilDate{group[2], a, b} : CivilDate{group[2], b, a};
    } else {
      return -1;
    }
    if (d.month < 1 || d.day < 1 || !year_ok(d.year) || !is_valid_civil(d)) return -1;
  } else {
    if (length[0] == 4 && (length[1] == 4 || length[1] == 2) && sep != '.') {
      int y2 = group[1];
      if (length[1] == 2) {
        y2 = group[0] - group[0] % 100 + group[1];
        if (y2 <= group[0]) y2 += 100;
      }
      const int span_limit = length[1] == 2 ? 10 : 100;
      if (year_ok(group[0]) && year_ok(y2) && y2 > group[0] && y2 - group[0] <= span_limit) {
        set_point(f, t.start, static_cast<uint32_t>(q), {group[0], 0, 0}, TimeUnit::kYear);
        set_span(f, {y2, 0, 0});
        return 1;
      }
      // "2017-09" is an ISO month ("2009-10", a valid span of years, was read above).
      if (length[1] != 2 || sep != '-' || group[1] < 1 || group[1] > 12 || !year_ok(group[0])) {
        return -1;
      }
      d = {group[0], group[1], 0};
      precision = TimeUnit::kMonth;
    } else if (length[0] <= 2 && length[1] == 4 && sep == '/' && group[0] >= 1 && group[0] <= 12 &&
               year_ok(group[1])) {
      d = {group[1], group[0], 0};  // "09/2017"
      precision = TimeUnit::kMonth;
    } else {
      return any_four ? -1 : 0;
    }
  }
  set_point(f, t.start, static_cast<uint32_t>(q), d, precision);
  return 1;
}

bool TimeParser::writes_month_first() const {
  if (month_first_ < 0) month_first_ = shows_month_first(text_) ? 1 : 0;
  return month_first_ == 1;
}

// "2015 – 2016", "2015–16" (an en dash, or a hyphen between spaces).
bool TimeParser::parse_year_range(const Tok& t, FoundTime* f) const {
  if (!is_year(t)) return false;
  const Tok d = next(t);
  if (!is_dash_tok(d)) return false;
  const Tok y = next(d);
  if (y.type != TokType::kNumber || y.ordinal || y.decade || y.number < 0) return false;
  int y2 = -1;
  if (is_year(y)) {
    y2 = y.number;
  } else if (y.digits == 2 && !y.space_before && !d.space_before) {
    y2 = t.number - t.number % 100 + y.number;
    if (y2 <= t.number) y2 += 100;
    if (y2 - t.number > 10) return false;
  }
  if (y2 <= t.number || y2 > kMaxYear || y2 - t.number > 100) return false;
  set_point(f, t.start, y.end, {t.number, 0, 0}, TimeUnit::kYear);
  set_span(f, {y2, 0, 0});
  return true;
}

// "in 2016", "the 2016 elections", "2016 was". Must not catch "No. 2016", "Article 2017",
// "$2016", "2000 people", "some 2000 protesters".
bool TimeParser::parse_bare_year(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  const int y = t.number;
  if (y < (ctx.date_context ? kMinYear : kMinBareYear) || y > kMaxYear || !is_year(t)) return false;
  const Tok& p = ctx.prev;
  if (p.type == TokType::kPunct && (p.cp == '$' || p.cp == '#' || p.cp == 0x20AC || p.cp == 0xA3 ||
                                    p.cp == 0xA5 || p.cp == 0x2116)) {
    return false;
  }
  auto blocks = [](const Tok& w, uint8_t bit) {
    return w.type == TokType::kWord && w.word != nullptr && (w.word->blocker & bit) != 0;
  };
  if (blocks(p, kBlockLabel) || (is_punct(p, '.') && blocks(ctx.prev2, kBlockLabel))) {
    return false;
  }
  // "the Cyber Offences Act (COA) 2016": a year after a bracketed acronym ends a law's
  // name.
  if (is_punct(p, ')') && ctx.prev2.type == TokType::kWord &&
      ctx.prev2.end - ctx.prev2.start >= 2) {
    const std::string_view acronym = text_.substr(ctx.prev2.start, ctx.prev2.end - ctx.prev2.start);
    if (std::all_of(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      return false;
    }
  }
  const Tok n = next(t);
  // "In 2023 police detained ...": after "in", "since", "during" or "until" the number is
  // the year, though a word of counting follows ("2000 people" alone is a count).
  const std::string_view before = text_.substr(p.start, p.end - p.start);
  const bool time_preposition =
      p.type == TokType::kWord && (same_lower(before, "in") || same_lower(before, "since") ||
                                   same_lower(before, "during") || same_lower(before, "until"));
  if ((blocks(n, kBlockCount) && !time_preposition) || is_punct(n, '%')) return false;
  if (blocks(p, kBlockQuantity) && n.type == TokType::kWord && !n.cap &&
      looks_plural(text_.substr(n.start, n.end - n.start))) {
    return false;
  }
  if (names_instrument(t, ctx)) return false;
  set_point(f, t.start, t.end, {y, 0, 0}, TimeUnit::kYear);
  return true;
}

// "the 1917 Espionage Act", "the 1951 Refugee Convention", "a 2005 law on extremism", "the
// Constitution of 1982": the year is part of a law's or a treaty's name and dates nothing the
// sentence tells. After the year, up to three words of the name: all capitalised before a
// capitalised head, or up to two lower-case singular ones before a lower-case head that is
// also a label word ("law", "act", "decree", "code"). "the 2019 protests against the law"
// stays a year.
bool TimeParser::names_instrument(const Tok& year, const TimeContext& ctx) const {
  auto instrument = [](const Tok& w) {
    return w.type == TokType::kWord && w.word != nullptr && (w.word->blocker & kBlockInstrument);
  };
  const Tok& p = ctx.prev;
  if (has_grammar(p, kGrammarOf)) return instrument(ctx.prev2) && ctx.prev2.cap;
  if (p.type != TokType::kWord) return false;
  static constexpr std::string_view kDeterminers[] = {"the", "a",   "an",   "its", "their",
                                                      "his", "her", "this", "that"};
  const std::string_view before = text_.substr(p.start, p.end - p.start);
  if (std::none_of(std::begin(kDeterminers), std::end(kDeterminers),
                   [&](std::string_view d) { return same_lower(before, d); })) {
    return false;
  }
  bool all_cap = true;
  int lower = 0;
  Tok w = next(year);
  for (int words = 0; words < 4 && w.type == TokType::kWord; ++words) {
    if (instrument(w)) {
      return w.cap ? all_cap : (lower <= 2 && (w.word->blocker & kBlockLabel) != 0);
    }
    if (w.cap) {
      if (lower > 0) return false;
    } else {
      all_cap = false;
      ++lower;
      if (looks_plural(text_.substr(w.start, w.end - w.start))) return false;
    }
    w = next(w);
    // "anti-terrorism law": a hyphen joins two words of the name.
    if (is_dash_tok(w) && !w.space_before) w = next(w);
  }
  return false;
}

// "summer 2018", "the summer of 2018" (the article is read by parse_the). Must not catch "the
// fall of the government".
bool TimeParser::parse_season(const Tok& s, FoundTime* f) const {
  const TimeWord& w = *s.word;
  Tok n = next(s);
  if (has_grammar(n, kGrammarOf)) n = next(n);
  if (!is_year(n)) return false;
  const int y = n.number;
  set_point(f, s.start, n.end, {y, w.season_first, 0}, TimeUnit::kMonth);
  set_span(f, {w.season_first > w.season_last ? y + 1 : y, w.season_last, 0});
  f->approximate = true;
  return true;
}

// "from January to September this year", "from 2014 until 2016", "from 6 to 8 September".
bool TimeParser::parse_from(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  const TimeContext c = context_after(t, ctx);
  FoundTime a;
  if (!parse_point(next(t), c, &a)) return false;
  if (!a.has_end) {
    const Tok conn = lex(a.end);
    if (!is_dash_tok(conn) && !has_grammar(conn, kGrammarTo)) return false;
    FoundTime b;
    if (!parse_point(next(conn), context_after(conn, c), &b) || !merge_range(&a, b, false, false)) {
      return false;
    }
  }
  a.start = t.start;
  apply_year_tail(&a);
  resolve_yearless(&a);
  *f = a;
  return true;
}

// "between 2014 and 2016", "between March and May last year".
bool TimeParser::parse_between(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  const TimeContext c = context_after(t, ctx);
  FoundTime a;
  if (!parse_point(next(t), c, &a)) return false;
  if (!a.has_end) {
    const Tok conn = lex(a.end);
    if (!has_grammar(conn, kGrammarAnd)) return false;
    FoundTime b;
    if (!parse_point(next(conn), context_after(conn, c), &b) || !merge_range(&a, b, false, true)) {
      return false;
    }
  }
  a.start = t.start;
  apply_year_tail(&a);
  resolve_yearless(&a);
  *f = a;
  return true;
}

// "July and August", "30 September to 2 October 2017", "2014 to 2016", "2014 and 2015".
// Must not join "in 2014 and 2016" (two separate years) or "2016 to 2014".
void TimeParser::extend_range(FoundTime* f) const {
  if (f->has_end) return;
  const Tok c = lex(f->end);
  const bool by_and = has_grammar(c, kGrammarAnd);
  if (!by_and && !is_dash_tok(c) && !has_grammar(c, kGrammarTo)) return;
  TimeContext cc;
  cc.prev = c;
  cc.date_context = true;
  FoundTime g;
  if (!parse_point(next(c), cc, &g)) return;
  merge_range(f, g, true, by_and);
}

bool TimeParser::merge_range(FoundTime* a, const FoundTime& b, bool strict,
                             bool joined_by_and) const {
  if (a->has_end || b.has_end || !a->calendar || !b.calendar) return false;
  if (strict && a->precision != b.precision) return false;
  if (strict && joined_by_and && a->precision == TimeUnit::kYear &&
      b.value.year != a->value.year + 1) {
    return false;
  }
  CivilDate s = a->value, e = b.value;
  bool wraps = false;
  if (a->yearless && !b.yearless) {
    s.year = e.year;
    if (compare_start(s, e) > 0) s.year -= 1;
  } else if (!a->yearless && b.yearless) {
    e.year = s.year;
    if (compare_start(e, s) < 0) e.year += 1;
  } else if (a->yearless) {
    wraps = compare_start(e, s) < 0;
  }
  // "2016 to 2014" is no range; nor is "May 5 2016 and 5th May" (the same day twice).
  if (!wraps && compare_start(e, s) <= 0 && a->precision == b.precision) return false;
  a->value = s;
  a->value_end = e;
  a->has_end = true;
  a->kind = TimeKind::kRange;
  a->end = b.end;
  a->wraps = wraps;
  a->yearless = a->yearless && b.yearless;
  a->approximate = a->approximate || b.approximate;
  a->year_written = a->year_written || b.year_written;
  return true;
}

// "September 6 last year", "from January to September this year", "March of 2016".
void TimeParser::apply_year_tail(FoundTime* f) const {
  if (!f->yearless) return;
  const Tok t = lex(f->end);
  const bool joined = is_punct(t, ',') || has_grammar(t, kGrammarOf);
  const Tok u = joined ? next(t) : t;
  if (u.type == TokType::kWord && u.word != nullptr && u.word->deictic != kNoOffset) {
    const Tok unit = next(u);
    if (unit.word != nullptr && unit.word->unit == TimeUnit::kYear && unit.word->unit_count == 1) {
      fill_year(f, reference_.year != 0 ? reference_.year + u.word->deictic : 0);
      f->end = unit.end;
      f->uses_reference = true;
      if (!f->has_end) f->kind = TimeKind::kRelative;
      return;
    }
  }
  if (joined && is_year(u)) {
    fill_year(f, u.number);
    f->end = u.end;
    f->year_written = true;
  }
}

void TimeParser::fill_year(FoundTime* f, int year) const {
  if (year == 0) {
    f->lacks_year = f->yearless;
    f->yearless = false;
    f->unresolved = true;
    return;
  }
  f->yearless = false;
  f->value.year = year;
  if (f->has_end) f->value_end.year = year;
  if (f->wraps) f->value.year -= 1;
  // February 29 in a common year: keep the month only.
  if (!is_valid_civil(f->value)) f->value.day = 0;
  if (f->has_end && !is_valid_civil(f->value_end)) f->value_end.day = 0;
}

void TimeParser::resolve_yearless(FoundTime* f) const {
  if (!f->yearless) return;
  f->uses_reference = true;
  int year = reference_.year;
  if (year != 0 && reference_.month != 0) {
    // Roll back a date that would lie well after the reference (see time_expression.h).
    CivilDate last = f->has_end ? f->value_end : f->value;
    last.year = year;
    bool ahead = false;
    if (reference_.day != 0 && last.day != 0) {
      ahead = days_from_civil(last.year, last.month, last.day) -
                  days_from_civil(reference_.year, reference_.month, reference_.day) >
              kRollBackDays;
    } else {
      ahead = last.month - reference_.month > kRollBackMonths;
    }
    if (ahead) --year;
  }
  fill_year(f, year);
}

}  // namespace casebook
