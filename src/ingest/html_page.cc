// HTML page to text and metadata (see html_page.h). Plain pages are parsed by the fast path
// (plain_html.h); for the rest, a lexical pre-scan bounds the nesting before gumbo runs; then
// linear walks over gumbo's tree, each with an explicit stack, since gumbo trees can be thousands
// of levels deep.
#include "ingest/html_page.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/arena.h"
#include "core/utf8.h"
#include "ingest/plain_html.h"
#include "ingest/published_date.h"
#include "ingest/tag_set.h"

namespace casebook {
namespace {

constexpr TagSet kVoidTags = make_tag_set(
    {GUMBO_TAG_AREA,     GUMBO_TAG_BASE,    GUMBO_TAG_BR,    GUMBO_TAG_COL,   GUMBO_TAG_EMBED,
     GUMBO_TAG_HR,       GUMBO_TAG_IMG,     GUMBO_TAG_INPUT, GUMBO_TAG_LINK,  GUMBO_TAG_META,
     GUMBO_TAG_PARAM,    GUMBO_TAG_SOURCE,  GUMBO_TAG_TRACK, GUMBO_TAG_WBR,   GUMBO_TAG_KEYGEN,
     GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND, GUMBO_TAG_FRAME, GUMBO_TAG_IMAGE, GUMBO_TAG_ISINDEX});

// Elements whose content the tokenizer reads as text up to the matching end tag.
constexpr TagSet kRawTextTags = make_tag_set(
    {GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE, GUMBO_TAG_XMP,
     GUMBO_TAG_IFRAME, GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT});

// A start tag of these closes an open one of the same kind ("<li>a<li>b" are siblings).
constexpr TagSet kReopenCloses =
    make_tag_set({GUMBO_TAG_LI, GUMBO_TAG_DD, GUMBO_TAG_OPTION, GUMBO_TAG_OPTGROUP, GUMBO_TAG_TR,
                  GUMBO_TAG_TD, GUMBO_TAG_TBODY, GUMBO_TAG_A, GUMBO_TAG_NOBR, GUMBO_TAG_BUTTON,
                  GUMBO_TAG_FORM, GUMBO_TAG_SELECT, GUMBO_TAG_RB, GUMBO_TAG_H1, GUMBO_TAG_TABLE,
                  GUMBO_TAG_CAPTION, GUMBO_TAG_COLGROUP, GUMBO_TAG_FRAMESET});

// Never part of the story: code, media, widgets and page landmarks.
constexpr TagSet kDropTags =
    make_tag_set({GUMBO_TAG_SCRIPT,  GUMBO_TAG_STYLE, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE,
                  GUMBO_TAG_SVG,     GUMBO_TAG_MATH,  GUMBO_TAG_IFRAME,   GUMBO_TAG_NAV,
                  GUMBO_TAG_FOOTER,  GUMBO_TAG_ASIDE, GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,
                  GUMBO_TAG_OBJECT,  GUMBO_TAG_EMBED, GUMBO_TAG_APPLET,   GUMBO_TAG_CANVAS,
                  GUMBO_TAG_AUDIO,   GUMBO_TAG_VIDEO, GUMBO_TAG_TEXTAREA, GUMBO_TAG_DATALIST,
                  GUMBO_TAG_HEAD,    GUMBO_TAG_TITLE, GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES,
                  GUMBO_TAG_FRAMESET});

// Elements that start and end a block of text.
constexpr TagSet kBlockTags = make_tag_set(
    {GUMBO_TAG_ADDRESS,   GUMBO_TAG_ARTICLE,  GUMBO_TAG_ASIDE,      GUMBO_TAG_BLOCKQUOTE,
     GUMBO_TAG_BODY,      GUMBO_TAG_CAPTION,  GUMBO_TAG_CENTER,     GUMBO_TAG_DD,
     GUMBO_TAG_DETAILS,   GUMBO_TAG_DIR,      GUMBO_TAG_DIV,        GUMBO_TAG_DL,
     GUMBO_TAG_DT,        GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
     GUMBO_TAG_FOOTER,    GUMBO_TAG_FORM,     GUMBO_TAG_H1,         GUMBO_TAG_H2,
     GUMBO_TAG_H3,        GUMBO_TAG_H4,       GUMBO_TAG_H5,         GUMBO_TAG_H6,
     GUMBO_TAG_HEADER,    GUMBO_TAG_HGROUP,   GUMBO_TAG_HR,         GUMBO_TAG_HTML,
     GUMBO_TAG_LI,        GUMBO_TAG_LEGEND,   GUMBO_TAG_LISTING,    GUMBO_TAG_MAIN,
     GUMBO_TAG_MENU,      GUMBO_TAG_NAV,      GUMBO_TAG_OL,         GUMBO_TAG_P,
     GUMBO_TAG_PRE,       GUMBO_TAG_SECTION,  GUMBO_TAG_SUMMARY,    GUMBO_TAG_TABLE,
     GUMBO_TAG_TBODY,     GUMBO_TAG_TD,       GUMBO_TAG_TFOOT,      GUMBO_TAG_TH,
     GUMBO_TAG_THEAD,     GUMBO_TAG_TR,       GUMBO_TAG_UL,         GUMBO_TAG_XMP,
     GUMBO_TAG_PLAINTEXT, GUMBO_TAG_OPTION});

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string depth_error() {
  return "HTML nesting deeper than " + std::to_string(kMaxHtmlDepth) + " levels";
}

// ---- Nesting guard, before gumbo ----------------------------------------------------------

// Tags that close one another share a bucket: <dt> closes <dd>, <h2> closes <h1>.
int tag_bucket(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DT:
      return GUMBO_TAG_DD;
    case GUMBO_TAG_TH:
      return GUMBO_TAG_TD;
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
      return GUMBO_TAG_TBODY;
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_RTC:
      return GUMBO_TAG_RB;
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return GUMBO_TAG_H1;
    default:
      return t;
  }
}

// Position of the "</name" that ends a raw-text element opened before `from`, or the end.
size_t skip_raw_text(std::string_view h, size_t from, std::string_view name) {
  for (size_t p = h.find("</", from); p != std::string_view::npos; p = h.find("</", p + 2)) {
    if (p + 2 + name.size() <= h.size() && ieq(h.substr(p + 2, name.size()), name)) return p;
  }
  return h.size();
}

// Estimates how deep gumbo's tree will nest without building it: a stack of open tags with
// the common implicit closings ("<li>a<li>b" stays flat, <p> never nests). Gumbo's tree
// construction is quadratic in depth (10,000 unclosed "<div>" take 0.1 s, 100,000 take 16 s),
// so such a page is refused here in microseconds. The estimate errs low (a page gumbo nests
// shallowly is not refused); the tree walk afterwards checks the real depth.
bool nesting_exceeds(std::string_view h, size_t limit) {
  std::vector<uint16_t> stack;
  stack.reserve(256);
  std::array<uint32_t, GUMBO_TAG_LAST + 1> open{};
  auto pop_to = [&](int tag) {
    if (open[tag] == 0) return;
    while (!stack.empty()) {
      int t = stack.back();
      stack.pop_back();
      --open[t];
      if (t == tag) return;
    }
  };
  const size_t n = h.size();
  size_t i = 0;
  while (i < n) {
    size_t lt = h.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= n) break;
    i = lt + 1;
    if (h[i] == '!') {  // comment, doctype or CDATA
      bool comment = h.compare(i, 3, "!--") == 0;
      size_t e = comment ? h.find("-->", i + 3) : h.find('>', i);
      if (e == std::string_view::npos) break;
      i = e + (comment ? 3 : 1);
      continue;
    }
    bool end_tag = h[i] == '/';
    if (end_tag) ++i;
    size_t name_start = i;
    while (i < n && (is_alpha(h[i]) || is_digit(h[i]) || h[i] == '-' || h[i] == ':')) ++i;
    if (i == name_start || !is_alpha(h[name_start])) continue;
    std::string_view name = h.substr(name_start, i - name_start);
    GumboTag tag = gumbo_tagn_enum(name.data(), static_cast<unsigned>(name.size()));
    // Attributes up to '>'; a quote opens a value only right after '='.
    char quote = 0, prev = 0;
    for (; i < n; ++i) {
      char c = h[i];
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '>') break;
      if ((c == '"' || c == '\'') && prev == '=') quote = c;
      if (!is_space(c)) prev = c;
    }
    if (i >= n) break;
    bool self_closing = h[i - 1] == '/';
    ++i;
    int bucket = tag_bucket(tag);
    if (end_tag) {
      pop_to(bucket);
      continue;
    }
    if (tag == GUMBO_TAG_PLAINTEXT) break;
    if (kRawTextTags[tag]) {
      i = skip_raw_text(h, i, name);
      continue;
    }
    if (self_closing || kVoidTags[tag] || tag == GUMBO_TAG_P || tag == GUMBO_TAG_HTML ||
        tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_BODY) {
      continue;
    }
    // Inside <select> gumbo ignores all but options: "<select><div><div>" stays flat.
    if (open[GUMBO_TAG_SELECT] && tag != GUMBO_TAG_OPTION && tag != GUMBO_TAG_OPTGROUP &&
        tag != GUMBO_TAG_SELECT) {
      continue;
    }
    if (kReopenCloses[bucket]) pop_to(bucket);
    stack.push_back(static_cast<uint16_t>(bucket));
    ++open[bucket];
    if (stack.size() > limit) return true;
  }
  return false;
}

