// Tests for HTML page to text: title and date sources, furniture removal, block and inline
// spacing, and pathological pages (deep nesting, truncation, no text).
#include "ingest/html_page.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/utf8.h"

namespace casebook {
namespace {

// A page whose <head> holds `head` and whose <body> holds `body`.
std::string page(std::string_view head, std::string_view body) {
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">" + std::string(head) +
         "</head><body>" + std::string(body) + "</body></html>";
}

HtmlPage parse_ok(const std::string& html) {
  Result<HtmlPage> r = parse_html_page(html);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? r.value() : HtmlPage{};
}

std::string text_of(std::string_view body) { return parse_ok(page("", body)).text; }

// ---- Title ----

TEST(HtmlPageTitleTest, OgTitleBeatsTitleBeatsH1) {
  const char* body = "<h1>Heading  one</h1><p>Story text.</p>";
  EXPECT_EQ(parse_ok(page("<meta property=\"og:title\" content=\"Og &amp; title\">"
                          "<title>Tab title</title>",
                          body))
                .title,
            "Og & title");
  EXPECT_EQ(parse_ok(page("<title>\n  Tab\n   title </title>", body)).title, "Tab title");
  EXPECT_EQ(parse_ok(page("", body)).title, "Heading one");
}

TEST(HtmlPageTitleTest, EmptyOgTitleFallsBack) {
  EXPECT_EQ(
      parse_ok(page("<meta property=\"og:title\" content=\" \"><title>Tab</title>", "<p>x</p>"))
          .title,
      "Tab");
}

TEST(HtmlPageTitleTest, H1InNavigationIsNotTheTitle) {
  EXPECT_EQ(parse_ok(page("",
                          "<nav><h1>Site</h1></nav><article><h1>Real <em>head</em></h1>"
                          "<p>x</p></article>"))
                .title,
            "Real head");
}

// ---- Other metadata ----

TEST(HtmlPageMetaTest, UrlSiteLanguage) {
  HtmlPage p =
      parse_ok(page("<meta property=\"og:site_name\" content=\"The Paper\">"
                    "<link rel=\"alternate canonical\" href=\"https://x.example/a\">",
                    "<p>x</p>"));
  EXPECT_EQ(p.url, "https://x.example/a");
  EXPECT_EQ(p.site, "The Paper");
  EXPECT_EQ(p.language, "en");
  p =
      parse_ok(page("<meta property=\"og:url\" content=\"https://x.example/og\">"
                    "<link rel=\"canonical\" href=\"https://x.example/a\">",
                    "<p>x</p>"));
  EXPECT_EQ(p.url, "https://x.example/og");
  p = parse_ok("<html><body><p>x</p></body></html>");
  EXPECT_EQ(p.url, "");
  EXPECT_EQ(p.site, "");
  EXPECT_EQ(p.language, "");
}

// ---- Published date ----

std::string date_of(std::string_view head, std::string_view body = "<p>x</p>") {
  return parse_ok(page(head, body)).published;
}

TEST(HtmlPageDateTest, ArticlePublishedTime) {
  EXPECT_EQ(date_of("<meta property=\"article:published_time\" content=\"2018-04-05T10:00:00Z\">"),
            "2018-04-05");
}

TEST(HtmlPageDateTest, OgPublishedTimeAsPropertyOrName) {
  EXPECT_EQ(date_of("<meta property=\"og:published_time\" content=\"2018-04-05\">"), "2018-04-05");
  EXPECT_EQ(date_of("<meta name=\"og:published_time\" content=\"April 5, 2018\">"), "2018-04-05");
}

TEST(HtmlPageDateTest, JsonLdObjectArrayAndGraph) {
  EXPECT_EQ(date_of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    "\"datePublished\":\"2018-04-05T10:00:00+02:00\"}</script>"),
            "2018-04-05");
  EXPECT_EQ(date_of("<script type=\"application/ld+json\">[{\"@type\":\"Organization\"},"
                    "{\"@type\":\"Article\",\"datePublished\":\"2018-04-06\"}]</script>"),
            "2018-04-06");
  EXPECT_EQ(date_of("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\"},"
                    "{\"@type\":\"BlogPosting\",\"datePublished\":\"2018-04-07\"}]}</script>"),
            "2018-04-07");
}

TEST(HtmlPageDateTest, MalformedJsonLdIsIgnored) {
  EXPECT_EQ(date_of("<script type=\"application/ld+json\">{\"datePublished\": oops</script>"
                    "<meta name=\"date\" content=\"2018-04-08\">"),
            "2018-04-08");
}

TEST(HtmlPageDateTest, TimeInStoryBeatsEarlierTimeInPage) {
  EXPECT_EQ(date_of("",
                    "<div class=\"topbar\"><time datetime=\"2020-01-01\">today</time></div>"
                    "<article><p>x</p><time datetime=\"2018-04-09T08:00\">9 April</time>"
                    "</article>"),
            "2018-04-09");
  EXPECT_EQ(date_of("", "<div><time datetime=\"2018-04-10\">x</time></div><p>y</p>"), "2018-04-10");
  // A teaser in a related-stories box dates another story.
  EXPECT_EQ(date_of("",
                    "<div class=\"related-stories\"><time datetime=\"2011-01-01\">a</time>"
                    "</div><p>y</p><div><time datetime=\"2018-04-11\">b</time></div>"),
            "2018-04-11");
}

TEST(HtmlPageDateTest, MetaNameDatePubdateItemprop) {
  EXPECT_EQ(date_of("<meta name=\"date\" content=\"2018/04/12\">"), "2018-04-12");
  EXPECT_EQ(date_of("<meta name=\"pubdate\" content=\"20180413\">"), "2018-04-13");
  EXPECT_EQ(date_of("<meta itemprop=\"datePublished\" content=\"2018-04-14\">"), "2018-04-14");
  EXPECT_EQ(date_of("",
                    "<p>x <span itemprop=\"datePublished\" content=\"2018-04-15\">Sunday"
                    "</span></p>"),
            "2018-04-15");
}

TEST(HtmlPageDateTest, SourcesAreTriedInOrderAndUnreadableOnesSkipped) {
  const char* ld =
      "<script type=\"application/ld+json\">{\"@type\":\"Article\","
      "\"datePublished\":\"2018-02-02\"}</script>";
  EXPECT_EQ(date_of(std::string("<meta name=\"date\" content=\"2018-03-03\">") + ld +
                    "<meta property=\"article:published_time\" content=\"2018-01-01\">"),
            "2018-01-01");
  EXPECT_EQ(date_of(std::string("<meta name=\"date\" content=\"2018-03-03\">") + ld +
                    "<meta property=\"article:published_time\" content=\"soon\">"),
            "2018-02-02");
  EXPECT_EQ(date_of("<meta name=\"date\" content=\"2018-03-03\">",
                    "<p>x <time datetime=\"2018-05-05\">May</time></p>"),
            "2018-05-05");
  EXPECT_EQ(date_of("<meta name=\"date\" content=\"2018-02-30\">"), "");
}

// ---- Furniture ----

TEST(HtmlPageTextTest, FurnitureIsDropped) {
  std::string text = text_of(
      "<header><a href=\"/\">Site name</a></header>"
      "<nav><ul><li>Home</li><li>World</li></ul></nav>"
      "<div id=\"cookie-banner\"><p>We use cookies.</p><button>Accept</button></div>"
      "<div class=\"content\"><p>First paragraph.</p>"
      "<div class=\"share-buttons\"><a>Facebook</a><a>Twitter</a></div>"
      "<script>var secret = 'script text';</script><style>p{color:red}</style>"
      "<noscript>Enable scripts</noscript>"
      "<p>Second paragraph.</p>"
      "<aside><p>Aside text</p></aside>"
      "<div class=\"newsletterSignup\">Subscribe now</div>"
      "<section id=\"comments\"><p>A reader said.</p></section>"
      "<div class=\"ad-slot-2\">Buy things</div>"
      "<ol class=\"breadcrumb\"><li>Home</li></ol>"
      "<div role=\"navigation\">Menu items</div>"
      "<div aria-label=\"Related stories\"><p>Other story</p></div>"
      "<form action=\"/search\"><input name=q><label>Search</label></form>"
      "</div><footer>Copyright</footer>");
  EXPECT_EQ(text, "First paragraph.\n\nSecond paragraph.");
}

TEST(HtmlPageTextTest, FurnitureWordsMatchWholeWordsOnly) {
  // "header-image", "shadow", "download", "address" hold no furniture word.
  std::string text = text_of(
      "<article><div class=\"header-image\"><figure><figcaption>Caption</figcaption></figure>"
      "</div><div class=\"shadow download\"><p>Body.</p></div></article>");
  EXPECT_EQ(text, "Caption\n\nBody.");
}

TEST(HtmlPageTextTest, PageDescribingClassesDoNotDropTheStory) {
  // WordPress writes the story's categories and layout on its wrappers.
  EXPECT_EQ(text_of("<div class=\"post category-social tag-ad has-sidebar no-comments\">"
                    "<p>Story.</p></div>"),
            "Story.");
  EXPECT_EQ(text_of("<div class=\"layout with-sidebar\"><h1>Head</h1><p>Story.</p></div>"
                    "<div class=\"sidebar\">Links</div>"),
            "Head\n\nStory.");
}

TEST(HtmlPageTextTest, HeaderInsideArticleIsKept) {
  EXPECT_EQ(text_of("<header>Masthead</header><article><header><h1>Head</h1></header>"
                    "<p>Body.</p><footer>Tags: a, b</footer></article>"),
            "Head\n\nBody.");
}

TEST(HtmlPageTextTest, PageWideFormIsNotDropped) {
  EXPECT_EQ(text_of("<form id=\"aspnetForm\" action=\"/x\"><div class=\"page\"><h1>Head</h1>"
                    "<p>Body.</p></div></form>"),
            "Head\n\nBody.");
}

// ---- Story selection ----

TEST(HtmlPageTextTest, ArticleIsTheStory) {
  EXPECT_EQ(text_of("<div><p>Site blurb.</p></div><article><h1>Head</h1><p>Body.</p></article>"
                    "<div><p>More blurb.</p></div>"),
            "Head\n\nBody.");
}

TEST(HtmlPageTextTest, MainHoldingTheArticleIsPreferred) {
  EXPECT_EQ(text_of("<div>Top blurb</div><main><h1>Head</h1><article><p>Body.</p></article>"
                    "</main><div>Bottom blurb</div>"),
            "Head\n\nBody.");
  EXPECT_EQ(text_of("<div>Top blurb</div><div role=\"main\"><p>Body.</p></div>"), "Body.");
}

TEST(HtmlPageTextTest, FirstOfSeveralArticlesUnlessAStub) {
  EXPECT_EQ(text_of("<article><p>Story one is here.</p></article>"
                    "<article><p>Story two.</p></article>"),
            "Story one is here.");
  EXPECT_EQ(text_of("<article><p>Stub.</p></article><article><p>" + std::string(200, 'x') +
                    "</p></article>"),
            std::string(200, 'x'));
}

TEST(HtmlPageTextTest, ArticleHoldingTheHeadlineBeatsTeasers) {
  EXPECT_EQ(text_of("<article><h3>Teaser</h3><p>Other story, long enough.</p></article>"
                    "<article><h1>Head</h1><p>Body.</p></article>"),
            "Head\n\nBody.");
  // The story is outside every <article>: the articles are teaser cards.
  EXPECT_EQ(text_of("<div class=\"story\"><h1>Head</h1><p>Body.</p></div>"
                    "<div class=\"more\"><article><p>Teaser one.</p></article>"
                    "<article><p>Teaser two.</p></article></div>"),
            "Head\n\nBody.\n\nTeaser one.\n\nTeaser two.");
}

TEST(HtmlPageTextTest, EmptyArticleFallsBackToBody) {
  EXPECT_EQ(text_of("<article><img src=x></article><p>Body text.</p>"), "Body text.");
}

// ---- Blocks, inline spacing, entities ----

TEST(HtmlPageTextTest, BlocksInOrderSeparatedByOneBlankLine) {
  EXPECT_EQ(text_of("<h1>  Head </h1>\n\n<p>One\n  two.</p>  <p></p><div><p>Three.</p>"
                    "<ul><li>Four</li><li>Five</li></ul></div><blockquote>Six</blockquote>"
                    "<table><tr><td>Seven</td><td>Eight</td></tr></table>"
                    "<dl><dt>Nine</dt><dd>Ten</dd></dl>"),
            "Head\n\nOne two.\n\nThree.\n\nFour\n\nFive\n\nSix\n\nSeven\n\nEight\n\nNine\n\nTen");
}

TEST(HtmlPageTextTest, EntitiesAreDecoded) {
  EXPECT_EQ(text_of("<p>Salt &amp; pepper, it&#8217;s&nbsp;here &lt;ok&gt; &eacute;t&#xE9;</p>"),
            "Salt & pepper, it\u2019s here <ok> \u00e9t\u00e9");
}

TEST(HtmlPageTextTest, InlineElementsAddNoSpaces) {
  EXPECT_EQ(text_of("<p>foo<a href=\"#\">bar</a></p>"), "foobar");
  EXPECT_EQ(text_of("<p>foo <a href=\"#\">bar</a></p>"), "foo bar");
  EXPECT_EQ(text_of("<p><b>Bold</b> <i>italic</i>, <span>span</span><em>em</em>.</p>"),
            "Bold italic, spanem.");
  EXPECT_EQ(text_of("<p>a <span> </span> b</p>"), "a b");
}

TEST(HtmlPageTextTest, BreaksBecomeNewlines) {
  EXPECT_EQ(text_of("<p>Line one<br>Line two<br/>\n  Line three<br></p>"),
            "Line one\nLine two\nLine three");
  EXPECT_EQ(text_of("<div>Part one<br><br>Part two</div>"), "Part one\n\nPart two");
  EXPECT_EQ(text_of("<p><br>Lead</p>"), "Lead");
}

TEST(HtmlPageTextTest, BlankLineInsideTextStartsABlock) {
  EXPECT_EQ(text_of("<div>First paragraph\nwraps.\n\n  Second paragraph.</div>"),
            "First paragraph wraps.\n\nSecond paragraph.");
}

TEST(HtmlPageTextTest, PreKeepsLines) {
  EXPECT_EQ(text_of("<pre>line 1\nline   2</pre>"), "line 1\nline 2");
}

// Issue 6: single spaces between words are copied with the words, in one sweep; every other
// whitespace still goes through the collapsing rules.
TEST(HtmlPageTextTest, Issue6SpacesBetweenWordsCopiedAsCollapsed) {
  EXPECT_EQ(text_of("<div>a\nb c\n\nd e  f \tg </div>"), "a b c\n\nd e f g");
  EXPECT_EQ(text_of("<p> one two <b>three four</b> five<br>six seven</p>"),
            "one two three four five\nsix seven");
  EXPECT_EQ(text_of("<pre>x y\nz w</pre>"), "x y\nz w");
  EXPECT_EQ(text_of("<p>a b\u00a0c d \u2009e</p>"), "a b c d e");
  EXPECT_EQ(parse_ok(page("<title> Two  words and one </title>", "<p>x</p>")).title,
            "Two words and one");
}

TEST(HtmlPageTextTest, UnicodeSpacesAndInvisiblesAreCleaned) {
  EXPECT_EQ(text_of("<p>\u00a0a\u2009b\u200bc\u00adde\u00a0</p>"), "a bcde");
}

TEST(HtmlPageTextTest, OutputIsValidUtf8) {
  std::string html = page("", "<p>bad \xff\xfe bytes \xe2\x82 end</p>");
  HtmlPage p = parse_ok(html);
  EXPECT_TRUE(is_valid_utf8(p.text));
  EXPECT_NE(p.text.find("end"), std::string::npos);
}

// ---- Pathological pages ----

TEST(HtmlPageLimitsTest, TenThousandNestedDivsFailFast) {
  std::string html = "<html><body>";
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "deep";
  for (int i = 0; i < 10000; ++i) html += "</div>";
  auto start = std::chrono::steady_clock::now();
  Result<HtmlPage> r = parse_html_page(html);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                  start)
                .count();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
  EXPECT_EQ(r.status().message(), "HTML nesting deeper than 2000 levels");
  EXPECT_LT(ms, 200);
}

