// Helpers for case-store tests: temporary store paths, invented documents ingested through
// the real pipeline, and single-value queries.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "store/store.h"

namespace casebook::testing {

inline std::filesystem::path store_temp_dir(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() /
           ("casebook-store-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p;
}

inline void write_text(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

inline std::string read_bytes(const std::filesystem::path& p, size_t max = 1 << 20) {
  std::ifstream f(p, std::ios::binary);
  std::string s(max, '\0');
  f.read(s.data(), static_cast<std::streamsize>(max));
  s.resize(static_cast<size_t>(f.gcount()));
  return s;
}

inline const Pipeline& test_pipeline() {
  static const Pipeline* p = new Pipeline();
  return *p;
}

struct RepositoryDocument {
  std::string name;
  std::string raw;
};

// The repository's own documents, in name order: examples/ and the golden tests' inputs (text,
// front matter and HTML).
inline std::vector<RepositoryDocument> repository_documents() {
  std::vector<RepositoryDocument> out;
  for (const char* dir : {CASEBOOK_SOURCE_DIR "/examples", CASEBOOK_SOURCE_DIR "/tests/golden"}) {
    if (!std::filesystem::exists(dir)) continue;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::string ext = entry.path().extension().string();
      if (ext == ".txt" || ext == ".html" || ext == ".md") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) out.push_back({p.filename().string(), read_bytes(p, 1 << 24)});
  }
  return out;
}

// Ingests one document (front matter allowed) into the store in its own batch.
inline Status ingest_text(Store* store, const std::string& raw, const std::string& name,
                          IngestCounts* counts) {
  Result<Document> doc = ingest_document(raw, name);
  if (!doc.ok()) return doc.status();
  Extraction x = test_pipeline().run(std::move(*doc), {});
  Status s = store->begin();
  if (!s.ok()) return s;
  s = store->add_document(x, raw, counts);
  if (!s.ok()) {
    store->rollback();
    return s;
  }
  return store->commit();
}

// A fresh unencrypted store per test, in a folder named after the test.
class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::open((dir_ / "t.db").string(), "");
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  void ingest(const char* raw, const char* name) {
    Status s = ingest_text(store_.get(), raw, name, &counts_);
    ASSERT_TRUE(s.ok()) << s.message();
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  IngestCounts counts_;
};

struct CliRun {
  int code = -1;
  std::string out, err;
};

// Runs `casebook ARGS` in `dir` (args shell-quoted by the caller), stdin from /dev/null.
inline CliRun run_casebook(const std::filesystem::path& dir, const std::string& args,
                           const std::string& env = "") {
  std::string out = (dir / "stdout").string(), err = (dir / "stderr").string();
  std::string cmd = "cd '" + dir.string() + "' && " + env + " '" + CASEBOOK_BINARY + "' " + args +
                    " >'" + out + "' 2>'" + err + "' </dev/null";
  int status = std::system(cmd.c_str());
  CliRun r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_bytes(out);
  r.err = read_bytes(err);
  return r;
}

inline int64_t count(Store* store, const std::string& sql) { return store->db()->scalar(sql); }

// Whether index `name` on `table` is partial (has a WHERE clause).
inline bool index_is_partial(Store* store, const std::string& table, const std::string& name) {
  return count(store, "SELECT partial FROM pragma_index_list('" + table + "') WHERE name = '" +
                          name + "'") == 1;
}

// A statement a call ran, with the rows it sorted and those it stepped through in full scans
// (SQLITE_TRACE_PROFILE is called as each statement finishes, its counters still set).
struct RanStatement {
  std::string sql;
  int sorted = 0;
  int scanned = 0;
};

// A sqlite3_trace_v2 callback (SQLITE_TRACE_PROFILE) that appends to a
// std::vector<RanStatement> passed as its context.
inline int record_statement(unsigned, void* ctx, void* p, void*) {
  auto* st = static_cast<sqlite3_stmt*>(p);
  const char* sql = sqlite3_sql(st);
  static_cast<std::vector<RanStatement>*>(ctx)->push_back(
      {sql ? sql : "", sqlite3_stmt_status(st, SQLITE_STMTSTATUS_SORT, 0),
       sqlite3_stmt_status(st, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0)});
  return 0;
}

// The search index agrees with the text it reads its content from (schema version 6).
inline void expect_search_index_whole(Store* store) {
  EXPECT_TRUE(
      store->db()->exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')").ok())
      << store->db()->error();
}

// What a store must hold after any crash or failed write: SQLite's integrity check passes, the
// audit chain is unbroken, every document has all its entities and events and an audit row.
inline void expect_whole_store(Store* store) {
  Stmt ic = store->db()->prepare("PRAGMA integrity_check");
  ASSERT_TRUE(ic.step());
  EXPECT_EQ(ic.text(0), "ok");
  AuditReport r = store->verify_audit();
  EXPECT_TRUE(r.ok) << r.problem;
  EXPECT_EQ(count(store,
                  "SELECT count(*) FROM documents d WHERE n_entities != (SELECT count(*) FROM"
                  " entities e WHERE e.doc = d.id) OR n_events != (SELECT count(*) FROM events v"
                  " WHERE v.doc = d.id)"),
            0);
  EXPECT_EQ(count(store, "SELECT count(*) FROM audit WHERE action = 'ingest'"),
            count(store, "SELECT count(*) FROM documents"));
  expect_search_index_whole(store);
}

// Takes a store back to the version 10 shape of its span columns: every span row keeps a
// copy of its passage ('' for an empty span), as the writer did before version 11.
#define CASEBOOK_SPAN_COPIES                                                                 \
  "UPDATE events SET"                                                                        \
  " trig_text = coalesce(trig_text, casebook_span(d.text, trig_start, trig_end), ''),"       \
  " ev_text = coalesce(ev_text, casebook_span(d.text, ev_start, ev_end), '')"                \
  " FROM documents d WHERE d.id = events.doc;"                                               \
  "UPDATE relations SET ev_text = coalesce(relations.ev_text, casebook_span(d.text,"         \
  " relations.ev_start, relations.ev_end), '') FROM documents d WHERE d.id = relations.doc;" \
  "UPDATE statistics SET ev_text = coalesce(statistics.ev_text, casebook_span(d.text,"       \
  " statistics.ev_start, statistics.ev_end), '') FROM documents d"                           \
  " WHERE d.id = statistics.doc;"                                                            \
  "UPDATE quotes SET ev_text = coalesce(quotes.ev_text, casebook_span(d.text,"               \
  " quotes.ev_start, quotes.ev_end), '') FROM documents d WHERE d.id = quotes.doc;"
inline const char* kBackToVersion10 =
    CASEBOOK_SPAN_COPIES "UPDATE schema_version SET version = 10;";

// Takes a store back to the version 9 shape: spans keep their copies, the search index holds a
// row per document and one per event evidence passage, numbered by search_rows, and reads its
// text through the view search_content.
#define CASEBOOK_OLD_SEARCH_ROWS                                                              \
  CASEBOOK_SPAN_COPIES                                                                        \
  "DROP TABLE search_index; DROP VIEW search_content;"                                        \
  "CREATE TABLE search_rows (id INTEGER PRIMARY KEY, doc INTEGER NOT NULL, event INTEGER);"   \
  "CREATE INDEX search_rows_doc ON search_rows(doc);"                                         \
  "INSERT INTO search_rows(doc, event) SELECT id, NULL FROM documents;"                       \
  "INSERT INTO search_rows(doc, event) SELECT doc, id FROM events WHERE ev_text IS NOT NULL"  \
  " AND ev_text != '';"                                                                       \
  "CREATE VIEW search_content(id, body, doc, event) AS SELECT r.id, CASE WHEN r.event IS NOT" \
  " NULL THEN e.ev_text WHEN d.title IS NULL THEN d.text ELSE d.title || char(10) || d.text"  \
  " END, r.doc, r.event FROM search_rows r LEFT JOIN documents d ON d.id = r.doc"             \
  " LEFT JOIN events e ON e.id = r.event;"
inline const char* kBackToVersion9 = CASEBOOK_OLD_SEARCH_ROWS
    "CREATE VIRTUAL TABLE search_index USING fts5(body, doc UNINDEXED, event UNINDEXED,"
    " content = 'search_content', content_rowid = 'id',"
    " tokenize = 'unicode61 remove_diacritics 2');"
    "INSERT INTO search_index(search_index) VALUES ('rebuild');"
    "UPDATE schema_version SET version = 9;";

// Takes a store back to the version 5 shape (run it before setting an older version): the raw
// bytes and extraction unpacked, and the search index holding its own copy of the text.
inline const char* kBackToVersion5 =
    "UPDATE documents SET raw = casebook_raw(raw, text),"
    " extraction = casebook_extraction(extraction, text);" CASEBOOK_OLD_SEARCH_ROWS
    "CREATE TEMP TABLE old_search AS SELECT id, body, doc, event FROM search_content;"
    "DROP VIEW search_content;"
    "CREATE VIRTUAL TABLE search_index USING fts5(body, doc UNINDEXED, event UNINDEXED,"
    " tokenize = 'unicode61 remove_diacritics 2');"
    "INSERT INTO search_index(rowid, body, doc, event) SELECT id, body, doc, event"
    " FROM old_search;"
    "DROP TABLE old_search;";

// Invented reports: one detention told twice (different spellings), the family afterwards.
inline const char* kReportA =
    "---\ntitle: Journalist detained in Khujand\npublished: 2021-03-16\n"
    "url: https://example.org/a\n---\n"
    "Police in Tajikistan detained the journalist Mukhammadjon Saidov in Khujand on 14 March "
    "2021. Saidov's father, Rustam Saidov, said officers searched the family home.\n";
inline const char* kReportB =
    "---\ntitle: Reporter held in the north\npublished: 2021-03-20\n"
    "url: https://example.net/b\n---\n"
    "Tajik authorities arrested reporter Muhammadjon Saidow in Khujand in March 2021, "
    "according to his lawyer.\n";
inline const char* kReportC =
    "---\ntitle: Mother of detained reporter summoned\npublished: 2021-04-02\n---\n"
    "Police summoned the mother of journalist Mukhammadjon Saidov in Khujand on 1 April 2021.\n";
inline const char* kReportD =
    "---\ntitle: Pressure on a reporter's family\npublished: 2021-04-05\n---\n"
    "The mother of Muhammadjon Saidov was questioned by police in Khujand on 1 April 2021.\n";
// The same name a year later: a different detention, not the same incident.
inline const char* kReportE =
    "---\ntitle: Reporter detained again\npublished: 2022-05-03\n---\n"
    "Police detained the journalist Mukhammadjon Saidov in Khujand on 2 May 2022.\n";

}  // namespace casebook::testing
