// The libsodium page cipher (issue 5): its pages are the built-in "chacha20" scheme's, so a
// database written by either opens with the other, under every kind of key.
#include "store/page_cipher.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "store/store.h"
#include "store_test_util.h"

namespace casebook {
namespace {

// ChaCha20 written out from RFC 8439 with the scheme's 32-bit counter, which wraps to 0.
void reference_chacha20_xor(uint8_t* data, size_t n, const uint8_t key[32], const uint8_t nonce[12],
                            uint32_t counter) {
  auto rotl = [](uint32_t x, int c) { return (x << c) | (x >> (32 - c)); };
  auto le = [](const uint8_t* p) {
    return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
  };
  uint32_t state[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
  for (int i = 0; i < 8; ++i) state[4 + i] = le(key + 4 * i);
  for (int i = 0; i < 3; ++i) state[13 + i] = le(nonce + 4 * i);
  for (size_t done = 0; done < n; done += 64, ++counter) {
    state[12] = counter;
    uint32_t x[16];
    std::memcpy(x, state, sizeof(x));
    auto qr = [&](int a, int b, int c, int d) {
      x[a] += x[b], x[d] = rotl(x[d] ^ x[a], 16);
      x[c] += x[d], x[b] = rotl(x[b] ^ x[c], 12);
      x[a] += x[b], x[d] = rotl(x[d] ^ x[a], 8);
      x[c] += x[d], x[b] = rotl(x[b] ^ x[c], 7);
    };
    for (int r = 0; r < 10; ++r) {
      qr(0, 4, 8, 12), qr(1, 5, 9, 13), qr(2, 6, 10, 14), qr(3, 7, 11, 15);
      qr(0, 5, 10, 15), qr(1, 6, 11, 12), qr(2, 7, 8, 13), qr(3, 4, 9, 14);
    }
    for (size_t i = 0; i < 64 && done + i < n; ++i) {
      uint32_t w = x[i / 4] + state[i / 4];
      data[done + i] ^= static_cast<uint8_t>(w >> (8 * (i % 4)));
    }
  }
}

TEST(PageCipher, Issue5StreamIsRfc8439ChaCha20) {
  // RFC 8439, 2.4.2: key 00..1f, nonce 00 00 00 00 00 00 00 4a 00 00 00 00, counter 1.
  uint8_t key[32], nonce[12] = {0, 0, 0, 0, 0, 0, 0, 0x4a, 0, 0, 0, 0};
  for (int i = 0; i < 32; ++i) key[i] = static_cast<uint8_t>(i);
  std::string text = "Ladies and Gentlemen of the class of '99: If I could offer you only one tip";
  std::vector<uint8_t> a(text.begin(), text.end()), b = a;
  page_chacha20_xor(a.data(), a.size(), key, nonce, 1);
  const uint8_t expected[8] = {0x6e, 0x2e, 0x35, 0x9a, 0x25, 0x68, 0xf9, 0x80};
  EXPECT_EQ(std::memcmp(a.data(), expected, sizeof(expected)), 0);
  reference_chacha20_xor(b.data(), b.size(), key, nonce, 1);
  EXPECT_EQ(a, b);
}

TEST(PageCipher, Issue5CounterWrapsWithinTheNonceAsTheSchemeDoes) {
  uint8_t key[32], nonce[12];
  for (int i = 0; i < 32; ++i) key[i] = static_cast<uint8_t>(7 * i + 3);
  for (int i = 0; i < 12; ++i) nonce[i] = static_cast<uint8_t>(11 * i + 5);
  for (uint32_t counter : {0u, 1u, 0xFFFFFFC0u, 0xFFFFFFF0u, 0xFFFFFFFEu, 0xFFFFFFFFu}) {
    for (size_t n : {size_t{64}, size_t{4064 - 24}, size_t{4064}, size_t{8160}}) {
      std::vector<uint8_t> a(n), b(n);
      for (size_t i = 0; i < n; ++i) a[i] = b[i] = static_cast<uint8_t>(i * 31);
      page_chacha20_xor(a.data(), n, key, nonce, counter);
      reference_chacha20_xor(b.data(), n, key, nonce, counter);
      EXPECT_EQ(a, b) << "counter " << counter << ", " << n << " bytes";
    }
  }
}

class PageCipherFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(register_page_cipher());
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    path_ = (dir_ / "pages.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // A connection keyed with `key` under the named cipher.
  sqlite3* open(const char* cipher, const std::string& key) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    EXPECT_GT(sqlite3mc_config(db, "cipher", sqlite3mc_cipher_index(cipher)), 0);
    EXPECT_EQ(sqlite3_key(db, key.data(), static_cast<int>(key.size())), SQLITE_OK);
    return db;
  }

  // Writes rows over many pages (some through the WAL, some checkpointed into the file).
  void write(const char* cipher, const std::string& key) {
    sqlite3* db = open(cipher, key);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA journal_mode=WAL; CREATE TABLE t(i INTEGER PRIMARY KEY, s TEXT);"
                           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                           "WHERE i<300) INSERT INTO t SELECT i, printf('testimony %d %.*c', i, "
                           "900, 'x') FROM n; PRAGMA wal_checkpoint(TRUNCATE);"
                           "UPDATE t SET s = 'moved ' || s WHERE i % 3 = 0;",
                           nullptr, nullptr, nullptr),
              SQLITE_OK)
        << sqlite3_errmsg(db);
    sqlite3_close(db);
  }

