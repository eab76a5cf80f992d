// The wall clock, in one place: the store stamps reviews, merges and audit rows with it.
// Extraction never reads it ("now" for a document is its reference date).
#pragma once

#include <string>

namespace casebook {

// The current UTC time as ISO-8601, "2026-11-26T17:04:00Z".
std::string utc_now();

}  // namespace casebook
