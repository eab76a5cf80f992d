// Issue 6: gumbo's tree lives in a per-thread arena that is emptied after every page. Pages
// parsed one after another on one thread, big and small, and on other threads at the same
// time, must come out as each does alone.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "ingest/html_page.h"

namespace casebook {
namespace {

std::string page(const std::string& title, const std::string& paragraph, int repeat) {
  std::string html = "<!DOCTYPE html><html lang=\"en\"><head><title>" + title +
                     "</title><meta property=\"article:published_time\" "
                     "content=\"2024-03-05T10:00:00Z\"></head><body><article><h1>" +
                     title + "</h1>";
  for (int i = 0; i < repeat; ++i) html += "<p class=\"body\">" + paragraph + "</p>\n";
  return html + "</article></body></html>";
}

std::string fingerprint(const std::string& html) {
  Result<HtmlPage> r = parse_html_page(html);
  if (!r.ok()) return "error: " + r.status().message();
  const HtmlPage& p = r.value();
  return p.title + "\n" + p.published + "\n" + p.language + "\n" + p.text;
}

TEST(Issue6HtmlArena, PagesInARowComeOutAsAlone) {
  std::string small = page("Court hears appeal", "The court in the capital heard the appeal.", 3);
  std::string big = page("Long report",
                         "Police detained the editor of a weekly paper on Monday, "
                         "his lawyer said, &amp; then searched the office.",
                         20000);  // ~2 MB
  std::string first = fingerprint(small);
  ASSERT_NE(first.find("heard the appeal"), std::string::npos);
  std::string big_alone = fingerprint(big);
  ASSERT_GT(big_alone.size(), 1000000u);
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(fingerprint(small), first);
    EXPECT_EQ(fingerprint(big), big_alone);
  }
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] { got[t] = fingerprint(t % 2 ? big : small); });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(got[t], t % 2 ? big_alone : first);
}

// The text builder copies visible ASCII in one sweep; what sits between such runs (spaces,
// no-break spaces, soft hyphens, zero-width spaces, tabs) keeps its meaning.
TEST(Issue6HtmlArena, TextBetweenAsciiRunsKeepsItsMeaning) {
  std::string body =
      "Police\xc2\xa0"
      "detained an inter\xc2\xadnational\xe2\x80\x8b observer;\tthe "
      "caf\xc3\xa9 owner said    so.";
  std::string text = fingerprint(page("Report", body, 1));
  EXPECT_NE(text.find("Police detained an international observer; the caf\xc3\xa9 owner said so."),
            std::string::npos)
      << text;
}

}  // namespace
}  // namespace casebook
