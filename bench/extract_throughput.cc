// Throughput of the full pipeline (ingest, nlp, extract, JSON) over a folder of documents,
// on 1 thread and on N threads. Documents are read into memory first, so the figures are
// casebook's own work, not the disk's. Prints one table and, with --append FILE, appends it.
//
//   extract_throughput DIR [--threads N] [--repeat K] [--append bench/results/FILE.md]
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
  size_t docs = 0;
  size_t bytes = 0;
  size_t failed = 0;
  uint64_t ingest_ns = 0, nlp_ns = 0, extract_ns = 0, json_ns = 0;
};

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

RunFigures run(const std::vector<Input>& inputs, int threads) {
  casebook::Pipeline pipeline;
  std::atomic<size_t> next{0};
  std::vector<RunFigures> per(threads);
  auto t0 = Clock::now();
  auto worker = [&](int k) {
    RunFigures& f = per[k];
    casebook::StageTimes st;
    for (size_t i; (i = next.fetch_add(1)) < inputs.size();) {
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
    std::fprintf(stderr, "usage: extract_throughput DIR [--threads N] [--repeat K] [--append FILE]\n");
    return 2;
  }
  std::string dir = argv[1];
  int threads = static_cast<int>(std::thread::hardware_concurrency());
  int repeat = 1;
  std::string append;
  for (int i = 2; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--threads")) threads = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--repeat")) repeat = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--append")) append = argv[i + 1];
  }
  std::vector<Input> inputs = load(dir);
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
  char line[512];
  std::snprintf(line, sizeof line, "corpus: %zu documents, %.1f MB, median %zu bytes\n\n",
                inputs.size(), total / 1e6, sizes[sizes.size() / 2]);
  out << line;
  out << "| threads | MB/s | docs/s | seconds | failed | ingest % | nlp % | extract % | json % |\n"
         "|---|---|---|---|---|---|---|---|---|\n";
  double one = 0;
  for (int t : {1, threads}) {
    RunFigures best;
    for (int r = 0; r < repeat; ++r) {
      RunFigures f = run(inputs, t);
      if (best.seconds == 0 || f.seconds < best.seconds) best = f;
    }
    double mbs = best.bytes / 1e6 / best.seconds;
    if (t == 1) one = mbs;
    double stage = static_cast<double>(best.ingest_ns + best.nlp_ns + best.extract_ns + best.json_ns);
    auto pct = [&](uint64_t ns) { return stage > 0 ? 100.0 * ns / stage : 0.0; };
    std::snprintf(line, sizeof line, "| %d | %.2f | %.0f | %.2f | %zu | %.0f | %.0f | %.0f | %.0f |\n",
                  t, mbs, best.docs / best.seconds, best.seconds, best.failed, pct(best.ingest_ns),
                  pct(best.nlp_ns), pct(best.extract_ns), pct(best.json_ns));
    out << line;
    if (t != 1) {
      std::snprintf(line, sizeof line, "\nscaling: %d threads give %.2fx the throughput of 1\n", t,
                    mbs / one);
      out << line;
    }
    if (threads == 1) break;
  }
  std::fputs(out.str().c_str(), stdout);
  if (!append.empty()) {
    std::ofstream f(append, std::ios::app);
    f << out.str() << "\n";
  }
  return 0;
}
