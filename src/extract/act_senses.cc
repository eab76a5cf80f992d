// Readings that tell an innocent sense of a trigger word, or an act done to no one (see
// act_senses.h).
#include "extract/act_senses.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/clause_words.h"
#include "extract/word_classes.h"
#include "nlp/person_nouns.h"

namespace casebook {
namespace {

// A preposition before a noun phrase ("during the pandemic", "amid the outbreak").
bool is_preposition_word(std::string_view w) {
  return is_preposition(w) || w == "amid" || w == "after" || w == "before" || w == "since" ||
         w == "despite";
}

}  // namespace

// A lower-case word right after the verb that no mention, pronoun or determiner holds.
// "seizing computers and files", "captured weapons", "seized his laptop": a verb that
// takes people or things, with a bare or owned noun right after it, is no arrest; the next
// row of the word (a seizure of property) may take it.
bool ActSenses::thing_taken(const TriggerEntry& e, uint32_t verb) const {
  // (An abduction too: "police seized her car" took no one.)
  if ((e.type != "arrest_detention" && e.type != "abduction") ||
      (e.text != "seize" && e.text != "capture")) {
    return false;
  }
  // "He was seized by masked officers": a passive's subject is who was taken.
  if (verb > 0 && (at_.lower[verb - 1] == "was" || at_.lower[verb - 1] == "were" ||
                   at_.lower[verb - 1] == "been" || at_.lower[verb - 1] == "being")) {
    return false;
  }
  uint32_t t = verb + 1;
  if (t < at_.tokens.size() && (at_.lower[t] == "by" || at_.lower[t] == "from")) return false;
  // "seized his phone", "seized the phones of X" (not "seized the activist", a mention).
  if (t + 1 < at_.tokens.size() &&
      (owner_word(t) || is_article(at_.lower[t]))) {
    ++t;
  }
  // "seized the group's archive", "seized Ana Lima's laptop": past an owner named with "'s".
  if (t < at_.tokens.size() && ctx_.token_mention[t] >= 0) {
    const Mention& owner = ctx_.mentions[ctx_.token_mention[t]];
    const uint32_t end = owner.end_token;
    if (owner.first_token == t && end + 1 < at_.tokens.size() && at_.has(end, kPossessive)) {
      // (Not "seized the party's leader": a person.)
      if (is_person_noun(at_.noun_lemma[end + 1])) return false;
      t = end + 1;
    }
  }
  return bare_noun_after(t);
}

bool ActSenses::owner_word(uint32_t t) const {
  std::string_view w = at_.lower[t];
  return w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my";
}

bool ActSenses::bare_noun_after(uint32_t t) const {
  // ("captured two years ago": a time, no thing.)
  if (t >= at_.tokens.size() || ctx_.token_mention[t] >= 0 || at_.in_time[t]) return false;
  // "seized two laptops": a count before a plain noun that names no one ("seized two
  // activists" names people).
  static constexpr std::string_view kCounts[] = {"two",    "three",   "four",   "five",    "six",
                                                 "seven",  "eight",   "nine",   "ten",     "eleven",
                                                 "twelve", "several", "dozens", "hundreds"};
  if (at_.tokens[t].kind == TokenKind::kNumber ||
      std::find(std::begin(kCounts), std::end(kCounts), at_.lower[t]) != std::end(kCounts)) {
    const uint32_t n = t + 1;
    return n < at_.tokens.size() && ctx_.token_mention[n] < 0 &&
           at_.tokens[n].kind == TokenKind::kWord && at_.has(n, kLowerCase) &&
           at_.noun_lemma[n] != at_.lower[n];  // a plural noun
  }
  if (at_.tokens[t].kind != TokenKind::kWord || !at_.has(t, kLowerCase)) return false;
  // "seized a herdsman, X": a name apposed to the noun names whom it took.
  if (t + 2 < at_.tokens.size() && at_.lower[t + 1] == "," && ctx_.token_mention[t + 2] >= 0 &&
      ctx_.mentions[ctx_.token_mention[t + 2]].kind == MentionKind::kPerson) {
    return false;
  }
  std::string_view w = at_.lower[t];
  return w != "him" && w != "her" && w != "them" && w != "me" && w != "us" && w != "the" &&
         w != "a" && w != "an" && w != "his" && w != "their" && w != "several" && w != "two" &&
         w != "dozens" && w != "hundreds" && w != "more" && w != "at" && w != "in" && w != "on";
}

// "The heat was killing us", "this job is killing me": something that is no one "killing"
// the speaker in the progressive is a figure of speech. Not "soldiers were killing us"
// (people are the subject) nor "they killed us" (not the progressive).
bool ActSenses::figurative_killing(const TriggerEntry& e, const TriggerCandidate& c,
                                   const ClauseReading& r) const {
  if (e.type != "killing" || !c.is_verb || r.passive || c.first == 0 ||
      c.end >= at_.tokens.size() || !at_.lower[c.first].ends_with("ing")) {
    return false;
  }
  std::string_view be = at_.lower[c.first - 1];
  if (be != "was" && be != "is" && be != "are" && be != "were" && be != "'s") return false;
  std::string_view object = at_.lower[c.end];
  if (object != "us" && object != "me") return false;
  return !reader_.person_like(r.subject) &&
         !reader_.is_actor_like(r.subject.empty() ? -1 : r.subject[0]);
}

// Whether token t lies inside a reprisal cue that starts before it ("in reprisal for", "in
// retaliation for"); not the cue that is the word itself ("fear of reprisals").
bool ActSenses::inside_reprisal_cue(uint32_t t) const {
  for (uint32_t k = t, n = 0; k-- > 0 && n < 4; ++n) {
    const CueHit& h = ctx_.cue_at[k];
    if (h.length > 0 && k + h.length > t && h.kind == "reprisal") return true;
  }
  return false;
}

// Whether one of the mentions is, or stands for, prosecutors, investigators, police, a
// judge or a court: the organs that accuse in law.
bool ActSenses::names_justice_organ(const std::vector<int>& mentions) const {
  for (int m : mentions) {
    const int ent = ctx_.mentions[m].entity;
    if (ent < 0 || ctx_.entities[ent].kind != "state_actor") continue;
    std::string_view name = ctx_.entities[ent].name;
    const size_t space = name.rfind(' ');
    std::string last(name.substr(space == std::string_view::npos ? 0 : space + 1));
    for (char& ch : last) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (last.starts_with("prosecutor") || last.starts_with("investigator") ||
        last.starts_with("judge") || last.starts_with("court") || last == "police" ||
        last.starts_with("procurator")) {
      return true;
    }
  }
  return false;
}

// A country's name that opens the clause right before the verb at t, past auxiliaries and
// adverbs ("Iran has now executed"); -1 when none.
int ActSenses::country_before(uint32_t t, uint32_t clause_start) const {
  uint32_t k = t;
  while (k > clause_start && (at_.lower[k - 1] == "has" || at_.lower[k - 1] == "have" ||
                              at_.lower[k - 1] == "had" || at_.lower[k - 1].ends_with("ly"))) {
    --k;
  }
  if (k == 0) return -1;
  const int m = ctx_.token_mention[k - 1];
  if (m < 0) return -1;
  const Mention& mm = ctx_.mentions[m];
  if (mm.kind != MentionKind::kPlace || mm.place == nullptr ||
      mm.place->type != PlaceType::kCountry || mm.end_token != k) {
    return -1;
  }
  // The name opens its clause ("Iran executed", "The next day Iran executed" is left alone).
  uint32_t open = mm.first_token;
  if (open > clause_start && at_.lower[open - 1] == "the") --open;
  return open == clause_start ? m : -1;
}

bool ActSenses::hurt_in_accident(const TriggerEntry& e, uint32_t t) const {
  if (e.type != "assault" || (e.text != "injure" && e.text != "wound" && e.text != "injury")) {
    return false;
  }
  const Sentence& s = at_.sentences[at_.sentence_of[t]];
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    std::string_view w = at_.lower[k];
    // "the fire", "the Lodz fire"; not "guards who fire on marchers".
    if (w == "fire" && k > s.first_token &&
        (is_article(at_.lower[k - 1]) || !at_.has(k - 1, kLowerCase))) {
      return true;
    }
    if (is_natural_cause(w) || w == "blaze" || w == "crashes" || w == "accidents" ||
        w == "collision" || w == "stampede") {
      return true;
    }
  }
  return false;
}