// ---- Gumbo tree helpers -------------------------------------------------------------------

bool is_element(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector* children_of(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  if (is_element(n)) return &n->v.element.children;
  return nullptr;
}

std::string_view attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

// <article>, <main> and role=main hold the story; their <header> is the story's header.
bool opens_story(const GumboNode* n) {
  GumboTag t = n->v.element.tag;
  return t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN || ieq(trim(attr(n, "role")), "main");
}

bool is_ancestor(const GumboNode* ancestor, const GumboNode* n) {
  for (; n; n = n->parent) {
    if (n == ancestor) return true;
  }
  return false;
}

// Calls visit(node, depth) on every node in document order; visit returns false to skip
// the node's subtree. Returns false when the tree is deeper than kMaxHtmlDepth.
template <typename Visit>
bool walk(const GumboNode* root, Visit visit) {
  std::vector<std::pair<const GumboNode*, int>> stack;
  stack.reserve(256);
  stack.emplace_back(root, 0);
  while (!stack.empty()) {
    auto [n, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxHtmlDepth) return false;
    if (!visit(n, depth)) continue;
    const GumboVector* kids = children_of(n);
    if (!kids) continue;
    for (unsigned k = kids->length; k-- > 0;) {
      stack.emplace_back(static_cast<const GumboNode*>(kids->data[k]), depth + 1);
    }
  }
  return true;
}

// ---- Boilerplate ---------------------------------------------------------------------------

// CSS vocabulary of page furniture, matched on whole words of a class name or id:
// "share-buttons", "cookieBanner", "ad-slot-2" are furniture; "header-image", "shadow",
// "download" are not.
const std::unordered_set<std::string_view>& boilerplate_words() {
  // clang-format off
  static const std::unordered_set<std::string_view> kWords = {
      "ad", "ads", "adsbygoogle", "advert", "adverts", "advertisement", "advertisements",
      "advertising", "breadcrumb", "breadcrumbs", "comment", "comments", "consent", "cookie",
      "cookies", "disqus", "footer", "gdpr", "masthead", "menu", "modal", "nav", "navbar",
      "navigation", "newsletter", "outbrain", "paywall", "popup", "promo", "recommendation",
      "recommendations", "recommended", "related", "share", "sharebar", "sharing", "sidebar",
      "signup", "skip", "social", "sponsor", "sponsored", "subscribe", "subscription", "taboola",
      "toolbar", "trending"};
  // clang-format on
  return kWords;
}

// A first word that describes the page, not the element: WordPress writes "category-social",
// "tag-ad", "has-sidebar" and "no-comments" on the story's own wrapper.
const std::unordered_set<std::string_view>& modifier_words() {
  static const std::unordered_set<std::string_view> kWords = {
      "has", "with", "no", "without", "is", "not", "category", "cat", "tag", "tags", "topic"};
  return kWords;
}

// A last word giving a state: "comments-enabled" marks a story that allows comments.
const std::unordered_set<std::string_view>& state_words() {
  static const std::unordered_set<std::string_view> kWords = {
      "enabled", "disabled", "open", "closed", "allowed", "active", "inactive", "on", "off"};
  return kWords;
}

// Splits one class name (or id, or label) into lowercase words at punctuation, letter/digit
// changes and camelCase humps, and says whether it names furniture.
bool name_is_boilerplate(std::string_view name) {
  if (name.empty() || name.size() > 96) return false;
  char buf[128];
  std::string_view words[12];
  int count = 0;
  size_t len = 0, i = 0;
  auto word_char = [](char c) {
    return is_alpha(c) || is_digit(c) || static_cast<unsigned char>(c) >= 0x80;
  };
  while (i < name.size() && count < 12) {
    while (i < name.size() && !word_char(name[i])) ++i;
    if (i >= name.size()) break;
    size_t start = len;
    char prev = 0;
    for (; i < name.size() && word_char(name[i]); ++i) {
      char c = name[i];
      bool hump = prev >= 'a' && prev <= 'z' && c >= 'A' && c <= 'Z';
      if (prev && (hump || is_digit(prev) != is_digit(c))) break;
      buf[len++] = lower(c);
      prev = c;
    }
    words[count++] = std::string_view(buf + start, len - start);
  }
  if (count == 0 || modifier_words().count(words[0])) return false;
  if (count > 1 && state_words().count(words[count - 1])) return false;
  for (int k = 0; k < count; ++k) {
    if (boilerplate_words().count(words[k])) return true;
  }
  return false;
}

bool names_are_boilerplate(std::string_view list) {
  size_t i = 0;
  while (i < list.size()) {
    while (i < list.size() && is_space(list[i])) ++i;
    size_t start = i;
    while (i < list.size() && !is_space(list[i])) ++i;
    if (i > start && name_is_boilerplate(list.substr(start, i - start))) return true;
  }
  return false;
}

bool role_is_boilerplate(std::string_view role) {
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "search",
                             "menu", "menubar", "dialog", "alertdialog", "toolbar"}) {
    if (ieq(role, r)) return true;
  }
  return false;
}

