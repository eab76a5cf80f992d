// Issue 5, schema version 13: events_incident holds the events that joined an incident only
// (a partial index); every reader of an incident's events and the foreign key's check on an
// incident's deletion still read it, with no scan of the events; a version-12 store is
// migrated and lists the same incidents.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>
#include <vector>

#include "store/curation.h"
#include "store/queries.h"
#include "store/schema.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;
using testing::index_is_partial;
using testing::RanStatement;
using testing::record_statement;

// The version-12 shape: the index over every event.
constexpr const char* kBackToVersion12 =
    "DROP INDEX events_incident;"
    "CREATE INDEX events_incident ON events(incident);"
    "UPDATE schema_version SET version = 12;";

class IncidentIndex : public testing::StoreTest {
 protected:
  void ingest_reports() {
    for (const char* raw : {testing::kReportA, testing::kReportB, testing::kReportC,
                            testing::kReportD, testing::kReportE}) {
      ingest(raw, "r.txt");
    }
    for (const testing::RepositoryDocument& d : testing::repository_documents()) {
      testing::ingest_text(store_.get(), d.raw, d.name, &counts_);
    }
    ASSERT_GT(count(store_.get(), "SELECT count(*) FROM events WHERE incident IS NULL"), 0);
    ASSERT_GT(count(store_.get(),
                    "SELECT count(*) FROM (SELECT incident FROM events WHERE incident IS NOT NULL"
                    " GROUP BY incident HAVING count(DISTINCT doc) > 1)"),
              0);
  }

  std::string incidents() {
    QueryFilters f;
    f.limit = 100000;
    Result<Table> t = list_incidents(store_->db(), f);
    EXPECT_TRUE(t.ok());
    std::string out;
    if (!t.ok()) return out;
    for (const auto& row : t->rows) {
      for (const std::string& c : row) out += c + "|";
      out += "\n";
    }
    return out;
  }
};

TEST_F(IncidentIndex, Issue5TheIncidentIndexHoldsEventsWithAnIncidentOnly) {
  EXPECT_TRUE(index_is_partial(store_.get(), "events", "events_incident"));
  ingest_reports();
  EXPECT_TRUE(index_is_partial(store_.get(), "events", "events_incident"));
  EXPECT_FALSE(incidents().empty());
  testing::expect_whole_store(store_.get());
}

// Deleting a document removes the incidents only it had; the check that no event is left in
// each (the statement's own and the foreign key's) reads the index, not every event.
TEST_F(IncidentIndex, Issue5DeletingADocumentsIncidentsScansNoEvents) {
  ingest_reports();
  int64_t doc = count(store_.get(), "SELECT max(id) FROM documents");
  int64_t incidents_before = count(store_.get(), "SELECT count(*) FROM incidents");
  std::vector<RanStatement> ran;
  sqlite3_trace_v2(store_->db()->handle(), SQLITE_TRACE_PROFILE, record_statement, &ran);
  ASSERT_TRUE(delete_document(store_->db(), doc, "reviewer-7").ok());
  sqlite3_trace_v2(store_->db()->handle(), 0, nullptr, nullptr);
  EXPECT_LT(count(store_.get(), "SELECT count(*) FROM incidents"), incidents_before);
  int deletes = 0;
  for (const RanStatement& r : ran) {
    if (r.sql.find("DELETE FROM incidents") == std::string::npos) continue;
    deletes++;
    EXPECT_EQ(r.scanned, 0) << r.sql;
  }
  EXPECT_GT(deletes, 0);
  Stmt ic = store_->db()->prepare("PRAGMA integrity_check");
  ASSERT_TRUE(ic.step());
  EXPECT_EQ(ic.text(0), "ok");
}

TEST_F(IncidentIndex, Issue5AVersionTwelveStoreIsMigrated) {
  ingest_reports();
  std::string want = incidents();
  ASSERT_TRUE(store_->db()->exec(kBackToVersion12).ok()) << store_->db()->error();
  ASSERT_FALSE(index_is_partial(store_.get(), "events", "events_incident"));
  std::string path = (dir_ / "t.db").string();
  store_.reset();
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  store_ = std::move(*s);
  EXPECT_EQ(schema_version(store_->db()), kSchemaVersion);
  EXPECT_TRUE(index_is_partial(store_.get(), "events", "events_incident"));
  testing::expect_whole_store(store_.get());
  EXPECT_EQ(incidents(), want);
}

}  // namespace
}  // namespace casebook
