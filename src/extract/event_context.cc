// Dates, places, fallback perpetrators and reasons for events (see event_context.h).
#include "extract/event_context.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string>

#include "core/ascii_case.h"
#include "core/tsv.h"
#include "extract/clause_words.h"
#include "extract/law_enforcement.h"
#include "extract/quotes.h"
#include "extract/word_classes.h"
#include "nlp/lemmatizer.h"
#include "nlp/name_lexicon.h"
#include "nlp/time_calendar.h"
#include "nlp/time_lexicon.h"
#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

// How many sentences on, within its paragraph, a date the story told still dates its acts ("On
// the morning of 9 March, three men came ... They said ... I was taken ... There they
// questioned me").
constexpr uint32_t kNarrativeSentences = 4;

DateValue from_expression(const TimeExpression& t, const CivilDate& value) {
  DateValue d;
  d.start = to_iso(value);
  if (t.value_end.year != 0 && !(t.value_end == value)) d.end = to_iso(t.value_end);
  d.approximate = t.approximate;
  return d;
}

// Courts and judges order and try; they do not arrest, search or beat with their own hands.
bool hands_on_act(std::string_view type) {
  return type == "arrest_detention" || type == "torture_ill_treatment" || type == "assault" ||
         type == "raid_search" || type == "enforced_disappearance" || type == "interrogation" ||
         type == "killing" || type == "abduction";
}

bool is_state_act(std::string_view type) {
  static const std::vector<std::string> kTypes = [] {
    std::vector<std::string> v;
    for_each_data_row("events/state_acts.tsv", [&](const TsvRow& r) { v.emplace_back(r[0]); });
    return v;
  }();
  return std::find(kTypes.begin(), kTypes.end(), type) != kTypes.end();
}

// data/time/happenings.tsv: "protest", "election", "coup".
bool is_happening(std::string_view noun_lemma) {
  static const std::vector<std::string> kNouns = [] {
    std::vector<std::string> v;
    for_each_data_row("time/happenings.tsv", [&](const TsvRow& r) { v.emplace_back(r[0]); });
    return v;
  }();
  return std::find(kNouns.begin(), kNouns.end(), noun_lemma) != kNouns.end();
}

}  // namespace

// Times are in the text's order, and a later time never lies in an earlier sentence, so both
// ends are binary searches.
std::span<const TimeExpression> times_in_sentences(const AnnotatedText& at, uint32_t from,
                                                   uint32_t end) {
  const std::vector<TimeExpression>& times = at.times;
  const auto last = end < at.sentences.size()
                        ? std::partition_point(times.begin(), times.end(),
                                               [&](const TimeExpression& t) {
                                                 return t.start < at.sentences[end].start;
                                               })
                        : times.end();
  const auto first = std::partition_point(times.begin(), last, [&](const TimeExpression& t) {
    const uint32_t k = at.token_at(t.start);
    return (k < at.sentence_of.size() ? at.sentence_of[k] : UINT32_MAX) < from;
  });
  return {first, last};
}

std::span<const TimeExpression> times_starting_in(const AnnotatedText& at, uint32_t from,
                                                  uint32_t to) {
  const std::vector<TimeExpression>& times = at.times;
  const auto first = std::partition_point(times.begin(), times.end(),
                                          [&](const TimeExpression& t) { return t.start < from; });
  const auto last = std::partition_point(first, times.end(),
                                         [&](const TimeExpression& t) { return t.start <= to; });
  return {first, last};
}

EventContext::EventContext(const DocumentContext& ctx, const CivilDate& reference)
    : ctx_(ctx), at_(ctx.at), reference_(reference) {
  // State media ("state television", "the Chinese state broadcaster") shame and censor; they
  // do not arrest or beat, so they are no fallback perpetrator of other acts.
  const NameLexicon& lex = NameLexicon::instance();
  media_.assign(ctx.entities.size(), false);
  for (const Mention& m : ctx.mentions) {
    if (m.entity < 0 || m.kind != MentionKind::kStateActor) continue;
    std::string_view name = m.name;
    const ActorPhrase* a = lex.state_actor(name);
    if (a == nullptr && name.find(' ') != std::string_view::npos)
      a = lex.state_actor(name.substr(name.find(' ') + 1));  // after a country's name
    if (a != nullptr && a->head == "state media") media_[m.entity] = true;
  }
}

// The state actor the document mentions most, for acts that only a state does; not counting
// the officials a charge or a critic is about, or one spoken to. Counted at the first event, once
// the cues are known.
int EventContext::main_state_actor(bool hands_on) {
  if (!main_counted_) {
    main_counted_ = true;
    std::vector<int> count(ctx_.entities.size(), 0);
    for (const Mention& m : ctx_.mentions) {
      if (m.entity >= 0 && ctx_.entities[m.entity].kind == "state_actor" &&
          ctx_.entities[m.entity].category.rfind("state", 0) == 0 && !media_[m.entity] &&
          !titles_a_name(m) &&
          !in_charge(m.first_token, at_.sentences[at_.sentence_of[m.first_token]].first_token) &&
          !criticised(m.first_token, at_.sentences[at_.sentence_of[m.first_token]].first_token) &&
          !addressed(m.first_token, at_.sentences[at_.sentence_of[m.first_token]].first_token) &&
          !denies(at_.sentence_of[m.first_token])) {
        ++count[m.entity];
      }
    }
    int best = 0, best_hands = 0;
    for (size_t e = 0; e < count.size(); ++e) {
      if (count[e] > best) {
        best = count[e];
        main_state_actor_ = static_cast<int>(e);
      }
      if (count[e] > best_hands && !judicial(static_cast<int>(e))) {
        best_hands = count[e];
        main_hands_on_actor_ = static_cast<int>(e);
      }
    }
  }
  return hands_on ? main_hands_on_actor_ : main_state_actor_;
}

bool EventContext::titles_a_name(const Mention& m) const {
  const uint32_t e = m.end_token;
  return e < at_.tokens.size() && at_.sentence_of[e] == at_.sentence_of[m.first_token] &&
         ctx_.token_mention[e] >= 0 &&
         ctx_.mentions[ctx_.token_mention[e]].kind == MentionKind::kPerson;
}

void EventContext::complete(Event* ev, uint32_t first, uint32_t end, bool repression,
                            bool reduced) {
  uint32_t sentence = at_.sentence_of[first];
  year_written_ = false;
  open_end_ = false;
  month_written_ = false;
  carried_ = false;
  ev->date = date_for(first, end, sentence, ev->victims);
  // "X was arrested on 27 February. A military court sentenced him to 20 years": a verdict
  // comes weeks or months after the arrest whose day the story carries; it is not dated by it.
  const std::string_view verdict = at_.verb_lemma[first];
  if (carried_ && ev->type == "prosecution" && narrative_type_ == "arrest_detention" &&
      (verdict == "sentence" || verdict == "convict" || verdict == "acquit")) {
    ev->date = DateValue{};
  } else if (!carried_ && !ev->date.empty()) {
    narrative_type_ = ev->type;
  }
  // "held since 2016", "missing since May 2021": a lasting state dated by its start. An act
  // that cannot last ("the third to be killed since 2022") is one of several over the period,
  // so its year is no written date of the incident, which could outrank the one told.
  ev->date_year_written =
      year_written_ && !(open_end_ && (ev->type == "killing" || ev->type == "assault"));
  ev->date_month_written = month_written_;
  // "those who take part in the rally on 25 May may be detained", written on 10 May: an act
  // dated after the day of writing and told in no past tense has not happened yet.
  if (reference_.day != 0 && ev->date.start.size() == 10 && ev->date.start > to_iso(reference_) &&
      !told_in_past(first) && !sentence_in_past(at_.sentences[sentence])) {
    ev->hypothetical = true;
  }
  // "rejected the appeal, ending her last chance of release before 2030", "jailed until 2031":
  // a later year than the day of writing, on an act told in the past, is a deadline or a term's
  // end, not the act's date.
  if (reference_.year != 0 && ev->date.start.size() >= 4 && !ev->hypothetical &&
      std::atoi(ev->date.start.substr(0, 4).c_str()) > reference_.year &&
      (told_in_past(first) || sentence_in_past(at_.sentences[sentence]))) {
    ev->date = DateValue{};
    ev->date_year_written = false;
    ev->date_month_written = false;
  }
  ev->location =
      place_for(first, sentence, /*skip_destination=*/ev->type == "travel_ban", ev->victims,
                ev->perpetrators);
  // "threatening calls from unknown people": the sentence names who did it, though not as the
  // verb's subject or agent, and it is no organ of the state.
  if (ev->perpetrators.empty() && repression) {
    if (int e = unknown_actor_in(sentence); e >= 0) ev->perpetrators = {std::to_string(e)};
  }
  // "Police arrested two men over the murder of X": the police are investigators of the
  // murder, not its doers.
  const uint32_t sentence_first = at_.sentences[sentence].first_token;
  const bool investigated =
      is_crime_anyone_commits(ev->type) &&
      (in_charge(first, sentence_first) || subject_of_justice(first, sentence_first));
  // "The killing of X is being investigated by police": the by-phrase is the inquiry's.
  if (investigated && under_inquiry_after(end > first ? end - 1 : first)) {
    std::erase_if(ev->perpetrators, [&](const std::string& p) {
      return ctx_.entities[std::stoi(p)].kind == "state_actor";
    });
  }
  // "jailed", "imprisoned", "remanded": a court's orders, though held by guards.
  const std::string_view verb = at_.verb_lemma[first];
  // ("executed", "hanged": a killing a court may have ordered.)
  const bool hands_on = hands_on_act(ev->type) && verb != "jail" && verb != "imprison" &&
                        verb != "remand" && verb != "sentence" && verb != "execute" &&
                        verb != "hang";
  // "Police said 47 officers were injured": the state's own agents hurt are no act of the
  // state, whose organs nearby did not do it.
  const bool agents_hurt =
      (ev->type == "assault" || ev->type == "killing") && !ev->victims.empty() &&
      std::all_of(ev->victims.begin(), ev->victims.end(), [&](const std::string& v) {
        const Entity& e = ctx_.entities[std::stoi(v)];
        return e.kind == "state_actor" &&
               (e.category == "state_security" || e.category == "state_other");
      });
  if (ev->perpetrators.empty() && repression && !investigated && !agents_hurt) {
    bool media_act = ev->type == "public_shaming" || ev->type == "communication_restriction";
    ev->perpetrators = state_actor_near(sentence, media_act, hands_on, first, reduced,
                                        is_crime_anyone_commits(ev->type));
  }
  if (ev->perpetrators.empty() && is_state_act(ev->type) && !investigated && !agents_hurt) {
    // "Editor's brother jailed" above "A court in the capital on Monday jailed ...": the
    // headline retells the lead, which names the actor.
    int e = -1;
    if (int lead = lead_of_headline(sentence); lead >= 0) e = state_actor_in(lead, false);
    if (e >= 0 && hands_on && judicial(e)) e = -1;  // "mother's flat searched": no court's act
    if (e < 0) e = main_state_actor(hands_on);
    if (e >= 0) ev->perpetrators = {std::to_string(e)};
  }
  reason_for(ev, end, sentence);
}

// The last time expression before x in the same paragraph, at most three sentences back,
// that gives a year: not one anchored itself, not "since 2016", nor a year in a name.
const TimeExpression* EventContext::latest_date_before(const TimeExpression& x,
                                                       uint32_t paragraph) const {
  const uint32_t sentence = at_.sentence_of[at_.token_at(x.start)];
  const TimeExpression* found = nullptr;
  // (A time more than three sentences back is none: the walk starts three sentences back.)
  for (const TimeExpression& t :
       times_in_sentences(at_, sentence > 3 ? sentence - 3 : 0, sentence + 1)) {
    if (t.start >= x.start) break;
    if (t.kind == TimeKind::kAnchored || t.open_end || t.value.year == 0 || inside_a_name(t) ||
        birth_date(t)) {
      continue;
    }
    const uint32_t ts = at_.sentence_of[at_.token_at(t.start)];
    if (at_.sentences[ts].paragraph != paragraph || sentence - ts > 3) continue;
    found = &t;
  }
  return found;
}

