// Summary of an extraction, and statistics read from event sentences.
#include "extract/summary.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <unordered_map>
#include <utility>

#include "core/flat_string_map.h"
#include "extract/word_classes.h"
#include "nlp/name_lexicon.h"
#include "nlp/person_nouns.h"

namespace casebook {
namespace {

// How many years before the report a written year still counts as the news's incident.
constexpr int kRecentYears = 10;
// How far back an earlier act on the same victims may be the incident behind the news.
constexpr int kEarlierIncidentYears = 5;

// The acts on a person's life, body and liberty, which outweigh the lesser acts told with them.
bool is_grave(const std::string& type) {
  return type == "killing" || type == "abduction" || type == "enforced_disappearance" ||
         type == "arrest_detention" || type == "torture_ill_treatment";
}

bool is_repression(const std::string& type) {
  return type != "release" && type != "asylum_decision" && type != "protest" &&
         type != "advocacy" && type != "boycott";
}

// "5,020" -> 5020, "two" -> 2; -1 when the token is no quantity.
double quantity_of(std::string_view w) {
  // A flat map: libstdc++'s unordered_map of 20 entries or fewer is searched by a linear scan
  // of string compares, and this is asked for every word before an act. Most of those words
  // are refused on their first byte: a number word begins with one of a few letters, and a
  // figure with a digit or a comma (a word beginning with any other byte is neither).
  struct Words {
    FlatStringMap<double> map;
    std::array<bool, 256> first{};  // by byte: a number word begins with it
  };
  static const Words kWords = [] {
    Words m;
    for (const auto& [word, n] : std::initializer_list<std::pair<std::string_view, double>>{
             {"two", 2},       {"three", 3},   {"four", 4},       {"five", 5},
             {"six", 6},       {"seven", 7},   {"eight", 8},      {"nine", 9},
             {"ten", 10},      {"eleven", 11}, {"twelve", 12},    {"fifteen", 15},
             {"twenty", 20},   {"thirty", 30}, {"forty", 40},     {"fifty", 50},
             {"hundred", 100}, {"dozens", 24}, {"hundreds", 200}, {"thousands", 2000}}) {
      m.map.insert(word, n);
      m.first[static_cast<unsigned char>(word[0])] = true;
    }
    return m;
  }();
  if (w.empty()) return -1;
  const unsigned char b = static_cast<unsigned char>(w[0]);
  if (!(b >= '0' && b <= '9') && b != ',') {
    if (!kWords.first[b]) return -1;
    if (const double* n = kWords.map.find(w)) return *n;
    return -1;  // the figure below would stop at the first byte
  }
  double v = 0;
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + (c - '0');
      digit = true;
    } else if (c != ',') {
      return -1;
    }
  }
  return digit ? v : -1;
}

bool is_approximator(std::string_view w) {
  return w == "roughly" || w == "about" || w == "around" || w == "some" || w == "nearly" ||
         w == "almost" || w == "approximately" || w == "over" || w == "estimated" || w == "least" ||
         w == "than" || w == "up";
}

std::string measure_of(const Event& ev) {
  if (ev.type == "asylum_decision")
    return "asylum_" + (ev.outcome.empty() ? "decision" : ev.outcome);
  if (ev.type == "arrest_detention") return "detained";
  if (ev.type == "killing") return "killed";
  return ev.type;
}

// Words between an act and the count that follows it: "detained more than 4,300 people",
// "arrested at least 20 students", "held some 30 activists".
bool counts_qualifier(std::string_view w) {
  return w == "more" || w == "than" || w == "at" || w == "least" || w == "about" || w == "some" ||
         w == "nearly" || w == "over" || w == "around" || w == "almost" || w == "up" || w == "to" ||
         w == "roughly" || w == "approximately" || w == "an" || w == "estimated";
}

bool is_month(std::string_view w) {
  static constexpr std::string_view kMonths[] = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
}

