// Answers of read routes kept for the same reader access and URL until the store changes.
// Any commit anywhere (this server's writes, the CLI, another process) invalidates them all.
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace casebook::server {

// Every entry carries the store generation it was computed under; the generation moves on
// when any connection of the server sees a commit it has not seen before (PRAGMA
// data_version for other connections and processes, sqlite3_total_changes64 for its own),
// and after every write route. An entry is served only while its generation is current.
//
// A read request uses it so:
//   1. `start = generation()` before its read transaction starts;
//   2. `observe(db)` inside the transaction, before any lookup (the snapshot may have begun
//      already, with the session check, but not before step 1);
//   3. `find(key)`; on a miss, the answer is computed and `put(key, start, body)`.
// Storing under the generation read *before* the snapshot means an answer from a snapshot
// that a later commit made stale is already out of date when that commit is first seen.
class ResponseCache {
 public:
  // max_entries 0 turns the cache off (every find misses, put keeps nothing).
  explicit ResponseCache(size_t max_entries) : max_entries_(max_entries) {}

  uint64_t generation();
  // Compares the connection's data_version and change count with what it saw last time and
  // moves the generation on when either moved (or the connection is new). Must run inside
  // the request's read transaction. Returns the current generation.
  uint64_t observe(sqlite3* db);
  // Records the connection's change count at the end of a read, so the TEMP-table writes of
  // the read itself (the restricted set) do not count as a commit next time.
  void settle(sqlite3* db);
  void bump();

  std::optional<std::string> find(const std::string& key);
  void put(const std::string& key, uint64_t generation, std::string body);

  bool enabled() const { return max_entries_ > 0; }
  // Lookups answered and not answered since the start.
  uint64_t hits() const { return hits_; }
  uint64_t misses() const { return misses_; }
  // Answers larger than this are not kept, and all kept answers together stay under
  // kMaxBytes: memory stays bounded whatever the entry count.
  static constexpr size_t kMaxBody = 1u << 20;
  static constexpr size_t kMaxBytes = 64u << 20;

 private:
  struct Entry {
    uint64_t generation;
    std::string body;
  };
  struct Seen {
    int64_t data_version = -1, changes = -1;
  };
  size_t max_entries_;
  std::mutex mu_;
  uint64_t generation_ = 1;
  size_t bytes_ = 0;  // sum of the kept bodies' sizes
  std::atomic<uint64_t> hits_{0}, misses_{0};
  std::unordered_map<sqlite3*, Seen> seen_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace casebook::server
