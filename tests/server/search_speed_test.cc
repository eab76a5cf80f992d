// Issue 7 speed paths: the server's search over search_rows and a rank window gives what a
// full bm25 ranking of the visible hits gives, events by type page in id order through their
// index, and the response cache is keyed by access and dropped by any write, from this
// server or from another connection.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "server_test_util.h"
#include "store/browse.h"
#include "store/confidential.h"

namespace casebook::testing {
namespace {

// More invented reports that mention the police, so a small window is smaller than the hits.
const char* kMoreDocs[] = {
    "---\ntitle: Poet questioned in Baku\npublished: 2023-01-09\n---\n"
    "Police in Azerbaijan questioned the poet Leyla Mammadli in Baku on 8 January 2023.\n",
    "---\ntitle: Teacher fined in Bishkek\npublished: 2023-02-14\n---\n"
    "A court in Kyrgyzstan fined the teacher Aibek Toktogulov. Police had searched his "
    "home in Bishkek on 2 February 2023. The police kept his laptop.\n",
    "---\ntitle: Student detained in Yerevan\npublished: 2023-03-21\n---\n"
    "Police in Armenia detained the student Narek Sargsyan in Yerevan on 20 March 2023.\n",
};

struct RefHit {
  int64_t doc, event;
  double score;  // rounded as the API shows it
  double exact;  // what it is ranked by
};

// How many times `word` (lower case) is a word of `text`, read apart from FTS5.
int count_word(const std::string& text, const std::string& word) {
  int n = 0;
  std::string cur;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? text[i] : ' ';
    if (std::isalnum(c)) {
      cur.push_back(static_cast<char>(std::tolower(c)));
      continue;
    }
    if (cur == word) n++;
    cur.clear();
  }
  return n;
}

// The reference ranking, read without the search's own code: the visible documents matching
// one word by bm25 (then rowid), each followed by its events (passing `event_sql`) whose
// evidence text holds the word, most occurrences first, scored by their share of the
// document's. `docs` limits it to the given documents when not empty.
std::vector<RefHit> reference(Db* db, const std::string& word, bool confidential,
                              const std::vector<int64_t>& docs = {},
                              const std::string& event_sql = "1") {
  EXPECT_TRUE(refresh_restricted(db).ok());
  Stmt st = db->prepare(
      "SELECT rowid, bm25(search_index) FROM search_index"
      " WHERE search_index MATCH ? ORDER BY bm25(search_index), rowid");
  st.bind(1, word);
  std::vector<RefHit> out;
  while (st.step()) {
    int64_t doc = st.int64(0);
    double bm = st.real(1);
    if (!docs.empty() && std::find(docs.begin(), docs.end(), doc) == docs.end()) continue;
    if (!confidential && db->scalar("SELECT count(*) FROM temp.restricted_docs WHERE id = " +
                                    std::to_string(doc)) > 0) {
      continue;
    }
    Stmt d =
        db->prepare("SELECT coalesce(title || char(10), '') || text FROM documents WHERE id = ?");
    d.bind(1, doc);
    EXPECT_TRUE(d.step());
    int all = count_word(d.text(0), word);
    out.push_back({doc, 0, std::round(bm * 1000) / 1000, bm});
    Stmt ev = db->prepare(
        "SELECT e.id, coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end))"
        " FROM events e JOIN documents d ON d.id = e.doc WHERE e.doc = ? AND " +
        event_sql + " AND e.ev_start IS NOT NULL ORDER BY e.ev_start, e.id");
    ev.bind(1, doc);
    std::vector<std::pair<int, RefHit>> events;
    while (ev.step()) {
      int n = count_word(ev.text(1), word);
      if (n > 0) events.push_back({n, {doc, ev.int64(0), 0, bm * n / all}});
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [n, h] : events) {
      h.score = std::round(h.exact * 1000) / 1000;
      out.push_back(h);
    }
  }
  return out;
}

class SearchSpeed : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer("speed");
    auto s = Store::open(server_->db_path, "", false);
    ASSERT_TRUE(s.ok());
    IngestCounts c;
    for (size_t i = 0; i < std::size(kMoreDocs); ++i) {
      ASSERT_TRUE(
          ingest_text(s->get(), kMoreDocs[i], "more" + std::to_string(i) + ".txt", &c).ok());
    }
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static TestServer* server_;
};
TestServer* SearchSpeed::server_ = nullptr;

