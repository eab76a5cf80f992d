// The case store end to end on invented reports: idempotent ingest, people merged across
// spellings with reasons, relatives, incidents with several sources, search and unmerge.
#include <gtest/gtest.h>

#include "export/person_format.h"
#include "store/person_file.h"
#include "store/queries.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;
using testing::ingest_text;

class StoreIngest : public testing::StoreTest {};

TEST_F(StoreIngest, ReingestChangesNothing) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  const char* kTables[] = {"documents", "entities", "events",    "incidents",    "clusters",
                           "merges",    "audit",    "relations", "search_index", "entity_keys"};
  std::vector<int64_t> before;
  for (const char* t : kTables)
    before.push_back(count(store_.get(), std::string("SELECT count(*) FROM ") + t));
  IngestCounts again;
  ASSERT_TRUE(ingest_text(store_.get(), testing::kReportA, "a.txt", &again).ok());
  ASSERT_TRUE(ingest_text(store_.get(), testing::kReportB, "copy-of-b.txt", &again).ok());
  EXPECT_EQ(again.unchanged, 2);
  EXPECT_EQ(again.documents, 0);
  for (size_t i = 0; i < before.size(); ++i) {
    EXPECT_EQ(count(store_.get(), std::string("SELECT count(*) FROM ") + kTables[i]), before[i])
        << kTables[i];
  }
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM documents"), 2);
  // The raw bytes are kept whole.
  Stmt st =
      store_->db()->prepare("SELECT casebook_raw(raw, text) FROM documents WHERE source = 'a.txt'");
  ASSERT_TRUE(st.step());
  EXPECT_EQ(st.text(0), testing::kReportA);
}

TEST_F(StoreIngest, TwoReportsOfOneDetentionAreOneIncidentWithTwoSources) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  EXPECT_EQ(counts_.merged_people, 1);  // Muhammadjon Saidow joins Mukhammadjon Saidov
  QueryFilters f;
  f.type = "arrest_detention";
  Result<Table> t = list_incidents(store_->db(), f);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(t->rows[0][7], "2");           // sources
  EXPECT_EQ(t->rows[0][2], "2021-03-14");  // the more precise date wins
  // Each source keeps its own evidence passage.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(DISTINCT casebook_span(d.text, e.ev_start, e.ev_end)) FROM events"
                  " e JOIN documents d ON d.id = e.doc WHERE e.incident = " +
                      t->rows[0][0]),
            2);
}

TEST_F(StoreIngest, ALaterDetentionOfTheSamePersonIsAnotherIncident) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportE, "e.txt");
  EXPECT_EQ(counts_.merged_people, 1);
  QueryFilters f;
  f.type = "arrest_detention";
  Result<Table> t = list_incidents(store_->db(), f);
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->rows.size(), 2u);
}

TEST_F(StoreIngest, Issue5KinThatAreGroupsAreRelativesNotAffiliations) {
  ingest(
      "Police in Ashgabat summoned the parents of Rustam Ataev, a blogger who fled to Turkey, "
      "and warned them on Monday. Ataev is a member of the Turkmen Helsinki Foundation.",
      "kin.txt");
  std::vector<PersonFile> files = load_person_files(store_->db(), "Ataev");
  ASSERT_EQ(files.size(), 1u);
  bool parents = false;
  for (const PersonLink& l : files[0].relatives)
    parents = parents || l.name == "parents of Rustam Ataev";
  EXPECT_TRUE(parents);
  for (const PersonLink& l : files[0].affiliations) EXPECT_NE(l.name, "parents of Rustam Ataev");
}

TEST_F(StoreIngest, Issue5TheExilesFileListsWhatWasDoneToTheRelatives) {
  ingest(
      "Police in Ashgabat summoned the parents of Rustam Ataev, a blogger who fled to Turkey, "
      "on Monday. Police detained Ataev's brother Merdan Ataev and Rustam Ataev's cousin on "
      "Tuesday.",
      "kin.txt");
  std::vector<PersonFile> files = load_person_files(store_->db(), "Rustam Ataev");
  ASSERT_EQ(files.size(), 1u);
  const PersonFile& p = files[0];
  EXPECT_TRUE(p.chronology.empty());
  bool parents = false, brother = false;
  for (const ChronologyEntry& c : p.relatives_chronology) {
    parents = parents || (c.type == "interrogation" && c.relative == "parents of Rustam Ataev");
    brother = brother || (c.type == "arrest_detention" && c.relative == "Merdan Ataev");
    EXPECT_FALSE(c.evidence.empty());
  }
  EXPECT_TRUE(parents);
  EXPECT_TRUE(brother);
  // Rendered for people too.
  std::string text = format_person_files(files, "table");
  EXPECT_NE(text.find("acts against relatives:"), std::string::npos) << text;
  std::string md = format_person_files(files, "md");
  EXPECT_NE(md.find("## Acts against relatives"), std::string::npos) << md;
}

