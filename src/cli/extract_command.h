// `casebook extract`: documents in, one extraction per document out (json, jsonl or table).
#pragma once

#include <string>
#include <vector>

namespace casebook {

// Seconds one document may take to extract before it fails and the batch goes on: far above
// what a real article needs (milliseconds), low enough that a pathological page cannot stall.
inline constexpr double kDefaultDocTimeoutSeconds = 10;

struct ExtractCommandOptions {
  std::string format = "json";  // json | jsonl | table
  std::string date;             // --date YYYY-MM-DD
  int jobs = 1;
  size_t max_bytes = 20u << 20;
  double doc_timeout = kDefaultDocTimeoutSeconds;  // --doc-timeout; 0 means none
  std::vector<std::string> paths;
};

// Returns the process exit code: 0 all documents done, 1 some failed.
int run_extract_command(const ExtractCommandOptions& options);

}  // namespace casebook
