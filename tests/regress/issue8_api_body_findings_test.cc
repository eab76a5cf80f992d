// Issue 8: findings of the api_body fuzz target (tests/fuzz/api_body_fuzz.cc) against the HTTP
// API's JSON request bodies, each replayed through a server on a loopback port.
#include <gtest/gtest.h>

#include <string>

#include "../server/server_test_util.h"
#include "core/utf8.h"

namespace casebook {
namespace {

using testing::json_of;
using testing::TestServer;

const char* kUpload =
    "---\ntitle: Poet questioned in Karakol\npublished: 2023-06-02\n---\n"
    "Police in Kyrgyzstan questioned the poet Bermet Sydykova in Karakol on 31 May 2023 "
    "about a poem on the quarry road.\n";

std::string stored_source(const TestServer& t, int64_t id) {
  auto s = Store::open(t.db_path, "", false);
  EXPECT_TRUE(s.ok());
  Stmt q = (*s)->db()->prepare("SELECT source FROM documents WHERE id = ?");
  q.bind(1, id);
  EXPECT_TRUE(q.step());
  return q.text(0);
}

// A source name over 500 bytes was cut at byte 500, inside a two-byte character here; the
// audit row's JSON then threw and a valid upload was refused as "wrong type".
TEST(Issue8ApiBodyFindings, LongSourceNameIsCutBetweenCharacters) {
  TestServer t("issue8-long-source");
  std::string source = "a";
  for (int i = 0; i < 300; ++i) source += "\xC3\xA9";  // é
  nlohmann::json body = {{"content", kUpload}, {"source", source}};
  auto r = t.call("editor", "POST", "/api/v1/documents", body.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  std::string stored = stored_source(t, json_of(r)["id"].get<int64_t>());
  EXPECT_TRUE(is_valid_utf8(stored));
  EXPECT_EQ(stored.size(), 499u);  // "a" and 249 whole characters
}

// The same failure from a raw upload whose ?source= is not UTF-8 at all.
TEST(Issue8ApiBodyFindings, RawUploadSourceNameIsRepaired) {
  TestServer t("issue8-raw-source");
  httplib::Client c = t.client();
  httplib::Headers h = {{"Authorization", "Bearer " + t.token.at("editor")}};
  auto r = c.Post("/api/v1/documents?source=%FF%FEpoet.txt", h, kUpload, "text/plain");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 201) << r->body;
  std::string stored = stored_source(t, json_of(r)["id"].get<int64_t>());
  EXPECT_TRUE(is_valid_utf8(stored));
  EXPECT_NE(stored.find("poet.txt"), std::string::npos);
}

// The merge route did not check that the id in the path is of the path's kind, so two people
// could be merged through /places/ or /organisations/.
TEST(Issue8ApiBodyFindings, MergeChecksThePathsKind) {
  TestServer t("issue8-merge-kind");
  nlohmann::json body = {{"into", t.secret_person}};
  for (const char* segment : {"places", "organisations"}) {
    auto r =
        t.call("editor", "POST",
               std::string("/api/v1/") + segment + "/" + std::to_string(t.public_person) + "/merge",
               body.dump());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 404) << segment << ": " << r->body;
    EXPECT_EQ(json_of(r)["error"]["code"], "not_found");
  }
  auto s = Store::open(t.db_path, "", false);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ((*s)->db()->scalar("SELECT count(*) FROM merges WHERE reason LIKE 'manual%'"), 0);
  auto r = t.call("editor", "POST", "/api/v1/people/" + std::to_string(t.public_person) + "/merge",
                  body.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

}  // namespace
}  // namespace casebook
