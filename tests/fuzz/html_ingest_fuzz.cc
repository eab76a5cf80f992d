// Fuzz target: HTML bytes to a Document (gumbo, page-debris removal, <meta> dates and titles).
// Checks that the text is valid UTF-8 and that an error always carries a reason.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/utf8.h"
#include "fuzz_check.h"
#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  auto doc = casebook::ingest_document(raw, "page.html", {}, casebook::InputFormat::kHtml);
  if (!doc.ok()) {
    FUZZ_CHECK(!doc.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(casebook::is_valid_utf8(doc->text));
  FUZZ_CHECK(casebook::is_valid_utf8(doc->title));
  return 0;
}