enum : uint8_t { kHoldsHeadline = 1, kHoldsArticle = 2 };

// Decides which subtrees are furniture. Knows which elements hold the story's headline (an
// <h1>, <main>, itemprop=articleBody), so a wrapper that happens to carry a furniture class
// ("layout-with-sidebar") is kept when the story is inside it.
class Furniture {
 public:
  // Marks the ancestors of story landmarks. False when the tree is too deep.
  bool mark(const GumboNode* root) {
    return walk(root, [this](const GumboNode* n, int) {
      if (!is_element(n)) return false;
      uint8_t flag = 0;
      GumboTag t = n->v.element.tag;
      if (t == GUMBO_TAG_H1 || t == GUMBO_TAG_MAIN || ieq(trim(attr(n, "role")), "main") ||
          ieq(attr(n, "itemprop"), "articleBody")) {
        flag = kHoldsHeadline;
      } else if (t == GUMBO_TAG_ARTICLE) {
        flag = kHoldsArticle;
      }
      for (const GumboNode* p = n; flag && p; p = p->parent) {
        uint8_t& f = holds_[p];
        if ((f & flag) == flag) break;
        f |= flag;
      }
      return true;
    });
  }

  // True when element n (in a story landmark when in_story) is furniture.
  bool dropped(const GumboNode* n, bool in_story) const {
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_MAIN ||
        t == GUMBO_TAG_ARTICLE) {
      return false;
    }
    if (kDropTags[t]) return true;
    if (t == GUMBO_TAG_HEADER && !in_story) return true;  // the site's masthead
    // ASP.NET pages wrap the whole page in one <form>; a search box is a small one.
    if (t == GUMBO_TAG_FORM && !(holds(n) & (kHoldsHeadline | kHoldsArticle))) return true;
    std::string_view cls, id, role, label;
    const GumboVector& attrs = n->v.element.attributes;
    for (unsigned k = 0; k < attrs.length; ++k) {
      auto* a = static_cast<const GumboAttribute*>(attrs.data[k]);
      std::string_view key = a->name;
      if (key == "class") {
        cls = a->value;
      } else if (key == "id") {
        id = a->value;
      } else if (key == "role") {
        role = trim(a->value);
      } else if (key == "aria-label") {
        label = a->value;
      }
    }
    if (!role.empty()) {
      if (ieq(role, "main")) return false;
      if (role_is_boilerplate(role)) return true;
    }
    // Labels only on blocks: a link labelled "Share" is a button, a section labelled
    // "Related stories" is a list; a link in a sentence must not lose its words.
    bool marked = names_are_boilerplate(cls) || name_is_boilerplate(trim(id)) ||
                  (kBlockTags[t] && name_is_boilerplate(trim(label)));
    return marked && !(holds(n) & kHoldsHeadline);
  }

  // kHoldsHeadline and kHoldsArticle bits: what n is or has among its descendants.
  uint8_t holds(const GumboNode* n) const {
    auto it = holds_.find(n);
    return it == holds_.end() ? 0 : it->second;
  }

 private:
  std::unordered_map<const GumboNode*, uint8_t> holds_;
};

