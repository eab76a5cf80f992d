// Issue 5: a search shows a document's events by reading that document's entries of
// events_doc_facets, whatever the filters; with a type and an end date the planner had taken
// events_type_date, whose range holds every event of the type up to that date in the store.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <string>

#include "store/queries.h"
#include "store_test_util.h"

namespace casebook {
namespace {

class EventPlacingPlan : public testing::StoreTest {};

TEST_F(EventPlacingPlan, Issue5ASearchReadsTheShownDocumentsEventsOnly) {
  for (const char* raw : {testing::kReportA, testing::kReportB, testing::kReportC,
                          testing::kReportD, testing::kReportE}) {
    ingest(raw, "r.txt");
  }
  QueryFilters f;
  f.type = "arrest_detention";
  f.to = "2022";
  f.limit = 20;
  Result<Table> t = search_store(store_->db(), "journalist", f);
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_FALSE(t->rows.empty());
  int placing = 0;
  sqlite3* db = store_->db()->handle();
  for (sqlite3_stmt* st = sqlite3_next_stmt(db, nullptr); st; st = sqlite3_next_stmt(db, st)) {
    std::string sql = sqlite3_sql(st);
    if (sql.find("ORDER BY e.ev_start, e.id") == std::string::npos) continue;
    placing++;
    Stmt plan = store_->db()->prepare("EXPLAIN QUERY PLAN " + sql);
    ASSERT_TRUE(plan.ok()) << sql;
    std::string how;
    while (plan.step()) how += plan.text(3) + "\n";
    EXPECT_NE(how.find("events_doc_facets (doc=?"), std::string::npos) << how;
    EXPECT_EQ(how.find("events_type_date"), std::string::npos) << how;
  }
  EXPECT_EQ(placing, 1);
}

}  // namespace
}  // namespace casebook
