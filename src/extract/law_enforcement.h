// Law enforcement: the arrest, charge, trial or extradition of a suspect of an ordinary
// crime ("detained five suspects", "charged with murder") is police and court work, not
// repression. Such events keep their type and are flagged `law_enforcement`; the summary
// leaves them out (src/extract/summary.cc) and the table and explain views show the flag.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "casebook/extraction.h"
#include "nlp/annotated_text.h"

namespace casebook {

// data/events/common_crimes.tsv: "suspect", "crime" or "political" for a word, else empty.
std::string_view crime_word(std::string_view lower);

// crime_word's answers for one document's tokens, kept by lower-cased word id as they are
// asked: the event finder asks about every token of an act's sentence, for each justice act
// in it, and a page repeats its words.
// A token with a kind (crime_word's answer not empty).
struct CrimeAt {
  uint32_t token = 0;
  std::string_view kind;
};

class CrimeWords {
 public:
  explicit CrimeWords(const AnnotatedText& at) : at_(at) {}
  // crime_word(at.lower[t]).
  std::string_view of(uint32_t t);
  // The tokens of sentence s with a kind, in the text's order. Kept for the sentence last
  // asked: names_ordinary_crime reads the sentence of each justice act, and most words have
  // no kind, so the acts of one sentence read its few crime words instead of all its tokens.
  std::span<const CrimeAt> in_sentence(const Sentence& s);

 private:
  const AnnotatedText& at_;
  std::vector<uint8_t> asked_;  // by word id: 1 once kinds_ holds the answer
  std::vector<std::string_view> kinds_;
  uint32_t listed_first_ = UINT32_MAX, listed_end_ = 0;  // the sentence listed_ is of
  std::vector<CrimeAt> listed_;
};

// The types a justice act can have: arrest_detention, prosecution, deportation_extradition.
bool is_justice_type(std::string_view type);

// Whether the act of type `type` whose trigger ends at token `trigger_end` of sentence `s`
// is told as police work on an ordinary crime: a suspect named in the sentence, or a crime
// after the act tied to it ("for", "with", "over", "in connection with", "on ... charges",
// "of" right after the act or after a word of the charge; beyond 16 words only "for"). A
// political charge anywhere in the sentence ("on suspicion of sedition and fraud") keeps it
// repression, and so does a crime denied ("not for bribery"). `words`, when
// given, is the document's CrimeWords (the same answers, each word looked up once).
bool names_ordinary_crime(const AnnotatedText& at, std::string_view type, uint32_t trigger_end,
                          const Sentence& s, CrimeWords* words = nullptr);

// "X kidnapped a reporter in 2019. ... A court sentenced X to 15 years": the arrest, charge,
// trial or extradition of people one of whom did an act of violence the document tells is
// justice for that act. `entities` are the document's, indexed by the events' victim and
// perpetrator ids (entity indexes before the pipeline numbers them).
void mark_justice_for_violence(const std::vector<Entity>& entities, std::vector<Event>* events);

// A report whose specific arrests, charges and trials are at least half police work on
// crimes tells a crime story: its other arrests and charges ("Moreau was arrested in
// Nevada", "the arrest was confirmed by police") are the same police work.
// There, someone gone missing is the crime the police investigate: the disappearance is
// marked too, and the state actors taken as its doers (by `entities`, the document's, when
// given) are dropped.
void mark_justice_story(std::vector<Event>* events, const std::vector<Entity>* entities = nullptr);

}  // namespace casebook
