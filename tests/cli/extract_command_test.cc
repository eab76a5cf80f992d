// `casebook extract`: output formats, input order under --jobs, directories and stdin.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace casebook::testing {
namespace {

namespace fs = std::filesystem;

std::vector<nlohmann::json> lines_of(const std::string& out) {
  std::vector<nlohmann::json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) v.push_back(nlohmann::json::parse(line));
  return v;
}

TEST(ExtractCommand, JsonlKeepsInputOrderWithJobs) {
  auto dir = temp_folder("order");
  std::string args = "extract --format jsonl --jobs 4";
  for (int i = 0; i < 40; ++i) {
    fs::path p = dir / ("doc" + std::to_string(i) + ".txt");
    write_file(p, "Report " + std::to_string(i) + "\n\n" + std::string(100 * (40 - i), 'x') + "\n");
    args += " '" + p.string() + "'";
  }
  RunResult r = run_casebook(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto docs = lines_of(r.out);
  ASSERT_EQ(docs.size(), 40u);
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(docs[i]["document"]["source"], (dir / ("doc" + std::to_string(i) + ".txt")).string());
  }
}

TEST(ExtractCommand, DocumentBlockIsComplete) {
  auto dir = temp_folder("block");
  fs::path p = dir / "a.txt";
  write_file(
      p,
      "---\ntitle: Lawyer Disbarred\npublished: 2021-02-03\nurl: https://example.org/x\n---\n"
      "The lawyer was disbarred.\n");
  RunResult r = run_casebook("extract --format jsonl '" + p.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = lines_of(r.out).at(0);
  EXPECT_EQ(j["schema"], "casebook.extraction/1");
  auto d = j["document"];
  EXPECT_EQ(d["id"].get<std::string>().size(), 64u);
  EXPECT_EQ(d["source"], p.string());
  EXPECT_EQ(d["title"], "Lawyer Disbarred");
  EXPECT_EQ(d["published"], "2021-02-03");
  EXPECT_EQ(d["reference_date"], "2021-02-03");
  EXPECT_EQ(d["reference_date_from"], "metadata");
  EXPECT_EQ(d["text_bytes"], 25);
  for (const char* k : {"entities", "relations", "events", "statistics", "quotes"}) {
    EXPECT_TRUE(j[k].is_array()) << k;
  }
  EXPECT_TRUE(j["summary"].is_object());
}

TEST(ExtractCommand, DateOptionIsTheReferenceWhenMetadataHasNone) {
  auto dir = temp_folder("dateopt");
  fs::path p = dir / "a.txt";
  write_file(p, "A protest was held.\n");
  RunResult r = run_casebook("extract --format jsonl --date 2020-01-15 '" + p.string() + "'");
  auto d = lines_of(r.out).at(0)["document"];
  EXPECT_EQ(d["reference_date"], "2020-01-15");
  EXPECT_EQ(d["reference_date_from"], "option");
}

TEST(ExtractCommand, DirectoriesAreWalkedRecursivelyAndSorted) {
  auto dir = temp_folder("walk");
  fs::create_directories(dir / "sub");
  write_file(dir / "b.txt", "Second.\n");
  write_file(dir / "a.md", "First.\n");
  write_file(dir / "sub" / "c.html", "<p>Third.</p>");
  write_file(dir / "skip.pdf", "%PDF");
  RunResult r = run_casebook("extract --format jsonl '" + dir.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto docs = lines_of(r.out);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0]["document"]["source"], (dir / "a.md").string());
  EXPECT_EQ(docs[2]["document"]["source"], (dir / "sub" / "c.html").string());
}

TEST(ExtractCommand, StdinIsDash) {
  auto dir = temp_folder("stdin");
  write_file(dir / "in.txt", "Two activists were detained.\n");
  RunResult r = run_casebook("extract --format jsonl -", (dir / "in.txt").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(lines_of(r.out).at(0)["document"]["source"], "-");
}

TEST(ExtractCommand, JsonAndTableFormats) {
  auto dir = temp_folder("formats");
  write_file(dir / "a.txt", "Headline Here\n\nBody.\n");
  RunResult j = run_casebook("extract --format json '" + (dir / "a.txt").string() + "'");
  ASSERT_EQ(j.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(j.out)["document"]["title"], "Headline Here");
  RunResult t = run_casebook("extract --format table '" + (dir / "a.txt").string() + "'");
  ASSERT_EQ(t.exit_code, 0);
  EXPECT_NE(t.out.find("title:     Headline Here"), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("EVENTS"), std::string::npos);
}

// Issue 4: police work and justice for an act of violence stay events but leave the summary;
// the table and the explain view say so, so a reviewer sees why.
TEST(ExtractCommand, Issue4LawEnforcementIsShownInTableAndExplain) {
  auto dir = temp_folder("justice");
  fs::path p = dir / "a.txt";
  write_file(p,
             "Tobias Wren kidnapped a local reporter near the harbour in March 2019.\n\n"
             "A regional court sentenced Wren to 15 years in prison on Tuesday.\n");
  RunResult table = run_casebook("extract --format table '" + p.string() + "'");
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("LAW-ENFORCEMENT"), std::string::npos) << table.out;
  RunResult explain = run_casebook("explain '" + p.string() + "'");
  ASSERT_EQ(explain.exit_code, 0) << explain.err;
  EXPECT_NE(explain.out.find("law_enforcement"), std::string::npos) << explain.out;
}

}  // namespace
}  // namespace casebook::testing
