// Fuzz target: the plain-page fast path against gumbo. Whenever the fast path accepts the
// bytes, its tree must be gumbo's, node for node (tests/ingest/gumbo_tree_diff.h).
#include <gumbo.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "../ingest/gumbo_tree_diff.h"
#include "core/arena.h"
#include "fuzz_check.h"
#include "ingest/plain_html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view html(reinterpret_cast<const char*>(data), size);
  casebook::Arena arena;
  const GumboNode* fast = casebook::parse_plain_html(html, &arena);
  if (fast == nullptr) return 0;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string difference = casebook::gumbo_tree_difference(fast, out->root, "html");
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  if (!difference.empty()) std::fprintf(stderr, "%s\n", difference.c_str());
  FUZZ_CHECK(difference.empty());
  return 0;
}