// The last time expression before x in the same paragraph, at most three sentences back, that
// writes its month and year ("in May 2019", "on 9 August 2020"); not a bare year ("fled in
// 2019", "the 2011 protests": background, while a year-less "in August" is the news's), not
// "since May 2016", nor a year in a name.
const TimeExpression* EventContext::written_year_before(const TimeExpression& x,
                                                        uint32_t paragraph) const {
  const uint32_t sentence = at_.sentence_of[at_.token_at(x.start)];
  const TimeExpression* found = nullptr;
  // (A time more than three sentences back is none: the walk starts three sentences back.)
  for (const TimeExpression& t :
       times_in_sentences(at_, sentence > 3 ? sentence - 3 : 0, sentence + 1)) {
    if (t.start >= x.start) break;
    if (!t.year_written || t.open_end || t.value.year == 0 || t.value.month == 0 ||
        inside_a_name(t) || birth_date(t) ||
        (t.kind != TimeKind::kAbsolute && t.kind != TimeKind::kRange)) {
      continue;
    }
    const uint32_t ts = at_.sentence_of[at_.token_at(t.start)];
    if (at_.sentences[ts].paragraph != paragraph || sentence - ts > 3) continue;
    found = &t;
  }
  return found;
}

// The last date with its month ("on 12 May", "in August 2024") in the kNarrativeSentences
// sentences before sentence, in its paragraph; not a span begun ("since May"), one in a name
// or a date line.
// (Asked for most acts told with no date of their own: only the times of those sentences are
// read, found by binary search, and the word tests run only for a time in the same paragraph.)
const TimeExpression* EventContext::story_date_before(uint32_t sentence) const {
  const Sentence& s = at_.sentences[sentence];
  const TimeExpression* found = nullptr;
  const std::span<const TimeExpression> times =
      times_in_sentences(at_, sentence > kNarrativeSentences ? sentence - kNarrativeSentences : 0,
                         sentence);
  for (const TimeExpression& t : times) {
    if (t.kind != TimeKind::kAbsolute || t.open_end || t.value.year == 0 || t.value.month == 0) {
      continue;
    }
    const uint32_t ts = at_.sentence_of[at_.token_at(t.start)];
    if (at_.sentences[ts].paragraph != s.paragraph) continue;
    if (inside_a_name(t) || in_dateline(t) || birth_date(t)) continue;
    found = &t;
  }
  return found;
}

// The time expression of the sentence nearest the trigger; else the narrative's date if the
// story was dated within the last few sentences of the same paragraph. Never the
// publication date, unless the text anchors to it ("on Tuesday").
DateValue EventContext::date_for(uint32_t first, uint32_t end, uint32_t sentence,
                                 const std::vector<std::string>& victims) {
  const Sentence& s = at_.sentences[sentence];
  const TimeExpression* best = nullptr;
  uint32_t best_distance = UINT32_MAX;
  bool best_reported = false;  // the time of a reporting clause after the act
  uint32_t trig = at_.tokens[first].start;
  const uint32_t trig_end = at_.tokens[term_end(end) - 1].end;
  // (Only the times that start in the sentence can lie in it.)
  for (const TimeExpression& t : times_starting_in(at_, s.start, s.end)) {
    if (t.start < s.start || t.end > s.end) continue;
    // "dismissed a month after her arrest": the arrest named in the expression's anchor is
    // an earlier act, not one dated by the expression.
    if ((trig >= t.start && trig < t.end) ||
        (t.anchor_end > t.anchor_start && trig >= t.anchor_start && trig < t.anchor_end)) {
      continue;
    }
    // After the act, counted from the trigger's end: "detained on 3 January and released on 9
    // February" dates the release by the date after it, not the one before "and".
    uint32_t d = t.start > trig ? t.start - std::min<uint32_t>(t.start, trig_end) : trig - t.end;
    if (t.start > trig) d /= 2;  // "detained ... on September 6" beats a date before
    // "On July 8, one day before the event, ...": the calendar date beats the anchored one.
    // (Not one right after the act: "detained on 2 May and freed two weeks later".)
    if (t.kind == TimeKind::kAnchored &&
        !(t.start > trig && at_.token_at(t.start) <= at_.token_at(trig_end) + 3 &&
          t.anchor_end <= t.anchor_start)) {
      d += 100000;
    }
    // "has lived abroad since 2016": the start of a state, rarely the act's date.
    if (t.open_end) d += 80;
    // Never the date of someone else's move or stay: "X, in exile since 2018, said his brother
    // was questioned", "the parents of X, who fled to Turkey in 2019, were summoned".
    if (someone_elses_residence(at_.token_at(t.start), s.first_token, victims)) continue;
    if (inside_a_name(t)) continue;
    // "X, born in 1987, was detained": the birth dates no act of the sentence.
    if (birth_date(t)) continue;
    // "X, who had lived in Kyrgyzstan since 2016, was detained": the relative clause tells
    // of another time than the act's.
    if (in_other_relative_clause(at_.token_at(t.start), first, s)) continue;
    // "X, who was detained with her, was released on Wednesday": nor the other way round.
    if (in_other_relative_clause(first, at_.token_at(t.start), s, /*closed_only=*/true)) continue;
    if (in_contact_relative(at_.token_at(t.start), end)) continue;
    if (year_modifier(t, first)) continue;
    if (happening_year(t, end)) continue;
    // "sentenced her for sharing my article in 2021": the time of the deed the act punishes.
    if (in_reason_clause(t, end)) continue;
    if (in_dateline(t)) continue;
    if (next_step_time(t)) continue;
    // "learned last week that his sister had been sentenced": when someone heard of the act,
    // not when it happened.
    if (dates_the_learning(t, first)) continue;
    // Only when nothing else in the sentence dates the act.
    if (dates_the_saying(t, first)) d += 100000;
    // "X was arrested, his family said on Friday": a reporting clause after the act's clause
    // dates the saying; the act was by then, so the time dates it only when nothing else in
    // the sentence does, and approximately. Not "said on Friday that police had beaten him"
    // (above), nor news told as just done: "a court has sentenced X, her son said on
    // Thursday", "police detained 43 people overnight, the ministry said on Sunday".
    bool reported = false;
    if (const uint32_t v = speech_before_time(t);
        v != UINT32_MAX && v >= end && !present_perfect(first) && !overnight_before(first, v)) {
      d += 200000;
      reported = true;
    }
    if (d < best_distance) {
      best = &t;
      best_distance = d;
      best_reported = reported;
    }
  }
  if (best != nullptr) {
    CivilDate value = best->value;
    if (best->kind == TimeKind::kAnchored) {
      // "Two days earlier, officers searched the office and seized ...": the second act of
      // the sentence is two days before the same anchor, not two days before the first act.
      if (best->start == anchored_start_ && anchored_value_.year != 0) {
        value = anchored_value_;
      } else {
        CivilDate anchor = last_day_.year != 0 ? last_day_ : parse_iso(narrative_.start);
        // "In 2014 he met the envoy ... three years later": a year or a month counts from the
        // story's latest date, though it has no day.
        // The latest date written before it in the paragraph, a few sentences back, is the
        // story's latest date even when no act of its own took it ("In 2015 she wrote about
        // the mine. A year later, she was arrested.").
        if ((best->anchor_unit == TimeUnit::kYear || best->anchor_unit == TimeUnit::kMonth) &&
            best->anchor_end == best->anchor_start) {
          if (!narrative_.empty() && narrative_sentence_ > last_day_sentence_) {
            anchor = parse_iso(narrative_.start);
          }
          if (const TimeExpression* w = latest_date_before(*best, s.paragraph);
              w != nullptr && at_.sentence_of[at_.token_at(w->start)] >= last_day_sentence_ &&
              (narrative_.empty() ||
               at_.sentence_of[at_.token_at(w->start)] >= narrative_sentence_)) {
            anchor = w->value;
          }
        }
        // "In February, masked men slashed her tyres. A week later, her office was searched":
        // a day or a week counts from a date written since the last act dated to the day;
        // from a month alone it gives that month.
        bool from_month = false;
        if ((best->anchor_unit == TimeUnit::kDay || best->anchor_unit == TimeUnit::kWeek) &&
            best->anchor_end == best->anchor_start) {
          if (const TimeExpression* w = latest_date_before(*best, s.paragraph);
              w != nullptr && at_.sentence_of[at_.token_at(w->start)] > last_day_sentence_ &&
              (narrative_.empty() ||
               at_.sentence_of[at_.token_at(w->start)] >= narrative_sentence_)) {
            anchor = w->value;
            from_month = w->value.day == 0 && w->value.month != 0;
          }
        }
        value = anchor.year == 0 ? CivilDate{}
                : from_month     ? CivilDate{anchor.year, anchor.month, 0}
                                 : resolve_anchored(*best, anchor);
        anchored_start_ = best->start;
        anchored_value_ = value;
      }
      // "claimed the title a year before he was assassinated", told today: an act told in the
      // past that an anchor would put after the date of writing is not dated by it; nor one
      // told with no word of the future ("comes three years after girls were snatched").
      if (value.year != 0 && reference_.year != 0 && compare_start(value, reference_) > 0 &&
          (told_in_past(first) || !told_as_future(first))) {
        return {};
      }
    }
    // "In May 2019 the editor was questioned. On 3 June he was detained": a day or month
    // written without a year, in a paragraph whose story a written year dates, is that
    // year's (the next one's when it falls before it), not the year of writing.
    TimeExpression in_story_year;
    // (Not "last week" or "on Tuesday", which count from the day of writing.)
    if (value.year != 0 && !best->year_written && value.month != 0 && !best->deictic &&
        (best->kind == TimeKind::kAbsolute || best->kind == TimeKind::kRange)) {
      if (const TimeExpression* w = written_year_before(*best, s.paragraph);
          w != nullptr && w->value.year != value.year) {
        in_story_year = *best;
        const int shift = w->value.year - value.year +
                          (compare_start({w->value.year, value.month, value.day}, w->value) < 0);
        in_story_year.value.year += shift;
        if (in_story_year.value_end.year != 0) in_story_year.value_end.year += shift;
        if (reference_.year == 0 || compare_start(in_story_year.value, reference_) <= 0) {
          best = &in_story_year;
          value = in_story_year.value;
        }
      }
    }
    // "who was arrested in November", told in September: a month written without a year that
    // lies after the date of writing is last year's when the act is told in the past.
    // (Not "next Monday", which counts from the day of writing.)
    if (value.year != 0 && !best->year_written && best != &in_story_year && !best->deictic &&
        best->value_end.year == 0 && reference_.month != 0 &&
        compare_start(value, reference_) > 0 && (told_in_past(first) || sentence_in_past(s))) {
      --value.year;
    }
    // "died on October 5, a day after he was detained": the detention is October 4. Such a
    // date is the clause's own and does not move the narrative on.
    if (value.year != 0 && shift_by_clause_offset(first, *best, &value)) {
      DateValue d;
      d.start = to_iso(value);
      d.approximate = best->approximate;
      return d;
    }
    if (value.year != 0) {
      DateValue d = from_expression(*best, value);
      d.approximate = d.approximate || best_reported;
      year_written_ = best->year_written;
      open_end_ = best->open_end;
      month_written_ = best->kind == TimeKind::kAbsolute && value.month != 0;
      narrative_ = d;
      narrative_month_written_ = month_written_;
      narrative_sentence_ = sentence;
      // "since last week" is a range, not a day that "the same day" could mean.
      if (value.day != 0 && best->value_end.year == 0) {
        last_day_ = value;
        last_day_sentence_ = sentence;
      }
      return d;
    }
  }
  // "a court later convicted her": an act told as coming after the story's date, by no
  // amount, is not dated by it.
  if (told_as_later(first)) return DateValue{};
  // "X is serving a seven-year sentence", "she is being held in Minsk": a state told in the
  // present is not dated by the story's last date.
  if (!narrative_.empty() && sentence - narrative_sentence_ <= kNarrativeSentences &&
      at_.sentences[narrative_sentence_].paragraph == s.paragraph && !told_as_present(first)) {
    // The story may have moved on in a sentence with no act of its own: "He was detained in
    // April. He was put on a flight on Saturday. ... his whereabouts have been unknown since."
    const TimeExpression* later = nullptr;
    CivilDate later_value;
    for (const TimeExpression& t :
         times_starting_in(at_, at_.sentences[narrative_sentence_].end, s.start)) {
      if (t.start < at_.sentences[narrative_sentence_].end || t.end > s.start) continue;
      // "Released on 11 September. The next day she visited the passport office": a day or a
      // week counted from the story's last day, in a sentence with no act of its own.
      if (t.kind == TimeKind::kAnchored && t.anchor_end == t.anchor_start &&
          (t.anchor_unit == TimeUnit::kDay || t.anchor_unit == TimeUnit::kWeek) &&
          last_day_.year != 0 && at_.sentence_of[at_.token_at(t.start)] > last_day_sentence_) {
        later = &t;
        later_value = resolve_anchored(t, last_day_);
        continue;
      }
      if (t.kind == TimeKind::kAnchored || t.open_end || t.value.year == 0 || inside_a_name(t) ||
          birth_date(t)) {
        continue;
      }
      later = &t;
      later_value = t.value;
    }
    if (later != nullptr && later_value.year != 0) {
      narrative_ = from_expression(*later, later_value);
      narrative_month_written_ = later->kind == TimeKind::kAbsolute && later->value.month != 0;
      narrative_sentence_ = at_.sentence_of[at_.token_at(later->start)];
    }
    month_written_ = narrative_month_written_;  // "The couple were asked ..." after "on May 3"
    carried_ = true;
    return narrative_;
  }
  // "On 12 May, officers came to the flat. They searched it for hours": the story was dated
  // in a sentence with no act of its own, a few sentences back in the paragraph.
  if (!told_as_present(first)) {
    if (const TimeExpression* w = story_date_before(sentence); w != nullptr) {
      narrative_ = from_expression(*w, w->value);
      narrative_month_written_ = true;
      narrative_sentence_ = at_.sentence_of[at_.token_at(w->start)];
      month_written_ = true;
      year_written_ = w->year_written;
      carried_ = true;
      return narrative_;
    }
  }
  // "14:05 — Riot police fired tear gas": an entry of a live blog, stamped with the hour, is
  // of the day it is written.
  if (reference_.year != 0 && reference_.day != 0 && clock_stamped(s.paragraph)) {
    DateValue d;
    d.start = to_iso(reference_);
    return d;
  }
  // "have been forced out of their home": the present perfect speaks of the recent past, the
  // year of writing.
  if (reference_.year != 0 && present_perfect(first)) {
    DateValue d;
    d.start = std::to_string(reference_.year);
    d.approximate = true;
    return d;
  }
  return {};
}

