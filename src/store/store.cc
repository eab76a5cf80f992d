// Opening the store: key, wrong-key detection, WAL, migrations; batches; rekey.
#include "store/store.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "store/packed.h"
#include "store/page_cipher.h"
#include "store/schema.h"
#include "store/search_spans.h"
#include "store/span_text.h"
#include "store/stored_extraction.h"

namespace casebook {
namespace {

const char* kWrongKey = "wrong key or not a casebook database";

// A new store's page size (bench/README.md, "twelfth pass"). Every page storing writes costs
// five system calls whatever its size (the WAL frame's header and page, the cipher's two reads
// of it at the checkpoint, the write into the database file), and 8 KB pages halve them:
// storing +5% per CPU-second on the generated reports (medians of 14 runs on a busy machine;
// within noise on a quiet one), though SQLite's own instructions barely move (-1.1%), and the
// closed store is the same size. An FTS5 leaf (about 4,050
// bytes) also fits in one page instead of spilling past a 4 KB page's usable 4,064 bytes less
// the cell's overhead. A store made before keeps its 4 KB pages.
constexpr int kNewStorePageSize = 8192;

// The WAL is checkpointed once it holds this many bytes of pages: 32 MB, what 8,192 pages of
// 4 KB came to before new stores had 8 KB pages (wal_autocheckpoint counts pages).
constexpr int64_t kCheckpointBytes = int64_t{32} << 20;

}  // namespace

Result<std::string> read_key_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read key file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  std::string key = ss.str();
  while (!key.empty() && (key.back() == '\n' || key.back() == '\r')) key.pop_back();
  if (key.empty()) return Status::InvalidInput("key file " + path + " is empty");
  return key;
}

Result<std::unique_ptr<Store>> Store::open(const std::string& path, const std::string& key,
                                           bool create) {
  std::error_code ec;
  bool exists = std::filesystem::exists(path, ec);
  if (!exists && !create) return Status::NotFound("no such store");
  register_page_cipher();  // before the open, which copies the ciphers' settings
  std::unique_ptr<Store> s(new Store());
  Status st = s->db_.open(path, create);
  if (!st.ok()) return st;
  sqlite3* h = s->db_.handle();
  if (register_pack_functions(h) != SQLITE_OK || register_extraction_function(h) != SQLITE_OK ||
      register_span_function(h) != SQLITE_OK) {
    return Status::Internal(s->db_.error());
  }
  if (!key.empty()) select_page_cipher(h);
  if (!key.empty() && sqlite3_key(h, key.data(), static_cast<int>(key.size())) != SQLITE_OK) {
    return Status::Internal("cannot set the key: " + s->db_.error());
  }
  // The first read decides: a wrong key or a foreign file fails here with SQLITE_NOTADB.
  Stmt probe = s->db_.prepare("SELECT count(*) FROM sqlite_master");
  if (!probe.ok() || !probe.step()) {
    int rc = probe.ok() ? probe.rc() : sqlite3_errcode(h);
    if (rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT) return Status::InvalidInput(kWrongKey);
    return Status::IoError(s->db_.error());
  }
  int64_t tables = probe.int64(0);
  probe = Stmt();
  if (tables > 0 && schema_version(&s->db_) == 0) return Status::InvalidInput(kWrongKey);
  // After the key: finding FTS5's API prepares a statement, which reads the schema.
  if (register_match_spans_function(h) != SQLITE_OK) return Status::Internal(s->db_.error());
  // The page size can be chosen only before the file's first write; SQLite ignores it after.
  if (tables == 0) {
    st = s->db_.exec("PRAGMA page_size=" + std::to_string(kNewStorePageSize));
    if (!st.ok()) return Status::IoError(st.message());
  }
  // A 64 MB page cache: ingest touches indexes all over the file, and the default 2 MB
  // turned every lookup into a read system call. synchronous=NORMAL in WAL mode syncs at
  // checkpoints only: a killed process loses no committed batch, a power cut at most the
  // batches since the last checkpoint.
  st = s->db_.exec(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;"
      " PRAGMA temp_store=MEMORY;");
  if (!st.ok()) return Status::IoError(st.message());
  int64_t page_size = s->db_.scalar("PRAGMA page_size", 4096);
  st = s->db_.exec("PRAGMA wal_autocheckpoint=" +
                   std::to_string(kCheckpointBytes / std::max<int64_t>(page_size, 512)));
  if (!st.ok()) return Status::IoError(st.message());
  st = migrate(&s->db_);
  if (!st.ok()) return st;
  return s;
}

bool Store::has_document(std::string_view sha256) {
  Stmt& st = db_.cached("SELECT 1 FROM documents WHERE sha256 = ?");
  st.bind(1, sha256);
  bool found = st.step();
  st.reset();
  return found;
}

Status Store::begin() {
  if (in_batch_) return Status::Ok();
  cluster_keys_.clear();  // what another connection committed since is read afresh
  Status s = db_.exec("BEGIN IMMEDIATE");
  if (s.ok()) in_batch_ = true;
  return s;
}

// What a batch holds in memory is dropped when it ends, however it ends.
void Store::end_batch() {
  in_batch_ = false;
  pending_search_.clear();
  batch_.clear();
  batch_bytes_ = 0;
  cluster_keys_.clear();
  lost_ = Status::Ok();
}

Status Store::commit() {
  if (!in_batch_) return Status::Ok();
  if (!lost_.ok()) {
    Status lost = lost_;
    end_batch();
    return lost;
  }
  Status s = flush_search_rows();
  end_batch();
  if (!s.ok()) {
    db_.reset_cached();
    db_.exec("ROLLBACK");
    return s;
  }
  db_.reset_cached();
  s = db_.exec("COMMIT");
  if (!s.ok()) db_.exec("ROLLBACK");
  return s;
}

void Store::rollback() {
  if (!in_batch_) return;
  end_batch();
  db_.reset_cached();
  db_.exec("ROLLBACK");
}

Status Store::rekey(const std::string& new_key) {
  // SQLite3 Multiple Ciphers rekeys in rollback-journal mode only.
  Status s = db_.exec("PRAGMA journal_mode=DELETE");
  if (!s.ok()) return s;
  // The connection's cipher choice is spent by its key; it is made again for the new one.
  if (!new_key.empty()) select_page_cipher(db_.handle());
  int rc = sqlite3_rekey(db_.handle(), new_key.data(), static_cast<int>(new_key.size()));
  if (rc != SQLITE_OK) {
    std::string msg = db_.error();
    db_.exec("PRAGMA journal_mode=WAL");
    return Status::IoError("rekey failed: " + msg);
  }
  s = db_.exec("PRAGMA journal_mode=WAL");
  if (!s.ok()) return s;
  Transaction tx(&db_);
  if (!tx.begin_status().ok()) return tx.begin_status();
  s = audit_append(&db_, "rekey",
                   new_key.empty() ? "{\"encrypted\":false}" : "{\"encrypted\":true}");
  if (!s.ok()) return s;
  return tx.commit();
}

}  // namespace casebook
