// What an event takes from its surroundings: the date of its clause or of the narrative it
// sits in, the place named with it, the state actor the sentence or paragraph names when no
// agent is written, and the reason ("in retaliation for ...", "on coup charges").
#pragma once

#include <cstdint>
#include <span>

#include "casebook/extraction.h"
#include "extract/mention.h"
#include "extract/sentence_answers.h"

namespace casebook {

// Acts anyone may commit, which police investigate as crimes (killing, abduction,
// disappearance, assault, threat): not torture, a ban or a blackout, which only a state does.
bool is_crime_anyone_commits(std::string_view type);

// The document's times that start before sentence `end` (or all, for end past the last
// sentence) and lie in sentence `from` or later, by the sentence of their first token.
std::span<const TimeExpression> times_in_sentences(const AnnotatedText& at, uint32_t from,
                                                   uint32_t end);

// The document's times whose first byte lies in [from, to] (byte offsets of the text): times are
// in the text's order, so this is two binary searches.
std::span<const TimeExpression> times_starting_in(const AnnotatedText& at, uint32_t from,
                                                  uint32_t to);

class EventContext {
 public:
  EventContext(const DocumentContext& ctx, const CivilDate& reference);

  // Fills date, location, perpetrators (when empty and the act is repression) and reason.
  // Events must be completed in text order: the narrative date carries forward.
  // reduced: the trigger is a participle qualifying a noun ("activists jailed after the
  // protests"); the state actor of its own sentence is then no doer of it.
  void complete(Event* ev, uint32_t trigger_first, uint32_t trigger_end, bool repression,
                bool reduced = false);

  // Whether token t lies in the words of a charge ("charged with insulting officials").
  bool in_charge(uint32_t t, uint32_t sentence_first) const;
  bool for_an_alleged_deed(uint32_t t, uint32_t sentence_first) const;

  // Whether the act at t is the subject of an inquiry told right after it ("the deaths
  // were being investigated", "is under investigation").
  bool under_inquiry_after(uint32_t t) const;
  // Whether the act whose trigger starts at token t is what an active justice act in its
  // sentence is about: "police arrested two men over the murder of X", "an investigation
  // into the disappearance of Y". The state actors there are investigators, not its doers.
  // (Not "X was arrested over the murder": X is the suspect.)
  bool subject_of_justice(uint32_t t, uint32_t sentence_first) const;

