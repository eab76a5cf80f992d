// Signed-in sessions of `casebook serve` kept in memory, so a request whose answer is in the
// response cache is served without a store connection. Entries follow the response cache's
// generations: any commit seen (a logout, a role change, the CLI) makes them all stale.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "store/accounts.h"

namespace casebook::server {

class SessionCache {
 public:
  // The session of this token hash, when it was read under `generation` and has not expired
  // by `now` (seconds since the epoch).
  std::optional<SessionUser> find(const std::string& token_hash, uint64_t generation, int64_t now);
  // Keeps a session read from a snapshot that began under `generation` (read before it).
  void put(const std::string& token_hash, uint64_t generation, SessionUser session);

  // Sessions kept at most; past it, stale ones go first, then all.
  static constexpr size_t kMaxEntries = 4096;

 private:
  struct Entry {
    uint64_t generation;
    SessionUser session;
  };
  std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace casebook::server
