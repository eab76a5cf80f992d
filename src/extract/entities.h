// Entities: mentions linked into the people, organisations, state actors, groups and places
// of one document (in-document coreference), with their attributes, plus quotes and the
// kinship relations that unnamed relatives bring.
#pragma once

#include <vector>

#include "casebook/extraction.h"
#include "extract/mention.h"

namespace casebook {

// Links every mention to an entity (filling ctx->entities and mention.entity), resolves
// pronouns and relatives, finds quotes and their speakers, and records kinship relations in
// ctx->relations.
void build_entities(DocumentContext* ctx, std::vector<Quote>* quotes);

}  // namespace casebook
