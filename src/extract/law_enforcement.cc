// Law enforcement: which arrests, charges, trials and extraditions are police and court work
// on ordinary crimes rather than repression (see law_enforcement.h).
#include "extract/law_enforcement.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>

#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"

namespace casebook {

std::string_view crime_word(std::string_view lower) {
  static const FlatStringMap<std::string_view> kWords = [] {
    std::unordered_map<std::string_view, std::string_view, StringViewHash> m;  // a later row wins
    for_each_data_row("events/common_crimes.tsv",
                      [&](const TsvRow& r) { m[r[0]] = r.size() > 1 ? r[1] : ""; });
    return flat_copy(m);
  }();
  const std::string_view* kind = kWords.find(lower);
  return kind == nullptr ? std::string_view() : *kind;
}

std::string_view CrimeWords::of(uint32_t t) {
  const uint32_t id = at_.lower_id[t];
  if (asked_.empty()) {
    asked_.assign(at_.words.size(), 0);
    kinds_.resize(at_.words.size());
  }
  if (!asked_[id]) {
    asked_[id] = 1;
    kinds_[id] = crime_word(at_.lower[t]);
  }
  return kinds_[id];
}

std::span<const CrimeAt> CrimeWords::in_sentence(const Sentence& s) {
  if (s.first_token != listed_first_ || s.end_token != listed_end_) {
    listed_first_ = s.first_token;
    listed_end_ = s.end_token;
    listed_.clear();
    if (asked_.empty()) {
      asked_.assign(at_.words.size(), 0);
      kinds_.resize(at_.words.size());
    }
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {  // of(t), inline
      const uint32_t id = at_.lower_id[t];
      if (!asked_[id]) {
        asked_[id] = 1;
        kinds_[id] = crime_word(at_.lower[t]);
      }
      if (!kinds_[id].empty()) listed_.push_back({t, kinds_[id]});
    }
  }
  return listed_;
}

bool is_justice_type(std::string_view type) {
  return type == "arrest_detention" || type == "prosecution" || type == "deportation_extradition";
}

// Whether the "of" at token k leads to what someone is charged with: right after the act
// ("convicted of", "the arrest of") or after a word of the charge ("on charges of", "on
// suspicion of", "guilty of"), not after another verb ("residents spoke of harassment").
static bool charge_before_of(const AnnotatedText& at, uint32_t k, uint32_t act_end) {
  if (k == act_end) return true;
  // "found guilty on Friday of", "convicted Dario Pelk, 52, of", "accused them of": a time,
  // a name with an age, or an object pronoun between is passed over.
  auto passed_over = [&](uint32_t t) {
    std::string_view w = at.lower[t];
    const bool age =
        at.tokens[t].kind == TokenKind::kNumber ||
        (w == "," && ((t > 0 && at.tokens[t - 1].kind == TokenKind::kNumber) ||
                      (t + 1 < at.tokens.size() && at.tokens[t + 1].kind == TokenKind::kNumber)));
    return at.in_time[t] || w == "him" || w == "her" || w == "them" || age ||
           (at.tokens[t].kind == TokenKind::kWord && !at.has(t, kLowerCase));
  };
  uint32_t before = k;
  while (before > act_end && passed_over(before - 1)) --before;
  if (before == act_end) return true;
  std::string_view w = at.lower[before - 1];
  return w == "charge" || w == "charges" || w == "count" || w == "counts" || w == "suspicion" ||
         w == "guilty" || w == "innocent" || w == "accused" || w == "convicted" ||
         w == "suspected" || w == "accusation" || w == "accusations" || w == "allegation" ||
         w == "allegations" || w == "case" || w == "cases" || w == "conspiracy" || w == "crime" ||
         w == "crimes";
}

bool names_ordinary_crime(const AnnotatedText& at, std::string_view type, uint32_t trigger_end,
                          const Sentence& s, CrimeWords* words) {
  if (!is_justice_type(type)) return false;
  // Only the sentence's tokens with a kind can answer (an empty kind is none of those asked).
  std::vector<CrimeAt> own;  // without `words`: the table's answers, read here
  std::span<const CrimeAt> crimes;
  if (words != nullptr) {
    crimes = words->in_sentence(s);
  } else {
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (const std::string_view kind = crime_word(at.lower[t]); !kind.empty()) {
        own.push_back({t, kind});
      }
    }
    crimes = own;
  }
  const uint32_t end = trigger_end;
  // "arrested on suspicion of sedition and fraud": a political charge makes it repression
  // whatever ordinary crime is named beside it.
  for (const CrimeAt& c : crimes) {
    if (c.token > end + 24) break;
    if (c.kind == "political") return false;
  }
  // "police were investigating the killing": the crime is what is investigated.
  if (at.verb_lemma[end - 1] == "investigate" || at.noun_lemma[end - 1] == "investigation") {
    for (const CrimeAt& c : crimes) {
      if (c.token > end + 3) break;
      if (c.token >= end && c.kind == "crime") return true;
    }
  }
  // "detained five people, including a surgeon, over the killing of a reporter": the crime
  // follows the act within the sentence, led by "for", "with", "over", "in connection with".
  for (const CrimeAt& c : crimes) {
    const uint32_t t = c.token;
    const std::string_view kind = c.kind;
    if (kind == "suspect") return true;
    if (kind == "crime" && t >= end && t <= end + 24) {
      // "detained for her columns and not for bribery": a crime denied is no reason.
      if (t > 0 && at.lower[t - 1] == "not") continue;
      if (t > 1 && at.lower[t - 2] == "not" && at.lower[t - 1] == "for") continue;
      if (t > 2 && at.lower[t - 3] == "not" && at.lower[t - 2] == "for") continue;
      for (uint32_t k = t > end + 8 ? t - 4 : end; k < t; ++k) {
        std::string_view w = at.lower[k];
        // Far from the act ("arrested the owner of a bakery on the main square, his brothers
        // and a cousin for fraud") only "for" still ties the crime to it: not "... and
        // residents spoke of harassment".
        if (t > end + 16) {
          if (w == "for") return true;
          continue;
        }
        if (w == "for" || w == "with" || w == "over" || w == "connection") return true;
        if (w == "of" && charge_before_of(at, k, end)) return true;
        // "found guilty in the kidnapping of", "arrested in the Friday slaying": right
        // before the crime, not "arrested in protests against the killing".
        // Not a date ("the arrest of X on Saturday, killing four": the killing is the
        // shooting's, a clause of its own after the comma).
        const bool dated = k + 1 < t && at.in_time[k + 1];
        if (w == "in" && t - k <= 2 && !dated) return true;
        // "indicted on murder charges", "held on kidnapping and arson charges".
        if (w == "on" && t - k <= 3 && !dated) return true;
      }
    }
  }
  return false;
}