// Whether paragraph p opens with an hour and a dash or a colon: "14:05 —", "9.30am:",
// "16:20 GMT -".
// (Paragraphs are numbered in the text's order, so the paragraph's first sentence is found by
// binary search.)
bool EventContext::clock_stamped(uint32_t p) const {
  const auto first = std::partition_point(at_.sentences.begin(), at_.sentences.end(),
                                          [&](const Sentence& x) { return x.paragraph < p; });
  if (first == at_.sentences.end() || first->paragraph != p) return false;
  const auto s = static_cast<size_t>(first - at_.sentences.begin());
  std::string_view x = at_.text.substr(at_.sentences[s].start, 24);
  size_t i = 0, digits = 0;
  while (i < x.size() && x[i] >= '0' && x[i] <= '9') ++i;
  if (i == 0 || i > 2 || i >= x.size() || (x[i] != ':' && x[i] != '.')) return false;
  for (++i; i < x.size() && x[i] >= '0' && x[i] <= '9'; ++i) ++digits;
  if (digits != 2) return false;
  while (i < x.size() && x[i] == ' ') ++i;
  for (std::string_view zone : {"am", "pm", "a.m.", "p.m.", "GMT", "UTC", "local time"}) {
    if (x.substr(i, zone.size()) == zone) {
      i += zone.size();
      break;
    }
  }
  while (i < x.size() && x[i] == ' ') ++i;
  const std::string_view rest = x.substr(std::min(i, x.size()));
  return rest.starts_with("\xE2\x80\x94") || rest.starts_with("\xE2\x80\x93") ||
         rest.starts_with("-") || rest.starts_with(":");
}

// "<count> <unit> after/before" opening the trigger's clause, a few words before it ("five
// days after he was arrested", "a week before she was detained"), with the sentence's date
// outside that clause: the act is that far from the sentence's date. Days and weeks need a
// date with a day; months and years keep the precision they shift.
bool EventContext::shift_by_clause_offset(uint32_t first, const TimeExpression& sentence_date,
                                          CivilDate* value) const {
  const Sentence& s = at_.sentences[at_.sentence_of[first]];
  const TimeLexicon& lex = TimeLexicon::get();
  for (uint32_t t = first, steps = 0; t-- > s.first_token + 2 && steps < 5; ++steps) {
    if (at_.tokens[t].kind != TokenKind::kWord) return false;
    std::string_view w = at_.lower[t];
    if (w != "after" && w != "before") continue;
    const TimeWord* unit = lex.find(at_.lower[t - 1]);
    if (unit == nullptr || unit->unit == TimeUnit::kNone) return false;
    const TimeWord* number = lex.find(at_.lower[t - 2]);
    int count = 0;
    if (number != nullptr && number->number > 0 && !number->number_approx) {
      count = number->number;
    } else if (at_.tokens[t - 2].kind == TokenKind::kNumber) {
      std::string_view digits = at_.token_text(t - 2);
      auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
      if (error != std::errc() || end != digits.data() + digits.size() || count > 999) return false;
    } else if (at_.lower[t - 2] == "the" && !unit->unit_plural) {
      count = 1;  // "the day after he was detained"
    }
    if (count <= 0) return false;
    // The sentence's date must lie outside the offset clause.
    uint32_t clause_start = at_.tokens[t - 2].start, clause_end = at_.tokens[first].end;
    if (sentence_date.end > clause_start && sentence_date.start < clause_end) return false;
    count *= unit->unit_count * (w == "after" ? -1 : 1);
    switch (unit->unit) {
      case TimeUnit::kDay:
      case TimeUnit::kWeek:
        if (value->day == 0) return false;
        *value = shift_days(*value, unit->unit == TimeUnit::kWeek ? 7 * count : count);
        return true;
      case TimeUnit::kMonth: {
        if (value->month == 0) return false;
        int months = value->year * 12 + (value->month - 1) + count;
        *value = CivilDate{months / 12, months % 12 + 1, 0};
        return true;
      }
      case TimeUnit::kYear:
        *value = CivilDate{value->year + count, 0, 0};
        return true;
      default:
        return false;
    }
  }
  return false;
}

// "was arrested", "had been detained": a past auxiliary just before the trigger; or the
// trigger's own past form with no present or future auxiliary ("police arrested him", "the
// jailed reporters"), not "is detained", "will be jailed", "detaining".
bool EventContext::told_in_past(uint32_t first) const {
  const Sentence& s = at_.sentences[at_.sentence_of[first]];
  std::string_view form = at_.lower[first];
  // "-ed", or an irregular past ("shot", "took", "threw"): an inflected form that is neither
  // "-ing" nor "-s".
  const bool past_form =
      form != at_.verb_lemma[first] && form.size() > 2 &&
      (form.ends_with("ed") || (!form.ends_with("ing") && !form.ends_with("s")));
  if (past_form && first > s.first_token) {
    std::string_view before = at_.lower[first - 1];
    if (before != "is" && before != "are" && before != "am" && before != "be" &&
        before != "being" && before != "been" && before != "to" && before != "will")
      return true;
  }
  // "ordered internet providers to cut mobile data": an act in the infinitive of a verb told
  // in the past.
  if (first > s.first_token + 1 && at_.lower[first - 1] == "to") {
    for (uint32_t t = first - 1, steps = 0; t-- > s.first_token && steps < 4; ++steps) {
      const std::string_view w = at_.lower[t];
      if (w != at_.verb_lemma[t] && w.ends_with("ed") && at_.has(t, kLowerCase)) return true;
    }
  }
  for (uint32_t t = first, steps = 0; t-- > s.first_token && steps < 3; ++steps) {
    std::string_view w = at_.lower[t];
    if (w == "was" || w == "were" || w == "had") return true;
    if (w != "been" && w != "not" && w != "also" && w != "reportedly" && w != "allegedly" &&
        w != "later" && w != "first") {
      return false;
    }
  }
  return false;
}

// "In March, security forces opened fire on the march, killing four": a verb of the
// sentence told in the past ("-ed", or another inflected form that is not "-ing" or "-s"),
// with no word of the future, tells its acts in the past.
bool EventContext::sentence_in_past(const Sentence& s) const {
  bool past = false;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string_view w = at_.lower[t];
    if (w == "will" || w == "shall" || w == "'ll") return false;
    if (!at_.has(t, kLowerCase) || w == at_.verb_lemma[t] || w.size() < 3) continue;
    if (w.ends_with("ing") || w.ends_with("s")) continue;
    const std::string_view before = t > s.first_token ? at_.lower[t - 1] : std::string_view();
    if (before == "to" || before == "will" || before == "be" || before == "being") continue;
    past = true;
  }
  return past;
}

// "will be tried", "is due to appear", "is expected to be extradited", "are set to": a word of
// the future in the sentence before the trigger, at most eight words back.
bool EventContext::told_as_future(uint32_t first) const {
  const Sentence& s = at_.sentences[at_.sentence_of[first]];
  for (uint32_t t = first, steps = 0; t-- > s.first_token && steps < 8; ++steps) {
    std::string_view w = at_.lower[t];
    if (w == "will" || w == "shall" || w == "'ll" || w == "’ll" || w == "due" || w == "expected" ||
        w == "scheduled" || w == "set" || w == "going" || w == "plans" || w == "planned" ||
        w == "would") {
      return true;
    }
  }
  return false;
}

// "later convicted", "was subsequently sentenced", "eventually released": a word of later
// time in the two words before the trigger or right after it.
bool EventContext::told_as_later(uint32_t first) const {
  const Sentence& s = at_.sentences[at_.sentence_of[first]];
  auto later = [&](uint32_t t) {
    const std::string_view w = at_.lower[t];
    return w == "later" || w == "subsequently" || w == "eventually" || w == "afterwards" ||
           w == "afterward";
  };
  for (uint32_t t = first; t-- > s.first_token && first - t <= 2;) {
    if (later(t)) return true;
  }
  return first + 1 < s.end_token && later(first + 1);
}

// "is serving a sentence", "are being held", "is still detained": a present form of "be"
// followed by an -ing verb or a participle, at most five words before the trigger, with no
// punctuation between.
bool EventContext::told_as_present(uint32_t first) const {
  const Sentence& s = at_.sentences[at_.sentence_of[first]];
  for (uint32_t t = first, steps = 0; t-- > s.first_token && steps < 5; ++steps) {
    if (at_.tokens[t].kind == TokenKind::kPunct) return false;
    std::string_view w = at_.lower[t];
    if (w == "is" || w == "are" || w == "am") {
      std::string_view next = at_.lower[t + 1];
      return t + 1 <= first && (next.ends_with("ing") || next == "still" || t + 1 == first);
    }
  }
  return false;
}

// "has been detained", "have forced": has/have just before the verb group.
bool EventContext::present_perfect(uint32_t first) const {
  const Sentence& s = at_.sentences[at_.sentence_of[first]];
  for (uint32_t t = first, steps = 0; t-- > s.first_token && steps < 4; ++steps) {
    std::string_view w = at_.lower[t];
    if (w == "has" || w == "have") return true;
    if (w != "been" && w != "being" && w != "not" && w != "also" && w != "reportedly" &&
        w != "allegedly" && w != "repeatedly" && w != "since" && w != "recently" &&
        w != "already") {
      return false;
    }
  }
  return false;
}

