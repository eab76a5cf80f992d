// Tests for the plain-page fast path: whenever it accepts a page, its tree must equal gumbo's
// node for node; it must accept the plain pages it is for and give up on what it does not
// reproduce (tables, misnesting, rare references).
#include "ingest/plain_html.h"

#include <gtest/gtest.h>
#include <gumbo.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "gumbo_tree_diff.h"

namespace casebook {
namespace {

// Parses html both ways. Returns whether the fast path accepted it; fails the test when it
// accepted it with a tree other than gumbo's.
bool accepted_and_equal(const std::string& html) {
  Arena arena;
  const GumboNode* fast = parse_plain_html(html, &arena);
  if (!fast) return false;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string d = gumbo_tree_difference(fast, out->root, "html");
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  EXPECT_EQ(d, "") << "page: " << html;
  return d.empty();
}

// Pages the fast path is for; each must be accepted.
const std::vector<std::string>& plain_pages() {
  static const std::vector<std::string> kPages = {
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Court "
      "jails editor</title>\n<meta property=\"article:published_time\" "
      "content=\"2024-03-01T00:00:00\">\n</head><body><article>\n<h1>Court jails editor</h1>\n"
      "<p>The editor was sentenced on Monday.</p> <p>Her lawyer said she would appeal.</p>\n"
      "</article></body></html>\n",
      "<html>\n<body>\nplain words</body>\n<!--after body-->\n</html>\n",
      "<!doctype HTML><html><head></head><body>a<!--c-->b</body></html> \n",
      "<!DOCTYPE html><html><head>\n<title>t</title></head>\n<!--h-->\n<body>\na<br/>b<img "
      "src=x alt=\"a&quot;b\">&#233;&#x41;&nbsp;&lt;&amp;&gt; &mdash;&rsquo;</body></html>",
      "<html><head><title>  A &amp; B  </title><meta name=x content=\"y\" content=\"z\">"
      "</head><body><div ID=\"Q\" Class=k data-x='1'>a</div></body></html>",
      "<p>No head, no body: <b>bold</b> and <i>italic <em>nested</em></i>.</p><p>Second.</p>",
      "<html><body><ul><li>one</li><li>two <a href=\"/x?a=1&b=2&amp;c=3\">link</a></li></ul>"
      "<dl><dt>term</dt><dd>definition</dd></dl><h2>Sub</h2><div><p>in div</p></div>"
      "</body></html>",
      "<html><head><script>var a = '<p>' + 1 < 2 && b;</script><style>p > a { }</style>"
      "<link rel=canonical href=\"https://example.org/story\"></head><body><main>"
      "<section><p>Text a < b and c > d, 5 & 6 ; x</p></section></main></body></html>",
      "<html><body><nav><a href=/>Home</a></nav><article><header><time "
      "datetime=\"2023-05-02\">2 May</time></header><p>Body\ttext\f here</p><figure><img "
      "src=a.jpg><figcaption>Caption</figcaption></figure></article><footer>f</footer>"
      "</body></html>",
      "<html><body><p>Unicode: caf\xC3\xA9, \xE2\x80\x9Cquoted\xE2\x80\x9D, \xF0\x9F\x98\x80"
      "</p><custom-card>custom</custom-card><p><span>s<wbr>pan</span></p></body></html>",
      "<html><head><title></title></head><body><p>empty title</p><div><div><span>deep"
      "</span></div></div>   \n  </body>  </html>  ",
      "<html><body><div>unclosed <span>elements",
      "<html><body><p>index.php?id=5&catid=7 &foo bar &amp;x &#38; & <button>Share</button>"
      "</p><a href=\"?q=1&utm=2&amp;k\" title='&x y'>x</a></body></html>",
  };
  return kPages;
}

TEST(PlainHtmlTest, PlainPagesAreAcceptedWithGumbosTree) {
  for (const std::string& html : plain_pages()) {
    EXPECT_TRUE(accepted_and_equal(html)) << "refused: " << html;
  }
}

// Every prefix of the plain pages (truncated downloads, a tag cut in half, a reference cut
// short): whatever the fast path accepts must be gumbo's tree.
TEST(PlainHtmlTest, EveryPrefixIsGumbosTreeOrRefused) {
  for (const std::string& html : plain_pages()) {
    for (size_t n = 0; n <= html.size(); ++n) accepted_and_equal(html.substr(0, n));
  }
}

// Random token soups (fixed seed): misnesting, stray end tags, text before <html> and after
// </html>, in every order. Whatever the fast path accepts must be gumbo's tree.
TEST(PlainHtmlTest, RandomTagSoupIsGumbosTreeOrRefused) {
  const char* kTokens[] = {"<!DOCTYPE html>",
                           "<html>",
                           "</html>",
                           "<head>",
                           "</head>",
                           "<body>",
                           "</body>",
                           "<title>a &amp; b</title>",
                           "<meta name=a content='b'>",
                           "<script>x<y</script>",
                           "<style>p{}</style>",
                           "<p>",
                           "</p>",
                           "<div class=c>",
                           "</div>",
                           "<b>",
                           "</b>",
                           "<i>",
                           "</i>",
                           "<a href=\"?a=1&b=2\">",
                           "</a>",
                           "<ul>",
                           "</ul>",
                           "<li>",
                           "</li>",
                           "<dd>",
                           "<dt>",
                           "</dd>",
                           "<h1>",
                           "</h1>",
                           "<h2>",
                           "</h2>",
                           "<span>",
                           "</span>",
                           "<button>",
                           "</button>",
                           "<section>",
                           "</section>",
                           "<custom-x>",
                           "</custom-x>",
                           "<br>",
                           "<img src=x>",
                           "<hr>",
                           "<!--c-->",
                           "words",
                           " ",
                           "\n",
                           "&amp;",
                           "&x",
                           "&#65;",
                           "<",
                           ">",
                           "&",
                           "\xC3\xA9",
                           "<article>",
                           "</article>",
                           "<nav>",
                           "</nav>"};
  constexpr size_t kCount = sizeof(kTokens) / sizeof(kTokens[0]);
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&state] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  int accepted = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string html;
    for (size_t n = 1 + next() % 24; n > 0; --n) html += kTokens[next() % kCount];
    accepted += accepted_and_equal(html);
  }
  EXPECT_GT(accepted, 100);  // the soup must exercise the fast path, not only its refusals
}

