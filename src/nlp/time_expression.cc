// The time-expression scanner: one left-to-right pass over the tokens, trying the patterns
// (time_parse_*.cc) only at numbers and at words with a time role; and the inference of a
// document's reference year from its own text.
#include "nlp/time_expression.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "nlp/time_calendar.h"
#include "nlp/time_lexer.h"
#include "nlp/time_parser.h"

namespace casebook {
namespace {

TimeExpression to_expression(const FoundTime& f) {
  TimeExpression e;
  e.start = f.start;
  e.end = f.end;
  e.kind = f.kind;
  if (!f.unresolved) {
    e.value = f.value;
    if (f.has_end) e.value_end = f.value_end;
  }
  e.approximate = f.approximate;
  e.year_written = f.year_written;
  e.open_end = f.open_end;
  e.uses_reference = f.uses_reference;
  e.deictic = f.deictic;
  e.anchor_unit = f.anchor_unit;
  e.anchor_offset = f.anchor_offset;
  e.anchor_season_first = f.anchor_season_first;
  e.anchor_season_last = f.anchor_season_last;
  e.anchor_start = f.anchor_start;
  e.anchor_end = f.anchor_end;
  if (f.anchor_unit == TimeUnit::kDay) e.anchor_offset_days = f.anchor_offset;
  if (f.anchor_unit == TimeUnit::kWeek) e.anchor_offset_days = 7 * f.anchor_offset;
  return e;
}

// A calendar date left without a year takes the story's last written year.
void take_story_year(FoundTime* f, int year) {
  f->value.year = year;
  if (f->has_end) f->value_end.year = year;
  if (f->wraps) f->value.year -= 1;
  if (!is_valid_civil(f->value)) f->value.day = 0;
  if (f->has_end && !is_valid_civil(f->value_end)) f->value_end.day = 0;
  f->unresolved = false;
  f->lacks_year = false;
  f->uses_reference = false;
}

// "That same year", "later that year", "the same year": the year of the last date told, as if
// written there. "In May of that year", "on 3 May the same year": the date takes it, and
// the tail is the expression's (with no year written before, the date keeps the year it had).
struct YearInView {
  int year = 0;
  bool written = false;  // the date that told it wrote its year
};

void take_that_year(const TimeParser& parser, const YearInView& view, FoundTime* f) {
  if (f->kind == TimeKind::kAnchored) {
    if (view.year == 0 || f->anchor_unit != TimeUnit::kYear || f->anchor_offset != 0 ||
        f->anchor_end != f->anchor_start) {
      return;
    }
    FoundTime year;
    year.start = f->start;
    year.end = f->end;
    year.approximate = f->approximate;
    year.value = {view.year, 0, 0};
    year.precision = TimeUnit::kYear;
    year.year_written = view.written;
    year.uses_reference = !view.written;
    *f = year;
    return;
  }
  if (f->year_written || f->precision == TimeUnit::kYear ||
      (f->kind != TimeKind::kAbsolute && f->kind != TimeKind::kRange)) {
    return;
  }
  const uint32_t end = parser.story_year_tail(f->end);
  if (end == 0) return;
  f->end = end;
  if (view.year == 0) return;
  take_story_year(f, view.year);
  f->year_written = view.written;
  f->uses_reference = !view.written;
}

}  // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view text,
                                                  const CivilDate& reference) {
  return find_time_expressions(text, reference, {});
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, const CivilDate& reference,
                                                  std::span<const TimeSkip> skips) {
  std::vector<TimeExpression> out;
  if (text.size() >= UINT32_MAX) return out;
  const TimeParser parser(text, reference);
  TimeContext ctx;
  uint32_t pos = 0;
  // With no year of writing known, "on 28 September" takes the year the story last wrote
  // ("In September 2023 I published ... Two weeks later, on 28 September, ...").
  int story_year = 0;
  // "that year" is the year of the last date told, written or read against the date of
  // writing ("In 2022 she fled. On 14 October officers came ... In March of that year").
  YearInView in_view;
  size_t next_skip = 0;
  while (true) {
    // No expression starts before restart, and the two words there (no entry in the lexicon,
    // so never a trigger) set the context exactly as reading every token would have.
    while (next_skip < skips.size() && skips[next_skip].restart <= pos) ++next_skip;
    if (next_skip < skips.size() && skips[next_skip].from <= pos) pos = skips[next_skip].restart;
    const Tok t = parser.lex(pos);
    if (t.type == TokType::kEnd) break;
    if (t.type == TokType::kBreak) {
      ctx = TimeContext{};
      pos = t.end;
      continue;
    }
    if (TimeParser::is_trigger(t)) {
      FoundTime f;
      if (parser.parse_expression(t, ctx, &f) && f.end > pos) {
        if (f.lacks_year && reference.year == 0 && story_year != 0) take_story_year(&f, story_year);
        take_that_year(parser, in_view, &f);
        if (f.year_written && !f.unresolved && f.value.year != 0) story_year = f.value.year;
        if (f.kind != TimeKind::kAnchored && !f.unresolved && !f.open_end && f.value.year != 0)
          in_view = {f.value.year, f.year_written};
        out.push_back(to_expression(f));
        pos = f.end;
        ctx = TimeContext{};
        ctx.prev.type = TokType::kOther;  // an expression ends here: no context word
        continue;
      }
    }
    ctx = parser.context_after(t, ctx);
    pos = t.end;
  }
  return out;
}

