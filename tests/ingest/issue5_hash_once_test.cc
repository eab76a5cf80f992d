// Issue 5: `casebook ingest` hashes a document's raw bytes once. It looks the document up by
// its SHA-256 first and hands the hash to ingest_document, which then takes it as the id
// instead of hashing the bytes again.
#include <gtest/gtest.h>

#include "core/sha256.h"
#include "ingest/ingest.h"

namespace casebook {
namespace {

TEST(Issue5HashOnce, AGivenHashIsTheId) {
  IngestOptions io;
  io.raw_sha256 = std::string(64, 'f');
  auto d = ingest_document("A blogger was jailed on Monday.\n", "a.txt", io);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->id, std::string(64, 'f'));
}

TEST(Issue5HashOnce, WithoutOneTheBytesAreHashed) {
  const std::string raw = "A blogger was jailed on Monday.\n";
  auto d = ingest_document(raw, "a.txt", IngestOptions{});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->id, sha256_hex(raw));
}

}  // namespace
}  // namespace casebook
