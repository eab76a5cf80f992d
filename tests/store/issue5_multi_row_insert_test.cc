// Issue 5, the twelfth pass: a document's event participants, and its entities' keys, are
// written up to sixteen rows to a statement, after its last event (or merge), instead of one
// statement per row; the rows, and the repeats ignored, are the same.
#include <gtest/gtest.h>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

class MultiRowInserts : public testing::StoreTest {};

// Statements that inserted into `table` while `run` ran, and the rows they wrote.
template <typename Run>
std::pair<int, int64_t> inserts_into(Store* store, const std::string& table, Run run) {
  std::vector<testing::RanStatement> ran;
  sqlite3_trace_v2(store->db()->handle(), SQLITE_TRACE_PROFILE, testing::record_statement, &ran);
  int64_t before = count(store, "SELECT count(*) FROM " + table);
  run();
  sqlite3_trace_v2(store->db()->handle(), 0, nullptr, nullptr);
  int statements = 0;
  for (const testing::RanStatement& r : ran) {
    if (r.sql.find("INTO " + table + "(") != std::string::npos) ++statements;
  }
  return {statements, count(store, "SELECT count(*) FROM " + table) - before};
}

// Made up for this test: many people detained in one report, so one event has many victims
// and the document many entities and keys.
const char* kVillagers =
    "---\ntitle: Villagers detained\npublished: 2022-05-09\n---\n"
    "Soldiers detained Anwar Qasimi, Bilal Qasimi, Dawood Rahimi, Farid Nasseri, Ghulam "
    "Sarwari, Hamid Taheri, Jawad Karimi, Khalid Mansouri, Latif Wardak, Mahmud Zaheri, Nabil "
    "Haidari, Omar Sadiqi, Qadir Jalali, Rashid Amiri, Sami Noori, Tariq Hashimi and Wahid "
    "Rasuli in Charikar on 8 May 2022. Police later arrested the lawyer Yusuf Rahimi, who "
    "had spoken for the families. Soldiers beat Zia Amini during the raid.\n";

TEST_F(MultiRowInserts, Issue5ADocumentsParticipantsTakeFewStatements) {
  auto [statements, rows] = inserts_into(store_.get(), "participants", [&] {
    IngestCounts c;
    Status s = testing::ingest_text(store_.get(), kVillagers, "villagers.md", &c);
    ASSERT_TRUE(s.ok()) << s.message();
  });
  ASSERT_GT(rows, 16);
  // One statement a row would be `rows` statements; sixteen rows to a statement needs
  // ceil(rows / 16), or one more where repeats were ignored.
  EXPECT_LE(statements, (rows + 15) / 16 + 1);
}

TEST_F(MultiRowInserts, Issue5ADocumentsEntityKeysTakeFewStatements) {
  auto [statements, rows] = inserts_into(store_.get(), "entity_keys", [&] {
    IngestCounts c;
    Status s = testing::ingest_text(store_.get(), kVillagers, "villagers.md", &c);
    ASSERT_TRUE(s.ok()) << s.message();
  });
  ASSERT_GT(rows, 16);
  EXPECT_LE(statements, (rows + 15) / 16 + 1);
  // Every named person has its keys, and a second report naming them merges through them.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM entities e WHERE e.kind = 'person'"
                  " AND e.named AND NOT EXISTS (SELECT 1 FROM entity_keys k"
                  " WHERE k.entity = e.id)"),
            0);
  IngestCounts again;
  ASSERT_TRUE(testing::ingest_text(store_.get(),
                                   "---\ntitle: Release\npublished: 2022-06-01\n---\nAnwar "
                                   "Qasimi and Tariq Hashimi were released on 30 May 2022.\n",
                                   "release.md", &again)
                  .ok());
  EXPECT_EQ(again.merged_people, 2);
}

TEST_F(MultiRowInserts, Issue5EveryEventsParticipantsAreTheExtractionsOwn) {
  ASSERT_TRUE(store_->begin().ok());
  IngestCounts c;
  for (const testing::RepositoryDocument& d : testing::repository_documents()) {
    Result<Document> doc = ingest_document(d.raw, d.name);
    if (!doc.ok()) continue;
    ASSERT_TRUE(
        store_->add_document(testing::test_pipeline().run(std::move(*doc), {}), d.raw, &c).ok());
  }
  ASSERT_TRUE(store_->commit().ok());
  // Each (event, entity, role) the stored extraction names, distinct, is a participant row,
  // and there is no other.
  const char* named =
      "SELECT DISTINCT e.id, en.id, r.role FROM documents d,"
      " json_each(casebook_extraction(d.extraction, d.text), '$.events') j"
      " JOIN events e ON e.doc = d.id AND e.local_id = json_extract(j.value, '$.id'),"
      " (SELECT 'victim' AS role, 'victims' AS field UNION ALL SELECT 'perpetrator',"
      " 'perpetrators' UNION ALL SELECT 'actor', 'actors') r,"
      " json_each(j.value, '$.' || r.field) w"
      " JOIN entities en ON en.doc = d.id AND en.local_id = w.value";
  int64_t rows = count(store_.get(), "SELECT count(*) FROM participants");
  ASSERT_GT(rows, 100);
  // Read the extractions once: the join over every stored extraction is the test's slowest
  // part (over a minute under the sanitizers as the golden documents grow).
  ASSERT_TRUE(
      store_->db()->exec(std::string("CREATE TEMP TABLE named_rows AS ") + named).ok());
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM named_rows"), rows);
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM (SELECT * FROM named_rows"
                  " EXCEPT SELECT event, entity, role FROM participants)"),
            0);
  testing::expect_whole_store(store_.get());
}

}  // namespace
}  // namespace casebook
