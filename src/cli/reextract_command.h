// `casebook reextract`: extracts the stored documents again from their stored bytes, after
// an upgrade of the engine, keeping review decisions (store/reextract.h).
#pragma once

#include "cli/store_open.h"

namespace casebook {

struct ReextractCommandOptions {
  StoreLocation where;
  bool all = false;  // also documents this engine already extracted
  int jobs = 1;
  int batch = 100;  // documents per transaction
};

// Returns 0 when every document was extracted again (or needed nothing), 1 otherwise.
int run_reextract_command(const ReextractCommandOptions& options);

}  // namespace casebook
