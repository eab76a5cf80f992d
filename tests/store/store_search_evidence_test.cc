// Issue 5, search without evidence rows (schema version 10): the index holds each document
// once, and a search still finds events by their evidence passage, found inside the
// document's matches; the query's shape, the highlighted passage, and the migration.
#include <gtest/gtest.h>

#include "store/queries.h"
#include "store/schema.h"
#include "store/search_spans.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

// An invented report with three acts in three sentences.
const char* kThreeActs =
    "---\ntitle: Blogger held after raid\npublished: 2022-06-10\n---\n"
    "Police in Kyrgyzstan detained the blogger Temir Asanov in Osh on 8 June 2022. "
    "Officers searched his flat and took two laptops. "
    "A court in Osh later fined the blogger for an online post.\n";

class StoreSearchEvidence : public testing::StoreTest {
 protected:
  Table search(const std::string& q, QueryFilters f = {}) {
    f.limit = 100;
    Result<Table> t = search_store(store_->db(), q, f);
    EXPECT_TRUE(t.ok()) << t.status().message();
    return t.ok() ? *t : Table{};
  }
  // The evidence passage of each event row, in order.
  std::vector<std::string> event_passages(const Table& t) {
    std::vector<std::string> out;
    for (const auto& row : t.rows) {
      if (row[1].empty()) continue;
      Stmt st = store_->db()->prepare(
          "SELECT coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end)) FROM events e"
          " JOIN documents d ON d.id = e.doc WHERE e.id = ?");
      st.bind(1, static_cast<int64_t>(std::stoll(row[1])));
      out.push_back(st.step() ? st.text(0) : "(none)");
    }
    return out;
  }
};

TEST_F(StoreSearchEvidence, Issue5IndexHoldsEachDocumentOnce) {
  ingest(kThreeActs, "three.txt");
  ingest(testing::kReportA, "a.txt");
  ASSERT_GE(count(store_.get(), "SELECT count(*) FROM events"), 3);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM search_index_docsize"), 2);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM sqlite_master WHERE name = 'search_rows'"),
            0);
  testing::expect_search_index_whole(store_.get());
}

TEST_F(StoreSearchEvidence, Issue5SearchFindsEventsByTheirEvidence) {
  ingest(kThreeActs, "three.txt");
  Table t = search("laptops");
  ASSERT_GE(t.rows.size(), 2u);
  EXPECT_TRUE(t.rows[0][1].empty());  // the document first
  EXPECT_NE(t.rows[0][7].find("«laptops»"), std::string::npos) << t.rows[0][7];
  std::vector<std::string> passages = event_passages(t);
  ASSERT_FALSE(passages.empty());
  for (const std::string& p : passages) EXPECT_NE(p.find("laptops"), std::string::npos) << p;
  // The event row shows its type and its passage, highlighted.
  const auto& ev = t.rows[1];
  EXPECT_FALSE(ev[1].empty());
  EXPECT_FALSE(ev[5].empty());
  EXPECT_NE(ev[7].find("«laptops»"), std::string::npos) << ev[7];
  EXPECT_EQ(ev[7].find("detained"), std::string::npos) << ev[7];  // another sentence's
  // An event scores its share of its document's matches: here all of them.
  EXPECT_EQ(ev[8], t.rows[0][8]);
}

TEST_F(StoreSearchEvidence, Issue5AnEventRowHoldsEveryWordTheQueryNeeds) {
  ingest(kThreeActs, "three.txt");
  // The document holds both words, no passage does: the document only.
  Table both = search("laptops fined");
  ASSERT_EQ(both.rows.size(), 1u);
  EXPECT_TRUE(both.rows[0][1].empty());
  // Either word: the passages holding one of them.
  Table either = search("laptops OR fined");
  std::vector<std::string> passages = event_passages(either);
  ASSERT_GE(passages.size(), 2u);
  for (const std::string& p : passages) {
    EXPECT_TRUE(p.find("laptops") != std::string::npos || p.find("fined") != std::string::npos)
        << p;
  }
  // A phrase must be whole inside the passage.
  for (const std::string& p : event_passages(search("\"took two laptops\""))) {
    EXPECT_NE(p.find("took two laptops"), std::string::npos) << p;
  }
  EXPECT_TRUE(event_passages(search("\"laptops a court\"")).empty());
}