TEST_F(SearchSpeed, Issue7SearchUnderTheWindowIsTheFullRanking) {
  auto s = Store::open(server_->db_path, "", false);
  ASSERT_TRUE(s.ok());
  Db* db = (*s)->db();
  for (bool confidential : {false, true}) {
    SCOPED_TRACE(confidential ? "analyst" : "viewer");
    std::vector<RefHit> want = reference(db, "police", confidential);
    ASSERT_GE(want.size(), 5u);
    size_t docs = std::count_if(want.begin(), want.end(), [](const RefHit& h) { return !h.event; });
    // Events are found by their evidence: some rows are events.
    ASSERT_LT(docs, want.size());
    Page p;
    p.limit = 500;
    auto got = search_documents(db, Access{confidential}, "police", {}, p);
    ASSERT_TRUE(got.ok()) << got.status().message();
    EXPECT_EQ((*got)["total"], docs);
    EXPECT_FALSE((*got)["total_capped"].get<bool>());
    ASSERT_EQ((*got)["items"].size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ((*got)["items"][i]["document"], want[i].doc) << i;
      EXPECT_EQ((*got)["items"][i]["event"], want[i].event) << i;
      EXPECT_DOUBLE_EQ((*got)["items"][i]["score"].get<double>(), want[i].score) << i;
    }
    // Pages of two walk the same order.
    Page two;
    two.limit = 2;
    two.cursor = "2";
    auto page2 = search_documents(db, Access{confidential}, "police", {}, two);
    ASSERT_TRUE(page2.ok());
    ASSERT_EQ((*page2)["items"].size(), 2u);
    for (size_t i = 0; i < 2; ++i) {
      EXPECT_EQ((*page2)["items"][i]["document"], want[2 + i].doc);
      EXPECT_EQ((*page2)["items"][i]["event"], want[2 + i].event);
    }
  }
}

TEST_F(SearchSpeed, Issue7SearchOverTheWindowRanksTheNewestVisibleHits) {
  auto s = Store::open(server_->db_path, "", false);
  ASSERT_TRUE(s.ok());
  Db* db = (*s)->db();
  const int kWindow = 3;
  for (bool confidential : {false, true}) {
    SCOPED_TRACE(confidential ? "analyst" : "viewer");
    // The window is the kWindow newest visible documents that match.
    std::vector<RefHit> all = reference(db, "police", confidential);
    std::vector<int64_t> window;
    for (const RefHit& h : all) {
      if (!h.event) window.push_back(h.doc);
    }
    std::sort(window.rbegin(), window.rend());
    window.resize(kWindow);
    std::vector<RefHit> newest = reference(db, "police", confidential, window);
    Page p;
    p.limit = 50;
    auto got = search_documents(db, Access{confidential}, "police", {}, p, kWindow);
    ASSERT_TRUE(got.ok()) << got.status().message();
    EXPECT_EQ((*got)["total"], kWindow);
    EXPECT_TRUE((*got)["total_capped"].get<bool>());
    ASSERT_EQ((*got)["items"].size(), newest.size());
    for (size_t i = 0; i < newest.size(); ++i) {
      EXPECT_EQ((*got)["items"][i]["document"], newest[i].doc) << i;
      EXPECT_EQ((*got)["items"][i]["event"], newest[i].event) << i;
    }
  }
}

// Confidential records stay out of a viewer's window: the window holds visible hits only, so
// the secret documents, which mention the police too, take no place in it and no count.
TEST_F(SearchSpeed, Issue7ViewerWindowHoldsNoConfidentialHit) {
  auto s = Store::open(server_->db_path, "", false);
  ASSERT_TRUE(s.ok());
  Db* db = (*s)->db();
  for (int window : {1, 2, 4, 1000}) {
    SCOPED_TRACE(window);
    Page p;
    p.limit = 50;
    auto got =
        search_documents(db, Access{false}, "police OR saltmarsh OR Nurlanova", {}, p, window);
    ASSERT_TRUE(got.ok()) << got.status().message();
    std::string body = got->dump();
    for (const char* leak : kLeaks) EXPECT_EQ(body.find(leak), std::string::npos) << leak;
    for (const auto& item : (*got)["items"]) {
      EXPECT_NE(item["document"], server_->secret_doc);
      EXPECT_NE(item["document"], server_->names_secret_doc);
    }
    EXPECT_FALSE((*got)["facets"]["country"].contains("KZ"));
    EXPECT_FALSE((*got)["facets"]["country"].contains("UZ"));
  }
}