// ---- Text ---------------------------------------------------------------------------------

// Appends text in reading order, collapsing whitespace. Blocks are separated by one blank
// line; <br> gives a newline, two <br> (or a blank line in the source text) a blank line.
class TextBuilder {
 public:
  explicit TextBuilder(bool single_line) : single_line_(single_line) {}
  void reserve(size_t n) { out_.reserve(n); }

  void text(std::string_view s, bool pre) {
    size_t run = std::string_view::npos;
    size_t i = 0;
    while (i < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c > 0x20 && c < 0x80) {  // visible ASCII, most of any page: content, in one sweep
        if (run == std::string_view::npos) run = i;
        ++i;
        // One space between two visible characters stays in the run: content() of the run
        // before it would leave nothing pending, whitespace() would ask for one space, and
        // content() of the next run would write exactly that space.
        while (i < s.size()) {
          if (static_cast<unsigned char>(s[i]) - 0x21u < 0x5Fu) {
            ++i;
          } else if (s[i] == ' ' && i + 1 < s.size() &&
                     static_cast<unsigned char>(s[i + 1]) - 0x21u < 0x5Fu) {
            i += 2;
          } else {
            break;
          }
        }
        continue;
      }
      unsigned char c1 = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
      unsigned char c2 = i + 2 < s.size() ? static_cast<unsigned char>(s[i + 2]) : 0;
      int len = 0;  // of a space or invisible character; 0 for content
      bool space = true;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        len = 1;
      } else if (c == 0xC2 && c1 == 0xA0) {  // NBSP
        len = 2;
      } else if (c == 0xC2 && c1 == 0xAD) {  // soft hyphen: invisible, would split a word
        len = 2, space = false;
      } else if (c == 0xE2 && c1 == 0x80 && ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF)) {
        len = 3;  // en quad .. hair space, narrow NBSP
      } else if ((c == 0xE2 && c1 == 0x81 && c2 == 0x9F) ||
                 (c == 0xE3 && c1 == 0x80 && c2 == 0x80)) {
        len = 3;
      } else if ((c == 0xE2 && c1 == 0x80 && c2 == 0x8B) ||
                 (c == 0xEF && c1 == 0xBB && c2 == 0xBF)) {
        len = 3, space = false;  // zero-width space, BOM
      }
      if (len == 0) {
        if (run == std::string_view::npos) run = i;
        ++i;
        continue;
      }
      if (run != std::string_view::npos) content(s.substr(run, i - run));
      run = std::string_view::npos;
      if (space) whitespace(c == '\n', pre);
      i += len;
    }
    if (run != std::string_view::npos) content(s.substr(run));
  }

  void line_break() {
    if (!has_text_) return;
    if (single_line_) {
      pending_ = std::max(pending_, kSpace);
    } else {
      pending_ = pending_ >= kNewline ? kBlank : kNewline;
    }
  }

  void block_break() {
    if (single_line_) {
      if (has_text_) pending_ = std::max(pending_, kSpace);
      return;
    }
    has_text_ = false;
    pending_ = kNone;
    newlines_ = 0;
  }

  std::string take() {
    if (!is_valid_utf8(out_)) {
      std::string repaired;
      repair_utf8(out_, &repaired);
      return repaired;
    }
    return std::move(out_);
  }

 private:
  enum Pending : uint8_t { kNone, kSpace, kNewline, kBlank };

  void whitespace(bool newline, bool pre) {
    if (!has_text_) return;  // leading whitespace of a block
    if (single_line_) {
      pending_ = std::max(pending_, kSpace);
    } else if (pre && newline) {
      line_break();
    } else {
      newlines_ += newline;
      pending_ = std::max(pending_, newlines_ >= 2 ? kBlank : kSpace);
    }
  }

  void content(std::string_view run) {
    if (!has_text_) {
      if (!out_.empty()) out_ += single_line_ ? " " : "\n\n";
    } else if (pending_ == kSpace) {
      out_ += ' ';
    } else if (pending_ == kNewline) {
      out_ += '\n';
    } else if (pending_ == kBlank) {
      out_ += "\n\n";
    }
    out_.append(run);
    has_text_ = true;
    pending_ = kNone;
    newlines_ = 0;
  }

  bool single_line_;
  std::string out_;
  bool has_text_ = false;
  Pending pending_ = kNone;
  int newlines_ = 0;
};