int infer_reference_year(std::string_view text) {
  constexpr int kMin = 1950, kMax = 2100;
  if (text.size() >= UINT32_MAX) return 0;
  const TimeLexicon& lexicon = TimeLexicon::get();
  struct Mention {
    uint32_t pos;
    int sentence;
    int value;  // the year, or the deictic offset of "last/this/next year"
  };
  std::vector<Mention> years, phrases;
  int sentence = 0, latest = 0;
  Tok prev, prev2;
  // "2000 people": a count, not a year.
  auto counts_something = [](const Tok& t) {
    return t.type == TokType::kWord && t.word != nullptr && (t.word->blocker & kBlockCount);
  };
  auto is_label = [](const Tok& t) {
    return t.type == TokType::kWord && t.word != nullptr && (t.word->blocker & kBlockLabel);
  };
  uint32_t pos = 0;
  while (true) {
    const Tok t = lex_at(text, pos, lexicon);
    if (t.type == TokType::kEnd) break;
    if (t.type == TokType::kBreak) {
      ++sentence;
    } else if (t.type == TokType::kPunct && (t.cp == '.' || t.cp == '!' || t.cp == '?')) {
      // Not after "Sept." or "No.".
      const bool abbreviation = prev.type == TokType::kWord && prev.word != nullptr &&
                                (prev.word->month_abbr || is_label(prev));
      if (!abbreviation) ++sentence;
    } else if (t.type == TokType::kNumber && t.digits == 4 && !t.ordinal && !t.decade &&
               t.number >= kMin && t.number <= kMax && !is_label(prev) &&
               !(prev.type == TokType::kPunct && prev.cp == '.' && is_label(prev2)) &&
               !counts_something(lex_at(text, t.end, lexicon))) {
      years.push_back({t.start, sentence, t.number});
      latest = std::max(latest, t.number);
    } else if (t.type == TokType::kWord && t.word != nullptr && t.word->deictic != kNoOffset &&
               !(prev.type == TokType::kWord && prev.word != nullptr &&
                 (prev.word->grammar & kGrammarArticle))) {
      const Tok u = lex_at(text, t.end, lexicon);
      if (u.type == TokType::kWord && u.word != nullptr && u.word->unit == TimeUnit::kYear &&
          u.word->unit_count == 1) {
        phrases.push_back({t.start, sentence, t.word->deictic});
      }
    }
    prev2 = prev;
    prev = t;
    pos = t.end;
  }
  std::map<int, int> votes;
  for (const Mention& p : phrases) {
    // The nearest year in the same sentence, else in the sentence before or after.
    const Mention* best = nullptr;
    int64_t best_distance = 0;
    for (int pass = 0; pass < 2 && best == nullptr; ++pass) {
      for (const Mention& y : years) {
        const int gap = std::abs(y.sentence - p.sentence);
        if (gap != pass) continue;
        const int64_t distance = std::llabs(static_cast<int64_t>(y.pos) - p.pos);
        if (best == nullptr || distance < best_distance) {
          best = &y;
          best_distance = distance;
        }
      }
    }
    if (best == nullptr) continue;
    // "this year" next to a year usually contrasts with it ("this year ... a far cry from
    // 2016"); it names the year only when the two stand together ("this year, 2019").
    if (p.value == 0 && (best->sentence != p.sentence || best_distance > 24)) continue;
    const int candidate = best->value - p.value;
    if (candidate < kMin || candidate > kMax || candidate < latest - 1) continue;
    ++votes[candidate];
  }
  int winner = 0, top = 0;
  bool tie = false;
  for (const auto& [year, count] : votes) {
    if (count > top) {
      winner = year;
      top = count;
      tie = false;
    } else if (count == top) {
      tie = true;
    }
  }
  return tie ? 0 : winner;
}

}  // namespace casebook
