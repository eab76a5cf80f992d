// casebook_span(): a span's passage read from the document's text, so event, relation,
// statistic and quote rows need not keep a copy of it (schema version 11).
#include "store/span_text.h"

#include <cstdint>

namespace casebook {
namespace {

void sql_span(sqlite3_context* ctx, int, sqlite3_value** argv) {
  for (int i = 0; i < 3; ++i) {
    if (sqlite3_value_type(argv[i]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  }
  // Byte offsets: the text is read as UTF-8 bytes, never counted in characters as substr() is.
  const unsigned char* t = sqlite3_value_text(argv[0]);
  int64_t size = sqlite3_value_bytes(argv[0]);
  int64_t start = sqlite3_value_int64(argv[1]), end = sqlite3_value_int64(argv[2]);
  if (!t || start < 0 || start > end || end > size) return sqlite3_result_null(ctx);
  sqlite3_result_text64(ctx, reinterpret_cast<const char*>(t) + start,
                        static_cast<sqlite3_uint64>(end - start), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

bool span_is_in_text(std::string_view text, const Span& s) {
  return s.start <= s.end && s.end <= text.size() &&
         text.substr(s.start, s.end - s.start) == s.text;
}

int register_span_function(sqlite3* db) {
  return sqlite3_create_function(db, "casebook_span", 3,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                 sql_span, nullptr, nullptr);
}

}  // namespace casebook
