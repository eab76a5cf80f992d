// Issue 5: storing a document sorts nothing and builds no automatic index. Every statement the
// writer keeps prepared (documents, entities, clusters, merges, events, incidents, the audit
// row) reads its rows in an index's order; a temporary B-tree per lookup was what the
// incident candidates' ORDER BY cost (about 23 thousand instructions a victim of an event).
#include <gtest/gtest.h>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

class WriteSortsNothing : public testing::StoreTest {};

TEST_F(WriteSortsNothing, Issue5NoStatementOfTheWriterSortsOrBuildsAnIndex) {
  ASSERT_TRUE(store_->begin().ok());
  IngestCounts c;
  // Reports of one person told several times, so incident candidates are found and compared.
  for (const char* raw : {testing::kReportA, testing::kReportB, testing::kReportC,
                          testing::kReportD, testing::kReportE}) {
    Result<Document> doc = ingest_document(raw, "r.txt");
    ASSERT_TRUE(doc.ok());
    ASSERT_TRUE(
        store_->add_document(testing::test_pipeline().run(std::move(*doc), {}), raw, &c).ok());
  }
  for (const testing::RepositoryDocument& d : testing::repository_documents()) {
    Result<Document> doc = ingest_document(d.raw, d.name);
    if (!doc.ok()) continue;
    ASSERT_TRUE(
        store_->add_document(testing::test_pipeline().run(std::move(*doc), {}), d.raw, &c).ok());
  }
  ASSERT_TRUE(store_->commit().ok());
  ASSERT_GT(count(store_.get(), "SELECT count(*) FROM incident_victims"), 0);
  ASSERT_GT(count(store_.get(),
                  "SELECT count(*) FROM (SELECT incident FROM events WHERE incident IS NOT NULL"
                  " GROUP BY incident HAVING count(DISTINCT doc) > 1)"),
            0);
  int statements = 0;
  sqlite3* db = store_->db()->handle();
  for (sqlite3_stmt* st = sqlite3_next_stmt(db, nullptr); st; st = sqlite3_next_stmt(db, st)) {
    statements++;
    EXPECT_EQ(sqlite3_stmt_status(st, SQLITE_STMTSTATUS_SORT, 0), 0) << sqlite3_sql(st);
    EXPECT_EQ(sqlite3_stmt_status(st, SQLITE_STMTSTATUS_AUTOINDEX, 0), 0) << sqlite3_sql(st);
  }
  EXPECT_GT(statements, 10);
}

}  // namespace
}  // namespace casebook
