// Issue 5, storing made cheaper (schema version 8): the extraction JSON is stored without the
// spans' texts that are the document's own, and reading puts them back byte for byte, on the
// repository's documents and on hand-made edge cases (the store's exports: store_compact_test).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "model/extraction_json.h"
#include "store/stored_extraction.h"
#include "store_test_util.h"

namespace casebook {
namespace {

Extraction extract(const testing::RepositoryDocument& s) {
  Result<Document> doc = ingest_document(s.raw, s.name);
  EXPECT_TRUE(doc.ok()) << s.name;
  return doc.ok() ? testing::test_pipeline().run(std::move(*doc), {}) : Extraction{};
}

TEST(StoredExtraction, Issue5RepositoryDocumentsReadBackByteForByte) {
  std::vector<testing::RepositoryDocument> docs = testing::repository_documents();
  ASSERT_GT(docs.size(), 20u);
  size_t whole = 0, stored = 0;
  for (const testing::RepositoryDocument& s : docs) {
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

}  // namespace
}  // namespace casebook
