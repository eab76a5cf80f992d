// Prints a query's Table as an aligned text table, a JSON array of objects, or CSV
// (RFC 4180), so every query command supports --format table|json|csv the same way.
#pragma once

#include <string>

#include "store/queries.h"

namespace casebook {

// format: "table" | "json" | "csv". Table cells longer than `max_cell` characters are cut
// with an ellipsis; JSON and CSV are never cut.
std::string format_table(const Table& t, const std::string& format, size_t max_cell = 60);

// One CSV field, quoted when it holds a comma, quote or line break.
std::string csv_field(const std::string& s);

}  // namespace casebook