TEST_F(StoreIngest, PersonFileFindsRelativesAndChronology) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  std::vector<PersonFile> files = load_person_files(store_->db(), "Mukhammadjon");
  ASSERT_EQ(files.size(), 1u);
  const PersonFile& p = files[0];
  EXPECT_EQ(p.name, "Mukhammadjon Saidov");
  ASSERT_EQ(p.names.size(), 2u);
  EXPECT_EQ(p.names[1], "Muhammadjon Saidow");
  ASSERT_FALSE(p.relatives.empty());
  EXPECT_EQ(p.relatives[0].relation, "father");
  EXPECT_EQ(p.relatives[0].name, "Rustam Saidov");
  EXPECT_EQ(p.chronology.size(), 2u);
  ASSERT_EQ(p.merges.size(), 1u);
  EXPECT_NE(p.merges[0].find("same normalised name"), std::string::npos);
  // A lookup by any spelling finds the same file.
  EXPECT_EQ(find_person_clusters(store_->db(), "muhammadjon saidow"),
            find_person_clusters(store_->db(), "Mukhammadjon Saidov"));
}

// The case file says where the person's acts happened even when no text gives the person a
// country.
TEST_F(StoreIngest, Issue5PersonFileListsTheCountriesOfTheActs) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  std::vector<PersonFile> files = load_person_files(store_->db(), "Mukhammadjon");
  ASSERT_EQ(files.size(), 1u);
  ASSERT_FALSE(files[0].event_countries.empty());
  EXPECT_EQ(files[0].event_countries[0], "TJ");
}

TEST_F(StoreIngest, UnnamedRelativesMergeWithTheirKin) {
  ingest(testing::kReportC, "c.txt");
  ingest(testing::kReportD, "d.txt");
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(DISTINCT cluster) FROM entities"
                  " WHERE kind = 'person' AND named = 0"),
            1);
  QueryFilters f;
  f.type = "interrogation";
  Result<Table> t = list_incidents(store_->db(), f);
  ASSERT_TRUE(t.ok());
  ASSERT_EQ(t->rows.size(), 1u);
  EXPECT_EQ(t->rows[0][7], "2");
}

TEST_F(StoreIngest, UnmergeSplitsThePersonAndTheirRelatives) {
  ingest(testing::kReportC, "c.txt");
  ingest(testing::kReportD, "d.txt");
  const char* kSharedIncidents =
      "SELECT count(*) FROM (SELECT incident FROM events GROUP BY incident"
      " HAVING count(DISTINCT doc) = 2)";
  int64_t incidents = count(store_.get(), "SELECT count(DISTINCT incident) FROM events");
  int64_t shared = count(store_.get(), kSharedIncidents);
  ASSERT_GE(shared, 1) << "the mother's summons is told by both reports";
  int64_t merge = count(store_.get(),
                        "SELECT m.id FROM merges m JOIN entities e ON e.id = m.entity"
                        " WHERE e.kind = 'person' AND e.named = 1");
  ASSERT_GT(merge, 0);
  ASSERT_TRUE(store_->unmerge(merge).ok());
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(DISTINCT cluster) FROM entities"
                  " WHERE kind = 'person' AND named = 1"),
            2);
  // The mother's merge rested on her son's, so it is undone too.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(DISTINCT cluster) FROM entities"
                  " WHERE kind = 'person' AND named = 0"),
            2);
  // Issue 5: the incidents that rested on those merges come apart.
  EXPECT_EQ(count(store_.get(), kSharedIncidents), 0);
  EXPECT_EQ(count(store_.get(), "SELECT count(DISTINCT incident) FROM events"), incidents + shared);
  EXPECT_FALSE(store_->unmerge(merge).ok());  // already undone
  EXPECT_TRUE(store_->verify_audit().ok);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM audit WHERE action = 'unmerge'"), 1);
}

