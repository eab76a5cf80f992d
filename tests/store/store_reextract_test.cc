// Issue 5: a document extracted again by a newer engine keeps its review: a rejected event
// stays rejected and an edited one stays edited, matched to the new events by type and
// trigger, evidence and victims; a review that finds no match is kept on record.
#include <gtest/gtest.h>

#include "model/engine_version.h"
#include "store/queries.h"
#include "store/review.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

Extraction extract(const std::string& raw, const std::string& name) {
  Result<Document> doc = ingest_document(raw, name);
  EXPECT_TRUE(doc.ok());
  return testing::test_pipeline().run(std::move(*doc), {});
}

class StoreReextract : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::open((dir_ / "r.db").string(), "");
    ASSERT_TRUE(s.ok());
    store_ = std::move(*s);
    ASSERT_TRUE(testing::ingest_text(store_.get(), testing::kReportA, "a.txt", &counts_).ok());
    ASSERT_TRUE(testing::ingest_text(store_.get(), testing::kReportB, "b.txt", &counts_).ok());
    detention_ = event_of("arrest_detention", 1);
    ASSERT_GT(detention_, 0);
    other_ = count(store_.get(),
                   "SELECT min(id) FROM events WHERE doc = 1 AND type != 'arrest_detention'");
    ASSERT_GT(other_, 0) << "report A needs a second event";
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  int64_t event_of(const std::string& type, int64_t doc) {
    Stmt st = store_->db()->prepare("SELECT id FROM events WHERE type = ? AND doc = ?");
    st.bind(1, type).bind(2, doc);
    return st.step() ? st.int64(0) : 0;
  }
  std::string text(const std::string& sql) {
    Stmt st = store_->db()->prepare(sql);
    return st.step() ? st.text(0) : "";
  }
  void review_both() {
    ASSERT_TRUE(
        review_event(store_->db(), {detention_, "reject", "", "", "not this person", "reviewer-1"})
            .ok());
    ASSERT_TRUE(
        review_event(store_->db(), {other_, "edit", "date_start", "2021-03-15", "", "reviewer-2"})
            .ok());
    other_type_ = text("SELECT type FROM events WHERE id = " + std::to_string(other_));
  }
  void reingest(const Extraction& x, bool force) {
    IngestCounts c;
    ASSERT_TRUE(store_->begin().ok());
    ASSERT_TRUE(store_->add_document(x, testing::kReportA, &c, force).ok());
    ASSERT_TRUE(store_->commit().ok());
    reextracted_ = c.reextracted;
  }

  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  IngestCounts counts_;
  int64_t detention_ = 0, other_ = 0, reextracted_ = 0;
  std::string other_type_;
};

TEST_F(StoreReextract, Issue5EachDocumentRecordsItsEngine) {
  EXPECT_EQ(text("SELECT engine FROM documents WHERE id = 1"), engine_version());
  EXPECT_NE(engine_version().find('+'), std::string_view::npos);
  // The same engine and the same bytes: nothing to do.
  reingest(extract(testing::kReportA, "a.txt"), false);
  EXPECT_EQ(reextracted_, 0);
}

TEST_F(StoreReextract, Issue5ANewerEngineKeepsRejectionsAndEdits) {
  review_both();
  const char* kTables[] = {"documents", "entities", "events", "incidents", "clusters", "relations"};
  std::vector<int64_t> before;
  for (const char* t : kTables)
    before.push_back(count(store_.get(), "SELECT count(*) FROM " + std::string(t)));
  // The document was extracted by an older engine.
  ASSERT_TRUE(store_->db()->exec("UPDATE documents SET engine = '0.0.1+old' WHERE id = 1").ok());
  reingest(extract(testing::kReportA, "a.txt"), false);
  EXPECT_EQ(reextracted_, 1);
  EXPECT_EQ(text("SELECT engine FROM documents WHERE id = 1"), engine_version());
  // The same facts again: every count is what it was.
  for (size_t i = 0; i < std::size(kTables); ++i) {
    EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM " + std::string(kTables[i])), before[i])
        << kTables[i];
  }
  int64_t detention = event_of("arrest_detention", 1);
  ASSERT_GT(detention, 0);
  EXPECT_EQ(text("SELECT review FROM events WHERE id = " + std::to_string(detention)), "rejected");
  int64_t other = count(store_.get(), "SELECT id FROM events WHERE doc = 1 AND review = 'edited'");
  ASSERT_GT(other, 0);
  EXPECT_EQ(text("SELECT date_start FROM events WHERE id = " + std::to_string(other)),
            "2021-03-15");
  EXPECT_EQ(text("SELECT type FROM events WHERE id = " + std::to_string(other)), other_type_);
  // The decisions moved with the facts, with their reviewer and note.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM reviews WHERE event = " + std::to_string(detention) +
                      " AND reviewer = 'reviewer-1' AND note = 'not this person'"),
            1);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM review_carryover WHERE match = 'trigger'"),
            2);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM audit WHERE action = 'reextract'"), 1);
  EXPECT_TRUE(store_->verify_audit().ok);
  // The rejected detention is still out of the timeline; B's report of it is still there.
  QueryFilters f;
  f.type = "arrest_detention";
  Result<Table> t = list_timeline(store_->db(), f);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(t->rows[0][8], "Reporter held in the north");
}

