// Front matter parser: a small "key: value" block between two "---" lines.
#include "ingest/front_matter.h"

namespace casebook {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

std::string_view unquote(std::string_view s) {
  if (s.size() >= 2 &&
      ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\''))) {
    return s.substr(1, s.size() - 2);
  }
  return s;
}

bool is_fence(std::string_view line) { return trim(line) == "---"; }

}  // namespace

Result<std::optional<FrontMatter>> parse_front_matter(std::string_view text) {
  size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // byte-order mark
  size_t eol = text.find('\n', pos);
  if (eol == std::string_view::npos || !is_fence(text.substr(pos, eol - pos))) {
    return std::optional<FrontMatter>();
  }
  FrontMatter fm;
  pos = eol + 1;
  int line_no = 1;
  while (pos <= text.size()) {
    ++line_no;
    eol = text.find('\n', pos);
    bool last = eol == std::string_view::npos;
    std::string_view line = text.substr(pos, (last ? text.size() : eol) - pos);
    if (is_fence(line)) {
      fm.body_offset = last ? text.size() : eol + 1;
      return std::optional<FrontMatter>(std::move(fm));
    }
    std::string_view t = trim(line);
    if (!t.empty() && t[0] != '#') {
      size_t colon = t.find(':');
      if (colon == std::string_view::npos || colon == 0) {
        return Status::InvalidInput("front matter line " + std::to_string(line_no) +
                                    " is not 'key: value'");
      }
      std::string_view key = trim(t.substr(0, colon));
      std::string value(unquote(trim(t.substr(colon + 1))));
      if (key == "title")
        fm.title = value;
      else if (key == "published" || key == "date")
        fm.published = value;
      else if (key == "url")
        fm.url = value;
      else if (key == "source")
        fm.source = value;
      else if (key == "language" || key == "lang")
        fm.language = value;
    }
    if (last) break;
    pos = eol + 1;
  }
  return Status::InvalidInput("front matter opened with '---' is never closed");
}

}  // namespace casebook