  // The rows' count and the number of rows updated (or what `sql` gives), or the error of the
  // first read.
  std::string read(const char* cipher, const std::string& key,
                   const char* sql = "SELECT count(*), sum(s LIKE 'moved testimony%') FROM t") {
    sqlite3* db = open(cipher, key);
    sqlite3_stmt* st = nullptr;
    std::string out;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    if (rc == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
      out = std::to_string(sqlite3_column_int(st, 0)) + " " +
            std::to_string(sqlite3_column_int(st, 1));
    } else {
      out = "error " + std::to_string(sqlite3_errcode(db));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }

  std::filesystem::path dir_;
  std::string path_;
};

const std::vector<std::string> kKeys = {
    "a passphrase of some length",
    std::string(100, 'p'),          // longer than SHA-256's block: HMAC hashes it first
    "raw:" + std::string(64, 'a'),  // hex key
    "raw:" + std::string(32, 'k'),  // binary key
    "raw:" + std::string(64, 'b') + std::string(32, 'c'),  // hex key and salt
    "x'" + std::string(64, 'D') + "'",                     // SQLCipher's syntax
};

TEST_F(PageCipherFiles, Issue5BuiltInChaCha20PagesOpenWithTheLibsodiumCipher) {
  for (const std::string& key : kKeys) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    write("chacha20", key);
    EXPECT_EQ(read(kPageCipherName, key), "300 100") << key;
    EXPECT_EQ(read("chacha20", key), "300 100") << key;
  }
}

TEST_F(PageCipherFiles, Issue5LibsodiumCipherPagesOpenWithTheBuiltInChaCha20) {
  for (const std::string& key : kKeys) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    write(kPageCipherName, key);
    EXPECT_EQ(read("chacha20", key), "300 100") << key;
    EXPECT_EQ(read(kPageCipherName, key), "300 100") << key;
  }
}