// The number at t is followed by lower-case words none of which names people ("two phones
// and a hard drive"); not "120 political prisoners", "16 were granted", "57 of the detainees".
bool counts_things(const AnnotatedText& at, size_t t) {
  const NameLexicon& lex = NameLexicon::instance();
  size_t k = t + 1;
  if (k >= at.tokens.size()) return false;
  for (size_t e = k; e < at.tokens.size() && e < k + 3; ++e) {
    // Punctuation after the counted word closes it: "two laptops, his phone and ..." (not
    // "19 foreigners,": WordNet's person nouns are people).
    if (e > k && at.tokens[e].kind == TokenKind::kPunct)
      return !is_person_noun(at.noun_lemma[e - 1]);
    // "39 killings, 361 injuries and 627 arrests": another count after the counted word
    // closes it too.
    if (e > k && at.tokens[e].kind == TokenKind::kNumber) return !is_person_noun(at.noun_lemma[k]);
    // A name, a demonym or punctuation ("120 Tajik citizens", "Only 16, ...").
    if (at.tokens[e].kind != TokenKind::kWord || !at.has(e, kLowerCase)) return false;
    std::string_view w = at.lower[e];
    // A verb group: "16 were granted", "12 died", "40 have been released".
    if (w == "were" || w == "was" || w == "are" || w == "is" || w == "have" || w == "had" ||
        w == "has" || w == "remain" || w == "remained" || w.ends_with("ed")) {
      return false;
    }
    if (w == "of" || w == "more" || w == "others" || w == "people" || w == "persons" ||
        w == "cases" || w == "individuals" || !lex.group_noun(w).empty() ||
        lex.role_noun(w) != nullptr || lex.state_actor(w) != nullptr ||
        is_possessive_determiner(w)) {
      return false;
    }
  }
  return true;
}

// "43 people overnight as riot officers ...", "two journalists from the channel", "27
// protesters up to 5,000 lari each": a time, or a word that opens a phrase or a clause,
// ends the population a count is of.
bool ends_population(const AnnotatedText& at, size_t e) {
  if (at.in_time[e]) return true;
  std::string_view w = at.lower[e];
  return w == "as" || w == "from" || w == "up" || w == "after" || w == "before" || w == "while" ||
         w == "when" || w == "who" || w == "which" || w == "that" || w == "for" || w == "with" ||
         w == "by" || w == "to" || w == "into" || w == "overnight" || w == "including" ||
         w == "each" || w == "and" || w == "in" || w == "at" || w == "across" || w == "during" ||
         // "dozens of families said they were not told": the speech verb after the noun.
         w == "said" || w == "say" || w == "says" || w == "told" || w == "reported";
}

// "Group 24", "Charter 77": a number after a capitalised word inside a sentence is part of a
// name. Opening the sentence before a colon or a bracket, so is a part's number ("Section 4:",
// "Hearing 2 (24 May):") or before "of the" ("Branch 26 of the court"), unless the word is the
// act [trig, trig_end) as a verb or a plural ("Detained 24 activists").
bool numbers_a_name_or_part(const AnnotatedText& at, size_t t, size_t trig, size_t trig_end) {
  if (t == 0 || at.tokens[t].kind != TokenKind::kNumber || !at.has(t - 1, kCapitalized) ||
      at.tokens[t - 1].kind != TokenKind::kWord) {
    return false;
  }
  const size_t word = t - 1;
  if (at.sentences[at.sentence_of[word]].first_token != word) return true;
  // "Branch 26 of the Revolutionary Court convicted ...": a numbered part of a body.
  if (t + 2 < at.tokens.size() && at.lower[t + 1] == "of" && at.has(t + 2, kLowerCase) &&
      at.lower[t + 2] == "the" && !(word >= trig && word < trig_end)) {
    return true;
  }
  if (t + 1 >= at.tokens.size() || (at.token_text(t + 1) != ":" && at.token_text(t + 1) != "("))
    return false;
  const bool the_act = word >= trig && word < trig_end;
  return !the_act || (at.noun_lemma[word] == at.lower[word] && !at.lower[word].ends_with("ed"));
}