 private:
  DateValue date_for(uint32_t trigger_first, uint32_t trigger_end, uint32_t sentence,
                     const std::vector<std::string>& victims);
  bool shift_by_clause_offset(uint32_t trigger_first, const TimeExpression& sentence_date,
                              CivilDate* value) const;
  bool present_perfect(uint32_t trigger_first) const;
  bool clock_stamped(uint32_t paragraph) const;
  bool told_in_past(uint32_t trigger_first) const;
  bool sentence_in_past(const Sentence& s) const;
  bool told_as_present(uint32_t trigger_first) const;
  bool told_as_later(uint32_t trigger_first) const;
  bool told_as_future(uint32_t trigger_first) const;
  // skip_destination: a place after "to" is where someone was going (travel bans).
  std::string place_for(uint32_t trigger_first, uint32_t sentence, bool skip_destination,
                        const std::vector<std::string>& victims,
                        const std::vector<std::string>& perpetrators);
  // The state actor a place is told for ("an Istanbul court", "a court in Istanbul"), by
  // entity; -1 when none.
  // Whether token k is a plural noun that is also a verb's "-s" form, and no verb of saying or
  // thinking: "posts" in "over posts she shared in 2021".
  bool plural_noun_not_saying(uint32_t k) const;
  // The token after an act's term when one follows it ("sentenced to [eight years in prison]"),
  // else `end`: a time right after the term is the act's own.
  uint32_t term_end(uint32_t end) const;
  // Whether the place at token t is where a journey began or ended ("returned from Berlin",
  // "a flight to Bogota", "left for Panama") or what someone fled ("fled the war in Ukraine").
  bool journey_end(uint32_t t, uint32_t sentence_first) const;
  int body_placed_by(const Mention& place) const;
  // Whether a perpetrator is another body of the kind the story's place was told for,
  // introduced in sentence s ("A military court ..." after "an Istanbul court").
  bool done_by_another_placed_body(const std::vector<std::string>& perpetrators,
                                   const Sentence& s) const;
  bool inside_a_name(const TimeExpression& t) const;
  // The last date with a year written before x in its paragraph (see the .cc).
  const TimeExpression* latest_date_before(const TimeExpression& x, uint32_t paragraph) const;
  const TimeExpression* written_year_before(const TimeExpression& x, uint32_t paragraph) const;
  const TimeExpression* story_date_before(uint32_t sentence) const;
  // Whether token t lies in a relative clause with no "that" after the act's object ("dissolved
  // the organisation she founded in 2011").
  bool in_contact_relative(uint32_t t, uint32_t trigger_end) const;
  // Whether token t lies in a relative clause between commas (", who had lived there since
  // 2016,") that does not hold token trigger; closed_only: only a clause a comma closes before
  // the sentence ends.
  bool in_other_relative_clause(uint32_t t, uint32_t trigger, const Sentence& s,
                                bool closed_only = false) const;
  // "a constable of the 2011 intake", "a black 2017 Lada": a year between a determiner
  // (and maybe one adjective) and a noun names a thing, not when the act of the clause
  // happened. Not "the 2019 protests" for the protest, nor "in a 2015 drone strike".
  bool year_modifier(const TimeExpression& x, uint32_t trigger) const;
  // "charged over protests in 2019": a bare year right after a noun for a happening
  // (data/time/happenings.tsv) after the trigger's words dates the happening, not the act;
  // not "staged a protest in 2019", where the noun is the trigger's own.
  bool happening_year(const TimeExpression& x, uint32_t trigger_end) const;
  // Whether x stands in a reason clause after the act, "for" and a gerund ("jailed for
  // sharing an article in 2021"), which dates the deed punished, not the act.
  bool in_reason_clause(const TimeExpression& x, uint32_t trigger_end) const;
  // "said on Wednesday that guards beat them": a time between a speech verb (and maybe its
  // hearer) and the "that" of what was said dates the saying, not the act said, when the act
  // comes after the "that".
  uint32_t that_after_time(const TimeExpression& x, uint32_t trigger) const;
  bool where_the_speaker_is(uint32_t t, uint32_t place_end, uint32_t to) const;
  bool town_of_a_building(uint32_t t, const Mention& place, uint32_t to) const;
  bool dates_the_learning(const TimeExpression& x, uint32_t trigger) const;
  bool dates_the_saying(const TimeExpression& x, uint32_t trigger) const;
  // "his family said on Friday", "her lawyer told reporters on Wednesday": the speech verb
  // (and maybe its hearer) right before a time, or UINT32_MAX. Such a time dates the saying.
  uint32_t speech_before_time(const TimeExpression& x) const;
  // "detained 43 people overnight": the act was the night before the time of its report.
  bool overnight_before(uint32_t trigger, uint32_t to) const;
  // "ALMATY, May 16 — ...": the date of a date line opening a paragraph.
  bool in_dateline(const TimeExpression& x) const;
  bool next_step_time(const TimeExpression& x) const;
  bool left_from(const Mention& m, uint32_t sentence_first) const;
  // "born on 26/04/1991", "born in 1987", "date of birth: 3 May 1990", "(b. 1962)": a date of
  // birth, which dates no act and no later sentence of the story.
  bool birth_date(const TimeExpression& x) const;
  bool someone_elses_residence(uint32_t t, uint32_t sentence_first,
                               const std::vector<std::string>& victims) const;
  bool describes_another(uint32_t t, uint32_t place_end, uint32_t sentence_first,
                         const std::vector<std::string>& victims) const;
  // media: state media may be the actor (shaming, censorship).
  // hands_on: the act is one a court orders but does not do (an arrest, a beating); then a
  // court named in a sentence before is passed over.
  bool ordered_by_court(uint32_t sentence, uint32_t trigger) const;
  bool denies(uint32_t sentence) const;
  bool speaks_before(uint32_t sentence, int e, uint32_t trigger) const;
  bool own_operation(uint32_t sentence) const;
  bool list_item(uint32_t sentence) const;
  std::vector<std::string> state_actor_near(uint32_t sentence, bool media, bool hands_on,
                                            uint32_t trigger, bool reduced = false,
                                            bool crime = false) const;
  // Whether the sentence tells of an investigation ("opened an investigation", "a probe").
  bool investigates(uint32_t sentence) const;
  // Whether the sentence tells of suspects ("arrested three men suspected of killing X").
  bool holds_suspects(uint32_t sentence) const;
  // Whether the sentence's first state actor only speaks: says, declines to comment, holds a
  // press conference.
  bool only_comments(uint32_t sentence) const;
  // Whether entity e is named in the sentence right before "denied", ahead of the trigger.
  bool denies_before(uint32_t sentence, int e, uint32_t trigger) const;
  // A court, judge or tribunal (by a word of its name).
  bool judicial(int entity) const;
  // The first state actor named in sentence s that may be a doer (not one criticised, spoken
  // to, or in charge of an inquiry), or -1. Kept by sentence (state_actors_): every act of a
  // sentence, and of the three after it, may ask.
  int state_actor_in(uint32_t s, bool media) const;
  int first_state_actor_in(uint32_t s, bool media) const;
  bool only_reports(const Mention& m, uint32_t sentence_end) const;
  bool cited_as_source(uint32_t t, uint32_t sentence_first) const;
  int lead_of_headline(uint32_t sentence) const;
  // A non-state or unknown actor named in the sentence ("from unknown people"); -1 when none.
  // Kept by sentence (unknown_actors_).
  int unknown_actor_in(uint32_t sentence) const;
  int first_unknown_actor_in(uint32_t sentence) const;
  // Whether the state actor at token t is the object of criticism ("criticising the governor").
  bool criticised(uint32_t t, uint32_t sentence_first) const;
  bool expression_noun(uint32_t t) const;
  // "President X", "the arrest of former minister X": a state actor's word right before a
  // person's name titles the name; it names no actor.
  bool titles_a_name(const Mention& m) const;
  // Whether the state actor at token t is spoken to ("told the judge that he was beaten").
  bool addressed(uint32_t t, uint32_t sentence_first) const;
  void reason_for(Event* ev, uint32_t trigger_end, uint32_t sentence) const;

