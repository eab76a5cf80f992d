// Issue 5, storing made cheaper (schema version 8): the extraction JSON is stored without the
// spans' texts that are the document's own, and every reader gets back the JSON the extractor
// wrote, byte for byte: on the repository's documents, on hand-made edge cases, through both
// exports, and from a version-7 store whose rows hold the whole JSON.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "export/exports.h"
#include "model/extraction_json.h"
#include "store/browse.h"
#include "store/packed.h"
#include "store/schema.h"
#include "store/stored_extraction.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

std::string text(Store* s, const std::string& sql) {
  Stmt st = s->db()->prepare(sql);
  return st.step() ? st.text(0) : std::string("(no row)");
}

struct Source {
  std::string name;
  std::string raw;
};

// The repository's documents: examples/ and the golden tests' inputs, text and HTML.
std::vector<Source> repository_documents() {
  std::vector<Source> out;
  for (const char* dir : {CASEBOOK_SOURCE_DIR "/examples", CASEBOOK_SOURCE_DIR "/tests/golden"}) {
    if (!std::filesystem::exists(dir)) continue;
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::string ext = entry.path().extension().string();
      if (ext == ".txt" || ext == ".html" || ext == ".md") paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back({p.filename().string(), ss.str()});
    }
  }
  return out;
}

Extraction extract(const Source& s) {
  Result<Document> doc = ingest_document(s.raw, s.name);
  EXPECT_TRUE(doc.ok()) << s.name;
  return doc.ok() ? testing::test_pipeline().run(std::move(*doc), {}) : Extraction{};
}

TEST(StoredExtraction, Issue5RepositoryDocumentsReadBackByteForByte) {
  std::vector<Source> docs = repository_documents();
  ASSERT_GT(docs.size(), 20u);
  size_t whole = 0, stored = 0;
  for (const Source& s : docs) {
    Extraction x = extract(s);
    std::string json = extraction_to_string(x, -1);
    std::string lean = extraction_to_stored_string(x);
    EXPECT_EQ(extraction_with_span_texts(lean, x.document.text), json) << s.name;
    // A whole JSON, as stores before version 8 hold it, reads as it is.
    EXPECT_EQ(extraction_with_span_texts(json, x.document.text), json) << s.name;
    whole += json.size();
    stored += lean.size();
  }
  // Mention, trigger and evidence texts are about a quarter of the JSON.
  EXPECT_LT(stored, whole * 85 / 100);
}

// A document whose spans cover quotes, backslashes, control bytes, non-ASCII letters and JSON
// look-alikes; spans whose text is not the document's (kept whole), out of range, and empty.
TEST(StoredExtraction, Issue5EscapesAndForeignSpanTextsSurvive) {
  Extraction x;
  x.document.id = "abc";
  x.document.text =
      "He said \"{\\\"start\\\":1,\\\"end\\\":2}\"\tthen\nleft.\x01 Ra\xc5\xa1id \\ was "
      "detained {\"start\":3,\"end\":4}.";
  const std::string& t = x.document.text;
  auto at = [&](uint32_t a, uint32_t b) { return Span{a, b, t.substr(a, b - a)}; };
  Entity e;
  e.id = "p1";
  e.kind = "person";
  e.name = "Rashid";
  e.mentions = {at(0, 2),
                at(3, 40),
                Span{5, 9, "not the text"},
                Span{90, 400, "beyond"},
                Span{0, 0, ""},
                at(static_cast<uint32_t>(t.size()) - 5, static_cast<uint32_t>(t.size()))};
  x.entities.push_back(e);
  Event v;
  v.id = "v1";
  v.type = "arrest_detention";
  v.date.start = "2021-03-04";
  v.trigger = at(50, 58);
  v.evidence = at(0, static_cast<uint32_t>(t.size()));
  x.events.push_back(v);
  Quote q;
  q.evidence = Span{8, 20, "quoted \"differently\""};
  x.quotes.push_back(q);
  std::string json = extraction_to_string(x, -1);
  std::string lean = extraction_to_stored_string(x);
  EXPECT_LT(lean.size(), json.size());
  EXPECT_NE(lean.find("\"not the text\""), std::string::npos);
  EXPECT_NE(lean.find("\"beyond\""), std::string::npos);
  EXPECT_EQ(extraction_with_span_texts(lean, t), json);
  EXPECT_EQ(extraction_with_span_texts(json, t), json);
  // Read against a shorter text (a damaged row), a span out of range stays without text
  // rather than reading past the end.
  std::string shorter = extraction_with_span_texts(lean, t.substr(0, 10));
  EXPECT_FALSE(nlohmann::json::parse(shorter, nullptr, false).is_discarded());
}

class StoredExtractionStore : public ::testing::Test {
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
  // The JSON Lines export, as `casebook export --format jsonl` writes it.
  static std::string export_jsonl(Store* s) {
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
  // The same through the HTTP API's export.
  static std::string api_jsonl(Store* s) {
    Result<std::string> out = export_records(s->db(), Access{true}, "jsonl", BrowseFilters{});
    EXPECT_TRUE(out.ok()) << out.status().message();
    return out.ok() ? *out : std::string();
  }
  // Ingests the repository's documents; returns the JSON Lines the extractor writes for them.
  std::string ingest_repository(Store* s) {
    std::string expected;
    EXPECT_TRUE(s->begin().ok());
    for (const Source& src : repository_documents()) {
      Extraction x = extract(src);
      IngestCounts c;
      Status st = s->add_document(x, src.raw, &c);
      EXPECT_TRUE(st.ok()) << src.name << ": " << st.message();
      if (c.documents == 1) expected += extraction_to_string(x, -1) + "\n";
    }
    EXPECT_TRUE(s->commit().ok());
    return expected;
  }

  std::filesystem::path dir_;
  std::string path_;
};

TEST_F(StoredExtractionStore, Issue5ExportsGiveTheExtractorsJsonByteForByte) {
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

TEST_F(StoredExtractionStore, Issue5AVersionSevenStoreReadsTheSameAndIsNotRewritten) {
  std::string expected;
  {
    auto s = open();
    expected = ingest_repository(s.get());
    // Back to the version 7 shape: each row holds the whole JSON, packed.
    ASSERT_TRUE(s->db()
                    ->exec("UPDATE documents SET extraction = "
                           "casebook_pack(casebook_extraction(extraction, text));"
                           "UPDATE schema_version SET version = 7")
                    .ok())
        << s->db()->error();
  }
  auto s = open();
  ASSERT_TRUE(s);
  EXPECT_EQ(schema_version(s->db()), kSchemaVersion);
  EXPECT_EQ(export_jsonl(s.get()), expected);
  EXPECT_EQ(api_jsonl(s.get()), expected);
  EXPECT_EQ(count(s.get(), "SELECT sum(length(casebook_unpack(extraction))) FROM documents") +
                count(s.get(), "SELECT count(*) FROM documents"),
            static_cast<int64_t>(expected.size()));
}

}  // namespace
}  // namespace casebook
