// Cross-document merging of entities into clusters (one person, place or organisation across
// documents), conservative and explained: every join records its reason in `merges`, and
// `unmerge` undoes one. Incidents join events of one happening across documents.
#pragma once

#include <nlohmann/json.hpp>
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
// Unnamed relatives ("father of X") join when X joined and the kin is the same. Each merge made
// is appended to `merges` as {merge, entity, cluster}, for the caller's one audit row of the
// document (its reason is in the merges table).
Status link_entities(Db* db, const Extraction& x, const EntityIds& ids, IngestCounts* counts,
                     nlohmann::json* merges);

// Gives every event of a just-stored document an incident: events of one type whose victims
// share a person and whose dates and places are compatible are one incident. Generic events
// get an incident of their own; negated and hypothetical ones get none.
Status link_events(Db* db, const Extraction& x, const EntityIds& ids,
                   const std::vector<int64_t>& event_ids);

// Splits the incidents in which the entity is a victim into groups of events that still
// share a victim (by cluster), after the entity's cluster changed; `made` counts the new
// incidents. Dates and places of each incident are taken again from its events.
Status split_incidents_of(Db* db, int64_t entity, int* made);

// Moves the merged entity to a cluster of its own and marks the merge undone; relatives whose
// merge rested on it follow, and incidents that rested on it split. NotFound for an unknown or
// already undone merge.
Status unmerge_entity(Db* db, int64_t merge_id);

}  // namespace casebook