// "10/ A year ago police ...": a thread's post number; "died in custody at 58", "aged 58": an
// age. q is the number's quantity.
bool post_number_or_age(const AnnotatedText& at, size_t t, double q) {
  if (at.tokens[t].kind == TokenKind::kNumber && t + 1 < at.tokens.size() &&
      at.token_text(t + 1) == "/" &&
      (at.has(t, kParagraphStart) || at.sentences[at.sentence_of[t]].first_token == t)) {
    return true;
  }
  if (t == 0) return false;
  if (at.lower[t - 1] == "aged" || at.lower[t - 1] == "age") return true;
  return at.lower[t - 1] == "at" && q < 130 &&
         (t + 1 >= at.tokens.size() || at.token_text(t + 1) == "." || at.token_text(t + 1) == ",");
}

}  // namespace

void find_statistics(const DocumentContext& ctx, const std::vector<Event>& events,
                     std::vector<Statistic>* out) {
  const AnnotatedText& at = ctx.at;
  for (const Event& ev : events) {
    if (ev.negated || ev.hypothetical) continue;
    // The number stands before the trigger in its sentence ("roughly 120 Tajik citizens were
    // rejected", "Only 16 were granted"), else just after it ("detained more than 4,300
    // people"). Not a year, not a day of the month, not an age. Tokens are in text order: the
    // trigger's by binary search, not a walk from the top of the document for every event.
    const size_t trig = at.token_at(ev.trigger.start);
    const size_t trig_end = at.token_at(ev.trigger.end);
    size_t first = trig;
    while (first > 0 && at.tokens[first - 1].start >= ev.evidence.start) --first;
    // After the trigger, only words that qualify a count may come before the number ("more
    // than", "at least"); not "surrounded by dozens of students", "protests in 56 cities".
    size_t after_end = trig_end;
    while (after_end < at.tokens.size() && after_end < trig_end + 4 &&
           at.tokens[after_end].end <= ev.evidence.end &&
           (at.tokens[after_end].kind == TokenKind::kNumber ||
            counts_qualifier(at.lower[after_end]) || quantity_of(at.lower[after_end]) >= 0)) {
      ++after_end;
    }
    // The candidates, in order: the tokens [first, trig), then [trig_end, after_end).
    const size_t before = trig - first, candidates = before + (after_end - trig_end);
    for (size_t i = 0; i < candidates; ++i) {
      const size_t t = i < before ? first + i : trig_end + (i - before);
      if (at.tokens[t].kind != TokenKind::kNumber && at.tokens[t].kind != TokenKind::kWord)
        continue;
      double q = quantity_of(at.lower[t]);
      if (q < 0) continue;
      bool year_like = q >= 1900 && q <= 2100 && at.lower[t].find(',') == std::string_view::npos;
      if (year_like) continue;
      if (t > 0 &&
          (at.lower[t - 1] == "on" || at.lower[t - 1] == "article" || at.lower[t - 1] == "no.")) {
        continue;
      }
      // "9. I accept that ...", "2) The two brothers ...": the number of an item of a list,
      // opening its line.
      if (at.tokens[t].kind == TokenKind::kNumber && t + 1 < at.tokens.size() &&
          (at.token_text(t + 1) == "." || at.token_text(t + 1) == ")") &&
          (t == 0 || at.has(t, kParagraphStart) ||
           at.text.substr(at.tokens[t - 1].end, at.tokens[t].start - at.tokens[t - 1].end)
                   .find('\n') != std::string_view::npos)) {
        continue;
      }
      // "On July 8", "LONDON, 5 November 2025 —": a day of the month.
      if (t > 0 && is_month(at.lower[t - 1])) continue;
      if (t + 1 < at.tokens.size() && is_month(at.lower[t + 1])) continue;
      // "with their three children": a possessive before the number names a set, not a count.
      if (t > 0 && is_possessive_determiner(at.lower[t - 1])) continue;
      // "detained 1,240 people, including 87 minors, during protests": a count of some of
      // those counted before it, not of the act after it.
      if (t > 0 && t < trig && at.lower[t - 1] == "including") continue;
      if (numbers_a_name_or_part(at, t, trig, trig_end) || post_number_or_age(at, t, q)) {
        continue;
      }
      // "seized two phones": what the number counts is no people.
      // Not the act itself counted ("some 1,500 arrests, among them ...", "90 killings,").
      // ("5 new criminal cases": the last word of a phrase trigger is its noun.)
      // (Not "some 150 officers searched the premises": a verb opens that phrase.)
      const size_t act_noun =
          trig_end > trig + 1 && at.verb_lemma[trig] == at.lower[trig] ? trig_end - 1 : trig;
      const bool counts_the_act = t < trig && trig <= t + 2 &&
                                  at.lower[act_noun].ends_with('s') &&
                                  at.noun_lemma[act_noun] != at.lower[act_noun];
      if (counts_things(at, t) && !counts_the_act) continue;
      // "detained for two days": a duration, not a count of people; "at 11 p.m.", an hour.
      if (t + 1 < at.tokens.size() && is_time_unit(at.lower[t + 1])) continue;
      if (t + 1 < at.tokens.size() &&
          (at.lower[t + 1].starts_with("p.m") || at.lower[t + 1].starts_with("a.m") ||
           at.lower[t + 1] == "pm" || at.lower[t + 1] == "am" || at.lower[t + 1] == "o'clock")) {
        continue;
      }
      // "Two men forced X into a car": the number counts the doers, not those the act took
      // (who are named).
      if (t < trig && t + 1 < at.tokens.size() && !ev.victims.empty()) {
        bool doers = false;
        for (size_t k = t + 1; k < trig && k <= t + 3 && !doers; ++k) {
          const int m = ctx.token_mention[k];
          const int e = m >= 0 ? ctx.mentions[m].entity : -1;
          // (An actor's word, "men", "officers", "gunmen": not "30 people", a parse's mistake.)
          doers = e >= 0 && (ctx.entities[e].kind == "state_actor" || at.lower[k] == "men") &&
                  std::find(ev.perpetrators.begin(), ev.perpetrators.end(), std::to_string(e)) !=
                      ev.perpetrators.end();
        }
        if (doers) continue;
      }
      // "the artist Yelena Osipova, 76, who was released": an age after a name.
      if (t >= 2 && at.token_text(t - 1) == "," && ctx.token_mention[t - 2] >= 0 &&
          ctx.mentions[ctx.token_mention[t - 2]].kind == MentionKind::kPerson) {
        continue;
      }
      // A number counts the act nearest to it: "detained 4,300 people at protests" is not a
      // count of protests, nor "Hundreds detained at protests".
      const uint32_t number_start = at.tokens[t].start;
      bool other_act =
          t < trig && std::any_of(events.begin(), events.end(), [&](const Event& o) {
            // Only acts of this sentence can take the number (cheap tests first).
            if (o.trigger.start < ev.evidence.start || o.trigger.start >= ev.trigger.start)
              return false;
            if (o.trigger.start > number_start) return true;
            // The other act's own count, right after it: "detained more than 4,300 people".
            if (o.trigger.end > number_start) return false;
            size_t other_end = at.token_at(o.trigger.end);
            if (other_end + 4 <= t) return false;
            for (size_t k = other_end; k < t; ++k)
              if (!counts_qualifier(at.lower[k])) return false;
            return true;
          });
      if (other_act) continue;
      Statistic s;
      s.measure = measure_of(ev);
      s.quantity = q;
      s.approximate = (t > 0 && is_approximator(at.lower[t - 1])) || at.lower[t] == "dozens" ||
                      at.lower[t] == "hundreds" || at.lower[t] == "thousands" ||
                      (t >= 2 && at.lower[t - 2] == "more" && at.lower[t - 1] == "than");
      // The population: the words after the number up to the verb group; after "of" when the
      // number is a word of many ("dozens of students", "hundreds of activists").
      size_t pop = t + 1;
      if (pop + 1 < at.tokens.size() && at.lower[pop] == "of" &&
          (at.lower[t] == "dozens" || at.lower[t] == "hundreds" || at.lower[t] == "thousands")) {
        ++pop;
      }
      // "47 arrests of peaceful protesters", "5 new criminal cases against journalists": when
      // the number counts the act, its people follow it.
      size_t limit = t + 5;
      if (counts_the_act) {
        pop = trig_end;
        if (pop + 1 < at.tokens.size() && (at.lower[pop] == "of" || at.lower[pop] == "against")) {
          ++pop;
          limit = pop + 4;
        } else {
          limit = pop;
        }
      }
      size_t e = pop;
      while (e < at.tokens.size() && (t < trig ? (counts_the_act || e < trig) : true) &&
             e < limit && at.tokens[e].kind == TokenKind::kWord && at.lower[e] != "were" &&
             at.lower[e] != "was" && at.lower[e] != "have" && at.lower[e] != "had" &&
             at.lower[e] != "are" && at.lower[e] != "of" && at.lower[e] != "remain" &&
             at.lower[e] != "remains" && at.lower[e] != "remained" && !ends_population(at, e) &&
             !(t >= trig && (at.lower[e] == "at" || at.lower[e] == "in" || at.lower[e] == "on" ||
                             at.lower[e] == "during" || at.lower[e] == "across"))) {
        ++e;
      }
      if (e > pop) {
        s.population = std::string(ctx.span_text(at.tokens[pop].start, at.tokens[e - 1].end));
      }
      s.place = ev.location;
      s.period = ev.date;
      s.evidence = ev.evidence;
      out->push_back(std::move(s));
      break;
    }
  }
}

