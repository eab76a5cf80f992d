// The audit chain: every write to the store (ingest, merge, unmerge, rekey) appends a row
// whose hash covers the previous row's hash, so editing or deleting any row breaks the chain.
#pragma once

#include <string>
#include <string_view>

#include "casebook/status.h"
#include "store/sqlite_db.h"

namespace casebook {

// Appends one row inside the caller's transaction. `detail` is a short JSON object.
Status audit_append(Db* db, std::string_view action, std::string_view detail);

struct AuditReport {
  int64_t rows = 0;
  bool ok = true;
  std::string problem;  // the first break found, e.g. "row 3: hash does not match its fields"
};

// Recomputes the whole chain and checks it against the recorded head (the last row's seq
// and hash, kept in meta), which is what catches a deleted last row.
AuditReport audit_verify(Db* db);

}  // namespace casebook