// Random well-nested pages (fixed seed), with now and then an end tag left out, text with
// references, comments and whitespace between blocks: mostly accepted, always gumbo's tree.
TEST(PlainHtmlTest, RandomNestedPagesAreGumbosTree) {
  const char* kElements[] = {"div",        "p",      "span",       "b",       "em",      "a",
                             "ul",         "li",     "h2",         "section", "article", "header",
                             "blockquote", "figure", "figcaption", "dl",      "dd",      "dt",
                             "main",       "aside",  "time",       "strong",  "button",  "x-box"};
  const char* kLeaves[] = {
      "text",          " ",     "\n  ",         "&amp;",
      "&#233;",        "a < b", "<br>",         "<img src=\"x.jpg\" alt='a &quot;b&quot;'>",
      "<!-- note -->", "<wbr>", "\xE2\x80\x94", "&nbsp;",
      "x&y",           "<hr>"};
  uint64_t state = 0x2545F4914F6CDD1Dull;
  auto next = [&state] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  std::function<void(std::string*, int)> grow = [&](std::string* out, int depth) {
    for (size_t n = next() % 4; n > 0; --n) {
      if (depth > 6 || next() % 3 == 0) {
        *out += kLeaves[next() % (sizeof(kLeaves) / sizeof(kLeaves[0]))];
        continue;
      }
      const char* e = kElements[next() % (sizeof(kElements) / sizeof(kElements[0]))];
      *out += std::string("<") + e + (next() % 4 == 0 ? " class=\"c d\" id=k" : "") + ">";
      grow(out, depth + 1);
      if (next() % 10 != 0) *out += std::string("</") + e + ">";
    }
  };
  int accepted = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string body;
    grow(&body, 0);
    std::string html = next() % 2 ? "<!DOCTYPE html>\n<html><head><title>T</title></head>\n<body>" +
                                        body + "</body></html>\n"
                                  : body;
    accepted += accepted_and_equal(html);
  }
  EXPECT_GT(accepted, 1000);
}

