// Re-extraction of the whole store: documents extracted by another engine version (or all,
// with --all) are read back in batches, extracted on worker threads and stored in order on
// this one, one transaction per batch. The reference date each was stored with stands in
// for the --date it may have been ingested with.
#include "cli/reextract_command.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

#include "core/ordered_parallel.h"
#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/engine_version.h"

namespace casebook {
namespace {

struct StoredBytes {
  std::string source, raw, reference_date;
};

struct Extracted {
  std::optional<Extraction> x;
  std::string error;
};

}  // namespace

int run_reextract_command(const ReextractCommandOptions& opt) {
  std::unique_ptr<Store> store = open_store_or_report(opt.where, false);
  if (!store) return 1;
  std::vector<int64_t> ids;
  {
    Stmt st = store->db()->prepare(
        "SELECT id FROM documents WHERE ? OR coalesce(engine, '') != ? ORDER BY id");
    st.bind_int(1, opt.all).bind(2, engine_version());
    while (st.step()) ids.push_back(st.int64(0));
  }
  Pipeline pipeline;
  IngestCounts counts;
  Stmt load = store->db()->prepare(
      "SELECT coalesce(source, ''), casebook_raw(raw, text), coalesce(reference_date, '')"
      " FROM documents WHERE id = ?");
  bool fatal = false;
  for (size_t from = 0; from < ids.size() && !fatal; from += static_cast<size_t>(opt.batch)) {
    size_t n = std::min(ids.size() - from, static_cast<size_t>(opt.batch));
    std::vector<StoredBytes> docs(n);
    for (size_t i = 0; i < n; ++i) {
      load.reset();
      load.bind(1, ids[from + i]);
      if (!load.step()) continue;
      docs[i].source = load.text(0);
      docs[i].raw = load.text(1);
      docs[i].reference_date = load.text(2);
    }
    load.reset();
    Status s = store->begin();
    if (!s.ok()) {
      std::fprintf(stderr, "casebook: %s: cannot write: %s\n", opt.where.db.c_str(),
                   s.message().c_str());
      return 1;
    }
    run_ordered(
        n, opt.jobs,
        [&](size_t i) {
          Extracted e;
          Result<Document> doc = ingest_document(docs[i].raw, docs[i].source);
          if (!doc.ok()) {
            e.error = doc.status().message();
            return e;
          }
          ExtractOptions eo;
          eo.reference_date = docs[i].reference_date;
          e.x = pipeline.run(std::move(*doc), eo);
          return e;
        },
        [&](size_t i, Extracted&& e) {
          if (fatal) return;
          Status st =
              e.x ? store->add_document(std::move(*e.x), std::move(docs[i].raw), &counts, true)
                  : Status::InvalidInput(e.error);
          if (!st.ok()) {
            std::fprintf(stderr, "casebook: %s: document %lld: %s\n", opt.where.db.c_str(),
                         static_cast<long long>(ids[from + i]), st.message().c_str());
            counts.failures++;
            int code = e.x ? store->failure_code() : SQLITE_OK;
            if (code == SQLITE_FULL || code == SQLITE_READONLY || code == SQLITE_IOERR) {
              fatal = true;
            }
          }
        });
    if (fatal) {
      store->rollback();
      break;
    }
    s = store->commit();
    if (!s.ok()) {
      std::fprintf(stderr, "casebook: %s: cannot write: %s\n", opt.where.db.c_str(),
                   s.message().c_str());
      return 1;
    }
  }
  std::fprintf(stderr, "casebook: %s: %lld re-extracted, %lld events, %lld failures\n",
               opt.where.db.c_str(), static_cast<long long>(counts.reextracted),
               static_cast<long long>(counts.events), static_cast<long long>(counts.failures));
  return fatal || counts.failures ? 1 : 0;
}

}  // namespace casebook
