// The server's frame: TLS or plain HTTP, the thread pool, limits, security headers on every
// answer, JSON errors (also for httplib's own 404 and 413), store connections and the
// route wrapper that checks the session, the role and the CSRF token.
#include "server/api_server.h"

#include <sqlite3.h>
#include <sys/socket.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "core/sha256.h"
#include "server/api_context.h"

namespace casebook {

bool is_public_address(const std::string& host) {
  return !(host == "localhost" || host == "::1" || host == "[::1]" || host.rfind("127.", 0) == 0);
}

namespace server {

Result<std::unique_ptr<Store>> StorePool::take() {
  {
    std::unique_lock<std::mutex> lock(mu_);
    if (waiters_.empty() && !idle_.empty()) {
      std::unique_ptr<Store> s = std::move(idle_.back());
      idle_.pop_back();
      return s;
    }
    if (waiters_.empty() && open_ < size_) {
      ++open_;
    } else {
      Waiter w;
      waiters_.push_back(&w);
      w.cv.wait(lock, [&] { return w.store != nullptr || w.may_open; });
      if (w.store) return std::move(w.store);
    }
  }
  return open();
}

Result<std::unique_ptr<Store>> StorePool::open() {
  Result<std::unique_ptr<Store>> s = Store::open(path_, key_, false);
  if (!s.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    --open_;
    pass_open_slot();
    return s.status();
  }
  // Readers and the one writer share the WAL; a writer waits for another rather than failing.
  sqlite3_busy_timeout((*s)->db()->handle(), 10000);
  return std::move(*s);
}

void StorePool::pass_open_slot() {
  if (waiters_.empty() || open_ >= size_) return;
  Waiter* w = waiters_.front();
  waiters_.pop_front();
  ++open_;
  w->may_open = true;
  w->cv.notify_one();
}

void StorePool::give_back(std::unique_ptr<Store> s) {
  std::lock_guard<std::mutex> lock(mu_);
  if (waiters_.empty()) {
    idle_.push_back(std::move(s));
    return;
  }
  Waiter* w = waiters_.front();
  waiters_.pop_front();
  w->store = std::move(s);
  w->cv.notify_one();
}

namespace {
int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}
}  // namespace

bool LoginLimiter::allowed(const std::string& who) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = failures_.find(who);
  if (it == failures_.end()) return true;
  int64_t cutoff = now_seconds() - 60;
  std::erase_if(it->second, [&](int64_t t) { return t < cutoff; });
  return static_cast<int>(it->second.size()) < per_minute_;
}

void LoginLimiter::failed(const std::string& who) {
  std::lock_guard<std::mutex> lock(mu_);
  if (failures_.size() > 100000) failures_.clear();  // bounded memory under a flood
  failures_[who].push_back(now_seconds());
}

void LoginLimiter::succeeded(const std::string& who) {
  std::lock_guard<std::mutex> lock(mu_);
  failures_.erase(who);
}

void send_error(httplib::Response& res, int status, const std::string& code,
                const std::string& message) {
  nlohmann::json j = {{"error", {{"code", code}, {"message", message}}}};
  res.status = status;
  res.set_content(j.dump(), "application/json");
}

void send_status(httplib::Response& res, const Status& s) {
  switch (s.code()) {
    case Status::Code::kInvalidInput:
      return send_error(res, 400, "invalid_input", s.message());
    case Status::Code::kNotFound:
      return send_error(res, 404, "not_found", s.message());
    case Status::Code::kTooLarge:
      return send_error(res, 413, "too_large", s.message());
    case Status::Code::kUnsupported:
      return send_error(res, 400, "unsupported", s.message());
    default:
      return send_error(res, 500, "internal", s.message());
  }
}