// A place named in the sentence: after "in/at/near/outside" first, the one nearest the
// trigger, a city before a country.
std::string EventContext::place_for(uint32_t first, uint32_t sentence, bool skip_destination,
                                    const std::vector<std::string>& victims,
                                    const std::vector<std::string>& perpetrators) {
  const Sentence& s = at_.sentences[sentence];
  // Inside a quotation, only the quotation's places: in “They beat him,” she told reporters in
  // Warsaw, the beating did not happen in Warsaw.
  uint32_t from = s.first_token, to = s.end_token;
  for (uint32_t t = first; t < s.end_token; ++t) {
    if (at_.has(t, kOpenQuote)) break;
    if (at_.has(t, kCloseQuote)) {
      to = t;
      break;
    }
  }
  for (uint32_t t = first; t-- > s.first_token;) {
    if (at_.has(t, kCloseQuote)) break;
    if (at_.has(t, kOpenQuote)) {
      from = t;
      break;
    }
  }
  int best = -1;
  int best_score = -1000000;
  const Mention* best_mention = nullptr;
  for (uint32_t t = from; t < to; ++t) {
    int m = ctx_.token_mention[t];
    if (m < 0 || ctx_.mentions[m].first_token != t) continue;
    const Mention& mm = ctx_.mentions[m];
    if (mm.kind != MentionKind::kPlace || mm.entity < 0) continue;
    std::string_view before = t > 0 ? at_.lower[t - 1] : "";
    // "stopped from boarding a flight to Istanbul": where the traveller was going, not where
    // the ban was applied. Not "barred from returning to Tajikistan", the country of the ban.
    if (skip_destination && before == "to" && t >= 2 && !at_.lower[t - 2].starts_with("return") &&
        at_.lower[t - 2] != "back") {
      continue;
    }
    // "left Belarus for Poland after police raided the flat", "fled to Turkey": where someone
    // went, not where the act of the sentence happened.
    if (t >= 2 && (before == "for" || before == "to")) {
      std::string_view verb = at_.lower[t - 2];
      int left_place = ctx_.token_mention[t - 2];
      bool from_place = before == "for" && left_place >= 0 &&
                        ctx_.mentions[left_place].kind == MentionKind::kPlace;
      if (from_place || verb == "fled" || verb == "flee" || verb == "emigrated" ||
          verb == "moved" || verb == "relocated" || verb == "escaped") {
        continue;
      }
    }
    // "arrested at the airport as he returned from Berlin", "before her flight to Bogota", "as
    // he tried to leave for Panama", "who fled the war in Ukraine": where someone came from,
    // was going or fled, not where the act happened.
    if (journey_end(t, s.first_token)) continue;
    // "Ivo Lind (born 1971, Minsk)", "born in Gomel in 1979": a birthplace, not where the
    // act happened.
    bool birthplace = false;
    for (uint32_t k = t, n = 0; k-- > s.first_token && n < 4 && !birthplace; ++n) {
      birthplace = at_.lower[k] == "born";
      if (at_.lower[k] == ")" || at_.lower[k] == ";") break;
    }
    if (birthplace) continue;
    // "detained at Bahrain's request", "on Iran's orders": a country that asks or orders is an
    // actor, not where the act happened.
    if (mm.end_token < to && at_.has(mm.end_token, kPossessive) && mm.end_token + 1 < to) {
      const std::string_view owned = at_.noun_lemma[mm.end_token + 1];
      if (owned == "request" || owned == "order" || owned == "behest" || owned == "demand" ||
          owned == "instruction" || owned == "initiative") {
        continue;
      }
    }
    // "X, who lives in exile in Warsaw, said his brother was questioned": where X lives, not
    // where the brother was questioned. It stays for acts done to X there.
    if (someone_elses_residence(t, s.first_token, victims)) continue;
    if (describes_another(t, mm.end_token, s.first_token, victims)) continue;
    if (where_the_speaker_is(t, mm.end_token, to)) continue;
    // "a Vilnius-based blogger": where someone lives, told as a modifier of the person.
    if (at_.text.substr(mm.end, 6) == "-based" || at_.text.substr(mm.end, 6) == " based") {
      continue;
    }
    // "wounded and taken to a hospital in Popayan": where the wounded were treated.
    if (t >= 3 && before == "in" && first < t) {
      bool treated = false;
      for (uint32_t k = t - 1; k-- > s.first_token && t - k <= 5;) {
        const std::string_view w = at_.lower[k];
        if (w == "hospital" || w == "clinic" || w == "morgue" || w == "hospitals") {
          treated = k > s.first_token &&
                    (at_.lower[k - 1] == "to" || (k >= 2 && at_.lower[k - 2] == "to"));
          break;
        }
      }
      if (treated) continue;
    }
    // "the riverside settlement of Korail in Dhaka": a place the gazetteer does not know,
    // followed by the known town it lies in, gives way to that town.
    if (mm.place != nullptr && mm.place->id >= kLocalPlaceIds && mm.end_token + 1 < to &&
        (at_.lower[mm.end_token] == "in" || at_.lower[mm.end_token] == ",")) {
      const int next = ctx_.token_mention[mm.end_token + 1];
      // (Not a country: "San Isidro, Honduras" is the town, which the country only places.)
      if (next >= 0 && ctx_.mentions[next].kind == MentionKind::kPlace &&
          ctx_.mentions[next].place != nullptr &&
          ctx_.mentions[next].place->id < kLocalPlaceIds &&
          ctx_.mentions[next].place->type != PlaceType::kCountry) {
        continue;
      }
    }
    int score = 0;
    if (before == "in" || before == "at" || before == "near" || before == "outside" ||
        before == "of" || before == "from") {
      score += 50;
    }
    if (town_of_a_building(t, mm, to)) score += 40;
    if (mm.place && mm.place->type == PlaceType::kCity) score += 20;
    if (mm.place && mm.place->type == PlaceType::kRegion) score += 10;
    int distance = static_cast<int>(t > first ? t - first : first - t);
    score -= distance;
    if (score > best_score) {
      best_score = score;
      best = mm.entity;
      best_mention = &mm;
    }
  }
  if (best >= 0) {
    narrative_place_ = best;
    narrative_place_paragraph_ = s.paragraph;
    narrative_place_body_ = body_placed_by(*best_mention);
    return std::to_string(best);
  }
  // The place the story is at, within its paragraph. Not for an act of another body of the
  // kind the place was told for: "An Istanbul court sentenced X. A military court sentenced
  // Y." does not place the military court in Istanbul.
  if (narrative_place_ >= 0 && narrative_place_paragraph_ == s.paragraph &&
      !done_by_another_placed_body(perpetrators, s)) {
    return std::to_string(narrative_place_);
  }
  return {};
}

uint32_t EventContext::term_end(uint32_t end) const {
  const uint32_t n = static_cast<uint32_t>(at_.tokens.size());
  uint32_t k = end;
  // "sentenced to eight years in prison in 2021": the term is part of the act.
  if (k + 1 < n &&
      (at_.tokens[k].kind == TokenKind::kNumber || is_partitive_count(at_.lower[k]) ||
       at_.lower[k] == "one" || at_.lower[k] == "a") &&
      is_time_unit(at_.lower[k + 1])) {
    k += 2;
    if (k + 1 < n &&
        ((at_.lower[k] == "in" && (at_.lower[k + 1] == "prison" || at_.lower[k + 1] == "jail")) ||
         (at_.lower[k] == "of" && at_.lower[k + 1] == "imprisonment") ||
         (at_.lower[k] == "behind" && at_.lower[k + 1] == "bars"))) {
      k += 2;
    }
  }
  return k;
}

bool EventContext::journey_end(uint32_t t, uint32_t sentence_first) const {
  if (t < sentence_first + 2) return false;
  const std::string_view before = at_.lower[t - 1];
  const std::string_view lemma = at_.verb_lemma[t - 2];
  const std::string_view noun = at_.noun_lemma[t - 2];
  if (before == "from" && (lemma == "return" || lemma == "arrive" || lemma == "fly")) return true;
  // ("before her flight to Bogota", "as he boarded a flight to Rome"; not "detained after his
  // flight to Dushanbe", where he landed.)
  if (before == "to" && noun == "flight") {
    for (uint32_t k = t - 2, n = 0; k-- > sentence_first && n < 3; ++n) {
      if (at_.lower[k] == "before" || at_.verb_lemma[k] == "board" ||
          at_.verb_lemma[k] == "catch") {
        return true;
      }
    }
  }
  if (before == "for" &&
      (lemma == "leave" || lemma == "depart" || lemma == "head" || at_.lower[t - 2] == "bound")) {
    return true;
  }
  // "fled Syria", "fled the war in Ukraine", "escaped the fighting in Tigray".
  for (uint32_t k = t, n = 0; k-- > sentence_first && n < 5; ++n) {
    if (at_.tokens[k].kind == TokenKind::kPunct) return false;
    const std::string_view v = at_.verb_lemma[k];
    if ((v == "flee" || v == "escape") && at_.lower[k] != v) return true;
  }
  return false;
}

int EventContext::body_placed_by(const Mention& place) const {
  // "an Istanbul court": the body right after the place.
  const uint32_t e = place.end_token;
  int m = e < at_.tokens.size() ? ctx_.token_mention[e] : -1;
  if (m >= 0 && ctx_.mentions[m].first_token == e &&
      ctx_.mentions[m].kind == MentionKind::kStateActor) {
    return ctx_.mentions[m].entity;
  }
  // "a court in Istanbul": the body right before "in" and the place.
  const uint32_t t = place.first_token;
  m = t >= 2 && at_.lower[t - 1] == "in" ? ctx_.token_mention[t - 2] : -1;
  if (m >= 0 && ctx_.mentions[m].end_token == t - 1 &&
      ctx_.mentions[m].kind == MentionKind::kStateActor) {
    return ctx_.mentions[m].entity;
  }
  return -1;
}

bool EventContext::done_by_another_placed_body(const std::vector<std::string>& perpetrators,
                                               const Sentence& s) const {
  if (narrative_place_body_ < 0) return false;
  // The kind of a body is its name's last word: "court" of "military court".
  auto kind_of = [&](int entity) {
    std::string_view name = ctx_.entities[entity].name;
    const size_t space = name.rfind(' ');
    std::string w(space == std::string_view::npos ? name : name.substr(space + 1));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  };
  const std::string placed = kind_of(narrative_place_body_);
  auto another = [&](int e) {
    return e != narrative_place_body_ && ctx_.entities[e].kind == "state_actor" &&
           kind_of(e) == placed;
  };
  // The body is introduced in the sentence by "a" or "an" and words that qualify it ("A
  // military court"), not named again ("the court") nor as part of another ("a ministry board").
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const int m = ctx_.token_mention[t];
    if (m < 0 || ctx_.mentions[m].first_token != t || ctx_.mentions[m].entity < 0) continue;
    const int e = ctx_.mentions[m].entity;
    if (std::find(perpetrators.begin(), perpetrators.end(), std::to_string(e)) ==
            perpetrators.end() ||
        !another(e)) {
      continue;
    }
    if (!indefinite_qualifier(at_, t, ctx_.mentions[m].end_token).empty()) return true;
  }
  return false;
}

// "Uyghur activist in Munich says sister sentenced": a place after "in" between a person
// and a speech verb is where the speaker is.
bool EventContext::where_the_speaker_is(uint32_t t, uint32_t place_end, uint32_t to) const {
  if (t < 2 || at_.lower[t - 1] != "in" || place_end >= to ||
      !is_speech_verb(at_.lower[place_end])) {
    return false;
  }
  const int sp = ctx_.token_mention[t - 2];
  return sp >= 0 && (ctx_.mentions[sp].kind == MentionKind::kPerson ||
                     ctx_.mentions[sp].kind == MentionKind::kDescriptor ||
                     ctx_.mentions[sp].kind == MentionKind::kGroup);
}

