// `casebook extract`: documents in, one extraction per document out (json, jsonl or table).
#pragma once

#include <string>
#include <vector>

namespace casebook {

struct ExtractCommandOptions {
  std::string format = "json";  // json | jsonl | table
  std::string date;             // --date YYYY-MM-DD
  int jobs = 1;
  size_t max_bytes = 20u << 20;
  std::vector<std::string> paths;
};

// Returns the process exit code: 0 all documents done, 1 some failed.
int run_extract_command(const ExtractCommandOptions& options);

}  // namespace casebook
