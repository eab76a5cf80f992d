// `casebook ingest`: reads and extracts documents on worker threads, and stores them in input
// order on this thread, one transaction per batch. A document this engine already stored
// (same SHA-256, same engine version) is not even extracted again; one stored by another
// engine is, and replaces its old extraction with reviews carried over. Bad documents get one
// line on stderr; the rest go on.
#include "cli/ingest_command.h"

#include <unistd.h>

#include <cstdio>
#include <unordered_map>

#include "cli/input_files.h"
#include "cli/read_input.h"
#include "core/ordered_parallel.h"
#include "core/sha256.h"
#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/engine_version.h"

namespace casebook {
namespace {

struct Prepared {
  std::string raw;
  std::optional<Extraction> extraction;  // empty when already stored or failed
  std::string error;
  std::string warnings;
};

class ProgressBar {
 public:
  explicit ProgressBar(size_t total) : total_(total), tty_(isatty(STDERR_FILENO) != 0) {}
  void update(size_t done) {
    if (!tty_ || total_ < 2) return;
    size_t pct = done * 100 / total_;
    if (pct == last_ && done != total_) return;
    last_ = pct;
    constexpr size_t kWidth = 30;
    std::string bar(done * kWidth / total_, '#');
    bar.resize(kWidth, ' ');
    std::fprintf(stderr, "\r[%s] %zu/%zu", bar.c_str(), done, total_);
    if (done == total_) std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
  }
  void clear_line() {
    if (tty_) std::fputs("\r\033[K", stderr);
  }

 private:
  size_t total_;
  bool tty_;
  size_t last_ = 101;
};

std::string plural(int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

int run_ingest_command(const IngestCommandOptions& opt) {
  std::vector<InputFile> files;
  std::vector<InputProblem> problems;
  expand_inputs(opt.paths, &files, &problems);
  IngestCounts counts;
  for (const InputProblem& p : problems) {
    std::fprintf(stderr, "casebook: %s: %s\n", p.path.c_str(), p.reason.c_str());
    counts.failures++;
  }
  std::unique_ptr<Store> store = open_store_or_report(opt.where, true);
  if (!store) return 1;
  // Documents this engine already stored: the ones not worth extracting again.
  std::unordered_map<std::string, bool> known;  // sha256 -> stored by this engine
  {
    Stmt st = store->db()->prepare("SELECT sha256, coalesce(engine, '') FROM documents");
    while (st.step()) known.emplace(st.text(0), st.text_view(1) == engine_version());
  }
  Pipeline pipeline;
  ExtractOptions eo;
  eo.reference_date = opt.date;
  eo.time_budget_seconds = opt.doc_timeout;
  auto prepare = [&](size_t i) {
    Prepared p;
    Result<std::string> raw = read_input(files[i], opt.max_bytes);
    if (!raw.ok()) {
      p.error = raw.status().message();
      return p;
    }
    p.raw = std::move(*raw);
    std::string sha = sha256_hex(p.raw);
    auto seen = known.find(sha);
    if (seen != known.end() && seen->second && !opt.reextract) return p;
    IngestOptions io;
    io.max_bytes = opt.max_bytes;
    io.raw_sha256 = std::move(sha);  // the bytes are hashed once
    Result<Document> doc = ingest_document(p.raw, files[i].path, io);
    if (!doc.ok()) {
      p.error = doc.status().message();
      return p;
    }
    for (const std::string& w : doc->warnings) {
      p.warnings += "casebook: warning: " + files[i].path + ": " + w + "\n";
    }
    Result<Extraction> x = pipeline.run_within_budget(std::move(*doc), eo);
    if (!x.ok()) {
      p.error = x.status().message();
      return p;
    }
    p.extraction = std::move(*x);
    return p;
  };
  ProgressBar bar(files.size());
  bool fatal = false;
  IngestCounts committed;  // what the last successful commit made durable
  size_t done = 0;
  BatchSize batch_size;
  batch_size.documents = static_cast<size_t>(opt.batch);
  Status s = store->begin();
  auto fatal_error = [&](const Status& st) {
    bar.clear_line();
    std::fprintf(stderr, "casebook: %s: cannot write: %s\n", opt.where.db.c_str(),
                 st.message().c_str());
    fatal = true;
  };
  if (!s.ok()) fatal_error(s);
  run_ordered(files.size(), opt.jobs, prepare, [&](size_t i, Prepared&& p) {
    bar.update(++done);
    if (fatal) return;
    if (!p.warnings.empty()) {
      bar.clear_line();
      std::fputs(p.warnings.c_str(), stderr);
    }
    if (!p.error.empty()) {
      bar.clear_line();
      std::fprintf(stderr, "casebook: %s: %s\n", files[i].path.c_str(), p.error.c_str());
      counts.failures++;
      return;
    }
    if (!p.extraction) {
      counts.unchanged++;
      return;
    }
    Status st =
        store->add_document(std::move(*p.extraction), std::move(p.raw), &counts, opt.reextract);
    if (!st.ok()) {
      bar.clear_line();
      std::fprintf(stderr, "casebook: %s: %s\n", files[i].path.c_str(), st.message().c_str());
      counts.failures++;
      // A full or read-only disk fails every document alike: stop at the first. The code is
      // the failure's own: the store has rolled the batch back and written it again since.
      int code = store->failure_code();
      if (code == SQLITE_FULL || code == SQLITE_READONLY || code == SQLITE_IOERR) fatal = true;
      return;
    }
    // The bar moves per document; a commit comes every --batch documents, or sooner when the
    // batch holds kBatchBytes of raw input and text.
    if (store->batch_full(batch_size)) {
      Status c = store->commit();
      if (c.ok()) committed = counts;
      if (c.ok()) c = store->begin();
      if (!c.ok()) fatal_error(c);
    }
  });
  if (!fatal) {
    Status c = store->commit();
    if (c.ok()) committed = counts;
    if (!c.ok()) fatal_error(c);
  }
  if (fatal) {
    store->rollback();
    // The summary says what is stored: the batch that was rolled back counts as failures.
    int64_t lost =
        counts.documents + counts.reextracted - committed.documents - committed.reextracted;
    int64_t failures = counts.failures + lost, unchanged = counts.unchanged;
    counts = committed;
    counts.failures = failures;
    counts.unchanged = unchanged;
  }
  std::string unchanged = std::to_string(counts.unchanged) + " unchanged";
  if (counts.reextracted) unchanged += ", " + std::to_string(counts.reextracted) + " re-extracted";
  std::fprintf(stderr, "casebook: %s: %s (%s), %s, %s, %s, %s\n", opt.where.db.c_str(),
               plural(counts.documents, "document", "documents").c_str(), unchanged.c_str(),
               plural(counts.events, "event", "events").c_str(),
               plural(counts.new_people, "new person", "new people").c_str(),
               plural(counts.merged_people, "merged person", "merged people").c_str(),
               plural(counts.failures, "failure", "failures").c_str());
  return fatal || counts.failures ? 1 : 0;
}

}  // namespace casebook
