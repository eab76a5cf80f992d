// Issue 5, the store's size and write cost: raw bytes and extraction JSON packed with zstd
// (schema version 6, and a version-5 store migrated to it), one audit row per ingested
// document that lists the document's merges, and since version 8 the raw bytes packed against
// the text and the JSON without its spans' texts, with both exports still byte for byte.
#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>

#include "export/exports.h"
#include "model/extraction_json.h"
#include "store/browse.h"
#include "store/curation.h"
#include "store/packed.h"
#include "store/person_file.h"
#include "store/queries.h"
#include "store/schema.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;
using testing::ingest_text;

class StoreCompact : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    path_ = (dir_ / "t.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Store> open() {
    auto s = Store::open(path_, "k");
    EXPECT_TRUE(s.ok()) << s.status().message();
    return s.ok() ? std::move(*s) : nullptr;
  }
  void ingest(Store* s, const char* raw, const char* name) {
    IngestCounts c;
    Status st = ingest_text(s, raw, name, &c);
    ASSERT_TRUE(st.ok()) << st.message();
  }
  // A migrated store of reports A and B answers search, person and export.
  void expect_still_answers(Store* s) {
    Result<Table> hits = search_store(s->db(), "detained", QueryFilters{});
    ASSERT_TRUE(hits.ok()) << hits.status().message();
    EXPECT_FALSE(hits->rows.empty());
    std::vector<PersonFile> files = load_person_files(s->db(), "Saidov");
    ASSERT_FALSE(files.empty());
    EXPECT_GE(files[0].chronology.size(), 2u);
    EXPECT_NE(export_jsonl(s).find("Saidow"), std::string::npos);
  }
  // Extracts a stored document again (as `ingest --reextract` does), in its own batch.
  void reextract(Store* s, const char* raw, const char* name) {
    IngestCounts c;
    Result<Document> doc = ingest_document(raw, name);
    ASSERT_TRUE(doc.ok());
    Extraction x = testing::test_pipeline().run(std::move(*doc), {});
    ASSERT_TRUE(s->begin().ok());
    ASSERT_TRUE(s->add_document(x, raw, &c, true).ok());
    ASSERT_TRUE(s->commit().ok());
    EXPECT_EQ(c.reextracted, 1);
  }
  std::string text(Store* s, const std::string& sql) {
    Stmt st = s->db()->prepare(sql);
    return st.step() ? st.text(0) : std::string("(no row)");
  }
  std::string export_jsonl(Store* s) {
    char* buf = nullptr;
    size_t len = 0;
    std::FILE* f = open_memstream(&buf, &len);
    Status st = export_store(s->db(), "jsonl", QueryFilters{}, f);
    std::fclose(f);
    std::string out(buf, len);
    std::free(buf);
    EXPECT_TRUE(st.ok()) << st.message();
    return out;
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST(Packed, Issue5PackRoundTripsAndRefusesDamagedFrames) {
  std::string json(4000, 'x');
  std::string packed = pack(json);
  EXPECT_LT(packed.size(), json.size() / 10);
  Result<std::string> back = unpack(packed);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, json);
  EXPECT_FALSE(unpack("not a frame").ok());
  EXPECT_FALSE(unpack(packed.substr(0, packed.size() / 2)).ok());
  EXPECT_EQ(*unpack(pack("")), "");
}

// One compression context is kept per thread: each frame must still stand alone, whatever
// was packed before it (a large input, then a small one, then the large again).
TEST(Packed, Issue5FramesStandAloneWhenTheContextIsReused) {
  std::string large;
  for (int i = 0; i < 4000; ++i) large += "detained in Khujand " + std::to_string(i * 7919) + "\n";
  std::string small = "summoned";
  std::string a = pack(large), b = pack(small), c = pack(large);
  EXPECT_EQ(a, c);
  EXPECT_LT(a.size(), large.size() / 2);
  ASSERT_TRUE(unpack(b).ok());
  EXPECT_EQ(*unpack(b), small);
  ASSERT_TRUE(unpack(c).ok());
  EXPECT_EQ(*unpack(c), large);
  EXPECT_EQ(*unpack(pack("")), "");
}

