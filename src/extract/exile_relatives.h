// Exiles and their relatives at home: the "political hostages" pattern. A person the text
// calls an exile (a role noun such as "refugee", "exiled X", "X, who lives in exile") gets
// the role `exile`, and every relative linked to them by kinship gets `relative_of_exile`.
#pragma once

#include "extract/mention.h"

namespace casebook {

// Adds the roles to ctx->entities, once kinship relations are known.
void mark_relatives_of_exiles(DocumentContext* ctx);

}  // namespace casebook