void send_json(httplib::Response& res, const nlohmann::json& j, int status) {
  res.status = status;
  res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

// How deeply a request body's arrays and objects may nest. casebook's bodies are flat
// objects; a deep body ("[[[[...") would only make the parser and the value's destruction
// work through millions of levels.
constexpr int kMaxJsonDepth = 32;

// The deepest nesting of [ and { outside strings, stopping once it passes kMaxJsonDepth.
int json_depth(std::string_view body) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
      if (deepest > kMaxJsonDepth) break;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

std::optional<nlohmann::json> body_json(const httplib::Request& req, httplib::Response& res) {
  if (json_depth(req.body) > kMaxJsonDepth) {
    send_error(res, 400, "too_deep",
               "the request body nests more than " + std::to_string(kMaxJsonDepth) + " levels");
    return std::nullopt;
  }
  nlohmann::json j = nlohmann::json::parse(req.body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    send_error(res, 400, "invalid_json", "the request body must be a JSON object");
    return std::nullopt;
  }
  return j;
}

int64_t path_id(const httplib::Request& req, httplib::Response& res, int group) {
  const std::string s = req.matches[group];
  int64_t v = 0;
  if (s.empty() || s.size() > 18) {
    send_error(res, 404, "not_found", "no such record");
    return 0;
  }
  for (char c : s) v = v * 10 + (c - '0');
  if (v == 0) send_error(res, 404, "not_found", "no such record");
  return v;
}

const char* cluster_kind(const std::string& segment) {
  if (segment == "people") return "person";
  if (segment == "organisations") return "organization";
  return "place";
}

BrowseFilters filters_of(const httplib::Request& req) {
  BrowseFilters f;
  f.type = req.get_param_value("type");
  f.country = req.get_param_value("country");
  f.from = req.get_param_value("from");
  f.to = req.get_param_value("to");
  f.review = req.get_param_value("review");
  f.confidential = req.get_param_value("confidential");
  f.name = req.get_param_value("name");
  std::string person = req.get_param_value("person");
  for (char c : person) {
    if (c < '0' || c > '9' || person.size() > 18) {
      f.person = -1;  // matches nobody
      return f;
    }
    f.person = f.person * 10 + (c - '0');
  }
  return f;
}

Page page_of(const httplib::Request& req) {
  Page p;
  p.cursor = req.get_param_value("cursor");
  std::string l = req.get_param_value("limit");
  if (!l.empty()) p.limit = std::atoi(l.c_str());
  return p;
}

std::string request_token(const httplib::Request& req, bool* bearer) {
  *bearer = false;
  std::string auth = req.get_header_value("Authorization");
  if (auth.rfind("Bearer ", 0) == 0) {
    *bearer = true;
    return auth.substr(7);
  }
  std::string cookies = req.get_header_value("Cookie");
  std::string want = std::string(kSessionCookie) + "=";
  size_t pos = 0;
  while (pos < cookies.size()) {
    size_t end = cookies.find(';', pos);
    if (end == std::string::npos) end = cookies.size();
    std::string part = cookies.substr(pos, end - pos);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    if (part.rfind(want, 0) == 0) return part.substr(want.size());
    pos = end + 1;
  }
  return "";
}

Api::Api(const ServeOptions& o)
    : o_(o),
      limiter_(o.login_attempts),
      cache_(static_cast<size_t>(std::max(0, o.cache_entries))) {}

const Pipeline& Api::pipeline() {
  std::call_once(pipeline_once_, [this] { pipeline_ = std::make_unique<Pipeline>(); });
  return *pipeline_;
}

Status Api::init() {
  if (o_.tls_cert.empty() != o_.tls_key.empty()) {
    return Status::InvalidInput("--tls-cert and --tls-key go together");
  }
  {
    // Creates and migrates the store once, before any worker opens it.
    Result<std::unique_ptr<Store>> s = Store::open(o_.db, o_.key, true);
    if (!s.ok()) return Status::InvalidInput(o_.db + ": " + s.status().message());
  }
  pool_ = std::make_unique<StorePool>(o_.db, o_.key, o_.connections);
  {
    // Every worker's connection is opened now, so no request waits for one.
    std::vector<std::unique_ptr<Store>> warm;
    for (int i = 0; i < o_.connections; ++i) {
      Result<std::unique_ptr<Store>> s = pool_->take();
      if (!s.ok()) return s.status();
      warm.push_back(std::move(*s));
    }
    for (auto& s : warm) {
      // Each connection's first look at the store moves the cache's generation on; done here,
      // the first clients' answers are kept at once instead of being dropped by each other.
      if (s->db()->exec("BEGIN").ok()) {
        cache_.observe(s->db()->handle());
        s->db()->exec("COMMIT");
        cache_.settle(s->db()->handle());
      }
      pool_->give_back(std::move(s));
    }
  }
  if (cache_.enabled()) {
    Result<std::unique_ptr<Store>> s = Store::open(o_.db, o_.key, false);
    if (!s.ok()) return s.status();
    watch_ = std::move(*s);
    cache_.observe(watch_->db()->handle());
  }
  if (tls()) {
    auto ssl = std::make_unique<httplib::SSLServer>(o_.tls_cert.c_str(), o_.tls_key.c_str());
    if (!ssl->is_valid()) {
      return Status::InvalidInput("cannot load the TLS certificate or key (" + o_.tls_cert + ", " +
                                  o_.tls_key + ")");
    }
    http_ = std::move(ssl);
  } else {
    http_ = std::make_unique<httplib::Server>();
  }
  int threads = o_.threads;
  http_->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http_->set_payload_max_length(o_.max_body);
  http_->set_read_timeout(10);
  http_->set_write_timeout(30);
  http_->set_keep_alive_max_count(1000);
  // httplib writes the headers and the body in separate sends; with Nagle on, the body waits
  // for the client's delayed ACK (40 ms on Linux), the whole latency of a cached answer.
  http_->set_tcp_nodelay(true);
  http_->set_socket_options([this](socket_t sock) {
    httplib::default_socket_options(sock);
    listen_fd_ = sock;
  });
  httplib::Headers headers = {
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
       " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Cache-Control", "no-store"}};
  if (tls()) headers.emplace("Strict-Transport-Security", "max-age=31536000");
  http_->set_default_headers(headers);
  http_->set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 413) {
      send_error(res, 413, "too_large", "the request body is larger than the server accepts");
    } else if (res.status == 404) {
      send_error(res, 404, "not_found", "no such path");
    } else {
      send_error(res, res.status, "http_" + std::to_string(res.status), "request failed");
    }
  });
  http_->set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
        try {
          std::rethrow_exception(e);
        } catch (const nlohmann::json::exception&) {
          // A field of the wrong JSON type, e.g. {"action": 5}.
          send_error(res, 400, "invalid_input", "a field of the request has the wrong type");
        } catch (...) {
          send_error(res, 500, "internal", "the server failed on this request");
        }
      });
  add_auth_routes();
  add_read_routes();
  add_write_routes();
  add_admin_routes();
  add_static_routes();
  return Status::Ok();
}