// Raw bytes packed against the document's text (schema version 8): a report with front matter
// takes little more than its front matter, HTML comes back whole, a frame made alone still
// reads, and another text fails (the frame's checksum) rather than giving wrong bytes.
TEST(Packed, Issue5RawBytesPackedAgainstTheTextReadBackWithItOnly) {
  std::string text;
  for (int i = 0; i < 60; ++i)
    text += "Officers detained the blogger's brother, case " + std::to_string(i * 7919) +
            ", in Khujand.\n";
  std::string front = "---\ntitle: Brother detained\npublished: 2021-04-14\n---\n";
  std::string raw = front + text;
  std::string packed = pack_against(raw, text);
  EXPECT_LT(packed.size(), front.size() + 40);
  EXPECT_LT(packed.size() * 4, pack(raw).size());
  ASSERT_TRUE(unpack_against(packed, text).ok());
  EXPECT_EQ(*unpack_against(packed, text), raw);
  std::string html =
      "<html><body><p>" + text.substr(0, 900) + "</p><p>" + text.substr(900) + "</p></body></html>";
  ASSERT_TRUE(unpack_against(pack_against(html, text), text).ok());
  EXPECT_EQ(*unpack_against(pack_against(html, text), text), html);
  EXPECT_EQ(*unpack_against(pack(raw), text), raw);
  EXPECT_EQ(*unpack_against(pack_against("", ""), ""), "");
  std::string other(text.rbegin(), text.rend());
  EXPECT_FALSE(unpack_against(packed, other).ok());
  EXPECT_FALSE(unpack(packed).ok());
  EXPECT_FALSE(unpack_against(packed.substr(0, packed.size() / 2), text).ok());
}

TEST_F(StoreCompact, Issue5RawBytesAndExtractionAreStoredPackedAndReadBackWhole) {
  auto s = open();
  ingest(s.get(), testing::kReportA, "a.txt");
  EXPECT_EQ(text(s.get(), "SELECT typeof(raw) || typeof(extraction) FROM documents"), "blobblob");
  EXPECT_EQ(text(s.get(), "SELECT casebook_raw(raw, text) FROM documents"), testing::kReportA);
  std::string json = text(s.get(), "SELECT casebook_unpack(extraction, 'text') FROM documents");
  EXPECT_EQ(text(s.get(), "SELECT typeof(casebook_unpack(extraction, 'text')) FROM documents"),
            "text");
  auto parsed = nlohmann::json::parse(json, nullptr, false);
  ASSERT_FALSE(parsed.is_discarded()) << json.substr(0, 200);
  EXPECT_LT(count(s.get(), "SELECT length(extraction) FROM documents"),
            static_cast<int64_t>(json.size()) / 2);
  EXPECT_NE(export_jsonl(s.get()).find("Saidov"), std::string::npos);
  // A damaged frame is an error, not wrong bytes.
  ASSERT_TRUE(s->db()->exec("UPDATE documents SET raw = x'28b52ffd00'").ok());
  Stmt st = s->db()->prepare("SELECT casebook_unpack(raw) FROM documents");
  EXPECT_FALSE(st.step());
  EXPECT_EQ(st.rc(), SQLITE_ERROR);
  Stmt raw = s->db()->prepare("SELECT casebook_raw(raw, text) FROM documents");
  EXPECT_FALSE(raw.step());
  EXPECT_EQ(raw.rc(), SQLITE_ERROR);
}

TEST_F(StoreCompact, Issue5AVersionFiveStoreIsMigratedAndStillAnswers) {
  {
    auto s = open();
    ingest(s.get(), testing::kReportA, "a.txt");
    ingest(s.get(), testing::kReportB, "b.txt");
    // Back to the version 5 shape: both columns unpacked.
    ASSERT_TRUE(s->db()->exec(testing::kBackToVersion5).ok()) << s->db()->error();
    ASSERT_TRUE(s->db()->exec("UPDATE schema_version SET version = 5").ok());
    ASSERT_EQ(text(s.get(), "SELECT group_concat(typeof(extraction)) FROM documents"), "text,text");
    ASSERT_GT(count(s.get(), "SELECT count(*) FROM search_index_content"), 2);
  }
  auto s = open();
  ASSERT_TRUE(s);
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(text(s.get(), "SELECT group_concat(typeof(raw) || typeof(extraction)) FROM documents"),
            "blobblob,blobblob");
  EXPECT_EQ(text(s.get(), "SELECT casebook_unpack(raw) FROM documents WHERE source = 'b.txt'"),
            testing::kReportB);
  expect_still_answers(s.get());
  std::string jsonl = export_jsonl(s.get());
  EXPECT_NE(jsonl.find("Saidov"), std::string::npos);
  // The search index no longer keeps its own copy of the text.
  EXPECT_EQ(
      count(s.get(), "SELECT count(*) FROM sqlite_master WHERE name = 'search_index_content'"), 0);
  testing::expect_whole_store(s.get());
}

