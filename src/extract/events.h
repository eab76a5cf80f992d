// Events: triggers from data/events/triggers.tsv found in the text, with their victims,
// perpetrators, date, place, reason, outcome and flags (negated, hypothetical, generic).
// Victims and perpetrators are entity indexes until the pipeline numbers the entities.
#pragma once

#include <vector>

#include "casebook/extraction.h"
#include "extract/mention.h"

namespace casebook {

// Finds the events of one document. Entities must be built first (build_entities).
void find_events(DocumentContext* ctx, const CivilDate& reference, std::vector<Event>* events);

}  // namespace casebook
