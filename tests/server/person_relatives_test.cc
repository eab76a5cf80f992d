// The person case file served to the web UI lists acts against the person's relatives (the
// "political hostages" of an exile), and hides those of a confidential relative from viewers.
// Invented report.
#include <gtest/gtest.h>

#include "server_test_util.h"

namespace casebook::testing {
namespace {

const char* kRelativesDoc =
    "---\ntitle: Exile's brother detained\npublished: 2024-02-10\n---\n"
    "Police in Khujand detained Karim Davlatov, the brother of the exiled blogger Jamshed "
    "Davlatov, on February 8. Jamshed Davlatov, who lives in Vilnius, said the arrest was "
    "revenge for his videos.\n";

TEST(PersonRelatives, Issue4TheWebCaseFileListsActsAgainstRelatives) {
  TestServer s("relatives");
  int64_t exile = 0, brother = 0;
  {
    auto st = Store::open(s.db_path, "", false);
    ASSERT_TRUE(st.ok());
    IngestCounts c;
    ASSERT_TRUE(ingest_text(st->get(), kRelativesDoc, "relatives.txt", &c).ok());
    Db* db = (*st)->db();
    exile = db->scalar("SELECT cluster FROM entities WHERE name = 'Jamshed Davlatov'");
    brother = db->scalar("SELECT cluster FROM entities WHERE name = 'Karim Davlatov'");
  }
  ASSERT_GT(exile, 0);
  ASSERT_GT(brother, 0);
  std::string path = "/api/v1/people/" + std::to_string(exile);
  auto file = json_of(s.call("viewer", "GET", path));
  ASSERT_TRUE(file.contains("relatives_chronology")) << file.dump();
  bool found = false;
  for (const auto& e : file["relatives_chronology"]) {
    if (e["type"] == "arrest_detention" && e["relative"] == "Karim Davlatov" &&
        e["relative_cluster"] == brother) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << file["relatives_chronology"].dump();

  // A confidential relative's acts show at the confidential level only.
  {
    auto st = Store::open(s.db_path, "", false);
    ASSERT_TRUE(set_cluster_confidential((*st)->db(), brother, true, "test").ok());
  }
  auto viewer = json_of(s.call("viewer", "GET", path));
  EXPECT_TRUE(viewer["relatives_chronology"].empty()) << viewer.dump();
  auto analyst = json_of(s.call("analyst", "GET", path));
  EXPECT_FALSE(analyst["relatives_chronology"].empty());
}

}  // namespace
}  // namespace casebook::testing
