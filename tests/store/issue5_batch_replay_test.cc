// Issue 5: documents are written without a per-document savepoint. A document that fails
// part-way (here an SQL trigger refuses its events, after its document and entity rows are in)
// rolls the batch back, and the batch's earlier documents are written again: nothing of the
// failed document stays, the others are stored exactly as without it, and the counts, the
// `ingest` and `reextract` summaries and re-extraction's review carry-over stay true.
#include <gtest/gtest.h>

#include "model/engine_version.h"
#include "store/review.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

// Refuses the events of any document whose title mentions "refused": the failure comes after
// the document, its entities, clusters and merges are written, and before its search row.
const char* kRefuseTrigger =
    "CREATE TRIGGER refuse_events BEFORE INSERT ON events"
    " WHEN (SELECT title FROM documents WHERE id = NEW.doc) LIKE '%refused%'"
    " BEGIN SELECT RAISE(ABORT, 'refused by a test trigger'); END;";

// Invented reports refused by the trigger: a name and a place of their own, so a leftover row
// would show.
std::string refused_report(int n) {
  return "---\ntitle: A refused report " + std::to_string(n) + "\npublished: 2022-06-0" +
         std::to_string(n) + "\n---\nPolice in Dushanbe detained the blogger Zarina Kholova" +
         std::to_string(n) +
         " on 3 June 2022. Officers seized her laptop in the Vahdat district, her brother "
         "Farhod Kholov said.\n";
}

Extraction extract(const std::string& raw, const std::string& name) {
  Result<Document> doc = ingest_document(raw, name);
  EXPECT_TRUE(doc.ok());
  return testing::test_pipeline().run(std::move(*doc), {});
}

// Everything the writer decides, without the times: documents, entities and their clusters,
// keys, merges, events with their incidents, participants and the audit actions and details.
std::string rows_of(Store* store) {
  const char* queries[] = {
      "SELECT json_array(id, sha256, title, n_entities, n_events) FROM documents ORDER BY id",
      "SELECT json_array(id, doc, local_id, name, cluster) FROM entities ORDER BY id",
      "SELECT json_array(id, kind, name, country) FROM clusters ORDER BY id",
      "SELECT json_array(key, cluster) FROM cluster_keys ORDER BY key, cluster",
      "SELECT json_array(entity, key) FROM entity_keys ORDER BY entity, key",
      "SELECT json_array(id, entity, cluster, reason, depends_on) FROM merges ORDER BY id",
      "SELECT json_array(id, doc, local_id, type, date_start, incident) FROM events ORDER BY id",
      "SELECT json_array(id, type, date_start, location, country) FROM incidents ORDER BY id",
      "SELECT json_array(cluster, type, incident) FROM incident_victims ORDER BY 1",
      "SELECT json_array(event, entity, role) FROM participants ORDER BY 1",
      "SELECT json_array(id, doc, kind, from_entity, to_entity) FROM relations ORDER BY id",
      "SELECT json_array(seq, action, detail) FROM audit ORDER BY seq",
      "SELECT json_array(id) FROM search_index_docsize ORDER BY id",
  };
  std::string out;
  for (const char* q : queries) {
    Stmt st = store->db()->prepare(q);
    EXPECT_TRUE(st.ok()) << q;
    while (st.step()) out += st.text(0) + "\n";
    out += "--\n";
  }
  return out;
}

class BatchReplay : public testing::StoreTest {
 protected:
  void SetUp() override {
    testing::StoreTest::SetUp();
    ASSERT_TRUE(store_->db()->exec(kRefuseTrigger).ok()) << store_->db()->error();
  }
  // A second store, without the trigger, given the same documents less the refused ones.
  std::unique_ptr<Store> reference(const std::vector<std::string>& raws) {
    auto s = Store::open((dir_ / "reference.db").string(), "");
    EXPECT_TRUE(s.ok());
    IngestCounts c;
    EXPECT_TRUE((*s)->begin().ok());
    for (const std::string& raw : raws) {
      EXPECT_TRUE((*s)->add_document(extract(raw, "r.txt"), raw, &c).ok());
    }
    EXPECT_TRUE((*s)->commit().ok());
    reference_counts_ = c;
    return std::move(*s);
  }
  // Offers the documents in one batch; returns how many add_document refused.
  int offer(const std::vector<std::string>& raws) {
    EXPECT_TRUE(store_->begin().ok());
    int refused = 0;
    for (const std::string& raw : raws) {
      std::string bytes = raw;
      Status s = store_->add_document(extract(raw, "r.txt"), std::move(bytes), &counts_);
      if (!s.ok()) {
        refused++;
        EXPECT_NE(s.message().find("refused by a test trigger"), std::string::npos) << s.message();
        EXPECT_EQ(store_->failure_code(), SQLITE_CONSTRAINT);
      }
    }
    EXPECT_TRUE(store_->commit().ok());
    return refused;
  }
  IngestCounts reference_counts_;
};