void mark_justice_for_violence(const std::vector<Entity>& entities, std::vector<Event>* events) {
  // Only individuals count: "police killed two protesters ... police arrested fifty" is no
  // such case.
  auto violent = [](std::string_view t) {
    return t == "killing" || t == "abduction" || t == "torture_ill_treatment" || t == "assault" ||
           t == "enforced_disappearance";
  };
  std::vector<std::string_view> doers;
  for (const Event& ev : *events) {
    if (!violent(ev.type) || ev.negated || ev.hypothetical || ev.generic) continue;
    for (const std::string& p : ev.perpetrators) {
      if (entities[std::stoi(p)].kind == "person") doers.push_back(p);
    }
  }
  if (doers.empty()) return;
  for (Event& ev : *events) {
    if (ev.law_enforcement || ev.victims.empty() || !is_justice_type(ev.type)) continue;
    // "X and Y were charged with the murder": one defendant who did the act makes the trial
    // the act's, though the text names the others' part in it elsewhere.
    ev.law_enforcement = std::any_of(ev.victims.begin(), ev.victims.end(), [&](const auto& v) {
      return std::find(doers.begin(), doers.end(), v) != doers.end();
    });
  }
}

// "missing", "went missing", "the disappearance of": words that say someone is gone, not
// that anyone took them.
static bool tells_only_absence(std::string_view trigger) {
  std::string low(trigger);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return low.find("missing") != std::string::npos || low.find("disappearance") != std::string::npos;
}

void mark_justice_story(std::vector<Event>* events, const std::vector<Entity>* entities) {
  // Arrests and charges only: an extradition is rarer and told for its own sake.
  auto counted = [](const Event& ev) {
    return (ev.type == "arrest_detention" || ev.type == "prosecution") && !ev.generic &&
           !ev.negated && !ev.hypothetical;
  };
  size_t acts = 0, justice = 0;
  for (const Event& ev : *events) {
    if (!counted(ev)) continue;
    ++acts;
    if (ev.law_enforcement) ++justice;
  }
  if (justice == 0 || justice * 2 < acts) return;
  for (Event& ev : *events) {
    if (counted(ev)) ev.law_enforcement = true;
    // "Police arrested a man over the disappearance of a teenager who went missing in May":
    // in a crime story, someone gone missing is the crime the police investigate, not a
    // disappearance by the state. (Not "hundreds have been disappeared", "soldiers
    // disappeared the farmers": the verb tells who did it.)
    if (ev.type == "enforced_disappearance" && tells_only_absence(ev.trigger.text)) {
      ev.law_enforcement = true;
      // The police who look for the missing did not take them.
      std::erase_if(ev.perpetrators, [&](const std::string& p) {
        return entities != nullptr && (*entities)[std::stoi(p)].kind == "state_actor";
      });
    }
  }
}

}  // namespace casebook