// Pages whose error recovery or rare constructs the fast path leaves to gumbo.
TEST(PlainHtmlTest, GivesUpOnWhatItDoesNotReproduce) {
  const char* kRefused[] = {
      "<html><body><table><tr><td>cell</td></tr></table></body></html>",  // foster parenting
      "<html><body><p>one<p>two</body></html>",                           // <p> closes <p>
      "<html><body><p>para<h2>head</h2></body></html>",                   // block closes <p>
      "<html><body><ul><li>a<li>b</ul></body></html>",                    // <li> closes <li>
      "<html><body><b><i>x</b></i></body></html>",                        // misnested
      "<html><body><a href=1>x<a href=2>y</a></a></body></html>",         // <a> in <a>
      "<html><body><pre>\ncode</pre></body></html>",                      // newline dropped
      "<html><body>caf&eacute;</body></html>",                            // rare references
      "<html><body>&copyright 2024</body></html>",                        // read as "&copy;"
      "<html><body><button><button>x</button></button></body></html>",
      "<html><body>line\r\nbreak</body></html>",  // carriage return
      "<html><body>nul\0char</body></html>",
      "<html><body>bad \xFF byte</body></html>",  // invalid UTF-8
      "<html><body>c1 \xC2\x85 control</body></html>",
      "<html><body><svg><p>x</p></svg></body></html>",               // foreign content
      "<html><head><p>text in head</p></head><body></body></html>",  // body content in head
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body>x</body></html>",
      "<html><body>x</body></html><p>after html</p>",
      "<html><body><div>x</span></div></body></html>",  // stray end tag
      "<html><body><!--->x</body></html>",
      "<?xml version=\"1.0\"?><html><body>x</body></html>",
  };
  for (const char* html : kRefused) {
    std::string s(html, std::char_traits<char>::length(html));
    // The literal with a NUL inside: its text runs on after the first terminator.
    if (std::string_view(html).find("nul") != std::string_view::npos) {
      const char* rest = html + s.size() + 1;
      s = std::string(html, s.size() + 1 + std::char_traits<char>::length(rest));
    }
    Arena arena;
    EXPECT_EQ(parse_plain_html(s, &arena), nullptr) << s;
  }
}

// Deep pages are left to gumbo and its nesting guard, and refusing them stays linear:
// 100,000 "<div/>" (which HTML opens, not closes) followed by list items.
TEST(PlainHtmlTest, DeepPagesGoToGumbo) {
  std::string shallow = "<html><body>", deep = shallow;
  for (int k = 0; k < 500; ++k) shallow += "<span>";
  for (int k = 0; k < 600; ++k) deep += "<span>";
  EXPECT_TRUE(accepted_and_equal(shallow + "x"));
  Arena arena;
  EXPECT_EQ(parse_plain_html(deep + "x", &arena), nullptr);
  std::string pathological = "<html><body>";
  for (int k = 0; k < 100000; ++k) pathological += "<div/>";
  for (int k = 0; k < 100000; ++k) pathological += "<li></li>";
  EXPECT_EQ(parse_plain_html(pathological, &arena), nullptr);
}

// The repository's own HTML documents: accepted or not, never a different tree.
TEST(PlainHtmlTest, RepositoryPagesAreGumbosTreeOrRefused) {
  int pages = 0;
  for (const char* dir : {CASEBOOK_SOURCE_DIR "/examples", CASEBOOK_SOURCE_DIR "/tests/golden"}) {
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".html") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      accepted_and_equal(ss.str());
      ++pages;
    }
  }
  EXPECT_GT(pages, 0);
}

}  // namespace
}  // namespace casebook
