// Throughput of the full pipeline (ingest, nlp, extract, JSON) over a folder of documents,
// on 1 thread and on N threads. Documents are read into memory first, so the figures are
// casebook's own work, not the disk's. Prints one table and, with --append FILE, appends it;
// with --kv FILE, writes the figures as key=value lines for bench/run.sh. --limit N keeps the
// first N documents (sorted by path), e.g. for a callgrind profile. --passes P has each run go
// over the documents P times on the same threads, so that a profile sees the per-thread caches
// warm, as on a long corpus (--repeat starts new threads for each run: every word is a first
// sighting again). Without it, a run goes over them once, as bench/run.sh measures.
//
//   extract_throughput DIR [--threads N] [--repeat K] [--passes P] [--limit N] [--append FILE]
//                      [--kv FILE]
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/extraction_json.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Input {
  std::string path;
  std::string bytes;
};

struct RunFigures {
  double seconds = 0;
  double cpu_seconds = 0;  // user + system time of the whole process during the run
  size_t docs = 0;
  size_t bytes = 0;
  size_t failed = 0;
  uint64_t ingest_ns = 0, nlp_ns = 0, extract_ns = 0, json_ns = 0;
};

// Peak resident memory of this process so far, in MB (Linux reports ru_maxrss in KiB).
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024.0;
}

