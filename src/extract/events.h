// Events: triggers from data/events/triggers.tsv found in the text, with their victims,
// perpetrators, date, place, reason, outcome and flags (negated, hypothetical, generic).
// Victims and perpetrators are entity indexes until the pipeline numbers the entities.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "casebook/extraction.h"
#include "extract/mention.h"

namespace casebook {

// What the event finder asks the trigger lexicon about a word token's forms (its lemma,
// lower-cased form, verb and noun lemma, all the word's own), as a byte, never 0: whether any
// of them has trigger rows, and whether the lemma or the lower-cased form begins a cue. The
// pipeline gives it to annotate() as its LemmaNote, so each word is looked up once per thread
// instead of once per page; the finder trusts a non-zero byte in AnnotatedText::lemma_notes.
uint8_t trigger_forms_note(std::string_view lower, std::string_view verb, std::string_view noun);

// Finds the events of one document. Entities must be built first (build_entities).
void find_events(DocumentContext* ctx, const CivilDate& reference, std::vector<Event>* events);

}  // namespace casebook