TEST_F(BatchReplay, Issue5ADocumentFailingInTheMiddleLeavesNothingAndTheOthersAreStored) {
  std::vector<std::string> good = {testing::kReportA, testing::kReportB, testing::kReportC,
                                   testing::kReportD};
  EXPECT_EQ(offer({good[0], good[1], refused_report(1), good[2], good[3]}), 1);
  std::unique_ptr<Store> ref = reference(good);
  EXPECT_EQ(rows_of(store_.get()), rows_of(ref.get()));
  EXPECT_EQ(counts_.documents, 4);
  EXPECT_EQ(counts_.events, reference_counts_.events);
  EXPECT_EQ(counts_.new_people, reference_counts_.new_people);
  EXPECT_EQ(counts_.merged_people, reference_counts_.merged_people);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM entities WHERE name LIKE '%Kholov%'"), 0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM clusters WHERE name LIKE '%Kholov%'"), 0);
  testing::expect_whole_store(store_.get());
}

TEST_F(BatchReplay, Issue5FailuresFirstLastAndTwiceInOneBatch) {
  std::vector<std::string> good = {testing::kReportA, testing::kReportC, testing::kReportE};
  EXPECT_EQ(
      offer({refused_report(1), good[0], refused_report(2), good[1], good[2], refused_report(3)}),
      3);
  std::unique_ptr<Store> ref = reference(good);
  EXPECT_EQ(rows_of(store_.get()), rows_of(ref.get()));
  EXPECT_EQ(counts_.documents, 3);
  EXPECT_EQ(counts_.events, reference_counts_.events);
  testing::expect_whole_store(store_.get());
  // The next batch goes on from there.
  EXPECT_EQ(offer({testing::kReportB}), 0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM documents"), 4);
  testing::expect_whole_store(store_.get());
}

TEST_F(BatchReplay, Issue5ARepeatedDocumentBeforeAFailureStaysCountedOnce) {
  EXPECT_EQ(offer({testing::kReportA, testing::kReportA, refused_report(1)}), 1);
  EXPECT_EQ(counts_.documents, 1);
  EXPECT_EQ(counts_.unchanged, 1);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM documents"), 1);
  testing::expect_whole_store(store_.get());
}

TEST_F(BatchReplay, Issue5AReextractionWrittenAgainKeepsItsCarriedReview) {
  EXPECT_EQ(offer({testing::kReportA}), 0);
  int64_t detention =
      count(store_.get(), "SELECT id FROM events WHERE type = 'arrest_detention' AND doc = 1");
  ASSERT_GT(detention, 0);
  ASSERT_TRUE(
      review_event(store_->db(), {detention, "reject", "", "", "another man", "reviewer-1"}).ok());
  ASSERT_TRUE(store_->begin().ok());
  IngestCounts c;
  ASSERT_TRUE(store_
                  ->add_document(extract(testing::kReportA, "a.txt"),
                                 std::string(testing::kReportA), &c, true)
                  .ok());
  std::string refused = refused_report(4);
  EXPECT_FALSE(store_->add_document(extract(refused, "r.txt"), std::move(refused), &c).ok());
  ASSERT_TRUE(store_->commit().ok());
  EXPECT_EQ(c.reextracted, 1);
  EXPECT_EQ(c.documents, 0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM audit WHERE action = 'reextract'"), 1);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM events WHERE review = 'rejected'"), 1);
  testing::expect_whole_store(store_.get());
}

TEST_F(BatchReplay, Issue5AddDocumentOutsideABatchIsRefused) {
  IngestCounts c;
  Status s = store_->add_document(extract(testing::kReportA, "a.txt"), testing::kReportA, &c);
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM documents"), 0);
}

// Refuses a document whose title says so, and after that every document: the batch's earlier
// documents cannot be written again either.
int g_refusals = 0;
void refuse_from_then_on(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const unsigned char* title = sqlite3_value_text(argv[0]);
  bool refuse = g_refusals > 0 ||
                (title && std::string_view(reinterpret_cast<const char*>(title)).find("refused") !=
                              std::string_view::npos);
  if (refuse) g_refusals++;
  sqlite3_result_int(ctx, refuse ? 1 : 0);
}

