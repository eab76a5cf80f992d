// The extraction JSON as the store keeps it (schema version 8): spans without the text that is
// the document's own at their bytes, put back when read, so every reader gets today's JSON.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace casebook {

// `stored` (from extraction_to_stored_string, or a whole JSON from an older store) with each
// span that lacks its "text" given the text of `text` at its bytes: byte for byte what
// extraction_to_string wrote. A span whose bytes are not in `text` is left as it is.
std::string extraction_with_span_texts(std::string_view stored, std::string_view text);

// Registers casebook_extraction(extraction, text) on `db`: the column unpacked (a BLOB) or
// as it is (TEXT, from before version 6), with its spans' texts put back from `text`.
int register_extraction_function(sqlite3* db);

}  // namespace casebook
