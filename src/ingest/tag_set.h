// Sets of gumbo tags as constant lookup tables, shared by the HTML page reader (html_page.cc)
// and its fast path for plain pages (plain_html.cc).
#pragma once

#include <gumbo.h>

#include <array>
#include <initializer_list>

namespace casebook {

using TagSet = std::array<bool, GUMBO_TAG_LAST + 1>;

constexpr TagSet make_tag_set(std::initializer_list<GumboTag> tags) {
  TagSet s{};
  for (GumboTag t : tags) s[t] = true;
  return s;
}

}  // namespace casebook
