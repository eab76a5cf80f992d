// Issue 5: the store writes a document without a per-document savepoint and, when one fails
// part-way, rolls its batch back and writes the batch's other documents again. An upload is a
// batch of one: a failing upload answers with an error and leaves nothing, and the connection
// it used goes on serving the next upload.
#include <gtest/gtest.h>

#include "server_test_util.h"

namespace casebook::testing {
namespace {

TEST(UploadReplay, Issue5AnUploadFailingPartWayLeavesNothingAndTheNextOneIsStored) {
  TestServer s("upload-replay");
  int64_t before = 0;
  {
    auto st = Store::open(s.db_path, "", false);
    ASSERT_TRUE(st.ok());
    // Refuses the events of a document whose title says so, after its document and entity
    // rows are written.
    ASSERT_TRUE((*st)
                    ->db()
                    ->exec("CREATE TRIGGER refuse_events BEFORE INSERT ON events"
                           " WHEN (SELECT title FROM documents WHERE id = NEW.doc)"
                           " LIKE '%refused%' BEGIN SELECT RAISE(ABORT, 'refused by a test"
                           " trigger'); END;")
                    .ok());
    before = count(st->get(), "SELECT count(*) FROM documents");
  }
  nlohmann::json refused = {
      {"content",
       "---\ntitle: A refused upload\n---\nPolice detained the archivist Leyla Qodirova in "
       "Samarkand on 2 May 2023, her colleague said.\n"}};
  nlohmann::json good = {
      {"content", "Police detained the archivist Dilnoza Umarova in Samarkand on 4 May 2023.\n"}};
  for (int i = 0; i < 6; ++i) {  // more than the store connections, so each one is reused
    auto r = s.call("editor", "POST", "/api/v1/documents", refused.dump());
    ASSERT_TRUE(r);
    EXPECT_GE(r->status, 400) << r->body;
  }
  auto r = s.call("editor", "POST", "/api/v1/documents", good.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 201) << r->body;
  auto st = Store::open(s.db_path, "", false);
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(count(st->get(), "SELECT count(*) FROM documents"), before + 1);
  EXPECT_EQ(count(st->get(), "SELECT count(*) FROM entities WHERE name LIKE '%Qodirova%'"), 0);
  EXPECT_EQ(count(st->get(), "SELECT count(*) FROM audit WHERE action = 'upload'"), 1);
  expect_whole_store(st->get());
}

}  // namespace
}  // namespace casebook::testing