TEST_F(StoreCompact, Issue5AVersionSixStoreLosesTheRedundantEventIndexAndStillAnswers) {
  {
    auto s = open();
    ingest(s.get(), testing::kReportA, "a.txt");
    ingest(s.get(), testing::kReportB, "b.txt");
    // Back to the version 6 shape: events also indexed by document alone.
    ASSERT_TRUE(s->db()
                    ->exec("CREATE INDEX events_doc ON events(doc);"
                           " UPDATE schema_version SET version = 6")
                    .ok())
        << s->db()->error();
  }
  auto s = open();
  ASSERT_TRUE(s);
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM sqlite_master WHERE name = 'events_doc'"), 0);
  // A document's events are still found by an index, not by reading every event.
  std::string plan;
  Stmt st = s->db()->prepare("EXPLAIN QUERY PLAN SELECT id FROM events WHERE doc = 1");
  while (st.step()) plan += st.text(3) + "\n";
  EXPECT_NE(plan.find("events_doc_facets"), std::string::npos) << plan;
  expect_still_answers(s.get());
  // Re-extraction deletes a document's events by document: still whole afterwards.
  reextract(s.get(), testing::kReportA, "a.txt");
  testing::expect_whole_store(s.get());
}

TEST_F(StoreCompact, Issue5SearchReadsItsTextFromTheDocumentsAndEvents) {
  auto s = open();
  ingest(s.get(), testing::kReportA, "a.txt");
  ingest(s.get(), testing::kReportB, "b.txt");
  EXPECT_EQ(
      count(s.get(), "SELECT count(*) FROM sqlite_master WHERE name = 'search_index_content'"), 0);
  Result<Table> hits = search_store(s->db(), "Khujand", QueryFilters{});
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  ASSERT_FALSE(hits->rows.empty());
  std::string all;
  for (const auto& row : hits->rows) {
    for (const auto& cell : row) all += cell + "|";
  }
  EXPECT_NE(all.find("«Khujand»"), std::string::npos) << all;  // snippets read the text
  // Extracting a document again and deleting one keep the index in step with its text.
  reextract(s.get(), testing::kReportA, "a.txt");
  testing::expect_search_index_whole(s.get());
  ASSERT_TRUE(delete_document(s->db(),
                              count(s.get(),
                                    "SELECT id FROM documents WHERE source ="
                                    " 'b.txt'"),
                              "tester")
                  .ok());
  testing::expect_search_index_whole(s.get());
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM search_index WHERE search_index MATCH 'lawyer'"),
            0);
  EXPECT_GT(count(s.get(), "SELECT count(*) FROM search_index WHERE search_index MATCH 'father'"),
            0);
}

TEST_F(StoreCompact, Issue5OneAuditRowPerDocumentListsItsMerges) {
  auto s = open();
  ingest(s.get(), testing::kReportA, "a.txt");
  ingest(s.get(), testing::kReportB, "b.txt");
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM audit"), 2);
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM audit WHERE action = 'merge'"), 0);
  // The second report's row names each of its merges; the reasons are in the merges table.
  std::string detail_text = text(s.get(), "SELECT detail FROM audit WHERE seq = 2");
  auto detail = nlohmann::json::parse(detail_text);
  // Written directly since schema 8, in the form nlohmann::json gave it before.
  EXPECT_EQ(detail.dump(), detail_text);
  EXPECT_EQ(detail["source"], "b.txt");
  ASSERT_TRUE(detail["merges"].is_array());
  int64_t merges_of_b = count(s.get(),
                              "SELECT count(*) FROM merges m JOIN entities e ON e.id = m.entity"
                              " JOIN documents d ON d.id = e.doc WHERE d.source = 'b.txt'");
  ASSERT_GT(merges_of_b, 0);
  ASSERT_EQ(static_cast<int64_t>(detail["merges"].size()), merges_of_b);
  int64_t person_merge = 0;
  for (const auto& m : detail["merges"]) {
    int64_t id = m["merge"].get<int64_t>();
    EXPECT_EQ(count(s.get(), "SELECT count(*) FROM merges WHERE reason != '' AND id = " +
                                 std::to_string(id) +
                                 " AND entity = " + std::to_string(m["entity"].get<int64_t>()) +
                                 " AND cluster = " + std::to_string(m["cluster"].get<int64_t>())),
              1);
    if (text(s.get(),
             "SELECT e.kind || e.named FROM merges m JOIN entities e ON e.id = m.entity"
             " WHERE m.id = " +
                 std::to_string(id)) == "person1") {
      person_merge = id;
    }
  }
  // Unmerge still works and is audited; the chain verifies.
  ASSERT_GT(person_merge, 0);
  ASSERT_TRUE(s->unmerge(person_merge).ok());
  EXPECT_EQ(count(s.get(), "SELECT count(*) FROM audit WHERE action = 'unmerge'"), 1);
  EXPECT_TRUE(s->verify_audit().ok);
  // Taking a merge out of the document's row breaks the chain.
  detail["merges"].erase(0);
  Stmt edit = s->db()->prepare("UPDATE audit SET detail = ? WHERE seq = 2");
  edit.bind(1, detail.dump());
  ASSERT_EQ(edit.run(), SQLITE_DONE);
  AuditReport r = s->verify_audit();
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.problem.find("row 2"), std::string::npos) << r.problem;
}

