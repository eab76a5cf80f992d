// `casebook serve`: the HTTP JSON API under /api/v1 and the web UI, over one case store.
// Requests run on a fixed thread pool; each worker borrows its own store connection (SQLite
// connections are single-threaded), and writes take one lock so two never race to upgrade.
#pragma once

#include <memory>
#include <string>

#include "casebook/status.h"

namespace casebook {

struct ServeOptions {
  std::string db = "casebook.db";
  std::string key;  // the store's key bytes; empty for an unencrypted store
  std::string host = "127.0.0.1";
  int port = 8080;                // 0: any free port (tests)
  std::string tls_cert, tls_key;  // PEM files; both or neither
  // Worker threads: each keep-alive client holds one while connected, so there are more of
  // them than store connections (the work itself is bounded by `connections`).
  int threads = 64;
  int connections = 4;         // store connections, i.e. queries at once
  size_t max_body = 8u << 20;  // larger request bodies get 413
  int login_attempts = 5;      // failed logins per name and address per minute
  int64_t session_seconds = 12 * 3600;
  // Answers of the list and search routes kept per reader access and URL until any commit
  // (server/response_cache.h); 0 turns the cache off.
  int cache_entries = 512;
};

class ApiServer {
 public:
  // Opens the store (creating it when absent) and prepares the routes; nothing listens yet.
  static Result<std::unique_ptr<ApiServer>> create(const ServeOptions& options);
  virtual ~ApiServer() = default;

  // Binds the address; returns the bound port (useful with port 0).
  virtual Result<int> bind() = 0;
  // Serves until stop(); blocks.
  virtual void run() = 0;
  virtual void stop() = 0;
  // "http://127.0.0.1:8080/" or https.
  virtual std::string url() const = 0;
};

// True for addresses other people can reach (not 127.0.0.0/8, ::1 or localhost).
bool is_public_address(const std::string& host);

}  // namespace casebook