// The article's main incidents: its repression acts that are real, specific and not police
// work on ordinary crimes, keeping only the types the article dwells on. A type counts by
// its events, each weighing 2 near the top of the article (the lede) and half again with a
// victim; types under a quarter of the strongest (police work included) and under 3 are
// background. A lesser act told in the same sentence as a graver one (a raid during an
// abduction, drugs seized as traffickers are arrested) belongs to it. A
// prosecution with no defendant named is procedure, not an incident.
std::vector<const Event*> main_incidents(const Extraction& x) {
  const auto grave = is_grave;
  std::vector<const Event*> real;
  for (const Event& ev : x.events) {
    if (ev.generic || ev.negated || ev.hypothetical || !is_repression(ev.type)) {
      continue;
    }
    // A trial or charge with no one named as its defendant ("the hearing is due in June",
    // "criminal investigations are under way") is court procedure the article mentions, not an
    // incident it reports; "X was charged" and "the trial of X" are.
    if (ev.type == "prosecution" && ev.victims.empty()) continue;
    real.push_back(&ev);
  }
  uint32_t lede_end = 500;
  const std::string& text = x.document.text;
  if (!x.document.title.empty() && text.compare(0, x.document.title.size(), x.document.title) == 0)
    lede_end += static_cast<uint32_t>(x.document.title.size());
  std::map<std::string, double> weight, justice;
  std::vector<const Event*> kept;
  for (const Event* ev : real) {
    bool absorbed = false;
    if (!grave(ev->type)) {
      for (const Event* o : real) {
        absorbed = absorbed || (grave(o->type) && o->evidence.start == ev->evidence.start);
      }
    }
    if (absorbed) continue;
    double w = ev->evidence.start < lede_end ? 2.0 : 1.0;
    if (!ev->victims.empty()) w *= 1.5;
    w += ev->retold_weight;  // a killing told again in later paragraphs
    // Law enforcement is no incident, but an article that dwells on it ("police arrested
    // 2,000 traffickers") has its lesser acts in the background all the same.
    if (ev->law_enforcement) {
      justice[ev->type] += w;
      continue;
    }
    kept.push_back(ev);
    weight[ev->type] += w;
  }
  double best = 0;
  for (const auto& [type, w] : weight) best = std::max(best, w);
  for (const auto& [type, w] : justice) best = std::max(best, w);
  std::vector<const Event*> out;
  for (const Event* ev : kept) {
    double w = weight[ev->type];
    if (w >= 0.25 * best || w >= 3) out.push_back(ev);
  }
  return out;
}

