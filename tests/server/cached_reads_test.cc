// Issue 7: answers served from memory (response cache plus session cache, no store connection)
// end the moment anything commits: a sign-out, a role changed from the command line, a record
// marked confidential by another process.
#include <gtest/gtest.h>

#include "server/api_context.h"
#include "server/session_cache.h"
#include "server_test_util.h"

namespace casebook::testing {
namespace {

bool mentions(const httplib::Result& r, const std::string& text) {
  return r && r->body.find(text) != std::string::npos;
}

TEST(SessionCache, Issue7KeptPerGenerationUntilExpiry) {
  server::SessionCache c;
  SessionUser su;
  su.user.name = "reader";
  su.expires = 1000;
  c.put("h", 7, su);
  EXPECT_FALSE(c.find("h", 8, 10));  // a commit was seen since: stale, and dropped
  EXPECT_FALSE(c.find("h", 7, 10));
  c.put("h", 7, su);
  EXPECT_FALSE(c.find("h", 7, 1001));  // expired
  c.put("h", 7, su);
  ASSERT_TRUE(c.find("h", 7, 999));
  EXPECT_EQ(c.find("h", 7, 999)->user.name, "reader");
  EXPECT_FALSE(c.find("other", 7, 999));
}

TEST(SessionCache, Issue7Bounded) {
  server::SessionCache c;
  SessionUser su;
  su.expires = 1000;
  for (size_t i = 0; i <= server::SessionCache::kMaxEntries; ++i) {
    c.put("old" + std::to_string(i), 1, su);
  }
  c.put("new", 2, su);  // full: the stale generation goes first
  EXPECT_TRUE(c.find("new", 2, 0));
  EXPECT_FALSE(c.find("old1", 1, 0));
}

// Each store connection's first look at the store moves the generation on. A fresh server
// takes that look before its first client, so the first answer it computes is kept: the
// first burst of clients is answered from memory instead of all computing the answer.
TEST(CachedReads, Issue7FreshServerKeepsItsFirstAnswer) {
  TestServer s("cached-fresh");
  auto* api = dynamic_cast<server::Api*>(s.server.get());
  ASSERT_NE(api, nullptr);
  uint64_t hits = api->cache().hits();
  EXPECT_EQ(s.call("viewer", "GET", "/api/v1/events?limit=5")->status, 200);
  EXPECT_EQ(s.call("viewer", "GET", "/api/v1/events?limit=5")->status, 200);
  EXPECT_EQ(api->cache().hits(), hits + 1);
}

TEST(CachedReads, Issue7SignOutEndsCachedAnswers) {
  TestServer s("cached-signout");
  for (int i = 0; i < 3; ++i) {  // computed, kept, then served from memory
    auto r = s.call("viewer", "GET", "/api/v1/events?limit=50");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
  }
  auto out = s.call("viewer", "POST", "/api/v1/logout", "{}");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 200) << out->body;
  auto r = s.call("viewer", "GET", "/api/v1/events?limit=50");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 401);
}

TEST(CachedReads, Issue7RoleLoweredElsewhereEndsConfidentialAnswers) {
  TestServer s("cached-role");
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(mentions(s.call("analyst", "GET", "/api/v1/search?q=lanternfish"), "Almaty"));
  }
  {
    // The command line, another connection: `casebook user role analyst1 viewer`.
    auto st = Store::open(s.db_path, "", false);
    ASSERT_TRUE(st.ok());
    Db* db = (*st)->db();
    int64_t id = db->scalar("SELECT id FROM users WHERE name = 'analyst1'");
    ASSERT_TRUE(set_user_role(db, id, Role::kViewer, "cli").ok());
  }
  auto r = s.call("analyst", "GET", "/api/v1/search?q=lanternfish");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_FALSE(mentions(r, "Almaty")) << r->body.substr(0, 500);
}

TEST(CachedReads, Issue7RecordMarkedConfidentialElsewhereLeavesCachedAnswers) {
  TestServer s("cached-confidential");
  for (int i = 0; i < 3; ++i) {
    EXPECT_TRUE(mentions(s.call("viewer", "GET", "/api/v1/documents"), "Editor detained"));
  }
  {
    auto st = Store::open(s.db_path, "", false);
    ASSERT_TRUE(st.ok());
    ASSERT_TRUE(set_document_confidential((*st)->db(), s.public_doc, true, "cli").ok());
  }
  auto r = s.call("viewer", "GET", "/api/v1/documents");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_FALSE(mentions(r, "Editor detained")) << r->body.substr(0, 500);
}

}  // namespace
}  // namespace casebook::testing