std::vector<Input> load(const std::string& dir) {
  std::vector<Input> v;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    std::string ext = e.path().extension().string();
    if (ext != ".txt" && ext != ".md" && ext != ".html" && ext != ".htm") continue;
    std::ifstream f(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    v.push_back({e.path().string(), ss.str()});
  }
  std::sort(v.begin(), v.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  return v;
}

// One document through the pipeline before any clock starts: the lexicons load lazily, once
// per process; that is start-up (measured on the CLI by bench/run.sh), not throughput. Kept
// out of run() so that a callgrind profile can collect the worker loop alone.
void warm_up(const Input& input) {
  auto doc = casebook::ingest_document(input.bytes, input.path);
  if (doc.ok()) casebook::extraction_to_string(casebook::Pipeline().run(std::move(*doc), {}));
}

RunFigures run(const std::vector<Input>& inputs, int threads, size_t passes) {
  casebook::Pipeline pipeline;
  std::atomic<size_t> next{0};
  std::vector<RunFigures> per(threads);
  const double cpu0 = cpu_seconds();
  auto t0 = Clock::now();
  auto worker = [&](int k) {
    RunFigures& f = per[k];
    casebook::StageTimes st;
    for (size_t k; (k = next.fetch_add(1)) < inputs.size() * passes;) {
      const size_t i = k % inputs.size();
      auto a = Clock::now();
      auto doc = casebook::ingest_document(inputs[i].bytes, inputs[i].path);
      auto b = Clock::now();
      f.ingest_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(b - a).count();
      f.bytes += inputs[i].bytes.size();
      ++f.docs;
      if (!doc.ok()) {
        ++f.failed;
        continue;
      }
      casebook::Extraction x = pipeline.run(std::move(*doc), {}, &st);
      auto c = Clock::now();
      std::string json = casebook::extraction_to_string(x);
      auto d = Clock::now();
      f.json_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(d - c).count();
      if (json.empty()) ++f.failed;
    }
    f.nlp_ns = st.nlp_ns;
    f.extract_ns = st.extract_ns;
  };
  std::vector<std::thread> pool;
  for (int k = 0; k < threads; ++k) pool.emplace_back(worker, k);
  for (auto& t : pool) t.join();
  RunFigures total;
  total.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  total.cpu_seconds = cpu_seconds() - cpu0;
  for (const RunFigures& f : per) {
    total.docs += f.docs;
    total.bytes += f.bytes;
    total.failed += f.failed;
    total.ingest_ns += f.ingest_ns;
    total.nlp_ns += f.nlp_ns;
    total.extract_ns += f.extract_ns;
    total.json_ns += f.json_ns;
  }
  return total;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: extract_throughput DIR [--threads N] [--repeat K] [--append FILE]\n");
    return 2;
  }
  std::string dir = argv[1];
  int threads = static_cast<int>(std::thread::hardware_concurrency());
  int repeat = 1;
  std::string append;
  std::string kv;
  size_t limit = 0;
  size_t passes = 1;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--threads"))
      threads = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--repeat"))
      repeat = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--append"))
      append = argv[i + 1];
    else if (!std::strcmp(argv[i], "--kv"))
      kv = argv[i + 1];
    else if (!std::strcmp(argv[i], "--passes"))
      passes = std::max<size_t>(1, std::strtoul(argv[i + 1], nullptr, 10));
    else if (!std::strcmp(argv[i], "--limit"))
      limit = std::strtoul(argv[i + 1], nullptr, 10);
  }
  // A folder that cannot be read ("--help" given as DIR, a typo) is a one-line error.
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::fprintf(stderr, "extract_throughput: %s: not a folder of documents\n", dir.c_str());
    return 2;
  }
  std::vector<Input> inputs;
  try {
    inputs = load(dir);
  } catch (const fs::filesystem_error& e) {
    std::fprintf(stderr, "extract_throughput: %s: %s\n", dir.c_str(), e.code().message().c_str());
    return 1;
  }
  if (limit > 0 && inputs.size() > limit) inputs.resize(limit);
  const double rss_loaded = peak_rss_mb();
  if (inputs.empty()) {
    std::fprintf(stderr, "extract_throughput: %s: no documents\n", dir.c_str());
    return 1;
  }
  std::vector<size_t> sizes;
  size_t total = 0;
  for (const Input& in : inputs) {
    sizes.push_back(in.bytes.size());
    total += in.bytes.size();
  }
  std::sort(sizes.begin(), sizes.end());
  std::ostringstream out;
  std::ostringstream keys;
  char line[512];
  std::snprintf(line, sizeof line, "corpus: %zu documents, %.1f MB, median %zu bytes\n\n",
                inputs.size(), total / 1e6, sizes[sizes.size() / 2]);
  out << line;
  out << "| threads | MB/s | MB per CPU-second | docs/s | seconds | failed | ingest % | nlp % | "
         "extract % | json % |\n|---|---|---|---|---|---|---|---|---|---|\n";
  warm_up(inputs.front());
  // The thread counts take turns (1, N, 1, N, ...) and each keeps its best run, so that a
  // burst of load from elsewhere on a shared machine hurts both alike.
  std::vector<int> counts = {1};
  if (threads > 1) counts.push_back(threads);
  std::vector<RunFigures> best(counts.size());
  for (int r = 0; r < repeat; ++r) {
    for (size_t c = 0; c < counts.size(); ++c) {
      RunFigures f = run(inputs, counts[c], passes);
      if (best[c].seconds == 0 || f.seconds < best[c].seconds) best[c] = f;
    }
  }
  const double one = best[0].bytes / 1e6 / best[0].seconds;
  for (size_t c = 0; c < counts.size(); ++c) {
    const RunFigures& b = best[c];
    const int t = counts[c];
    const double mbs = b.bytes / 1e6 / b.seconds;
    const double cpu_mbs = b.cpu_seconds > 0 ? b.bytes / 1e6 / b.cpu_seconds : 0;
    double stage = static_cast<double>(b.ingest_ns + b.nlp_ns + b.extract_ns + b.json_ns);
    auto pct = [&](uint64_t ns) { return stage > 0 ? 100.0 * ns / stage : 0.0; };
    std::snprintf(line, sizeof line,
                  "| %d | %.2f | %.2f | %.0f | %.2f | %zu | %.0f | %.0f | %.0f | %.0f |\n", t, mbs,
                  cpu_mbs, b.docs / b.seconds, b.seconds, b.failed, pct(b.ingest_ns), pct(b.nlp_ns),
                  pct(b.extract_ns), pct(b.json_ns));
    out << line;
    const char* tag = t == 1 ? "t1" : "tn";
    keys << tag << "_threads=" << t << "\n"
         << tag << "_mbs=" << mbs << "\n"
         << tag << "_cpu_mbs=" << cpu_mbs << "\n"
         << tag << "_docs=" << b.docs / b.seconds << "\n"
         << tag << "_failed=" << b.failed << "\n"
         << tag << "_cores=" << b.cpu_seconds / b.seconds << "\n";
    if (t == 1) {
      keys << "share_ingest=" << pct(b.ingest_ns) << "\nshare_nlp=" << pct(b.nlp_ns)
           << "\nshare_extract=" << pct(b.extract_ns) << "\nshare_json=" << pct(b.json_ns) << "\n";
    } else {
      std::snprintf(line, sizeof line, "\nscaling: %d threads give %.2fx the throughput of 1\n", t,
                    mbs / one);
      out << line;
    }
  }
  const double rss_peak = peak_rss_mb();
  std::snprintf(line, sizeof line,
                "\npeak resident memory: %.0f MB, of which %.0f MB before the first run (the "
                "corpus held in memory)\n",
                rss_peak, rss_loaded);
  out << line;
  keys << "docs=" << inputs.size() << "\nbytes=" << total
       << "\nmedian_bytes=" << sizes[sizes.size() / 2] << "\nrss_peak_mb=" << rss_peak
       << "\nrss_loaded_mb=" << rss_loaded << "\n";
  if (!kv.empty()) std::ofstream(kv) << keys.str();
  std::fputs(out.str().c_str(), stdout);
  if (!append.empty()) {
    std::ofstream f(append, std::ios::app);
    f << out.str() << "\n";
  }
  return 0;
}
