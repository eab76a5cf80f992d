// The case store's speed: ingest throughput on one core (extraction included) for ~5 KB
// documents, and `casebook search` latency (p50/p95) over a store of 100,000 documents, for
// common and rare terms, with and without filters. The corpus is generated (bench/
// store_corpus.h); the 100,000-document store is built once and kept (its `meta` row records
// how it was made), since building it takes minutes.
//
//   store_bench --dir DIR [--examples DIR] [--ingest-docs N] [--search-docs N] [--threads T]
//               [--runs K] [--cli PATH] [--kv FILE] [--sql-profile] [--plain]
//               [--builtin-cipher] [--ingest-sql SQL] [--batch N] [--overlap]
// --sql-profile prints, after the ingest, every statement the storing ran: how many times per
// document and SQLite's own time for it (sqlite3_trace_v2), to see what a document costs.
// --plain makes the ingest store unencrypted, for SQLite's own tools (dbstat: bytes per table
// and index). --builtin-cipher encrypts with SQLite3 Multiple Ciphers' own portable ChaCha20
// rather than the store's libsodium one (same format), to compare the two in one binary.
// --ingest-sql runs SQL on the ingest store once it is open, to compare settings (e.g.
// "PRAGMA wal_autocheckpoint=16384") in one binary.
// Storing's time includes closing the store, which checkpoints what the WAL still holds.
// --overlap extracts the next document on a second thread while this one stores the current
// one: two cores, so not the one-core figure; it says what overlapping would give.
#include <sys/wait.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/ordered_parallel.h"
#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/engine_version.h"
#include "store/page_cipher.h"
#include "store/queries.h"
#include "store/store.h"
#include "store_corpus.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using casebook::bench::StoreCorpus;

constexpr const char* kKey = "store benchmark key";

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// CPU time of this thread: steadier than wall time when other work holds the cores.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

void die(const std::string& what, const casebook::Status& s) {
  std::fprintf(stderr, "store_bench: %s: %s\n", what.c_str(), s.message().c_str());
  std::exit(1);
}

struct Options {
  std::string dir, examples, cli, kv;
  int ingest_docs = 3000, search_docs = 100000, threads = 2, runs = 40;
  // Documents per transaction in the ingest part, at most, as `casebook ingest`; a batch also
  // ends at casebook::kBatchBytes of raw input and text.
  int batch = static_cast<int>(casebook::kBatchDocuments);
  bool sql_profile = false;
  bool plain = false;
  bool overlap = false;  // extract the next document on a second thread while storing
  bool builtin_cipher = false;
  std::string ingest_sql;  // run on the ingest store once opened, to try a setting
};

// Per statement text: runs and SQLite's estimate of the time they took.
struct SqlCost {
  int64_t runs = 0;
  double ns = 0;
};
using SqlProfile = std::map<std::string, SqlCost>;

int on_sql_profile(unsigned, void* ctx, void* stmt, void* ns) {
  const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
  SqlCost& c = (*static_cast<SqlProfile*>(ctx))[sql ? sql : "?"];
  c.runs++;
  c.ns += static_cast<double>(*static_cast<sqlite3_int64*>(ns));
  return 0;
}

void print_sql_profile(const SqlProfile& p, double docs, double store_ms) {
  std::vector<std::pair<std::string, SqlCost>> rows(p.begin(), p.end());
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.second.ns > b.second.ns; });
  double total = 0, runs = 0;
  for (const auto& [sql, c] : rows) total += c.ns, runs += static_cast<double>(c.runs);
  std::fprintf(stderr, "sql: %.1f statements and %.1f us of SQL per document (storing %.1f us)\n",
               runs / docs, total / 1e3 / docs, store_ms * 1e3 / docs);
  for (const auto& [sql, c] : rows) {
    std::fprintf(stderr, "%7.2f/doc %7.1f us/doc  %.110s\n", static_cast<double>(c.runs) / docs,
                 c.ns / 1e3 / docs, sql.c_str());
  }
}

struct Extracted {
  std::string raw;
  std::optional<casebook::Extraction> x;
};

Extracted extract(const casebook::Pipeline& pipeline, std::string raw, uint64_t i) {
  Extracted e;
  e.raw = std::move(raw);
  casebook::Result<casebook::Document> doc =
      casebook::ingest_document(e.raw, "bench/" + std::to_string(i));
  if (doc.ok()) e.x = pipeline.run(std::move(*doc), {});
  return e;
}

