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
#include "ingest/plain_html_lexer.h"
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
  PlainParser(std::string_view h, Arena* arena) : html_bytes_(h), lexer_(h, arena), arena_(arena) {
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
  const char* copy(std::string_view s) { return lexer_.copy(s); }
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
    const std::vector<PlainLexer::Attribute>& attrs = lexer_.attributes();
    if (attrs.empty()) return v;
    v.data = static_cast<void**>(arena_->allocate(attrs.size() * sizeof(void*)));
    for (size_t k = 0; k < attrs.size(); ++k) {
      auto* a = static_cast<GumboAttribute*>(arena_->allocate(sizeof(GumboAttribute)));
      std::memset(a, 0, sizeof(GumboAttribute));
      a->attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
      a->name = attrs[k].name;
      a->value = attrs[k].value;
      v.data[k] = a;
    }
    v.length = v.capacity = static_cast<unsigned>(attrs.size());
    return v;
  }

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
        if (!is_html_space(c)) {
          text_is_space_ = false;
          break;
        }
      }
    }
    text_.append(s);
  }

  std::string_view html_bytes_;
  PlainLexer lexer_;
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
};

// Decoded character data, by mode. Outside <body> only whitespace is taken as it comes;
// other text implies the missing <html>, <head> end or <body>, as HTML says.
bool PlainParser::text_token(std::string_view s) {
  if (!s.empty()) doctype_allowed_ = false;
  while (!s.empty()) {
    size_t spaces = 0;
    while (spaces < s.size() && is_html_space(s[spaces])) ++spaces;
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
  push_element(tag, lexer_.tag_name(), true);
  if (!kVoid[tag]) {  // title, style, script: their text is one child
    std::string text;
    if (!lexer_.read_element_text(tag, &text)) return false;
    buffer_text(text);
  }
  pop_element();
  return true;
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
  push_element(tag, lexer_.tag_name(), true);
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
      if (top == GUMBO_TAG_BODY || stack_.back().name != lexer_.tag_name()) return false;
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

// A comment at "<!--". Comments before <html> and after </html> belong to the document,
// outside the tree returned; after </body> to <html>, after <body>.
bool PlainParser::comment() {
  std::string_view text;
  if (!lexer_.read_comment(&text)) return false;
  switch (mode_) {
    case Mode::kBeforeHtml:
      return true;
    case Mode::kAfterBody:
    case Mode::kAfterAfterBody: {
      flush_text();
      if (mode_ == Mode::kAfterAfterBody) return true;
      GumboNode* n = new_node(GUMBO_NODE_COMMENT);
      n->v.text.text = lexer_.copy(text);
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
  if (!doctype_allowed_ || !lexer_.read_doctype()) return false;
  doctype_allowed_ = false;
  return true;
}

const GumboNode* PlainParser::parse() {
  if (!is_valid_utf8(html_bytes_)) return nullptr;
  std::string run;
  while (!lexer_.at_end()) {
    run.clear();
    if (!lexer_.read_text(&run)) return nullptr;
    if (!run.empty() && !text_token(run)) return nullptr;
    if (lexer_.at_end()) break;
    // A '<' that opens markup.
    char c1 = lexer_.after_lt();
    bool ok;
    if (c1 == '!') {
      ok = lexer_.at_comment() ? comment() : doctype();
    } else if (c1 == '?') {
      ok = false;
    } else {
      bool is_end;
      ok = lexer_.read_tag(&is_end);
      if (ok) {
        std::string_view name = lexer_.tag_name();
        GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
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