TEST_F(BatchReplay, Issue5ABatchThatCannotBeWrittenAgainIsLostWholeAndSaysSo) {
  EXPECT_EQ(offer({testing::kReportE}), 0);
  sqlite3* db = store_->db()->handle();
  g_refusals = 0;
  ASSERT_EQ(sqlite3_create_function(db, "refuse_from_then_on", 1, SQLITE_UTF8, nullptr,
                                    refuse_from_then_on, nullptr, nullptr),
            SQLITE_OK);
  ASSERT_TRUE(store_->db()
                  ->exec("DROP TRIGGER refuse_events;"
                         "CREATE TEMP TRIGGER refuse_later BEFORE INSERT ON main.events"
                         " WHEN refuse_from_then_on((SELECT title FROM documents"
                         " WHERE id = NEW.doc)) BEGIN SELECT RAISE(ABORT, 'refused by a test"
                         " trigger'); END;")
                  .ok())
      << store_->db()->error();
  ASSERT_TRUE(store_->begin().ok());
  IngestCounts c;
  for (const char* raw : {testing::kReportA, testing::kReportB}) {
    ASSERT_TRUE(store_->add_document(extract(raw, "r.txt"), std::string(raw), &c).ok());
  }
  std::string refused = refused_report(5);
  Status s = store_->add_document(extract(refused, "r.txt"), std::move(refused), &c);
  EXPECT_NE(s.message().find("refused by a test trigger"), std::string::npos) << s.message();
  EXPECT_EQ(store_->failure_code(), SQLITE_CONSTRAINT);
  Status later =
      store_->add_document(extract(testing::kReportC, "c.txt"), std::string(testing::kReportC), &c);
  EXPECT_NE(later.message().find("the batch was lost"), std::string::npos) << later.message();
  Status committed = store_->commit();
  EXPECT_NE(committed.message().find("the batch was lost"), std::string::npos)
      << committed.message();
  // Nothing of the batch, all of what was committed before.
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM documents"), 1);
  testing::expect_whole_store(store_.get());
  // The next batch starts clean.
  ASSERT_TRUE(store_->db()->exec("DROP TRIGGER refuse_later").ok());
  EXPECT_EQ(offer({testing::kReportA}), 0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM documents"), 2);
  testing::expect_whole_store(store_.get());
}

// The commands, through the real binary: the summary line counts what is stored.
class BatchReplayCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "in");
    testing::write_text(dir_ / "in" / "a.txt", testing::kReportA);
    testing::write_text(dir_ / "in" / "b.txt", testing::kReportB);
    testing::write_text(dir_ / "in" / "c.txt", refused_report(1));
    testing::write_text(dir_ / "in" / "d.txt", testing::kReportC);
    testing::write_text(dir_ / "in" / "e.txt", testing::kReportE);
    testing::write_text(dir_ / "key", "a key for the replay test\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::unique_ptr<Store> open() {
    auto s = Store::open((dir_ / "casebook.db").string(), "a key for the replay test");
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? std::move(*s) : nullptr;
  }
  std::filesystem::path dir_;
};

TEST_F(BatchReplayCli, Issue5IngestCountsTheFailingDocumentAndStoresTheRest) {
  ASSERT_TRUE(open()->db()->exec(kRefuseTrigger).ok());
  testing::CliRun r = testing::run_casebook(dir_, "ingest --key-file key --batch 10 in");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("in/c.txt: storing the event: refused by a test trigger"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("casebook.db: 4 documents (0 unchanged), "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(", 1 failure\n"), std::string::npos) << r.err;
  std::unique_ptr<Store> s = open();
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM documents"), 4);
  testing::expect_whole_store(s.get());
}

TEST_F(BatchReplayCli, Issue5ReextractKeepsTheFailingDocumentsOldExtraction) {
  testing::CliRun r = testing::run_casebook(dir_, "ingest --key-file key in");
  ASSERT_EQ(r.code, 0) << r.err;
  int64_t events_before = 0;
  {
    std::unique_ptr<Store> s = open();
    events_before = count(s.get(), "SELECT count(*) FROM events");
    ASSERT_TRUE(s->db()->exec(kRefuseTrigger).ok());
  }
  r = testing::run_casebook(dir_, "reextract --key-file key --all");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("refused by a test trigger"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("casebook.db: 4 re-extracted, "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(", 1 failures\n"), std::string::npos) << r.err;
  std::unique_ptr<Store> s = open();
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM documents"), 5);
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM events"), events_before);
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM audit WHERE action = 'reextract'"), 4);
  EXPECT_GT(count(s.get(),
                  "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc"
                  " WHERE d.title LIKE '%refused%'"),
            0);
  testing::expect_whole_store(s.get());
}

}  // namespace
}  // namespace casebook
