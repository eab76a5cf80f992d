// What storing a document costs: each row written once, whole (no UPDATE of a row it just
// wrote), with the same clusters, merges and incidents as when they were set afterwards.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

class StoreWriteCost : public testing::StoreTest {
 protected:
  void SetUp() override {
    testing::StoreTest::SetUp();
    sqlite3_trace_v2(store_->db()->handle(), SQLITE_TRACE_STMT, &StoreWriteCost::on_statement,
                     &statements_);
  }
  static int on_statement(unsigned, void* ctx, void* stmt, void*) {
    const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
    static_cast<std::vector<std::string>*>(ctx)->push_back(sql ? sql : "");
    return 0;
  }
  int ran(const std::string& prefix) const {
    int n = 0;
    for (const std::string& s : statements_) n += s.rfind(prefix, 0) == 0;
    return n;
  }

  std::vector<std::string> statements_;
};

TEST_F(StoreWriteCost, Issue5EntitiesAndEventsAreWrittenWithTheirClusterAndIncident) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  ASSERT_GT(ran("INSERT INTO entities"), 0);
  // An UPDATE of a foreign-key column opens a statement journal: the costliest write there was.
  EXPECT_EQ(ran("UPDATE entities"), 0);
  EXPECT_EQ(ran("UPDATE events"), 0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM entities WHERE cluster IS NULL"), 0);
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM events WHERE incident IS NULL AND negated = 0"
                  " AND hypothetical = 0"),
            0);
  // The two reports tell one detention: one incident with two sources, one person.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM (SELECT incident FROM events WHERE type ="
                  " 'arrest_detention' GROUP BY incident HAVING count(DISTINCT doc) = 2)"),
            1);
  EXPECT_GE(counts_.merged_people, 1);
}

TEST_F(StoreWriteCost, Issue5ARelativesMergeRestsOnItsKinsMergeMadeInTheSameDocument) {
  ingest(testing::kReportC, "c.txt");
  ingest(testing::kReportD, "d.txt");
  // In d.txt the journalist merges with c.txt's, and his unnamed mother with hers; her
  // merge names his, so undoing his undoes hers.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM merges m JOIN entities e ON e.id = m.entity"
                  " JOIN merges kin ON kin.id = m.depends_on JOIN entities k ON k.id = kin.entity"
                  " WHERE e.named = 0 AND k.named = 1 AND k.doc = e.doc"
                  " AND m.reason LIKE 'same kin (%'"),
            1);
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM entities e JOIN merges m ON m.entity = e.id"
                  " WHERE e.cluster != m.cluster"),
            0);
}

// Two costs on every call into SQLite, for nothing casebook uses: the connection's mutex (a
// connection is used by one thread at a time) and the global memory statistics.
TEST_F(StoreWriteCost, Issue5ConnectionsTakeNoMutexAndSqliteKeepsNoMemoryStatistics) {
  ingest(testing::kReportA, "a.txt");
  EXPECT_EQ(sqlite3_db_mutex(store_->db()->handle()), nullptr);
  EXPECT_EQ(sqlite3_memory_used(), 0);
}

// Statements are cached by the address of their SQL, but an address may be reused for other
// SQL (a buffer rewritten): the bytes decide.
TEST_F(StoreWriteCost, Issue5ACachedStatementIsTheOneForTheSqlGivenNotForItsAddress) {
  std::string sql = "SELECT 1";
  Stmt& one = store_->db()->cached(sql);
  ASSERT_TRUE(one.step());
  EXPECT_EQ(one.int64(0), 1);
  sql[7] = '2';
  Stmt& two = store_->db()->cached(sql);
  ASSERT_TRUE(two.step());
  EXPECT_EQ(two.int64(0), 2);
  sql[7] = '1';
  EXPECT_EQ(&store_->db()->cached(sql), &one);
}

// Small allocations come from the connection's lookaside pool, made larger than SQLite's
// default (40 slots), which storing a document outgrew.
TEST_F(StoreWriteCost, Issue5StoringDrawsOnALargerLookasidePool) {
  ingest(testing::kReportA, "a.txt");
  int used = 0, highwater = 0;
  ASSERT_EQ(sqlite3_db_status(store_->db()->handle(), SQLITE_DBSTATUS_LOOKASIDE_USED, &used,
                              &highwater, 0),
            SQLITE_OK);
  EXPECT_GT(highwater, 150);
}

}  // namespace
}  // namespace casebook