// "Lena Ortmann, arrested in March 2023, was acquitted on Wednesday": when the summary's date
// falls in the year of the report, an earlier grave act (or charge) on the same named victims,
// dated in the few years before, is the incident behind the news; its date is the
// summary's. The first such act in the text is taken (the story's own order).
std::string incident_behind_the_news(const Extraction& x, int reference_year,
                                     const std::string& date,
                                     const std::vector<std::string>& victims) {
  if (reference_year == 0 || victims.empty() || date.size() < 4 ||
      std::atoi(date.substr(0, 4).c_str()) != reference_year) {
    return date;
  }
  const Event* first = nullptr;
  for (const Event& ev : x.events) {
    if (ev.generic || ev.negated || ev.hypothetical || ev.date.start.size() < 4) continue;
    if (!is_grave(ev.type) && ev.type != "prosecution") continue;
    const int year = std::atoi(ev.date.start.substr(0, 4).c_str());
    if (year >= reference_year || year < reference_year - kEarlierIncidentYears) continue;
    bool shared = std::any_of(ev.victims.begin(), ev.victims.end(), [&](const std::string& v) {
      return std::find(victims.begin(), victims.end(), v) != victims.end();
    });
    if (shared && (first == nullptr || ev.evidence.start < first->evidence.start)) first = &ev;
  }
  return first != nullptr ? first->date.start : date;
}

