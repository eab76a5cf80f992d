// Issue 5: the writer's hot loops bind an extraction's strings without a copy (bind_view) and
// reset a statement without clearing its bindings (rewind), binding every parameter again for
// each row. A row must never take a value left bound by the row before: an event without a
// reason after one with a reason, or one without an incident after one with, gets NULLs.
#include <gtest/gtest.h>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

class WriterBinds : public testing::StoreTest {};

TEST_F(WriterBinds, Issue5RewindKeepsBindingsAndResetClearsThem) {
  std::string text = "a passage kept by the caller";
  Stmt st = store_->db()->prepare("SELECT ?1, ?2");
  st.bind_view(1, text).bind(2, int64_t{7});
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), text);
  st.rewind();
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), text);
  EXPECT_EQ(st.int64(1), 7);
  st.reset();
  ASSERT_TRUE(st.step());
  EXPECT_TRUE(st.is_null(0));
  EXPECT_TRUE(st.is_null(1));
}

TEST_F(WriterBinds, Issue5EveryStoredRowHasItsOwnValuesAndNoneLeftFromTheRowBefore) {
  ASSERT_TRUE(store_->begin().ok());
  IngestCounts c;
  for (const testing::RepositoryDocument& d : testing::repository_documents()) {
    Result<Document> doc = ingest_document(d.raw, d.name);
    if (!doc.ok()) continue;
    ASSERT_TRUE(
        store_->add_document(testing::test_pipeline().run(std::move(*doc), {}), d.raw, &c).ok());
  }
  ASSERT_TRUE(store_->commit().ok());
  // The stored extraction says what each event is; its row must say the same.
  const char* events =
      " FROM documents d, json_each(casebook_extraction(d.extraction, d.text), '$.events') j"
      " JOIN events e ON e.doc = d.id AND e.local_id = json_extract(j.value, '$.id')";
  std::string all = std::string("SELECT count(*)") + events;
  ASSERT_EQ(count(store_.get(), all), count(store_.get(), "SELECT count(*) FROM events"));
  // Both kinds of event are there, mixed, so a leftover binding would show.
  ASSERT_GT(count(store_.get(), "SELECT count(*) FROM events WHERE reason_kind IS NOT NULL"), 0);
  ASSERT_GT(count(store_.get(), "SELECT count(*) FROM events WHERE reason_kind IS NULL"), 0);
  ASSERT_GT(count(store_.get(), "SELECT count(*) FROM events WHERE incident IS NULL"), 0);
  EXPECT_EQ(count(store_.get(), all + " WHERE (e.reason_kind IS NULL) !="
                                      " (json_extract(j.value, '$.reason') IS NULL)"
                                      " OR coalesce(e.reason_kind, '') !="
                                      " coalesce(json_extract(j.value, '$.reason.kind'), '')"
                                      " OR coalesce(e.reason_activity, '') != coalesce("
                                      "json_extract(j.value, '$.reason.activity'), '')"),
            0);
  EXPECT_EQ(count(store_.get(), all + " WHERE (e.incident IS NULL) != (e.negated OR"
                                      " e.hypothetical) OR e.type != json_extract(j.value,"
                                      " '$.type') OR coalesce(e.outcome, '') !="
                                      " coalesce(json_extract(j.value, '$.outcome'), '')"),
            0);
  // Entities: each row's name, kind and optional fields are its own.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM documents d, json_each(casebook_extraction(d.extraction,"
                  " d.text), '$.entities') j JOIN entities e ON e.doc = d.id AND e.local_id ="
                  " json_extract(j.value, '$.id') WHERE e.name != json_extract(j.value, '$.name')"
                  " OR e.kind != json_extract(j.value, '$.kind') OR coalesce(e.sex, '') !="
                  " coalesce(json_extract(j.value, '$.sex'), '') OR coalesce(e.country, '') !="
                  " coalesce(json_extract(j.value, '$.country'), '')"),
            0);
  testing::expect_whole_store(store_.get());
}

}  // namespace
}  // namespace casebook
