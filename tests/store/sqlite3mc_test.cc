// SQLite3 Multiple Ciphers as linked into casebook: an encrypted database opens with its
// key, refuses a wrong key cleanly, and has FTS5 and JSON compiled in.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <string>

namespace {

std::string temp_db(const char* name) {
  auto p = std::filesystem::temp_directory_path() /
           (std::string("casebook-test-") + name + "-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(p);
  return p.string();
}

int exec(sqlite3* db, const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }

sqlite3* open_with_key(const std::string& path, const std::string& key) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  EXPECT_EQ(sqlite3_key(db, key.data(), static_cast<int>(key.size())), SQLITE_OK);
  return db;
}

TEST(Sqlite3mc, EncryptedDatabaseReopensWithRightKeyOnly) {
  std::string path = temp_db("enc");
  sqlite3* db = open_with_key(path, "correct horse battery staple");
  ASSERT_EQ(exec(db, "CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('secret testimony');"),
            SQLITE_OK);
  sqlite3_close(db);

  // The file on disk does not hold the plain text.
  std::FILE* f = std::fopen(path.c_str(), "rb");
  ASSERT_NE(f, nullptr);
  std::string bytes(1 << 16, '\0');
  bytes.resize(std::fread(bytes.data(), 1, bytes.size(), f));
  std::fclose(f);
  EXPECT_EQ(bytes.find("secret testimony"), std::string::npos);
  EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);

  db = open_with_key(path, "correct horse battery staple");
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT x FROM t", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), "secret testimony");
  sqlite3_finalize(st);
  sqlite3_close(db);

  db = open_with_key(path, "wrong key");
  int rc = exec(db, "SELECT count(*) FROM t");
  EXPECT_EQ(rc, SQLITE_NOTADB);
  EXPECT_NE(std::string(sqlite3_errmsg(db)).find("not a database"), std::string::npos);
  sqlite3_close(db);
  std::filesystem::remove(path);
}

TEST(Sqlite3mc, Fts5AndJsonAreCompiledIn) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(":memory:", &db), SQLITE_OK);
  ASSERT_EQ(exec(db,
                 "CREATE VIRTUAL TABLE docs USING fts5(body);"
                 "INSERT INTO docs VALUES ('the journalist was detained in the capital');"),
            SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT count(*) FROM docs WHERE docs MATCH 'detained'", -1, &st,
                               nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 1);
  sqlite3_finalize(st);
  ASSERT_EQ(
      sqlite3_prepare_v2(db, "SELECT json_extract('{\"a\":[1,2,3]}', '$.a[2]')", -1, &st, nullptr),
      SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 3);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

}  // namespace