TEST_F(StoreReextract, Issue5MatchesByEvidenceAndVictimsWhenTriggersMove) {
  review_both();
  Extraction x = extract(testing::kReportA, "a.txt");
  // A newer engine that reads triggers differently, numbers events differently and finds
  // one event more.
  std::reverse(x.events.begin(), x.events.end());
  for (size_t i = 0; i < x.events.size(); ++i) {
    x.events[i].id = "v" + std::to_string(100 + i);
    x.events[i].trigger.start += 1;
    x.events[i].trigger.text = x.events[i].trigger.text.substr(1);
  }
  Event extra = x.events.back();
  extra.id = "v999";
  extra.type = "threat_intimidation";
  x.events.push_back(extra);
  reingest(x, true);
  EXPECT_EQ(reextracted_, 1);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM events WHERE doc = 1"),
            static_cast<int64_t>(x.events.size()));
  EXPECT_EQ(
      count(store_.get(), "SELECT count(*) FROM review_carryover WHERE match = 'evidence+victims'"),
      2);
  EXPECT_EQ(text("SELECT review FROM events WHERE doc = 1 AND type = 'arrest_detention'"),
            "rejected");
  EXPECT_EQ(text("SELECT review FROM events WHERE doc = 1 AND type = '" + other_type_ + "'"),
            "edited");
  EXPECT_EQ(text("SELECT coalesce(review, '') FROM events WHERE local_id = 'v999'"), "");
}

TEST_F(StoreReextract, Issue5AReviewWithoutAMatchIsKeptOnRecord) {
  review_both();
  Extraction x = extract(testing::kReportA, "a.txt");
  // The newer engine no longer sees the detention at all.
  std::erase_if(x.events, [](const Event& e) { return e.type == "arrest_detention"; });
  reingest(x, true);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM review_carryover WHERE match = 'none'"), 1);
  EXPECT_NE(
      text("SELECT reviews FROM review_carryover WHERE match = 'none'").find("not this person"),
      std::string::npos);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM review_carryover WHERE match = 'trigger'"),
            1);
  // B's detention stands alone in its incident now.
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM events WHERE type = 'arrest_detention'"), 1);
  QueryFilters f;
  f.type = "arrest_detention";
  Result<Table> inc = list_incidents(store_->db(), f);
  ASSERT_TRUE(inc.ok());
  ASSERT_EQ(inc->rows.size(), 1u);
  EXPECT_EQ(inc->rows[0][7], "1");
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM incidents i WHERE NOT EXISTS"
                  " (SELECT 1 FROM events e WHERE e.incident = i.id)"),
            0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(StoreReextract, Issue5ReextractionKeepsOneIncidentWithTwoSources) {
  reingest(extract(testing::kReportA, "a.txt"), true);
  reingest(extract(testing::kReportA, "a.txt"), true);
  QueryFilters f;
  f.type = "arrest_detention";
  Result<Table> inc = list_incidents(store_->db(), f);
  ASSERT_TRUE(inc.ok());
  ASSERT_EQ(inc->rows.size(), 1u);
  EXPECT_EQ(inc->rows[0][7], "2");
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM clusters c WHERE NOT EXISTS"
                  " (SELECT 1 FROM entities e WHERE e.cluster = c.id)"),
            0);
  Result<Table> hits = search_store(store_->db(), "detained", {});
  ASSERT_TRUE(hits.ok());
  EXPECT_FALSE(hits->rows.empty());
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM search_index_docsize WHERE id = 1"), 1);
  testing::expect_search_index_whole(store_.get());
}

}  // namespace
}  // namespace casebook