TEST_F(StoreIngest, Issue5UnmergeSplitsTheIncidentsThatReliedOnIt) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  ingest(testing::kReportC, "c.txt");
  ingest(testing::kReportD, "d.txt");
  QueryFilters f;
  f.type = "arrest_detention";
  ASSERT_EQ(list_incidents(store_->db(), f)->rows.size(), 1u);
  int64_t incidents = count(store_.get(), "SELECT count(*) FROM incidents");
  // B's "Muhammadjon Saidow" joined A's "Mukhammadjon Saidov": that merge is undone.
  int64_t merge = count(store_.get(),
                        "SELECT m.id FROM merges m JOIN entities e ON e.id = m.entity"
                        " WHERE e.name = 'Muhammadjon Saidow' AND m.undone = 0");
  ASSERT_GT(merge, 0);
  ASSERT_TRUE(store_->unmerge(merge).ok());
  Result<Table> t = list_incidents(store_->db(), f);
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0][7], "1");
  EXPECT_EQ(t->rows[1][7], "1");
  // Each keeps its own date: A's day and B's month.
  EXPECT_NE(t->rows[0][2], t->rows[1][2]);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM incidents"), incidents + 1);
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM incidents i WHERE NOT EXISTS"
                  " (SELECT 1 FROM events e WHERE e.incident = i.id)"),
            0);
  // Each incident answers to its victims' clusters only.
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM incident_victims iv WHERE NOT EXISTS (SELECT 1 FROM"
                  " events e JOIN participants p ON p.event = e.id AND p.role = 'victim'"
                  " JOIN entities en ON en.id = p.entity WHERE e.incident = iv.incident"
                  " AND en.cluster = iv.cluster)"),
            0);
  EXPECT_TRUE(store_->verify_audit().ok);
}

TEST_F(StoreIngest, SearchFindsDetainedWithHighlightAndFilters) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportC, "c.txt");
  QueryFilters f;
  Result<Table> t = search_store(store_->db(), "detained", f);
  ASSERT_TRUE(t.ok()) << t.status().message();
  ASSERT_FALSE(t->rows.empty());
  EXPECT_NE(t->rows[0][7].find("«detained»"), std::string::npos);
  f.type = "arrest_detention";
  f.from = "2021-03";
  f.to = "2021-03-31";
  t = search_store(store_->db(), "detained", f);
  ASSERT_TRUE(t.ok());
  for (const auto& row : t->rows) EXPECT_EQ(row[3], "a.txt");
  f.from = "2022";
  f.to = "";
  t = search_store(store_->db(), "detained", f);
  ASSERT_TRUE(t.ok());
  EXPECT_TRUE(t->rows.empty());
  // A query FTS5 cannot parse is retried as words, not an error.
  t = search_store(store_->db(), "Saidov's", QueryFilters{});
  EXPECT_TRUE(t.ok()) << t.status().message();
}

TEST_F(StoreIngest, EveryDocumentIsStoredWhole) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM documents d WHERE n_entities != (SELECT count(*) FROM"
                  " entities e WHERE e.doc = d.id) OR n_events != (SELECT count(*) FROM events v"
                  " WHERE v.doc = d.id)"),
            0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM entities WHERE cluster IS NULL"), 0);
  EXPECT_TRUE(store_->verify_audit().ok);
}

// A cluster answers to every key of every entity in it, whether the entity made the cluster or
// merged into it: keys a merge finds already there are not written twice, never left out. After
// an unmerge two clusters answer to one name, so the next report of it makes a third cluster,
// which must get the keys too.
TEST_F(StoreIngest, Issue5EveryEntityKeyIsAKeyOfItsCluster) {
  const char* kMissing =
      "SELECT count(*) FROM entity_keys k JOIN entities e ON e.id = k.entity"
      " WHERE NOT EXISTS (SELECT 1 FROM cluster_keys c WHERE c.key = k.key"
      " AND c.cluster = e.cluster)";
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  ingest(testing::kReportC, "c.txt");
  ingest(testing::kReportD, "d.txt");
  EXPECT_GT(count(store_.get(), "SELECT count(*) FROM merges"), 5);
  EXPECT_EQ(count(store_.get(), kMissing), 0);
  int64_t merge = count(store_.get(),
                        "SELECT m.id FROM merges m JOIN entities e ON e.id = m.entity"
                        " WHERE e.kind = 'person' AND e.named = 1 AND e.doc = 4");
  ASSERT_GT(merge, 0);
  ASSERT_TRUE(store_->unmerge(merge).ok());
  int64_t clusters = count(store_.get(), "SELECT count(*) FROM clusters");
  ingest(testing::kReportE, "e.txt");
  std::string again = std::string(testing::kReportD) + "\nThe family spoke again in June.";
  ingest(again.c_str(), "d2.txt");
  EXPECT_GT(count(store_.get(), "SELECT count(*) FROM clusters"), clusters);
  EXPECT_EQ(count(store_.get(), kMissing), 0);
}

}  // namespace
}  // namespace casebook
