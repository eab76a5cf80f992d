// Issue 5, the ninth pass: the packed columns (documents.raw and documents.extraction) are
// written at zstd's fast level -1, not level 1, and what reads them back gets the same bytes,
// both from frames written now and from frames a level-1 store already holds.
#include <gtest/gtest.h>
#include <zstd.h>

#include "model/extraction_json.h"
#include "store/packed.h"
#include "store_test_util.h"

namespace casebook {
namespace {

// A report of the kind the store packs, made up for this test.
constexpr const char* kReport =
    "---\ntitle: Two teachers held in Marlow\npublished: 2024-03-05\n---\n"
    "Police in Marlow detained the teacher Odile Vasquez on 2 March 2024 after she spoke at a "
    "rally for higher wages. Her colleague Tomas Brenner was arrested the next day and held "
    "without charge. Lawyers said both were questioned about the rally and denied visits.\n";

std::string zstd_frame(std::string_view bytes, int level) {
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), level);
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

// The frame pack_against wrote before this pass: level 1, a checksum, the text as prefix.
std::string level1_frame_against(std::string_view bytes, std::string_view prefix) {
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, 1);
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
  ZSTD_CCtx_refPrefix(cctx, prefix.data(), prefix.size());
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  size_t n = ZSTD_compress2(cctx, out.data(), out.size(), bytes.data(), bytes.size());
  ZSTD_freeCCtx(cctx);
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

class PackLevel : public testing::StoreTest {};

TEST_F(PackLevel, Issue5ExtractionJsonIsPackedAtTheFastLevel) {
  Result<Document> doc = ingest_document(kReport, "marlow.md");
  ASSERT_TRUE(doc.ok());
  Extraction x = testing::test_pipeline().run(std::move(*doc), {});
  std::string json = extraction_to_stored_string(x);
  ASSERT_GT(json.size(), 500u);
  // Level 1 and level -1 make different frames of this JSON; pack() must make the second.
  ASSERT_NE(zstd_frame(json, 1), zstd_frame(json, -1));
  EXPECT_EQ(pack(json), zstd_frame(json, -1));
  Result<std::string> back = unpack(pack(json));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, json);
}

TEST_F(PackLevel, Issue5FramesWrittenAtLevelOneStillUnpack) {
  Result<Document> doc = ingest_document(kReport, "marlow.md");
  ASSERT_TRUE(doc.ok());
  Extraction x = testing::test_pipeline().run(std::move(*doc), {});
  std::string json = extraction_to_stored_string(x);
  Result<std::string> json_back = unpack(zstd_frame(json, 1));
  ASSERT_TRUE(json_back.ok());
  EXPECT_EQ(*json_back, json);
  std::string raw = kReport;
  Result<std::string> raw_back =
      unpack_against(level1_frame_against(raw, x.document.text), x.document.text);
  ASSERT_TRUE(raw_back.ok());
  EXPECT_EQ(*raw_back, raw);
  // And a frame of this pass against the text, read the same way.
  Result<std::string> raw_now = unpack_against(pack_against(raw, x.document.text), x.document.text);
  ASSERT_TRUE(raw_now.ok());
  EXPECT_EQ(*raw_now, raw);
}

// Every reader goes through the SQL functions: a store written now gives back the raw bytes
// and the extractor's JSON, for every document of the repository.
TEST_F(PackLevel, Issue5StoredColumnsReadBackByteForByte) {
  ASSERT_TRUE(store_->begin().ok());
  IngestCounts c;
  std::vector<std::pair<std::string, std::string>> expected;  // raw, extraction JSON
  for (const testing::RepositoryDocument& d : testing::repository_documents()) {
    Result<Document> doc = ingest_document(d.raw, d.name);
    if (!doc.ok()) continue;
    Extraction x = testing::test_pipeline().run(std::move(*doc), {});
    if (store_->has_document(x.document.id)) continue;
    expected.emplace_back(d.raw, extraction_to_string(x, -1));
    ASSERT_TRUE(store_->add_document(x, d.raw, &c).ok());
  }
  ASSERT_TRUE(store_->commit().ok());
  ASSERT_GT(expected.size(), 5u);
  Stmt st = store_->db()->prepare(
      "SELECT casebook_raw(raw, text), casebook_extraction(extraction, text) FROM documents"
      " ORDER BY id");
  size_t i = 0;
  while (st.step()) {
    ASSERT_LT(i, expected.size());
    EXPECT_EQ(st.text(0), expected[i].first) << i;
    EXPECT_EQ(st.text(1), expected[i].second) << i;
    ++i;
  }
  EXPECT_EQ(i, expected.size());
}

}  // namespace
}  // namespace casebook
