// Reading the project's TSV data files: one row a line, tab-separated fields, blank lines
// and lines starting with '#' skipped. Fields are views into the file's bytes.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace casebook {

using TsvRow = std::vector<std::string_view>;

// Calls on_row for every data row of tsv, in order.
void for_each_tsv_row(std::string_view tsv, const std::function<void(const TsvRow&)>& on_row);

// The embedded data file at path (relative to data/), row by row; a missing file is an
// internal error that aborts start-up, since data/ is compiled in.
void for_each_data_row(std::string_view path, const std::function<void(const TsvRow&)>& on_row);

}  // namespace casebook
