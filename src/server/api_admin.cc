// Admin routes: users (list, create with a one-time password, change role or password,
// delete) and the audit log with its chain check.
#include "server/api_context.h"
#include "store/audit.h"

namespace casebook::server {
namespace {

nlohmann::json user_json(const User& u) {
  return {
      {"id", u.id}, {"name", u.name}, {"role", role_name(u.role)}, {"created_at", u.created_at}};
}

}  // namespace

void Api::add_admin_routes() {
  route("GET", "/api/v1/audit", Role::kAdmin,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          Result<nlohmann::json> page = list_audit(c.db(), page_of(req));
          if (!page.ok()) return send_status(res, page.status());
          AuditReport r = audit_verify(c.db());
          (*page)["chain"] = {{"ok", r.ok}, {"rows", r.rows}, {"problem", r.problem}};
          send_json(res, *page);
        });

  route("GET", "/api/v1/users", Role::kAdmin,
        [](const httplib::Request&, httplib::Response& res, Call& c) {
          nlohmann::json items = nlohmann::json::array();
          for (const User& u : list_users(c.db())) items.push_back(user_json(u));
          send_json(res, {{"items", items}, {"next_cursor", nullptr}});
        });

  // The password is made here and shown once in the answer, never stored in clear.
  route("POST", "/api/v1/users", Role::kAdmin,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          std::optional<nlohmann::json> j = body_json(req, res);
          if (!j) return;
          Role role;
          if (!parse_role(j->value("role", ""), &role)) {
            return send_error(res, 400, "invalid_input",
                              "role must be admin, editor, analyst or viewer");
          }
          std::string password = random_password();
          Result<User> u = create_user(c.db(), j->value("name", ""), role, password, c.actor());
          if (!u.ok()) return send_status(res, u.status());
          nlohmann::json out = user_json(*u);
          out["password"] = password;
          send_json(res, out, 201);
        });

  route("PATCH", R"(/api/v1/users/(\d+))", Role::kAdmin,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (!id) return;
          std::optional<nlohmann::json> j = body_json(req, res);
          if (!j) return;
          nlohmann::json out = {{"id", id}};
          if (j->contains("role")) {
            Role role;
            if (!parse_role(j->value("role", ""), &role)) {
              return send_error(res, 400, "invalid_input",
                                "role must be admin, editor, analyst or viewer");
            }
            if (id == c.session.user.id && role != Role::kAdmin) {
              return send_error(res, 400, "invalid_input", "you cannot remove your own admin role");
            }
            Status s = set_user_role(c.db(), id, role, c.actor());
            if (!s.ok()) return send_status(res, s);
            out["role"] = role_name(role);
          }
          if (j->value("reset_password", false)) {
            std::string password = random_password();
            Status s = set_user_password(c.db(), id, password, c.actor());
            if (!s.ok()) return send_status(res, s);
            out["password"] = password;
          }
          send_json(res, out);
        });

  route("DELETE", R"(/api/v1/users/(\d+))", Role::kAdmin,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (!id) return;
          if (id == c.session.user.id) {
            return send_error(res, 400, "invalid_input", "you cannot delete yourself");
          }
          Status s = delete_user(c.db(), id, c.actor());
          if (!s.ok()) return send_status(res, s);
          send_json(res, {{"deleted", id}});
        });
}

}  // namespace casebook::server