// "outside a Nairobi church", "in a Tehran prison": a town right after "a" (or "the" for a
// city) between a place preposition and a noun names the building's town, as if after "in".
bool EventContext::town_of_a_building(uint32_t t, const Mention& place, uint32_t to) const {
  if (t < 2 || place.end_token >= to) return false;
  const std::string_view before = at_.lower[t - 1];
  const bool city = place.place != nullptr && place.place->type == PlaceType::kCity;
  if (before != "a" && before != "an" && !(before == "the" && city)) return false;
  const uint32_t e = place.end_token;
  if (!at_.has(e, kLowerCase) || is_be(at_.lower[e]) || is_preposition(at_.lower[e]) ||
      at_.verb_lemma[e] != at_.lower[e] ||
      !Lemmatizer::instance().is_lemma(at_.noun_lemma[e], Pos::kNoun)) {
    return false;
  }
  const std::string_view p = at_.lower[t - 2];
  return p == "in" || p == "at" || p == "near" || p == "outside" || p == "inside";
}

// "Two brothers of X, a reporter in Washington, were summoned in Shiraz": a place inside an
// apposition that describes a person who is not among the victims, closed by a comma, tells
// where that person works, not where the act happened.
bool EventContext::describes_another(uint32_t t, uint32_t place_end, uint32_t sentence_first,
                                     const std::vector<std::string>& victims) const {
  if (t == sentence_first || place_end >= at_.tokens.size() || at_.lower[place_end] != ",") {
    return false;
  }
  const std::string_view prep = at_.lower[t - 1];
  if (prep != "in" && prep != "at") return false;  // not "from": where one comes from
  for (uint32_t k = t - 1, n = 0; k-- > sentence_first + 1 && n < 5; ++n) {
    if (at_.lower[k] == ",") {
      const int m = ctx_.token_mention[k - 1];
      if (m < 0 || ctx_.mentions[m].entity < 0) return false;
      const Mention& mm = ctx_.mentions[m];
      if (mm.kind != MentionKind::kPerson && mm.kind != MentionKind::kDescriptor) return false;
      if (ctx_.entities[mm.entity].kind != "person") return false;
      const std::string id = std::to_string(mm.entity);
      return std::find(victims.begin(), victims.end(), id) == victims.end();
    }
    if (at_.tokens[k].kind != TokenKind::kWord) return false;
    if (const int m = ctx_.token_mention[k];
        m >= 0 && ctx_.mentions[m].kind == MentionKind::kPlace) {
      return false;
    }
  }
  return false;
}

// Does the place or time at token t tell where or since when someone lives ("lives in Warsaw",
// "in exile in Warsaw", "has lived abroad since 2018", "fled to Turkey in 2019"), someone who
// is not among the victims?
// The resident is the nearest person named before the residence word, in the same sentence.
// "the news website Hrodna Today", "Radio Free Asia's Tibet Today": a time word that is part
// of a name the text found is no date.
bool EventContext::inside_a_name(const TimeExpression& t) const {
  uint32_t k = at_.token_at(t.start);
  int m = k < ctx_.token_mention.size() ? ctx_.token_mention[k] : -1;
  if (m < 0) return false;
  const Mention& mm = ctx_.mentions[m];
  return (mm.kind == MentionKind::kOrganization || mm.kind == MentionKind::kPerson) &&
         mm.end_token > mm.first_token + 1;
}

bool EventContext::year_modifier(const TimeExpression& x, uint32_t trigger) const {
  if (!x.year_written || x.value.month != 0) return false;
  const uint32_t t = at_.token_at(x.start);
  if (t == 0 || t + 1 >= at_.tokens.size() || at_.tokens[t].end != x.end) return false;
  // "the 2019 election", "her own 2017 car", "a black 2017 Lada": an article or possessive,
  // maybe one adjective, then the year.
  uint32_t det = t - 1;
  auto determiner = [&](uint32_t k) {
    std::string_view w = at_.lower[k];
    return w == "the" || w == "a" || w == "its" || w == "their" || w == "his" || w == "her";
  };
  if (!determiner(det) && det > 0 && at_.tokens[det].kind == TokenKind::kWord &&
      at_.has(det, kLowerCase) && determiner(det - 1)) {
    --det;
  }
  if (!determiner(det)) return false;
  // "killed in a 2015 drone strike", "arrested during the 2019 protests": the phrase is when
  // the act happened.
  if (det >= 1) {
    std::string_view p = at_.lower[det - 1];
    if (p == "in" || p == "during" || p == "at" || p == "after" || p == "before" || p == "since" ||
        p == "following" || p == "amid" || p == "ahead") {
      return false;
    }
  }
  return t + 1 != trigger && at_.tokens[t + 1].kind == TokenKind::kWord &&
         (at_.has(t + 1, kLowerCase) || det + 1 < t);
}

bool EventContext::in_reason_clause(const TimeExpression& x, uint32_t trigger_end) const {
  const uint32_t t = at_.token_at(x.start);
  if (t <= trigger_end) return false;
  for (uint32_t k = trigger_end; k + 1 < t; ++k) {
    if (at_.token_text(k) == "," || at_.token_text(k) == ";") return false;
    if (at_.lower[k] == "for" && at_.lower[k + 1].ends_with("ing") &&
        at_.verb_lemma[k + 1] != at_.lower[k + 1]) {
      return true;
    }
  }
  return false;
}

bool EventContext::happening_year(const TimeExpression& x, uint32_t trigger_end) const {
  if (!x.year_written || x.value.month != 0 || x.open_end) return false;
  const uint32_t t = at_.token_at(x.start);
  if (t < 2 || at_.lower[t - 1] != "in") return false;
  const uint32_t noun = t - 2;
  if (noun < trigger_end) return false;
  return is_happening(at_.noun_lemma[noun]);
}

// "dissolved the organisation she founded in 2011": after the act's object, a subject
// pronoun and a verb of its own open a relative clause with no "that"; its time is its own.
bool EventContext::in_contact_relative(uint32_t t, uint32_t trigger_end) const {
  if (t <= trigger_end + 2 || at_.sentence_of[t] != at_.sentence_of[trigger_end]) return false;
  for (uint32_t k = trigger_end + 1; k + 1 < t; ++k) {
    const std::string_view w = at_.lower[k];
    if (w == "," || w == ";" || w == "and" || w == "but") return false;
    if (w != "he" && w != "she" && w != "they" && w != "we" && w != "i") continue;
    const std::string_view before = at_.lower[k - 1];
    const std::string_view verb = at_.lower[k + 1];
    return at_.has(k - 1, kLowerCase) && at_.tokens[k - 1].kind == TokenKind::kWord &&
           at_.noun_lemma[k - 1] == before.substr(0, at_.noun_lemma[k - 1].size()) &&
           !is_preposition(before) && !is_clause_opener(before) && before != "as" &&
           before != "once" && before != "than" && !is_be(before) &&
           (at_.verb_lemma[k - 1] == before || plural_noun_not_saying(k - 1)) &&
           at_.verb_lemma[k + 1] != verb && verb.ends_with("ed") && !is_be(verb) &&
           // the time right after that verb ("founded in 2011"; not "land they described
           // as government property on Monday", where the time goes with the act)
           (t == k + 2 || (t == k + 3 && is_preposition(at_.lower[k + 2])));
  }
  return false;
}

// "over posts she shared in 2021": a plural noun that is also a verb's "-s" form, but no
// verb of saying or thinking ("says she was held in 2021").
bool EventContext::plural_noun_not_saying(uint32_t k) const {
  const std::string_view w = at_.lower[k];
  const std::string_view v = at_.verb_lemma[k];
  return w.ends_with('s') && at_.noun_lemma[k] != w && !is_speech_verb(w) && v != "think" &&
         v != "believe" && v != "know" && v != "feel" && v != "fear" && v != "hope";
}

bool EventContext::in_other_relative_clause(uint32_t t, uint32_t trigger, const Sentence& s,
                                            bool closed_only) const {
  uint32_t open = UINT32_MAX;
  for (uint32_t k = t; k-- > s.first_token + 1;) {
    std::string_view w = at_.token_text(k);
    if (w == ",") return false;
    std::string_view l = at_.lower[k];
    // "X, a blogger who fled to Poland in 2021, faces deportation": the clause may also
    // open inside an apposition (closed by a comma, checked below).
    if ((l == "who" || l == "which" || l == "whose") &&
        (at_.token_text(k - 1) == "," || at_.has(k - 1, kLowerCase))) {
      open = k;
      break;
    }
  }
  if (open == UINT32_MAX) return false;
  bool in_apposition = at_.token_text(open - 1) == ",";
  for (uint32_t k = open - 1; k-- > s.first_token && open - k <= 5 && !in_apposition;) {
    in_apposition = at_.token_text(k) == ",";
  }
  if (!in_apposition) return false;
  // "Khashoggi's murder, which happened in Istanbul in October 2018": a clause about the act
  // itself dates it.
  if (open >= 2 && trigger == open - 2) return false;
  uint32_t close = s.end_token;
  for (uint32_t k = t + 1; k < s.end_token; ++k) {
    if (at_.token_text(k) == ",") {
      close = k;
      break;
    }
  }
  // ", which was followed by the arrest of X": a clause running to the sentence's end goes
  // on with the story, in its time.
  if ((closed_only || at_.token_text(open - 1) != ",") && close == s.end_token) return false;
  return trigger < open || trigger > close;
}

// "adjourned the trial until September 17", "held until March", "postponed to 3 June",
// "scheduled for May 20": a time after "until", or after a verb that sets a later step, is when
// a state ends or the next step comes, not when the act happened.
bool EventContext::next_step_time(const TimeExpression& x) const {
  // (A written year still dates a held state: "held until March 2020" was in 2020.)
  if (x.year_written) return false;
  const uint32_t first = at_.token_at(x.start);
  if (first == 0) return false;
  const std::string_view before = at_.lower[first - 1];
  if (before == "until" || before == "till") return true;
  if ((before != "to" && before != "for") || first < 2) return false;
  // The verb right before, or before its object ("postponed the trial of X to 17 September").
  const uint32_t sentence_first = at_.sentences[at_.sentence_of[first]].first_token;
  for (uint32_t k = first - 1; k-- > sentence_first && first - k <= 8;) {
    if (at_.tokens[k].kind == TokenKind::kPunct) return false;
    const std::string_view v = at_.verb_lemma[k];
    if (v == "adjourn" || v == "postpone" || v == "defer" || v == "schedule" || v == "reschedule") {
      return true;
    }
  }
  return false;
}

// "ALMATY, May 16 — Kazakh authorities deported ...", "CAIRO (21 February 2025) - Police
// ...": the date of a date line opening a paragraph (a capitalised place, a comma or the
// date in brackets, then a dash) is when the report was written, not when its acts happened.
// Not "Police (on 3 May) - ..." inside a sentence, nor a bracketed date with no dash after.
bool EventContext::in_dateline(const TimeExpression& x) const {
  const uint32_t first = at_.token_at(x.start);
  uint32_t after = at_.token_at(x.end);
  if (first < 2 || after >= at_.tokens.size()) return false;
  const bool bracketed = at_.lower[first - 1] == "(" && at_.lower[after] == ")";
  if (!bracketed && at_.lower[first - 1] != ",") return false;
  if (bracketed && ++after >= at_.tokens.size()) return false;
  const std::string_view dash = at_.token_text(after);
  if (dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93" && dash != "-" && dash != "--") {
    return false;
  }
  const uint32_t open = first - 1;  // the comma or bracket; before it, the place in capitals
  uint32_t t = open;                // or capitalised (not across the paragraph's start: a
                                    // headline above may end in a capitalised word)
  while (t > 0 && first - t < 5 && !at_.has(t, kParagraphStart) && at_.has(t - 1, kCapitalized)) {
    --t;
  }
  return t < open && (t == 0 || at_.has(t, kParagraphStart));
}