bool is_text(const GumboNode* n) {
  return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
         n->type == GUMBO_NODE_WHITESPACE;
}

// The story text under root, without furniture. root_in_story: root is or sits in an
// <article>/<main>. The tree's depth was checked by Furniture::mark.
std::string extract_text(const GumboNode* root, const Furniture& furniture, bool root_in_story,
                         size_t reserve) {
  enum Kind : uint8_t { kEnter, kLeave };
  struct Item {
    const GumboNode* node;
    Kind kind;
    bool in_story;
  };
  TextBuilder out(/*single_line=*/false);
  out.reserve(reserve);
  std::vector<Item> stack;
  stack.reserve(256);
  stack.push_back({root, kEnter, root_in_story});
  int pre = 0;
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (it.kind == kLeave) {
      out.block_break();
      GumboTag t = n->v.element.tag;
      if (t == GUMBO_TAG_PRE || t == GUMBO_TAG_LISTING || t == GUMBO_TAG_XMP) --pre;
      continue;
    }
    if (is_text(n)) {
      out.text(n->v.text.text, pre > 0);
      continue;
    }
    if (!is_element(n)) continue;  // comments
    if (n != root && furniture.dropped(n, it.in_story)) continue;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_BR) {
      out.line_break();
      continue;
    }
    bool in_story = it.in_story || opens_story(n);
    if (kBlockTags[t]) {
      out.block_break();
      stack.push_back({n, kLeave, in_story});
      if (t == GUMBO_TAG_PRE || t == GUMBO_TAG_LISTING || t == GUMBO_TAG_XMP) ++pre;
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned k = kids.length; k-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[k]), kEnter, in_story});
    }
  }
  return out.take();
}

