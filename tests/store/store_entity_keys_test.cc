// Issue 5, schema version 9: entity_keys keyed by (entity, key) with no second index, so a key
// costs one B-tree insert; a version-8 store is migrated with its keys, and every reader (person
// search, unmerge, re-extraction, deletion) still finds them.
#include <gtest/gtest.h>

#include <string>

#include "store/curation.h"
#include "store/queries.h"
#include "store/schema.h"
#include "store_test_util.h"

namespace casebook {
namespace {

using testing::count;

// The version-8 shape of entity_keys: keyed by (key, entity), with an index on entity.
constexpr const char* kBackToVersion8 =
    "CREATE TABLE old_keys (key TEXT NOT NULL, entity INTEGER NOT NULL REFERENCES"
    " entities(id), PRIMARY KEY (key, entity)) WITHOUT ROWID;"
    "INSERT INTO old_keys SELECT key, entity FROM entity_keys;"
    "DROP TABLE entity_keys; ALTER TABLE old_keys RENAME TO entity_keys;"
    "CREATE INDEX entity_keys_entity ON entity_keys(entity);"
    "UPDATE schema_version SET version = 8;";

// The columns of the table's primary key, in key order ("entity,key").
std::string primary_key(Store* s, const char* table) {
  Stmt st = s->db()->prepare(std::string("SELECT group_concat(name) FROM (SELECT name FROM"
                                         " pragma_table_info('") +
                             table + "') WHERE pk > 0 ORDER BY pk)");
  return st.step() ? st.text(0) : "";
}

class StoreEntityKeys : public testing::StoreTest {};

TEST_F(StoreEntityKeys, Issue5EntityKeysAreKeyedByEntityWithNoSecondIndex) {
  ingest(testing::kReportA, "a.txt");
  EXPECT_EQ(primary_key(store_.get(), "entity_keys"), "entity,key");
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name ="
                  " 'entity_keys' AND sql IS NOT NULL"),
            0);
  EXPECT_GT(count(store_.get(), "SELECT count(*) FROM entity_keys"), 0);
  // An entity's keys are read by a seek on the key's first column, not a scan.
  Stmt plan = store_->db()->prepare(
      "EXPLAIN QUERY PLAN SELECT key FROM entity_keys WHERE entity = 1");
  ASSERT_TRUE(plan.step());
  EXPECT_NE(plan.text(3).find("SEARCH"), std::string::npos) << plan.text(3);
}

TEST_F(StoreEntityKeys, Issue5AVersion8StoreIsMigratedWithItsEntityKeys) {
  ingest(testing::kReportA, "a.txt");
  ingest(testing::kReportB, "b.txt");
  int64_t keys = count(store_.get(), "SELECT count(*) FROM entity_keys");
  int64_t sum = count(store_.get(), "SELECT sum(entity * length(key)) FROM entity_keys");
  std::vector<int64_t> clusters = find_person_clusters(store_->db(), "Saidov");
  ASSERT_FALSE(clusters.empty());
  ASSERT_TRUE(store_->db()->exec(kBackToVersion8).ok()) << store_->db()->error();
  ASSERT_EQ(primary_key(store_.get(), "entity_keys"), "key,entity");
  store_.reset();
  auto s = Store::open((dir_ / "t.db").string(), "", false);
  ASSERT_TRUE(s.ok()) << s.status().message();
  store_ = std::move(*s);
  EXPECT_EQ(schema_version(store_->db()), kSchemaVersion);
  EXPECT_EQ(primary_key(store_.get(), "entity_keys"), "entity,key");
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM sqlite_master WHERE name ="
                                " 'entity_keys_entity'"),
            0);
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM entity_keys"), keys);
  EXPECT_EQ(count(store_.get(), "SELECT sum(entity * length(key)) FROM entity_keys"), sum);
  EXPECT_EQ(find_person_clusters(store_->db(), "Saidov"), clusters);
  // The readers by entity: unmerge moves a relative's kin key and gives the fresh cluster its
  // keys; deleting a document removes its entities' keys (the foreign keys are checked).
  int64_t merge = count(store_.get(), "SELECT min(id) FROM merges WHERE undone = 0");
  ASSERT_GT(merge, 0);
  ASSERT_TRUE(store_->unmerge(merge).ok()) << store_->db()->error();
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM cluster_keys c JOIN entities e ON e.cluster = c.cluster"
                  " JOIN merges m ON m.entity = e.id WHERE m.id = (SELECT min(id) FROM merges)"),
            count(store_.get(),
                  "SELECT count(*) FROM entity_keys k JOIN merges m ON m.entity = k.entity"
                  " WHERE m.id = (SELECT min(id) FROM merges)"));
  Status d = delete_document(store_->db(), 2, "tester");
  ASSERT_TRUE(d.ok()) << d.message();
  EXPECT_EQ(count(store_.get(),
                  "SELECT count(*) FROM entity_keys k LEFT JOIN entities e ON e.id = k.entity"
                  " WHERE e.id IS NULL"),
            0);
  Stmt ic = store_->db()->prepare("PRAGMA integrity_check");
  ASSERT_TRUE(ic.step());
  EXPECT_EQ(ic.text(0), "ok");
  EXPECT_EQ(count(store_.get(), "SELECT count(*) FROM pragma_foreign_key_check"), 0);
  EXPECT_TRUE(store_->verify_audit().ok);
}

}  // namespace
}  // namespace casebook