TEST_F(SearchSpeed, Issue7SearchFiltersOnTheFastPath) {
  auto s = Store::open(server_->db_path, "", false);
  ASSERT_TRUE(s.ok());
  Db* db = (*s)->db();
  BrowseFilters f;
  f.type = "arrest_detention";
  Page p;
  p.limit = 50;
  auto got = search_documents(db, Access{true}, "police", f, p);
  ASSERT_TRUE(got.ok()) << got.status().message();
  ASSERT_FALSE((*got)["items"].empty());
  for (const auto& item : (*got)["items"]) {
    int64_t ev = item["event"];
    int64_t doc = item["document"];
    std::string cond = ev ? "id = " + std::to_string(ev) : "doc = " + std::to_string(doc);
    EXPECT_GT(db->scalar("SELECT count(*) FROM events WHERE type = 'arrest_detention' AND " + cond),
              0)
        << item.dump();
  }
  EXPECT_EQ((*got)["facets"]["type"].value("questioning", 0), 0);
}

// Listing by type pages by id through events_type: the same ids as a plain scan, in order.
TEST_F(SearchSpeed, Issue7EventsByTypePageInIdOrder) {
  auto s = Store::open(server_->db_path, "", false);
  ASSERT_TRUE(s.ok());
  Db* db = (*s)->db();
  EXPECT_EQ(db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'events_type'"), 1);
  Stmt top = db->prepare("SELECT type FROM events GROUP BY type ORDER BY count(*) DESC");
  ASSERT_TRUE(top.step());
  std::string type = top.text(0);
  std::vector<int64_t> want;
  Stmt st = db->prepare("SELECT id FROM events WHERE type = ? ORDER BY id");
  st.bind(1, type);
  while (st.step()) want.push_back(st.int64(0));
  ASSERT_GE(want.size(), 2u);
  BrowseFilters f;
  f.type = type;
  std::vector<int64_t> got;
  Page p;
  p.limit = 1;
  for (int guard = 0; guard < 100; ++guard) {
    auto page = list_events(db, Access{true}, f, p);
    ASSERT_TRUE(page.ok());
    for (const auto& e : (*page)["items"]) got.push_back(e["id"]);
    if ((*page)["next_cursor"].is_null()) break;
    p.cursor = (*page)["next_cursor"];
  }
  EXPECT_EQ(got, want);
}

// The cache is keyed by access: an analyst's answer, cached first, never reaches a viewer.
TEST_F(SearchSpeed, Issue7CacheKeyedByAccess) {
  const char* paths[] = {"/api/v1/search?q=saltmarsh",
                         "/api/v1/search?q=lanternfish",
                         "/api/v1/events",
                         "/api/v1/documents",
                         "/api/v1/timeline?q=police",
                         "/api/v1/events?type=arrest_detention"};
  for (const char* path : paths) {
    SCOPED_TRACE(path);
    for (int twice = 0; twice < 2; ++twice) {
      auto a = server_->call("analyst", "GET", path);
      ASSERT_TRUE(a);
      EXPECT_EQ(a->status, 200);
      auto v = server_->call("viewer", "GET", path);
      ASSERT_TRUE(v);
      EXPECT_EQ(v->status, 200);
      for (const char* leak : kLeaks) EXPECT_EQ(v->body.find(leak), std::string::npos) << leak;
    }
  }
}

// A write through the API drops every cached answer.
TEST_F(SearchSpeed, Issue7CacheDroppedByServerWrite) {
  std::string path = "/api/v1/search?q=Mammadli";
  int total = json_of(server_->call("viewer", "GET", path))["total"];
  ASSERT_GT(total, 0);
  EXPECT_EQ(json_of(server_->call("viewer", "GET", path))["total"], total);  // now cached
  auto s = Store::open(server_->db_path, "", false);
  ASSERT_TRUE(s.ok());
  int64_t doc = (*s)->db()->scalar("SELECT id FROM documents WHERE source = 'more0.txt'");
  auto put =
      server_->call("editor", "PUT", "/api/v1/documents/" + std::to_string(doc) + "/confidential",
                    R"({"confidential": true})");
  ASSERT_TRUE(put);
  ASSERT_EQ(put->status, 200) << put->body;
  EXPECT_EQ(json_of(server_->call("viewer", "GET", path))["total"], 0);
  put = server_->call("editor", "PUT", "/api/v1/documents/" + std::to_string(doc) + "/confidential",
                      R"({"confidential": false})");
  ASSERT_TRUE(put);
  EXPECT_EQ(json_of(server_->call("viewer", "GET", path))["total"], total);
}

// A write by another connection (the CLI, another process) drops them too: the server sees
// it through PRAGMA data_version.
TEST_F(SearchSpeed, Issue7CacheDroppedByOtherConnectionWrite) {
  std::string path = "/api/v1/search?q=Toktogulov";
  std::string events = "/api/v1/events?limit=500";
  int total = json_of(server_->call("viewer", "GET", path))["total"];
  ASSERT_GT(total, 0);
  EXPECT_EQ(json_of(server_->call("viewer", "GET", path))["total"], total);
  size_t before = json_of(server_->call("viewer", "GET", events))["items"].size();
  json_of(server_->call("viewer", "GET", events));
  {
    auto s = Store::open(server_->db_path, "", false);
    ASSERT_TRUE(s.ok());
    Db* db = (*s)->db();
    int64_t doc = db->scalar("SELECT id FROM documents WHERE source = 'more1.txt'");
    ASSERT_TRUE(set_document_confidential(db, doc, true, "test").ok());
  }
  // Every store connection of the server must notice, whichever serves the request.
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(json_of(server_->call("viewer", "GET", path))["total"], 0);
    EXPECT_LT(json_of(server_->call("viewer", "GET", events))["items"].size(), before);
  }
  {
    auto s = Store::open(server_->db_path, "", false);
    ASSERT_TRUE(s.ok());
    IngestCounts c;
    ASSERT_TRUE(ingest_text(s->get(),
                            "---\ntitle: Editor held in Osh\npublished: 2023-04-02\n---\n"
                            "Police in Kyrgyzstan detained the editor Bolot Toktogulov in Osh "
                            "on 1 April 2023.\n",
                            "more3.txt", &c)
                    .ok());
  }
  for (int i = 0; i < 8; ++i) {
    EXPECT_GT(json_of(server_->call("viewer", "GET", path))["total"], 0);
  }
}

}  // namespace
}  // namespace casebook::testing

