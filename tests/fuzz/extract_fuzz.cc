// Fuzz target: the whole extract pipeline, bytes in, extraction JSON out. Every span must lie
// inside the document text and the JSON must be written whole.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "extract/pipeline.h"
#include "fuzz_check.h"
#include "ingest/ingest.h"
#include "model/extraction_json.h"

namespace {

void check_span(const casebook::Span& s, size_t n) { FUZZ_CHECK(s.start <= s.end && s.end <= n); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const casebook::Pipeline* pipeline = new casebook::Pipeline();
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  // The first byte chooses the format, so both paths into the pipeline are explored.
  if (size == 0) return 0;
  auto format = raw[0] == '<' ? casebook::InputFormat::kHtml : casebook::InputFormat::kText;
  auto doc = casebook::ingest_document(raw, "doc", {}, format);
  if (!doc.ok()) return 0;
  casebook::ExtractOptions options;
  options.reference_date = "2021-04-14";
  casebook::Extraction x = pipeline->run(std::move(*doc), options);
  size_t n = x.document.text.size();
  for (const auto& e : x.entities) {
    for (const auto& m : e.mentions) check_span(m, n);
  }
  for (const auto& r : x.relations) check_span(r.evidence, n);
  for (const auto& v : x.events) {
    check_span(v.trigger, n);
    check_span(v.evidence, n);
  }
  for (const auto& s : x.statistics) check_span(s.evidence, n);
  for (const auto& q : x.quotes) check_span(q.evidence, n);
  std::string json = casebook::extraction_to_string(x, -1);
  FUZZ_CHECK(!json.empty() && json.front() == '{' && json.back() == '}');
  return 0;
}
