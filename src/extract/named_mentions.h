// Named mentions: people, organisations and places found in runs of capitalised words.
#pragma once

#include "extract/mention.h"

namespace casebook {

// Finds acronym definitions, international bodies, organisations, places and people.
void find_named_mentions(DocumentContext* ctx);

}  // namespace casebook
