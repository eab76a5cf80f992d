// The fast path for plain pages (see plain_html.h). It follows the HTML tree-construction
// rules only where a well-formed page takes them: an element closes only as the current node,
// and text is buffered, as gumbo buffers it, until an element opens or closes or a comment
// comes. Anything else gives up; bailing out is always safe, since gumbo then parses the page.
#include "ingest/plain_html.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "ingest/tag_set.h"

namespace casebook {
namespace {

// Inserted and closed at once; their end tags are not accepted.
constexpr TagSet kVoid = make_tag_set(
    {GUMBO_TAG_AREA, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_BR,
     GUMBO_TAG_EMBED, GUMBO_TAG_HR, GUMBO_TAG_IMG, GUMBO_TAG_INPUT, GUMBO_TAG_LINK, GUMBO_TAG_META,
     GUMBO_TAG_PARAM, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_WBR});

// Start tags whose tree-construction rules are not reproduced here: tables (foster
// parenting), forms, selects, <pre> (drops a newline), foreign content, frames,
// ruby, the formatting markers, and the raw-text elements other than title, style, script.
constexpr TagSet kGiveUp =
    make_tag_set({GUMBO_TAG_CAPTION,   GUMBO_TAG_COL,      GUMBO_TAG_COLGROUP, GUMBO_TAG_TABLE,
                  GUMBO_TAG_TBODY,     GUMBO_TAG_TD,       GUMBO_TAG_TFOOT,    GUMBO_TAG_TH,
                  GUMBO_TAG_THEAD,     GUMBO_TAG_TR,       GUMBO_TAG_FORM,     GUMBO_TAG_SELECT,
                  GUMBO_TAG_OPTION,    GUMBO_TAG_OPTGROUP, GUMBO_TAG_TEXTAREA, GUMBO_TAG_XMP,
                  GUMBO_TAG_IFRAME,    GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT,
                  GUMBO_TAG_PLAINTEXT, GUMBO_TAG_PRE,      GUMBO_TAG_LISTING,  GUMBO_TAG_NOBR,
                  GUMBO_TAG_APPLET,    GUMBO_TAG_MARQUEE,  GUMBO_TAG_OBJECT,   GUMBO_TAG_IMAGE,
                  GUMBO_TAG_ISINDEX,   GUMBO_TAG_MATH,     GUMBO_TAG_SVG,      GUMBO_TAG_FRAME,
                  GUMBO_TAG_FRAMESET,  GUMBO_TAG_HEAD,     GUMBO_TAG_HTML,     GUMBO_TAG_BODY,
                  GUMBO_TAG_TEMPLATE,  GUMBO_TAG_RB,       GUMBO_TAG_RP,       GUMBO_TAG_RT,
                  GUMBO_TAG_RTC,       GUMBO_TAG_MENUITEM, GUMBO_TAG_KEYGEN});

// Phrasing elements, which never close an open <p>. Any other start tag while a <p> is open
// gives up (a block closes the paragraph; a few more do in some documents' modes).
constexpr TagSet kPhrasing = make_tag_set(
    {GUMBO_TAG_A,    GUMBO_TAG_ABBR,   GUMBO_TAG_B,      GUMBO_TAG_BDI,  GUMBO_TAG_BDO,
     GUMBO_TAG_BIG,  GUMBO_TAG_BR,     GUMBO_TAG_BUTTON, GUMBO_TAG_CITE, GUMBO_TAG_CODE,
     GUMBO_TAG_DATA, GUMBO_TAG_DEL,    GUMBO_TAG_DFN,    GUMBO_TAG_EM,   GUMBO_TAG_FONT,
     GUMBO_TAG_I,    GUMBO_TAG_IMG,    GUMBO_TAG_INS,    GUMBO_TAG_KBD,  GUMBO_TAG_LABEL,
     GUMBO_TAG_MARK, GUMBO_TAG_Q,      GUMBO_TAG_S,      GUMBO_TAG_SAMP, GUMBO_TAG_SMALL,
     GUMBO_TAG_SPAN, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_SUB,  GUMBO_TAG_SUP,
     GUMBO_TAG_TIME, GUMBO_TAG_TT,     GUMBO_TAG_U,      GUMBO_TAG_VAR,  GUMBO_TAG_WBR});

// HTML's "special" elements that stop the search for an open <li>, <dd> or <dt> to close, as
// gumbo 0.10 has them (<main> is not one: "<dt><main><dd>" closes the <dt>).
constexpr TagSet kListScopeStop =
    make_tag_set({GUMBO_TAG_APPLET,  GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE,    GUMBO_TAG_BLOCKQUOTE,
                  GUMBO_TAG_BODY,    GUMBO_TAG_BUTTON,  GUMBO_TAG_CENTER,   GUMBO_TAG_DETAILS,
                  GUMBO_TAG_DIR,     GUMBO_TAG_DL,      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
                  GUMBO_TAG_FIGURE,  GUMBO_TAG_FOOTER,  GUMBO_TAG_FORM,     GUMBO_TAG_H1,
                  GUMBO_TAG_H2,      GUMBO_TAG_H3,      GUMBO_TAG_H4,       GUMBO_TAG_H5,
                  GUMBO_TAG_H6,      GUMBO_TAG_HEADER,  GUMBO_TAG_HGROUP,   GUMBO_TAG_HTML,
                  GUMBO_TAG_MENU,    GUMBO_TAG_NAV,     GUMBO_TAG_OL,       GUMBO_TAG_SECTION,
                  GUMBO_TAG_SUMMARY, GUMBO_TAG_UL});

// Deeper pages go to gumbo (behind its nesting guard); this keeps the search for an open
// <li> short, and a page the fast path accepts far below the guard's limit.
constexpr size_t kMaxPlainDepth = 512;

bool is_heading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }
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

// Mode of HTML tree construction, as far as plain pages go.
enum class Mode {
  kBeforeHtml,
  kBeforeHead,
  kInHead,
  kAfterHead,
  kInBody,
  kAfterBody,
  kAfterAfterBody
};

class PlainParser {
 public:
  PlainParser(std::string_view h, Arena* arena) : h_(h), arena_(arena) {
    stack_.reserve(64);
    kids_.reserve(256);
  }

