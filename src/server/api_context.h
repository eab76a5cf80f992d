// Internal to src/server: the server's state and the per-request call (the user, their
// access and a borrowed store connection), shared by the route files.
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "server/api_server.h"
#include "server/response_cache.h"
#include "server/session_cache.h"
#include "store/accounts.h"
#include "store/browse.h"
#include "store/store.h"

namespace casebook::server {

// Store connections: at most `size`, opened on first need; requests wait for a free one in
// arrival order. Worker threads outnumber connections because an idle keep-alive client
// holds its thread. A returned connection goes straight to the longest waiter, which alone
// is woken: waking every waiter to re-check (notify_all) cost a context switch per waiting
// thread per request, and most of the server's time under 50 clients (NOTES.md).
class StorePool {
 public:
  StorePool(std::string path, std::string key, int size)
      : path_(std::move(path)), key_(std::move(key)), size_(size) {}
  Result<std::unique_ptr<Store>> take();
  void give_back(std::unique_ptr<Store> s);

 private:
  struct Waiter {
    std::condition_variable cv;
    std::unique_ptr<Store> store;  // handed over by give_back
    bool may_open = false;         // or leave to open a new connection
  };
  Result<std::unique_ptr<Store>> open();
  // Lets a waiter open the connection a failed open() left unused. Needs mu_.
  void pass_open_slot();

  std::string path_, key_;
  int size_;
  int open_ = 0;
  std::mutex mu_;
  std::deque<Waiter*> waiters_;  // first come, first served: no request starves
  std::vector<std::unique_ptr<Store>> idle_;
};

// Failed logins per (address, name) in a sliding minute.
class LoginLimiter {
 public:
  explicit LoginLimiter(int per_minute) : per_minute_(per_minute) {}
  bool allowed(const std::string& who);
  void failed(const std::string& who);
  void succeeded(const std::string& who);

 private:
  int per_minute_;
  std::mutex mu_;
  std::map<std::string, std::vector<int64_t>> failures_;
};

// What a handler gets: the acting user and a store connection for this request.
struct Call {
  SessionUser session;
  bool bearer = false;
  Access access;
  Store* store = nullptr;
  Db* db() { return store->db(); }
  const std::string& actor() const { return session.user.name; }
};

using Handler = std::function<void(const httplib::Request&, httplib::Response&, Call&)>;

// Writes {"error": {"code", "message"}}.
void send_error(httplib::Response& res, int status, const std::string& code,
                const std::string& message);
// 400 / 404 / 413 / 500 from a Status.
void send_status(httplib::Response& res, const Status& s);
void send_json(httplib::Response& res, const nlohmann::json& j, int status = 200);
// The request body as a JSON object, or a 400 sent and nullopt.
std::optional<nlohmann::json> body_json(const httplib::Request& req, httplib::Response& res);
// The path's numeric id (matches[1]), or a 404 sent and 0.
int64_t path_id(const httplib::Request& req, httplib::Response& res, int group = 1);
// The path segment "people", "organisations" or "places" as clusters.kind.
const char* cluster_kind(const std::string& segment);
BrowseFilters filters_of(const httplib::Request& req);
Page page_of(const httplib::Request& req);

class Api : public ApiServer {
 public:
  explicit Api(const ServeOptions& o);
  Status init();
  Result<int> bind() override;
  void run() override { http_->listen_after_bind(); }
  void stop() override { http_->stop(); }
  std::string url() const override;

  // Registers a route that needs a signed-in user of at least `min_role`. State-changing
  // methods from cookie sessions must carry the session's CSRF token (X-CSRF-Token), and run
  // under the write lock.
  void route(const char* method, const std::string& pattern, Role min_role, Handler h);
  // A GET route whose answer depends only on the reader's access and the URL: answers with
  // status 200 are kept in the response cache until the store changes.
  void cached_route(const std::string& pattern, Role min_role, Handler h);

  void add_auth_routes();
  void add_read_routes();
  void add_write_routes();
  void add_admin_routes();
  void add_static_routes();

  const ServeOptions& options() const { return o_; }
  const Pipeline& pipeline();
  bool tls() const { return !o_.tls_cert.empty(); }
  StorePool& pool() { return *pool_; }
  LoginLimiter& limiter() { return limiter_; }
  std::mutex& write_lock() { return write_mu_; }
  ResponseCache& cache() { return cache_; }

 private:
  ServeOptions o_;
  std::unique_ptr<httplib::Server> http_;
  std::unique_ptr<StorePool> pool_;
  LoginLimiter limiter_;
  ResponseCache cache_;
  SessionCache sessions_;
  // A connection of its own that only asks whether anything committed (PRAGMA data_version),
  // so a cached answer needs no pooled connection.
  std::unique_ptr<Store> watch_;
  std::mutex watch_mu_;
  std::mutex write_mu_;
  std::once_flag pipeline_once_;
  std::unique_ptr<Pipeline> pipeline_;
  int port_ = 0;
  int listen_fd_ = -1;  // the listening socket, seen as httplib creates it

  void add_route(const char* method, const std::string& pattern, Role min_role, bool cached,
                 Handler h);
  // The cached answer for this request when its session is known in memory, nothing has
  // committed since both were kept, and the role may read the route; nothing otherwise (the
  // request then takes the full path, which also gives any error).
  std::optional<std::string> cached_answer(const httplib::Request& req, Role min_role);
};

// The session token from the Authorization: Bearer header or the session cookie.
std::string request_token(const httplib::Request& req, bool* bearer);
inline constexpr const char* kSessionCookie = "casebook_session";

}  // namespace casebook::server
