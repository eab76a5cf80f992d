// Patterns counted from the reference date ("yesterday", "last year", "on Tuesday", "two years
// ago", "earlier this month", "the past two years") or from another event ("two days later",
// "the next day", "one day before the trial"), approximators ("around", "early", "the end
// of"), and the dispatcher that tries every pattern at a token.
#include "nlp/time_calendar.h"
#include "nlp/time_parser.h"

namespace casebook {
namespace {

constexpr int kMaxAnchorWords = 8;

bool is_word(const Tok& t) { return t.type == TokType::kWord && t.word != nullptr; }

void set_relative(FoundTime* f, uint32_t start, uint32_t end, TimeUnit precision) {
  *f = FoundTime{};
  f->start = start;
  f->end = end;
  f->kind = TimeKind::kRelative;
  f->precision = precision;
  f->uses_reference = true;
  f->deictic = true;
}

void set_anchored(FoundTime* f, uint32_t start, uint32_t end, TimeUnit unit, int offset) {
  *f = FoundTime{};
  f->start = start;
  f->end = end;
  f->kind = TimeKind::kAnchored;
  f->anchor_unit = unit;
  f->anchor_offset = offset;
  f->precision = unit == TimeUnit::kWeek ? TimeUnit::kDay : unit;
}

}  // namespace

TimeParser::TimeParser(std::string_view text, const CivilDate& reference)
    : text_(text), reference_(reference), lexicon_(TimeLexicon::get()) {}

bool TimeParser::is_trigger(const Tok& t) {
  if (t.type == TokType::kNumber) return true;
  return t.type == TokType::kWord && t.word != nullptr && t.word->trigger;
}

TimeContext TimeParser::context_after(const Tok& t, const TimeContext& before) const {
  TimeContext c;
  c.prev = t;
  c.prev2 = before.prev;
  if (is_word(t)) {
    const TimeWord& w = *t.word;
    // "around" is left out: "talked about May" is not a date.
    c.date_context =
        (w.grammar & (kGrammarContext | kGrammarOf)) != 0 ||
        (w.approx_prefix != ApproxKind::kNone && w.approx_prefix != ApproxKind::kAround) ||
        w.deictic != kNoOffset;
  }
  return c;
}

bool TimeParser::parse_expression(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  if (is_word(t)) {
    const uint16_t g = t.word->grammar;
    if (g & kGrammarSince) {
      // "since 2015", "since last year": open at the end.
      FoundTime inner;
      if (!parse_core(next(t), context_after(t, ctx), &inner) ||
          inner.kind == TimeKind::kAnchored) {
        return false;
      }
      *f = inner;
      f->start = t.start;
      f->open_end = true;
      return true;
    }
    if (g & kGrammarFrom) return parse_from(t, ctx, f);
    if (g & kGrammarBetween) return parse_between(t, ctx, f);
  }
  return parse_core(t, ctx, f);
}

bool TimeParser::parse_core(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  if (t.type == TokType::kNumber) return parse_count(t, ctx, f) || parse_calendar(t, ctx, f);
  if (!is_word(t)) return false;
  const TimeWord& w = *t.word;
  if (w.approx_prefix != ApproxKind::kNone && parse_prefixed(t, ctx, f)) return true;
  if (w.grammar & kGrammarArticle) return parse_the(t, ctx, f);
  if (w.approx_noun != ApproxKind::kNone && parse_edge_noun(t, ctx, f)) return true;
  if (w.deictic != kNoOffset && parse_deictic(t, ctx, f)) return true;
  if (w.demonstrative) return parse_that_year(t, f);
  if (w.direction != kNoOffset) {
    // "earlier this month", "later this year".
    const Tok n = next(t);
    // "later that year".
    if (is_word(n) && n.word->demonstrative && parse_that_year(n, f)) {
      f->start = t.start;
      f->approximate = true;
      return true;
    }
    const Tok u = is_word(n) && n.word->deictic != kNoOffset ? next(n) : Tok{};
    if (is_word(u) && u.word->unit != TimeUnit::kNone &&
        parse_deictic(n, context_after(t, ctx), f)) {
      f->start = t.start;
      return true;
    }
    return false;
  }
  if (w.day != kNoOffset) {
    // "a journalist with Kloop Today, was summoned", "USA Today reported": a capitalised day
    // word right after a capitalised name, and not before another, ends the name.
    const Tok after = next(t);
    if (t.cap && ctx.prev.type == TokType::kWord && ctx.prev.cap && ctx.prev.word == nullptr &&
        t.space_before && !(after.type == TokType::kWord && after.cap)) {
      return false;
    }
    return parse_day_word(t, f);
  }
  if (w.number != 0 && parse_count(t, ctx, f)) return true;
  if (w.weekday != 0) return parse_weekday(t, ctx, f);
  if (w.month != 0 || w.season_first != 0 || (w.ordinal != 0 && !w.ordinal_suffix)) {
    return parse_calendar(t, ctx, f);
  }
  return false;
}

// "around 2015", "roughly two years ago", "early September", "mid-2015", "late last year".
// "early Tuesday" stays exact: the prefix names the time of day.
bool TimeParser::parse_prefixed(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  const ApproxKind kind = t.word->approx_prefix;
  Tok n = next(t);
  if (kind != ApproxKind::kAround && is_dash_tok(n) && !n.space_before) n = next(n);
  FoundTime inner;
  if (!parse_core(n, context_after(t, ctx), &inner)) return false;
  if (kind == ApproxKind::kAround || inner.precision != TimeUnit::kDay) inner.approximate = true;
  inner.start = t.start;
  *f = inner;
  return true;
}

// "the end of 2016", "the beginning of September", "end of last year". Must not catch "the
// end of the war".
bool TimeParser::parse_edge_noun(const Tok& noun, const TimeContext& ctx, FoundTime* f) const {
  const Tok o = next(noun);
  if (!has_grammar(o, kGrammarOf)) return false;
  TimeContext c = context_after(o, ctx);
  c.date_context = true;
  FoundTime inner;
  if (!parse_core(next(o), c, &inner) || inner.kind == TimeKind::kAnchored) return false;
  inner.start = noun.start;
  inner.approximate = true;
  *f = inner;
  return true;
}

// Patterns that open with "the": "the next day", "the day before (the trial)", "the past two
// years", "the end of 2016", "the 1990s", "the summer of 2018", "the 6th of September". Must not
// catch "the 2016 elections" (the year alone is found at "2016").
bool TimeParser::parse_the(const Tok& the, const TimeContext& ctx, FoundTime* f) const {
  const Tok n = next(the);
  if (n.type == TokType::kNumber && (n.decade || n.ordinal)) {
    if (!parse_calendar(n, context_after(the, ctx), f)) return false;
    f->start = the.start;
    return true;
  }
  if (!is_word(n)) return false;
  const TimeWord& w = *n.word;
  if (w.anaphoric != kNoOffset) {
    const Tok u = next(n);
    if (is_word(u) &&
        ((u.word->unit != TimeUnit::kNone && !u.word->unit_plural) || u.word->day_part)) {
      const bool unit = u.word->unit != TimeUnit::kNone;
      set_anchored(f, the.start, u.end, unit ? u.word->unit : TimeUnit::kDay,
                   w.anaphoric * (unit ? u.word->unit_count : 1));
      return true;
    }
    // "the following spring", "the previous summer": the next (or last) such season after
    // (or before) the story's date, told to the year (resolve_anchored).
    if (is_word(u) && u.word->season_first != 0 && w.anaphoric != 0) {
      set_anchored(f, the.start, u.end, TimeUnit::kYear, w.anaphoric);
      f->anchor_season_first = u.word->season_first;
      f->anchor_season_last = u.word->season_last;
      f->approximate = true;
      return true;
    }
  }
  if ((w.unit != TimeUnit::kNone && !w.unit_plural) || w.day_part) {
    const Tok d = next(n);
    if (is_word(d) && d.word->anchored != kNoOffset && d.word->anaphoric == kNoOffset) {
      const bool unit = w.unit != TimeUnit::kNone;
      set_anchored(f, the.start, d.end, unit ? w.unit : TimeUnit::kDay,
                   d.word->anchored * (unit ? w.unit_count : 1));
      parse_anchor(d, f);
      return true;
    }
  }
  if (w.period != kNoOffset && parse_period(the, n, f)) return true;
  if (w.approx_noun != ApproxKind::kNone) {
    if (!parse_edge_noun(n, ctx, f)) return false;
    f->start = the.start;
    return true;
  }
  const bool edge = w.approx_prefix == ApproxKind::kEarly || w.approx_prefix == ApproxKind::kMid ||
                    w.approx_prefix == ApproxKind::kLate;
  if (w.season_first != 0 || (w.ordinal != 0 && !w.ordinal_suffix) || edge) {
    FoundTime inner;
    if (parse_core(n, context_after(the, ctx), &inner) &&
        (inner.has_end || inner.precision == TimeUnit::kDay)) {
      inner.start = the.start;
      *f = inner;
      return true;
    }
  }
  return false;
}

// "the past two years", "the last three months", "the past week": from the reference date
// moved back, to the reference date. Must not catch "the last week of May".
bool TimeParser::parse_period(const Tok& the, const Tok& t, FoundTime* f) const {
  Tok m = next(t);
  int count = 1;
  bool approx = false;
  if (m.type == TokType::kNumber && m.number > 0 && m.digits <= 3 && !m.ordinal && !m.decade) {
    count = m.number;
    m = next(m);
  } else if (is_word(m) && m.word->number > 0 && !m.word->number_article) {
    count = m.word->number;
    approx = m.word->number_approx;
    m = next(m);
  }
  if (!is_word(m) || m.word->unit == TimeUnit::kNone || has_grammar(next(m), kGrammarOf)) {
    return false;
  }
  const TimeUnit unit = m.word->unit;
  count *= m.word->unit_count;
  const TimeUnit precision = unit == TimeUnit::kWeek ? TimeUnit::kDay : unit;
  set_relative(f, the.start, m.end, precision);
  f->kind = TimeKind::kRange;
  f->has_end = true;
  f->approximate = approx;
  const bool enough = reference_has(precision);
  if (!enough) {
    f->unresolved = true;
    return true;
  }
  f->value = truncate_to(shift_by(reference_, -count, unit), precision);
  f->value_end = truncate_to(reference_, precision);
  return true;
}

// "that year", "that same year": the year the story last wrote. The scanner gives it that year
// (find_time_expressions); with none written before, it stays an anchor on the narrative, as
// "the same year" does.
bool TimeParser::parse_that_year(const Tok& that, FoundTime* f) const {
  Tok u = next(that);
  if (is_word(u) && u.word->anaphoric == 0) u = next(u);  // "same"
  if (!is_year_unit(u)) return false;
  set_anchored(f, that.start, u.end, TimeUnit::kYear, 0);
  return true;
}

// "May of that year", "3 May the same year": where such a tail after a date ends, else 0.
uint32_t TimeParser::story_year_tail(uint32_t end) const {
  Tok a = lex(end);
  if (has_grammar(a, kGrammarOf)) a = next(a);
  const bool that = is_word(a) && a.word->demonstrative;
  if (!that && !has_grammar(a, kGrammarArticle)) return 0;
  Tok u = next(a);
  const bool same = is_word(u) && u.word->anaphoric == 0;
  if (same) u = next(u);
  return (that || same) && is_year_unit(u) ? u.end : 0;
}

bool TimeParser::is_year_unit(const Tok& t) const {
  return is_word(t) && t.word->unit == TimeUnit::kYear && t.word->unit_count == 1 &&
         !t.word->unit_plural;
}

// "last year", "this month", "next week", "last September", "last Tuesday", "this spring",
// "last night", "this morning". Must not catch "the last year of his life" or "at last".
bool TimeParser::parse_deictic(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  if (has_grammar(ctx.prev, kGrammarArticle)) return false;
  const int off = t.word->deictic;
  const Tok n = next(t);
  if (!is_word(n)) return false;
  const TimeWord& w = *n.word;
  const CivilDate& ref = reference_;
  if (w.unit != TimeUnit::kNone && w.unit_count == 1 && !w.unit_plural) {
    switch (w.unit) {
      case TimeUnit::kYear:
        set_relative(f, t.start, n.end, TimeUnit::kYear);
        if (ref.year == 0) f->unresolved = true;
        f->value = {ref.year + off, 0, 0};
        return true;
      case TimeUnit::kMonth:
        set_relative(f, t.start, n.end, TimeUnit::kMonth);
        if (ref.month == 0) f->unresolved = true;
        f->value = shift_by({ref.year, ref.month, 0}, off, TimeUnit::kMonth);
        return true;
      case TimeUnit::kWeek: {
        set_relative(f, t.start, n.end, TimeUnit::kDay);
        f->kind = TimeKind::kRange;
        f->has_end = true;
        if (ref.day == 0) {
          f->unresolved = true;
          return true;
        }
        f->value = shift_days(ref, 7 * off - (iso_weekday(ref) - 1));
        f->value_end = shift_days(f->value, 6);
        return true;
      }
      default:
        return false;
    }
  }
  if (w.month != 0 && month_ok(n)) {
    set_relative(f, t.start, n.end, TimeUnit::kMonth);
    int year = ref.year;
    if (off != 0 && ref.month == 0) f->unresolved = true;
    if (off < 0 && ref.month <= w.month) --year;
    if (off > 0 && ref.month >= w.month) ++year;
    if (ref.year == 0) f->unresolved = true;
    f->value = {year, w.month, 0};
    return true;
  }
  if (w.weekday != 0 && !w.weekday_abbr && n.cap) {
    const Tok part = next(n);
    set_relative(f, t.start, is_word(part) && part.word->day_part ? part.end : n.end,
                 TimeUnit::kDay);
    if (ref.day == 0) {
      f->unresolved = true;
      return true;
    }
    const int today = iso_weekday(ref);
    int shift = -((today - w.weekday + 7) % 7);
    if (off < 0 && shift == 0) shift = -7;
    if (off > 0) shift = (w.weekday - today + 7) % 7 == 0 ? 7 : (w.weekday - today + 7) % 7;
    f->value = shift_days(ref, shift);
    return true;
  }
  if (w.season_first != 0) {
    set_relative(f, t.start, n.end, TimeUnit::kMonth);
    f->kind = TimeKind::kRange;
    f->has_end = true;
    f->approximate = true;
    const int first = w.season_first, last = w.season_last;
    const bool crosses = first > last;  // winter: December to February
    int year = ref.year;
    if (off == 0) {
      if (crosses && ref.month != 0 && ref.month <= last) --year;
    } else if (ref.month == 0) {
      f->unresolved = true;
    } else if (off < 0) {
      year = crosses ? (ref.month > last ? ref.year - 1 : ref.year - 2)
                     : (ref.month > last ? ref.year : ref.year - 1);
    } else {
      year = ref.month < first ? ref.year : ref.year + 1;
    }
    if (ref.year == 0) f->unresolved = true;
    f->value = {year, first, 0};
    f->value_end = {crosses ? year + 1 : year, last, 0};
    return true;
  }
  if (w.day_part) {
    int shift = 0;
    if (off < 0) {
      if (w.day_part_last == kNoOffset) return false;
      shift = w.day_part_last;
    } else if (off > 0) {
      return false;
    }
    set_relative(f, t.start, n.end, TimeUnit::kDay);
    if (ref.day == 0) f->unresolved = true;
    f->value = shift_days(ref, shift);
    return true;
  }
  return false;
}

// "yesterday", "today", "tomorrow", "yesterday morning".
bool TimeParser::parse_day_word(const Tok& t, FoundTime* f) const {
  const Tok part = next(t);
  set_relative(f, t.start, is_word(part) && part.word->day_part ? part.end : t.end, TimeUnit::kDay);
  if (reference_.day == 0) {
    f->unresolved = true;
    return true;
  }
  f->value = shift_days(reference_, t.word->day);
  return true;
}

// "two years ago", "a few days later", "a year earlier", "one day before the meeting",
// "a week after his arrest", "three days prior to the vote". Must not catch "for two days"
// (a duration) or "120 people".
bool TimeParser::parse_count(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  int n = 0;
  bool approx = false;
  Tok u;
  if (t.type == TokType::kNumber) {
    if (t.number <= 0 || t.digits > 3 || t.ordinal || t.decade) return false;
    n = t.number;
    u = next(t);
  } else {
    const TimeWord& w = *t.word;
    if (w.number <= 0) return false;
    u = next(t);
    if (w.number_article && is_word(u) && u.word->number > 0 && !u.word->number_article) {
      n = u.word->number;  // "a few", "a couple of"
      approx = u.word->number_approx;
      u = next(u);
    } else {
      n = w.number;
      approx = w.number_approx;
    }
    if (has_grammar(u, kGrammarOf)) u = next(u);
  }
  if (!is_word(u) || u.word->unit == TimeUnit::kNone) return false;
  const TimeUnit unit = u.word->unit;
  const int count = n * u.word->unit_count;
  const Tok d = next(u);
  if (!is_word(d)) return false;
  const TimeWord& dw = *d.word;
  if (dw.ago != kNoOffset) {
    const TimeUnit precision = unit == TimeUnit::kWeek ? TimeUnit::kDay : unit;
    set_relative(f, t.start, d.end, precision);
    f->approximate = approx;
    const bool enough = reference_has(precision);
    if (!enough) {
      f->unresolved = true;
      return true;
    }
    f->value = truncate_to(shift_by(reference_, dw.ago * count, unit), precision);
    return true;
  }
  const int sign = dw.direction != kNoOffset ? dw.direction : dw.anchored;
  if (sign == kNoOffset) return false;
  // "held for three days before being released": a duration, not a time three days before
  // the release.
  if (dw.direction == kNoOffset && ctx.prev.type == TokType::kWord &&
      text_.substr(ctx.prev.start, ctx.prev.end - ctx.prev.start) == "for") {
    return false;
  }
  set_anchored(f, t.start, d.end, unit, sign * count);
  f->approximate = approx;
  if (dw.direction == kNoOffset) parse_anchor(d, f);
  return true;
}

void TimeParser::parse_anchor(const Tok& direction, FoundTime* f) const {
  Tok a = next(direction);
  if (direction.word->anaphoric != kNoOffset) {  // "prior to the vote"
    if (!has_grammar(a, kGrammarTo)) return;
    a = next(a);
  }
  if (a.type != TokType::kWord && a.type != TokType::kNumber) return;
  if (has_grammar(a, kGrammarStop)) return;
  // A date as the anchor: "two days before September 6", "the day before yesterday".
  TimeContext c;
  c.prev = direction;
  c.date_context = true;
  FoundTime g;
  if (parse_core(a, c, &g) && g.kind != TimeKind::kAnchored) {
    f->anchor_start = g.start;
    f->anchor_end = g.end;
    f->end = g.end;
    if (!g.unresolved && g.value.year != 0) {
      TimeExpression shift;
      shift.anchor_unit = f->anchor_unit;
      shift.anchor_offset = f->anchor_offset;
      const CivilDate base = f->anchor_offset > 0 && g.has_end ? g.value_end : g.value;
      f->value = resolve_anchored(shift, base);
      f->uses_reference = f->value.year != 0 && g.uses_reference;
    }
    return;
  }
  // A phrase: up to the first punctuation or clause word ("before the trial, when ...").
  uint32_t end = 0;
  int words = 0;
  Tok x = a;
  while (words < kMaxAnchorWords) {
    if (x.type == TokType::kWord || x.type == TokType::kNumber || x.type == TokType::kOther) {
      if (has_grammar(x, kGrammarStop)) break;
      end = x.end;
      ++words;
      x = next(x);
      continue;
    }
    // "his wife's arrest", "the post-election protests".
    if (x.type == TokType::kPunct && !x.space_before &&
        (x.cp == '\'' || x.cp == 0x2019 || x.cp == '-')) {
      const Tok y = next(x);
      if ((y.type == TokType::kWord || y.type == TokType::kNumber) && !y.space_before) {
        end = y.end;
        x = next(y);
        continue;
      }
    }
    break;
  }
  if (end != 0) {
    f->anchor_start = a.start;
    f->anchor_end = end;
  }
}

// "on Tuesday", "Tuesday night", "Tuesday, September 5, 2017" (the written date wins).
bool TimeParser::parse_weekday(const Tok& t, const TimeContext& ctx, FoundTime* f) const {
  const TimeWord& w = *t.word;
  if (!t.cap) return false;
  const Tok n = next(t);
  // "Sunday, April 7", and "Sunday morning, April 7": the date that follows names the day.
  const Tok part = is_word(n) && n.word->day_part ? n : t;
  const Tok c = part.start == t.start ? n : next(part);
  const Tok m = is_punct(c, ',') ? next(c) : c;
  if ((m.type == TokType::kNumber || (is_word(m) && m.word->month != 0)) &&
      (part.start == t.start || is_punct(c, ','))) {
    FoundTime g;
    if (parse_calendar(m, context_after(c, ctx), &g) && g.precision == TimeUnit::kDay) {
      g.start = t.start;
      *f = g;
      return true;
    }
  }
  if (w.weekday_abbr) return false;
  // "Sunday-school": a compound, not a day.
  if (is_dash_tok(n) && !n.space_before) {
    const Tok glued = next(n);
    if (glued.type == TokType::kWord && !glued.space_before) return false;
  }
  // "Friday last week", "Friday of last week", "Monday next week": the day of that week.
  const Tok of = has_grammar(n, kGrammarOf) ? next(n) : n;
  const Tok unit = next(of);
  if (is_word(of) && of.word->deictic != kNoOffset && is_word(unit) &&
      unit.word->unit == TimeUnit::kWeek && unit.word->unit_count == 1 && !unit.word->unit_plural) {
    set_relative(f, t.start, unit.end, TimeUnit::kDay);
    if (reference_.day == 0) {
      f->unresolved = true;
      return true;
    }
    const int off = of.word->deictic;
    f->value = shift_days(reference_, 7 * off - (iso_weekday(reference_) - 1) + (w.weekday - 1));
    return true;
  }
  set_relative(f, t.start, is_word(n) && n.word->day_part ? n.end : t.end, TimeUnit::kDay);
  if (reference_.day == 0) {
    f->unresolved = true;
    return true;
  }
  f->value = shift_days(reference_, -((iso_weekday(reference_) - w.weekday + 7) % 7));
  return true;
}

}  // namespace casebook
