// Whole-store exports: every document's extraction as JSON Lines, events as CSV, and events
// in ACLED-style columns (event_date, event_type, sub_event_type, actor1, actor2, country,
// location, source, notes), filtered like `casebook events`.
#pragma once

#include <cstdio>
#include <string>

#include "casebook/status.h"
#include "store/queries.h"

namespace casebook {

// format: "jsonl" | "csv" | "acled-csv". Writes to `out` as it goes (stores can be large).
Status export_store(Db* db, const std::string& format, const QueryFilters& filters, std::FILE* out);

}  // namespace casebook