bool EventContext::birth_date(const TimeExpression& x) const {
  uint32_t k = at_.token_at(x.start);
  auto word = [&](uint32_t back) { return k >= back ? at_.lower[k - back] : std::string_view(); };
  // "born on", "born in", "born" right before the date.
  if (word(1) == "born") return true;
  if ((word(1) == "on" || word(1) == "in") && word(2) == "born") return true;
  // "(b. 1962)": a lower-case "b", not an initial ("John B. Smith").
  if (word(1) == "b." && at_.token_text(k - 1) == "b.") return true;
  if (word(1) == "." && word(2) == "b" && at_.token_text(k - 2) == "b") return true;
  // "date of birth: 3 May 1990", "date of birth 3 May 1990".
  if (word(1) == ":") --k;
  return word(1) == "birth" && word(2) == "of" && word(3) == "date";
}

// The "that" right after a time expression (past a comma) and before the trigger, or
// UINT32_MAX: "told reporters on Monday that ...", "learned last week that ...".
uint32_t EventContext::that_after_time(const TimeExpression& x, uint32_t trigger) const {
  uint32_t after = at_.token_at(x.end);
  if (after < at_.tokens.size() && at_.lower[after] == ",") ++after;
  return after < trigger && at_.lower[after] == "that" ? after : UINT32_MAX;
}

bool EventContext::dates_the_learning(const TimeExpression& x, uint32_t trigger) const {
  const uint32_t first = at_.token_at(x.start);
  const uint32_t after = that_after_time(x, trigger);
  if (after == UINT32_MAX || first == 0) return false;
  const std::string_view v = at_.verb_lemma[first - 1];
  const bool learned =
      v == "learn" || v == "hear" || v == "discover" || v == "realise" || v == "realize" ||
      (at_.lower[first - 1] == "out" && first >= 2 && at_.verb_lemma[first - 2] == "find");
  if (!learned) return false;
  // Only an act told as done before the learning ("had been sentenced"); "heard on Monday
  // that her son is kept in a camp" dates the keeping.
  for (uint32_t t = after + 1; t < trigger; ++t) {
    if (at_.lower[t] == "had") return true;
  }
  return false;
}

bool EventContext::overnight_before(uint32_t trigger, uint32_t to) const {
  for (uint32_t k = trigger; k < to; ++k) {
    if (at_.lower[k] == "overnight") return true;
  }
  return false;
}

uint32_t EventContext::speech_before_time(const TimeExpression& x) const {
  const uint32_t first = at_.token_at(x.start);
  // "said on Friday", "told reporters on Friday", "told the court on Friday": at most two
  // words of the hearer and a preposition between, and no punctuation.
  for (uint32_t k = first; k > 0 && first - k < 4; --k) {
    const uint32_t v = k - 1;
    if (at_.tokens[v].kind != TokenKind::kWord) return UINT32_MAX;
    // Lower case: not the name "Omar Said on 20 May".
    if (at_.has(v, kLowerCase) && is_speech_verb(at_.lower[v])) return v;
  }
  return UINT32_MAX;
}

bool EventContext::dates_the_saying(const TimeExpression& x, uint32_t trigger) const {
  const uint32_t first = at_.token_at(x.start);
  const uint32_t after = that_after_time(x, trigger);
  if (after == UINT32_MAX) return false;
  // The speech verb, right before the time or before one or two words of its hearer ("told
  // reporters on Monday that", "told the court on Friday that").
  bool speech = false;
  for (uint32_t k = first; k > 0 && first - k < 4 && !speech; --k) {
    const uint32_t v = k - 1;
    if (at_.tokens[v].kind != TokenKind::kWord) return false;
    speech = is_speech_verb(at_.lower[v]);
  }
  if (!speech) return false;
  // And the words said date the act themselves ("during their detention in August"); with no
  // time of their own, the saying is the nearest the text gives.
  const Sentence& s = at_.sentences[at_.sentence_of[trigger]];
  return std::any_of(at_.times.begin(), at_.times.end(), [&](const TimeExpression& t) {
    return t.start > at_.tokens[after].start && t.end <= s.end && !t.open_end;
  });
}

bool EventContext::someone_elses_residence(uint32_t t, uint32_t sentence_first,
                                           const std::vector<std::string>& victims) const {
  auto residence_word = [&](uint32_t k) {
    std::string_view w = at_.lower[k];
    // "the newspaper her son edits from Vilnius", "a channel he runs from Warsaw": where an
    // exile works from.
    if (w == "from" && k > sentence_first) {
      std::string_view v = at_.verb_lemma[k - 1];
      return v == "edit" || v == "run" || v == "work" || v == "broadcast" || v == "publish" ||
             v == "operate" || v == "write" || v == "report" || v == "manage";
    }
    return w == "exile" || w == "lives" || w == "lived" || w == "living" || w == "live" ||
           w == "based" || w == "settled" || w == "resides" || w == "resided" || w == "fled" ||
           w == "emigrated" || w == "moved" || w == "relocated";
  };
  uint32_t word = UINT32_MAX;
  for (uint32_t k = t, n = 0; k-- > sentence_first && n < 5; ++n) {
    if (residence_word(k)) {
      word = k;
      break;
    }
    if (at_.tokens[k].kind != TokenKind::kWord) break;
  }
  if (word == UINT32_MAX) return false;
  for (uint32_t k = word, n = 0; k-- > sentence_first && n < 15; ++n) {
    int m = ctx_.token_mention[k];
    if (m < 0 || ctx_.mentions[m].entity < 0) continue;
    const Mention& mm = ctx_.mentions[m];
    if (mm.kind != MentionKind::kPerson && mm.kind != MentionKind::kPronoun &&
        mm.kind != MentionKind::kDescriptor && mm.kind != MentionKind::kRelative) {
      continue;
    }
    // "her son edits from Vilnius": the possessive is not who lives there.
    if (mm.kind == MentionKind::kPronoun && mm.possessive) continue;
    if (ctx_.entities[mm.entity].kind != "person") continue;
    std::string id = std::to_string(mm.entity);
    return std::find(victims.begin(), victims.end(), id) == victims.end();
  }
  return false;
}

// Is token t inside the words of a charge ("charged with insulting public officials",
// "accused of attacking police officers")? The officials named there are what the charge is
// about, not who acted. Not "officials charged him with fraud" (the officials come first).
bool EventContext::in_charge(uint32_t t, uint32_t sentence_first) const {
  if (t >= ctx_.cue_at.size()) return false;  // cues not read (yet)
  uint32_t from = t > sentence_first + 12 ? t - 12 : sentence_first;
  for (uint32_t c = from; c < t; ++c) {
    const CueHit& hit = ctx_.cue_at[c];
    if (hit.length == 0 || hit.kind != "charge" || c + hit.length > t) continue;
    bool same_phrase = true;
    for (uint32_t k = c + hit.length; k < t && same_phrase; ++k) {
      std::string_view w = at_.token_text(k);
      same_phrase = w != "," && w != ";" && w != "." && w != ":";
    }
    if (same_phrase) return true;
  }
  return for_an_alleged_deed(t, sentence_first);
}

// "sentenced to 30 days for \"disobeying the police\"": after a justice verb, "for" and a
// gerund in quote marks cite the deed charged, and whoever it names is in the charge. (Not
// "arrested for protesting", nor "convicted for murdering X": acts the text tells itself.)
bool EventContext::for_an_alleged_deed(uint32_t t, uint32_t sentence_first) const {
  for (uint32_t k = t, n = 0; k-- > sentence_first && n < 6; ++n) {
    const std::string_view w = at_.token_text(k);
    if (w == "," || w == ";" || w == "." || w == ":") return false;
    if (at_.lower[k] != "for") continue;
    const uint32_t g = k + 2;
    if (g >= t || !at_.has(k + 1, kOpenQuote) || !at_.lower[g].ends_with("ing") ||
        at_.verb_lemma[g] == at_.lower[g]) {
      return false;
    }
    for (uint32_t v = k; v-- > sentence_first && k - v <= 14;) {
      const std::string_view l = at_.verb_lemma[v];
      if (l == "sentence" || l == "convict" || l == "jail" || l == "imprison" || l == "fine" ||
          l == "arrest" || l == "detain" || l == "charge" || l == "prosecute" || l == "try") {
        return true;
      }
    }
    return false;
  }
  return false;
}

bool is_crime_anyone_commits(std::string_view type) {
  return type == "killing" || type == "abduction" || type == "enforced_disappearance" ||
         type == "assault" || type == "threat_intimidation";
}

// "the deaths were being investigated", "the killing is under investigation": the act at t is
// the subject of the inquiry told right after it (past its "of" phrase).
bool EventContext::under_inquiry_after(uint32_t t) const {
  bool be_seen = false;
  for (uint32_t k = t + 1;
       k < at_.tokens.size() && k <= t + 8 && at_.sentence_of[k] == at_.sentence_of[t]; ++k) {
    const std::string_view w = at_.lower[k];
    if (be_at(at_, k) || w == "being") {
      be_seen = true;
      continue;
    }
    // ("The killing of X is being investigated": past the act's "of" phrase.)
    if (!be_seen && (w == "of" || is_article(w) || ctx_.token_mention[k] >= 0)) continue;
    if (!be_seen) break;
    const std::string_view v = at_.verb_lemma[k];
    if (v == "investigate" || v == "probe" || v == "examine") return true;
    if (w == "under" && k + 1 < at_.tokens.size() &&
        (at_.lower[k + 1] == "investigation" || at_.lower[k + 1] == "inquiry")) {
      return true;
    }
    if (at_.tokens[k].kind != TokenKind::kWord || !is_adverb_like(w)) break;
  }
  return false;
}

bool EventContext::subject_of_justice(uint32_t t, uint32_t sentence_first) const {
  // "over the murder of", "into the disappearance of", "in the killing of", "charged him
  // with the murder of": up to two words (an article, an adjective) between the preposition
  // and the trigger.
  if (under_inquiry_after(t)) return true;
  // "opened a homicide investigation", "the murder inquiry": the crime names the inquiry.
  if (t + 1 < at_.tokens.size()) {
    const std::string_view n = at_.noun_lemma[t + 1];
    if (n == "investigation" || n == "inquiry" || n == "probe" || n == "investigator" ||
        n == "detective") {
      return true;
    }
  }
  uint32_t prep = t;
  for (uint32_t k = t; k-- > sentence_first && t - k <= 3;) {
    std::string_view w = at_.lower[k];
    if (w == "over" || w == "into" || w == "in" || w == "with" || w == "of") {
      prep = k;
      break;
    }
    if (at_.tokens[k].kind != TokenKind::kWord) return false;
  }
  if (prep == t) return false;
  for (uint32_t k = prep; k-- > sentence_first && prep - k <= 8;) {
    std::string_view w = at_.lower[k];
    if (w == "," || w == ";" || w == ":") return false;
    std::string_view v = at_.verb_lemma[k];
    if (v == "arrest" || v == "detain" || v == "charge" || v == "convict" || v == "sentence" ||
        v == "indict" || v == "prosecute" || v == "investigate" || v == "question" || v == "jail" ||
        v == "extradite" || w == "investigation" || w == "inquiry" || w == "probe" ||
        w == "trial" || w == "suspect" || w == "suspects") {
      // "X was arrested over the murder of Y": X is the suspect, not an investigator.
      return !(k > sentence_first && be_at(at_, k - 1));
    }
  }
  return false;
}