// The nearest noun before the trigger at t in its sentence is a natural cause that acts
// (not "during the pandemic"), with no one named between them.
bool ActSenses::caused_by_nature(uint32_t t) const {
  const uint32_t first = at_.sentences[at_.sentence_of[t]].first_token;
  for (uint32_t k = t; k-- > first && k + 12 > t;) {
    if (ctx_.token_mention[k] >= 0 && is_argument(ctx_.mentions[ctx_.token_mention[k]]))
      return false;
    if (!is_natural_cause(at_.lower[k])) continue;
    // "the response to the outbreak that has now killed 3,000": the relative clause's subject.
    if (at_.lower[k + 1] == "that" || at_.lower[k + 1] == "which") return true;
    // The noun acts: its own verb right after it ("an earthquake struck the coast, killing
    // 200"), or nothing but auxiliaries, adverbs and a comma before the trigger ("the virus
    // has now killed"). Not "spreading the virus on purpose to kill inmates".
    bool acts = is_verb_form(k + 1);
    for (uint32_t j = k + 1; j < t && !acts; ++j) {
      std::string_view w = at_.lower[j];
      if (w != "," && w != "has" && w != "have" && w != "had" && w != "now" && w != "already" &&
          w != "reportedly")
        break;
      acts = j + 1 == t;
    }
    if (!acts && k + 1 != t) return false;
    // Back over the phrase's modifiers to the word that governs it.
    uint32_t b = k;
    while (b > first && b + 5 > k &&
           (at_.tokens[b - 1].kind == TokenKind::kNumber || at_.has(b - 1, kLowerCase)) &&
           !is_preposition_word(at_.lower[b - 1]) && !is_verb_form(b - 1)) {
      --b;
    }
    return b == first || !is_preposition_word(at_.lower[b - 1]);
  }
  return false;
}

