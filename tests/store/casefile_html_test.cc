// Issue 5: the HTML case file is one self-contained page (no scripts, no external assets)
// whose every value from a document is escaped, and which cites each passage's source.
#include "export/casefile_html.h"

#include <gtest/gtest.h>

#include <regex>

#include "store/person_file.h"
#include "store_test_util.h"

namespace casebook {
namespace {

PersonFile hostile_file() {
  PersonFile p;
  p.cluster = 7;
  p.name = "Ali <script>alert(1)</script> Karimov";
  p.names = {p.name, "Ali \"the quoted\" Karimow", "O'Brien & Sons"};
  p.country = "TJ";
  p.roles = {"journalist<img src=x onerror=alert(2)>"};
  PersonLink father;
  father.relation = "father";
  father.name = "Rustam <b>Karimov</b>";
  father.kind = "person";
  father.evidence = "His father, Rustam Karimov, said \"they came at night\" & left.";
  father.source = "Report <one>";
  p.relatives.push_back(father);
  PersonLink party;
  party.relation = "member";
  party.name = "Party of Renewal & Justice";
  party.kind = "organization";
  p.affiliations.push_back(party);
  ChronologyEntry c;
  c.date = "2021-03-14";
  c.date_end = "2021-03-15";
  c.type = "arrest_detention";
  c.role = "victim";
  c.place = "Khujand";
  c.document = 3;
  c.source_title = "Journalist \"detained\" <again>";
  c.source_url = "https://example.org/a?x=1&y=\"2\"";
  c.published = "2021-03-16";
  c.evidence = "Police detained <script>alert(3)</script> Ali Karimov on 14 March.";
  p.chronology.push_back(c);
  ChronologyEntry d = c;
  d.date = "";
  d.date_end = "";
  d.document = 4;
  d.source_title = "Second report";
  d.source_url = "javascript:alert(4)";
  d.evidence = "He was held again, 'without charge'.";
  p.chronology.push_back(d);
  p.merges = {"merge 2: same normalised name: \"Ali Karimow\" ~ \"Ali <script>\""};
  return p;
}

TEST(Issue5CasefileHtml, EscapesEveryHostileValue) {
  std::string html = casefile_html({hostile_file()}, "2026-11-26T00:00:00Z");
  EXPECT_EQ(html.find("<script"), std::string::npos) << html;
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<one>"), std::string::npos);
  EXPECT_NE(html.find("Ali &lt;script&gt;alert(1)&lt;/script&gt; Karimov"), std::string::npos);
  EXPECT_NE(html.find("Ali &quot;the quoted&quot; Karimow"), std::string::npos);
  EXPECT_NE(html.find("O&#39;Brien &amp; Sons"), std::string::npos);
  EXPECT_NE(html.find("Party of Renewal &amp; Justice"), std::string::npos);
  // An attribute value cannot be closed early by a quote in the URL.
  EXPECT_NE(html.find("href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\""), std::string::npos);
  // A javascript: URL is printed as text, never made a link.
  EXPECT_EQ(html.find("href=\"javascript"), std::string::npos);
  EXPECT_NE(html.find("javascript:alert(4)"), std::string::npos);
}

TEST(Issue5CasefileHtml, IsSelfContained) {
  std::string html = casefile_html({hostile_file()}, "2026-11-26T00:00:00Z");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("<style>"), std::string::npos);
  EXPECT_NE(html.find("default-src 'none'"), std::string::npos);
  for (const char* external : {"<link", "<script", "<img", "<iframe", "@import", "url("}) {
    EXPECT_EQ(html.find(external), std::string::npos) << external;
  }
  // No element loads anything (the escaped hostile role holds the text "src=", harmlessly).
  EXPECT_FALSE(std::regex_search(html, std::regex("<[^>]*\\ssrc=")));
  EXPECT_NE(html.find("</html>\n"), std::string::npos);
}

TEST(Issue5CasefileHtml, ChronologyCitesTitleDateUrlAndPassage) {
  std::string html = casefile_html({hostile_file()}, "2026-11-26T00:00:00Z");
  EXPECT_NE(html.find("<h2>Identity</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2>Relatives</h2>"), std::string::npos);
  EXPECT_NE(html.find("<h2>Affiliations</h2>"), std::string::npos);
  EXPECT_NE(html.find("2021-03-14 – 2021-03-15"), std::string::npos);
  EXPECT_NE(html.find("arrest detention (victim), Khujand"), std::string::npos);
  EXPECT_NE(html.find("<cite>Journalist &quot;detained&quot; &lt;again&gt;</cite>, published "
                      "2021-03-16"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<blockquote>“Police detained &lt;script&gt;"), std::string::npos);
  EXPECT_NE(html.find("Source [1]"), std::string::npos);
  EXPECT_NE(html.find("Source [2]"), std::string::npos);
  EXPECT_NE(html.find("Undated"), std::string::npos);
  EXPECT_NE(html.find("<h2>Sources</h2>"), std::string::npos);
  EXPECT_NE(html.find("Compiled by casebook on 2026-11-26T00:00:00Z from the 2 sources listed"),
            std::string::npos);
}

TEST(Issue5CasefileHtml, NoPersonIsAPageThatSaysSo) {
  std::string html = casefile_html({}, "2026-11-26");
  EXPECT_NE(html.find("No such person"), std::string::npos);
  EXPECT_NE(html.find("</html>"), std::string::npos);
}

TEST(Issue5CasefileHtml, FromAStoreOfInventedReports) {
  auto dir = testing::store_temp_dir("casefile-html");
  {
    auto s = Store::open((dir / "t.db").string(), "");
    ASSERT_TRUE(s.ok()) << s.status().message();
    IngestCounts counts;
    ASSERT_TRUE(testing::ingest_text(s->get(), testing::kReportA, "a.txt", &counts).ok());
    ASSERT_TRUE(testing::ingest_text(s->get(), testing::kReportB, "b.txt", &counts).ok());
    std::vector<PersonFile> files = load_person_files((*s)->db(), "Saidov");
    ASSERT_FALSE(files.empty());
    std::string html = casefile_html(files, "2026-11-26");
    EXPECT_NE(html.find("Case file: Mukhammadjon Saidov"), std::string::npos);
    EXPECT_NE(html.find("Rustam Saidov"), std::string::npos);
    EXPECT_NE(html.find("href=\"https://example.org/a\""), std::string::npos);
    EXPECT_NE(html.find("https://example.net/b"), std::string::npos);
    EXPECT_NE(html.find("Journalist detained in Khujand"), std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook
