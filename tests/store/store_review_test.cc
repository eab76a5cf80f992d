// Review decisions: rejected events leave timelines, incident lists and case files; edits
// change the event and keep the old value; every decision names its reviewer and is audited.
#include <gtest/gtest.h>

#include "store/person_file.h"
#include "store/queries.h"
#include "store/review.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

class StoreReview : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    auto s = Store::open((dir_ / "r.db").string(), "");
    ASSERT_TRUE(s.ok());
    store_ = std::move(*s);
    IngestCounts c;
    ASSERT_TRUE(testing::ingest_text(store_.get(), testing::kReportA, "a.txt", &c).ok());
    detention_ = count(store_.get(), "SELECT id FROM events WHERE type = 'arrest_detention'");
    ASSERT_GT(detention_, 0);
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
  int64_t detention_ = 0;
};

TEST_F(StoreReview, RejectedEventsLeaveTimelinesAndCaseFiles) {
  ReviewDecision d{detention_, "reject", "", "", "the article retracted this", "reviewer-1"};
  ASSERT_TRUE(review_event(store_->db(), d).ok());
  QueryFilters f;
  f.type = "arrest_detention";
  EXPECT_TRUE(list_timeline(store_->db(), f)->rows.empty());
  EXPECT_TRUE(list_incidents(store_->db(), f)->rows.empty());
  std::vector<PersonFile> p = load_person_files(store_->db(), "Mukhammadjon Saidov");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_TRUE(p[0].chronology.empty());
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM reviews WHERE reviewer = 'reviewer-1'"
                  " AND note = 'the article retracted this'"),
            1);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM audit WHERE action = 'review'"), 1);
  EXPECT_TRUE(store_->verify_audit().ok);
}

TEST_F(StoreReview, EditsChangeTheEventAndKeepTheOldValue) {
  ReviewDecision d{detention_, "edit", "date_start", "2021-03-13", "", "reviewer-2"};
  ASSERT_TRUE(review_event(store_->db(), d).ok());
  Stmt st = store_->db()->prepare("SELECT date_start, review FROM events WHERE id = ?");
  st.bind(1, detention_);
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), "2021-03-13");
  EXPECT_EQ(st.text(1), "edited");
  Stmt r = store_->db()->prepare("SELECT previous FROM reviews WHERE event = ?");
  r.bind(1, detention_);
  ASSERT_TRUE(r.step());
  EXPECT_EQ(r.text(0), "2021-03-14");
}

TEST_F(StoreReview, BadDecisionsAreRefused) {
  EXPECT_FALSE(review_event(store_->db(), {detention_, "edit", "rule", "x", "", "r"}).ok());
  EXPECT_FALSE(review_event(store_->db(), {detention_, "approve", "", "", "", "r"}).ok());
  EXPECT_EQ(review_event(store_->db(), {999999, "accept", "", "", "", "r"}).code(),
            Status::Code::kNotFound);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM reviews"), 0);
}

}  // namespace
}  // namespace casebook
