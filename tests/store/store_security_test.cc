// Encryption at rest, wrong keys, rekey, schema versions and the audit chain.
#include <gtest/gtest.h>

#include "store/schema.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;
using testing::ingest_text;

class StoreSecurity : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    path_ = (dir_ / "secret.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Everything on disk: the database and its WAL.
  std::string disk_bytes() {
    std::string s = testing::read_bytes(path_);
    if (std::filesystem::exists(path_ + "-wal")) s += testing::read_bytes(path_ + "-wal");
    return s;
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoreSecurity, EncryptedStoreHasNoSqliteHeaderAndOpensOnlyWithTheKey) {
  {
    auto s = Store::open(path_, "a long enough passphrase");
    ASSERT_TRUE(s.ok()) << s.status().message();
    IngestCounts c;
    ASSERT_TRUE(ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());
  }
  std::string bytes = disk_bytes();
  EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);
  EXPECT_EQ(bytes.find("Mukhammadjon"), std::string::npos);
  EXPECT_EQ(bytes.find("detained"), std::string::npos);

  auto wrong = Store::open(path_, "not the passphrase", false);
  ASSERT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.status().message(), "wrong key or not a casebook database");
  auto none = Store::open(path_, "", false);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().message(), "wrong key or not a casebook database");
  auto right = Store::open(path_, "a long enough passphrase", false);
  ASSERT_TRUE(right.ok());
  EXPECT_EQ(count(right->get(), "SELECT count(*) FROM documents"), 1);
}

TEST_F(StoreSecurity, UnencryptedStoreIsPlainSqlite) {
  {
    auto s = Store::open(path_, "");
    ASSERT_TRUE(s.ok());
  }
  EXPECT_EQ(testing::read_bytes(path_).rfind("SQLite format 3", 0), 0u);
}

TEST_F(StoreSecurity, AForeignFileIsNotACasebookDatabase) {
  testing::write_text(path_, std::string(8192, 'x'));
  auto s = Store::open(path_, "", false);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "wrong key or not a casebook database");
  std::filesystem::remove(path_);
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_exec(db, "CREATE TABLE other(x)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
  }
  s = Store::open(path_, "", false);
  ASSERT_FALSE(s.ok());
}

TEST_F(StoreSecurity, RekeyChangesTheKey) {
  {
    auto s = Store::open(path_, "old key");
    ASSERT_TRUE(s.ok());
    IngestCounts c;
    ASSERT_TRUE(ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());
    ASSERT_TRUE((*s)->rekey("new key").ok());
  }
  EXPECT_FALSE(Store::open(path_, "old key", false).ok());
  auto s = Store::open(path_, "new key", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM audit WHERE action = 'rekey'"), 1);
  EXPECT_TRUE((*s)->verify_audit().ok);
}

TEST_F(StoreSecurity, AnUnencryptedStoreCanBeEncrypted) {
  {
    auto s = Store::open(path_, "");
    ASSERT_TRUE(s.ok());
    ASSERT_TRUE((*s)->rekey("now secret").ok());
  }
  EXPECT_EQ(disk_bytes().find("SQLite format 3"), std::string::npos);
  EXPECT_TRUE(Store::open(path_, "now secret", false).ok());
}

TEST_F(StoreSecurity, AuditVerifyFailsAfterAHandEdit) {
  auto s = Store::open(path_, "k");
  ASSERT_TRUE(s.ok());
  Store* store = s->get();
  IngestCounts c;
  ASSERT_TRUE(ingest_text(store, testing::kReportA, "a.txt", &c).ok());
  ASSERT_TRUE(ingest_text(store, testing::kReportB, "b.txt", &c).ok());
  // One audit row per document (its merges listed in it): a third makes a middle row.
  ASSERT_TRUE(ingest_text(store, testing::kReportC, "c.txt", &c).ok());
  AuditReport r = store->verify_audit();
  ASSERT_TRUE(r.ok) << r.problem;
  EXPECT_GE(r.rows, 3);
  ASSERT_TRUE(
      store->db()->exec("UPDATE audit SET detail = '{\"sha256\":\"forged\"}' WHERE seq = 1").ok());
  r = store->verify_audit();
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.problem.find("row 1"), std::string::npos);
}

