// How large an ingest batch grows before its caller commits it: a number of documents, and a
// cap on the bytes (raw input and text) the batch holds in memory until commit, so that a
// batch of very large documents stays bounded in memory and in the time its commit takes.
#pragma once

#include <cstddef>

namespace casebook {

// Documents a batch: 500, not 100 as before 2026-11-28. Pages that many documents touch (the
// last leaves of each table and index, the search index's segments) are written, encrypted
// and checkpointed once a commit: 1,000 generated reports cost 4.7% fewer instructions to
// store at 500 than at 100 (bench/README.md, "eleventh pass"). A batch keeps its documents'
// extractions until commit (about 48 KB a generated report, 24 MB at 500), a kill loses at
// most one batch, which ingesting again restores (ingest is idempotent), and a document that
// fails has its batch's earlier documents written again.
constexpr size_t kBatchDocuments = 500;

// Bytes of raw input and text a batch may hold: 16 MB. 500 generated reports of 5 KB hold
// 5 MB, so the document count ends their batches; 500 HTML pages of 80 KB would hold 40 MB,
// and end at about 200 a batch; a one-megabyte document ends its batch after eight.
constexpr size_t kBatchBytes = size_t{16} << 20;

struct BatchSize {
  size_t documents = kBatchDocuments;
  size_t bytes = kBatchBytes;
};

// Whether a batch holding `documents` documents and `bytes` bytes of their raw input and text
// is to be committed now. A single document larger than the cap ends the batch it joins.
inline bool batch_is_full(const BatchSize& size, size_t documents, size_t bytes) {
  return documents >= size.documents || (documents > 0 && bytes >= size.bytes);
}

}  // namespace casebook
