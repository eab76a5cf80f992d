// The fixture stores of the fuzz targets: invented reports, extracted and stored in one batch
// under the names r0.txt, r1.txt, ...
#pragma once

#include <cstddef>
#include <string>

#include "extract/pipeline.h"
#include "fuzz_check.h"
#include "ingest/ingest.h"
#include "store/store.h"

template <size_t N>
void store_fuzz_reports(casebook::Store* st, const char* (&reports)[N]) {
  casebook::Pipeline pipeline;
  casebook::IngestCounts counts;
  FUZZ_CHECK(st->begin().ok());
  for (size_t n = 0; n < N; ++n) {
    auto doc = casebook::ingest_document(reports[n], "r" + std::to_string(n) + ".txt");
    FUZZ_CHECK(doc.ok());
    FUZZ_CHECK(st->add_document(pipeline.run(std::move(*doc), {}), reports[n], &counts).ok());
  }
  FUZZ_CHECK(st->commit().ok());
}
