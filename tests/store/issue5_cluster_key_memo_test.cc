// Issue 5, the eleventh pass: within a batch, the merge lookup reads each key's clusters from
// the table once; a key seen again in the same batch is answered from the batch's memo. The
// clusters, keys and merges written are the same as when every document has a batch of its own
// (and so an empty memo), re-extractions in the batch included.
#include <gtest/gtest.h>

#include "store_test_util.h"

namespace casebook {
namespace {

// Reports made up for this test, naming the same people with and without their sex known, so
// that a later document gives a cluster a sex, or conflicts with it.
const char* const kReports[] = {
    "---\ntitle: Printer held\npublished: 2023-09-14\n---\nPolice in Wexbury detained the "
    "printer Ilse Hartwig on 12 September 2023. The journalist Bram Okafor was arrested with "
    "Ilse Hartwig outside the court.\n",
    "---\ntitle: Printer questioned\npublished: 2023-09-20\n---\nIlse Hartwig was questioned "
    "again on 18 September 2023. She said officers took her computers. Bram Okafor's brother "
    "said he had not been allowed visits.\n",
    "---\ntitle: Two printers\npublished: 2023-10-02\n---\nMr Ilse Hartwig, a printer from "
    "Dunmore, was detained on 30 September 2023. Police in Wexbury also detained Bram Okafor "
    "and the lawyer Petra Lindqvist.\n",
    "---\ntitle: Lawyer charged\npublished: 2023-10-09\n---\nPetra Lindqvist was charged on 8 "
    "October 2023 with spreading false news. Her colleague Bram Okafor said the charge was "
    "meant to silence the lawyers of Ilse Hartwig.\n",
};

struct Doc {
  std::string raw;
  Extraction x;
};

std::vector<Doc> documents() {
  std::vector<Doc> out;
  int n = 0;
  for (const char* r : kReports) {
    Result<Document> d = ingest_document(r, "report-" + std::to_string(n++) + ".md");
    EXPECT_TRUE(d.ok());
    out.push_back({r, testing::test_pipeline().run(std::move(*d), {})});
  }
  for (const testing::RepositoryDocument& r : testing::repository_documents()) {
    Result<Document> d = ingest_document(r.raw, r.name);
    if (!d.ok()) continue;
    out.push_back({r.raw, testing::test_pipeline().run(std::move(*d), {})});
  }
  return out;
}

// Everything the merge lookup's answers decide, as text, in id order.
std::string cluster_rows(Store* s) {
  std::string out;
  for (const char* sql :
       {"SELECT id, kind, name, coalesce(country, '-'), coalesce(sex, '-') FROM clusters"
        " ORDER BY id",
        "SELECT key, cluster, '', '', '' FROM cluster_keys ORDER BY key, cluster",
        "SELECT id, doc, local_id, cluster, '' FROM entities ORDER BY id",
        "SELECT entity, cluster, reason, coalesce(depends_on, 0), undone FROM merges ORDER BY id",
        "SELECT id, type, coalesce(incident, 0), '', '' FROM events ORDER BY id"}) {
    Stmt st = s->db()->prepare(sql);
    while (st.step()) {
      for (int c = 0; c < 5; ++c) out += st.text(c) + "|";
      out += "\n";
    }
  }
  return out;
}

class ClusterKeyMemoTest : public testing::StoreTest {
 protected:
  std::unique_ptr<Store> open(const char* name) {
    auto s = Store::open((dir_ / name).string(), "");
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? std::move(*s) : nullptr;
  }
};

TEST_F(ClusterKeyMemoTest, Issue5AKeySeenAgainInTheBatchIsNotLookedUpAgain) {
  std::vector<Doc> docs = documents();
  std::vector<testing::RanStatement> ran;
  sqlite3_trace_v2(store_->db()->handle(), SQLITE_TRACE_PROFILE, testing::record_statement, &ran);
  ASSERT_TRUE(store_->begin().ok());
  for (const Doc& d : docs) ASSERT_TRUE(store_->add_document(d.x, d.raw, &counts_).ok());
  ASSERT_TRUE(store_->commit().ok());
  sqlite3_trace_v2(store_->db()->handle(), 0, nullptr, nullptr);
  int64_t lookups = 0;
  for (const testing::RanStatement& r : ran) {
    if (r.sql.starts_with("SELECT k.cluster, c.name, c.sex FROM cluster_keys")) lookups++;
  }
  // Every key an entity answers to was looked up for it; each distinct key once.
  int64_t keys = testing::count(store_.get(), "SELECT count(*) FROM entity_keys");
  int64_t distinct = testing::count(store_.get(), "SELECT count(DISTINCT key) FROM entity_keys");
  ASSERT_GT(keys, distinct);
  EXPECT_EQ(lookups, distinct);
}

TEST_F(ClusterKeyMemoTest, Issue5OneBatchChoosesTheClustersBatchesOfOneDo) {
  std::vector<Doc> docs = documents();
  ASSERT_GT(docs.size(), 8u);
  // One batch, with the second report extracted again in its middle (which deletes clusters
  // and keys the memo has seen) and the first again at its end.
  std::unique_ptr<Store> one = open("one.db");
  ASSERT_TRUE(one->begin().ok());
  IngestCounts c1;
  for (size_t i = 0; i < docs.size(); ++i) {
    ASSERT_TRUE(one->add_document(docs[i].x, docs[i].raw, &c1).ok());
    if (i == 2) ASSERT_TRUE(one->add_document(docs[1].x, docs[1].raw, &c1, true).ok());
  }
  ASSERT_TRUE(one->add_document(docs[0].x, docs[0].raw, &c1, true).ok());
  ASSERT_TRUE(one->commit().ok());
  // The same writes, each in a batch of its own.
  std::unique_ptr<Store> each = open("each.db");
  IngestCounts c2;
  auto alone = [&](const Doc& d, bool reextract) {
    ASSERT_TRUE(each->begin().ok());
    ASSERT_TRUE(each->add_document(d.x, d.raw, &c2, reextract).ok());
    ASSERT_TRUE(each->commit().ok());
  };
  for (size_t i = 0; i < docs.size(); ++i) {
    alone(docs[i], false);
    if (i == 2) alone(docs[1], true);
  }
  alone(docs[0], true);
  EXPECT_EQ(cluster_rows(one.get()), cluster_rows(each.get()));
  EXPECT_EQ(c1.new_people, c2.new_people);
  EXPECT_EQ(c1.merged_people, c2.merged_people);
  EXPECT_GT(c1.merged_people, 0);
  testing::expect_whole_store(one.get());
}

// A batch that fails part-way and is written again starts its memo afresh: the clusters of the
// rolled-back writes are gone, and the documents join the ones written again.
TEST_F(ClusterKeyMemoTest, Issue5ABatchWrittenAgainForgetsItsMemo) {
  std::vector<Doc> docs = documents();
  std::unique_ptr<Store> s = open("refused.db");
  // Refuses the third report's events once; the batch is rolled back and written again.
  ASSERT_TRUE(s->db()
                  ->exec("CREATE TABLE refused(n INTEGER); INSERT INTO refused VALUES (0);"
                         "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN (SELECT title FROM"
                         " documents WHERE id = NEW.doc) = 'Two printers' AND (SELECT n FROM"
                         " refused) = 0 BEGIN SELECT RAISE(ABORT, 'refused by a test trigger');"
                         " END;")
                  .ok());
  ASSERT_TRUE(s->begin().ok());
  IngestCounts c;
  ASSERT_TRUE(s->add_document(docs[0].x, docs[0].raw, &c).ok());
  ASSERT_TRUE(s->add_document(docs[1].x, docs[1].raw, &c).ok());
  EXPECT_FALSE(s->add_document(docs[2].x, docs[2].raw, &c).ok());
  ASSERT_TRUE(s->add_document(docs[3].x, docs[3].raw, &c).ok());
  ASSERT_TRUE(s->commit().ok());
  ASSERT_TRUE(s->db()->exec("DROP TRIGGER refuse; DROP TABLE refused;").ok());
  // The store never given the refused report.
  std::unique_ptr<Store> plain = open("plain.db");
  ASSERT_TRUE(plain->begin().ok());
  IngestCounts c2;
  for (int i : {0, 1, 3}) ASSERT_TRUE(plain->add_document(docs[i].x, docs[i].raw, &c2).ok());
  ASSERT_TRUE(plain->commit().ok());
  EXPECT_EQ(cluster_rows(s.get()), cluster_rows(plain.get()));
  testing::expect_whole_store(s.get());
}

}  // namespace
}  // namespace casebook