  const DocumentContext& ctx_;
  const AnnotatedText& at_;
  CivilDate reference_;
  DateValue narrative_;  // the date the story is at
  uint32_t narrative_sentence_ = 0;
  CivilDate last_day_;              // the last date with a day, for "one day before"
  uint32_t last_day_sentence_ = 0;  // and the sentence that gave it
  // The last anchored expression resolved ("two days earlier"), by its start, and its value.
  uint32_t anchored_start_ = UINT32_MAX;
  CivilDate anchored_value_;
  // The state actor the document mentions most; with hands_on, not counting courts.
  int main_state_actor(bool hands_on);
  int main_state_actor_ = -1;
  int main_hands_on_actor_ = -1;
  bool main_counted_ = false;
  std::vector<bool> media_;                 // by entity: a state media outlet
  bool year_written_ = false;               // whether the last date_for() read a written year
  bool open_end_ = false;                   // and whether it was "since" a date
  bool carried_ = false;                    // and whether it was the story's date carried on
  std::string narrative_type_;              // the type of the act that dated the story last
  bool month_written_ = false;              // and whether it named its month
  bool narrative_month_written_ = false;    // whether the narrative's date named its month
  int narrative_place_ = -1;                // entity index of the last event's place
  uint32_t narrative_place_paragraph_ = 0;  // and the paragraph it was named in
  int narrative_place_body_ = -1;           // and the state actor it was the place of, if any
  // The answers of state_actor_in (by sentence and media) and unknown_actor_in: they read only
  // the document's mentions and entities, which do not change while events are completed.
  mutable SentenceAnswers state_actors_{at_.sentences.size(), 2};
  mutable SentenceAnswers unknown_actors_{at_.sentences.size()};
};

}  // namespace casebook
