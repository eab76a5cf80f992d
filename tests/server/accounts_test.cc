// Issue 7 store pieces under the server: schema version 4 (accounts, confidential flags) on
// an older store, Argon2id passwords, session tokens stored only as hashes, and the viewer
// condition for a document that names a confidential person.
#include "store/accounts.h"

#include <gtest/gtest.h>

#include "../store/store_test_util.h"
#include "core/sha256.h"
#include "store/confidential.h"
#include "store/schema.h"

namespace casebook::testing {
namespace {

TEST(Accounts, Issue7VersionThreeStoreGainsAccountsKeepingDocuments) {
  auto dir = store_temp_dir("accounts-migrate");
  std::string path = (dir / "s.db").string();
  {
    auto s = Store::open(path, "");
    IngestCounts c;
    ASSERT_TRUE(ingest_text(s->get(), kReportA, "a.txt", &c).ok());
    ASSERT_TRUE((*s)->db()
                    ->exec("DROP TABLE users; DROP TABLE sessions;"
                           "ALTER TABLE documents DROP COLUMN confidential;"
                           "ALTER TABLE clusters DROP COLUMN confidential;"
                           "UPDATE schema_version SET version = 3")
                    .ok());
  }
  auto s = Store::open(path, "", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  EXPECT_EQ(schema_version((*s)->db()), kSchemaVersion);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM documents WHERE confidential = 0"), 1);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM users"), 0);
  std::filesystem::remove_all(dir);
}

TEST(Accounts, Issue7PasswordsAndSessions) {
  auto dir = store_temp_dir("accounts");
  auto s = Store::open((dir / "s.db").string(), "");
  Db* db = (*s)->db();
  EXPECT_FALSE(create_user(db, "ana", Role::kEditor, "short", "test").ok());
  auto u = create_user(db, "ana", Role::kEditor, "long enough password", "test");
  ASSERT_TRUE(u.ok());
  EXPECT_FALSE(create_user(db, "ana", Role::kViewer, "another password", "test").ok());
  EXPECT_TRUE(check_password(db, "ana", "long enough password").ok());
  EXPECT_FALSE(check_password(db, "ana", "long enough passwore").ok());
  EXPECT_FALSE(check_password(db, "bob", "long enough password").ok());
  auto session = create_session(db, u->id, "cookie", 60);
  ASSERT_TRUE(session.ok());
  EXPECT_EQ(session->token.size(), 64u);
  EXPECT_EQ(count(s->get(), "SELECT count(*) FROM sessions WHERE token_hash = '" +
                                sha256_hex(session->token) + "'"),
            1);
  auto found = find_session(db, session->token);
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->user.name, "ana");
  EXPECT_EQ(found->user.role, Role::kEditor);
  auto expired = create_session(db, u->id, "cookie", -1);
  EXPECT_FALSE(find_session(db, expired->token).ok());
  // A new password ends every session.
  ASSERT_TRUE(set_user_password(db, u->id, "a new long password", "test").ok());
  EXPECT_FALSE(find_session(db, session->token).ok());
  EXPECT_TRUE(audit_verify(db).ok);
  std::filesystem::remove_all(dir);
}

TEST(Accounts, Issue7DocumentNamingAConfidentialPersonIsRestricted) {
  auto dir = store_temp_dir("accounts-restricted");
  auto s = Store::open((dir / "s.db").string(), "");
  Db* db = (*s)->db();
  IngestCounts c;
  ASSERT_TRUE(ingest_text(s->get(), kReportA, "a.txt", &c).ok());
  ASSERT_TRUE(ingest_text(s->get(), kReportC, "c.txt", &c).ok());
  std::string restricted = "SELECT count(*) FROM documents d WHERE " + restricted_doc_sql("d.id");
  ASSERT_TRUE(refresh_restricted(db).ok());
  EXPECT_EQ(count(s->get(), restricted), 0);
  int64_t father =
      db->scalar("SELECT cluster FROM entities WHERE name = 'Rustam Saidov' AND kind = 'person'");
  ASSERT_GT(father, 0);
  ASSERT_TRUE(set_cluster_confidential(db, father, true, "test").ok());
  // Only report A names the father; the set follows the flag on the next refresh.
  ASSERT_TRUE(refresh_restricted(db).ok());
  EXPECT_EQ(count(s->get(), restricted), 1);
  EXPECT_FALSE(set_cluster_confidential(db, 999999, true, "test").ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook::testing