namespace casebook::testing {
namespace {

// casebook search with a filter keeps exactly the documents some event of which passes it
// (checked in the covering index), and of their events whose evidence holds the word, those
// that pass it themselves.
TEST_F(SearchSpeed, Issue5FilteredSearchKeepsEveryPassingHit) {
  auto s = Store::open(server_->db_path, "", false);
  ASSERT_TRUE(s.ok());
  Db* db = (*s)->db();
  for (const char* country : {"AZ", "BY", "am"}) {
    SCOPED_TRACE(country);
    std::string cond = std::string("upper(e.country) = upper('") + country + "')";
    std::vector<int64_t> docs;
    Stmt d = db->prepare("SELECT DISTINCT e.doc FROM events e WHERE " + cond);
    while (d.step()) docs.push_back(d.int64(0));
    std::vector<std::pair<int64_t, int64_t>> want, got;
    for (const RefHit& h : reference(db, "police", true, docs, cond)) {
      want.emplace_back(h.doc, h.event);
    }
    ASSERT_FALSE(want.empty());
    QueryFilters f;
    f.country = country;
    f.limit = 100;
    auto t = search_store(db, "police", f);
    ASSERT_TRUE(t.ok()) << t.status().message();
    for (const auto& row : t->rows) {
      got.emplace_back(std::stoll(row[0]), row[1].empty() ? 0 : std::stoll(row[1]));
    }
    EXPECT_EQ(got, want);
  }
}

}  // namespace
}  // namespace casebook::testing