TEST_F(StoreSearchEvidence, Issue5FiltersChooseTheEventRows) {
  ingest(kThreeActs, "three.txt");
  ingest(testing::kReportA, "a.txt");
  QueryFilters f;
  f.type = "arrest_detention";
  Table t = search("detained OR searched OR fined", f);
  ASSERT_FALSE(t.rows.empty());
  for (const auto& row : t.rows) {
    if (!row[1].empty()) EXPECT_EQ(row[5], "arrest_detention");
  }
  EXPECT_FALSE(event_passages(t).empty());
  f.from = "2022";
  for (const auto& row : search("detained", f).rows) EXPECT_EQ(row[3], "three.txt");
}

TEST_F(StoreSearchEvidence, Issue5AVersionNineStoreGetsTheDocumentIndex) {
  ingest(kThreeActs, "three.txt");
  ingest(testing::kReportA, "a.txt");
  Table want = search("detained");
  std::string path = (dir_ / "t.db").string();
  ASSERT_TRUE(store_->db()->exec(testing::kBackToVersion9).ok()) << store_->db()->error();
  ASSERT_GT(count(store_.get(), "SELECT count(*) FROM search_rows"), 2);
  store_.reset();
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  store_ = std::move(*s);
  EXPECT_EQ(schema_version(store_->db()), kSchemaVersion);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM sqlite_master WHERE name = 'search_rows'"),
            0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM search_index_docsize"), 2);
  testing::expect_whole_store(store_.get());
  Table got = search("detained");
  EXPECT_EQ(got.rows, want.rows);
  EXPECT_FALSE(event_passages(got).empty());
}

// A document ingested and extracted again in one batch: its index row is still waiting, so
// the re-extraction must not delete one from the index (which would take its words out of
// other documents' lists).
TEST_F(StoreSearchEvidence, Issue5ReextractInTheIngestBatchKeepsTheIndexWhole) {
  ingest(testing::kReportA, "a.txt");
  Result<Document> doc = ingest_document(kThreeActs, "three.txt");
  ASSERT_TRUE(doc.ok());
  Extraction x = testing::test_pipeline().run(std::move(*doc), {});
  IngestCounts c;
  ASSERT_TRUE(store_->begin().ok());
  ASSERT_TRUE(store_->add_document(x, kThreeActs, &c).ok());
  ASSERT_TRUE(store_->add_document(x, kThreeActs, &c, true).ok());
  ASSERT_TRUE(store_->commit().ok());
  EXPECT_EQ(c.reextracted, 1);
  testing::expect_whole_store(store_.get());
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM search_index_docsize"), 2);
  EXPECT_FALSE(event_passages(search("laptops")).empty());
  // And again in a later batch, where the index holds it.
  ASSERT_TRUE(store_->begin().ok());
  ASSERT_TRUE(store_->add_document(x, kThreeActs, &c, true).ok());
  ASSERT_TRUE(store_->commit().ok());
  testing::expect_whole_store(store_.get());
  EXPECT_EQ(
      count(store_.get(), "SELECT count(*) FROM search_index WHERE search_index MATCH 'laptops'"),
      1);
}

// ---- The query's shape ----

bool holds(const char* query, std::vector<bool> present) {
  return QueryShape::parse(query).matches(present);
}

TEST(QueryShape, Issue5PhrasesAreNumberedLeftToRight) {
  EXPECT_EQ(QueryShape::parse("police").phrases(), 1);
  EXPECT_EQ(QueryShape::parse("police detained").phrases(), 2);
  EXPECT_EQ(QueryShape::parse("\"took two laptops\" OR fined").phrases(), 2);
  EXPECT_EQ(QueryShape::parse("one + two three*").phrases(), 2);
  EXPECT_EQ(QueryShape::parse("NEAR(a b, 5) c").phrases(), 3);
  EXPECT_EQ(QueryShape::parse("body: police").phrases(), 1);
  EXPECT_EQ(QueryShape::parse("^police").phrases(), 1);
}

