// Fuzz target: the front-matter parser on its own. The body offset must lie inside the input.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "ingest/front_matter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto fm = casebook::parse_front_matter(text);
  if (!fm.ok()) {
    FUZZ_CHECK(!fm.status().message().empty());
    return 0;
  }
  if (fm->has_value()) FUZZ_CHECK((*fm)->body_offset <= size);
  return 0;
}
