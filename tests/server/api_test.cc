// Issue 7 API tests against a real server on a free loopback port: browser sign-in with
// cookie and CSRF token, rate-limited login, the JSON error shape, size limits, pagination,
// upload and delete, review, merge and unmerge, the audit trail and the web UI's headers.
#include <gtest/gtest.h>

#include "server_test_util.h"
#include "store/audit.h"

namespace casebook::testing {
namespace {

std::string cookie_of(const httplib::Result& r) {
  std::string c = r->get_header_value("Set-Cookie");
  return c.substr(0, c.find(';'));
}

TEST(Api, Issue7HealthNeedsNoSignIn) {
  TestServer s("health");
  auto r = s.call("", "GET", "/api/v1/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(json_of(r)["status"], "ok");
}

TEST(Api, Issue7BrowserSessionCookieAndCsrf) {
  TestServer s("cookie");
  httplib::Client c = s.client();
  nlohmann::json login = {{"name", "editor1"}, {"password", s.password["editor"]}};
  auto r = c.Post("/api/v1/login", login.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  std::string set_cookie = r->get_header_value("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(set_cookie.find("Secure"), std::string::npos);  // no TLS here
  std::string cookie = cookie_of(r);
  std::string csrf = json_of(r)["csrf"];
  EXPECT_EQ(csrf.size(), 64u);
  // The token itself is never stored: only its hash is.
  std::string token = cookie.substr(cookie.find('=') + 1);
  {
    auto st = Store::open(s.db_path, "", false);
    Stmt q = (*st)->db()->prepare("SELECT count(*) FROM sessions WHERE token_hash = ?");
    q.bind(1, token);
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.int64(0), 0);
  }
  httplib::Headers h = {{"Cookie", cookie}};
  auto me = c.Get("/api/v1/me", h);
  EXPECT_EQ(json_of(me)["role"], "editor");
  std::string path = "/api/v1/events/" + std::to_string(s.public_event) + "/review";
  auto no_csrf = c.Post(path.c_str(), h, R"({"action":"accept"})", "application/json");
  EXPECT_EQ(no_csrf->status, 403);
  EXPECT_EQ(json_of(no_csrf)["error"]["code"], "csrf");
  h.emplace("X-CSRF-Token", csrf);
  auto ok = c.Post(path.c_str(), h, R"({"action":"accept"})", "application/json");
  EXPECT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(json_of(ok)["review"], "accepted");
  // A bearer token is not a cookie and the other way round.
  httplib::Headers wrong = {{"Authorization", "Bearer " + token}};
  EXPECT_EQ(c.Get("/api/v1/me", wrong)->status, 401);
  auto out = c.Post("/api/v1/logout", h, "", "application/json");
  EXPECT_EQ(out->status, 200);
  EXPECT_EQ(c.Get("/api/v1/me", h)->status, 401);
}

TEST(Api, Issue7LoginIsRateLimited) {
  ServeOptions o;
  o.login_attempts = 3;
  TestServer s("ratelimit", o);
  httplib::Client c = s.client();
  nlohmann::json bad = {{"name", "viewer1"}, {"password", "not the password"}};
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(c.Post("/api/v1/login", bad.dump(), "application/json")->status, 401);
  }
  auto limited = c.Post("/api/v1/login", bad.dump(), "application/json");
  EXPECT_EQ(limited->status, 429);
  EXPECT_EQ(json_of(limited)["error"]["code"], "rate_limited");
  // Even the right password waits out the minute.
  nlohmann::json good = {{"name", "viewer1"}, {"password", s.password["viewer"]}};
  EXPECT_EQ(c.Post("/api/v1/login", good.dump(), "application/json")->status, 429);
}

TEST(Api, Issue7ErrorsHaveOneShape) {
  ServeOptions o;
  o.max_body = 4096;
  TestServer s("errors", o);
  auto check = [](const httplib::Result& r, int status, const std::string& code) {
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, status) << r->body;
    nlohmann::json j = json_of(r);
    EXPECT_EQ(j["error"]["code"], code) << r->body;
    EXPECT_TRUE(j["error"]["message"].is_string());
  };
  check(s.call("viewer", "GET", "/api/v1/nothing-here"), 404, "not_found");
  check(s.call("viewer", "GET", "/api/v1/documents/424242"), 404, "not_found");
  check(s.call("viewer", "GET", "/api/v1/documents?cursor=abc"), 400, "invalid_input");
  check(s.call("viewer", "GET", "/api/v1/events?review=maybe"), 400, "invalid_input");
  check(s.call("viewer", "GET", "/api/v1/search"), 400, "invalid_input");
  check(s.call("editor", "POST", "/api/v1/documents", "{not json"), 400, "invalid_json");
  check(s.call("editor", "POST", "/api/v1/documents", R"({"content":""})"), 400,
        "invalid_document");
  check(s.call("editor", "POST", "/api/v1/documents", std::string(8000, 'x')), 413, "too_large");
  check(s.call("editor", "POST", "/api/v1/events/1/review", R"({"action":"shrug"})"), 400,
        "invalid_input");
}

// Issue 8's limits on request bodies: nesting depth, and one document per upload.
TEST(Api, Issue8DeepBodyAndSeveralDocumentsAreRefused) {
  TestServer s("limits");
  std::string deep = std::string(40, '[') + std::string(40, ']');
  auto r = s.call("editor", "POST", "/api/v1/documents", deep);
  EXPECT_EQ(r->status, 400);
  EXPECT_EQ(json_of(r)["error"]["code"], "too_deep");
  std::string shallow = R"({"content":"Police detained Ana Lima.","x":[[[1]]]})";
  EXPECT_EQ(s.call("editor", "POST", "/api/v1/documents", shallow)->status, 201);
  // A bracket inside a string is text, not nesting.
  std::string quoted =
      R"({"content":")" + std::string(40, '[') + R"( Police detained Rui Costa."})";
  EXPECT_EQ(s.call("editor", "POST", "/api/v1/documents", quoted)->status, 201);
  auto batch = s.call("editor", "POST", "/api/v1/documents",
                      R"([{"content":"Police detained A."},{"content":"Police detained B."}])");
  EXPECT_EQ(batch->status, 400);
  EXPECT_EQ(json_of(batch)["error"]["code"], "invalid_json");
}

TEST(Api, Issue7AFieldOfTheWrongTypeIsA400AndLeavesTheServerWell) {
  TestServer s("wrongtype");
  std::string review = "/api/v1/events/" + std::to_string(s.public_event) + "/review";
  for (int i = 0; i < 8; ++i) {  // more than the store connections, so each one is reused
    auto r = s.call("editor", "POST", review, R"({"action": 5})");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << r->body;
    EXPECT_EQ(json_of(r)["error"]["code"], "invalid_input");
  }
  auto ok = s.call("editor", "POST", review, R"({"action": "accept"})");
  EXPECT_EQ(ok->status, 200) << ok->body;
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(s.call("viewer", "GET", "/api/v1/events")->status, 200);
  }
}

TEST(Api, Issue7CursorPaginationWalksEveryRecordOnce) {
  TestServer s("pages");
  std::set<int64_t> seen;
  std::string cursor;
  int pages = 0;
  while (true) {
    auto r = s.call("analyst", "GET", "/api/v1/documents?limit=1&cursor=" + cursor);
    nlohmann::json j = json_of(r);
    for (const auto& d : j["items"]) EXPECT_TRUE(seen.insert(d["id"].get<int64_t>()).second);
    ++pages;
    if (j["next_cursor"].is_null()) break;
    cursor = j["next_cursor"];
    ASSERT_LT(pages, 10);
  }
  EXPECT_EQ(seen.size(), 3u);
}

TEST(Api, Issue7UploadShowDeleteAndAudit) {
  TestServer s("upload");
  nlohmann::json up = {{"content",
                        "<html><head><title>Activist detained in Baku</title></head><body><p>"
                        "Police in Azerbaijan detained the activist Leyla Guliyeva in Baku on "
                        "2 February 2023.</p></body></html>"},
                       {"source", "baku.html"},
                       {"format", "html"}};
  auto r = s.call("editor", "POST", "/api/v1/documents", up.dump());
  ASSERT_EQ(r->status, 201) << r->body;
  int64_t id = json_of(r)["id"];
  auto again = s.call("editor", "POST", "/api/v1/documents", up.dump());
  EXPECT_EQ(again->status, 200);
  EXPECT_TRUE(json_of(again)["unchanged"].get<bool>());
  nlohmann::json doc = json_of(s.call("viewer", "GET", "/api/v1/documents/" + std::to_string(id)));
  EXPECT_EQ(doc["title"], "Activist detained in Baku");
  EXPECT_NE(doc["text"].get<std::string>().find("Leyla Guliyeva"), std::string::npos);
  ASSERT_FALSE(doc["events"].empty());
  // Spans point into the text.
  auto trig = doc["events"][0]["trigger"];
  std::string text = doc["text"];
  EXPECT_EQ(text.substr(trig[0].get<size_t>(), trig[1].get<size_t>() - trig[0].get<size_t>()),
            trig[2].get<std::string>());
  // Text uploads with confidential=true are withheld from viewers at once.
  httplib::Client c = s.client();
  httplib::Headers h = {{"Authorization", "Bearer " + s.token["editor"]}};
  auto t = c.Post("/api/v1/documents?source=note.txt&confidential=true", h,
                  "Police in Georgia detained the priest Giorgi Beridze in Tbilisi on 4 April "
                  "2023.",
                  "text/plain");
  ASSERT_EQ(t->status, 201) << t->body;
  int64_t secret = json_of(t)["id"];
  EXPECT_EQ(s.call("viewer", "GET", "/api/v1/documents/" + std::to_string(secret))->status, 404);
  EXPECT_EQ(s.call("analyst", "GET", "/api/v1/documents/" + std::to_string(secret))->status, 200);
  auto del = s.call("editor", "DELETE", "/api/v1/documents/" + std::to_string(id));
  EXPECT_EQ(del->status, 200) << del->body;
  EXPECT_EQ(s.call("analyst", "GET", "/api/v1/documents/" + std::to_string(id))->status, 404);
  auto search = json_of(s.call("analyst", "GET", "/api/v1/search?q=Guliyeva"));
  EXPECT_EQ(search["total"], 0);
  // The audit log names who did what, and the chain holds.
  auto audit = json_of(s.call("admin", "GET", "/api/v1/audit?limit=500"));
  EXPECT_TRUE(audit["chain"]["ok"].get<bool>()) << audit["chain"];
  bool upload_by_editor = false, delete_by_editor = false;
  for (const auto& row : audit["items"]) {
    if (row["action"] == "upload" && row["detail"]["user"] == "editor1") upload_by_editor = true;
    if (row["action"] == "delete_document" && row["detail"]["user"] == "editor1") {
      delete_by_editor = true;
    }
  }
  EXPECT_TRUE(upload_by_editor);
  EXPECT_TRUE(delete_by_editor);
}

TEST(Api, Issue7MergeAndUnmergeKeepConfidentiality) {
  TestServer s("merge");
  std::string secret = std::to_string(s.secret_person);
  std::string pub = std::to_string(s.public_person);
  // Merging a confidential person into a public one makes the result confidential.
  auto m = s.call("editor", "POST", "/api/v1/people/" + secret + "/merge",
                  "{\"into\":" + pub + ",\"note\":\"test\"}");
  ASSERT_EQ(m->status, 200) << m->body;
  EXPECT_EQ(s.call("viewer", "GET", "/api/v1/people/" + pub)->status, 404);
  auto file = json_of(s.call("analyst", "GET", "/api/v1/people/" + pub));
  ASSERT_FALSE(file["merges"].empty());
  int64_t merge_id = file["merges"].back()["id"];
  auto u = s.call("editor", "POST", "/api/v1/merges/" + std::to_string(merge_id) + "/unmerge");
  ASSERT_EQ(u->status, 200) << u->body;
  // The unmerged entity keeps its confidential flag on its fresh cluster.
  auto people = s.call("viewer", "GET", "/api/v1/people");
  EXPECT_EQ(people->body.find("Rakhimov"), std::string::npos);
}

TEST(Api, Issue7AdminCreatesUsersWithOneTimePasswords) {
  TestServer s("users");
  auto r = s.call("admin", "POST", "/api/v1/users", R"({"name":"newcomer","role":"viewer"})");
  ASSERT_EQ(r->status, 201) << r->body;
  std::string password = json_of(r)["password"];
  EXPECT_EQ(password.size(), 20u);
  httplib::Client c = s.client();
  nlohmann::json login = {{"name", "newcomer"}, {"password", password}};
  EXPECT_EQ(c.Post("/api/v1/login", login.dump(), "application/json")->status, 200);
  // Stored as an Argon2id hash, never in clear.
  auto st = Store::open(s.db_path, "", false);
  Stmt q = (*st)->db()->prepare("SELECT password_hash FROM users WHERE name = 'newcomer'");
  ASSERT_TRUE(q.step());
  EXPECT_EQ(q.text(0).rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(s.call("admin", "POST", "/api/v1/users", R"({"name":"x","role":"king"})")->status, 400);
}

TEST(Api, Issue7WebUiIsServedWithStrictHeaders) {
  TestServer s("static");
  auto r = s.client().Get("/");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->get_header_value("Content-Type").find("text/html"), std::string::npos);
  std::string csp = r->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("default-src 'none'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST(Api, Issue7PublicAddressesAreRecognised) {
  EXPECT_FALSE(is_public_address("127.0.0.1"));
  EXPECT_FALSE(is_public_address("localhost"));
  EXPECT_FALSE(is_public_address("::1"));
  EXPECT_TRUE(is_public_address("0.0.0.0"));
  EXPECT_TRUE(is_public_address("192.168.1.10"));
}

}  // namespace
}  // namespace casebook::testing
