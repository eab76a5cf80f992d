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
#include "store/cluster_key_memo.h"
#include "store/store.h"

namespace casebook {

// What linking chose for one entity of a document about to be stored.
struct EntityLink {
  int64_t cluster = 0;
  std::vector<std::string> keys;  // the keys it answers to ("person:...", "kin:father:7")
  bool merged = false;            // joined an existing cluster (else one of its own)
  std::string reason;             // why, for the merges row
  int depends_on = -1;            // the entity (index) whose merge this relative's rests on
};

// Gives every entity of a document about to be stored a cluster, before its row is written:
// an existing one when its keys match exactly one cluster of its kind (people also need no
// conflicting sex), else a new one. Unnamed relatives ("father of X") join when X joined and
// the kin is the same. Writes clusters and their keys only; `links` is by entity index. The
// keys' lookups are answered from `memo`, the open batch's, when it has them, and kept there.
Status choose_clusters(Db* db, const Extraction& x, IngestCounts* counts,
                       std::vector<EntityLink>* links, ClusterKeyMemo* memo);

// A merge made while storing a document: the merges row, the entity and the cluster it joined.
struct MergeMade {
  int64_t merge = 0;
  int64_t entity = 0;
  int64_t cluster = 0;
};

// Once the entity rows exist (`entity_ids` by index): their keys, and a merges row with its
// reason for each merge chosen, each also appended to `merges` for the caller's one audit row
// of the document.
Status record_merges(Db* db, const Extraction& x, const std::vector<EntityLink>& links,
                     const std::vector<int64_t>& entity_ids, std::vector<MergeMade>* merges);

// `merges` as the audit rows list them: [{"cluster":C,"entity":E,"merge":M},...].
nlohmann::json merges_json(const std::vector<MergeMade>& merges);

// What an event about to be stored brings to the incident it joins: its place (entity id,
// that entity's cluster and type, and the event's country) and its victims' clusters.
struct IncidentFacts {
  int64_t location = 0;
  int64_t location_cluster = 0;
  std::string place_type;
  std::string country;
  std::vector<int64_t> victims;
};

// The incident an event about to be stored joins: events of one type whose victims share a
// person and whose dates and places are compatible are one incident. Generic events get an
// incident of their own; negated and hypothetical ones none (0). A joined incident is refined
// by the event's date and place, and learns its victims.
Result<int64_t> choose_incident(Db* db, const Event& v, const IncidentFacts& facts);

// Splits the incidents in which the entity is a victim into groups of events that still
// share a victim (by cluster), after the entity's cluster changed; `made` counts the new
// incidents. Dates and places of each incident are taken again from its events.
Status split_incidents_of(Db* db, int64_t entity, int* made);

// Moves the merged entity to a cluster of its own and marks the merge undone; relatives whose
// merge rested on it follow, and incidents that rested on it split. NotFound for an unknown or
// already undone merge.
Status unmerge_entity(Db* db, int64_t merge_id);

}  // namespace casebook