bool ActSenses::is_verb_form(uint32_t k) const { return at_.verb_lemma[k] != at_.lower[k]; }

// "on" or "against" right after t, then up to three words that name no one before an
// abstract noun: "on Latvian democracy", "against the freedom of speech".
bool ActSenses::aimed_at_abstract_thing(uint32_t t) const {
  if (t >= at_.tokens.size() || (at_.lower[t] != "on" && at_.lower[t] != "against")) return false;
  for (uint32_t k = t + 1; k < at_.tokens.size() && k <= t + 4; ++k) {
    if (at_.tokens[k].kind != TokenKind::kWord) return false;
    // The head of its phrase: not "on human rights defenders".
    if (is_abstract_target(at_.lower[k])) {
      if (k + 1 >= at_.tokens.size() || at_.tokens[k + 1].kind != TokenKind::kWord) return true;
      std::string_view next = at_.lower[k + 1];
      if (next == "of" || next == "and" || next == "or" || next == "in" || next == "by" ||
          next == "that" || next == "which" || next == "is" || next == "was" || next == "has")
        return true;
    }
    int m = ctx_.token_mention[k];
    if (m >= 0 && ctx_.mentions[m].kind != MentionKind::kPlace) return false;
  }
  return false;
}

// A threat with no victim found that endangers no one: "the tariff threatens to
// upset trade", "threatened to resign", "a serious threat to democracy", "a threat
// to the harvest". Not the violent threats of the row that requires harm ("threatened to
// arrest"), nor a threat whose victim is a person ("threatened to sue the reporter").
bool ActSenses::threatens_no_one(const TriggerEntry& e, const TriggerCandidate& c) const {
  // "found guilty of threatening state order": an abstract thing as the verb's object.
  if (c.is_verb && e.text == "threaten" && c.end < at_.tokens.size() &&
      at_.lower[c.end] != "to") {
    for (uint32_t k = c.end; k < at_.tokens.size() && k < c.end + 3; ++k) {
      if (at_.tokens[k].kind != TokenKind::kWord || ctx_.token_mention[k] >= 0) break;
      if (is_abstract_target(at_.lower[k])) return true;
    }
  }
  if (c.end + 1 >= at_.tokens.size() || at_.lower[c.end] != "to") return false;
  const uint32_t end = at_.sentences[at_.sentence_of[c.first]].end_token;
  const bool verb = c.is_verb && e.text == "threaten" && e.requires_any.empty();
  const bool noun = !c.is_verb && e.text == "threat";
  if (!verb && !noun) return false;
  // The rest of the clause holds no person, relative or group of people.
  for (uint32_t t = c.end + 1; t < end && t < c.end + 10; ++t) {
    if (at_.tokens[t].kind == TokenKind::kPunct) break;
    int m = ctx_.token_mention[t];
    if (m >= 0 && reader_.person_like({m})) return false;
  }
  return true;
}

bool ActSenses::follows_in_time(const TriggerEntry& e, const TriggerCandidate& c) const {
  if (!c.is_verb || e.text != "follow") return false;
  const TriggerLexicon& lexicon = TriggerLexicon::instance();
  auto act_noun = [&](uint32_t k) {
    return at_.tokens[k].kind == TokenKind::kWord && at_.has(k, kLowerCase) &&
           !lexicon.single(at_.noun_lemma[k], "noun").empty();
  };
  const Sentence& s = at_.sentences[at_.sentence_of[c.first]];
  // The object: past an article and up to two modifiers ("the fatal police shooting").
  for (uint32_t k = c.end; k < s.end_token && k < c.end + 4; ++k) {
    if (act_noun(k)) return true;
    if (at_.tokens[k].kind != TokenKind::kWord || is_preposition(at_.lower[k])) break;
  }
  // The subject: the noun right before the verb, past an adverb ("the protest swiftly
  // followed", "the arrests that followed").
  uint32_t k = c.first;
  while (k > s.first_token && is_adverb_like(at_.lower[k - 1])) --k;
  if (k > s.first_token && (at_.lower[k - 1] == "that" || at_.lower[k - 1] == "which") &&
      k - 1 > s.first_token) {
    --k;
  }
  return k > s.first_token && act_noun(k - 1);
}

}  // namespace casebook