// All text under n on one line (for <title> and <h1>).
std::string flat_text(const GumboNode* n) {
  TextBuilder out(/*single_line=*/true);
  walk(n, [&out](const GumboNode* x, int) {
    if (is_text(x)) out.text(x->v.text.text, false);
    if (!is_element(x)) return false;
    GumboTag t = x->v.element.tag;
    if (t == GUMBO_TAG_BR || kBlockTags[t]) out.block_break();
    return t == GUMBO_TAG_TITLE || !kDropTags[t];
  });
  return out.take();
}

std::string flat_text(std::string_view s) {
  TextBuilder out(/*single_line=*/true);
  out.text(s, false);
  return out.take();
}

// ---- Metadata -----------------------------------------------------------------------------

// What one walk over the whole page finds.
struct Survey {
  const GumboNode* body = nullptr;
  const GumboNode* main = nullptr;         // first <main> or role=main not in furniture
  std::vector<const GumboNode*> articles;  // outermost <article>s not in furniture
  const GumboNode* h1 = nullptr;           // first <h1> not in furniture
  const GumboNode* any_h1 = nullptr;
  std::string_view title, og_title, og_url, canonical, site, language;
  std::vector<std::pair<int, std::string_view>> dates;  // (rank, value), see kDateRank*
  std::vector<std::string_view> json_ld;
  struct Time {
    const GumboNode* node;
    std::string_view value;
    bool in_furniture;
  };
  std::vector<Time> times;
};

// Ranks of date sources; JSON-LD (2) and <time> (3) are looked up apart.
constexpr int kRankArticleMeta = 0, kRankOgMeta = 1, kRankDateMeta = 4, kRankOtherMeta = 5;

// Further meta names CMSs use for the publication date, tried after the listed ones.
bool is_other_date_meta(std::string_view key) {
  for (std::string_view k :
       {"publish-date", "publishdate", "publish_date", "publication_date", "parsely-pub-date",
        "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created",
        "citation_publication_date", "sailthru.date", "article.published", "datepublished"}) {
    if (ieq(key, k)) return true;
  }
  return false;
}

void survey_meta(const GumboNode* n, Survey* s) {
  std::string_view property = trim(attr(n, "property")), name = trim(attr(n, "name"));
  std::string_view content = trim(attr(n, "content"));
  if (content.empty()) return;
  auto key_is = [&](std::string_view k) { return ieq(property, k) || ieq(name, k); };
  if (key_is("og:title")) {
    if (s->og_title.empty()) s->og_title = content;
  } else if (key_is("og:url")) {
    if (s->og_url.empty()) s->og_url = content;
  } else if (key_is("og:site_name")) {
    if (s->site.empty()) s->site = content;
  } else if (key_is("article:published_time")) {
    s->dates.emplace_back(kRankArticleMeta, content);
  } else if (key_is("og:published_time")) {
    s->dates.emplace_back(kRankOgMeta, content);
  } else if (ieq(name, "date") || ieq(name, "pubdate")) {
    s->dates.emplace_back(kRankDateMeta, content);
  } else if (is_other_date_meta(name) || is_other_date_meta(property)) {
    s->dates.emplace_back(kRankOtherMeta, content);
  }
}

