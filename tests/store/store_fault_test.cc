// Faults from outside the store, through the real binary: a full disk (RLIMIT_FSIZE), a
// read-only file or folder, a store locked by another process, and a damaged file. Each must
// give clear `casebook: ...` lines, never a crash, and lose nothing already committed.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <sstream>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

struct ChildRun {
  bool signaled = false;  // killed by a signal: a crash
  int code = -1;
  std::string out, err;
};

// Runs the casebook binary in `dir` in a child that first calls `setup` (limits, user).
ChildRun run_casebook(const std::filesystem::path& dir, const std::vector<std::string>& args,
                      const std::function<void()>& setup = {}) {
  std::string out = (dir / "stdout").string(), err = (dir / "stderr").string();
  pid_t pid = fork();
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(120);
    int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (o < 0 || e < 0) _exit(121);
    dup2(o, 1);
    dup2(e, 2);
    if (setup) setup();
    std::vector<char*> argv;
    std::string bin = CASEBOOK_BINARY;
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(122);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ChildRun r;
  r.signaled = WIFSIGNALED(status);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = testing::read_bytes(out);
  r.err = testing::read_bytes(err);
  return r;
}

// Every stderr line is a `casebook: ` line: no stack trace, no SQLite noise.
void expect_clear_lines(const ChildRun& r) {
  EXPECT_FALSE(r.signaled) << r.err;
  std::istringstream in(r.err);
  std::string line;
  while (std::getline(in, line)) {
    EXPECT_EQ(line.rfind("casebook: ", 0), 0u) << "unclear line: " << line;
  }
}

std::string report(int n) {
  return "---\ntitle: Fault report " + std::to_string(n) +
         "\npublished: 2022-02-10\n---\nPolice detained the teacher Bahrom Nurov" +
         std::to_string(n % 7) + " in Kulob on 8 February 2022. Officers searched his " +
         "flat and took his phone, his wife said. Filing " + std::to_string(n) + ".\n";
}

class StoreFault : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::permissions(dir_, std::filesystem::perms(0755));
    db_ = (dir_ / "casebook.db").string();
  }
  void TearDown() override {
    std::filesystem::permissions(dir_, std::filesystem::perms(0755));
    std::filesystem::remove_all(dir_);
  }
  // Ingests `n` reports through the library and closes the store: committed data.
  void commit_reports(int first, int n) {
    auto s = Store::open(db_, "");
    ASSERT_TRUE(s.ok());
    IngestCounts counts;
    for (int k = first; k < first + n; ++k) {
      ASSERT_TRUE(testing::ingest_text(s->get(), report(k), "r.txt", &counts).ok());
    }
  }
  void write_reports(int first, int n) {
    std::filesystem::create_directories(dir_ / "in");
    for (int k = first; k < first + n; ++k) {
      testing::write_text(dir_ / "in" / ("r" + std::to_string(k) + ".txt"), report(k));
    }
  }
  // The store opens, is undamaged, holds at least `docs` whole documents, and its audit chain
  // is unbroken.
  void expect_intact(int64_t docs) {
    auto s = Store::open(db_, "", false);
    ASSERT_TRUE(s.ok()) << s.status().message();
    Store* store = s->get();
    testing::expect_whole_store(store);
    EXPECT_GE(count(store, "SELECT count(*) FROM documents"), docs);
  }
  std::filesystem::path dir_;
  std::string db_;
};

TEST_F(StoreFault, AFullDiskStopsIngestWithOneLineAndKeepsWhatWasCommitted) {
  commit_reports(0, 3);
  write_reports(100, 60);
  auto limit = static_cast<rlim_t>(std::filesystem::file_size(db_) + 96 * 1024);
  ChildRun r = run_casebook(dir_, {"ingest", "--batch", "4", "in"}, [limit] {
    // Past the limit a write fails with EFBIG instead of killing the process.
    signal(SIGXFSZ, SIG_IGN);
    rlimit rl{limit, limit};
    setrlimit(RLIMIT_FSIZE, &rl);
  });
  expect_clear_lines(r);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("cannot write"), std::string::npos) << r.err;
  expect_intact(3);
  {
    // The summary line counts only what is stored: the rolled-back batch counts as failures.
    size_t at = r.err.find(" document");
    size_t from = r.err.rfind(": ", at);
    ASSERT_NE(at, std::string::npos) << r.err;
    ASSERT_NE(from, std::string::npos) << r.err;
    int64_t said = std::stoll(r.err.substr(from + 2, at - from - 2));
    auto st = Store::open(db_, "", false);
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(said + 3, count(st->get(), "SELECT count(*) FROM documents")) << r.err;
  }
  // Nothing half-done blocks the next run: with room again, the rest goes in.
  ChildRun again = run_casebook(dir_, {"ingest", "in"});
  EXPECT_EQ(again.code, 0) << again.err;
  expect_intact(63);
}