  const GumboNode* parse();

 private:
  struct Open {
    GumboNode* node;
    std::string_view name;  // lowercase tag name, to match end tags of unknown elements
    size_t first_kid;       // its children so far are kids_[first_kid..]
  };

  // ---- Tree ----
  GumboNode* new_node(GumboNodeType type) {
    auto* n = static_cast<GumboNode*>(arena_->allocate(sizeof(GumboNode)));
    std::memset(n, 0, sizeof(GumboNode));
    n->type = type;
    return n;
  }
  const char* copy(std::string_view s) {
    char* p = static_cast<char*>(arena_->allocate(s.size() + 1));
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    return p;
  }
  GumboNode* current() { return stack_.back().node; }

  // Appends a finished node to the current element's children.
  void append(GumboNode* n) {
    n->parent = current();
    n->index_within_parent = kids_.size() - stack_.back().first_kid;
    kids_.push_back(n);
  }

  // Gumbo's text buffer becomes one node when an element opens or closes or a comment comes.
  void flush_text() {
    if (text_.empty()) return;
    GumboNode* n = new_node(text_is_space_ ? GUMBO_NODE_WHITESPACE : GUMBO_NODE_TEXT);
    n->v.text.text = copy(text_);
    append(n);
    text_.clear();
    text_is_space_ = true;
  }

  // Opens an element with the attributes just read (with_attributes) or none (implied).
  // Its place among its parent's children is taken when it closes.
  void push_element(GumboTag tag, std::string_view name, bool with_attributes) {
    flush_text();
    GumboNode* n = new_node(GUMBO_NODE_ELEMENT);
    n->v.element.tag = tag;
    n->v.element.tag_namespace = GUMBO_NAMESPACE_HTML;
    if (with_attributes) n->v.element.attributes = attrs_to_vector();
    if (stack_.empty()) html_ = n;
    stack_.push_back({n, std::string_view(copy(name), name.size()), kids_.size()});
    if (tag == GUMBO_TAG_P) ++open_p_;
    if (tag == GUMBO_TAG_A) ++open_a_;
    if (tag == GUMBO_TAG_BUTTON) ++open_button_;
  }

