// The token level of the plain-page fast path (see plain_html_lexer.h): byte checks, character
// references, tags and attributes, element text, comments and the doctype.
#include "ingest/plain_html_lexer.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/utf8.h"

namespace casebook {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// Bytes the text loop must stop at: markup, references, and what gives up (NUL, controls,
// carriage returns) or needs a closer look (lead bytes of C1 controls and noncharacters).
constexpr std::array<bool, 256> make_stops() {
  std::array<bool, 256> s{};
  for (int c = 0; c < 0x20; ++c) s[c] = !(c == '\t' || c == '\n' || c == '\f');
  s['<'] = s['&'] = s[0x7F] = s[0xC2] = s[0xEF] = true;
  for (int c = 0xF0; c <= 0xF4; ++c) s[c] = true;
  return s;
}
constexpr std::array<bool, 256> kStops = make_stops();

// False when the character at s[i], a byte from kStops, is one gumbo reports or replaces:
// controls other than tab, newline and form feed, C1 controls, noncharacters. s is valid UTF-8.
bool ordinary_at(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == '<' || c == '&') return true;
  if (c < 0xC2) return false;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);  // valid UTF-8: it exists
  if (c == 0xC2) return c1 >= 0xA0;
  unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
  if (c == 0xEF) return !((c1 == 0xB7 && c2 >= 0x90 && c2 <= 0xAF) || (c1 == 0xBF && c2 >= 0xBE));
  unsigned char c3 = static_cast<unsigned char>(s[i + 3]);
  return !((c1 & 0x0F) == 0x0F && c2 == 0xBF && c3 >= 0xBE);  // U+nFFFE, U+nFFFF
}

bool ordinary_characters(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (kStops[static_cast<unsigned char>(s[i])] && !ordinary_at(s, i)) return false;
  }
  return true;
}

// Named references decoded here; any other "&name" gives up.
struct NamedRef {
  std::string_view name;  // with its ';'
  std::string_view utf8;
};
constexpr NamedRef kNamedRefs[] = {{"amp;", "&"},
                                   {"lt;", "<"},
                                   {"gt;", ">"},
                                   {"quot;", "\""},
                                   {"apos;", "'"},
                                   {"nbsp;", "\xC2\xA0"},
                                   {"mdash;", "\xE2\x80\x94"},
                                   {"ndash;", "\xE2\x80\x93"},
                                   {"hellip;", "\xE2\x80\xA6"},
                                   {"lsquo;", "\xE2\x80\x98"},
                                   {"rsquo;", "\xE2\x80\x99"},
                                   {"ldquo;", "\xE2\x80\x9C"},
                                   {"rdquo;", "\xE2\x80\x9D"},
                                   {"copy;", "\xC2\xA9"}};

// The references HTML decodes even without their ';' ("&copy 2024"). A word after '&' that
// starts with one of these (compared ignoring case, to err on the side of giving up) is
// left to gumbo.
bool starts_with_legacy_reference(std::string_view word) {
  static constexpr std::string_view kLegacy[] = {
      "aelig",  "amp",    "aacute", "acirc",  "agrave", "aring", "atilde", "auml",   "copy",
      "ccedil", "eth",    "eacute", "ecirc",  "egrave", "euml",  "gt",     "iacute", "icirc",
      "igrave", "iuml",   "lt",     "ntilde", "oacute", "ocirc", "ograve", "oslash", "otilde",
      "ouml",   "quot",   "reg",    "thorn",  "uacute", "ucirc", "ugrave", "uuml",   "yacute",
      "acute",  "brvbar", "cedil",  "cent",   "curren", "deg",   "divide", "frac12", "frac14",
      "frac34", "iexcl",  "iquest", "laquo",  "macr",   "micro", "middot", "nbsp",   "not",
      "ordf",   "ordm",   "para",   "plusmn", "pound",  "raquo", "sect",   "shy",    "sup1",
      "sup2",   "sup3",   "szlig",  "times",  "uml",    "yen",   "yuml"};
  for (std::string_view legacy : kLegacy) {
    if (word.size() < legacy.size()) continue;
    bool match = true;
    for (size_t k = 0; k < legacy.size() && match; ++k) match = lower(word[k]) == legacy[k];
    if (match) return true;
  }
  return false;
}

}  // namespace

