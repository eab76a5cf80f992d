// Store: the embedded, encrypted case store (SQLite 3 Multiple Ciphers). It holds documents
// with their raw bytes, everything extracted from them, cross-document people, places and
// organisations, incidents, a search index and an audit chain. One Store is one connection:
// use it from one thread at a time; open another Store for another thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casebook/extraction.h"
#include "casebook/status.h"
#include "store/audit.h"
#include "store/batch_size.h"
#include "store/cluster_key_memo.h"
#include "store/sqlite_db.h"

namespace casebook {

inline constexpr const char* kDefaultStorePath = "casebook.db";

struct IngestCounts {
  int64_t documents = 0;    // newly stored
  int64_t unchanged = 0;    // already in the store (same SHA-256), extracted by this engine
  int64_t reextracted = 0;  // already in the store, extracted again (newer engine or asked)
  int64_t events = 0;
  int64_t new_people = 0;     // named people seen for the first time
  int64_t merged_people = 0;  // people joined to someone already in the store
  int64_t failures = 0;
};

// The key in a key file: its bytes, without a trailing newline. An empty file is an error.
Result<std::string> read_key_file(const std::string& path);

// A document already in the store, and the engine version that extracted it ("" before
// schema version 3).
struct StoredDocument {
  int64_t id = 0;  // 0: not stored
  std::string engine;
};

// A search-index row held back until the batch commits (see Store::flush_search_rows).
struct PendingSearchRow {
  std::string body;  // the title, a newline and the text, as search_content gives it
  int64_t doc = 0;
};

// A document written in the open batch, kept until the batch commits so that it can be written
// again if a later document of the batch fails (see Store::add_document).
struct BatchedDocument {
  Extraction x;
  std::string raw;
};

class Store {
 public:
  // Opens (and with `create`, creates) the store at `path`. An empty key means unencrypted.
  // A wrong key, or a file that is not a casebook store, gives InvalidInput with the message
  // "wrong key or not a casebook database".
  static Result<std::unique_ptr<Store>> open(const std::string& path, const std::string& key,
                                             bool create = true);

  bool has_document(std::string_view sha256);

  // Batches: add_document only inside begin()/commit(); a crash before commit() loses the
  // whole batch and nothing else. A batch whose documents could not be written again after a
  // failure (see add_document) is lost: commit() then says so and stores nothing of it.
  Status begin();
  Status commit();
  void rollback();

  // Stores one document and everything extracted from it, merges its people, places and
  // organisations with those already known, and joins its events to incidents. A document
  // already stored by this engine version is left alone (counts->unchanged); one stored by
  // another engine, or any with `reextract`, has its extraction replaced by `x`, and the
  // review decisions on its events carried over to the matching new events
  // (counts->reextracted; see store/reextract.h).
  //
  // A document that fails part-way leaves nothing of itself, and the batch's other documents
  // stay: the document is written without a savepoint (whose page copies were 6% of storing),
  // so a failure rolls the whole transaction back and writes the batch's earlier documents
  // again. The batch therefore keeps each written document, moved in here, until commit().
  // Only add_document's own writes are written again: a caller that writes rows of its own in
  // a batch does so after its last add_document (as the server's upload does).
  Status add_document(Extraction&& x, std::string&& raw, IngestCounts* counts,
                      bool reextract = false);
  // The same, for a caller that keeps its extraction and bytes: they are copied.
  Status add_document(const Extraction& x, std::string_view raw, IngestCounts* counts,
                      bool reextract = false);

  // SQLite's error code where the last failed add_document failed (SQLITE_FULL for a full disk,
  // SQLITE_READONLY, SQLITE_IOERR...), read before the batch was rolled back and written again.
  int failure_code() const { return failure_code_; }

  // Whether the open batch holds as many documents, or as many bytes of raw input and text, as
  // `size` allows: its caller commits it then (store/batch_size.h).
  bool batch_full(const BatchSize& size = BatchSize()) const {
    return batch_is_full(size, batch_.size(), batch_bytes_);
  }

  // Undoes one recorded merge (and the merges of unnamed relatives that rested on it).
  Status unmerge(int64_t merge_id);

  // Changes the encryption key; an empty key decrypts the store.
  Status rekey(const std::string& new_key);

  AuditReport verify_audit() { return audit_verify(&db_); }
  Db* db() { return &db_; }

 private:
  Store() = default;
  Status flush_search_rows();
  Status write_document(const StoredDocument& stored, const Extraction& x, std::string_view raw,
                        IngestCounts* counts);
  Status reextract_document(const StoredDocument& stored, const Extraction& x, std::string_view raw,
                            IngestCounts* counts);
  Status write_batch_again();
  void end_batch();

  Db db_;
  bool in_batch_ = false;
  std::vector<PendingSearchRow> pending_search_;
  std::vector<BatchedDocument> batch_;  // the documents written since begin(), in order
  size_t batch_bytes_ = 0;              // their raw input's and text's bytes
  ClusterKeyMemo cluster_keys_;         // the merge lookups' answers in the open batch
  Status lost_;                         // why the open batch was lost, if it was
  int failure_code_ = SQLITE_OK;
};

}  // namespace casebook