// A checkpoint reads each WAL frame and writes its page to the file: the page goes in as the
// frame's bytes, without a second encryption, and reads back through either cipher.
TEST_F(PageCipherFiles, Issue5ACheckpointWritesTheFramesBytesWithoutEncryptingAgain) {
  sqlite3* db = open(kPageCipherName, "a checkpointed passphrase");
  ASSERT_EQ(sqlite3_exec(db,
                         "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0;"
                         "CREATE TABLE t(i INTEGER PRIMARY KEY, s TEXT);"
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n "
                         "WHERE i<300) INSERT INTO t SELECT i, printf('testimony %d %.*c', i, "
                         "900, 'x') FROM n;"
                         "UPDATE t SET s = 'moved ' || s WHERE i % 3 = 0;",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  uint64_t reused = page_cipher_pages_reused(), done = page_cipher_pages();
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  // About 80 pages of rows, each read from the WAL and written once (a read and a write,
  // each counted); only page 1, which carries the salt, is encrypted again.
  uint64_t copied = page_cipher_pages_reused() - reused;
  EXPECT_GT(copied, 60u);
  EXPECT_LE(page_cipher_pages() - done, 2 * copied + 4);
  EXPECT_EQ(read("chacha20", "a checkpointed passphrase"), "300 100");
  EXPECT_EQ(read(kPageCipherName, "a checkpointed passphrase"), "300 100");
  EXPECT_EQ(read(kPageCipherName, "another passphrase"), "error " + std::to_string(SQLITE_NOTADB));
  std::string bytes = testing::read_bytes(path_);
  EXPECT_EQ(bytes.find("testimony"), std::string::npos);
}

TEST_F(PageCipherFiles, Issue5WrongKeyIsRefusedAndNothingIsPlain) {
  write(kPageCipherName, "the right passphrase");
  EXPECT_EQ(read(kPageCipherName, "the wrong passphrase"),
            "error " + std::to_string(SQLITE_NOTADB));
  EXPECT_EQ(read("chacha20", "the wrong passphrase"), "error " + std::to_string(SQLITE_NOTADB));
  std::string bytes = testing::read_bytes(path_);
  EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);
  EXPECT_EQ(bytes.find("testimony"), std::string::npos);
}

TEST_F(PageCipherFiles, Issue5AChangedByteFailsThePagesTag) {
  write(kPageCipherName, "the right passphrase");
  {
    std::string bytes = testing::read_bytes(path_);
    ASSERT_GT(bytes.size(), 3 * 4096u);
    std::FILE* f = std::fopen(path_.c_str(), "r+b");
    ASSERT_NE(f, nullptr);
    std::fseek(f, 2 * 4096 + 100, SEEK_SET);  // inside page 3
    std::fputc(bytes[2 * 4096 + 100] ^ 1, f);
    std::fclose(f);
  }
  EXPECT_EQ(read(kPageCipherName, "the right passphrase"),
            "error " + std::to_string(SQLITE_CORRUPT));
}

TEST_F(PageCipherFiles, Issue5TheStoreEncryptsWithTheLibsodiumCipher) {
  uint64_t before = page_cipher_pages();
  {
    auto s = Store::open(path_, "a long enough passphrase");
    ASSERT_TRUE(s.ok()) << s.status().message();
    IngestCounts c;
    ASSERT_TRUE(testing::ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());
  }
  uint64_t written = page_cipher_pages() - before;
  EXPECT_GT(written, 5u);
  // Read back through the built-in cipher: the same pages.
  EXPECT_EQ(
      read("chacha20", "a long enough passphrase", "SELECT count(*), count(*) FROM documents"),
      "1 1");
  {
    auto s = Store::open(path_, "a long enough passphrase", false);
    ASSERT_TRUE(s.ok()) << s.status().message();
    EXPECT_EQ(testing::count(s->get(), "SELECT count(*) FROM documents"), 1);
  }
  EXPECT_GT(page_cipher_pages() - before, written);
}

TEST_F(PageCipherFiles, Issue5RekeyWritesWithTheLibsodiumCipher) {
  {
    auto s = Store::open(path_, "");
    ASSERT_TRUE(s.ok()) << s.status().message();
    IngestCounts c;
    ASSERT_TRUE(testing::ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());
    uint64_t before = page_cipher_pages();
    ASSERT_TRUE((*s)->rekey("first key").ok());
    EXPECT_GT(page_cipher_pages(), before + 5);
    before = page_cipher_pages();
    Status r = (*s)->rekey("second key");
    ASSERT_TRUE(r.ok()) << r.message();
    EXPECT_GT(page_cipher_pages(), before + 5);
  }
  EXPECT_EQ(read("chacha20", "second key", "SELECT count(*), count(*) FROM documents"), "1 1");
  EXPECT_EQ(read("chacha20", "first key", "SELECT count(*), count(*) FROM documents"),
            "error " + std::to_string(SQLITE_NOTADB));
}

}  // namespace
}  // namespace casebook
