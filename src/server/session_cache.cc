// Sessions kept by token hash and store generation (see session_cache.h).
#include "server/session_cache.h"

namespace casebook::server {

std::optional<SessionUser> SessionCache::find(const std::string& token_hash, uint64_t generation,
                                              int64_t now) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end()) return std::nullopt;
  if (it->second.generation != generation || it->second.session.expires < now) {
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.session;
}

void SessionCache::put(const std::string& token_hash, uint64_t generation, SessionUser session) {
  std::lock_guard<std::mutex> lock(mu_);
  if (entries_.size() >= kMaxEntries && !entries_.count(token_hash)) {
    std::erase_if(entries_, [&](const auto& e) { return e.second.generation != generation; });
    if (entries_.size() >= kMaxEntries) entries_.clear();
  }
  entries_[token_hash] = {generation, std::move(session)};
}

}  // namespace casebook::server
