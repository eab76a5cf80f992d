// Confidential records: a document or a person marked confidential. A document is
// *restricted* when it is marked, or when it names a person who is; every fact drawn from a
// restricted document (entities, events, relations, snippets, counts) is withheld from
// viewers. These helpers give the flags and the SQL conditions every viewer query uses.
#pragma once

#include <cstdint>
#include <string>

#include "casebook/status.h"
#include "store/sqlite_db.h"

namespace casebook {

// Audited with the acting user. NotFound for an unknown document or person cluster.
Status set_document_confidential(Db* db, int64_t doc, bool confidential, const std::string& actor);
Status set_cluster_confidential(Db* db, int64_t cluster, bool confidential,
                                const std::string& actor);

// Brings this connection's TEMP table of restricted document ids up to date: rebuilt when
// another connection committed (PRAGMA data_version) or this one wrote since the last build,
// otherwise left alone. Run it inside the read transaction of the queries that use it, so
// both see one snapshot. Every query using restricted_doc_sql needs it first.
Status refresh_restricted(Db* db);

// SQL true when the document whose id is the SQL expression `doc` is restricted (one probe
// of the TEMP table; see refresh_restricted).
std::string restricted_doc_sql(const std::string& doc);

// SQL true when the cluster `cluster` (an id expression) may be shown to a viewer: it is not
// confidential and at least one of its entities comes from an unrestricted document.
std::string viewer_cluster_sql(const std::string& cluster);

}  // namespace casebook