// Ingest on one core: extraction and storing alternate on this thread, `--batch` (500) per
// transaction, or fewer when they hold casebook::kBatchBytes, as `casebook ingest`.
void bench_ingest(const Options& o, const StoreCorpus& corpus, const casebook::Pipeline& pipeline,
                  FILE* kv) {
  std::string path = o.dir + "/ingest.db";
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path + ext);
  auto store = casebook::Store::open(path, o.plain ? "" : kKey);
  if (!store.ok()) die(path, store.status());
  std::vector<std::string> docs;
  size_t bytes = 0;
  for (int i = 0; i < o.ingest_docs; ++i) {
    docs.push_back(corpus.document(1000000 + static_cast<uint64_t>(i)));
    bytes += docs.back().size();
  }
  if (!o.ingest_sql.empty()) {
    casebook::Status s = (*store)->db()->exec(o.ingest_sql);
    if (!s.ok()) die("--ingest-sql", s);
  }
  SqlProfile profile;
  if (o.sql_profile) {
    sqlite3_trace_v2((*store)->db()->handle(), SQLITE_TRACE_PROFILE, on_sql_profile, &profile);
  }
  casebook::IngestCounts counts;
  casebook::BatchSize batch_size;
  batch_size.documents = static_cast<size_t>(o.batch);
  double extract_ms = 0, extract_cpu_ms = 0, store_ms = 0, store_cpu_ms = 0;
  auto t0 = Clock::now();
  casebook::Status begun = (*store)->begin();
  if (!begun.ok()) die("begin", begun);
  // With --overlap, one other thread extracts the documents in order, at most two ahead,
  // while this one stores them (one long-lived thread: the pipeline's per-thread state is
  // built once); the extraction figures are then this thread's wait for the next document.
  std::mutex mu;
  std::condition_variable cv;
  std::deque<Extracted> ready;
  std::thread worker;
  if (o.overlap) {
    worker = std::thread([&] {
      for (size_t i = 0; i < docs.size(); ++i) {
        Extracted e = extract(pipeline, docs[i], i);
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return ready.size() < 2; });
        ready.push_back(std::move(e));
        cv.notify_all();
      }
    });
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    auto t = Clock::now();
    double cpu = thread_cpu_ms();
    Extracted e;
    if (o.overlap) {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return !ready.empty(); });
      e = std::move(ready.front());
      ready.pop_front();
      cv.notify_all();
    } else {
      e = extract(pipeline, docs[i], i);
    }
    extract_ms += ms_since(t);
    extract_cpu_ms += thread_cpu_ms() - cpu;
    t = Clock::now();
    cpu = thread_cpu_ms();
    if (e.x) {
      casebook::Status s = (*store)->add_document(std::move(*e.x), std::move(e.raw), &counts);
      if (!s.ok()) die("add_document", s);
    }
    if ((*store)->batch_full(batch_size)) {
      casebook::Status s = (*store)->commit();
      if (s.ok()) s = (*store)->begin();
      if (!s.ok()) die("commit", s);
    }
    store_ms += ms_since(t);
    store_cpu_ms += thread_cpu_ms() - cpu;
  }
  if (worker.joinable()) worker.join();
  auto t = Clock::now();
  double cpu = thread_cpu_ms();
  casebook::Status s = (*store)->commit();
  if (!s.ok()) die("commit", s);
  store_ms += ms_since(t);
  store_cpu_ms += thread_cpu_ms() - cpu;
  double n = static_cast<double>(docs.size());
  double kb_open =
      static_cast<double>(fs::file_size(path) +
                          (fs::exists(path + "-wal") ? fs::file_size(path + "-wal") : 0)) /
      1024 / n;
  if (o.sql_profile) print_sql_profile(profile, n, store_ms);
  // Closing checkpoints what is left in the WAL: part of an ingest the user waits for, so it
  // is timed with storing (before 2026-11-27's fifth pass it was not).
  t = Clock::now();
  cpu = thread_cpu_ms();
  (*store).reset();
  double close_ms = ms_since(t), close_cpu_ms = thread_cpu_ms() - cpu;
  store_ms += close_ms;
  store_cpu_ms += close_cpu_ms;
  double total = ms_since(t0);
  std::fprintf(kv, "ingest_docs=%zu\ningest_mean_bytes=%.0f\n", docs.size(), bytes / n);
  std::fprintf(kv, "ingest_overlap=%d\n", o.overlap ? 1 : 0);
  std::fprintf(kv, "ingest_docs_per_s=%.1f\n", n / (total / 1000));
  std::fprintf(kv, "ingest_extract_docs_per_s=%.1f\n", n / (extract_ms / 1000));
  std::fprintf(kv, "ingest_store_docs_per_s=%.1f\n", n / (store_ms / 1000));
  std::fprintf(kv, "ingest_store_cpu_docs_per_s=%.1f\n", n / (store_cpu_ms / 1000));
  std::fprintf(kv, "ingest_store_share=%.1f\n", 100 * store_ms / total);
  // Where wall time went that the thread did not spend on a core (waiting for the disk's
  // syncs at checkpoints and the close, or for a core held by other work), per stage.
  std::fprintf(kv, "ingest_extract_cpu_docs_per_s=%.1f\n", n / (extract_cpu_ms / 1000));
  std::fprintf(kv, "ingest_extract_wait_ms=%.1f\ningest_store_wait_ms=%.1f\n",
               extract_ms - extract_cpu_ms, store_ms - store_cpu_ms);
  std::fprintf(kv, "ingest_close_ms=%.1f\ningest_close_cpu_ms=%.1f\n", close_ms, close_cpu_ms);
  std::fprintf(kv, "ingest_db_kb_per_doc=%.1f\n", kb_open);
  std::fprintf(kv, "ingest_db_kb_per_doc_closed=%.1f\n",
               static_cast<double>(fs::file_size(path)) / 1024 / n);
}

