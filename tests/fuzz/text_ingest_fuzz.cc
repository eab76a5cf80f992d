// Fuzz target: plain text with optional front matter to a Document (encoding checks and
// repair, front matter, published-date normalisation).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"
#include "fuzz_check.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  auto doc = casebook::ingest_document(raw, "report.txt", {}, casebook::InputFormat::kText);
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(casebook::is_valid_utf8(doc->text));
  FUZZ_CHECK(doc->text.size() <= size * 3);  // repair turns one byte into at most U+FFFD
  return 0;
}
