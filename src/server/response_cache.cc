// The read-answer cache of `casebook serve`: generations from PRAGMA data_version and the
// connection's own change count (see response_cache.h for why the order of steps matters).
#include "server/response_cache.h"

namespace casebook::server {
namespace {

int64_t data_version(sqlite3* db) {
  sqlite3_stmt* st = nullptr;
  int64_t v = -1;
  if (sqlite3_prepare_v2(db, "PRAGMA data_version", -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    v = sqlite3_column_int64(st, 0);
  }
  sqlite3_finalize(st);
  return v;
}

}  // namespace

uint64_t ResponseCache::generation() {
  std::lock_guard<std::mutex> lock(mu_);
  return generation_;
}

uint64_t ResponseCache::observe(sqlite3* db) {
  int64_t version = data_version(db);  // inside the transaction: this starts its snapshot
  int64_t changes = sqlite3_total_changes64(db);
  std::lock_guard<std::mutex> lock(mu_);
  Seen& s = seen_[db];
  // A failed pragma (-1) always counts as a change, so nothing stale is ever served.
  if (version < 0 || s.data_version != version || s.changes != changes) {
    ++generation_;
    s.data_version = version;
    s.changes = changes;
  }
  return generation_;
}

void ResponseCache::settle(sqlite3* db) {
  int64_t changes = sqlite3_total_changes64(db);
  std::lock_guard<std::mutex> lock(mu_);
  auto it = seen_.find(db);
  if (it != seen_.end()) it->second.changes = changes;
}

void ResponseCache::bump() {
  std::lock_guard<std::mutex> lock(mu_);
  ++generation_;
  entries_.clear();
  bytes_ = 0;
}

std::optional<std::string> ResponseCache::find(const std::string& key) {
  if (!enabled()) return std::nullopt;
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    ++misses_;
    return std::nullopt;
  }
  if (it->second.generation != generation_) {
    bytes_ -= it->second.body.size();
    entries_.erase(it);
    ++misses_;
    return std::nullopt;
  }
  ++hits_;
  return it->second.body;
}

void ResponseCache::put(const std::string& key, uint64_t generation, std::string body) {
  if (!enabled() || body.size() > kMaxBody) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (generation != generation_) return;  // already stale
  if (entries_.size() >= max_entries_ || bytes_ + body.size() > kMaxBytes) {
    std::erase_if(entries_, [&](const auto& e) {
      if (e.second.generation == generation_) return false;
      bytes_ -= e.second.body.size();
      return true;
    });
    if (entries_.size() >= max_entries_ || bytes_ + body.size() > kMaxBytes) {
      entries_.clear();
      bytes_ = 0;
    }
  }
  Entry& e = entries_[key];
  bytes_ += body.size();
  bytes_ -= e.body.size();
  e = {generation, std::move(body)};
}

}  // namespace casebook::server
