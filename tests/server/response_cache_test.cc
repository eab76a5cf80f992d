// Issue 7 response cache: an answer is served only while no commit has been seen since it was
// computed, whichever connection or process made the commit, and a stale put is dropped.
#include "server/response_cache.h"

#include <gtest/gtest.h>

#include "../store/store_test_util.h"

namespace casebook::testing {
namespace {

struct Conn {
  sqlite3* db = nullptr;
  explicit Conn(const std::string& path) { sqlite3_open(path.c_str(), &db); }
  ~Conn() { sqlite3_close(db); }
  void exec(const char* sql) { ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), 0); }
};

class ResponseCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = store_temp_dir("response-cache");
    path_ = (dir_ / "c.db").string();
    Conn c(path_);
    c.exec("PRAGMA journal_mode=WAL; CREATE TABLE t(x);");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
  std::string path_;
};

// What the server does for one read: generation, snapshot, observe, find or compute and put.
std::optional<std::string> read_once(server::ResponseCache& cache, Conn& c, const std::string& key,
                                     const std::string& answer) {
  uint64_t start = cache.generation();
  c.exec("BEGIN");
  cache.observe(c.db);
  std::optional<std::string> hit = cache.find(key);
  if (!hit) cache.put(key, start, answer);
  c.exec("COMMIT");
  cache.settle(c.db);
  return hit;
}

// The read that first sees a commit moves the generation on during its own snapshot, so its
// answer is not kept either (another connection may have seen a later commit first); the
// next read keeps its answer.
TEST_F(ResponseCacheTest, Issue7ServedUntilAnotherConnectionCommits) {
  server::ResponseCache cache(16);
  Conn reader(path_), writer(path_);
  EXPECT_FALSE(read_once(cache, reader, "k", "first"));  // a new connection: not kept
  EXPECT_FALSE(read_once(cache, reader, "k", "one"));
  EXPECT_EQ(read_once(cache, reader, "k", "unused"), "one");
  writer.exec("INSERT INTO t VALUES (1)");
  EXPECT_FALSE(read_once(cache, reader, "k", "seen"));  // data_version moved
  EXPECT_FALSE(read_once(cache, reader, "k", "two"));
  EXPECT_EQ(read_once(cache, reader, "k", "unused"), "two");
}

TEST_F(ResponseCacheTest, Issue7OwnCommitDropsAnswers) {
  server::ResponseCache cache(16);
  Conn c(path_);
  EXPECT_FALSE(read_once(cache, c, "k", "first"));
  EXPECT_FALSE(read_once(cache, c, "k", "one"));
  EXPECT_EQ(read_once(cache, c, "k", "unused"), "one");
  c.exec("INSERT INTO t VALUES (1)");  // the same connection: only its change count moves
  EXPECT_FALSE(read_once(cache, c, "k", "seen"));
  EXPECT_FALSE(read_once(cache, c, "k", "two"));
  EXPECT_EQ(read_once(cache, c, "k", "unused"), "two");
  cache.bump();
  EXPECT_FALSE(read_once(cache, c, "k", "three"));
  EXPECT_EQ(read_once(cache, c, "k", "unused"), "three");
}

// A snapshot taken before a commit must not be cached as current once the commit is seen.
TEST_F(ResponseCacheTest, Issue7AnswerFromAnOlderSnapshotIsNotServed) {
  server::ResponseCache cache(16);
  Conn slow(path_), fresh(path_), writer(path_);
  EXPECT_FALSE(read_once(cache, fresh, "warm", "x"));  // both connections seen once
  EXPECT_FALSE(read_once(cache, slow, "warm2", "x"));
  uint64_t start = cache.generation();
  slow.exec("BEGIN");
  cache.observe(slow.db);  // the old snapshot starts here
  writer.exec("INSERT INTO t VALUES (1)");
  EXPECT_FALSE(read_once(cache, fresh, "other", "y"));  // sees the commit first
  cache.put("k", start, "old");                         // the slow read ends after
  slow.exec("COMMIT");
  EXPECT_FALSE(read_once(cache, fresh, "k", "new"));
  EXPECT_EQ(read_once(cache, fresh, "k", "unused"), "new");
}

TEST_F(ResponseCacheTest, Issue7BoundedAndOff) {
  server::ResponseCache cache(2);
  Conn c(path_);
  read_once(cache, c, "warm", "0");
  read_once(cache, c, "a", "1");
  read_once(cache, c, "b", "2");
  read_once(cache, c, "c", "3");
  EXPECT_EQ(read_once(cache, c, "c", "unused"), "3");
  server::ResponseCache off(0);
  EXPECT_FALSE(off.enabled());
  EXPECT_FALSE(read_once(off, c, "a", "1"));
  EXPECT_FALSE(read_once(off, c, "a", "1"));
  EXPECT_FALSE(read_once(cache, c, "big", std::string(server::ResponseCache::kMaxBody + 1, 'x')));
  EXPECT_FALSE(read_once(cache, c, "big", "unused"));
}

}  // namespace
}  // namespace casebook::testing
