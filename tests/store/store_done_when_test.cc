// Issue 5's "done when" list, through the real binary, on documents written for this test:
// a report in the manner of an NGO statement (plain text with front matter) and a news page
// saved from a browser (HTML with navigation and footer). Every name in them is invented.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store_test_util.h"

namespace casebook {
namespace {

using testing::CliRun;

constexpr const char* kStatement =
    "---\ntitle: Relatives of exiled critics pressed before a Vienna conference\n"
    "published: 2019-10-02\nurl: https://example.org/statement\nsource: Example Rights Watch\n"
    "---\n"
    "Security officers detained the father of exiled opposition activist Jamshed Davlatov in "
    "Khorog on 12 September 2019 and held him for two days. Jamshed Davlatov's father, Karim "
    "Davlatov, was questioned about his son, who heads the media office of the banned "
    "Movement for Reform.\n\n"
    "Officers threatened Karim Davlatov with prison and questioned him about his son's "
    "activities abroad. The family of activist Sitora Nazarova was forced out of their home "
    "in Kulob.\n";

constexpr const char* kNewsPage =
    "<!DOCTYPE html><html><head><title>Activist's father held in Khorog | Example News</title>"
    "<meta property=\"article:published_time\" content=\"2019-09-20T08:00:00Z\">"
    "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
    "<article><h1>Activist's father held in Khorog</h1>"
    "<p>Police in Tajikistan arrested Karim Davlatov in Khorog on 12 September 2019, "
    "his son, the exiled activist Jamshed Davlatow, said.</p>"
    "<p>The son said the arrest was a reprisal for his work abroad.</p></article>"
    "<footer>Copyright Example News. Share this story.</footer></body></html>";

class Issue5DoneWhen : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::store_temp_dir("done-when");
    testing::write_text(dir_ / "statement.txt", kStatement);
    testing::write_text(dir_ / "page.html", kNewsPage);
    testing::write_text(dir_ / "key", "an invented passphrase\n");
    CliRun r = run("ingest --key-file key statement.txt page.html");
    ASSERT_EQ(r.code, 0) << r.err;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  CliRun run(const std::string& args) { return testing::run_casebook(dir_, args); }
  nlohmann::json json(const std::string& args) {
    CliRun r = run(args + " --key-file key --format json");
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
  }

  std::filesystem::path dir_;
};

TEST_F(Issue5DoneWhen, PersonLookupFindsTheRelatives) {
  nlohmann::json people = json("person Davlatov");
  ASSERT_TRUE(people.is_array());
  bool father_of_son = false;
  for (const auto& p : people) {
    for (const auto& r : p["relatives"]) {
      std::string name = r["name"];
      if (p["name"] == "Karim Davlatov" && name == "Jamshed Davlatov") father_of_son = true;
      if (p["name"] == "Jamshed Davlatov" && name == "Karim Davlatov") father_of_son = true;
    }
  }
  EXPECT_TRUE(father_of_son) << people.dump(1);
}

TEST_F(Issue5DoneWhen, SearchFindsDetained) {
  nlohmann::json hits = json("search detained");
  ASSERT_TRUE(hits.is_array());
  ASSERT_FALSE(hits.empty());
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find("«detained»"), std::string::npos);
}

TEST_F(Issue5DoneWhen, ReingestChangesNoCount) {
  nlohmann::json before = json("status");
  CliRun r = run("ingest --key-file key statement.txt page.html");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("0 documents (2 unchanged)"), std::string::npos) << r.err;
  nlohmann::json after = json("status");
  // Only the audit chain may grow; here even it does not (nothing was written).
  EXPECT_EQ(before, after);
}

TEST_F(Issue5DoneWhen, EncryptedFileHasNoSqliteHeaderAndOpensOnlyWithTheKey) {
  std::string bytes = testing::read_bytes(dir_ / "casebook.db", 1 << 24);
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);
  EXPECT_EQ(bytes.find("Davlatov"), std::string::npos);
  testing::write_text(dir_ / "wrong", "another passphrase\n");
  EXPECT_EQ(run("status --key-file wrong").code, 1);
  EXPECT_EQ(run("status").code, 1);
  EXPECT_EQ(run("status --key-file key").code, 0);
}

TEST_F(Issue5DoneWhen, AuditVerifyFailsAfterARowIsEditedByHand) {
  ASSERT_EQ(run("audit verify --key-file key").code, 0);
  {
    auto s = Store::open((dir_ / "casebook.db").string(), "an invented passphrase", false);
    ASSERT_TRUE(s.ok()) << s.status().message();
    ASSERT_TRUE((*s)->db()->exec("UPDATE audit SET detail = '{}' WHERE seq = 1").ok());
  }
  CliRun r = run("audit verify --key-file key");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("audit chain broken"), std::string::npos) << r.err;
}

TEST_F(Issue5DoneWhen, TwoDocumentsOfOneIncidentAreOneIncidentWithTwoSources) {
  nlohmann::json incidents = json("events --type arrest_detention");
  ASSERT_TRUE(incidents.is_array());
  // One detention of Karim Davlatov, told by both documents ("the arrest was a reprisal"
  // is a second, victimless mention that stays apart).
  std::vector<nlohmann::json> his;
  for (const auto& i : incidents) {
    if (i["victims"].get<std::string>().find("Davlatov") != std::string::npos) his.push_back(i);
  }
  ASSERT_EQ(his.size(), 1u) << incidents.dump(1);
  EXPECT_EQ(his[0]["sources"], "2");
  EXPECT_EQ(his[0]["date"], "2019-09-12");
  // Each source keeps its own passage.
  nlohmann::json timeline = json("timeline --person Davlatov --type arrest_detention");
  ASSERT_EQ(timeline.size(), 2u) << timeline.dump(1);
  EXPECT_EQ(timeline[0]["incident"], timeline[1]["incident"]);
  EXPECT_NE(timeline[0]["evidence"], timeline[1]["evidence"]);
}

}  // namespace
}  // namespace casebook
