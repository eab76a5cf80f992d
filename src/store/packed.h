// Packed columns: documents.raw and documents.extraction are kept zstd-compressed (schema
// version 6), and read back through the SQL function casebook_unpack(), registered on every
// store connection.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "casebook/status.h"

namespace casebook {

// A zstd frame of `bytes` (level 1: the extraction JSON shrinks about threefold to sixfold).
std::string pack(std::string_view bytes);

// The bytes of a zstd frame made by pack(). InvalidInput when `frame` is not one.
Result<std::string> unpack(std::string_view frame);

// Registers casebook_pack(x), casebook_unpack(x) and casebook_unpack(x, 'text') on `db`.
// casebook_unpack gives a TEXT value as it is and a BLOB unpacked, as a BLOB or, with 'text',
// as TEXT: casebook_unpack(raw) is the raw bytes, casebook_unpack(extraction, 'text') the
// JSON. A damaged frame is an SQL error.
int register_pack_functions(sqlite3* db);

}  // namespace casebook
