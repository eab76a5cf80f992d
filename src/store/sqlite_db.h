// A thin RAII layer over SQLite 3 Multiple Ciphers: one connection, prepared statements with
// typed binds, and errors as Status. Not thread-safe: one Db per thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "casebook/status.h"

namespace casebook {

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, std::string_view sql);
  Stmt(Stmt&& o) noexcept : st_(o.st_), db_(o.db_) { o.st_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt();

  bool ok() const { return st_ != nullptr; }
  // Binds are 1-based, as in SQLite. Strings are copied (SQLITE_TRANSIENT).
  Stmt& bind(int i, std::string_view v);
  Stmt& bind(int i, int64_t v);
  Stmt& bind_int(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind_blob(int i, std::string_view v);
  Stmt& bind_null(int i);
  // Binds NULL for an empty string, so "unknown" stays NULL in the database.
  Stmt& bind_opt(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }
  // Binds text without copying it (SQLITE_STATIC): the bytes must stay as they are until the
  // statement has run. For the writer's hot loops, whose rows are bound from an Extraction
  // that outlives the statement's run; a copy per value was 1% of storing.
  Stmt& bind_view(int i, std::string_view v);
  Stmt& bind_opt_view(int i, std::string_view v) {
    return v.empty() ? bind_null(i) : bind_view(i, v);
  }

  // True while a row is available; false at the end or on error (see rc()).
  bool step();
  int rc() const { return rc_; }
  // Runs to completion; returns SQLITE_DONE on success.
  int run();
  void reset();
  // Resets the statement but keeps its bindings, for a loop that binds every parameter again
  // for each row (reset() also clears them all, which was 1% of storing).
  void rewind();

  int64_t int64(int col) const { return sqlite3_column_int64(st_, col); }
  double real(int col) const { return sqlite3_column_double(st_, col); }
  bool is_null(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  std::string text(int col) const;
  std::string_view text_view(int col) const;

 private:
  sqlite3_stmt* st_ = nullptr;
  sqlite3* db_ = nullptr;
  int rc_ = SQLITE_OK;
};

// SQLite's message for `rc`, said plainly when the cause is outside casebook.
std::string describe_sqlite_error(int rc, const std::string& message);

class Db {
 public:
  Db() = default;
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  Status open(const std::string& path, bool create);
  void close();
  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

  // Runs one or more statements without results.
  Status exec(std::string_view sql);
  Stmt prepare(std::string_view sql) { return Stmt(db_, sql); }
  // A statement prepared once per connection and reset for reuse: for the per-document hot
  // path, where preparing dominated. Not for code that may re-enter with the same SQL while
  // the statement is stepping (recursion).
  Stmt& cached(std::string_view sql);
  // Resets every cached statement, so none holds a read open across COMMIT or ROLLBACK.
  void reset_cached();
  // The last error, in words a user can act on for the faults that come from outside (a
  // lock held by another process, a read-only or full disk, a damaged file).
  std::string error() const;
  int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  // A single integer from a query, or `fallback` when there is no row.
  int64_t scalar(std::string_view sql, int64_t fallback = 0);

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::unordered_map<std::string, Stmt> cache_;
  // The same statements by the address their SQL was last passed from, with that SQL (a view
  // of cache_'s key, whose nodes never move) to check it against.
  std::unordered_map<const char*, std::pair<std::string_view, Stmt*>> by_address_;
};

// Rolls back unless commit() was called, so an early return never leaves a half transaction.
class Transaction {
 public:
  explicit Transaction(Db* db);
  ~Transaction();
  Status commit();
  const Status& begin_status() const { return begin_; }

 private:
  Db* db_;
  bool open_ = false;
  Status begin_;
};

}  // namespace casebook