void summarize(const std::string& dominant_country, Extraction* x) {
  Summary& s = x->summary;
  // A written year far before the report ("the 1917 revolution", "since 1994") is history
  // the article recalls, not the incident behind the news.
  int reference_year =
      x->reference_date.size() >= 4 ? std::atoi(x->reference_date.substr(0, 4).c_str()) : 0;
  auto recent = [&](const Event& ev) {
    int year = std::atoi(ev.date.start.substr(0, 4).c_str());
    return reference_year == 0 || year >= reference_year - kRecentYears;
  };
  std::unordered_map<std::string, const Entity*> by_id;
  for (const Entity& e : x->entities) by_id[e.id] = &e;
  std::map<std::string, int> categories;
  const Event* lead_place = nullptr;
  const Event* lead_date = nullptr;
  const Event* trial_date = nullptr;
  const Event* trial_place = nullptr;
  std::vector<const Event*> main = main_incidents(*x);
  for (const Event* evp : main) {
    const Event& ev = *evp;
    if (std::find(s.types.begin(), s.types.end(), ev.type) == s.types.end())
      s.types.push_back(ev.type);
    for (const std::string& v : ev.victims) {
      auto it = by_id.find(v);
      if (it == by_id.end() || it->second->kind != "person" || !it->second->named) continue;
      if (std::find(s.victims.begin(), s.victims.end(), v) == s.victims.end())
        s.victims.push_back(v);
    }
    for (const std::string& p : ev.perpetrators) {
      auto it = by_id.find(p);
      if (it == by_id.end()) continue;
      const Entity& e = *it->second;
      std::string cat = e.category;
      // A country named as the doer ("Iran executed X") is its state.
      if (cat.empty() &&
          (e.kind == "state_actor" || (e.kind == "place" && e.place_type == "country")))
        cat = "state_other";
      if (!cat.empty()) categories[cat]++;
    }
    // Where the act happened, not where a later trial sits ("on trial in Paris for
    // abductions in Syria").
    if (!ev.location.empty()) {
      if (ev.type == "prosecution") {
        if (trial_place == nullptr) trial_place = &ev;
      } else if (lead_place == nullptr) {
        lead_place = &ev;
      }
    }
    // The incident's date is the act's, not the later trial's ("sentenced on Monday for the
    // 2019 protest").
    if (ev.type == "prosecution") {
      if (trial_date == nullptr && !ev.date.empty()) trial_date = &ev;
    } else if (!ev.date.empty() &&
               (lead_date == nullptr || (ev.date_year_written && !lead_date->date_year_written &&
                                         !lead_date->date_month_written && recent(ev) &&
                                         (is_grave(ev.type) || !is_grave(lead_date->type))))) {
      // A year the text writes out beats one read from the publication date ("on Tuesday"):
      // the incident behind the news is often older than the news. Not a date that names its
      // month ("on September 30"): that is the incident's own, told precisely. Nor a lesser
      // act's year against a grave act's ("detained today ... dismissed in March 2019").
      lead_date = &ev;
    }
  }
  if (lead_date == nullptr) lead_date = trial_date;
  if (lead_place == nullptr) lead_place = trial_place;
  // The hands that acted: police or soldiers named in any main incident come before the
  // "authorities" that ordered it.
  int best = 0;
  for (const auto& [cat, n] : categories) {
    if (n > best) {
      best = n;
      s.perpetrator_category = cat;
    }
  }
  if (s.perpetrator_category == "state_other" && categories.count("state_security")) {
    s.perpetrator_category = "state_security";
  }
  // A country-level lead place gives way to a city or region in it named by another main
  // incident ("detained in Tajikistan ... held in Khujand").
  if (lead_place != nullptr) {
    auto lead = by_id.find(lead_place->location);
    if (lead != by_id.end() && lead->second->place_type == "country") {
      for (const Event* ev : main) {
        auto it = by_id.find(ev->location);
        if (it != by_id.end() && it->second->place_type != "country" &&
            it->second->country == lead->second->country) {
          lead_place = ev;
          break;
        }
      }
    }
  }
  if (lead_place != nullptr) {
    auto it = by_id.find(lead_place->location);
    if (it != by_id.end()) {
      const Entity& p = *it->second;
      if (p.place_type == "city") s.city = p.name;
      if (p.place_type == "region") s.region = p.name;
      if (p.place_type == "city" && !p.region.empty()) s.region = p.region;
      s.country = p.country;
    }
  }
  // The country the article is about: the lead incident's, unless the text speaks of
  // another country more than twice as often (the lead place is then often a detail: where a
  // statement was made, where an exile lives).
  std::map<std::string, int> mentions;
  for (const Entity& e : x->entities) {
    if (e.country.empty()) continue;
    if (e.kind == "place" || e.kind == "state_actor" || e.kind == "group") {
      mentions[e.country] += static_cast<int>(e.mentions.size());
    }
  }
  std::string most = dominant_country;
  int most_n = mentions.count(most) ? mentions[most] : 0;
  for (const auto& [cc, n] : mentions) {
    if (n > most_n) {
      most = cc;
      most_n = n;
    }
  }
  if (s.country.empty() || (mentions[s.country] * 2 < most_n)) {
    if (!s.country.empty() && s.country != most) {
      s.city.clear();
      s.region.clear();
    }
    s.country = most;
  }
  // Hong Kong and Macao are special administrative regions of China (ISO 3166-2 CN-HK,
  // CN-MO): the summary names the state answerable for the act, and the SAR as the region.
  if (s.country == "HK" || s.country == "MO") {
    if (s.region.empty()) s.region = s.country == "HK" ? "Hong Kong" : "Macao";
    s.country = "CN";
  }
  if (lead_date != nullptr) s.date = lead_date->date.start;
  if (lead_date == nullptr || !lead_date->date_month_written)
    s.date = incident_behind_the_news(*x, reference_year, s.date, s.victims);
}

}  // namespace casebook