  void pop_element() {
    flush_text();
    Open o = stack_.back();
    GumboVector& kids = o.node->v.element.children;
    size_t count = kids_.size() - o.first_kid;
    if (count > 0) {
      kids.data = static_cast<void**>(arena_->allocate(count * sizeof(void*)));
      std::memcpy(kids.data, kids_.data() + o.first_kid, count * sizeof(void*));
    }
    kids.length = kids.capacity = static_cast<unsigned>(count);
    kids_.resize(o.first_kid);
    stack_.pop_back();
    if (o.node->v.element.tag == GUMBO_TAG_P) --open_p_;
    if (o.node->v.element.tag == GUMBO_TAG_A) --open_a_;
    if (o.node->v.element.tag == GUMBO_TAG_BUTTON) --open_button_;
    if (!stack_.empty()) append(o.node);
  }

  void add_comment(std::string_view text) {
    flush_text();
    GumboNode* n = new_node(GUMBO_NODE_COMMENT);
    n->v.text.text = copy(text);
    append(n);
  }

  GumboVector attrs_to_vector() {
    GumboVector v{nullptr, 0, 0};
    if (attrs_.empty()) return v;
    v.data = static_cast<void**>(arena_->allocate(attrs_.size() * sizeof(void*)));
    for (size_t k = 0; k < attrs_.size(); ++k) {
      auto* a = static_cast<GumboAttribute*>(arena_->allocate(sizeof(GumboAttribute)));
      std::memset(a, 0, sizeof(GumboAttribute));
      a->attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
      a->name = attrs_[k].name;
      a->value = attrs_[k].value;
      v.data[k] = a;
    }
    v.length = v.capacity = static_cast<unsigned>(attrs_.size());
    return v;
  }

  // ---- Tokens ----
  bool read_reference(bool in_attribute, std::string* out);
  bool read_text(std::string* out);
  bool read_tag(bool* end_tag);
  bool read_attribute_value(std::string* out);
  bool read_element_text(GumboTag tag);

  // ---- Tree construction ----
  bool text_token(std::string_view s);
  bool start_tag(GumboTag tag);
  bool start_tag_in_body(GumboTag tag);
  bool end_tag(GumboTag tag);
  bool insert_void_or_text_element(GumboTag tag);
  bool comment();
  bool doctype();

  void buffer_text(std::string_view s) {
    if (text_is_space_) {
      for (char c : s) {
        if (!is_space(c)) {
          text_is_space_ = false;
          break;
        }
      }
    }
    text_.append(s);
  }

