// Issue 5, schema version 11: event, relation, statistic and quote rows keep their spans'
// byte ranges but no copy of the passage, which every reader takes from the document's text;
// a span whose text is not the document's keeps its copy; a version-10 store is migrated and
// reads the same passages; a re-extraction whose text moved still matches reviews by passage.
#include <gtest/gtest.h>

#include "store/browse.h"
#include "store/person_file.h"
#include "store/queries.h"
#include "store/review.h"
#include "store/schema.h"
#include "store/span_text.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

// Invented reports: a detention with a relative named, and a second act on another day.
const char* kFirst =
    "---\ntitle: Poet detained in Bishkek\npublished: 2023-02-11\n---\n"
    "Police in Kyrgyzstan detained the poet Aibek Toktogulov in Bishkek on 9 February 2023. "
    "Toktogulov's sister, Nazira Toktogulova, said officers took his notebooks.\n";
const char* kSecond =
    "---\ntitle: Poet's sister questioned\npublished: 2023-03-02\n---\n"
    "On 1 March 2023 police in Bishkek questioned Nazira Toktogulova, the sister of the "
    "detained poet Aibek Toktogulov, about her visits to the prison.\n";

Extraction extract(const std::string& raw, const std::string& name) {
  Result<Document> doc = ingest_document(raw, name);
  EXPECT_TRUE(doc.ok());
  return testing::test_pipeline().run(std::move(*doc), {});
}

class SpanPassages : public testing::StoreTest {
 protected:
  // What the readers give: the event listing, the timeline, the CSV export and the person file.
  std::string readers() {
    std::string out;
    QueryFilters f;
    f.limit = 1000;
    Result<Table> rows = list_timeline(store_->db(), f);
    EXPECT_TRUE(rows.ok());
    for (const auto& row : rows->rows) {
      for (const std::string& c : row) out += c + "|";
      out += "\n";
    }
    Access all;
    all.confidential = true;
    Result<nlohmann::json> events = list_events(store_->db(), all, {}, {});
    EXPECT_TRUE(events.ok());
    out += events->dump() + "\n";
    Result<std::string> csv = export_records(store_->db(), all, "csv", {});
    EXPECT_TRUE(csv.ok());
    out += *csv;
    BrowseFilters kg;
    kg.country = "KG";
    Result<nlohmann::json> dated = timeline(store_->db(), all, "", kg, 100);
    EXPECT_TRUE(dated.ok());
    out += dated->dump() + "\n";
    int64_t cluster =
        count(store_.get(), "SELECT cluster FROM entities WHERE name = 'Aibek Toktogulov'");
    Result<nlohmann::json> file = show_cluster(store_->db(), all, "person", cluster);
    EXPECT_TRUE(file.ok());
    out += file->dump() + "\n";
    for (const PersonFile& p : load_person_files(store_->db(), "Toktogulov")) {
      for (const PersonLink& l : p.relatives) out += l.relation + ": " + l.evidence + "\n";
      for (const ChronologyEntry& c : p.chronology) out += c.date + ": " + c.evidence + "\n";
    }
    return out;
  }
  int64_t copies() {
    return count(store_.get(),
                 "SELECT (SELECT count(*) FROM events WHERE ev_text IS NOT NULL OR trig_text IS"
                 " NOT NULL) + (SELECT count(*) FROM relations WHERE ev_text IS NOT NULL) +"
                 " (SELECT count(*) FROM statistics WHERE ev_text IS NOT NULL) +"
                 " (SELECT count(*) FROM quotes WHERE ev_text IS NOT NULL)");
  }
};

TEST(SpanText, Issue5ASpanIsInTheTextOnlyWhenItsBytesAreThere) {
  std::string text = "Ölüm in the café.";  // two-byte letters: offsets are bytes
  EXPECT_TRUE(span_is_in_text(text, {0, 6, "Ölüm"}));
  EXPECT_TRUE(span_is_in_text(text, {14, 19, "café"}));
  EXPECT_TRUE(span_is_in_text(text, {0, 0, ""}));
  EXPECT_FALSE(span_is_in_text(text, {14, 19, "cafe"}));
  EXPECT_FALSE(span_is_in_text(text, {14, 40, "café."}));
  EXPECT_FALSE(span_is_in_text(text, {5, 2, ""}));
}

TEST_F(SpanPassages, Issue5TheSqlFunctionCutsBytesNotCharacters) {
  auto span = [&](const std::string& args) {
    Stmt st = store_->db()->prepare("SELECT casebook_span(" + args + ")");
    EXPECT_TRUE(st.step());
    return st.is_null(0) ? std::string("(null)") : st.text(0);
  };
  EXPECT_EQ(span("'Ölüm in the café.', 14, 19"), "café");
  EXPECT_EQ(span("'Ölüm in the café.', 0, 0"), "");
  EXPECT_EQ(span("'Ölüm in the café.', 14, 99"), "(null)");
  EXPECT_EQ(span("'Ölüm in the café.', -1, 3"), "(null)");
  EXPECT_EQ(span("'Ölüm in the café.', 6, 5"), "(null)");
  EXPECT_EQ(span("NULL, 0, 1"), "(null)");
  EXPECT_EQ(span("'Ölüm', NULL, 1"), "(null)");
}

