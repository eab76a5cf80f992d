// Deletes, manual merges and audited unmerges (see curation.h).
#include "store/curation.h"

#include <nlohmann/json.hpp>
#include <vector>

#include "core/clock.h"
#include "store/audit.h"
#include "store/merge.h"

namespace casebook {
namespace {

Status run_all(Db* db, const std::vector<const char*>& sqls, int64_t id) {
  for (const char* sql : sqls) {
    Stmt st = db->prepare(sql);
    if (!st.ok()) return Status::Internal(std::string("delete: ") + db->error());
    st.bind(1, id);
    if (st.run() != SQLITE_DONE) return Status::IoError(db->error());
  }
  return Status::Ok();
}

}  // namespace

Status delete_document(Db* db, int64_t doc, const std::string& actor) {
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  std::string sha;
  {
    Stmt st = db->prepare("SELECT sha256 FROM documents WHERE id = ?");
    st.bind(1, doc);
    if (!st.step()) return Status::NotFound("no document " + std::to_string(doc));
    sha = st.text(0);
  }
  std::vector<int64_t> clusters;
  {
    Stmt st =
        db->prepare("SELECT DISTINCT cluster FROM entities WHERE doc = ? AND cluster IS NOT NULL");
    st.bind(1, doc);
    while (st.step()) clusters.push_back(st.int64(0));
  }
  std::vector<int64_t> incidents;
  {
    Stmt st =
        db->prepare("SELECT DISTINCT incident FROM events WHERE doc = ? AND incident IS NOT NULL");
    st.bind(1, doc);
    while (st.step()) incidents.push_back(st.int64(0));
  }
  Status s =
      run_all(db,
              {// First, while the text it indexed is still there (schema.cc, version 10).
               "DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_docsize"
               " WHERE id = ?1)",
               "DELETE FROM participants WHERE event IN (SELECT id FROM events WHERE doc = ?1)",
               "DELETE FROM reviews WHERE event IN (SELECT id FROM events WHERE doc = ?1)",
               "DELETE FROM events WHERE doc = ?1", "DELETE FROM relations WHERE doc = ?1",
               "DELETE FROM statistics WHERE doc = ?1", "DELETE FROM quotes WHERE doc = ?1",
               "UPDATE merges SET depends_on = NULL WHERE depends_on IN (SELECT m.id FROM merges m"
               " JOIN entities e ON e.id = m.entity WHERE e.doc = ?1)",
               "DELETE FROM merges WHERE entity IN (SELECT id FROM entities WHERE doc = ?1)",
               "DELETE FROM entity_keys WHERE entity IN (SELECT id FROM entities WHERE doc = ?1)",
               "UPDATE events SET location = NULL WHERE location IN (SELECT id FROM entities WHERE "
               "doc = ?1)",
               "UPDATE incidents SET location = NULL WHERE location IN (SELECT id FROM entities"
               " WHERE doc = ?1)",
               "DELETE FROM entities WHERE doc = ?1", "DELETE FROM documents WHERE id = ?1"},
              doc);
  if (!s.ok()) return s;
  for (int64_t c : clusters) {
    s = run_all(db,
                {"DELETE FROM cluster_keys WHERE cluster = ?1",
                 "INSERT OR IGNORE INTO cluster_keys(key, cluster) SELECT k.key, ?1 FROM"
                 " entity_keys k JOIN entities e ON e.id = k.entity WHERE e.cluster = ?1",
                 "DELETE FROM incident_victims WHERE cluster = ?1 AND NOT EXISTS (SELECT 1 FROM"
                 " entities WHERE cluster = ?1)",
                 "DELETE FROM clusters WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM entities"
                 " WHERE cluster = ?1)"},
                c);
    if (!s.ok()) return s;
  }
  for (int64_t i : incidents) {
    s = run_all(db,
                {"DELETE FROM incident_victims WHERE incident = ?1 AND NOT EXISTS (SELECT 1 FROM"
                 " events WHERE incident = ?1)",
                 "DELETE FROM incidents WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM events"
                 " WHERE incident = ?1)"},
                i);
    if (!s.ok()) return s;
  }
  nlohmann::json detail = {{"document", doc}, {"sha256", sha}, {"user", actor}};
  s = audit_append(db, "delete_document", detail.dump());
  if (!s.ok()) return s;
  return tx.commit();
}

Result<int64_t> merge_clusters(Db* db, int64_t from, int64_t into, const std::string& note,
                               const std::string& actor) {
  if (from == into) return Status::InvalidInput("cannot merge a cluster into itself");
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  std::string kind_from, kind_into;
  {
    Stmt st = db->prepare("SELECT kind FROM clusters WHERE id = ?");
    st.bind(1, from);
    if (!st.step()) return Status::NotFound("no cluster " + std::to_string(from));
    kind_from = st.text(0);
    st.reset();
    st.bind(1, into);
    if (!st.step()) return Status::NotFound("no cluster " + std::to_string(into));
    kind_into = st.text(0);
  }
  if (kind_from != kind_into) {
    return Status::InvalidInput("cannot merge a " + kind_from + " into a " + kind_into);
  }
  std::vector<int64_t> entities;
  {
    Stmt st = db->prepare("SELECT id FROM entities WHERE cluster = ? ORDER BY id");
    st.bind(1, from);
    while (st.step()) entities.push_back(st.int64(0));
  }
  std::string reason = "manual merge by " + actor + (note.empty() ? "" : ": " + note);
  std::string at = utc_now();
  Stmt ins = db->prepare("INSERT INTO merges(entity, cluster, reason, at) VALUES (?,?,?,?)");
  for (int64_t e : entities) {
    ins.reset();
    ins.bind(1, e).bind(2, into).bind(3, reason).bind(4, at);
    if (ins.run() != SQLITE_DONE) return Status::IoError(db->error());
  }
  for (const char* sql :
       {"UPDATE entities SET cluster = ?2 WHERE cluster = ?1",
        "INSERT OR IGNORE INTO cluster_keys(key, cluster) SELECT key, ?2 FROM cluster_keys"
        " WHERE cluster = ?1",
        "DELETE FROM cluster_keys WHERE cluster = ?1",
        "INSERT OR IGNORE INTO incident_victims(cluster, type, incident) SELECT ?2, type,"
        " incident FROM incident_victims WHERE cluster = ?1",
        "DELETE FROM incident_victims WHERE cluster = ?1",
        "UPDATE clusters SET confidential = max(confidential, (SELECT confidential FROM clusters"
        " WHERE id = ?1)) WHERE id = ?2"}) {
    Stmt st = db->prepare(sql);
    st.bind(1, from).bind(2, into);
    if (st.run() != SQLITE_DONE) return Status::IoError(db->error());
  }
  nlohmann::json detail = {{"from", from},
                           {"into", into},
                           {"entities", entities.size()},
                           {"note", note},
                           {"user", actor}};
  Status s = audit_append(db, "merge", detail.dump());
  if (!s.ok()) return s;
  s = tx.commit();
  if (!s.ok()) return s;
  return static_cast<int64_t>(entities.size());
}

Status unmerge_as(Db* db, int64_t merge_id, const std::string& actor) {
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  int64_t entity = 0, confidential = 0;
  {
    Stmt st = db->prepare(
        "SELECT m.entity, coalesce(c.confidential, 0) FROM merges m LEFT JOIN clusters c"
        " ON c.id = m.cluster WHERE m.id = ? AND m.undone = 0");
    st.bind(1, merge_id);
    if (!st.step()) return Status::NotFound("no merge " + std::to_string(merge_id) + " to undo");
    entity = st.int64(0);
    confidential = st.int64(1);
  }
  Status s = unmerge_entity(db, merge_id);
  if (!s.ok()) return s;
  if (confidential) {
    // The entity and the relatives that followed it keep the flag of the person they left.
    Stmt up = db->prepare(
        "UPDATE clusters SET confidential = 1 WHERE id IN (SELECT e.cluster FROM merges m"
        " JOIN entities e ON e.id = m.entity WHERE m.id = ?1 OR m.depends_on = ?1)"
        " OR id = (SELECT cluster FROM entities WHERE id = ?2)");
    up.bind(1, merge_id).bind(2, entity);
    if (up.run() != SQLITE_DONE) return Status::IoError(db->error());
  }
  nlohmann::json detail = {{"merge", merge_id}, {"user", actor}};
  s = audit_append(db, "unmerge", detail.dump());
  if (!s.ok()) return s;
  return tx.commit();
}

}  // namespace casebook
