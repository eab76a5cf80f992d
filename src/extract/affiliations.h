// Affiliation relations between people and organisations: leader, deputy leader, member,
// employee, and lawyer_of between people ("the party's deputy leader, Ana Lima",
// "Lima, a member of the union", "Lima's lawyer").
#pragma once

#include "extract/mention.h"

namespace casebook {

// Adds affiliation relations to ctx->relations (entity indexes as from/to).
void find_affiliations(DocumentContext* ctx);

}  // namespace casebook
