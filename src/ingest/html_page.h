// HTML page to main text and metadata: parses with gumbo, drops page furniture (navigation,
// cookie banners, share widgets, ads, comments), and reads title, date, URL, site and language.
#pragma once

#include <string>
#include <string_view>

#include "casebook/status.h"

namespace casebook {

// Pages nested deeper than this are refused (gumbo's tree building is quadratic in depth).
inline constexpr int kMaxHtmlDepth = 2000;

struct HtmlPage {
  std::string text;       // main text, blocks separated by blank lines ("\n\n"), UTF-8
  std::string title;      // og:title, else <title>, else first <h1>; whitespace collapsed
  std::string published;  // normalised with normalize_published_date, "" if none
  std::string url;        // og:url or <link rel=canonical>, "" if none
  std::string site;       // og:site_name, "" if none
  std::string language;   // <html lang>, "" if none
};

// Parses html (UTF-8) with gumbo, or for plain well-formed pages with the fast path of
// plain_html.h, which builds the same tree at a twentieth of the cost. Returns Status::InvalidInput
// with a short reason
// ("HTML nesting deeper than 2000 levels", "no text found in HTML page") instead of crashing
// on pathological input. The text comes from the page's <article> (or the <main> holding
// it; the first article when there are several), else <main>, else <body>.
// Pure function; safe to call from many threads. Linear in the input, except that the
// nesting guard bounds gumbo's own cost on deep trees.
Result<HtmlPage> parse_html_page(std::string_view html);

}  // namespace casebook