TEST_F(SpanPassages, Issue5RowsKeepNoCopyAndReadersGetTheExtractedPassages) {
  ingest(kFirst, "first.txt");
  ingest(kSecond, "second.txt");
  ASSERT_GE(count(store_.get(), "SELECT count(*) FROM events"), 2);
  ASSERT_GE(count(store_.get(), "SELECT count(*) FROM relations"), 1);
  EXPECT_EQ(copies(), 0);
  // Each event's passages, read as the readers read them, are the extractor's.
  Extraction x = extract(kFirst, "first.txt");
  Stmt st = store_->db()->prepare(
      "SELECT e.local_id, coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end), ''),"
      " coalesce(e.trig_text, casebook_span(d.text, e.trig_start, e.trig_end), '')"
      " FROM events e JOIN documents d ON d.id = e.doc WHERE d.id = 1 ORDER BY e.id");
  size_t i = 0;
  while (st.step()) {
    ASSERT_LT(i, x.events.size());
    EXPECT_EQ(st.text(0), x.events[i].id);
    EXPECT_EQ(st.text(1), x.events[i].evidence.text);
    EXPECT_EQ(st.text(2), x.events[i].trigger.text);
    EXPECT_FALSE(st.text(1).empty());
    ++i;
  }
  EXPECT_EQ(i, x.events.size());
  // The CSV export's evidence column holds the first event's passage.
  Access all;
  all.confidential = true;
  Result<std::string> csv = export_records(store_->db(), all, "csv", {});
  ASSERT_TRUE(csv.ok());
  EXPECT_NE(csv->find(x.events[0].evidence.text), std::string::npos) << *csv;
}

TEST_F(SpanPassages, Issue5ASpanWhoseTextIsNotTheDocumentsKeepsItsCopy) {
  Extraction x = extract(kFirst, "first.txt");
  ASSERT_FALSE(x.events.empty());
  x.events[0].evidence.text = "a passage told in other words";
  Status s = store_->begin();
  ASSERT_TRUE(s.ok());
  ASSERT_TRUE(store_->add_document(x, kFirst, &counts_).ok());
  ASSERT_TRUE(store_->commit().ok());
  EXPECT_EQ(copies(), 1);
  Access all;
  all.confidential = true;
  Result<std::string> csv = export_records(store_->db(), all, "csv", {});
  ASSERT_TRUE(csv.ok());
  EXPECT_NE(csv->find("a passage told in other words"), std::string::npos) << *csv;
}

TEST_F(SpanPassages, Issue5AVersionTenStoreIsMigratedAndReadsTheSamePassages) {
  ingest(kFirst, "first.txt");
  ingest(kSecond, "second.txt");
  std::string want = readers();
  ASSERT_NE(want.find("detained the poet Aibek Toktogulov"), std::string::npos) << want;
  std::string path = (dir_ / "t.db").string();
  // The version 10 shape: every span row holds its passage; one copy differs from the text
  // (a row of a store written by hand or damaged), which the migration must keep.
  ASSERT_TRUE(store_->db()->exec(testing::kBackToVersion10).ok()) << store_->db()->error();
  ASSERT_GT(copies(), count(store_.get(), "SELECT count(*) FROM events"));
  ASSERT_TRUE(
      store_->db()->exec("UPDATE relations SET ev_text = 'said in other words' WHERE id = 1").ok());
  store_.reset();
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  store_ = std::move(*s);
  EXPECT_EQ(schema_version(store_->db()), kSchemaVersion);
  EXPECT_EQ(copies(), 1);
  EXPECT_EQ(
      count(store_.get(), "SELECT count(*) FROM relations WHERE ev_text = 'said in other words'"),
      1);
  testing::expect_whole_store(store_.get());
  ASSERT_TRUE(store_->db()->exec("UPDATE relations SET ev_text = NULL WHERE id = 1").ok());
  EXPECT_EQ(readers(), want);
}

// A newer engine whose text is longer in front (every span moved): the old events' passages
// are read from the text they were extracted from, before the document's row takes the new
// one, so a review still finds its event by the passage.
TEST_F(SpanPassages, Issue5AReextractionWhoseTextMovedMatchesReviewsByPassage) {
  ingest(kFirst, "first.txt");
  int64_t first = count(store_.get(), "SELECT min(id) FROM events WHERE doc = 1");
  ASSERT_GT(first, 0);
  ASSERT_TRUE(
      review_event(store_->db(), {first, "reject", "", "", "wrong poet", "reviewer-3"}).ok());
  Extraction x = extract(kFirst, "first.txt");
  const std::string lead(600, '~');
  const auto moved = static_cast<uint32_t>(lead.size() + 1);
  x.document.text = lead + "\n" + x.document.text;
  auto move = [&](Span& s) {
    s.start += moved;
    s.end += moved;
  };
  for (Entity& e : x.entities) {
    for (Span& m : e.mentions) move(m);
  }
  for (Relation& r : x.relations) move(r.evidence);
  for (Event& e : x.events) {
    move(e.trigger);
    move(e.evidence);
  }
  for (Statistic& st : x.statistics) move(st.evidence);
  for (Quote& q : x.quotes) move(q.evidence);
  ASSERT_TRUE(store_->begin().ok());
  IngestCounts c;
  ASSERT_TRUE(store_->add_document(x, kFirst, &c, /*force_reextract=*/true).ok());
  ASSERT_TRUE(store_->commit().ok());
  EXPECT_EQ(c.reextracted, 1);
  EXPECT_EQ(copies(), 0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM review_carryover WHERE match = 'evidence'"),
            1);
  Stmt st = store_->db()->prepare(
      "SELECT casebook_span(d.text, e.ev_start, e.ev_end) FROM events e JOIN documents d"
      " ON d.id = e.doc WHERE e.review = 'rejected'");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), x.events[0].evidence.text);
  testing::expect_whole_store(store_.get());
}

}  // namespace
}  // namespace casebook
