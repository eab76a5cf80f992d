// Issue 5, schema version 12: events_type_date holds the dated events only (a partial index),
// since its one reader, the API's timeline filtered by type, never shows an undated event; that
// timeline still reads the index in date order without a sort and gives the same events as
// before; a version-11 store, whose index holds every event, is migrated.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/browse.h"
#include "store/schema.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;
using testing::index_is_partial;
using testing::RanStatement;
using testing::record_statement;

// The version-11 shape: the index over every event, dated or not.
constexpr const char* kBackToVersion11 =
    "DROP INDEX events_type_date;"
    "CREATE INDEX events_type_date ON events(type, date_start);"
    "UPDATE schema_version SET version = 11;";

// Invented reports: dated and undated acts of several types against one person.
const char* kUndated =
    "---\ntitle: Lawyer's office searched\npublished: 2022-09-20\n---\n"
    "Security officers searched the office of the lawyer Farrukh Nazarov and took his files. "
    "Nazarov was later detained, his colleagues said.\n";

class DatedEventsIndex : public testing::StoreTest {
 protected:
  void ingest_reports() {
    for (const char* raw : {testing::kReportA, testing::kReportB, testing::kReportC,
                            testing::kReportD, testing::kReportE, kUndated}) {
      ingest(raw, "r.txt");
    }
    for (const testing::RepositoryDocument& d : testing::repository_documents()) {
      testing::ingest_text(store_.get(), d.raw, d.name, &counts_);
    }
    ASSERT_GT(count(store_.get(), "SELECT count(*) FROM events WHERE date_start IS NULL"), 0);
    ASSERT_GT(count(store_.get(), "SELECT count(*) FROM events WHERE date_start IS NOT NULL"), 0);
  }

  // Each (type, country) the events have, as the API's timeline filters (it needs a country,
  // a person or a query besides the type).
  std::vector<BrowseFilters> filters() {
    std::vector<BrowseFilters> out;
    Stmt st = store_->db()->prepare(
        "SELECT DISTINCT type, country FROM events WHERE country IS NOT NULL ORDER BY 1, 2");
    while (st.step()) {
      BrowseFilters f;
      f.type = st.text(0);
      f.country = st.text(1);
      out.push_back(f);
    }
    EXPECT_GT(out.size(), 2u);
    return out;
  }

  // The API's timeline for each (type, country), as one string, with the statements it ran.
  std::string timelines(std::vector<RanStatement>* ran) {
    Access all{true};
    std::string out;
    sqlite3_trace_v2(store_->db()->handle(), SQLITE_TRACE_PROFILE, record_statement, ran);
    for (const BrowseFilters& f : filters()) {
      Result<nlohmann::json> t = timeline(store_->db(), all, "", f, 500);
      EXPECT_TRUE(t.ok()) << t.status().message();
      if (t.ok()) out += f.type + " " + f.country + ": " + t->dump() + "\n";
    }
    sqlite3_trace_v2(store_->db()->handle(), 0, nullptr, nullptr);
    return out;
  }
};

TEST_F(DatedEventsIndex, Issue5TheTypeDateIndexHoldsDatedEventsOnly) {
  EXPECT_TRUE(index_is_partial(store_.get(), "events", "events_type_date"));
  ingest_reports();
  EXPECT_TRUE(index_is_partial(store_.get(), "events", "events_type_date"));
  testing::expect_whole_store(store_.get());
}

// Each type's timeline in a country is read in the index's order (no sort) and lists exactly
// the type's dated, shown events there, in date order, as a plain scan of the table does.
TEST_F(DatedEventsIndex, Issue5TheTimelineByTypeReadsTheIndexWithoutASort) {
  ingest_reports();
  std::vector<RanStatement> ran;
  timelines(&ran);
  int timeline_runs = 0;
  for (const RanStatement& r : ran) {
    if (r.sql.find("ORDER BY e.date_start, e.id") == std::string::npos) continue;
    timeline_runs++;
    EXPECT_EQ(r.sorted, 0) << r.sql;
  }
  EXPECT_GT(timeline_runs, 2);
  Access all{true};
  for (const BrowseFilters& f : filters()) {
    Result<nlohmann::json> t = timeline(store_->db(), all, "", f, 500);
    ASSERT_TRUE(t.ok());
    std::vector<int64_t> got, want;
    for (const auto& item : (*t)["items"]) got.push_back(item["event"].get<int64_t>());
    Stmt scan = store_->db()->prepare(
        "SELECT id FROM events NOT INDEXED WHERE type = ? AND upper(country) = upper(?)"
        " AND date_start IS NOT NULL AND negated = 0 AND hypothetical = 0"
        " AND coalesce(review, '') != 'rejected' ORDER BY date_start, id LIMIT 500");
    scan.bind(1, f.type).bind(2, f.country);
    while (scan.step()) want.push_back(scan.int64(0));
    EXPECT_EQ(got, want) << f.type << " " << f.country;
  }
}

TEST_F(DatedEventsIndex, Issue5AVersionElevenStoreIsMigrated) {
  ingest_reports();
  std::vector<RanStatement> ran;
  std::string want = timelines(&ran);
  ASSERT_TRUE(store_->db()->exec(kBackToVersion11).ok()) << store_->db()->error();
  ASSERT_FALSE(index_is_partial(store_.get(), "events", "events_type_date"));
  std::string path = (dir_ / "t.db").string();
  store_.reset();
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  store_ = std::move(*s);
  EXPECT_EQ(schema_version(store_->db()), kSchemaVersion);
  EXPECT_TRUE(index_is_partial(store_.get(), "events", "events_type_date"));
  testing::expect_whole_store(store_.get());
  EXPECT_EQ(timelines(&ran), want);
}

}  // namespace
}  // namespace casebook
