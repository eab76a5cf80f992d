// Issue 8: inputs the fuzz targets (tests/fuzz/) found to crash or misbehave, each kept as a
// regression test named after what it was. Under `make test-sanitize` the sanitizers also
// watch the path each one takes.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
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

// extract: a list of objects cut off at the end of the text ("sentenced three activists,
// includin"). Looking for a role word before the next name read the mention of the token
// after the clause's last one, one past the end of the token table.
TEST(Issue8FuzzFindings, ObjectListCutOffAtTheEndOfTheText) {
  const char* kInputs[] = {
      "A court in Kulob sentenced three activists, includin",
      "Police in Tajikistan detained the brother \xc1"
      "f an exiled blogger on Mondfiscateleased "
      "two days later after paying a fay, reneD for qhe is convicted, he  is convic\xd5---\n"
      "title: Activists shed: 2020-07-01\n---\nA court in Kulob sentenced three activists, "
      "includin",
  };
  for (const char* raw : kInputs) {
    Result<Document> doc = ingest_document(raw, "cut.txt");
    ASSERT_TRUE(doc.ok());
    Extraction x = Pipeline().run(std::move(*doc), {});
    for (const Event& e : x.events) EXPECT_LE(e.evidence.end, x.document.text.size());
  }
}

}  // namespace
}  // namespace casebook