const char* PlainLexer::copy(std::string_view s) {
  char* p = static_cast<char*>(arena_->allocate(s.size() + 1));
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

// Decodes the reference at h_[i_] ('&'). A lone '&' stays, and so does "&word" not ending in
// ';' unless HTML would read a reference in it; a reference not in kNamedRefs, or a numeric
// one outside plain characters, gives up. In attribute values, "&name=" stays as it is
// (query strings: "?a=1&b=2").
bool PlainLexer::read_reference(bool in_attribute, std::string* out) {
  size_t j = i_ + 1;
  if (j >= h_.size() || !(is_alnum(h_[j]) || h_[j] == '#')) {
    out->push_back('&');
    ++i_;
    return true;
  }
  if (h_[j] == '#') {
    ++j;
    bool hex = j < h_.size() && (h_[j] == 'x' || h_[j] == 'X');
    if (hex) ++j;
    uint32_t cp = 0;
    size_t digits = 0;
    for (; j < h_.size() && digits < 7; ++j, ++digits) {
      char c = h_[j];
      uint32_t d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (hex && lower(c) >= 'a' && lower(c) <= 'f') {
        d = lower(c) - 'a' + 10;
      } else {
        break;
      }
      cp = cp * (hex ? 16 : 10) + d;
    }
    if (digits == 0 || j >= h_.size() || h_[j] != ';') return false;
    bool plain = cp == '\t' || cp == '\n' || (cp >= 0x20 && cp < 0x7F) ||
                 (cp >= 0xA0 && cp < 0xD800) || (cp >= 0xE000 && cp < 0xFDD0) ||
                 (cp > 0xFDEF && cp < 0xFFFE) ||
                 (cp >= 0x10000 && cp <= 0x10FFFF && (cp & 0xFFFE) != 0xFFFE);
    if (!plain) return false;
    append_utf8(static_cast<char32_t>(cp), out);
    i_ = j + 1;
    return true;
  }
  size_t e = j;
  while (e < h_.size() && is_alnum(h_[e])) ++e;
  if (in_attribute && e < h_.size() && h_[e] == '=') {
    out->append(h_.substr(i_, e - i_));
    i_ = e;
    return true;
  }
  if (e >= h_.size() || h_[e] != ';') {
    // "&catid" is text as it stands; "&copyright" would be read as "&copy" and "right".
    if (starts_with_legacy_reference(h_.substr(j, e - j))) return false;
    out->push_back('&');
    ++i_;
    return true;
  }
  std::string_view name = h_.substr(j, e + 1 - j);
  for (const NamedRef& r : kNamedRefs) {
    if (r.name == name) {
      out->append(r.utf8);
      i_ = e + 1;
      return true;
    }
  }
  return false;
}

bool PlainLexer::read_text(std::string* out) {
  while (i_ < h_.size()) {
    size_t start = i_;
    while (i_ < h_.size() && !kStops[static_cast<unsigned char>(h_[i_])]) ++i_;
    out->append(h_.substr(start, i_ - start));
    if (i_ >= h_.size()) break;
    unsigned char c = static_cast<unsigned char>(h_[i_]);
    unsigned char c1 = i_ + 1 < h_.size() ? static_cast<unsigned char>(h_[i_ + 1]) : 0;
    if (c == '<') {
      if (is_alpha(static_cast<char>(c1)) || c1 == '/' || c1 == '!' || c1 == '?') break;
      out->push_back('<');
      ++i_;
    } else if (c == '&') {
      if (!read_reference(false, out)) return false;
    } else if (c >= 0xC2) {  // valid UTF-8 (checked up front): give up on C1 and nonchars
      if (!ordinary_at(h_, i_)) return false;
      out->push_back(static_cast<char>(c));
      ++i_;
    } else {
      return false;  // NUL, other controls, carriage return
    }
  }
  return true;
}

// An attribute value after '=' (and spaces): quoted, or unquoted up to a space or '>'.
bool PlainLexer::read_attribute_value(std::string* out) {
  out->clear();
  char q = h_[i_];
  if (q == '>') return false;
  if (q == '"' || q == '\'') {
    ++i_;
    while (true) {
      size_t start = i_;
      while (i_ < h_.size() && h_[i_] != q && h_[i_] != '&' &&
             !(kStops[static_cast<unsigned char>(h_[i_])] && h_[i_] != '<')) {
        ++i_;
      }
      out->append(h_.substr(start, i_ - start));
      if (i_ >= h_.size()) return false;
      char c = h_[i_];
      if (c == q) break;
      if (c == '&') {
        if (!read_reference(true, out)) return false;
        continue;
      }
      // A byte from kStops: only ordinary UTF-8 passes.
      if (!ordinary_at(h_, i_)) return false;
      out->push_back(c);
      ++i_;
    }
    ++i_;
    return i_ < h_.size() && (is_html_space(h_[i_]) || h_[i_] == '>' || h_[i_] == '/');
  }
  while (i_ < h_.size() && !is_html_space(h_[i_]) && h_[i_] != '>') {
    char c = h_[i_];
    if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`' ||
        kStops[static_cast<unsigned char>(c)]) {
      return false;
    }
    out->push_back(c);
    ++i_;
  }
  return i_ < h_.size();
}

bool PlainLexer::read_tag(bool* end_tag) {
  ++i_;
  *end_tag = h_[i_] == '/';
  if (*end_tag) ++i_;
  if (i_ >= h_.size() || !is_alpha(h_[i_])) return false;
  tag_name_.clear();
  attrs_.clear();
  while (i_ < h_.size() && !is_html_space(h_[i_]) && h_[i_] != '/' && h_[i_] != '>') {
    char c = h_[i_++];
    if (c == '<' || c == '"' || c == '\'' || kStops[static_cast<unsigned char>(c)]) return false;
    tag_name_.push_back(lower(c));
  }
  while (true) {
    while (i_ < h_.size() && is_html_space(h_[i_])) ++i_;
    if (i_ >= h_.size()) return false;
    if (h_[i_] == '>') break;
    if (*end_tag) return false;  // attributes or '/' in an end tag
    if (h_[i_] == '/') {
      if (i_ + 1 >= h_.size() || h_[i_ + 1] != '>') return false;
      ++i_;  // "<br/>"; on other elements HTML ignores the slash
      break;
    }
    scratch_.clear();
    while (i_ < h_.size() && !is_html_space(h_[i_]) && h_[i_] != '/' && h_[i_] != '>' &&
           h_[i_] != '=') {
      char c = h_[i_++];
      if (c == '<' || c == '"' || c == '\'' || kStops[static_cast<unsigned char>(c)]) return false;
      scratch_.push_back(lower(c));
    }
    if (scratch_.empty()) return false;  // "<a =x>"
    while (i_ < h_.size() && is_html_space(h_[i_])) ++i_;
    if (i_ >= h_.size()) return false;
    value_.clear();
    if (h_[i_] == '=') {
      ++i_;
      while (i_ < h_.size() && is_html_space(h_[i_])) ++i_;
      if (i_ >= h_.size() || !read_attribute_value(&value_)) return false;
    }
    bool duplicate = false;  // the first of two same-named attributes wins
    for (const Attribute& a : attrs_) duplicate = duplicate || scratch_ == a.name;
    if (!duplicate) attrs_.push_back({copy(scratch_), copy(value_)});
  }
  ++i_;  // '>'
  return true;
}

bool PlainLexer::read_element_text(GumboTag tag, std::string* text) {
  std::string_view name = tag == GUMBO_TAG_TITLE   ? "title"
                          : tag == GUMBO_TAG_STYLE ? "style"
                                                   : "script";
  size_t end = i_;
  while (true) {
    end = h_.find("</", end);
    if (end == std::string_view::npos || end + 2 + name.size() >= h_.size()) return false;
    bool match = true;
    for (size_t k = 0; k < name.size() && match; ++k) match = lower(h_[end + 2 + k]) == name[k];
    char after = h_[end + 2 + name.size()];
    if (match && (is_html_space(after) || after == '/' || after == '>')) break;
    end += 2;
  }
  std::string_view body = h_.substr(i_, end - i_);
  if (tag == GUMBO_TAG_TITLE) {
    std::string decoded;
    size_t stop = i_ + body.size();
    std::string_view whole = h_;
    h_ = h_.substr(0, stop);  // read_text stops at the end tag
    bool ok = true;
    while (ok && i_ < stop) {
      ok = read_text(&decoded);
      if (ok && i_ < stop) {  // a '<' that would open markup is text in a title
        decoded.push_back('<');
        ++i_;
      }
    }
    h_ = whole;
    if (!ok) return false;
    *text = std::move(decoded);
  } else {
    if (tag == GUMBO_TAG_SCRIPT && body.find("<!--") != std::string_view::npos) return false;
    if (!ordinary_characters(body)) return false;
    text->assign(body);
  }
  i_ = end + 2 + name.size();
  while (i_ < h_.size() && is_html_space(h_[i_])) ++i_;
  if (i_ >= h_.size() || h_[i_] != '>') return false;
  ++i_;
  return true;
}

bool PlainLexer::read_comment(std::string_view* text) {
  size_t end = h_.find("-->", i_ + 4);
  if (end == std::string_view::npos) return false;
  *text = h_.substr(i_ + 4, end - (i_ + 4));
  if (text->starts_with(">") || text->starts_with("->") ||
      text->find("--!>") != std::string_view::npos) {
    return false;  // "<!-->", "<!--->" and "--!>" end a comment early
  }
  if (!ordinary_characters(*text)) return false;
  i_ = end + 3;
  return true;
}

bool PlainLexer::read_doctype() {
  std::string_view rest = h_.substr(i_ + 2);
  constexpr std::string_view kWord = "doctype";
  if (rest.size() < kWord.size()) return false;
  for (size_t k = 0; k < kWord.size(); ++k) {
    if (lower(rest[k]) != kWord[k]) return false;
  }
  size_t j = i_ + 2 + kWord.size();
  size_t spaces = j;
  while (j < h_.size() && is_html_space(h_[j])) ++j;
  if (j == spaces || j + 4 > h_.size()) return false;
  if (lower(h_[j]) != 'h' || lower(h_[j + 1]) != 't' || lower(h_[j + 2]) != 'm' ||
      lower(h_[j + 3]) != 'l') {
    return false;
  }
  j += 4;
  while (j < h_.size() && is_html_space(h_[j])) ++j;
  if (j >= h_.size() || h_[j] != '>') return false;
  i_ = j + 1;
  return true;
}

}  // namespace casebook