Result<int> Api::bind() {
  if (o_.port == 0) {
    port_ = http_->bind_to_any_port(o_.host);
    if (port_ <= 0) return Status::IoError("cannot listen on " + o_.host);
  } else {
    if (!http_->bind_to_port(o_.host, o_.port)) {
      return Status::IoError("cannot listen on " + o_.host + ":" + std::to_string(o_.port));
    }
    port_ = o_.port;
  }
  // Debian's httplib listens with a backlog of 5, compiled into its library: 50 clients
  // connecting at once lose SYNs and wait the kernel's one-second retransmission. Listening
  // again on the same socket only raises the queue.
  if (listen_fd_ >= 0) ::listen(listen_fd_, SOMAXCONN);
  return port_;
}

std::string Api::url() const {
  std::string host = o_.host.find(':') != std::string::npos ? "[" + o_.host + "]" : o_.host;
  return std::string(tls() ? "https" : "http") + "://" + host + ":" + std::to_string(port_) + "/";
}

namespace {

// The cache key: the reader's access, the path and every query parameter (httplib keeps them
// sorted by name), each length-prefixed so no two URLs share a key.
std::string cache_key(const Access& a, const httplib::Request& req) {
  std::string key = a.confidential ? "all " : "unrestricted ";
  key += req.path;
  for (const auto& [k, v] : req.params) {
    key += '\n' + std::to_string(k.size()) + ':' + k + std::to_string(v.size()) + ':' + v;
  }
  return key;
}

}  // namespace

std::optional<std::string> Api::cached_answer(const httplib::Request& req, Role min_role) {
  bool bearer = false;
  std::string token = request_token(req, &bearer);
  if (token.size() != 64) return std::nullopt;
  {
    // Outside any transaction, the pragma reads the newest commit of any connection or process.
    std::lock_guard<std::mutex> lock(watch_mu_);
    if (!watch_) return std::nullopt;
    cache_.observe(watch_->db()->handle());
  }
  std::optional<SessionUser> su = sessions_.find(sha256_hex(token), cache_.generation(),
                                                 static_cast<int64_t>(std::time(nullptr)));
  if (!su || (su->kind == "bearer") != bearer || su->user.role < min_role) return std::nullopt;
  Access access;
  access.confidential = su->user.role >= Role::kAnalyst;
  return cache_.find(cache_key(access, req));
}

void Api::route(const char* method, const std::string& pattern, Role min_role, Handler h) {
  add_route(method, pattern, min_role, false, std::move(h));
}

void Api::cached_route(const std::string& pattern, Role min_role, Handler h) {
  add_route("GET", pattern, min_role, true, std::move(h));
}

