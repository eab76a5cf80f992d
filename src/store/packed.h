// Packed columns: documents.raw and documents.extraction are kept zstd-compressed (schema
// version 6), and read back through the SQL function casebook_unpack(), registered on every
// store connection.
#pragma once

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "casebook/status.h"

namespace casebook {

// zstd's level for every packed column. -1, the first of zstd's fast levels: storing a
// document costs 2% fewer instructions than at level 1 (the extraction JSON's packing 318 ->
// 268 thousand, the raw bytes' 97 -> 77) for a store 0.5% larger; -5 saved 0.5% more for a
// store 5% larger (bench/README.md, "ninth pass"). Frames of any level unpack alike, so
// stores written at level 1 or 3 read as before.
constexpr int kPackLevel = -1;

// A zstd frame of `bytes`, at kPackLevel.
std::string pack(std::string_view bytes);

// The bytes of a zstd frame made by pack(). InvalidInput when `frame` is not one.
Result<std::string> unpack(std::string_view frame);

// A zstd frame of `bytes` that may refer back into `prefix`, for bytes that hold text stored
// beside them: documents.raw against documents.text, where a text or front-matter report's raw
// bytes then take tens of bytes instead of a second compressed copy of the text. Unpacked only
// with the same prefix (unpack_against, casebook_raw).
std::string pack_against(std::string_view bytes, std::string_view prefix);

// The bytes of a frame made by pack_against() with `prefix`, or by pack(). InvalidInput when
// `frame` is not one, or `prefix` is not the one it was packed against.
Result<std::string> unpack_against(std::string_view frame, std::string_view prefix);

// Registers casebook_pack(x), casebook_unpack(x), casebook_unpack(x, 'text') and
// casebook_raw(raw, text) on `db`.
// casebook_unpack gives a TEXT value as it is and a BLOB unpacked, as a BLOB or, with 'text',
// as TEXT: casebook_unpack(raw) is the raw bytes, casebook_unpack(extraction, 'text') the
// JSON. casebook_raw(raw, text) is documents.raw, packed against the text since version 8.
// A damaged frame is an SQL error.
int register_pack_functions(sqlite3* db);

}  // namespace casebook
