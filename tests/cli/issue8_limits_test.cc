// Issue 8: limits through the binary. A document over its time budget fails with one line and
// the batch goes on (extract and ingest); the budget's option is checked.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli_test_util.h"

namespace casebook::testing {
namespace {

namespace fs = std::filesystem;

// About 1.5 MB of plain sentences: seconds of work, far over a half-second budget.
std::string long_report() {
  std::string s;
  for (int i = 0; s.size() < 1500000; ++i) {
    s += "Officers detained the driver Sohib Nazarov" + std::to_string(i % 50) +
         " in Kulob on 4 June 2021, and his brother said he was beaten. ";
    if (i % 8 == 7) s += "\n\n";
  }
  return s;
}

const char* kShort = "Police detained the poet Anora Salimova in Khujand on 2 May 2021.\n";

TEST(Issue8Limits, ADocumentOverItsTimeBudgetFailsAndTheBatchGoesOn) {
  auto dir = temp_folder("budget");
  write_file(dir / "long.txt", long_report());
  write_file(dir / "short.txt", kShort);
  std::string long_path = (dir / "long.txt").string(), short_path = (dir / "short.txt").string();
  RunResult r = run_casebook("extract --format jsonl --doc-timeout 0.5 '" + long_path + "' '" +
                             short_path + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "casebook: " + long_path + ": extraction exceeded 0.5 s\n");
  EXPECT_NE(r.out.find("Salimova"), std::string::npos);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  fs::remove_all(dir);
}

TEST(Issue8Limits, IngestAppliesTheSameBudget) {
  auto dir = temp_folder("budget-ingest");
  write_file(dir / "long.txt", long_report());
  write_file(dir / "short.txt", kShort);
  std::string db = (dir / "c.db").string();
  RunResult r =
      run_casebook("ingest --db '" + db + "' --doc-timeout 0.5 '" + (dir / "long.txt").string() +
                   "' '" + (dir / "short.txt").string() + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("long.txt: extraction exceeded 0.5 s\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 document (0 unchanged)"), std::string::npos) << r.err;
  fs::remove_all(dir);
}

TEST(Issue8Limits, ANegativeTimeoutIsAUsageError) {
  RunResult r = run_casebook("extract --doc-timeout -1 -");
  EXPECT_EQ(r.exit_code, 2);
}

TEST(Issue8Limits, AnOverlongSearchQueryIsOneLine) {
  auto dir = temp_folder("query");
  write_file(dir / "short.txt", kShort);
  std::string db = (dir / "c.db").string();
  ASSERT_EQ(
      run_casebook("ingest --db '" + db + "' '" + (dir / "short.txt").string() + "'").exit_code, 0);
  RunResult r = run_casebook("search --db '" + db + "' '" + std::string(1001, 'a') + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("casebook: " + db + ": search: the query is longer than 1000 bytes\n"),
            std::string::npos)
      << r.err;
  r = run_casebook("search --db '" + db + "' Salimova");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Salimova"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace casebook::testing