// Is the state actor at token t the one someone criticised ("a video criticising the
// regional governor", "for insulting the president")? Then it is what the victim spoke
// about, not who acted. Not "the governor criticised ... and police detained him" (the
// actor comes first).
bool EventContext::criticised(uint32_t t, uint32_t sentence_first) const {
  // "writing about corruption in the customs service": what a critic wrote about too; not
  // "a post about police brutality", where the actor is the act's own word.
  static constexpr std::string_view kStems[] = {
      "critici", "insult", "mock",  "denounc", "condemn", "defam",  "slander",
      "lampoon", "satiri", "expos", "accus",   "ridicul", "corrupt"};
  for (uint32_t k = t, n = 0; k-- > sentence_first && n < 4; ++n) {
    if (at_.tokens[k].kind != TokenKind::kWord) return false;
    std::string_view w = at_.lower[k];
    // "an investigation into the finance minister's companies": what a reporter exposed.
    if (w == "into" && k > sentence_first &&
        (at_.lower[k - 1] == "investigation" || at_.lower[k - 1] == "inquiry" ||
         at_.lower[k - 1] == "probe" || at_.lower[k - 1] == "investigations")) {
      return true;
    }
    // "threatened after reporting on the mayor", "after writing on the police": the body
    // reported on.
    if (w == "on" && k > sentence_first &&
        (at_.lower[k - 1] == "reporting" || at_.lower[k - 1] == "writing" ||
         at_.lower[k - 1] == "reported" || at_.lower[k - 1] == "wrote")) {
      return true;
    }
    if (w == "about" && k > sentence_first && t - k >= 3 &&
        (at_.verb_lemma[k - 1] == "write" || at_.verb_lemma[k - 1] == "report" ||
         at_.verb_lemma[k - 1] == "post" || at_.verb_lemma[k - 1] == "blog" ||
         at_.lower[k - 1] == "articles" || at_.lower[k - 1] == "article")) {
      return true;
    }
    for (std::string_view stem : kStems) {
      if (w.starts_with(stem)) return true;
    }
    // "a drawing of the prime minister", "false information about the army": the body a
    // work is about, closing its phrase (not "a post about police brutality").
    if ((w == "about" || w == "of" || w == "on") && k > sentence_first && expression_noun(k - 1)) {
      const int m = ctx_.token_mention[t];
      const uint32_t after = m >= 0 ? ctx_.mentions[m].end_token : t + 1;
      return after >= at_.tokens.size() || at_.tokens[after].kind != TokenKind::kWord ||
             !at_.has(after, kLowerCase) || is_preposition(at_.lower[after]) ||
             at_.lower[after] == "and";
    }
  }
  return false;
}

// A noun for a work of expression: "a drawing", "information", "a song", "comments".
bool EventContext::expression_noun(uint32_t t) const {
  const std::string_view n = at_.noun_lemma[t];
  return n == "drawing" || n == "cartoon" || n == "caricature" || n == "information" ||
         n == "news" || n == "picture" || n == "photo" || n == "photograph" || n == "video" ||
         n == "joke" || n == "song" || n == "poem" || n == "comment" || n == "remark" ||
         n == "story" || n == "rumour" || n == "rumor" || n == "meme" || n == "post" ||
         n == "article" || n == "documentary" || n == "film" || n == "book";
}

// "he told the judge that he had been beaten", "complained to the prosecutor": the one
// spoken to hears of the act and did not do it.
bool EventContext::addressed(uint32_t t, uint32_t sentence_first) const {
  // "Mr. President, ...", "Madam Chair, ...": the one a speech addresses, opening it.
  if (t > sentence_first && addressed_office(at_, sentence_first, at_.tokens.size()) == t) {
    return true;
  }
  // "Dear Minister," opening a letter: its addressee.
  if (t > 0 && at_.lower[t - 1] == "dear") return true;
  uint32_t k = t;
  while (k > sentence_first && (at_.lower[k - 1] == "the" || at_.lower[k - 1] == "a")) --k;
  if (k == sentence_first) return false;
  std::string_view verb = at_.verb_lemma[k - 1];
  if (verb == "tell" || verb == "inform" || verb == "assure" || verb == "petition") return true;
  // "urged the authorities to investigate", "called on the Interior Ministry to act": the body
  // asked to act. Not one asked to undo what it did ("urged the authorities to release those
  // detained", "to return the seized archive"): that body holds them.
  if (verb == "urge" ||
      (k >= sentence_first + 2 && (at_.lower[k - 1] == "on" || at_.lower[k - 1] == "upon") &&
       at_.verb_lemma[k - 2] == "call")) {
    const int m = ctx_.token_mention[t];
    const uint32_t to = m >= 0 ? ctx_.mentions[m].end_token : t + 1;
    if (to + 1 < at_.tokens.size() && at_.lower[to] == "to") {
      const std::string_view asked = at_.verb_lemma[to + 1];
      if (asked == "release" || asked == "free" || asked == "return" || asked == "lift" ||
          asked == "drop" || asked == "quash" || asked == "stop" || asked == "end" ||
          asked == "cease" || asked == "halt" || asked == "restore" || asked == "unblock" ||
          asked == "reinstate" || asked == "overturn" || asked == "revoke") {
        return false;
      }
    }
    return true;
  }
  // "filed a complaint with the public prosecutor", "a petition to the court": the body a
  // complaint goes to.
  if (k >= sentence_first + 2 &&
      (at_.lower[k - 1] == "with" || at_.lower[k - 1] == "to" || at_.lower[k - 1] == "before")) {
    const std::string_view noun = at_.noun_lemma[k - 2];
    if (noun == "complaint" || noun == "petition" || noun == "appeal" || noun == "lawsuit" ||
        noun == "letter" || noun == "application") {
      return true;
    }
  }
  if (at_.lower[k - 1] != "to" || k - 1 == sentence_first) return false;
  verb = at_.verb_lemma[k - 2];
  return verb == "complain" || verb == "appeal" || verb == "write" || verb == "say" ||
         verb == "testify" || verb == "explain" || verb == "describe" || verb == "report";
}

// The state actor the sentence names, else the paragraph before it, else the last three
// sentences.
int EventContext::unknown_actor_in(uint32_t sentence) const {
  return unknown_actors_.get(sentence, 0, [&] { return first_unknown_actor_in(sentence); });
}

int EventContext::first_unknown_actor_in(uint32_t sentence) const {
  const Sentence& sen = at_.sentences[sentence];
  for (uint32_t t = sen.first_token; t < sen.end_token; ++t) {
    int m = ctx_.token_mention[t];
    if (m < 0 || ctx_.mentions[m].first_token != t || ctx_.mentions[m].entity < 0) continue;
    const Entity& e = ctx_.entities[ctx_.mentions[m].entity];
    // Only where a phrase gives it as the doer: "by", "from", "at the hands of".
    uint32_t b = t;
    while (b > sen.first_token && is_article(at_.lower[b - 1])) --b;
    const bool doer =
        b > sen.first_token &&
        (at_.lower[b - 1] == "by" || at_.lower[b - 1] == "from" ||
         (at_.lower[b - 1] == "of" && b >= sen.first_token + 2 && at_.lower[b - 2] == "hands"));
    if (doer && e.kind == "state_actor" && (e.category == "non_state" || e.category == "unknown") &&
        !in_charge(t, sen.first_token)) {
      return ctx_.mentions[m].entity;
    }
  }
  return -1;
}

int EventContext::state_actor_in(uint32_t s, bool media) const {
  return state_actors_.get(s, media, [&] { return first_state_actor_in(s, media); });
}

int EventContext::first_state_actor_in(uint32_t s, bool media) const {
  const Sentence& sen = at_.sentences[s];
  for (uint32_t t = sen.first_token; t < sen.end_token; ++t) {
    int m = ctx_.token_mention[t];
    if (m < 0) continue;
    const Mention& mm = ctx_.mentions[m];
    // Each mention once, from its first word ("the public prosecutor" is addressed as a whole).
    if (mm.entity < 0 || mm.first_token != t) continue;
    const Entity& e = ctx_.entities[mm.entity];
    if (e.kind == "state_actor" && e.category.rfind("state", 0) == 0 && !titles_a_name(mm) &&
        (media || !media_[mm.entity]) && !in_charge(t, sen.first_token) &&
        !criticised(t, sen.first_token) && !addressed(t, sen.first_token) &&
        !only_reports(mm, sen.end_token) && !cited_as_source(t, sen.first_token) &&
        !left_from(mm, sen.first_token)) {
      return mm.entity;
    }
  }
  return -1;
}

// "three activists were abducted from a police station": a station after "from" is where
// they were taken from, no doer.
bool EventContext::left_from(const Mention& m, uint32_t sentence_first) const {
  if (m.end_token == 0 || at_.lower[m.end_token - 1] != "station") return false;
  uint32_t k = m.first_token;
  if (k > sentence_first && is_article(at_.lower[k - 1])) --k;
  return k > sentence_first && at_.lower[k - 1] == "from";
}

// "according to a count by the village council", "according to the ministry": a state body
// named a few words after "according to" is the source of the report.
bool EventContext::cited_as_source(uint32_t t, uint32_t sentence_first) const {
  for (uint32_t k = t, n = 0; k-- > sentence_first + 1 && n < 6; ++n) {
    if (at_.token_text(k) == "," || at_.token_text(k) == ";") return false;
    if (at_.lower[k] == "to" && at_.lower[k - 1] == "according") return true;
  }
  return false;
}

// ", local authorities said.", "police say": a state body named only as the source of the
// report, its speech verb right after it and closing the sentence.
bool EventContext::only_reports(const Mention& m, uint32_t sentence_end) const {
  const uint32_t v = m.end_token;
  if (v >= sentence_end || v == 0) return false;
  const std::string_view w = at_.lower[v];
  if (w != "said" && w != "say" && w != "says" && w != "reported" && w != "added") return false;
  if (m.first_token == 0) return false;
  // The report closes its sentence: ", police said." (not "police said they detained him").
  uint32_t before = m.first_token - 1;
  if (before > 0 && at_.lower[before] == "the") --before;
  const bool comma_before = at_.token_text(before) == "," || at_.has(before, kCloseQuote);
  const bool closes = v + 1 >= sentence_end || at_.token_text(v + 1) == ".";
  return comma_before && closes;
}

// The first sentence of the story below its head: the one a headline at the top retells.
// -1 when sentence is no headline of the head (one that only headlines precede).
int EventContext::lead_of_headline(uint32_t sentence) const {
  for (uint32_t s = 0; s <= sentence; ++s) {
    if (!at_.is_headline(s)) return -1;
  }
  for (uint32_t s = sentence + 1; s < at_.sentences.size() && s <= sentence + 4; ++s) {
    if (!at_.is_headline(s)) return static_cast<int>(s);
  }
  return -1;
}

bool EventContext::judicial(int entity) const {
  // Any word of the name: "the Supreme Court", "the court of appeals".
  std::string_view name = ctx_.entities[entity].name;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    std::string w(name.substr(i, j - i));
    ascii_lower_in_place(w);
    if (w == "court" || w == "courts" || w == "judge" || w == "judges" || w == "tribunal" ||
        w == "judiciary") {
      return true;
    }
    i = j + 1;
  }
  return false;
}

// "The court ordered that she be held": an order or a ruling a few words before the act,
// which the court then did.
bool EventContext::ordered_by_court(uint32_t sentence, uint32_t trigger) const {
  const uint32_t first = at_.sentences[sentence].first_token;
  for (uint32_t t = trigger; t-- > first && trigger - t <= 8;) {
    const std::string_view v = at_.verb_lemma[t];
    if (v == "order" || v == "rule" || v == "decide") return true;
  }
  return false;
}

bool EventContext::denies_before(uint32_t sentence, int e, uint32_t trigger) const {
  const Sentence& s = at_.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.end_token && t < trigger; ++t) {
    const int m = ctx_.token_mention[t];
    if (m < 0 || ctx_.mentions[m].entity != e || ctx_.mentions[m].first_token != t) continue;
    const uint32_t after = ctx_.mentions[m].end_token;
    return after < trigger && at_.verb_lemma[after] == "deny";
  }
  return false;
}

bool EventContext::only_comments(uint32_t sentence) const {
  const Sentence& s = at_.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const int m = ctx_.token_mention[t];
    if (m < 0 || ctx_.mentions[m].first_token != t ||
        ctx_.mentions[m].kind != MentionKind::kStateActor) {
      continue;
    }
    uint32_t v = ctx_.mentions[m].end_token;
    while (v < s.end_token && (at_.lower[v] == "chief" || at_.lower[v] == "spokesman" ||
                               at_.lower[v] == "spokeswoman" || at_.lower[v] == "spokesperson" ||
                               at_.lower[v] == "'s" || at_.lower[v] == "’s")) {
      ++v;
    }
    if (v >= s.end_token) return false;
    const std::string_view verb = at_.verb_lemma[v];
    return verb == "say" || verb == "decline" || verb == "comment" || verb == "confirm" ||
           verb == "deny" || verb == "announce" || verb == "respond" || verb == "state" ||
           (verb == "hold" && v + 2 < s.end_token && at_.noun_lemma[v + 2] == "press") ||
           (verb == "hold" && v + 3 < s.end_token && at_.noun_lemma[v + 3] == "conference");
  }
  return false;
}