bool names_are_canonical(std::string_view rel) {
  size_t i = 0;
  while (i < rel.size()) {
    while (i < rel.size() && is_space(rel[i])) ++i;
    size_t start = i;
    while (i < rel.size() && !is_space(rel[i])) ++i;
    if (ieq(rel.substr(start, i - start), "canonical")) return true;
  }
  return false;
}

// Returns false when the tree is too deep.
bool survey_page(const GumboNode* root, const Furniture& furniture, Survey* s) {
  struct Item {
    const GumboNode* node;
    int depth;
    bool in_furniture, in_story, in_article;
  };
  std::vector<Item> stack = {{root, 0, false, false, false}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const GumboNode* n = it.node;
    if (it.depth > kMaxHtmlDepth) return false;
    if (n->type != GUMBO_NODE_DOCUMENT && !is_element(n)) continue;
    bool in_furniture = it.in_furniture, in_story = it.in_story, in_article = it.in_article;
    if (is_element(n)) {
      const GumboElement& e = n->v.element;
      in_furniture = in_furniture || furniture.dropped(n, in_story);
      bool html_ns = e.tag_namespace == GUMBO_NAMESPACE_HTML;
      switch (e.tag) {
        case GUMBO_TAG_HTML:
          if (s->language.empty()) s->language = trim(attr(n, "lang"));
          break;
        case GUMBO_TAG_BODY:
          if (!s->body) s->body = n;
          break;
        case GUMBO_TAG_TITLE:
          if (html_ns && s->title.empty() && e.children.length > 0 &&
              is_text(static_cast<const GumboNode*>(e.children.data[0]))) {
            s->title = static_cast<const GumboNode*>(e.children.data[0])->v.text.text;
          }
          break;
        case GUMBO_TAG_META:
          survey_meta(n, s);
          break;
        case GUMBO_TAG_LINK:
          if (s->canonical.empty() && names_are_canonical(attr(n, "rel"))) {
            s->canonical = trim(attr(n, "href"));
          }
          break;
        case GUMBO_TAG_SCRIPT:
          if (ieq(trim(attr(n, "type")), "application/ld+json") && e.children.length > 0 &&
              is_text(static_cast<const GumboNode*>(e.children.data[0]))) {
            s->json_ld.push_back(static_cast<const GumboNode*>(e.children.data[0])->v.text.text);
          }
          break;
        case GUMBO_TAG_H1:
          if (!s->any_h1) s->any_h1 = n;
          if (!s->h1 && !in_furniture) s->h1 = n;
          break;
        case GUMBO_TAG_TIME: {
          std::string_view dt = trim(attr(n, "datetime"));
          if (!dt.empty()) s->times.push_back({n, dt, in_furniture});
          break;
        }
        case GUMBO_TAG_ARTICLE:
          if (!in_furniture && !in_article) s->articles.push_back(n);
          in_article = true;
          break;
        default:
          break;
      }
      if (ieq(trim(attr(n, "itemprop")), "datePublished")) {
        std::string_view v = trim(attr(n, "content"));
        if (v.empty()) v = trim(attr(n, "datetime"));
        if (!v.empty()) s->dates.emplace_back(kRankDateMeta, v);
      }
      if (opens_story(n)) {
        if (!s->main && !in_furniture && e.tag != GUMBO_TAG_ARTICLE) s->main = n;
        in_story = true;
      }
    }
    const GumboVector* kids = children_of(n);
    for (unsigned k = kids->length; k-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids->data[k]), it.depth + 1, in_furniture,
                       in_story, in_article});
    }
  }
  return true;
}

// The first date that normalises, in the order of html_page.h: article:published_time,
// og:published_time, JSON-LD, <time datetime> in the story (else in the page), then other metas.
std::string published_date(const Survey& s, const GumboNode* story) {
  auto first_of_rank = [&s](int rank) {
    for (const auto& [r, value] : s.dates) {
      if (r != rank) continue;
      std::string d = normalize_published_date(value);
      if (!d.empty()) return d;
    }
    return std::string();
  };
  std::string d = first_of_rank(kRankArticleMeta);
  if (d.empty()) d = first_of_rank(kRankOgMeta);
  if (d.empty()) d = json_ld_published_date(s.json_ld);
  // A <time> in a related-stories box dates another story: prefer the story's, then any
  // outside furniture, then any at all.
  for (int pass = 0; pass < 3 && d.empty(); ++pass) {
    for (const Survey::Time& t : s.times) {
      if (pass < 2 && t.in_furniture) continue;
      if (pass == 0 && !is_ancestor(story, t.node)) continue;
      d = normalize_published_date(t.value);
      if (!d.empty()) break;
    }
  }
  if (d.empty()) d = first_of_rank(kRankDateMeta);
  if (d.empty()) d = first_of_rank(kRankOtherMeta);
  return d;
}

