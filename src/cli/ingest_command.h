// `casebook ingest`: documents into the case store, extraction included, in batches.
#pragma once

#include <string>
#include <vector>

#include "cli/store_open.h"
#include "store/batch_size.h"

namespace casebook {

struct IngestCommandOptions {
  StoreLocation where;
  std::string date;  // reference date for documents without one
  int jobs = 1;
  // Documents per transaction, at most; a batch also ends at kBatchBytes of raw input and text
  // (store/batch_size.h).
  int batch = static_cast<int>(kBatchDocuments);
  size_t max_bytes = 20u << 20;
  // Extract documents already stored again even when this engine stored them (a stored
  // document from another engine version is always extracted again).
  bool reextract = false;
  double doc_timeout = 10;  // seconds a document may take to extract (as extract --doc-timeout)
  std::vector<std::string> paths;
};

// Returns 0 when every document was stored (or already there), 1 otherwise.
int run_ingest_command(const IngestCommandOptions& options);

}  // namespace casebook