// The 100,000-document store, extracted on `threads` threads and written by this one.
void build_search_store(const Options& o, const StoreCorpus& corpus,
                        const casebook::Pipeline& pipeline, const std::string& path,
                        const std::string& stamp, FILE* kv) {
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path + ext);
  auto store = casebook::Store::open(path, kKey);
  if (!store.ok()) die(path, store.status());
  std::fprintf(stderr, "store_bench: building a store of %d documents in %s\n", o.search_docs,
               path.c_str());
  casebook::IngestCounts counts;
  auto t0 = Clock::now();
  casebook::Status s = (*store)->begin();
  size_t n = static_cast<size_t>(o.search_docs);
  casebook::run_ordered(
      n, o.threads, [&](size_t i) { return extract(pipeline, corpus.document(i), i); },
      [&](size_t i, Extracted&& e) {
        if (!s.ok()) return;
        if (e.x) s = (*store)->add_document(std::move(*e.x), std::move(e.raw), &counts);
        if (s.ok() && i % 1000 == 999) {
          s = (*store)->commit();
          if (s.ok()) s = (*store)->begin();
          std::fprintf(stderr, "\rstore_bench: %zu/%zu", i + 1, n);
        }
      });
  if (s.ok()) s = (*store)->commit();
  if (!s.ok()) die("building the search store", s);
  std::fprintf(stderr, "\n");
  casebook::Db* db = (*store)->db();
  casebook::Stmt st = db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('bench', ?)");
  st.bind(1, stamp);
  st.run();
  std::fprintf(kv, "build_seconds=%.1f\n", ms_since(t0) / 1000);
}