TEST(HtmlPageLimitsTest, DeepTreeMissedByThePrescanIsStillRefused) {
  // Nested tables: the pre-scan lets a <table> close the open one, gumbo nests them.
  std::string html = "<html><body>";
  for (int i = 0; i < 700; ++i) html += "<table><tr><td>";
  html += "deep";
  Result<HtmlPage> r = parse_html_page(html);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "HTML nesting deeper than 2000 levels");
}

TEST(HtmlPageLimitsTest, ModerateNestingIsFine) {
  std::string html = "<html><body>";
  for (int i = 0; i < 1500; ++i) html += "<div><p>p" + std::to_string(i) + "</p>";
  HtmlPage p = parse_ok(html);
  EXPECT_EQ(p.text.substr(0, 8), "p0\n\np1\n\n");
  // Unclosed <p>, <li> and <td> do not nest.
  html = "<html><body><ul>";
  for (int i = 0; i < 5000; ++i) html += "<li><p>item";
  EXPECT_TRUE(parse_html_page(html).ok());
  // Gumbo ignores stray table parts outside a table and most tags inside a <select>.
  html = "<html><body><p>x</p>";
  for (int i = 0; i < 3000; ++i) html += "<colgroup><caption>";
  html += "<select>";
  for (int i = 0; i < 3000; ++i) html += "<div>";
  EXPECT_TRUE(parse_html_page(html).ok());
}