TEST(QueryShape, Issue5OperatorsBindAsInFts5) {
  EXPECT_TRUE(holds("a b", {true, true}));
  EXPECT_FALSE(holds("a b", {true, false}));
  EXPECT_TRUE(holds("a OR b", {false, true}));
  EXPECT_FALSE(holds("a OR b", {false, false}));
  EXPECT_TRUE(holds("a AND b", {true, true}));
  EXPECT_FALSE(holds("a AND b", {false, true}));
  EXPECT_TRUE(holds("a NOT b", {true, false}));
  EXPECT_FALSE(holds("a NOT b", {true, true}));
  // A run of phrases binds tighter than OR: a OR (b c).
  EXPECT_TRUE(holds("a OR b c", {true, false, false}));
  EXPECT_FALSE(holds("a OR b c", {false, true, false}));
  // NOT binds tighter than AND and OR: (a NOT b) OR c.
  EXPECT_TRUE(holds("a NOT b OR c", {true, true, true}));
  EXPECT_TRUE(holds("(a OR b) c", {false, true, true}));
  EXPECT_FALSE(holds("(a OR b) c", {true, true, false}));
  EXPECT_TRUE(holds("NEAR(a b) OR c", {true, true, false}));
  EXPECT_FALSE(holds("NEAR(a b) OR c", {true, false, false}));
  // Lower-case operators are words.
  EXPECT_EQ(QueryShape::parse("a or b").phrases(), 3);
}

TEST(QueryShape, Issue5AnUnreadableQueryMatchesAnyPhrase) {
  QueryShape s = QueryShape::parse("a AND");
  EXPECT_FALSE(s.readable());
  EXPECT_TRUE(s.matches({false, true}));
  EXPECT_FALSE(s.matches({false, false}));
  EXPECT_FALSE(QueryShape::parse("(a b").readable());
  EXPECT_FALSE(QueryShape::parse("\"a b").readable());
}

// Any text FTS5 might accept comes back with a shape or none, never a crash or a hang.
TEST(QueryShape, Issue5AnyQueryTextIsReadSafely) {
  const char kBytes[] = "ab \"()+*^:{}-,NEAROTD\xc3\xa9";
  uint32_t seed = 7;
  for (int i = 0; i < 5000; ++i) {
    std::string q;
    int n = 1 + i % 40;
    for (int k = 0; k < n; ++k) {
      seed = seed * 1103515245u + 12345u;
      q.push_back(kBytes[(seed >> 16) % (sizeof kBytes - 1)]);
    }
    QueryShape s = QueryShape::parse(q);
    std::vector<bool> all(s.phrases() + 1, true), none(s.phrases() + 1, false);
    s.matches(all);
    EXPECT_FALSE(s.matches(none)) << q;
  }
}

// ---- The highlighted passage ----

TEST(HighlightPassage, Issue5MarksMatchesInsideThePassageOnly) {
  std::string text = "Before. Officers searched his flat and took two laptops. After.";
  int start = 8, end = static_cast<int>(text.find(" After."));
  std::vector<PhraseMatch> m = {{0, 0, 6}, {0, 17, 25}, {1, 48, 55}};
  EXPECT_EQ(text.substr(17, 8), "searched");
  EXPECT_EQ(highlight_passage(text, start, end, m),
            "Officers «searched» his flat and took two «laptops».");
}

TEST(HighlightPassage, Issue5ALongPassageIsCutAroundItsFirstMatch) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "w" + std::to_string(i) + " ";
  text += "target";
  for (int i = 40; i < 60; ++i) text += " w" + std::to_string(i);
  int at = static_cast<int>(text.find("target"));
  std::string out = highlight_passage(text, 0, static_cast<int>(text.size()), {{0, at, at + 6}});
  EXPECT_EQ(out.rfind("…", 0), 0u) << out;
  EXPECT_NE(out.find("w37 w38 w39 «target» w40"), std::string::npos) << out;
  EXPECT_EQ(out.substr(out.size() - 3), "…") << out;
  EXPECT_EQ(out.find("w36"), std::string::npos) << out;
}

}  // namespace
}  // namespace casebook
