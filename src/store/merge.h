// Cross-document merging of entities into clusters (one person, place or organisation across
// documents), conservative and explained: every join records its reason in `merges`, and
// `unmerge` undoes one. Incidents join events of one happening across documents.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "casebook/extraction.h"
#include "casebook/status.h"
#include "store/store.h"

namespace casebook {

// Local entity id ("p3") -> entities.id, for one document.
using EntityIds = std::unordered_map<std::string, int64_t>;

// Gives every entity of a just-stored document a cluster: an existing one when its keys
// match exactly one cluster of its kind (people also need no conflicting sex), else a new one.
// Unnamed relatives ("father of X") join when X joined and the kin is the same.
Status link_entities(Db* db, const Extraction& x, const EntityIds& ids, IngestCounts* counts);

// Gives every event of a just-stored document an incident: events of one type whose victims
// share a person and whose dates and places are compatible are one incident. Generic events
// get an incident of their own; negated and hypothetical ones get none.
Status link_events(Db* db, const Extraction& x, const EntityIds& ids,
                   const std::vector<int64_t>& event_ids);

// Moves the merged entity to a cluster of its own and marks the merge undone; relatives whose
// merge rested on it follow. NotFound for an unknown or already undone merge.
Status unmerge_entity(Db* db, int64_t merge_id);

}  // namespace casebook
