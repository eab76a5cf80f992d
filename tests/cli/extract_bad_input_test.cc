// `casebook extract` on bad input: one clear line naming the file and the reason, the other
// documents still processed, exit codes 0 / 1 / 2, and never a partial JSON line.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli_test_util.h"

namespace casebook::testing {
namespace {

namespace fs = std::filesystem;

const char* kGood = "Police Raid Newspaper Office\n\nPolice raided the office of a newspaper.\n";

// Every stdout line must be a whole JSON object.
void expect_whole_json_lines(const std::string& out, size_t expected_lines) {
  std::istringstream in(out);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    EXPECT_NO_THROW((void)nlohmann::json::parse(line)) << line.substr(0, 80);
  }
  EXPECT_EQ(n, expected_lines);
}

// Runs extract on [bad, good] and checks that the bad file's one error line names it and the
// reason, that the good document is still printed, and that the exit code is 1.
void expect_one_failure(const fs::path& bad, const std::string& reason,
                        const std::string& extra_args = "") {
  auto dir = bad.parent_path();
  fs::path good = dir / "good.txt";
  write_file(good, kGood);
  RunResult r = run_casebook("extract --format jsonl " + extra_args + " '" + bad.string() + "' '" +
                             good.string() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.err, "casebook: " + bad.string() + ": " + reason + "\n");
  expect_whole_json_lines(r.out, 1);
  EXPECT_NE(r.out.find("good.txt"), std::string::npos);
}

TEST(ExtractBadInput, MissingPath) {
  auto dir = temp_folder("missing");
  expect_one_failure(dir / "nope.txt", "no such file or directory");
}

TEST(ExtractBadInput, DirectoryWithNoDocuments) {
  auto dir = temp_folder("emptydir");
  fs::create_directories(dir / "empty");
  write_file(dir / "empty" / "image.png", "not a document");
  expect_one_failure(dir / "empty", "directory has no documents (.txt, .md, .html, .htm)");
}

TEST(ExtractBadInput, EmptyFile) {
  auto dir = temp_folder("emptyfile");
  write_file(dir / "empty.txt", "");
  expect_one_failure(dir / "empty.txt", "empty file");
}

TEST(ExtractBadInput, BinaryFile) {
  auto dir = temp_folder("binary");
  write_file(dir / "blob.txt", std::string("GIF89a\0\0\x01", 9));
  expect_one_failure(dir / "blob.txt", "binary file (NUL byte at offset 6)");
}

TEST(ExtractBadInput, FileLargerThanMaxBytes) {
  auto dir = temp_folder("large");
  write_file(dir / "large.txt", std::string(5000, 'a'));
  expect_one_failure(dir / "large.txt", "file is larger than --max-bytes (5000 > 1000 bytes)",
                     "--max-bytes 1000");
}

TEST(ExtractBadInput, DeeplyNestedHtml) {
  auto dir = temp_folder("deep");
  std::string html = "<html><body>";
  for (int i = 0; i < 10000; ++i) html += "<div>";
  html += "<p>Deep text.</p></body></html>";
  write_file(dir / "deep.html", html);
  fs::path good = dir / "good.txt";
  write_file(good, kGood);
  RunResult r = run_casebook("extract --format jsonl '" + (dir / "deep.html").string() + "' '" +
                             good.string() + "'");
  // Either refused with a reason naming the nesting, or read; never a crash or a hang.
  ASSERT_TRUE(r.exit_code == 0 || r.exit_code == 1) << r.err;
  if (r.exit_code == 1) {
    EXPECT_EQ(r.err.rfind("casebook: " + (dir / "deep.html").string() + ": ", 0), 0u) << r.err;
    EXPECT_NE(r.err.find("nesting"), std::string::npos) << r.err;
    expect_whole_json_lines(r.out, 1);
  } else {
    expect_whole_json_lines(r.out, 2);
  }
}

TEST(ExtractBadInput, TruncatedHtmlStillGivesItsText) {
  auto dir = temp_folder("truncated");
  write_file(dir / "cut.html", "<html><head><title>Cut</title></head><body><p>Activists were ar");
  RunResult r = run_casebook("extract --format jsonl '" + (dir / "cut.html").string() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  expect_whole_json_lines(r.out, 1);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["document"]["title"], "Cut");
}

TEST(ExtractBadInput, InvalidUtf8IsRepairedWithAWarning) {
  auto dir = temp_folder("utf8");
  write_file(dir / "latin1.txt", "Caf\xE9 owner detained in the capital.\n");
  RunResult r = run_casebook("extract --format jsonl '" + (dir / "latin1.txt").string() + "'");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "casebook: warning: " + (dir / "latin1.txt").string() +
                       ": invalid UTF-8 repaired (1 sequence(s) replaced with U+FFFD)\n");
  expect_whole_json_lines(r.out, 1);
}

TEST(ExtractBadInput, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run_casebook("extract").exit_code, 2);
  EXPECT_EQ(run_casebook("extract --format xml x.txt").exit_code, 2);
  EXPECT_EQ(run_casebook("extract --jobs 0 x.txt").exit_code, 2);
  EXPECT_EQ(run_casebook("nosuchcommand").exit_code, 2);
  RunResult r = run_casebook("extract --date 2017-13-01 x.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--date"), std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
