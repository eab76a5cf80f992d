// A fast path for plain, well-formed HTML pages: builds the very tree gumbo would build, in an
// arena, or gives up so that gumbo parses the page. Gumbo spends ~500 instructions a byte.
#pragma once

#include <gumbo.h>

#include <string_view>

#include "core/arena.h"

namespace casebook {

// Parses html into gumbo's node structures allocated in *arena and returns the <html>
// element (what GumboOutput::root would be), or nullptr when the page uses anything whose
// handling this parser does not reproduce exactly: tables, forms, <pre>, misnested or
// unclosed tags that HTML's error recovery would rearrange, character references other than
// the common ones, carriage returns, control characters, invalid UTF-8, nesting deeper than
// 512 elements. Linear in the input. The tree is then
// equal to gumbo's node for node (type, tag, attributes in order, decoded text), which
// tests/ingest/plain_html_test.cc checks. Nodes stay valid until the arena is reset.
// Not thread-safe for one arena; pure otherwise.
const GumboNode* parse_plain_html(std::string_view html, Arena* arena);

}  // namespace casebook
