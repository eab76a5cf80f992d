// The case store's schema and its migrations. The version lives in schema_version; each
// migration moves the database one version forward inside the caller's transaction.
#pragma once

#include "casebook/status.h"
#include "store/sqlite_db.h"

namespace casebook {

inline constexpr int kSchemaVersion = 13;

// The schema version of an open database: 0 for a fresh file.
int schema_version(Db* db);

// Brings the database to kSchemaVersion, one migration at a time, in one transaction.
// A database newer than this casebook is refused rather than misread.
Status migrate(Db* db);

}  // namespace casebook
