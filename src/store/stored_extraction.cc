// Reading the stored extraction JSON: spans' texts put back from the document's text, so
// export and the API give the JSON the extractor wrote without the store keeping it twice.
#include "store/stored_extraction.h"

#include <cstdint>

#include "casebook/status.h"
#include "model/json_writer.h"
#include "store/packed.h"

namespace casebook {
namespace {

// A span object, as the compact writer opens it. Inside a JSON string a quote is always
// escaped, so `{"start":` is never part of a string value: no false match.
constexpr std::string_view kSpanOpen = "{\"start\":";
constexpr std::string_view kSpanEnd = ",\"end\":";

// The digits at `at`, as a number; `at` moves past them. False when there are none.
bool read_offset(std::string_view s, size_t* at, uint64_t* value) {
  size_t i = *at;
  uint64_t v = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - *at < 10) v = v * 10 + (s[i++] - '0');
  if (i == *at) return false;
  *at = i;
  *value = v;
  return true;
}

void sql_extraction(sqlite3_context* ctx, int, sqlite3_value** argv) {
  int type = sqlite3_value_type(argv[0]);
  if (type == SQLITE_NULL) return sqlite3_result_null(ctx);
  const char* p = static_cast<const char*>(sqlite3_value_blob(argv[0]));
  std::string_view column(p ? p : "", static_cast<size_t>(sqlite3_value_bytes(argv[0])));
  std::string unpacked;
  if (type == SQLITE_BLOB) {
    Result<std::string> out = unpack(column);
    if (!out.ok()) return sqlite3_result_error(ctx, out.status().message().c_str(), -1);
    unpacked = std::move(*out);
    column = unpacked;
  }
  const char* t = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
  std::string_view text(t ? t : "", static_cast<size_t>(sqlite3_value_bytes(argv[1])));
  std::string json = extraction_with_span_texts(column, text);
  sqlite3_result_text64(ctx, json.data(), json.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace

std::string extraction_with_span_texts(std::string_view stored, std::string_view text) {
  std::string out;
  out.reserve(stored.size() * 2);
  size_t copied = 0;
  for (size_t at = stored.find(kSpanOpen); at != std::string_view::npos;
       at = stored.find(kSpanOpen, at)) {
    size_t i = at + kSpanOpen.size();
    uint64_t start = 0, end = 0;
    bool lean = read_offset(stored, &i, &start) && stored.substr(i, kSpanEnd.size()) == kSpanEnd;
    if (lean) {
      i += kSpanEnd.size();
      lean = read_offset(stored, &i, &end) && i < stored.size() && stored[i] == '}' &&
             start <= end && end <= text.size();
    }
    at = i;
    if (!lean) continue;
    out.append(stored.substr(copied, i - copied));
    out.append(",\"text\":");
    JsonWriter w(&out, -1);
    w.value(text.substr(start, end - start));
    copied = i;
  }
  out.append(stored.substr(copied));
  return out;
}

int register_extraction_function(sqlite3* db) {
  return sqlite3_create_function(db, "casebook_extraction", 2,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                 sql_extraction, nullptr, nullptr);
}

}  // namespace casebook
