// Sign-in, sign-out, the current user, bearer tokens for API clients, and health. A browser
// session is a cookie (HttpOnly, SameSite=Strict, Secure under TLS) plus a CSRF token the UI
// sends back as a header; an API client sends "Authorization: Bearer TOKEN".
#include "server/api_context.h"
#include "store/audit.h"
#include "store/schema.h"

namespace casebook::server {
namespace {

nlohmann::json user_json(const User& u) {
  return {{"id", u.id}, {"name", u.name}, {"role", role_name(u.role)}};
}

}  // namespace

void Api::add_auth_routes() {
  http_->Get("/api/v1/health", [this](const httplib::Request&, httplib::Response& res) {
    Result<std::unique_ptr<Store>> s = pool_->take();
    if (!s.ok()) return send_error(res, 503, "unavailable", "the store cannot be opened");
    int version = schema_version((*s)->db());
    pool_->give_back(std::move(*s));
    send_json(res, {{"status", "ok"}, {"schema", version}});
  });

  http_->Post("/api/v1/login", [this](const httplib::Request& req, httplib::Response& res) {
    std::optional<nlohmann::json> body = body_json(req, res);
    if (!body) return;
    std::string name = body->value("name", ""), password = body->value("password", "");
    if (name.empty() || password.empty()) {
      return send_error(res, 400, "invalid_input", "name and password are required");
    }
    std::string who = req.remote_addr + "|" + name;
    if (!limiter_.allowed(who)) {
      res.set_header("Retry-After", "60");
      return send_error(res, 429, "rate_limited", "too many failed sign-ins; wait a minute");
    }
    Result<std::unique_ptr<Store>> s = pool_->take();
    if (!s.ok()) return send_status(res, s.status());
    Db* db = (*s)->db();
    Result<User> u = check_password(db, name, password);
    if (!u.ok()) {
      limiter_.failed(who);
      pool_->give_back(std::move(*s));
      return send_error(res, 401, "unauthenticated", "wrong user name or password");
    }
    limiter_.succeeded(who);
    Result<NewSession> ns = [&]() -> Result<NewSession> {
      std::lock_guard<std::mutex> lock(write_mu_);
      return create_session(db, u->id, "cookie", o_.session_seconds);
    }();
    pool_->give_back(std::move(*s));
    if (!ns.ok()) return send_status(res, ns.status());
    std::string cookie =
        std::string(kSessionCookie) + "=" + ns->token +
        "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(o_.session_seconds) +
        (tls() ? "; Secure" : "");
    res.set_header("Set-Cookie", cookie);
    nlohmann::json j = user_json(*u);
    j["csrf"] = ns->csrf;
    send_json(res, j);
  });

  route("POST", "/api/v1/logout", Role::kViewer,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          bool bearer = false;
          Status s = delete_session(c.db(), request_token(req, &bearer));
          if (!s.ok()) return send_status(res, s);
          res.set_header("Set-Cookie", std::string(kSessionCookie) +
                                           "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
          send_json(res, {{"signed_out", true}});
        });

  route("GET", "/api/v1/me", Role::kViewer,
        [](const httplib::Request&, httplib::Response& res, Call& c) {
          nlohmann::json j = user_json(c.session.user);
          j["csrf"] = c.bearer ? "" : c.session.csrf;
          send_json(res, j);
        });

  // A bearer token for the signed-in user, shown once.
  route("POST", "/api/v1/tokens", Role::kViewer,
        [this](const httplib::Request&, httplib::Response& res, Call& c) {
          Result<NewSession> ns =
              create_session(c.db(), c.session.user.id, "bearer", 90LL * 24 * 3600);
          if (!ns.ok()) return send_status(res, ns.status());
          nlohmann::json detail = {{"user", c.actor()}, {"kind", "bearer"}};
          Status s = audit_append(c.db(), "token", detail.dump());
          if (!s.ok()) return send_status(res, s);
          send_json(res, {{"token", ns->token}, {"expires_in", 90LL * 24 * 3600}}, 201);
        });
  (void)o_;
}

}  // namespace casebook::server