// The JSON Lines of the HTTP API's export.
std::string api_jsonl(Store* s) {
  Result<std::string> out = export_records(s->db(), Access{true}, "jsonl", BrowseFilters{});
  EXPECT_TRUE(out.ok()) << out.status().message();
  return out.ok() ? *out : std::string();
}

// Ingests the repository's documents in one batch; returns the JSON Lines the extractor
// writes for them, in the order they were stored.
std::string ingest_repository(Store* s) {
  std::string expected;
  EXPECT_TRUE(s->begin().ok());
  for (const testing::RepositoryDocument& src : testing::repository_documents()) {
    Result<Document> doc = ingest_document(src.raw, src.name);
    if (!doc.ok()) continue;
    Extraction x = testing::test_pipeline().run(std::move(*doc), {});
    IngestCounts c;
    Status st = s->add_document(x, src.raw, &c);
    EXPECT_TRUE(st.ok()) << src.name << ": " << st.message();
    if (c.documents == 1) expected += extraction_to_string(x, -1) + "\n";
  }
  EXPECT_TRUE(s->commit().ok());
  return expected;
}

TEST_F(StoreCompact, Issue5ExportsGiveTheExtractorsJsonByteForByte) {
  auto s = open();
  std::string expected = ingest_repository(s.get());
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(export_jsonl(s.get()), expected);
  EXPECT_EQ(api_jsonl(s.get()), expected);
  // The column holds the lean form: no mention text that is the document's own.
  std::string stored = text(
      s.get(), "SELECT casebook_unpack(extraction, 'text') FROM documents ORDER BY id LIMIT 1");
  auto texts = [](std::string_view j) {
    size_t n = 0;
    for (size_t at = j.find("\"text\":"); at != j.npos; at = j.find("\"text\":", at + 1)) ++n;
    return n;
  };
  EXPECT_EQ(texts(stored), 0u);
  EXPECT_GT(texts(expected.substr(0, expected.find('\n'))), 0u);
  EXPECT_LT(count(s.get(), "SELECT sum(length(casebook_unpack(extraction))) FROM documents"),
            static_cast<int64_t>(expected.size()) * 85 / 100);
}

TEST_F(StoreCompact, Issue5AVersionSevenStoreReadsTheSameAndIsNotRewritten) {
  std::string expected;
  {
    auto s = open();
    expected = ingest_repository(s.get());
    // Back to the version 7 shape: each row holds the whole JSON and its raw bytes, each
    // packed alone.
    ASSERT_TRUE(s->db()
                    ->exec("UPDATE documents SET extraction = "
                           "casebook_pack(casebook_extraction(extraction, text)),"
                           " raw = casebook_pack(casebook_raw(raw, text));"
                           "UPDATE schema_version SET version = 7")
                    .ok())
        << s->db()->error();
  }
  auto s = open();
  ASSERT_TRUE(s);
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(export_jsonl(s.get()), expected);
  EXPECT_EQ(api_jsonl(s.get()), expected);
  EXPECT_EQ(text(s.get(),
                 "SELECT casebook_raw(raw, text) FROM documents WHERE source ="
                 " 'exile_family_detained.txt'"),
            text(s.get(),
                 "SELECT casebook_unpack(raw) FROM documents WHERE source ="
                 " 'exile_family_detained.txt'"));
  EXPECT_EQ(text(s.get(),
                 "SELECT casebook_raw(raw, text) FROM documents WHERE source ="
                 " 'exile_family_detained.txt'"),
            testing::read_bytes(CASEBOOK_SOURCE_DIR "/examples/exile_family_detained.txt"));
  EXPECT_EQ(count(s.get(), "SELECT sum(length(casebook_unpack(extraction))) FROM documents") +
                count(s.get(), "SELECT count(*) FROM documents"),
            static_cast<int64_t>(expected.size()));
}

}  // namespace
}  // namespace casebook
