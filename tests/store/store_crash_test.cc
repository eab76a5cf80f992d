// Crash safety beyond ingest: a child ingests, reviews and unmerges in a loop and is killed
// with SIGKILL after a random delay, 200 times. After every kill the store opens, passes
// SQLite's integrity check and `audit verify`, and holds no half-written document, review or
// unmerge. Runs in about 20-40 s (release); `ctest -R StoreCrash` runs it alone.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <random>

#include "store/merge.h"
#include "store/review.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

constexpr int kKills = 200;

std::string crash_report(int n) {
  static const char* kGiven[] = {"Rustam", "Madina", "Jamshed", "Sitora", "Anvar", "Lola"};
  static const char* kFamily[] = {"Qodirov", "Saidova", "Latipov", "Karimova"};
  static const char* kAct[] = {"detained", "arrested", "summoned", "beat"};
  static const char* kCity[] = {"Khujand", "Dushanbe", "Kulob"};
  // Few names, so reports about one person keep merging and incidents keep joining.
  std::string name = std::string(kGiven[n % 6]) + " " + kFamily[(n / 6) % 4];
  return "---\ntitle: Crash report " + std::to_string(n) + "\npublished: 2021-0" +
         std::to_string(1 + n % 9) + "-15\n---\nPolice " + kAct[n % 4] + " the lawyer " + name +
         " in " + kCity[n % 3] + " on " + std::to_string(1 + n % 12) + " January 2021. " + name +
         "'s father said officers searched the house. Note " + std::to_string(n) + ".\n";
}

// The child: a random mix of the store's three kinds of write until it is killed.
// It writes one byte to `ready` once the store is open, so the kill lands among the writes
// whatever the build's speed.
[[noreturn]] void write_until_killed(const std::string& path, int seed, int ready) {
  auto s = Store::open(path, "");
  if (!s.ok()) _exit(3);
  if (write(ready, "r", 1) != 1) _exit(10);
  Store* store = s->get();
  std::mt19937 rng(static_cast<unsigned>(seed));
  IngestCounts counts;
  int next_doc = seed * 100;
  for (int step = 0; step < 1000; ++step) {
    int what = static_cast<int>(rng() % 3);
    if (what == 0) {
      if (!store->begin().ok()) _exit(4);
      for (int k = 0; k < 2; ++k) {
        std::string raw = crash_report(next_doc++);
        Result<Document> doc = ingest_document(raw, "crash.txt");
        if (!doc.ok()) _exit(5);
        Extraction x = testing::test_pipeline().run(std::move(*doc), {});
        if (!store->add_document(x, raw, &counts).ok()) _exit(6);
      }
      if (!store->commit().ok()) _exit(7);
    } else if (what == 1) {
      int64_t events = store->db()->scalar("SELECT max(id) FROM events");
      if (events == 0) continue;
      ReviewDecision d;
      d.event = 1 + static_cast<int64_t>(rng() % static_cast<uint64_t>(events));
      static const char* kActions[] = {"accept", "reject", "edit"};
      d.action = kActions[rng() % 3];
      if (d.action == "edit") {
        d.field = "date_start";
        d.value = "2021-01-0" + std::to_string(1 + rng() % 9);
      }
      d.reviewer = "crash-test";
      Status r = review_event(store->db(), d);
      if (!r.ok() && r.code() != Status::Code::kNotFound) _exit(8);
    } else {
      int64_t merge = store->db()->scalar(
          "SELECT id FROM merges WHERE undone = 0 ORDER BY random() LIMIT 1", 0);
      if (merge == 0) continue;
      Status u = store->unmerge(merge);
      if (!u.ok() && u.code() != Status::Code::kNotFound) _exit(9);
    }
  }
  _exit(0);
}

void expect_whole(const std::string& path, int iteration) {
  SCOPED_TRACE("after kill " + std::to_string(iteration));
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  Store* store = s->get();
  testing::expect_whole_store(store);
  EXPECT_EQ(count(store, "SELECT count(*) FROM entities WHERE cluster IS NULL"), 0);
  EXPECT_EQ(count(store,
                  "SELECT count(*) FROM documents WHERE id NOT IN"
                  " (SELECT id FROM search_index_docsize)"),
            0);
  // Reviews: each decision is recorded, applied and audited together.
  EXPECT_EQ(count(store, "SELECT count(*) FROM audit WHERE action = 'review'"),
            count(store, "SELECT count(*) FROM reviews"));
  EXPECT_EQ(count(store,
                  "SELECT count(*) FROM events WHERE review IS NOT NULL AND id NOT IN"
                  " (SELECT event FROM reviews)"),
            0);
  // Unmerges: one audit row for each, and each undid at least one merge.
  int64_t unmerges = count(store, "SELECT count(*) FROM audit WHERE action = 'unmerge'");
  EXPECT_LE(unmerges, count(store, "SELECT count(*) FROM merges WHERE undone != 0"));
}

TEST(StoreCrash, KillDuringIngestReviewAndUnmergeLeavesAWholeStore) {
  auto dir = testing::store_temp_dir("crash");
  std::string path = (dir / "crash.db").string();
  {
    auto s = Store::open(path, "");
    ASSERT_TRUE(s.ok());
    IngestCounts counts;
    for (int n = 0; n < 8; ++n) {
      ASSERT_TRUE(testing::ingest_text(s->get(), crash_report(n), "seed.txt", &counts).ok());
    }
  }
  // The kill delay is scaled to what one batch of two documents costs in this build (a
  // sanitizer build is ten times slower), so kills fall before, inside and between batches.
  auto t0 = std::chrono::steady_clock::now();
  {
    auto s = Store::open(path, "");
    ASSERT_TRUE(s.ok());
    IngestCounts counts;
    for (int n = 8; n < 10; ++n) {
      ASSERT_TRUE(testing::ingest_text(s->get(), crash_report(n), "seed.txt", &counts).ok());
    }
  }
  auto batch_us =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0)
          .count();
  std::mt19937 rng(8);
  // Capped, so a loaded machine (a slow calibration) cannot stretch 200 rounds past a minute.
  std::uniform_int_distribution<int64_t> delay_us(0,
                                                  std::clamp<int64_t>(3 * batch_us, 20000, 200000));
  int killed = 0;
  for (int i = 0; i < kKills; ++i) {
    int ready[2];
    ASSERT_EQ(pipe(ready), 0);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) write_until_killed(path, 1 + i, ready[1]);
    close(ready[1]);
    char byte;
    bool opened = read(ready[0], &byte, 1) == 1;  // EOF: the child stopped before opening
    close(ready[0]);
    if (opened) usleep(static_cast<useconds_t>(delay_us(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
      ++killed;
    } else {
      ASSERT_EQ(WEXITSTATUS(status), 0) << "the child failed on its own, kill " << i;
    }
    expect_whole(path, i);
    if (::testing::Test::HasFailure()) break;
  }
  EXPECT_GE(killed, kKills * 9 / 10);
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok());
  Store* store = s->get();
  int64_t docs = count(store, "SELECT count(*) FROM documents");
  int64_t reviews = count(store, "SELECT count(*) FROM reviews");
  int64_t unmerges = count(store, "SELECT count(*) FROM audit WHERE action = 'unmerge'");
  // The children got work done between kills, of every kind.
  EXPECT_GT(docs, 10);
  EXPECT_GT(reviews, 0);
  EXPECT_GT(unmerges, 0);
  std::printf("crash test: %d kills; %lld documents, %lld reviews, %lld unmerges stored\n", killed,
              static_cast<long long>(docs), static_cast<long long>(reviews),
              static_cast<long long>(unmerges));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook
