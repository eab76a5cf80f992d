// Memory soak: ingests invented reports into a fresh store and searches it, in a loop, for a
// bounded time, sampling the process's resident memory. Memory should rise while SQLite's page
// cache (64 MB, see store.cc) and the lexicons fill, then stay flat; a leak shows as a steady
// climb. SQLite's own heap (its page cache grows with the store up to its limit) is sampled
// apart, and the verdict is on the rest: the second half's peak against the first half's.
//
//   build/bench/memory_soak [SECONDS=120] [STORE_DIR=/tmp]
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "store/queries.h"
#include "store/store.h"

namespace {

long rss_kb() {
  std::ifstream f("/proc/self/statm");
  long pages = 0, resident = 0;
  f >> pages >> resident;
  return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

std::string report(int n) {
  static const char* kGiven[] = {"Timur", "Shahlo", "Nodir", "Gulchehra", "Bobur", "Mavluda"};
  static const char* kFamily[] = {"Rasulov", "Hamidova", "Sobirov", "Jurayeva", "Tohirov"};
  static const char* kCity[] = {"Khujand", "Dushanbe", "Kulob", "Istaravshan"};
  std::string name = std::string(kGiven[n % 6]) + " " + kFamily[(n / 6) % 5];
  return "---\ntitle: Soak report " + std::to_string(n) + "\npublished: 2019-0" +
         std::to_string(1 + n % 9) +
         "-11\n---\nSecurity officers detained the human rights "
         "defender " +
         name + " in " + kCity[n % 4] + " on " + std::to_string(1 + n % 27) + " March 2019. " +
         name +
         "'s mother said the family home was searched and two "
         "laptops were taken. A court later sentenced " +
         name + " to " + std::to_string(2 + n % 9) + " years in prison. Reference " +
         std::to_string(n) + ".\n";
}

}  // namespace

int main(int argc, char** argv) {
  int seconds = argc > 1 ? std::atoi(argv[1]) : 120;
  std::filesystem::path dir = std::filesystem::path(argc > 2 ? argv[2] : "/tmp") /
                              ("casebook-soak-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto opened = casebook::Store::open((dir / "soak.db").string(), "");
  if (!opened.ok()) {
    std::fprintf(stderr, "memory_soak: %s\n", opened.status().message().c_str());
    return 1;
  }
  casebook::Store* store = opened->get();
  casebook::Pipeline pipeline;
  casebook::IngestCounts counts;
  const char* kQueries[] = {"detained", "sentenced AND court", "Rasulov", "laptops OR home"};
  auto t0 = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  std::vector<long> samples;
  double next_sample = 0;
  int n = 0, searches = 0;
  std::printf("seconds\tdocuments\tsearches\trss_kb\tsqlite_kb\tother_kb\n");
  while (elapsed() < seconds) {
    if (!store->begin().ok()) return 1;
    for (int k = 0; k < 20; ++k, ++n) {
      std::string raw = report(n);
      auto doc = casebook::ingest_document(raw, "soak.txt");
      if (!doc.ok()) return 1;
      if (!store->add_document(pipeline.run(std::move(*doc), {}), raw, &counts).ok()) return 1;
    }
    if (!store->commit().ok()) return 1;
    for (const char* q : kQueries) {
      casebook::QueryFilters f;
      f.limit = 10;
      if (!casebook::search_store(store->db(), q, f).ok()) return 1;
      ++searches;
    }
    if (elapsed() >= next_sample) {
      long rss = rss_kb(), sqlite = static_cast<long>(sqlite3_memory_used() / 1024);
      samples.push_back(rss - sqlite);
      std::printf("%.0f\t%d\t%d\t%ld\t%ld\t%ld\n", elapsed(), n, searches, rss, sqlite,
                  samples.back());
      std::fflush(stdout);
      next_sample += seconds / 20.0;
    }
  }
  samples.push_back(rss_kb() - static_cast<long>(sqlite3_memory_used() / 1024));
  // Flat: the peak of the second half is within 10% of the peak of the first half.
  size_t half = samples.size() / 2;
  long first = 0, second = 0;
  for (size_t i = 0; i < samples.size(); ++i) {
    long& peak = i < half ? first : second;
    peak = std::max(peak, samples[i]);
  }
  double growth = first > 0 ? 100.0 * (second - first) / first : 0;
  std::printf(
      "memory_soak: %d documents, %d searches in %d s; rss peak %ld KB (first half) ->"
      " %ld KB (second half) outside SQLite's heap, %+.1f%%: %s\n",
      n, searches, seconds, first, second, growth, growth <= 10 ? "flat" : "GROWING");
  opened->reset();
  std::filesystem::remove_all(dir);
  return growth <= 10 ? 0 : 1;
}
