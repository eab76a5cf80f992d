// Curation by a person through `casebook serve`: deleting a document with everything drawn
// from it, merging two people (or organisations, places) by hand, and undoing a merge. Each
// runs in one transaction and is audited with the acting user.
#pragma once

#include <cstdint>
#include <string>

#include "casebook/status.h"
#include "store/sqlite_db.h"

namespace casebook {

// Removes the document, its entities, events, relations, statistics, quotes, search rows and
// reviews; clusters and incidents left empty go too. NotFound for an unknown document.
Status delete_document(Db* db, int64_t doc, const std::string& actor);

// Moves every entity of cluster `from` into `into` (same kind), one recorded merge each with
// the reason "manual merge by ACTOR: NOTE", so each can be undone. A confidential cluster
// keeps its people confidential: the merged cluster is confidential when either was.
// Returns the number of entities moved.
Result<int64_t> merge_clusters(Db* db, int64_t from, int64_t into, const std::string& note,
                               const std::string& actor);

// Undoes one recorded merge (store/merge.h) and keeps the confidential flag of the cluster
// the entity leaves on the cluster it gets.
Status unmerge_as(Db* db, int64_t merge_id, const std::string& actor);

}  // namespace casebook
