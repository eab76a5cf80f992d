// Clause-level reading around an event trigger: voice, the subject before it, the object or
// "of"-phrase after it, the "by"-agent, and the flags (negated, hypothetical, generic).
// These are the English patterns; the words they look for come from data/.
#pragma once

#include <vector>

#include "extract/mention.h"

namespace casebook {

struct ClauseReading {
  bool passive = false;
  std::vector<int> subject;  // mention indexes, coordinated ("X and Y were arrested")
  std::vector<int> object;   // mention indexes after an active verb, or after "of"
  std::vector<int> agent;    // the "by X" mentions of a passive
  std::vector<int> listed;   // people after a copula: "among those held is X, Y and Z"
  int possessor = -1;        // "X's arrest"
  // An active verb with an object that is no person: "flattened the village", "continue
  // prosecuting these files". The subject is then no victim, and the verb no participle after its
  // noun. For a noun, an "of" phrase that names no one: "the trial of a new vaccine".
  bool thing_object = false;
  // The verb's object is a pronoun the text never resolves ("charged him with the murder of
  // X"): someone, but no one named after it.
  bool unknown_object = false;
  // A participle right after a noun phrase that names a thing: "a cargo ship formerly
  // detained in port", "the goods seized". What it tells was done to the thing.
  bool thing_before_participle = false;
  // A participle used as an adjective after a determiner ("the detained lawyer"): the
  // sentence's subject did not do it.
  bool attributive = false;
  // The act is the deed someone is suspected, accused, charged or convicted of ("arrested a
  // man suspected of killing X"): the sentence's time is the charge's, not the deed's.
  bool charged_deed = false;
  // "X is the third correspondent expelled since 2021": the act's place in a series; the
  // series' span ("since 2021") is no date of X's act.
  bool series = false;
  // An active verb whose subject is a noun phrase that names no one the text knows:
  // "the government said \"armed elements\" had attacked a police station". The act has a
  // doer, only not one to name; no other actor of the sentence stands in for it.
  bool unnamed_subject = false;
  // A participle with no auxiliary that qualifies a noun: "the jailed editor", "activists
  // jailed after the protests". The doers the rest of its sentence names act in other clauses.
  bool reduced = false;
  bool negated = false;
  bool hypothetical = false;
  bool generic = false;
  uint32_t clause_start = 0, clause_end = 0;  // token range of the clause
};

// Reads the clause around the trigger tokens [first, end).
// object_window: how many tokens after the trigger the object may start (longer for
// petitions and calls, whose beneficiary comes late: "filed a petition with the UN over the
// case of X").
// people_only: the object must be a person, relative or group (a petition's beneficiary, not
// the body it is filed with).
ClauseReading read_clause(const DocumentContext& ctx, uint32_t first, uint32_t end, bool is_verb,
                          uint32_t object_window = 8, bool people_only = false);

// True for mentions that can be a victim or an actor (people, relatives, groups,
// organisations, state actors, resolved pronouns).
bool is_argument(const Mention& m);

}  // namespace casebook
