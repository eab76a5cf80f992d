// Issue 5, the thirteenth pass: the layer under the page cipher (store/wal_io_vfs.h) gathers a
// commit's WAL frames, and a checkpoint's pages, into a few writes and reads a frame's header
// with its page; a commit is still in the WAL file when it returns (another connection reads
// it, and a process killed right after it has not lost it), and a checkpoint's pages are in the
// database file when it returns.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "store/wal_io_vfs.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

const char* kKey = "a passphrase for the wal layer test";

// An invented report, a different document for each n.
std::string report(int n) {
  return "---\ntitle: Journalist held " + std::to_string(n) +
         "\npublished: 2025-09-14\n---\nSecurity officers in Port Ellery arrested the "
         "journalist Maren Castell on 12 September 2025 after she published an article on the "
         "harbour contracts. Her colleague Ivo Brandt said she was held overnight and "
         "questioned without a lawyer. Item " +
         std::to_string(n) + ".\n";
}

// Stores reports [first, first + n) in one batch.
void ingest_batch(Store* store, int first, int n) {
  ASSERT_TRUE(store->begin().ok());
  IngestCounts counts;
  for (int k = first; k < first + n; ++k) {
    std::string raw = report(k);
    Result<Document> doc = ingest_document(raw, "held-" + std::to_string(k) + ".md");
    ASSERT_TRUE(doc.ok());
    Extraction x = testing::test_pipeline().run(std::move(*doc), {});
    Status s = store->add_document(std::move(x), std::move(raw), &counts);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  Status s = store->commit();
  ASSERT_TRUE(s.ok()) << s.message();
}

std::string integrity(Store* store) {
  Stmt ic = store->db()->prepare("PRAGMA integrity_check");
  return ic.step() ? ic.text(0) : "no answer";
}

class WalIo : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    use_wal_io_layer(true);
  }
  void TearDown() override {
    use_wal_io_layer(true);
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
};

TEST_F(WalIo, Issue5ACommitsFramesReachTheWalInFewWrites) {
  auto store = Store::open((dir_ / "few.db").string(), kKey);
  ASSERT_TRUE(store.ok()) << store.status().message();
  WalIoCounts before = wal_io_counts();
  ingest_batch(store->get(), 0, 20);
  WalIoCounts after = wal_io_counts();
  int64_t asked = after.wal_writes_asked - before.wal_writes_asked;
  int64_t issued = after.wal_writes_issued - before.wal_writes_issued;
  // SQLite asks for two writes a frame (header, page); the layer issues the batch's frames in
  // buffers of 128 KB (15 frames), and its commit frame's page ends the last one.
  EXPECT_GT(asked, 40);
  EXPECT_GE(issued, 1);
  EXPECT_LT(issued * 8, asked);
  EXPECT_GE(after.commit_flushes - before.commit_flushes, 1);
  EXPECT_EQ(count(store->get(), "SELECT count(*) FROM documents"), 20);
}

TEST_F(WalIo, Issue5AnotherConnectionReadsACommitAsSoonAsItReturns) {
  std::string path = (dir_ / "seen.db").string();
  auto writer = Store::open(path, kKey);
  ASSERT_TRUE(writer.ok()) << writer.status().message();
  auto reader = Store::open(path, kKey, false);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  for (int round = 0; round < 4; ++round) {
    ingest_batch(writer->get(), round * 5, 5);
    // No checkpoint has run (a few hundred KB of frames): the reader reads the batch's pages
    // from the WAL file, through its own file handle.
    EXPECT_EQ(count(reader->get(), "SELECT count(*) FROM documents"), (round + 1) * 5);
    EXPECT_EQ(count(reader->get(), "SELECT count(*) FROM events"),
              count(reader->get(), "SELECT sum(n_events) FROM documents"));
    EXPECT_GT(count(reader->get(), "SELECT count(*) FROM search_index('Castell')"), 0);
  }
  EXPECT_EQ(integrity(reader->get()), "ok");
}

TEST_F(WalIo, Issue5AProcessKilledAfterACommitKeepsIt) {
  std::string path = (dir_ / "killed.db").string();
  testing::test_pipeline();  // lexicons loaded before the fork
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto s = Store::open(path, kKey);
    if (!s.ok()) _exit(3);
    ingest_batch(s->get(), 100, 6);
    if (::testing::Test::HasFailure()) _exit(4);
    // Killed with the store open: no close, no checkpoint, nothing flushed on the way out.
    raise(SIGKILL);
    _exit(5);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child exited with " << WEXITSTATUS(status);
  auto store = Store::open(path, kKey, false);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ(count(store->get(), "SELECT count(*) FROM documents"), 6);
  EXPECT_EQ(integrity(store->get()), "ok");
  EXPECT_TRUE(store->get()->verify_audit().ok);
}

