// Durability: a child process ingests invented reports in batches and is killed with SIGKILL
// at a random moment, again and again. After each kill the store must open, pass SQLite's
// integrity check, hold no half-stored document, and keep an unbroken audit chain.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

constexpr int kReportsPerChild = 100000;  // report ids of child i: i * kReportsPerChild on

std::string invented_report(int n) {
  static const char* kGiven[] = {"Farrukh", "Dilnoza", "Bakhtiyor", "Zarina", "Olim", "Gulnora"};
  static const char* kFamily[] = {"Nazarov", "Yusupova", "Rakhimov", "Tursunova", "Ergashev"};
  static const char* kCity[] = {"Khujand", "Dushanbe", "Kulob", "Bokhtar"};
  std::string name = std::string(kGiven[n % 6]) + " " + kFamily[(n / 6) % 5];
  return "---\ntitle: Report " + std::to_string(n) + "\npublished: 2020-06-" +
         std::to_string(10 + n % 18) + "\n---\nPolice detained the activist " + name + " in " +
         kCity[n % 4] + " on " + std::to_string(1 + n % 9) + " June 2020. " + name +
         "'s brother said officers searched the family home. Report number " + std::to_string(n) +
         ".\n";
}

// The child: ingests reports from `first` on in batches of 4 until killed. It has far more
// reports than it can store before the kill (at most 200 ms away): with a short list, a fast
// extraction finished some children before their kill, and too few kills landed mid-run.
[[noreturn]] void ingest_until_killed(const std::string& path, int first) {
  auto s = Store::open(path, "");
  if (!s.ok()) _exit(3);
  Store* store = s->get();
  IngestCounts counts;
  for (int n = first; n < first + kReportsPerChild; n += 4) {
    if (!store->begin().ok()) _exit(4);
    for (int k = n; k < n + 4; ++k) {
      std::string raw = invented_report(k);
      Result<Document> doc = ingest_document(raw, "report-" + std::to_string(k) + ".txt");
      if (!doc.ok()) _exit(5);
      Extraction x = testing::test_pipeline().run(std::move(*doc), {});
      if (!store->add_document(x, raw, &counts).ok()) _exit(6);
    }
    if (!store->commit().ok()) _exit(7);
  }
  _exit(0);
}

void expect_consistent(const std::string& path, int iteration) {
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok()) << "iteration " << iteration << ": " << s.status().message();
  Store* store = s->get();
  Stmt ic = store->db()->prepare("PRAGMA integrity_check");
  ASSERT_TRUE(ic.step());
  EXPECT_EQ(ic.text(0), "ok") << "iteration " << iteration;
  EXPECT_EQ(count(store,
                  "SELECT count(*) FROM documents d WHERE n_entities != (SELECT count(*) FROM"
                  " entities e WHERE e.doc = d.id) OR n_events != (SELECT count(*) FROM events v"
                  " WHERE v.doc = d.id)"),
            0)
      << "iteration " << iteration;
  EXPECT_EQ(count(store,
                  "SELECT count(*) FROM entities WHERE doc NOT IN (SELECT id FROM"
                  " documents) OR cluster IS NULL"),
            0);
  EXPECT_EQ(count(store,
                  "SELECT count(*) FROM events WHERE doc NOT IN (SELECT id FROM"
                  " documents)"),
            0);
  EXPECT_EQ(count(store, "SELECT count(*) FROM audit WHERE action = 'ingest'"),
            count(store, "SELECT count(*) FROM documents"));
  AuditReport r = store->verify_audit();
  EXPECT_TRUE(r.ok) << "iteration " << iteration << ": " << r.problem;
}

TEST(StoreKill, RepeatedSigkillLeavesAConsistentStore) {
  auto dir = testing::store_temp_dir("kill");
  std::string path = (dir / "kill.db").string();
  // Lexicons loaded once, before the forks, so children spend their time writing.
  testing::test_pipeline().run(*ingest_document(invented_report(0), "warm.txt"), {});
  std::mt19937 rng(20261126);
  std::uniform_int_distribution<int> delay_ms(10, 200);
  int killed_mid_run = 0;
  for (int i = 0; i < 30; ++i) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) ingest_until_killed(path, i * kReportsPerChild);
    usleep(static_cast<useconds_t>(delay_ms(rng)) * 1000);
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
      ++killed_mid_run;
    } else {
      ASSERT_EQ(WEXITSTATUS(status), 0) << "the child failed on its own";
    }
    expect_consistent(path, i);
    if (::testing::Test::HasFailure()) break;
  }
  EXPECT_GT(killed_mid_run, 20);
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok());
  int64_t docs = count(s->get(), "SELECT count(*) FROM documents");
  EXPECT_GT(docs, 30);  // the children got somewhere before each kill
  std::printf("kill test: %d kills, %lld documents stored\n", killed_mid_run,
              static_cast<long long>(docs));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook
