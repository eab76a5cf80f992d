// The JSON form of an Extraction (design/extraction-json.md, schema casebook.extraction/1).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "casebook/extraction.h"

namespace casebook {

inline constexpr const char* kExtractionSchema = "casebook.extraction/1";

// One line (indent < 0) or pretty-printed (indent >= 0). Field order follows the contract,
// so output is stable and diff-friendly. Invalid UTF-8 cannot occur: ingest repairs it, and
// every span is cut on token boundaries.
std::string extraction_to_string(const Extraction& x, int indent = -1);

// The one-line form with every span's "text" left out where it is the document's text at the
// span's bytes, as the store keeps it: the store puts those texts back from the document's
// text when it is read (store/stored_extraction.h), byte for byte the output above.
std::string extraction_to_stored_string(const Extraction& x);

// The same as a JSON value, for tests and tools (parses the string form).
nlohmann::ordered_json extraction_to_json(const Extraction& x);

}  // namespace casebook
