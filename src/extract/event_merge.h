// Merging repeated acts: the events found in one document, in text order, with the acts a
// page tells more than once ("subjected to torture and inhuman treatment", a killing named
// again paragraphs later) folded into the first telling.
#pragma once

#include <cstdint>
#include <vector>

#include "casebook/extraction.h"
#include "extract/mention.h"

namespace casebook {

// "Subjected to torture, humiliation and inhuman treatment": one event, not three. The same
// type with the same victims in one paragraph is one act.
// trigger_tokens[i] is the first token of the trigger of (*events)[i]; victims and
// perpetrators are entity indexes of ctx.
void merge_repeats(const DocumentContext& ctx, const std::vector<uint32_t>& trigger_tokens,
                   std::vector<Event>* events);

}  // namespace casebook
