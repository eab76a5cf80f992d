// Issue 8: inputs the fuzz targets (tests/fuzz/) found to crash or misbehave, each kept as a
// regression test named after what it was. Under `make test-sanitize` the sanitizers also
// watch the path each one takes.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "ingest/front_matter.h"
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

// front_matter, a libFuzzer "timeout" after 15.4 million executions: the input parses in
// milliseconds; the run had stalled for 20 s inside ASan's quarantine on a machine at load
// 9 (the fuzzer ran at nice 15). Kept so the input stays parsed and its result well formed.
TEST(Issue8FuzzFindings, FrontMatterTimeoutInputParses) {
  const std::string text(
      "\x2d\x2d\x2d\x0a\x2e\x69\xf4\x6c\x5b\x3a\x20\x4a\x6f\xff\xff\xff\x20\x4a\x6f\xff\xff\xff"
      "\x2d\x2d\x0a\x74\x69\x84\x93\x65\x3a\x2d\x3a\x6c\x65\x3a\x0a\x00\xfd\xfd\xfd\x65\x3a\x0a"
      "\x00\xfd\xfd\xfd\x69\x3a\xff\xff\xff\x2d\x0a\x74\x69\x84\x93\x67\x3a\x2d\x0a\x2e\x69\x74"
      "\x6c\x65\x36\x20\xca\x6f\x72\x6e\x1f\x27\x2d\x2d\x0a\x74\x69\x84\x93\x67\x3a\xff\x05\x2d"
      "\x2d\x0a\x74\x69\x84\x93\x67\x3a\xff\x05\x6f\x2d\x0a\x74\x69\x84\x93\x67\x3a\x00\x7a\x00"
      "\xff\x05\x2d\x0a\x2e\x69\x74\x6c\x65\x3a\x67\x6f\x0a\x74\x69\x84\x93\x67\x3a\x00\x00\xff"
      "\x05\x6f\x75\x2d\x0a\x2e\x69\x74\x6c\x65\x3a\xad\xad\xad\x0a\x21\x69\x84\x93\x65\x3a\x33"
      "\x2d\x0a\x2e\x29\x74\x6c\x65\x3a\x9b\xd8\xc9\x2d\x0a\x74\x69\x84\x93\x67\x3a\xff\x05\x2d"
      "\x2d\x0a\x2e\x69\x84\x93\x67\x3a\x74\x69\x84\x93\x67\x61\x70",
      191);
  auto fm = parse_front_matter(text);
  if (fm.ok()) {
    if (fm->has_value()) EXPECT_LE((*fm)->body_offset, text.size());
  } else {
    EXPECT_FALSE(fm.status().message().empty());
  }
}

}  // namespace
}  // namespace casebook
