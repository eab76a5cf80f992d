// Issue 5, the eleventh pass: an ingest batch holds up to 500 documents (it was 100), and ends
// sooner once it holds 16 MB of raw input and text, so a batch of very large documents stays
// bounded; the store counts what its open batch holds.
#include <gtest/gtest.h>

#include "store/batch_size.h"
#include "store_test_util.h"

namespace casebook {
namespace {

// Short reports made up for this test, each a different document.
std::string report(int n) {
  return "---\ntitle: Court hearing " + std::to_string(n) +
         "\npublished: 2023-09-14\n---\nA court in Wexbury heard the case of the printer Ilse "
         "Hartwig on 12 September 2023. Her lawyer said she had been held for " +
         std::to_string(n + 2) + " days without a charge. Hearing number " + std::to_string(n) +
         ".\n";
}

Extraction extract(const std::string& raw, int n) {
  Result<Document> doc = ingest_document(raw, "hearing-" + std::to_string(n) + ".md");
  EXPECT_TRUE(doc.ok());
  return testing::test_pipeline().run(std::move(*doc), {});
}

TEST(BatchSize, Issue5ABatchHoldsFiveHundredDocuments) {
  BatchSize size;
  EXPECT_EQ(size.documents, 500u);
  // A hundred small documents, the old batch, no longer end it.
  EXPECT_FALSE(batch_is_full(size, 100, 100 * 10'000));
  EXPECT_FALSE(batch_is_full(size, 499, 499 * 10'000));
  EXPECT_TRUE(batch_is_full(size, 500, 500 * 10'000));
}

TEST(BatchSize, Issue5LargeDocumentsEndTheirBatchEarlier) {
  BatchSize size;
  EXPECT_EQ(size.bytes, size_t{16} << 20);
  // Eight documents of a megabyte of input and another of text each reach the cap.
  EXPECT_FALSE(batch_is_full(size, 7, 7 * (size_t{2} << 20)));
  EXPECT_TRUE(batch_is_full(size, 8, 8 * (size_t{2} << 20)));
  // One document larger than the cap is a batch of its own; an empty batch is never full.
  EXPECT_TRUE(batch_is_full(size, 1, size_t{40} << 20));
  EXPECT_FALSE(batch_is_full(size, 0, 0));
}

class BatchCounts : public testing::StoreTest {};

TEST_F(BatchCounts, Issue5TheStoreCountsWhatItsBatchHolds) {
  std::vector<std::string> raws;
  std::vector<Extraction> xs;
  size_t two_docs = 0;
  for (int n = 0; n < 3; ++n) {
    raws.push_back(report(n));
    xs.push_back(extract(raws.back(), n));
    if (n < 2) two_docs += raws.back().size() + xs.back().document.text.size();
  }
  BatchSize by_count{3, size_t{1} << 30};
  BatchSize by_bytes{1000, two_docs};
  ASSERT_TRUE(store_->begin().ok());
  EXPECT_FALSE(store_->batch_full(by_count));
  ASSERT_TRUE(store_->add_document(xs[0], raws[0], &counts_).ok());
  EXPECT_FALSE(store_->batch_full(by_count));
  EXPECT_FALSE(store_->batch_full(by_bytes));
  ASSERT_TRUE(store_->add_document(xs[1], raws[1], &counts_).ok());
  EXPECT_FALSE(store_->batch_full(by_count));
  EXPECT_TRUE(store_->batch_full(by_bytes));
  ASSERT_TRUE(store_->add_document(xs[2], raws[2], &counts_).ok());
  EXPECT_TRUE(store_->batch_full(by_count));
  ASSERT_TRUE(store_->commit().ok());
  EXPECT_FALSE(store_->batch_full(BatchSize{1, 1}));

  // A document this engine already stored is not written, so it does not count.
  ASSERT_TRUE(store_->begin().ok());
  ASSERT_TRUE(store_->add_document(xs[0], raws[0], &counts_).ok());
  EXPECT_EQ(counts_.unchanged, 1);
  EXPECT_FALSE(store_->batch_full(BatchSize{1, 1}));
  // A rolled-back batch holds nothing afterwards.
  std::string raw = report(3);
  ASSERT_TRUE(store_->add_document(extract(raw, 3), raw, &counts_).ok());
  EXPECT_TRUE(store_->batch_full(BatchSize{1, 1}));
  store_->rollback();
  EXPECT_FALSE(store_->batch_full(BatchSize{1, 1}));
  EXPECT_EQ(testing::count(store_.get(), "SELECT count(*) FROM documents"), 3);
}

// `casebook ingest` commits a batch when it is full, and the documents of every batch are
// stored: here batches of two, one of them ended by the count and the last by the input's end.
TEST_F(BatchCounts, Issue5IngestStoresEveryBatch) {
  std::filesystem::create_directories(dir_ / "in");
  for (int n = 0; n < 5; ++n) {
    testing::write_text(dir_ / "in" / ("hearing-" + std::to_string(n) + ".md"), report(n));
  }
  testing::write_text(dir_ / "key", "a key for the batch size test\n");
  testing::CliRun r = testing::run_casebook(dir_, "ingest --key-file key --batch 2 in");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("casebook.db: 5 documents (0 unchanged)"), std::string::npos) << r.err;
  auto s = Store::open((dir_ / "casebook.db").string(), "a key for the batch size test", false);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(testing::count(s->get(), "SELECT count(*) FROM documents"), 5);
  testing::expect_whole_store(s->get());
}

}  // namespace
}  // namespace casebook
