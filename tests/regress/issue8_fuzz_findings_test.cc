// Issue 8: inputs the fuzz targets (tests/fuzz/) found to crash or misbehave, each kept as a
// regression test named after what it was. Under `make test-sanitize` the sanitizers also
// watch the path each one takes.
#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "ingest/page_debris.h"

namespace casebook {
namespace {

// text_ingest: a blank first line and a line of arrows. Once the arrows were cut as debris
// only "\n" was left, the search for the last line's start found that '\n' at offset 0, and
// the line ran from 1 to 0: a string_view of 2^64 - 1 bytes.
TEST(Issue8FuzzFindings, DebrisCutDownToABlankLineLeavesNoText) {
  std::string text = "\n   \xe2\x86\x90   ";
  remove_page_debris(&text, "");
  EXPECT_EQ(text, "");
  Result<Document> doc = ingest_document("\n   \xe2\x86\x90   ", "arrows.txt");
  ASSERT_FALSE(doc.ok());
  EXPECT_FALSE(doc.status().message().empty());
}

}  // namespace
}  // namespace casebook
