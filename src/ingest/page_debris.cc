// Page debris removal that keeps byte offsets stable (see page_debris.h).
#include "ingest/page_debris.h"

#include <cctype>

namespace casebook {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// "1 / 1", "3/12", "12 of 40": a gallery counter.
bool is_counter(std::string_view s) {
  size_t i = 0;
  auto digits = [&]() {
    size_t b = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i > b && i - b <= 4;
  };
  auto spaces = [&]() {
    while (i < s.size() && s[i] == ' ') ++i;
  };
  if (!digits()) return false;
  spaces();
  if (i < s.size() && s[i] == '/') {
    ++i;
  } else if (s.substr(i, 2) == "of") {
    i += 2;
  } else {
    return false;
  }
  spaces();
  return digits() && i == s.size();
}

// "> <", "<", "»", "‹ ›", "← →", "|": navigation arrows and separators only.
bool is_arrows(std::string_view s) {
  if (s.empty()) return false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '<' || c == '>' || c == ' ' || c == '|' || c == '\t') {
      ++i;
      continue;
    }
    // « » (C2 AB, C2 BB), ‹ › (E2 80 B9/BA), ← → (E2 86 90/92)
    if (s.compare(i, 2, "\xC2\xAB") == 0 || s.compare(i, 2, "\xC2\xBB") == 0) {
      i += 2;
      continue;
    }
    if (s.compare(i, 3, "\xE2\x80\xB9") == 0 || s.compare(i, 3, "\xE2\x80\xBA") == 0 ||
        s.compare(i, 3, "\xE2\x86\x90") == 0 || s.compare(i, 3, "\xE2\x86\x92") == 0) {
      i += 3;
      continue;
    }
    return false;
  }
  return true;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

bool is_share_prompt(std::string_view s) {
  static constexpr std::string_view kPrompts[] = {
      "share",   "tweet", "share this", "share this article",
      "print",   "email", "read more",  "advertisement",
      "close",   "next",  "previous",   "back to top",
      "comments"};
  for (auto p : kPrompts) {
    if (equals_ignoring_case(s, p)) return true;
  }
  return false;
}

}  // namespace

bool is_debris_line(std::string_view line, std::string_view /*title*/) {
  std::string_view t = trim(line);
  if (t.empty()) return false;
  return is_counter(t) || is_arrows(t) || is_share_prompt(t);
}

int remove_page_debris(std::string* text, std::string_view title) {
  std::string_view ttl = trim(title);
  int touched = 0;
  // 1. Cut trailing debris, including the title repeated at the very end.
  while (true) {
    size_t end = text->size();
    while (end > 0 && std::isspace(static_cast<unsigned char>((*text)[end - 1]))) --end;
    // Nothing but white space left: searching back from 0 would find a '\n' at 0 and put
    // the line's start after its end.
    if (end == 0) {
      text->clear();
      break;
    }
    size_t begin = text->rfind('\n', end - 1);
    begin = begin == std::string::npos ? 0 : begin + 1;
    std::string_view last(text->data() + begin, end - begin);
    std::string_view t = trim(last);
    bool repeated_title = !ttl.empty() && t == ttl && begin > 0;
    if (!(is_debris_line(t, ttl) || repeated_title)) {
      text->resize(end);
      break;
    }
    text->resize(begin);
    ++touched;
  }
  // 2. Blank debris lines inside the text, keeping offsets.
  size_t pos = 0;
  while (pos < text->size()) {
    size_t eol = text->find('\n', pos);
    if (eol == std::string::npos) eol = text->size();
    std::string_view line(text->data() + pos, eol - pos);
    if (is_debris_line(line, ttl)) {
      for (size_t i = pos; i < eol; ++i) (*text)[i] = ' ';
      ++touched;
    }
    pos = eol + 1;
  }
  return touched;
}

}  // namespace casebook