void Api::add_route(const char* method, const std::string& pattern, Role min_role, bool cached,
                    Handler h) {
  std::string m = method;
  bool writes = m != "GET";
  auto wrapped = [this, min_role, writes, cached, h](const httplib::Request& req,
                                                     httplib::Response& res) {
    if (cached && cache_.enabled()) {
      if (std::optional<std::string> body = cached_answer(req, min_role)) {
        res.status = 200;
        res.set_content(std::move(*body), "application/json");
        return;
      }
    }
    // Read before any snapshot of this request starts (response_cache.h).
    uint64_t start_generation = cache_.generation();
    Result<std::unique_ptr<Store>> store = pool_->take();
    if (!store.ok()) return send_status(res, store.status());
    struct Lease {
      StorePool* pool;
      std::unique_ptr<Store> s;
      // A handler that threw (httplib answers 500) may have left a transaction open; the
      // connection goes back clean, and the restricted set, whose rebuild was rolled back
      // with it, is rebuilt on next use.
      ~Lease() {
        s->rollback();
        Db* db = s->db();
        if (!sqlite3_get_autocommit(db->handle())) {
          db->reset_cached();
          db->exec("ROLLBACK");
          db->exec("DROP TABLE IF EXISTS temp.restricted_docs");
        }
        pool->give_back(std::move(s));
      }
    } lease{pool_.get(), std::move(*store)};
    Call call;
    call.store = lease.s.get();
    std::string token = request_token(req, &call.bearer);
    if (token.empty()) return send_error(res, 401, "unauthenticated", "sign in first");
    // A read takes one snapshot for the whole answer, the session check included: the
    // restricted set and the queries agree, and the WAL is locked once per request, not twice.
    Db* db = call.db();
    if (!writes && !db->exec("BEGIN").ok()) {
      return send_error(res, 503, "unavailable", "store busy");
    }
    // A refused read ends its transaction cleanly (the Lease would roll it back and drop the
    // restricted set, to be rebuilt by the next request).
    auto deny = [&](int status, const char* code, const std::string& message) {
      if (!writes) {
        db->reset_cached();
        db->exec("COMMIT");
      }
      send_error(res, status, code, message);
    };
    Result<SessionUser> su = find_session(db, token);
    if (!su.ok()) return deny(401, "unauthenticated", "session expired; sign in again");
    if (!writes && cache_.enabled()) sessions_.put(sha256_hex(token), start_generation, *su);
    call.session = std::move(*su);
    // A bearer token only works as a bearer header, a cookie session only as a cookie.
    if ((call.session.kind == "bearer") != call.bearer) {
      return deny(401, "unauthenticated", "this token cannot be used this way");
    }
    if (call.session.user.role < min_role) {
      return deny(403, "forbidden", std::string("needs the ") + role_name(min_role) + " role");
    }
    call.access.confidential = call.session.user.role >= Role::kAnalyst;
    if (writes && !call.bearer && req.get_header_value("X-CSRF-Token") != call.session.csrf) {
      return send_error(res, 403, "csrf", "missing or wrong X-CSRF-Token header");
    }
    if (writes) {
      std::lock_guard<std::mutex> lock(write_mu_);
      h(req, res, call);
      cache_.bump();
    } else {
      cache_.observe(db->handle());  // the snapshot began with the session check
      std::string key;
      if (cached && cache_.enabled()) {
        key = cache_key(call.access, req);
        if (std::optional<std::string> body = cache_.find(key)) {
          db->exec("COMMIT");
          res.status = 200;
          res.set_content(std::move(*body), "application/json");
          return;
        }
      }
      h(req, res, call);
      db->reset_cached();
      db->exec("COMMIT");
      cache_.settle(db->handle());
      if (!key.empty() && res.status == 200) cache_.put(key, start_generation, res.body);
    }
  };
  if (m == "GET") {
    http_->Get(pattern, wrapped);
  } else if (m == "POST") {
    http_->Post(pattern, wrapped);
  } else if (m == "PUT") {
    http_->Put(pattern, wrapped);
  } else if (m == "PATCH") {
    http_->Patch(pattern, wrapped);
  } else {
    http_->Delete(pattern, wrapped);
  }
}

}  // namespace server

Result<std::unique_ptr<ApiServer>> ApiServer::create(const ServeOptions& options) {
  auto api = std::make_unique<server::Api>(options);
  Status s = api->init();
  if (!s.ok()) return s;
  return std::unique_ptr<ApiServer>(std::move(api));
}

}  // namespace casebook
