// RAII wrappers over SQLite: statements finalised on scope exit, transactions rolled back
// unless committed.
#include "store/sqlite_db.h"

#include "store/wal_io_vfs.h"

namespace casebook {
namespace {

// How long a write waits for another process's lock before it fails.
constexpr int kBusyTimeoutMs = 5000;
constexpr int kLookasideSlotBytes = 1200, kLookasideSlots = 400;

// SQLite's memory statistics take a global mutex on every allocation, and casebook reads
// none of them. Set before main(), since SQLite accepts it only before it initialises.
const int kNoMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);

}  // namespace

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &st_, nullptr);
  if (rc_ != SQLITE_OK) st_ = nullptr;
}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    if (st_) sqlite3_finalize(st_);
    st_ = o.st_;
    db_ = o.db_;
    rc_ = o.rc_;
    o.st_ = nullptr;
  }
  return *this;
}

Stmt::~Stmt() {
  if (st_) sqlite3_finalize(st_);
}

Stmt& Stmt::bind(int i, std::string_view v) {
  sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::bind_view(int i, std::string_view v) {
  sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  return *this;
}
Stmt& Stmt::bind(int i, int64_t v) {
  sqlite3_bind_int64(st_, i, v);
  return *this;
}
Stmt& Stmt::bind(int i, double v) {
  sqlite3_bind_double(st_, i, v);
  return *this;
}
Stmt& Stmt::bind_blob(int i, std::string_view v) {
  sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::bind_null(int i) {
  sqlite3_bind_null(st_, i);
  return *this;
}

bool Stmt::step() {
  if (!st_) return false;
  rc_ = sqlite3_step(st_);
  return rc_ == SQLITE_ROW;
}

int Stmt::run() {
  while (step()) {
  }
  return rc_;
}

void Stmt::reset() {
  if (!st_) return;
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
  rc_ = SQLITE_OK;
}

void Stmt::rewind() {
  if (!st_) return;
  sqlite3_reset(st_);
  rc_ = SQLITE_OK;
}

std::string Stmt::text(int col) const { return std::string(text_view(col)); }

std::string_view Stmt::text_view(int col) const {
  const unsigned char* p = sqlite3_column_text(st_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p),
                          static_cast<size_t>(sqlite3_column_bytes(st_, col)));
}

std::string describe_sqlite_error(int rc, const std::string& message) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "the store is locked by another process (waited " +
             std::to_string(kBusyTimeoutMs / 1000) + " s)";
    case SQLITE_READONLY:
      return "the store is read-only (" + message + ")";
    case SQLITE_FULL:
      return "the disk is full (" + message + ")";
    case SQLITE_IOERR:
      return "cannot write to the disk: it may be full or failing (" + message + ")";
    case SQLITE_CORRUPT:
      return "the store file is damaged (" + message + ")";
    case SQLITE_CANTOPEN:
      return "cannot open the store file or create its journal beside it (" + message + ")";
    default:
      return message;
  }
}

std::string Db::error() const {
  if (!db_) return "not open";
  return describe_sqlite_error(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_));
}

Db::~Db() { close(); }

Status Db::open(const std::string& path, bool create) {
  close();
  path_ = path;
  // No mutex on the connection: a Db is used by one thread at a time (the server's pool hands
  // a connection over under its own lock), and the mutex cost every call into SQLite.
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  // The cipher over the WAL layer (store/wal_io_vfs.h): a commit's WAL frames reach the file in
  // a few writes, not two a page.
  int rc = sqlite3_open_v2(path.c_str(), &db_, flags, wal_io_vfs_name());
  if (rc != SQLITE_OK) {
    std::string msg = describe_sqlite_error(rc, db_ ? sqlite3_errmsg(db_) : "cannot open");
    close();
    return Status::IoError(msg);
  }
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  // A larger lookaside (SQLite's per-connection pool of small allocations): with the default
  // 40 slots, storing a document made about 1,500 calls to malloc; 400 slots (480 KB a
  // connection) took 4% off storing's instructions, and 1,000 slots no more.
  sqlite3_db_config(db_, SQLITE_DBCONFIG_LOOKASIDE, nullptr, kLookasideSlotBytes, kLookasideSlots);
  return Status::Ok();
}

Stmt& Db::cached(std::string_view sql) {
  // The SQL is nearly always a literal, passed from the same address each time: found by its
  // address and checked by its bytes, it needs no key string made and hashed (2% of storing).
  auto at = by_address_.find(sql.data());
  if (at != by_address_.end() && at->second.first == sql) {
    at->second.second->reset();
    return *at->second.second;
  }
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end()) {
    it->second.reset();
  } else {
    it = cache_.emplace(std::string(sql), Stmt(db_, sql)).first;
  }
  by_address_[sql.data()] = {std::string_view(it->first), &it->second};
  return it->second;
}

void Db::reset_cached() {
  for (auto& [sql, st] : cache_) st.reset();
}

void Db::close() {
  by_address_.clear();
  cache_.clear();
  if (db_) sqlite3_close_v2(db_);
  db_ = nullptr;
}

Status Db::exec(std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &err);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string msg = describe_sqlite_error(rc, err ? err : sqlite3_errstr(rc));
  sqlite3_free(err);
  return Status::IoError(msg);
}

int64_t Db::scalar(std::string_view sql, int64_t fallback) {
  Stmt st = prepare(sql);
  if (st.ok() && st.step()) return st.int64(0);
  return fallback;
}

Transaction::Transaction(Db* db) : db_(db) {
  begin_ = db_->exec("BEGIN IMMEDIATE");
  open_ = begin_.ok();
}

Transaction::~Transaction() {
  if (open_) db_->exec("ROLLBACK");
}

Status Transaction::commit() {
  if (!open_) return begin_;
  open_ = false;
  Status s = db_->exec("COMMIT");
  if (!s.ok()) db_->exec("ROLLBACK");
  return s;
}

}  // namespace casebook