TEST(HtmlPageLimitsTest, TruncatedHtmlKeepsItsText) {
  EXPECT_EQ(parse_ok("<html><body><p>Hello wor").text, "Hello wor");
  EXPECT_EQ(parse_ok("<html><body><p>Hello world</p><p class=\"x").text, "Hello world");
  EXPECT_EQ(parse_ok("<p>Hello <b>bold <i>it").text, "Hello bold it");
}

TEST(HtmlPageLimitsTest, NoTextIsAnError) {
  for (const std::string& html :
       {page("<title>Only a title</title>", ""),
        page("", "<script>document.write('x')</script><nav>Menu</nav><img src=a.png>"),
        std::string(""), std::string("<!-- nothing -->"), std::string("<html><body>   ")}) {
    Result<HtmlPage> r = parse_html_page(html);
    ASSERT_FALSE(r.ok()) << html;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidInput);
    EXPECT_EQ(r.status().message(), "no text found in HTML page");
  }
}

TEST(HtmlPageLimitsTest, ScorerShapedPage) {
  HtmlPage p = parse_ok(
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>A headline</title>\n"
      "<meta property=\"article:published_time\" content=\"2019-06-01T12:30:00\">\n"
      "</head><body><article>\n<h1>A headline</h1>\n<p>First.</p><p>Second.</p>\n"
      "</article></body></html>\n");
  EXPECT_EQ(p.title, "A headline");
  EXPECT_EQ(p.published, "2019-06-01");
  EXPECT_EQ(p.text, "A headline\n\nFirst.\n\nSecond.");
}

}  // namespace
}  // namespace casebook
