// Issue 5, the twelfth pass: a new store has 8 KB pages (every page written costs the same
// system calls whatever its size, so storing makes half as many), and its WAL is checkpointed
// at 32 MB of pages as before; a store made with 4 KB pages keeps them, and its checkpoints.
#include <gtest/gtest.h>

#include "store/page_cipher.h"
#include "store_test_util.h"

namespace casebook {
namespace {

const char* kKey = "a passphrase for the page size test";

// An invented report, a different document for each n.
std::string report(int n) {
  return "---\ntitle: Lawyer detained " + std::to_string(n) +
         "\npublished: 2024-03-02\n---\nPolice in Marlow Bay detained the lawyer Tobias Renner "
         "on 1 March 2024 after he filed a complaint for his client. His sister said he was "
         "taken to the central station. Note " +
         std::to_string(n) + ".\n";
}

void ingest(Store* store, int n) {
  IngestCounts counts;
  Status s = testing::ingest_text(store, report(n), "lawyer-" + std::to_string(n) + ".md", &counts);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(counts.documents, 1);
}

// A database file written once with 4 KB pages and no table left, as a store made before
// this pass had its page size fixed; with a key, through the store's own page cipher.
void make_four_kilobyte_file(const std::string& path, const std::string& key) {
  register_page_cipher();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  if (!key.empty()) {
    ASSERT_TRUE(select_page_cipher(db));
    ASSERT_EQ(sqlite3_key(db, key.data(), static_cast<int>(key.size())), SQLITE_OK);
  }
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA page_size=4096; CREATE TABLE t(x); DROP TABLE t;", nullptr,
                         nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
}

class PageSize : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(PageSize, Issue5ANewEncryptedStoreHasEightKilobytePages) {
  std::string path = (dir_ / "new.db").string();
  {
    auto store = Store::open(path, kKey);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ(testing::count(store->get(), "PRAGMA page_size"), 8192);
    // 32 MB of pages before a checkpoint, as with 8,192 pages of 4 KB.
    EXPECT_EQ(testing::count(store->get(), "PRAGMA wal_autocheckpoint"), 4096);
    for (int n = 0; n < 3; ++n) ingest(store->get(), n);
  }
  // The file's header keeps the page size in clear (bytes 16-17, big-endian), and the store
  // opens again with its key and reads what was stored.
  std::string header = testing::read_bytes(path, 100);
  ASSERT_EQ(header.size(), 100u);
  EXPECT_EQ(static_cast<unsigned char>(header[16]) << 8 | static_cast<unsigned char>(header[17]),
            8192);
  auto again = Store::open(path, kKey, false);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(testing::count(again->get(), "SELECT count(*) FROM documents"), 3);
  EXPECT_EQ(testing::count(again->get(), "SELECT count(*) FROM events"),
            testing::count(again->get(), "SELECT sum(n_events) FROM documents"));
  EXPECT_GT(testing::count(again->get(), "SELECT count(*) FROM search_index('Renner')"), 0);
  EXPECT_EQ(Store::open(path, "another key", false).status().message(),
            "wrong key or not a casebook database");
}

TEST_F(PageSize, Issue5ANewPlainStoreHasEightKilobytePages) {
  auto store = Store::open((dir_ / "plain.db").string(), "");
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ(testing::count(store->get(), "PRAGMA page_size"), 8192);
  ingest(store->get(), 7);
  EXPECT_EQ(testing::count(store->get(), "PRAGMA page_size"), 8192);
}

TEST_F(PageSize, Issue5AStoreWithFourKilobytePagesKeepsThem) {
  for (const std::string key : {std::string(kKey), std::string()}) {
    std::string path = (dir_ / (key.empty() ? "old-plain.db" : "old.db")).string();
    make_four_kilobyte_file(path, key);
    {
      auto store = Store::open(path, key);
      ASSERT_TRUE(store.ok()) << store.status().message();
      EXPECT_EQ(testing::count(store->get(), "PRAGMA page_size"), 4096);
      EXPECT_EQ(testing::count(store->get(), "PRAGMA wal_autocheckpoint"), 8192);
      for (int n = 0; n < 2; ++n) ingest(store->get(), n);
    }
    auto again = Store::open(path, key, false);
    ASSERT_TRUE(again.ok()) << again.status().message();
    EXPECT_EQ(testing::count(again->get(), "PRAGMA page_size"), 4096);
    EXPECT_EQ(testing::count(again->get(), "SELECT count(*) FROM documents"), 2);
    EXPECT_EQ(testing::count(again->get(),
                             "SELECT count(*) FROM pragma_integrity_check"
                             " WHERE integrity_check != 'ok'"),
              0);
  }
}

}  // namespace
}  // namespace casebook
