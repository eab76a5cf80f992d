// Merging repeated acts: the same act told twice in a paragraph, or a killing told again,
// becomes one event (see event_merge.h).
#include "extract/event_merge.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/word_literal.h"

namespace casebook {
namespace {

// A killing noun after "the", "either", "both", "this", "that", "these", "his", "her" or
// "their": an act the text has already told.
bool names_a_told_killing(const AnnotatedText& at, uint32_t t) {
  if (t == 0) return false;
  std::string_view d = at.lower[t - 1];
  return d == "the" || d == "either" || d == "both" || d == "this" || d == "that" || d == "these" ||
         d == "his" || d == "her" || d == "their";
}

// How far along a prosecution an outcome is: charged, tried, convicted, sentenced; 0 for
// none and for those off the line (acquitted, upheld).
int stage(std::string_view outcome) {
  if (outcome == "charged") return 1;
  if (outcome == "tried") return 2;
  if (outcome == "convicted") return 3;
  if (outcome == "sentenced") return 4;
  return 0;
}

// "in absentia": a phrase that tells how a charge, trial or sentence was done, whose own
// outcome ("tried") gives way to the act it qualifies ("charged in absentia").
bool manner_only(const Event& e) { return e.trigger.text.ends_with("absentia"); }

// Whether every entity id is a named person (entity indexes before numbering).
bool all_named_people(const DocumentContext& ctx, const std::vector<std::string>& ids) {
  return std::all_of(ids.begin(), ids.end(), [&](const std::string& id) {
    const size_t i = static_cast<size_t>(std::stoi(id));
    return i < ctx.entities.size() && ctx.entities[i].kind == "person" && ctx.entities[i].named;
  });
}

// "shot dead in Colombia" told again as "killed ... in the department of Cauca": a region,
// city or village of the country is the finer place of the same act.
bool finer_place(const DocumentContext& ctx, const std::string& finer, const std::string& coarse) {
  if (finer.empty() || coarse.empty() || finer == coarse) return false;
  const Entity& f = ctx.entities[std::stoi(finer)];
  const Entity& c = ctx.entities[std::stoi(coarse)];
  return c.place_type == "country" && !f.place_type.empty() && f.place_type != "country" &&
         f.country == c.country;
}

}  // namespace

void merge_repeats(const DocumentContext& ctx, const std::vector<uint32_t>& trigger_tokens,
                   std::vector<Event>* found) {
  const AnnotatedText& at = ctx.at;
  std::vector<Event>& events = *found;
  // The events kept are compacted to the front of `events` in place: events[0, kept) are the
  // first tellings so far, and an event is moved only when an earlier one was merged away
  // (most pages merge few, and an Event is ~600 bytes of strings and vectors to move).
  size_t kept = 0;
  std::vector<uint32_t> kept_tokens;
  kept_tokens.reserve(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    Event& ev = events[i];
    uint32_t para = at.sentences[at.sentence_of[trigger_tokens[i]]].paragraph;
    uint32_t sent = at.sentence_of[trigger_tokens[i]];
    bool merged = false;
    for (size_t k = 0; k < kept; ++k) {
      Event& o = events[k];
      if (o.type != ev.type || o.generic != ev.generic || o.negated != ev.negated ||
          o.hypothetical != ev.hypothetical) {
        continue;
      }
      // An acquittal and the conviction or sentence it overturns are two stages ("acquitted
      // X, who had been sentenced at first instance to two years").
      if ((o.outcome == "acquitted") != (ev.outcome == "acquitted") && !o.outcome.empty() &&
          !ev.outcome.empty()) {
        continue;
      }
      // A person is killed once: "His killing comes two weeks after ..." paragraphs later is
      // the killing told before, whatever date or place its own sentence gives.
      const bool killed_once = is_literal(ev.type, "killing") && !ev.victims.empty() &&
                               ev.victims == o.victims && all_named_people(ctx, ev.victims);
      // "No one has been arrested for either killing", "the killing sparked protests": a
      // killing named again without its victim is one told before.
      if (is_literal(ev.type, "killing") && ev.victims.empty() && !o.victims.empty() &&
          names_a_told_killing(at, trigger_tokens[i])) {
        o.retold_weight += 1.0;
        merged = true;
        break;
      }
      if (killed_once) {
        if (o.perpetrators.empty()) o.perpetrators = ev.perpetrators;
        if (o.date.empty()) {
          o.date = ev.date;
          o.date_year_written = ev.date_year_written;
          o.date_month_written = ev.date_month_written;
        }
        if (o.location.empty() || finer_place(ctx, ev.location, o.location)) {
          o.location = ev.location;
        }
        o.retold_weight += 1.5;
        merged = true;
        break;
      }
      // Two dates that cannot be one time are two acts ("detained again on Tuesday ...
      // first arrested in June 2019").
      if (!o.date.empty() && !ev.date.empty() &&
          o.date.start.compare(0, ev.date.start.size(), ev.date.start) != 0 &&
          ev.date.start.compare(0, o.date.start.size(), o.date.start) != 0) {
        continue;
      }
      uint32_t osent = at.sentence_of[kept_tokens[k]];
      uint32_t opara = at.sentences[osent].paragraph;
      bool same_sentence = osent == sent;
      // "blocked its website. Staff say their phones have been tapped": restrictions told
      // in different words in different sentences are different restrictions.
      if (!same_sentence && is_literal(ev.type, "communication_restriction") &&
          at.verb_lemma[kept_tokens[k]] != at.verb_lemma[trigger_tokens[i]] &&
          at.noun_lemma[kept_tokens[k]] != at.noun_lemma[trigger_tokens[i]]) {
        continue;
      }
      // "arrested on 3 February and charged with propaganda. She is serving a nine-year
      // term": a dated stage and a later one told apart with no date are two steps; one event
      // would date the sentence by the charge.
      if (!same_sentence && is_literal(ev.type, "prosecution") && stage(o.outcome) > 0 &&
          stage(ev.outcome) > 0 && stage(o.outcome) != stage(ev.outcome) &&
          o.date.empty() != ev.date.empty() && !ev.victims.empty() && ev.victims == o.victims) {
        continue;
      }
      bool same_victims = !ev.victims.empty() && ev.victims == o.victims;
      // "X, the lawyer of the jailed blogger Y, was detained": an act told as what someone is
      // ("the jailed blogger") is not the act the sentence tells of another named person; two
      // events, one per act per victim set. ("X received 12 years, while Y was sentenced to
      // eight" is one verdict.)
      const auto attributive = [&](uint32_t t) {
        return t > 0 &&
               (at.lower[t - 1] == "the" || at.lower[t - 1] == "a" || at.lower[t - 1] == "an") &&
               at.lower[t].ends_with("ed");
      };
      if (same_sentence && (attributive(trigger_tokens[i]) || attributive(kept_tokens[k])) &&
          !ev.victims.empty() && !o.victims.empty() && all_named_people(ctx, ev.victims) &&
          all_named_people(ctx, o.victims) &&
          std::none_of(ev.victims.begin(), ev.victims.end(), [&](const std::string& v) {
            return std::find(o.victims.begin(), o.victims.end(), v) != o.victims.end();
          })) {
        continue;
      }
      if (same_sentence || (opara == para && same_victims) ||
          (opara == para && (ev.victims.empty() || o.victims.empty()))) {
        const bool adopt = o.victims.empty() && !ev.victims.empty();
        for (const std::string& v : ev.victims) {
          if (std::find(o.victims.begin(), o.victims.end(), v) == o.victims.end())
            o.victims.push_back(v);
        }
        for (const std::string& p : ev.perpetrators) {
          if (std::find(o.perpetrators.begin(), o.perpetrators.end(), p) == o.perpetrators.end())
            o.perpetrators.push_back(p);
        }
        // Nobody is both: "He was subjected to torture and inhuman treatment" read twice.
        std::erase_if(o.perpetrators, [&](const std::string& p) {
          return std::find(o.victims.begin(), o.victims.end(), p) != o.victims.end();
        });
        if (adopt) {
          // The later mention names who it happened to: it is the better evidence.
          o.trigger = ev.trigger;
          o.evidence = ev.evidence;
          o.rule = ev.rule;
          if (!ev.outcome.empty() && o.outcome != "upheld" && !manner_only(ev) &&
              (manner_only(o) || stage(o.outcome) <= stage(ev.outcome))) {
            o.outcome = ev.outcome;
          }
          if (!ev.date.empty()) o.date = ev.date;
          if (!ev.location.empty()) o.location = ev.location;
          kept_tokens[k] = trigger_tokens[i];
        }
        // "have detained a blogger" (2022) told again "on October 14": the finer date.
        if (o.date.empty() || ev.date.start.size() > o.date.start.size()) {
          o.date = ev.date;
          o.date_year_written = ev.date_year_written;
          o.date_month_written = ev.date_month_written;
        }
        if (o.location.empty()) o.location = ev.location;
        if (!o.reason && ev.reason) o.reason = ev.reason;
        // "upheld the prison sentence handed to X": the appeal is the act's latest stage.
        // "was tried in absentia and sentenced to 8 years", "found guilty ... was sentenced":
        // the latest stage the text tells. ("charged in absentia": the phrase only says how.)
        if (o.outcome.empty() || (same_sentence && ev.outcome == "upheld") ||
            (stage(o.outcome) > 0 && stage(ev.outcome) > stage(o.outcome) && !manner_only(ev))) {
          o.outcome = ev.outcome;
        }
        merged = true;
        break;
      }
    }
    if (!merged) {
      if (kept != i) events[kept] = std::move(ev);
      ++kept;
      kept_tokens.push_back(trigger_tokens[i]);
    }
  }
  events.erase(events.begin() + static_cast<std::ptrdiff_t>(kept), events.end());
}

}  // namespace casebook