bool EventContext::holds_suspects(uint32_t sentence) const {
  const Sentence& s = at_.sentences[sentence];
  bool suspects = false, held = false;
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string_view w = at_.lower[t], v = at_.verb_lemma[t];
    suspects = suspects || w == "suspected" || w == "suspect" || w == "suspects";
    held = held || v == "arrest" || v == "detain" || v == "charge" || v == "apprehend" ||
           v == "capture" || at_.noun_lemma[t] == "arrest";
  }
  return suspects && held;
}

bool EventContext::investigates(uint32_t sentence) const {
  const Sentence& s = at_.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string_view v = at_.verb_lemma[t], n = at_.noun_lemma[t];
    if (v == "investigate" || n == "investigation" || n == "inquiry" || n == "probe") return true;
  }
  return false;
}

// Whether entity e is named in the sentence as the one who speaks, right before a verb of
// saying that comes before the trigger: "The mayor said he was killed".
bool EventContext::speaks_before(uint32_t sentence, int e, uint32_t trigger) const {
  const Sentence& s = at_.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.end_token && t < trigger; ++t) {
    const int m = ctx_.token_mention[t];
    if (m < 0 || ctx_.mentions[m].entity != e || ctx_.mentions[m].first_token != t) continue;
    uint32_t after = ctx_.mentions[m].end_token;
    // "The foreign ministry spokesman said": the body's voice.
    while (after < trigger &&
           (at_.lower[after] == "spokesman" || at_.lower[after] == "spokeswoman" ||
            at_.lower[after] == "spokesperson" || at_.lower[after] == "'s" ||
            at_.lower[after] == "’s")) {
      ++after;
    }
    if (after >= trigger) return false;
    const std::string_view v = at_.verb_lemma[after];
    return v == "say" || v == "tell" || v == "state" || v == "claim" || v == "announce" ||
           v == "report" || v == "confirm" || v == "add" || v == "deny";
  }
  // "X was killed in her house in 2022; police blamed a land dispute": the body explaining
  // the act after it.
  for (uint32_t t = trigger; t < s.end_token; ++t) {
    const int m = ctx_.token_mention[t];
    if (m < 0 || ctx_.mentions[m].entity != e || ctx_.mentions[m].first_token != t) continue;
    const uint32_t after = ctx_.mentions[m].end_token;
    if (after < s.end_token &&
        (at_.verb_lemma[after] == "blame" || at_.verb_lemma[after] == "attribute")) {
      return true;
    }
  }
  return false;
}

// "The army said X had been killed in an armed encounter": a killing the speaker tells as its
// own operation (an encounter, a shootout, a raid) is the speaker's.
bool EventContext::own_operation(uint32_t sentence) const {
  const Sentence& s = at_.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string_view n = at_.noun_lemma[t];
    if (n == "encounter" || n == "shootout" || n == "firefight" || n == "gunfight" ||
        n == "operation" || n == "raid" ||
        (n == "exchange" && t + 2 < s.end_token && at_.lower[t + 1] == "of" &&
         at_.lower[t + 2] == "fire")) {
      return true;
    }
  }
  return false;
}

// Whether the sentence is a denial by a state body: "The ministry denied any involvement",
// "Officials deny the claims".
bool EventContext::denies(uint32_t sentence) const {
  const Sentence& s = at_.sentences[sentence];
  for (uint32_t t = s.first_token + 1; t < s.end_token && t < s.first_token + 8; ++t) {
    if (at_.verb_lemma[t] != "deny" || at_.lower[t] == "denial") continue;
    const int m = ctx_.token_mention[t - 1];
    return m >= 0 && ctx_.mentions[m].entity >= 0 &&
           ctx_.entities[ctx_.mentions[m].entity].kind == "state_actor";
  }
  return false;
}

// Whether the sentence's paragraph is an item of a list: it opens with a bullet ("-", "•",
// "*") or with a date and a colon ("12 May 2025: ...").
bool EventContext::list_item(uint32_t sentence) const {
  uint32_t s = sentence;
  while (s > 0 && at_.sentences[s - 1].paragraph == at_.sentences[sentence].paragraph) --s;
  const uint32_t first = at_.sentences[s].first_token;
  const uint32_t end = at_.sentences[s].end_token;
  if (first >= end) return false;
  const std::string_view w = at_.token_text(first);
  if (w == "-" || w == "*" || w == "\u2022" || w == "\u2013") return true;
  uint32_t t = first;
  while (t < end && t < first + 8 && at_.in_time[t]) ++t;
  return t > first && t < end && at_.token_text(t) == ":";
}

std::vector<std::string> EventContext::state_actor_near(uint32_t sentence, bool media,
                                                        bool hands_on, uint32_t trigger,
                                                        bool reduced, bool crime) const {
  // "The ministry revoked the licence of X, who defends activists jailed after the protests":
  // the ministry is the subject of another clause, not the jailer.
  int e = reduced ? -1 : state_actor_in(sentence, media);
  // "his wife had been denied medical care in detention, he told reporters outside the
  // court", "a court renewed her detention, two years after she was first arrested": a
  // court is no hands-on doer in the act's own sentence either.
  if (e >= 0 && hands_on && judicial(e) && !ordered_by_court(sentence, trigger)) e = -1;
  // "The mayor said he was killed because of his work", "Police said three protesters died":
  // for a crime anyone commits, the body that tells of it is no doer (an arrest it tells of
  // is its own work).
  if (e >= 0 && crime && speaks_before(sentence, e, trigger) && !own_operation(sentence)) return {};
  // "Officials denied that X had been tortured": those who deny the act are named as its
  // deniers, not its doers, whatever the act.
  if (e >= 0 && denies_before(sentence, e, trigger)) return {};
  uint32_t para = at_.sentences[sentence].paragraph;
  const bool item = list_item(sentence);
  // "A court jailed his brother. He was arrested in May at his flat": the court of a sentence
  // before is no doer of a hands-on act.
  for (uint32_t s = sentence; e < 0 && s-- > 0 && sentence - s <= 3;) {
    if (at_.sentences[s].paragraph + 1 < para) break;
    // "Kenya's interior ministry denied any involvement. His brother was arrested in Gulu":
    // a body whose sentence only denies is no doer of what is told after it.
    if (denies(s)) continue;
    // "The prosecutor's office said it had opened an investigation. At least 14 defenders have
    // been killed": those who investigate killings are no doers of the next one told.
    if (crime && investigates(s)) continue;
    // "Police arrested three men suspected of killing X. His son was wounded": those who
    // arrest the suspects of a crime are no doers of the next one told.
    if (crime && holds_suspects(s)) continue;
    // "The army held a press conference. X was shot dead": a body that only speaks in the
    // sentence before is no doer of a crime told after it.
    if (crime && only_comments(s)) continue;
    // "- 3 March: officers searched the home. - 17 April: he was dismissed": each item of a
    // chronology tells its own act; the one before names no doer of this one.
    if (item && at_.sentences[s].paragraph != para) break;
    e = state_actor_in(s, media);
    if (e >= 0 && hands_on && judicial(e)) e = -1;
  }
  if (e < 0) return {};
  return {std::to_string(e)};
}

// "in retaliation for his work", "due to my participation in this conference", "on coup
// charges", "charged with extortion".
void EventContext::reason_for(Event* ev, uint32_t trigger_end, uint32_t sentence) const {
  const Sentence& s = at_.sentences[sentence];
  uint32_t last = s.end_token;
  // The reason may come in the next sentence of the paragraph when that sentence goes on about
  // the same people: "X was detained. He is accused of treason." Not "Police searched the
  // office. The editor was charged with libel.", where the charge is the next act's own.
  if (sentence + 1 < at_.sentences.size() && at_.sentences[sentence + 1].paragraph == s.paragraph) {
    std::string_view opener = at_.lower[at_.sentences[sentence + 1].first_token];
    if (opener == "he" || opener == "she" || opener == "they" || opener == "his" ||
        opener == "her" || opener == "their") {
      last = at_.sentences[sentence + 1].end_token;
    }
  }
  // "on coup charges", "on charges of treason": the charge is named around "charges".
  for (uint32_t t = trigger_end; t < last && t < trigger_end + 8; ++t) {
    if (at_.lower[t] != "charges" && at_.lower[t] != "charge") continue;
    uint32_t on = t;
    while (on > trigger_end && t - on < 4 && at_.lower[on] != "on") --on;
    if (at_.lower[on] != "on") continue;
    // Not "acquitted X on Friday of charges that he rioted": a time after "on" is the act's day.
    if (on + 1 < t && at_.in_time[on + 1]) continue;
    uint32_t end = t + 1;
    if (end + 1 < last && at_.lower[end] == "of") {
      end += 2;
      while (end < last && end < t + 6 && at_.tokens[end].kind == TokenKind::kWord &&
             at_.lower[end] != "and" && at_.lower[end] != "in") {
        ++end;
      }
    }
    Reason r;
    r.kind = "charge";
    r.activity = std::string(ctx_.span_text(at_.tokens[on + 1].start, at_.tokens[end - 1].end));
    ev->reason = std::move(r);
    return;
  }
  // "was charged with extortion": the cue may begin on the trigger's own words.
  uint32_t from = trigger_end;
  for (uint32_t t = trigger_end > 3 ? trigger_end - 3 : 0; t < trigger_end; ++t) {
    const CueHit& hit = ctx_.cue_at[t];
    if (hit.length > 0 && t + hit.length > trigger_end && hit.kind == "charge") {
      from = t;
      break;
    }
  }
  for (uint32_t t = from; t < last; ++t) {
    {
      const CueHit& hit = ctx_.cue_at[t];
      std::string_view kind = hit.kind;
      uint32_t len = hit.length;
      if (len == 0 || t + len > last || (kind != "reprisal" && kind != "charge")) continue;
      // "detained for 15 days", "jailed for two years": a duration, not a charge.
      if (at_.lower[t + len - 1] == "for") {
        bool duration = false;
        for (uint32_t k = t + len; k < last && k < t + len + 3; ++k)
          duration = duration || is_time_unit(at_.lower[k]);
        if (duration) continue;
      }
      Reason r;
      r.kind = std::string(kind);
      uint32_t a = t + len, b = a;
      while (b < last && b < a + 10 && at_.token_text(b) != "." && at_.token_text(b) != ";" &&
             !(at_.token_text(b) == "," && b > a + 2)) {
        ++b;
      }
      if (b > a) {
        r.activity = std::string(ctx_.span_text(at_.tokens[a].start, at_.tokens[b - 1].end));
      } else if (len > 1) {
        // "investigated for treason.": a cue that holds its charge or deed ("for treason",
        // "for her posts") names it past its first word.
        r.activity =
            std::string(ctx_.span_text(at_.tokens[t + 1].start, at_.tokens[t + len - 1].end));
      }
      for (uint32_t k = a; k < b; ++k) {
        int m = ctx_.token_mention[k];
        if (m >= 0 && ctx_.mentions[m].entity >= 0 &&
            (ctx_.mentions[m].kind == MentionKind::kPerson ||
             ctx_.mentions[m].kind == MentionKind::kPronoun ||
             ctx_.mentions[m].kind == MentionKind::kRelative ||
             ctx_.mentions[m].kind == MentionKind::kOrganization)) {
          r.for_entity = std::to_string(ctx_.mentions[m].entity);
          break;
        }
      }
      // "on coup charges": the charge is the words before "charges".
      if (kind == "charge" &&
          (at_.lower[t + len - 1] == "charges" || at_.lower[t + len - 1] == "charge")) {
        r.activity = std::string(ctx_.span_text(at_.tokens[t].start, at_.tokens[t + len - 1].end));
      }
      ev->reason = std::move(r);
      return;
    }
  }
}

}  // namespace casebook
