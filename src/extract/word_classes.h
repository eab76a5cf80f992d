// Small closed classes of English words that several extraction rules test: units of time
// ("for six hours"), articles and possessive determiners ("the", "his"), the counts a partitive
// "of" follows ("three of them"), clause openers ("but", "which") and the nouns that name a body or
// its building rather than its people ("court", "ministry").
#pragma once

#include <string_view>

#include "core/word_literal.h"

namespace casebook {

// A unit a duration is counted in: "held for six hours", "jailed for 15 days".
inline bool is_time_unit(std::string_view w) {
  return w == "day" || w == "days" || w == "hour" || w == "hours" || w == "week" || w == "weeks" ||
         w == "month" || w == "months" || w == "year" || w == "years" || w == "minute" ||
         w == "minutes" || w == "night" || w == "nights";
}

// "the", "a", "an".
inline bool is_article(std::string_view w) { return w == "the" || w == "a" || w == "an"; }

inline bool is_possessive_determiner(std::string_view w) {
  return w == "his" || w == "her" || w == "their" || w == "its" || w == "my" || w == "our" ||
         w == "your";
}

// A word that opens a noun phrase: an article, a demonstrative or a possessive ("the trial",
// "these files", "his flat").
inline bool opens_noun_phrase(std::string_view w) {
  return is_article(w) || w == "this" || w == "these" || w == "those" ||
         is_possessive_determiner(w);
}

// A noun for one office holder of the state, not a body: "mayor", "governor", "judge". Such a
// person may well be the one an act is done to ("Kurdish mayor detained").
inline bool is_single_official(std::string_view w) {
  return w == "mayor" || w == "governor" || w == "minister" || w == "judge" || w == "lawmaker" ||
         w == "legislator" || w == "senator" || w == "councillor" || w == "councilor" ||
         w == "mp" || w == "deputy" || w == "official" || w == "prosecutor" || w == "diplomat" ||
         w == "ambassador" || w == "officer" || w == "policeman" || w == "policewoman";
}

// A count before "of" in a partitive: "three of them", "several of the protesters". Numbers
// written in digits are tested by the token's kind.
inline bool is_partitive_count(std::string_view w) {
  return w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "seven" ||
         w == "eight" || w == "nine" || w == "ten" || w == "several" || w == "some" ||
         w == "many" || w == "most" || w == "dozens" || w == "hundreds" || w == "thousands" ||
         w == "scores";
}

// Words that open a new clause inside a sentence: ";", ":", "but", "while", "whereas",
// "although", "though", "because", "after", "before", "when", "until", "since", "unless",
// "if", "who", "which", "that", "whom", "where", "whose" and the dashes "—", "–" and "--".
// The clause reader asks this of most tokens around a trigger, so the words are sorted by
// length (bytes) first: a chain of 23 compares cost ~75 instructions a call.
inline bool is_clause_opener(std::string_view w) {
  switch (w.size()) {
    case 1:
      return w[0] == ';' || w[0] == ':';
    case 2:
      return is_literal(w, "if") || is_literal(w, "--");
    case 3:
      return is_literal(w, "but") || is_literal(w, "who") || is_literal(w, "—") ||
             is_literal(w, "–");
    case 4:
      return is_literal(w, "when") || is_literal(w, "that") || is_literal(w, "whom");
    case 5:
      return is_literal(w, "while") || is_literal(w, "after") || is_literal(w, "until") ||
             is_literal(w, "since") || is_literal(w, "which") || is_literal(w, "where") ||
             is_literal(w, "whose");
    case 6:
      return is_literal(w, "though") || is_literal(w, "before") || is_literal(w, "unless");
    case 7:
      return is_literal(w, "because") || is_literal(w, "whereas") || is_literal(w, "whether");
    case 8:
      return is_literal(w, "although");
    default:
      return false;
  }
}

// The last word of an actor phrase that names an institution or its building, never the people
// in it: "the court", "the Interior Ministry", "the police station", "the regime". Such an
// actor can be sued or attacked in words, but nobody can detain, torture or kill it.
inline bool is_body_noun(std::string_view w) {
  return w == "court" || w == "courts" || w == "tribunal" || w == "government" || w == "regime" ||
         w == "ministry" || w == "parliament" || w == "jury" || w == "office" ||
         w == "department" || w == "commission" || w == "agency" || w == "council" ||
         w == "station" || w == "embassy" || w == "administration" || w == "committee" ||
         w == "directorate" || w == "bureau" || w == "judiciary" || w == "procuracy" ||
         w == "prison" || w == "colony";
}

// Natural causes and accidents that kill: "the outbreak has killed 3,000", "an earthquake
// struck, killing 200". A death they cause is no killing by anyone.
inline bool is_natural_cause(std::string_view w) {
  return w == "virus" || w == "coronavirus" || w == "covid" || w == "covid-19" || w == "pandemic" ||
         w == "epidemic" || w == "outbreak" || w == "disease" || w == "illness" || w == "cancer" ||
         w == "earthquake" || w == "quake" || w == "flood" || w == "floods" || w == "flooding" ||
         w == "storm" || w == "hurricane" || w == "typhoon" || w == "cyclone" || w == "tsunami" ||
         w == "landslide" || w == "avalanche" || w == "famine" || w == "drought" ||
         w == "heatwave" || w == "wildfire" || w == "crash" || w == "accident" || w == "measles" ||
         w == "cholera" || w == "malaria" || w == "ebola" || w == "tuberculosis" || w == "flu" ||
         w == "influenza";
}

// Abstract things an "assault on" or "attack on" can be aimed at in words: "a sustained
// assault on democracy", "an attack on the free press"; or that can be "threatened" ("guilty
// of threatening state order"). No one is hurt or threatened by such an act.
inline bool is_abstract_target(std::string_view w) {
  return w == "democracy" || w == "freedom" || w == "freedoms" || w == "rights" || w == "liberty" ||
         w == "liberties" || w == "law" || w == "justice" || w == "constitution" ||
         w == "independence" || w == "sovereignty" || w == "dignity" || w == "truth" ||
         w == "values" || w == "institutions" || w == "judiciary" || w == "expression" ||
         w == "speech" || w == "journalism" || w == "pluralism" || w == "science" ||
         w == "reason" || w == "decency" || w == "civilisation" || w == "civilization" ||
         w == "security" || w == "order" || w == "stability" || w == "peace" || w == "unity" ||
         w == "integrity" || w == "safety";
}

}  // namespace casebook
