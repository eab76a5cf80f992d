// Front matter: an optional metadata block at the top of a text document,
//   ---
//   title: ...
//   published: 2017-10-02
//   ---
// with keys title, published, url, source and language. The body starts after it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "casebook/status.h"

namespace casebook {

struct FrontMatter {
  std::string title;
  std::string published;  // as written; normalised by the caller
  std::string url;
  std::string source;
  std::string language;
  size_t body_offset = 0;  // byte offset of the body in the input
};

// Returns nullopt when the text has no front matter (it does not start with a "---" line).
// Returns an error when a block is opened but never closed, or a line is not "key: value".
// Unknown keys are ignored.
Result<std::optional<FrontMatter>> parse_front_matter(std::string_view text);

}  // namespace casebook
