// Ingest: from a file's raw bytes to a Document (text, metadata, id). Decides the format
// (plain text with optional front matter, or HTML), checks the bytes, and removes page debris.
// Pure function of its inputs; safe to call from many threads.
#pragma once

#include <string>
#include <string_view>

#include "casebook/document.h"
#include "casebook/status.h"

namespace casebook {

inline constexpr size_t kDefaultMaxBytes = 20u << 20;

struct IngestOptions {
  size_t max_bytes = kDefaultMaxBytes;
  // The raw bytes' SHA-256 in hex when the caller has already computed it (`casebook ingest`
  // looks a document up by it first); empty: ingest_document computes it.
  std::string raw_sha256;
};

enum class InputFormat { kAuto, kText, kHtml };

// Chooses the format from the file name's extension, else by looking at the first bytes.
InputFormat detect_format(std::string_view source, std::string_view raw);

// Makes a Document of raw bytes. `source` is how the user named the input. Errors are short
// reasons without the file name ("empty file", "binary file (NUL byte at offset 12)"); the
// caller prefixes the name.
Result<Document> ingest_document(std::string_view raw, std::string source,
                                 const IngestOptions& options = {},
                                 InputFormat format = InputFormat::kAuto);

}  // namespace casebook
