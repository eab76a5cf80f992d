// The store commands through the real binary: ingest summary, idempotence, keys and the
// wrong-key message, queries in each format, audit verify, rekey, export, bad documents.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::CliRun;

CliRun casebook(const std::filesystem::path& dir, const std::string& args,
                const std::string& env = "") {
  return testing::run_casebook(dir, args, env);
}

class StoreCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    testing::write_text(dir_ / "a.txt", testing::kReportA);
    testing::write_text(dir_ / "b.txt", testing::kReportB);
    testing::write_text(dir_ / "key", "first key\n");
    testing::write_text(dir_ / "key2", "second key\n");
    testing::write_text(dir_ / "bad", "not the key\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(StoreCli, IngestIsIdempotentAndSummarisesOnOneLine) {
  CliRun r = casebook(dir_, "ingest --key-file key a.txt b.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "casebook: casebook.db: 2 documents (0 unchanged), 3 events, 2 new people, "
            "1 merged person, 0 failures\n");
  EXPECT_TRUE(std::filesystem::exists(dir_ / "casebook.db"));
  r = casebook(dir_, "ingest --key-file key a.txt b.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("0 documents (2 unchanged), 0 events"), std::string::npos) << r.err;
  r = casebook(dir_, "status --key-file key --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j[0]["what"], "documents");
  EXPECT_EQ(j[0]["count"], "2");
}

TEST_F(StoreCli, WrongKeyIsOneClearLine) {
  ASSERT_EQ(casebook(dir_, "ingest --key-file key a.txt").code, 0);
  CliRun r = casebook(dir_, "search detained --key-file bad");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "casebook: casebook.db: wrong key or not a casebook database\n");
  // No key and no terminal to ask at: one line saying what to give, never a prompt.
  r = casebook(dir_, "events");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err,
            "casebook: casebook.db: the store is encrypted (or not a casebook database): give "
            "--key-file or set CASEBOOK_KEY_FILE\n");
  r = casebook(dir_, "events --db missing.db");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "casebook: missing.db: no such store\n");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "missing.db"));
  // The key can also come from the environment.
  r = casebook(dir_, "events", "CASEBOOK_KEY_FILE=key");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST_F(StoreCli, QueriesInEveryFormat) {
  ASSERT_EQ(casebook(dir_, "ingest --key-file key a.txt b.txt").code, 0);
  CliRun r = casebook(dir_, "search detained --key-file key --format csv");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("document,event,title,source,published,type,date,snippet,score\r\n", 0),
            0u);
  EXPECT_NE(r.out.find("«detained»"), std::string::npos);
  r = casebook(dir_, "events --key-file key --type arrest_detention --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json ev = nlohmann::json::parse(r.out);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0]["sources"], "2");
  r = casebook(dir_, "person Saidow --key-file key --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json p = nlohmann::json::parse(r.out);
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(p[0]["name"], "Mukhammadjon Saidov");
  EXPECT_EQ(p[0]["relatives"][0]["name"], "Rustam Saidov");
  r = casebook(dir_, "person 'Mukhammadjon Saidov' --key-file key");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("father: Rustam Saidov"), std::string::npos) << r.out;
  r = casebook(dir_, "export --key-file key --format acled-csv");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("event_date,event_type,sub_event_type,actor1,actor2,country,location,"
                        "source,notes\r\n",
                        0),
            0u);
  r = casebook(dir_, "export --key-file key --format jsonl");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
  r = casebook(dir_, "export --key-file key --format casefile-md --person Saidov");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("# Case file: Mukhammadjon Saidov"), std::string::npos);
  EXPECT_NE(r.out.find("https://example.org/a"), std::string::npos);
}

TEST_F(StoreCli, Issue5CasefileHtmlExport) {
  ASSERT_EQ(casebook(dir_, "ingest --key-file key a.txt b.txt").code, 0);
  CliRun r = casebook(dir_, "export --key-file key --format casefile-html --person Saidov");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(r.out.find("Case file: Mukhammadjon Saidov"), std::string::npos);
  EXPECT_NE(r.out.find("<blockquote>"), std::string::npos);
  r = casebook(dir_, "person Saidov --key-file key --format html");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Rustam Saidov"), std::string::npos);
  r = casebook(dir_, "export --key-file key --format casefile-html");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "casebook: export --format casefile-html needs --person NAME\n");
}