TEST_F(WalIo, Issue5ACommitWhoseFramesWereRewrittenSurvivesAKill) {
  // With a page cache of a few pages, a batch spills pages into the WAL and changes some of them
  // again before its commit: SQLite writes those pages over their frames and, after the commit
  // frame, rewrites the later frames' headers with new checksums. Those rewrites must reach the
  // file before the commit returns, or a process killed then leaves a WAL whose checksums break
  // before the commit, and the next open drops the batch.
  std::string path = (dir_ / "rewritten.db").string();
  testing::test_pipeline();  // lexicons loaded before the fork
  for (int round = 0; round < 3; ++round) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      auto s = Store::open(path, kKey);
      if (!s.ok()) _exit(3);
      if (!s->get()->db()->exec("PRAGMA cache_size=12").ok()) _exit(4);
      ingest_batch(s->get(), 300 + round * 40, 40);
      if (::testing::Test::HasFailure()) _exit(5);
      raise(SIGKILL);
      _exit(6);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the child exited with " << WEXITSTATUS(status);
    auto store = Store::open(path, kKey, false);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ(count(store->get(), "SELECT count(*) FROM documents"), (round + 1) * 40);
    EXPECT_EQ(integrity(store->get()), "ok");
  }
}

TEST_F(WalIo, Issue5ACheckpointReadsAFramesHeaderWithItsPage) {
  std::string path = (dir_ / "checkpoint.db").string();
  {
    auto store = Store::open(path, kKey);
    ASSERT_TRUE(store.ok()) << store.status().message();
    ingest_batch(store->get(), 0, 10);
    WalIoCounts before = wal_io_counts();
    // The checkpoint reads each frame's page, and the cipher then the frame's page number.
    ASSERT_TRUE(store->get()->db()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    EXPECT_GT(wal_io_counts().header_reads_saved - before.header_reads_saved, 10);
  }
  auto again = Store::open(path, kKey, false);
  ASSERT_TRUE(again.ok()) << again.status().message();
  EXPECT_EQ(count(again->get(), "SELECT count(*) FROM documents"), 10);
  EXPECT_EQ(integrity(again->get()), "ok");
}

TEST_F(WalIo, Issue5ACheckpointWritesItsRunOfPagesInFewWrites) {
  auto store = Store::open((dir_ / "copied.db").string(), kKey);
  ASSERT_TRUE(store.ok()) << store.status().message();
  ingest_batch(store->get(), 0, 20);
  WalIoCounts before = wal_io_counts();
  ASSERT_TRUE(store->get()->db()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
  WalIoCounts after = wal_io_counts();
  // A new store's pages follow one another in the file: the checkpoint copies them in page
  // order, fifteen 8 KB pages to a write.
  int64_t asked = after.db_writes_asked - before.db_writes_asked;
  int64_t issued = after.db_writes_issued - before.db_writes_issued;
  EXPECT_GT(asked, 20);
  EXPECT_GE(issued, 1);
  EXPECT_LT(issued * 8, asked);
  EXPECT_EQ(count(store->get(), "SELECT count(*) FROM documents"), 20);
}

TEST_F(WalIo, Issue5AProcessKilledAfterACheckpointKeepsItsPages) {
  std::string path = (dir_ / "checkpointed.db").string();
  testing::test_pipeline();  // lexicons loaded before the fork
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    auto s = Store::open(path, kKey);
    if (!s.ok()) _exit(3);
    ingest_batch(s->get(), 200, 8);
    if (::testing::Test::HasFailure()) _exit(4);
    // The checkpoint copies every page into the database file and empties the WAL: the pages
    // must be in the file when it returns, as nothing else holds them.
    if (!s->get()->db()->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok()) _exit(5);
    raise(SIGKILL);
    _exit(6);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the child exited with " << WEXITSTATUS(status);
  EXPECT_EQ(std::filesystem::file_size(path + "-wal"), 0u);
  auto store = Store::open(path, kKey, false);
  ASSERT_TRUE(store.ok()) << store.status().message();
  EXPECT_EQ(count(store->get(), "SELECT count(*) FROM documents"), 8);
  EXPECT_EQ(integrity(store->get()), "ok");
  testing::expect_search_index_whole(store->get());
}

TEST_F(WalIo, Issue5AStoreWrittenEitherWayReadsTheOther) {
  // The layer changes how bytes reach the files, not which bytes: a store written with it
  // opens without it, and the other way round, plain and encrypted.
  for (const std::string key : {std::string(kKey), std::string()}) {
    std::string path = (dir_ / ("either" + std::to_string(key.size()) + ".db")).string();
    {
      use_wal_io_layer(true);
      auto store = Store::open(path, key);
      ASSERT_TRUE(store.ok()) << store.status().message();
      ingest_batch(store->get(), 0, 4);
    }
    {
      use_wal_io_layer(false);
      auto store = Store::open(path, key, false);
      ASSERT_TRUE(store.ok()) << store.status().message();
      EXPECT_EQ(count(store->get(), "SELECT count(*) FROM documents"), 4);
      ingest_batch(store->get(), 4, 4);
    }
    use_wal_io_layer(true);
    auto store = Store::open(path, key, false);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_EQ(count(store->get(), "SELECT count(*) FROM documents"), 8);
    EXPECT_EQ(integrity(store->get()), "ok");
    testing::expect_search_index_whole(store->get());
  }
}

}  // namespace
}  // namespace casebook