TEST_F(StoreSecurity, AuditVerifyFailsAfterADeletedRow) {
  auto s = Store::open(path_, "");
  ASSERT_TRUE(s.ok());
  Store* store = s->get();
  IngestCounts c;
  ASSERT_TRUE(ingest_text(store, testing::kReportA, "a.txt", &c).ok());
  ASSERT_TRUE(ingest_text(store, testing::kReportB, "b.txt", &c).ok());
  // One audit row per document (its merges listed in it): a third makes a middle row.
  ASSERT_TRUE(ingest_text(store, testing::kReportC, "c.txt", &c).ok());
  int64_t rows = count(store, "SELECT count(*) FROM audit");
  ASSERT_GE(rows, 3);
  // A row in the middle, then (on a fresh copy of the chain) the last row.
  ASSERT_TRUE(store->db()->exec("DELETE FROM audit WHERE seq = 2").ok());
  EXPECT_FALSE(store->verify_audit().ok);
  ASSERT_TRUE(
      store->db()->exec("DELETE FROM audit; DELETE FROM meta WHERE key = 'audit_head'").ok());
  ASSERT_TRUE(store->db()->exec("BEGIN").ok());
  ASSERT_TRUE(audit_append(store->db(), "ingest", "{}").ok());
  ASSERT_TRUE(audit_append(store->db(), "ingest", "{}").ok());
  ASSERT_TRUE(store->db()->exec("COMMIT").ok());
  EXPECT_TRUE(store->verify_audit().ok);
  ASSERT_TRUE(store->db()->exec("DELETE FROM audit WHERE seq = 2").ok());
  AuditReport r = store->verify_audit();
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.problem.find("removed"), std::string::npos);
}

TEST_F(StoreSecurity, AVersionOneStoreIsMigratedKeepingItsDocuments) {
  {
    auto s = Store::open(path_, "k");
    ASSERT_TRUE(s.ok());
    IngestCounts c;
    ASSERT_TRUE(ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());
    // Back to the version 1 shape: no reviews, engine versions, accounts or confidential flags.
    ASSERT_TRUE((*s)->db()->exec(testing::kBackToVersion5).ok()) << (*s)->db()->error();
    ASSERT_TRUE((*s)->db()
                    ->exec("DROP TABLE reviews; ALTER TABLE events DROP COLUMN review;"
                           "DROP TABLE review_carryover; ALTER TABLE documents DROP COLUMN engine;"
                           "DROP TABLE search_rows; DROP INDEX events_doc_facets;"
                           "DROP TABLE users; DROP TABLE sessions;"
                           "ALTER TABLE documents DROP COLUMN confidential;"
                           "ALTER TABLE clusters DROP COLUMN confidential;"
                           "UPDATE schema_version SET version = 1")
                    .ok());
  }
  auto s = Store::open(path_, "k", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(schema_version((*s)->db()), kSchemaVersion);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM reviews"), 0);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM events WHERE review IS NULL"),
            count(s->get(), "SELECT count(*) FROM events"));
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM documents"), 1);
  // The search index holds each document once (schema version 10).
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM search_index_docsize"), 1);
  testing::expect_search_index_whole(s->get());
  // Which engine extracted it is unknown, so ingesting it again extracts it again.
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM documents WHERE engine IS NULL"), 1);
  IngestCounts c;
  ASSERT_TRUE(ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());
  EXPECT_EQ(c.reextracted, 1);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM documents WHERE engine IS NULL"), 0);
}

TEST_F(StoreSecurity, SchemaVersionIsRecordedAndNewerStoresAreRefused) {
  {
    auto s = Store::open(path_, "");
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(schema_version((*s)->db()), kSchemaVersion);
    ASSERT_TRUE((*s)->db()->exec("UPDATE schema_version SET version = 99").ok());
  }
  auto s = Store::open(path_, "", false);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("newer"), std::string::npos);
}

// An audit row's write left its read of the previous row stepped: the connection kept a read
// transaction, saw no later writes of other connections, and could not leave WAL mode.
TEST_F(StoreSecurity, Issue5AnAuditedWriteLeavesNoStatementOpen) {
  auto s = Store::open(path_, "a long enough passphrase");
  ASSERT_TRUE(s.ok()) << s.status().message();
  IngestCounts c;
  ASSERT_TRUE(ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());  // an audit row
  ASSERT_TRUE((*s)->rekey("another passphrase").ok());  // reads it, writes the next
  sqlite3* h = (*s)->db()->handle();
  for (sqlite3_stmt* st = sqlite3_next_stmt(h, nullptr); st; st = sqlite3_next_stmt(h, st)) {
    EXPECT_FALSE(sqlite3_stmt_busy(st)) << sqlite3_sql(st);
  }
  EXPECT_TRUE(sqlite3_get_autocommit(h));
}

}  // namespace
}  // namespace casebook