// The story: the only <article> (or the <main> holding it). Among several outermost
// articles (a story and its teasers, or infinite scroll): those holding the headline (<h1>,
// itemprop=articleBody); when none does but an <h1> stands outside them, they are teasers
// and <main> or <body> is the story; then the first that is not a stub beside the longest.
// With no article: <main>, else <body>. Sets *text when it had to extract it to choose.
const GumboNode* choose_story(const Survey& s, const Furniture& furniture, const GumboNode* body,
                              std::string* text) {
  const GumboNode* fallback = s.main ? s.main : body;
  if (s.articles.empty()) return fallback;
  if (s.articles.size() == 1) {
    return s.main && is_ancestor(s.main, s.articles[0]) ? s.main : s.articles[0];
  }
  std::vector<const GumboNode*> pool;
  for (const GumboNode* a : s.articles) {
    if (furniture.holds(a) & kHoldsHeadline) pool.push_back(a);
  }
  if (pool.empty()) {
    if (s.h1) return fallback;
    pool = s.articles;
  }
  if (pool.size() == 1) return pool[0];
  std::vector<std::string> texts;
  size_t longest = 0;
  for (size_t k = 0; k < pool.size() && k < 16; ++k) {
    texts.push_back(extract_text(pool[k], furniture, true, 0));
    longest = std::max(longest, texts.back().size());
  }
  for (size_t k = 0; k < texts.size(); ++k) {
    if (texts[k].size() * 4 >= longest) {
      *text = std::move(texts[k]);
      return pool[k];
    }
  }
  return pool[0];
}

// gumbo allocates node by node (hundreds of small blocks for a short page); an arena per
// thread, emptied after each page, replaces those malloc and free calls with a pointer bump.
void* arena_allocate(void* arena, size_t bytes) {
  return static_cast<Arena*>(arena)->allocate(bytes);
}
void arena_free(void*, void*) {}  // the arena frees everything at once

struct ArenaReset {
  Arena* arena;
  ~ArenaReset() { arena->reset(); }
};

}  // namespace

Result<HtmlPage> parse_html_page(std::string_view html) {
  thread_local Arena arena;
  ArenaReset reset{&arena};  // gumbo's tree lives in the arena until this function returns
  // Plain pages get gumbo's tree from the fast path; the rest go through gumbo itself. A page
  // the fast path accepts nests less than 520 levels, so the nesting guard would pass it.
  const GumboNode* root = parse_plain_html(html, &arena);
  if (!root) {
    if (nesting_exceeds(html, kMaxHtmlDepth)) return Status::InvalidInput(depth_error());
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // we never read gumbo's parse errors; do not keep them
    options.allocator = arena_allocate;
    options.deallocator = arena_free;
    options.userdata = &arena;
    GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
    if (!out || !out->root) return Status::InvalidInput("HTML could not be parsed");
    root = out->root;
  }

  Furniture furniture;
  Survey s;
  if (!furniture.mark(root) || !survey_page(root, furniture, &s)) {
    return Status::InvalidInput(depth_error());
  }

  const GumboNode* body = s.body ? s.body : root;
  std::string text;
  const GumboNode* story = choose_story(s, furniture, body, &text);
  if (text.empty()) text = extract_text(story, furniture, story != body, html.size() / 2);
  if (text.empty() && story != body) {
    story = body;
    text = extract_text(body, furniture, false, html.size() / 2);
  }
  if (text.empty()) return Status::InvalidInput("no text found in HTML page");

  HtmlPage page;
  page.text = std::move(text);
  page.title = flat_text(s.og_title);
  if (page.title.empty()) page.title = flat_text(s.title);
  if (page.title.empty() && (s.h1 || s.any_h1)) page.title = flat_text(s.h1 ? s.h1 : s.any_h1);
  page.published = published_date(s, story);
  page.url = std::string(!s.og_url.empty() ? s.og_url : s.canonical);
  page.site = flat_text(s.site);
  page.language = std::string(s.language);
  return page;
}

}  // namespace casebook