struct Query {
  const char* label;
  const char* text;
  casebook::QueryFilters filters;
};

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--dir")
      o.dir = value();
    else if (a == "--examples")
      o.examples = value();
    else if (a == "--cli")
      o.cli = value();
    else if (a == "--kv")
      o.kv = value();
    else if (a == "--ingest-docs")
      o.ingest_docs = std::atoi(value().c_str());
    else if (a == "--search-docs")
      o.search_docs = std::atoi(value().c_str());
    else if (a == "--threads")
      o.threads = std::atoi(value().c_str());
    else if (a == "--overlap")
      o.overlap = true;
    else if (a == "--plain")
      o.plain = true;
    else if (a == "--builtin-cipher")
      o.builtin_cipher = true;
    else if (a == "--ingest-sql")
      o.ingest_sql = value();
    else if (a == "--sql-profile")
      o.sql_profile = true;
    else if (a == "--runs")
      o.runs = std::atoi(value().c_str());
    else if (a == "--batch")
      o.batch = std::max(1, std::atoi(value().c_str()));
    else {
      std::fprintf(stderr, "store_bench: unknown argument %s\n", a.c_str());
      return 2;
    }
  }
  if (o.dir.empty()) {
    std::fprintf(stderr, "store_bench: --dir DIR is required\n");
    return 2;
  }
  fs::create_directories(o.dir);
  if (o.builtin_cipher) casebook::prefer_builtin_page_cipher();
  FILE* kv = o.kv.empty() ? stdout : std::fopen(o.kv.c_str(), "w");
  if (!kv) return 1;
  StoreCorpus corpus(o.examples);
  casebook::Pipeline pipeline;
  extract(pipeline, corpus.document(0), 0);  // lexicons load lazily, once: not timed

  if (o.ingest_docs > 0) bench_ingest(o, corpus, pipeline, kv);

  std::string path = o.dir + "/search.db";
  std::string stamp = "docs=" + std::to_string(o.search_docs) +
                      " corpus=v3 engine=" + std::string(casebook::engine_version());
  auto stored_stamp = [&]() -> std::string {
    auto store = casebook::Store::open(path, kKey, false);
    if (!store.ok()) return "";
    casebook::Stmt st = (*store)->db()->prepare("SELECT value FROM meta WHERE key = 'bench'");
    return st.step() ? st.text(0) : "";
  };
  if (stored_stamp() != stamp) build_search_store(o, corpus, pipeline, path, stamp, kv);
  // Opening costs a key derivation (PBKDF2 in SQLite3 Multiple Ciphers), once per command.
  std::vector<double> opens;
  for (int r = 0; r < 5; ++r) {
    auto t = Clock::now();
    auto s = casebook::Store::open(path, kKey, false);
    if (!s.ok()) die(path, s.status());
    opens.push_back(ms_since(t));
  }
  std::fprintf(kv, "open_ms=%.1f\n", percentile(opens, 0.5));
  auto store = casebook::Store::open(path, kKey, false);
  if (!store.ok()) die(path, store.status());
  casebook::Db* db = (*store)->db();
  std::fprintf(kv, "search_docs=%lld\n",
               static_cast<long long>(db->scalar("SELECT count(*) FROM documents")));
  std::fprintf(kv, "search_db_mb=%.0f\n", static_cast<double>(fs::file_size(path)) / 1e6);

  casebook::QueryFilters none;
  casebook::QueryFilters typed;
  typed.type = "arrest_detention";
  casebook::QueryFilters country;
  country.country = "TJ";
  country.from = "2020";
  const Query kQueries[] = {
      {"common_detained", "detained", none},
      {"common_police", "police", none},
      {"common_two_terms", "relatives detained", none},
      {"phrase", "\"human rights\"", none},
      {"common_typed", "detained", typed},
      {"common_country_from", "police", country},
      {"mid_tortured", "tortured", none},
      {"rare_samizdat", "samizdat", none},
      {"absent", "xylophone", none},
  };
  for (const Query& q : kQueries) {
    std::vector<double> times, cpu;
    size_t hits = 0;
    for (int r = 0; r < o.runs + 3; ++r) {
      auto t = Clock::now();
      double c = thread_cpu_ms();
      casebook::Result<casebook::Table> res = casebook::search_store(db, q.text, q.filters);
      double ms = ms_since(t);
      if (!res.ok()) die(q.text, res.status());
      hits = res->rows.size();
      if (r >= 3) {  // the first runs warm the page cache
        times.push_back(ms);
        cpu.push_back(thread_cpu_ms() - c);
      }
    }
    std::fprintf(kv, "q_%s_p50=%.2f\nq_%s_p95=%.2f\nq_%s_rows=%zu\n", q.label,
                 percentile(times, 0.5), q.label, percentile(times, 0.95), q.label, hits);
    std::fprintf(kv, "q_%s_cpu_p50=%.2f\nq_%s_cpu_p95=%.2f\n", q.label, percentile(cpu, 0.5),
                 q.label, percentile(cpu, 0.95));
  }
  // The whole command as a user runs it: process start, key, open, search, print.
  if (!o.cli.empty()) {
    fs::path keyfile = fs::path(o.dir) / "key";
    std::ofstream(keyfile) << kKey << "\n";
    std::string cmd = "'" + o.cli + "' search detained --db '" + path + "' --key-file '" +
                      keyfile.string() + "' >/dev/null 2>&1";
    std::vector<double> times;
    for (int r = 0; r < 23; ++r) {
      auto t = Clock::now();
      int rc = std::system(cmd.c_str());
      if (rc != 0) std::fprintf(stderr, "store_bench: the CLI failed (%d)\n", rc);
      if (r >= 3) times.push_back(ms_since(t));
    }
    std::fprintf(kv, "cli_detained_p50=%.1f\ncli_detained_p95=%.1f\n", percentile(times, 0.5),
                 percentile(times, 0.95));
  }
  if (kv != stdout) std::fclose(kv);
  return 0;
}