// Root may write to any file, so the child gives up root first when it has it.
void become_nobody() {
  if (geteuid() == 0) {
    if (setgid(65534) != 0 || setuid(65534) != 0) _exit(123);
  }
}

TEST_F(StoreFault, AReadOnlyStoreIsRefusedWithOneLine) {
  commit_reports(0, 2);
  write_reports(10, 2);
  // The folder stays writable, so SQLite can make its journal files: only the store is
  // read-only.
  std::filesystem::permissions(dir_, std::filesystem::perms(0777));
  std::filesystem::permissions(dir_ / "in", std::filesystem::perms(0755));
  std::filesystem::permissions(db_, std::filesystem::perms(0444));
  ChildRun r = run_casebook(dir_, {"ingest", "in"}, become_nobody);
  if (r.code == 122) GTEST_SKIP() << "the binary cannot run as nobody here";
  expect_clear_lines(r);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
  std::filesystem::permissions(db_, std::filesystem::perms(0644));
  expect_intact(2);
  auto s = Store::open(db_, "", false);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM documents"), 2);
}

TEST_F(StoreFault, AStoreInAReadOnlyFolderIsRefusedWithOneLine) {
  commit_reports(0, 2);
  write_reports(10, 2);
  std::filesystem::permissions(dir_ / "in", std::filesystem::perms(0755));
  std::filesystem::permissions(db_, std::filesystem::perms(0666));
  std::filesystem::permissions(dir_, std::filesystem::perms(0555));
  ChildRun r = run_casebook(dir_, {"ingest", "in"}, become_nobody);
  if (r.code == 122 || r.code == 121) GTEST_SKIP() << "cannot run as nobody here";
  expect_clear_lines(r);
  EXPECT_EQ(r.code, 1);
  EXPECT_FALSE(r.err.empty());
  std::filesystem::permissions(dir_, std::filesystem::perms(0755));
  expect_intact(2);
}

TEST_F(StoreFault, ALockedStoreWaitsThenSaysSoAndReadersGoOn) {
  commit_reports(0, 2);
  write_reports(10, 1);
  auto holder = Store::open(db_, "");
  ASSERT_TRUE(holder.ok());
  ASSERT_TRUE((*holder)->db()->exec("BEGIN IMMEDIATE").ok());  // another process's write lock
  ChildRun r = run_casebook(dir_, {"ingest", "in"});
  expect_clear_lines(r);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("locked by another process"), std::string::npos) << r.err;
  // Readers are not blocked by a writer (WAL).
  ChildRun q = run_casebook(dir_, {"status"});
  EXPECT_EQ(q.code, 0) << q.err;
  ASSERT_TRUE((*holder)->db()->exec("ROLLBACK").ok());
  holder->reset();
  expect_intact(2);
}

// Overwrites `n` bytes at `offset` with a fixed pattern, as a failing disk or a stray write.
void damage(const std::string& path, size_t offset, size_t n) {
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(static_cast<std::streamoff>(offset));
  std::string junk(n, '\0');
  for (size_t i = 0; i < n; ++i) junk[i] = static_cast<char>(0xA5 ^ (i * 31));
  f.write(junk.data(), static_cast<std::streamsize>(n));
}

TEST_F(StoreFault, ADamagedStoreIsReportedAndNothingCrashes) {
  commit_reports(0, 6);
  write_reports(10, 2);
  size_t size = std::filesystem::file_size(db_);
  ASSERT_GT(size, 64u * 1024);
  std::filesystem::copy_file(db_, dir_ / "good.db");
  const std::vector<std::vector<std::string>> kCommands = {{"status"},
                                                           {"search", "police"},
                                                           {"events"},
                                                           {"timeline"},
                                                           {"audit", "verify"},
                                                           {"ingest", "in"},
                                                           {"export", "--format", "jsonl"}};
  struct Damage {
    size_t offset, n;
  };
  // The header, a page in the middle, and the tail.
  for (Damage d : {Damage{0, 100}, Damage{size / 2, 4096}, Damage{size - 8192, 8192}}) {
    SCOPED_TRACE("damage at " + std::to_string(d.offset));
    std::filesystem::copy_file(dir_ / "good.db", db_,
                               std::filesystem::copy_options::overwrite_existing);
    damage(db_, d.offset, d.n);
    bool reported = false;
    for (const auto& args : kCommands) {
      ChildRun r = run_casebook(dir_, args);
      SCOPED_TRACE(args[0]);
      expect_clear_lines(r);
      if (r.code != 0) reported = true;
    }
    EXPECT_TRUE(reported);
    // `audit verify` alone must notice, whichever page was hit.
    ChildRun v = run_casebook(dir_, {"audit", "verify"});
    EXPECT_NE(v.code, 0) << v.out << v.err;
  }
}

}  // namespace
}  // namespace casebook
