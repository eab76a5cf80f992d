// Issue 7 access matrix: every role (and nobody) against every endpoint, on confidential and
// non-confidential records. Statuses are asserted per cell; every answer a viewer gets is
// searched for anything from a confidential document or person, and the same listings as an
// analyst must show those records (so the filter, not missing data, is what hides them).
#include <gtest/gtest.h>

#include "server_test_util.h"

namespace casebook::testing {
namespace {

struct Endpoint {
  std::string method, path, body;
  int min_role;       // 0 viewer .. 3 admin
  int ok_status;      // what an allowed role gets
  bool analyst_sees;  // an analyst's answer contains confidential records
  int viewer_status;  // what a viewer gets when min_role is 0 (404 for withheld records)
};

class AccessMatrix : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer("matrix"); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static TestServer* server_;

  std::vector<Endpoint> endpoints() const {
    const TestServer& s = *server_;
    auto id = [](int64_t v) { return std::to_string(v); };
    std::string upload = nlohmann::json({{"content", kPublicDoc}, {"format", "text"}}).dump();
    return {
        {"GET", "/api/v1/documents", "", 0, 200, true, 200},
        {"GET", "/api/v1/documents?confidential=true", "", 0, 200, true, 200},
        {"GET", "/api/v1/documents/" + id(s.public_doc), "", 0, 200, false, 200},
        {"GET", "/api/v1/documents/" + id(s.secret_doc), "", 0, 200, true, 404},
        {"GET", "/api/v1/documents/" + id(s.names_secret_doc), "", 0, 200, true, 404},
        {"GET", "/api/v1/events", "", 0, 200, true, 200},
        {"GET", "/api/v1/events?limit=1", "", 0, 200, false, 200},
        {"GET", "/api/v1/events?confidential=true", "", 0, 200, true, 200},
        {"GET", "/api/v1/events?person=" + id(s.secret_person), "", 0, 200, true, 200},
        {"GET", "/api/v1/events?type=arrest_detention", "", 0, 200, true, 200},
        {"GET", "/api/v1/events/" + id(s.public_event), "", 0, 200, false, 200},
        {"GET", "/api/v1/events/" + id(s.secret_event), "", 0, 200, true, 404},
        {"GET", "/api/v1/people", "", 0, 200, true, 200},
        {"GET", "/api/v1/people?name=Rakhimov", "", 0, 200, true, 200},
        {"GET", "/api/v1/people/" + id(s.public_person), "", 0, 200, false, 200},
        {"GET", "/api/v1/people/" + id(s.secret_person), "", 0, 200, true, 404},
        {"GET", "/api/v1/places", "", 0, 200, true, 200},
        {"GET", "/api/v1/organisations", "", 0, 200, false, 200},
        {"GET", "/api/v1/search?q=lanternfish", "", 0, 200, true, 200},
        {"GET", "/api/v1/search?q=saltmarsh", "", 0, 200, true, 200},
        {"GET", "/api/v1/search?q=police&type=arrest_detention", "", 0, 200, true, 200},
        {"GET", "/api/v1/timeline?q=police", "", 0, 200, true, 200},
        {"GET", "/api/v1/timeline?person=" + id(s.secret_person), "", 0, 200, true, 200},
        {"GET", "/api/v1/review", "", 0, 200, true, 200},
        {"GET", "/api/v1/exports/csv", "", 0, 200, true, 200},
        {"GET", "/api/v1/exports/acled-csv", "", 0, 200, true, 200},
        {"GET", "/api/v1/exports/jsonl", "", 0, 200, true, 200},
        {"GET", "/api/v1/exports/csv?person=" + id(s.secret_person), "", 0, 200, true, 200},
        {"GET", "/api/v1/exports/casefile-md?person=" + id(s.public_person), "", 1, 200, false, 0},
        {"GET", "/api/v1/exports/casefile-md?person=" + id(s.secret_person), "", 1, 200, true, 0},
        {"GET", "/api/v1/merges", "", 1, 200, false, 0},
        {"GET", "/api/v1/me", "", 0, 200, false, 200},
        {"POST", "/api/v1/events/" + id(s.public_event) + "/review", R"({"action":"accept"})", 2,
         200, false, 0},
        {"POST", "/api/v1/events/" + id(s.secret_event) + "/review", R"({"action":"accept"})", 2,
         200, true, 0},
        {"PUT", "/api/v1/documents/" + id(s.public_doc) + "/confidential",
         R"({"confidential":false})", 2, 200, false, 0},
        {"PUT", "/api/v1/people/" + id(s.public_person) + "/confidential",
         R"({"confidential":false})", 2, 200, false, 0},
        {"POST", "/api/v1/documents", upload, 2, 200, false, 0},
        {"DELETE", "/api/v1/documents/999999", "", 2, 404, false, 0},
        {"POST", "/api/v1/people/" + id(s.public_person) + "/merge",
         "{\"into\":" + id(s.public_person) + "}", 2, 400, false, 0},
        {"POST", "/api/v1/merges/999999/unmerge", "", 2, 404, false, 0},
        {"GET", "/api/v1/audit", "", 3, 200, false, 0},
        {"GET", "/api/v1/users", "", 3, 200, false, 0},
        {"PATCH", "/api/v1/users/999999", R"({"role":"viewer"})", 3, 404, false, 0},
        {"DELETE", "/api/v1/users/999999", "", 3, 404, false, 0},
    };
  }
};

TestServer* AccessMatrix::server_ = nullptr;

bool leaks(const std::string& body) {
  for (const char* s : kLeaks) {
    if (body.find(s) != std::string::npos) return true;
  }
  return false;
}

TEST_F(AccessMatrix, Issue7EveryRoleEveryEndpoint) {
  ASSERT_GT(server_->secret_person, 0);
  ASSERT_GT(server_->secret_event, 0);
  ASSERT_GT(server_->public_event, 0);
  for (const Endpoint& e : endpoints()) {
    SCOPED_TRACE(e.method + " " + e.path);
    auto anon = server_->call("", e.method, e.path, e.body);
    ASSERT_TRUE(anon);
    EXPECT_EQ(anon->status, 401);
    EXPECT_TRUE(json_of(anon)["error"]["code"].is_string());
    for (int r = 0; r < 4; ++r) {
      std::string role = kRoles[r];
      SCOPED_TRACE(role);
      auto res = server_->call(role, e.method, e.path, e.body);
      ASSERT_TRUE(res);
      if (r < e.min_role) {
        EXPECT_EQ(res->status, 403) << res->body;
        EXPECT_EQ(json_of(res)["error"]["code"], "forbidden");
        continue;
      }
      int want = r == 0 ? e.viewer_status : e.ok_status;
      EXPECT_EQ(res->status, want) << res->body.substr(0, 300);
      if (r == 0) {
        EXPECT_FALSE(leaks(res->body)) << res->body.substr(0, 2000);
      } else if (e.analyst_sees && e.method == "GET") {
        EXPECT_TRUE(leaks(res->body))
            << "confidential records missing for " << role << ": " << res->body.substr(0, 500);
      }
    }
  }
}

// Counts are filtered too: a viewer's totals and facets count only what they may see.
TEST_F(AccessMatrix, Issue7ViewerCountsAndFacetsExcludeConfidential) {
  auto v = json_of(server_->call("viewer", "GET", "/api/v1/search?q=lanternfish"));
  auto a = json_of(server_->call("analyst", "GET", "/api/v1/search?q=lanternfish"));
  EXPECT_EQ(v["total"], 1);
  EXPECT_EQ(a["total"], 2);
  EXPECT_FALSE(v["facets"]["country"].contains("KZ"));
  auto ve = json_of(server_->call("viewer", "GET", "/api/v1/events"));
  auto ae = json_of(server_->call("analyst", "GET", "/api/v1/events"));
  EXPECT_LT(ve["items"].size(), ae["items"].size());
  for (const auto& ev : ve["items"]) EXPECT_FALSE(ev["confidential"].get<bool>());
  auto vp = json_of(server_->call(
      "viewer", "GET", "/api/v1/timeline?person=" + std::to_string(server_->secret_person)));
  EXPECT_TRUE(vp["items"].empty());
}

}  // namespace
}  // namespace casebook::testing