TEST_F(StoreCli, Issue5ReextractCommandKeepsRejections) {
  ASSERT_EQ(casebook(dir_, "ingest --key-file key a.txt b.txt").code, 0);
  {
    // Report A was extracted by an older engine.
    auto s = Store::open((dir_ / "casebook.db").string(), "first key", false);
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->db()->exec("UPDATE documents SET engine = '0.0.1+old' WHERE id = 1").ok());
  }
  CliRun r = casebook(dir_, "timeline --key-file key --type arrest_detention --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json t = nlohmann::json::parse(r.out);
  ASSERT_EQ(t.size(), 2u);
  std::string from_a;
  for (const auto& row : t) {
    if (row["source"] == "Journalist detained in Khujand") from_a = row["event"];
  }
  ASSERT_FALSE(from_a.empty());
  ASSERT_EQ(casebook(dir_, "review " + from_a + " reject --key-file key --note 'wrong man'").code,
            0);
  r = casebook(dir_, "reextract --key-file key");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("1 re-extracted"), std::string::npos) << r.err;
  auto detentions = [&] {
    CliRun q = casebook(dir_, "timeline --key-file key --type arrest_detention --format json");
    return nlohmann::json::parse(q.out).size();
  };
  EXPECT_EQ(detentions(), 1u);
  r = casebook(dir_, "reextract --key-file key");
  EXPECT_NE(r.err.find("0 re-extracted"), std::string::npos) << r.err;
  r = casebook(dir_, "reextract --key-file key --all --jobs 2");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("2 re-extracted"), std::string::npos) << r.err;
  EXPECT_EQ(detentions(), 1u);
  r = casebook(dir_, "ingest --key-file key --reextract a.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("(0 unchanged, 1 re-extracted)"), std::string::npos) << r.err;
  EXPECT_EQ(detentions(), 1u);
  EXPECT_EQ(casebook(dir_, "audit verify --key-file key").code, 0);
}

TEST_F(StoreCli, AuditVerifyRekeyAndUnmerge) {
  ASSERT_EQ(casebook(dir_, "ingest --key-file key a.txt b.txt").code, 0);
  CliRun r = casebook(dir_, "audit verify --key-file key");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("audit chain intact", 0), 0u);
  r = casebook(dir_, "rekey --key-file key --new-key-file key2");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(casebook(dir_, "status --key-file key").code, 1);
  ASSERT_EQ(casebook(dir_, "status --key-file key2").code, 0);
  r = casebook(dir_, "merges --key-file key2 --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  nlohmann::json m = nlohmann::json::parse(r.out);
  std::string person_merge;
  for (const auto& row : m) {
    if (row["name"] == "Muhammadjon Saidow") person_merge = row["merge"];
  }
  ASSERT_FALSE(person_merge.empty()) << r.out;
  r = casebook(dir_, "unmerge " + person_merge + " --key-file key2");
  ASSERT_EQ(r.code, 0) << r.err;
  r = casebook(dir_, "unmerge " + person_merge + " --key-file key2");
  EXPECT_EQ(r.code, 1);
  r = casebook(dir_, "audit verify --key-file key2");
  EXPECT_EQ(r.code, 0) << r.err;
}

TEST_F(StoreCli, AnUnencryptedStoreWarnsOnce) {
  CliRun r = casebook(dir_, "ingest --db plain.db a.txt");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err.find("casebook: warning: plain.db is not encrypted"), 0u) << r.err;
  EXPECT_EQ(r.err.find("not encrypted", r.err.find('\n')), std::string::npos) << r.err;
}

TEST_F(StoreCli, ABadDocumentGetsOneLineAndTheOthersGoOn) {
  testing::write_text(dir_ / "empty.txt", "");
  CliRun r = casebook(dir_, "ingest --key-file key a.txt empty.txt missing.txt b.txt");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("casebook: empty.txt: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("casebook: missing.txt: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 failures"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace casebook