  std::string_view h_;
  size_t i_ = 0;
  Arena* arena_;
  Mode mode_ = Mode::kBeforeHtml;
  bool doctype_allowed_ = true;
  std::vector<Open> stack_;
  std::vector<GumboNode*> kids_;
  std::vector<GumboNode*> html_tail_;  // comments after </body>, children of <html>
  GumboNode* html_ = nullptr;
  std::string text_;
  bool text_is_space_ = true;
  int open_p_ = 0, open_a_ = 0, open_button_ = 0;
  // The tag being read.
  std::string tag_name_;
  bool self_closing_ = false;
  struct Attr {
    const char* name;
    const char* value;
  };
  std::vector<Attr> attrs_;
  std::string scratch_, value_;
};

// Decodes the reference at h_[i_] ('&'). A lone '&' stays, and so does "&word" not ending in
// ';' unless HTML would read a reference in it; a reference not in kNamedRefs, or a numeric
// one outside plain characters, gives up. In attribute values, "&name=" stays as it is
// (query strings: "?a=1&b=2").
bool PlainParser::read_reference(bool in_attribute, std::string* out) {
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

// Character data up to the next '<' that opens markup (a '<' before anything else is text).
bool PlainParser::read_text(std::string* out) {
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
bool PlainParser::read_attribute_value(std::string* out) {
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
    return i_ < h_.size() && (is_space(h_[i_]) || h_[i_] == '>' || h_[i_] == '/');
  }
  while (i_ < h_.size() && !is_space(h_[i_]) && h_[i_] != '>') {
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

// A start or end tag at h_[i_] ('<'); leaves its name in tag_name_, attributes in attrs_.
bool PlainParser::read_tag(bool* end_tag) {
  ++i_;
  *end_tag = h_[i_] == '/';
  if (*end_tag) ++i_;
  if (i_ >= h_.size() || !is_alpha(h_[i_])) return false;
  tag_name_.clear();
  attrs_.clear();
  self_closing_ = false;
  while (i_ < h_.size() && !is_space(h_[i_]) && h_[i_] != '/' && h_[i_] != '>') {
    char c = h_[i_++];
    if (c == '<' || c == '"' || c == '\'' || kStops[static_cast<unsigned char>(c)]) return false;
    tag_name_.push_back(lower(c));
  }
  while (true) {
    while (i_ < h_.size() && is_space(h_[i_])) ++i_;
    if (i_ >= h_.size()) return false;
    if (h_[i_] == '>') break;
    if (*end_tag) return false;  // attributes or '/' in an end tag
    if (h_[i_] == '/') {
      if (i_ + 1 >= h_.size() || h_[i_ + 1] != '>') return false;
      self_closing_ = true;
      ++i_;
      break;
    }
    scratch_.clear();
    while (i_ < h_.size() && !is_space(h_[i_]) && h_[i_] != '/' && h_[i_] != '>' && h_[i_] != '=') {
      char c = h_[i_++];
      if (c == '<' || c == '"' || c == '\'' || kStops[static_cast<unsigned char>(c)]) return false;
      scratch_.push_back(lower(c));
    }
    if (scratch_.empty()) return false;  // "<a =x>"
    while (i_ < h_.size() && is_space(h_[i_])) ++i_;
    if (i_ >= h_.size()) return false;
    value_.clear();
    if (h_[i_] == '=') {
      ++i_;
      while (i_ < h_.size() && is_space(h_[i_])) ++i_;
      if (i_ >= h_.size() || !read_attribute_value(&value_)) return false;
    }
    bool duplicate = false;  // the first of two same-named attributes wins
    for (const Attr& a : attrs_) duplicate = duplicate || scratch_ == a.name;
    if (!duplicate) attrs_.push_back({copy(scratch_), copy(value_)});
  }
  ++i_;  // '>'
  return true;
}

// The content of <title> (references decoded), <style> or <script> (raw), up to its end tag,
// as one text child; the element is open on entry and closed on return.
bool PlainParser::read_element_text(GumboTag tag) {
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
    if (match && (is_space(after) || after == '/' || after == '>')) break;
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
    buffer_text(decoded);
  } else {
    if (tag == GUMBO_TAG_SCRIPT && body.find("<!--") != std::string_view::npos) return false;
    if (!ordinary_characters(body)) return false;
    buffer_text(body);
  }
  i_ = end + 2 + name.size();
  while (i_ < h_.size() && is_space(h_[i_])) ++i_;
  if (i_ >= h_.size() || h_[i_] != '>') return false;
  ++i_;
  pop_element();
  return true;
}

// Decoded character data, by mode. Outside <body> only whitespace is taken as it comes;
// other text implies the missing <html>, <head> end or <body>, as HTML says.
bool PlainParser::text_token(std::string_view s) {
  if (!s.empty()) doctype_allowed_ = false;
  while (!s.empty()) {
    size_t spaces = 0;
    while (spaces < s.size() && is_space(s[spaces])) ++spaces;
    switch (mode_) {
      case Mode::kBeforeHtml:
      case Mode::kBeforeHead:
        s.remove_prefix(spaces);  // ignored
        if (s.empty()) return true;
        if (mode_ == Mode::kBeforeHtml) {
          push_element(GUMBO_TAG_HTML, "html", false);
          mode_ = Mode::kBeforeHead;
        } else {
          push_element(GUMBO_TAG_HEAD, "head", false);
          mode_ = Mode::kInHead;
        }
        break;
      case Mode::kInHead:
      case Mode::kAfterHead:
        buffer_text(s.substr(0, spaces));
        s.remove_prefix(spaces);
        if (s.empty()) return true;
        if (mode_ == Mode::kInHead) {
          pop_element();
          mode_ = Mode::kAfterHead;
        } else {
          push_element(GUMBO_TAG_BODY, "body", false);
          mode_ = Mode::kInBody;
        }
        break;
      case Mode::kInBody:
        buffer_text(s);
        return true;
      case Mode::kAfterBody:
      case Mode::kAfterAfterBody:
        if (spaces < s.size()) return false;
        buffer_text(s);  // into <body>, which is still the current node
        return true;
    }
  }
  return true;
}

bool PlainParser::insert_void_or_text_element(GumboTag tag) {
  push_element(tag, tag_name_, true);
  if (kVoid[tag]) {
    pop_element();
    return true;
  }
  return read_element_text(tag);  // title, style, script
}

bool PlainParser::start_tag(GumboTag tag) {
  doctype_allowed_ = false;
  while (true) {
    switch (mode_) {
      case Mode::kBeforeHtml:
        if (tag == GUMBO_TAG_HTML) {
          push_element(tag, "html", true);
          mode_ = Mode::kBeforeHead;
          return true;
        }
        push_element(GUMBO_TAG_HTML, "html", false);
        mode_ = Mode::kBeforeHead;
        break;
      case Mode::kBeforeHead:
        if (tag == GUMBO_TAG_HTML) return false;
        push_element(GUMBO_TAG_HEAD, "head", tag == GUMBO_TAG_HEAD);
        mode_ = Mode::kInHead;
        if (tag == GUMBO_TAG_HEAD) return true;
        break;
      case Mode::kInHead:
        if (tag == GUMBO_TAG_META || tag == GUMBO_TAG_LINK || tag == GUMBO_TAG_BASE ||
            tag == GUMBO_TAG_BASEFONT || tag == GUMBO_TAG_BGSOUND || tag == GUMBO_TAG_TITLE ||
            tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_SCRIPT) {
          return insert_void_or_text_element(tag);
        }
        if (tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_NOSCRIPT ||
            tag == GUMBO_TAG_NOFRAMES || tag == GUMBO_TAG_TEMPLATE) {
          return false;
        }
        pop_element();
        mode_ = Mode::kAfterHead;
        break;
      case Mode::kAfterHead:
        if (tag == GUMBO_TAG_BODY) {
          push_element(tag, "body", true);
          mode_ = Mode::kInBody;
          return true;
        }
        if (kGiveUp[tag] || kVoid[tag] || tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_STYLE ||
            tag == GUMBO_TAG_SCRIPT) {
          return false;  // head elements after </head> go back into <head>
        }
        push_element(GUMBO_TAG_BODY, "body", false);
        mode_ = Mode::kInBody;
        break;
      case Mode::kInBody:
        return start_tag_in_body(tag);
      case Mode::kAfterBody:
      case Mode::kAfterAfterBody:
        return false;
    }
  }
}

bool PlainParser::start_tag_in_body(GumboTag tag) {
  if (kGiveUp[tag] || stack_.size() >= kMaxPlainDepth) return false;
  // A start tag that would close an open <p>, a heading inside a heading, an <a> inside an
  // <a>: HTML's recovery closes elements here, which this parser does not reproduce.
  if (open_p_ > 0 && !kPhrasing[tag] && tag != GUMBO_TAG_UNKNOWN && tag != GUMBO_TAG_SCRIPT &&
      tag != GUMBO_TAG_STYLE) {
    return false;
  }
  if (is_heading(tag) && is_heading(current()->v.element.tag)) return false;
  if ((tag == GUMBO_TAG_A && open_a_ > 0) || (tag == GUMBO_TAG_BUTTON && open_button_ > 0)) {
    return false;
  }
  if (tag == GUMBO_TAG_LI || tag == GUMBO_TAG_DD || tag == GUMBO_TAG_DT) {
    for (size_t k = stack_.size(); k-- > 0;) {
      GumboTag t = stack_[k].node->v.element.tag;
      if (tag == GUMBO_TAG_LI ? t == GUMBO_TAG_LI : (t == GUMBO_TAG_DD || t == GUMBO_TAG_DT)) {
        return false;  // "<li>a<li>b": the second closes the first
      }
      if (kListScopeStop[t]) break;
    }
  }
  if (kVoid[tag] || tag == GUMBO_TAG_TITLE || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_SCRIPT) {
    return insert_void_or_text_element(tag);
  }
  push_element(tag, tag_name_, true);
  return true;
}

// An end tag closes only the current node; </body> and </html> change the mode and leave
// <body> current (whitespace after them still goes into it).
bool PlainParser::end_tag(GumboTag tag) {
  doctype_allowed_ = false;
  switch (mode_) {
    case Mode::kInHead:
      if (tag != GUMBO_TAG_HEAD) return false;
      pop_element();
      mode_ = Mode::kAfterHead;
      return true;
    case Mode::kInBody: {
      GumboTag top = current()->v.element.tag;
      if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML) {
        if (top != GUMBO_TAG_BODY) return false;
        mode_ = tag == GUMBO_TAG_BODY ? Mode::kAfterBody : Mode::kAfterAfterBody;
        return true;
      }
      if (top == GUMBO_TAG_BODY || stack_.back().name != tag_name_) return false;
      pop_element();
      return true;
    }
    case Mode::kAfterBody:
      if (tag != GUMBO_TAG_HTML) return false;
      mode_ = Mode::kAfterAfterBody;
      return true;
    default:
      return false;
  }
}

// A comment at h_[i_] ("<!--"). Comments before <html> and after </html> belong to the
// document, outside the tree returned; after </body> to <html>, after <body>.
bool PlainParser::comment() {
  size_t end = h_.find("-->", i_ + 4);
  if (end == std::string_view::npos) return false;
  std::string_view text = h_.substr(i_ + 4, end - (i_ + 4));
  if (text.starts_with(">") || text.starts_with("->") ||
      text.find("--!>") != std::string_view::npos) {
    return false;  // "<!-->", "<!--->" and "--!>" end a comment early
  }
  if (!ordinary_characters(text)) return false;
  i_ = end + 3;
  switch (mode_) {
    case Mode::kBeforeHtml:
      return true;
    case Mode::kAfterBody:
    case Mode::kAfterAfterBody: {
      flush_text();
      if (mode_ == Mode::kAfterAfterBody) return true;
      GumboNode* n = new_node(GUMBO_NODE_COMMENT);
      n->v.text.text = copy(text);
      html_tail_.push_back(n);
      return true;
    }
    default:
      add_comment(text);
      return true;
  }
}

// "<!DOCTYPE html>", the only doctype accepted, before anything but comments and spaces.
bool PlainParser::doctype() {
  if (!doctype_allowed_) return false;
  std::string_view rest = h_.substr(i_ + 2);
  constexpr std::string_view kWord = "doctype";
  if (rest.size() < kWord.size()) return false;
  for (size_t k = 0; k < kWord.size(); ++k) {
    if (lower(rest[k]) != kWord[k]) return false;
  }
  size_t j = i_ + 2 + kWord.size();
  size_t spaces = j;
  while (j < h_.size() && is_space(h_[j])) ++j;
  if (j == spaces || j + 4 > h_.size()) return false;
  if (lower(h_[j]) != 'h' || lower(h_[j + 1]) != 't' || lower(h_[j + 2]) != 'm' ||
      lower(h_[j + 3]) != 'l') {
    return false;
  }
  j += 4;
  while (j < h_.size() && is_space(h_[j])) ++j;
  if (j >= h_.size() || h_[j] != '>') return false;
  i_ = j + 1;
  doctype_allowed_ = false;
  return true;
}

const GumboNode* PlainParser::parse() {
  if (!is_valid_utf8(h_)) return nullptr;
  std::string run;
  while (i_ < h_.size()) {
    run.clear();
    if (!read_text(&run)) return nullptr;
    if (!run.empty() && !text_token(run)) return nullptr;
    if (i_ >= h_.size()) break;
    // h_[i_] is a '<' that opens markup.
    char c1 = h_[i_ + 1];
    bool ok;
    if (c1 == '!') {
      ok = h_.compare(i_ + 2, 2, "--") == 0 ? comment() : doctype();
    } else if (c1 == '?') {
      ok = false;
    } else {
      bool is_end;
      ok = read_tag(&is_end);
      if (ok) {
        GumboTag tag = gumbo_tagn_enum(tag_name_.data(), static_cast<unsigned>(tag_name_.size()));
        ok = is_end ? end_tag(tag) : start_tag(tag);
      }
    }
    if (!ok) return nullptr;
  }
  if (mode_ != Mode::kInBody && mode_ != Mode::kAfterBody && mode_ != Mode::kAfterAfterBody) {
    return nullptr;  // no <body>: gumbo builds the implied elements
  }
  while (stack_.size() > 1) pop_element();
  for (GumboNode* c : html_tail_) append(c);
  pop_element();
  GumboNode* document = new_node(GUMBO_NODE_DOCUMENT);
  html_->parent = document;
  document->v.document.children.data = static_cast<void**>(arena_->allocate(sizeof(void*)));
  document->v.document.children.data[0] = html_;
  document->v.document.children.length = document->v.document.children.capacity = 1;
  return html_;
}

}  // namespace

const GumboNode* parse_plain_html(std::string_view html, Arena* arena) {
  PlainParser parser(html, arena);
  return parser.parse();
}

}  // namespace casebook
