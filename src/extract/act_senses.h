// Readings that tell an innocent sense of a trigger word, or an act done to no one: "seized
// computers" (no arrest), "the heat was killing us", deaths from an outbreak, "an assault on
// democracy", "the tariff threatens to upset trade", "in reprisal for" (a reason, not an
// act). Also who accuses in law for the state, and a country that opens the clause as the
// doer. The event finder (events.cc) asks these before it makes an event.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/event_clause.h"
#include "extract/event_victims.h"
#include "extract/mention.h"
#include "nlp/trigger_lexicon.h"

namespace casebook {

// A trigger found in a sentence: its lexicon row and its tokens.
struct TriggerCandidate {
  const TriggerEntry* entry;
  uint32_t first, end;  // trigger tokens
  bool is_verb;
};

class ActSenses {
 public:
  ActSenses(const DocumentContext& ctx, const VictimReader& reader)
      : ctx_(ctx), at_(ctx.at), reader_(reader) {}

  // "seizing computers and files", "seized his laptop": "seize" or "capture" with a bare or
  // owned noun right after it is no arrest and no abduction ("police seized her car").
  bool thing_taken(const TriggerEntry& e, uint32_t verb) const;
  // "The heat was killing us": something that is no one "killing" the speaker.
  bool figurative_killing(const TriggerEntry& e, const TriggerCandidate& c,
                          const ClauseReading& r) const;
  // Token t inside a reprisal cue that starts before it ("in reprisal for").
  bool inside_reprisal_cue(uint32_t t) const;
  // One of the mentions is, or stands for, prosecutors, investigators, police, a judge or a
  // court: the organs that accuse in law.
  bool names_justice_organ(const std::vector<int>& mentions) const;
  // A country's name that opens the clause right before the verb at t ("Iran has now
  // executed"): its mention index, else -1.
  int country_before(uint32_t t, uint32_t clause_start) const;
  // The nearest noun before the trigger at t is a natural cause that acts ("the outbreak that
  // has killed 300", "an earthquake struck, killing 200").
  bool caused_by_nature(uint32_t t) const;
  // An injury told with an accident or a disaster in its sentence ("nine were injured in a
  // blaze", "hurt in a car crash"): no one attacked. For the assault triggers "injure",
  // "wound" and "injury".
  bool hurt_in_accident(const TriggerEntry& e, uint32_t t) const;
  // "on" or "against" at t, then an abstract noun: "an assault on democracy".
  bool aimed_at_abstract_thing(uint32_t t) const;
  // A threat with no victim that endangers no one: "the tariff threatens to upset trade".
  bool threatens_no_one(const TriggerEntry& e, const TriggerCandidate& c) const;
  // "The march followed the shooting of X", "arrests that followed the protest": "follow"
  // with an act or a happening as its subject or object tells what came after what, not
  // that someone was tailed.
  bool follows_in_time(const TriggerEntry& e, const TriggerCandidate& c) const;

 private:
  bool owner_word(uint32_t t) const;
  bool bare_noun_after(uint32_t t) const;
  bool is_verb_form(uint32_t k) const;

  const DocumentContext& ctx_;
  const AnnotatedText& at_;
  const VictimReader& reader_;
};

}  // namespace casebook
