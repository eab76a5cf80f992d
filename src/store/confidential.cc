// Confidential flags and the viewer conditions. The restricted documents are derived from the
// flags at read time, per connection, into a TEMP table (a few hundred ids): a merge that
// moves a confidential person's name into a document, or a new document naming them (even
// ingested by the CLI), is withheld from the next read on, with nothing stored to keep in step.
// Probing that table instead of the flags for each row made viewer queries several times
// faster (NOTES.md).
#include "store/confidential.h"

#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <utility>

#include "store/audit.h"

namespace casebook {
namespace {

Status set_flag(Db* db, const char* table, const char* what, int64_t id, bool on,
                const std::string& actor) {
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  std::string sql = std::string("UPDATE ") + table + " SET confidential = ? WHERE id = ?";
  if (std::string(table) == "clusters") sql += " AND kind = 'person'";
  Stmt up = db->prepare(sql);
  up.bind(1, static_cast<int64_t>(on ? 1 : 0)).bind(2, id);
  if (up.run() != SQLITE_DONE) return Status::IoError(db->error());
  if (db->changes() == 0)
    return Status::NotFound(std::string("no ") + what + " " + std::to_string(id));
  nlohmann::json detail = {{what, id}, {"confidential", on}, {"user", actor}};
  Status s = audit_append(db, "confidential", detail.dump());
  if (!s.ok()) return s;
  return tx.commit();
}

}  // namespace

Status set_document_confidential(Db* db, int64_t doc, bool confidential, const std::string& actor) {
  return set_flag(db, "documents", "document", doc, confidential, actor);
}

Status set_cluster_confidential(Db* db, int64_t cluster, bool confidential,
                                const std::string& actor) {
  return set_flag(db, "clusters", "person", cluster, confidential, actor);
}

Status refresh_restricted(Db* db) {
  // connection -> (data_version, total_changes) when its table was last built.
  static std::mutex mu;
  static std::map<sqlite3*, std::pair<int64_t, int64_t>> built;
  sqlite3* h = db->handle();
  bool exists =
      db->scalar("SELECT count(*) FROM temp.sqlite_master WHERE name = 'restricted_docs'") > 0;
  int64_t version = db->scalar("PRAGMA data_version");
  int64_t changes = sqlite3_total_changes64(h);
  {
    std::lock_guard<std::mutex> lock(mu);
    auto it = built.find(h);
    if (exists && it != built.end() && it->second == std::make_pair(version, changes)) {
      return Status::Ok();
    }
  }
  Status s = db->exec(
      "CREATE TEMP TABLE IF NOT EXISTS restricted_docs (id INTEGER PRIMARY KEY);"
      "DELETE FROM temp.restricted_docs;"
      "INSERT OR IGNORE INTO temp.restricted_docs SELECT id FROM main.documents"
      " WHERE confidential = 1;"
      "INSERT OR IGNORE INTO temp.restricted_docs SELECT e.doc FROM main.clusters c"
      " JOIN main.entities e ON e.cluster = c.id WHERE c.confidential = 1;");
  if (!s.ok()) return s;
  std::lock_guard<std::mutex> lock(mu);
  built[h] = {version, sqlite3_total_changes64(h)};
  return Status::Ok();
}

std::string restricted_doc_sql(const std::string& doc) {
  return "(" + doc + " IN temp.restricted_docs)";
}

std::string viewer_cluster_sql(const std::string& cluster) {
  return "(EXISTS (SELECT 1 FROM clusters vc WHERE vc.id = " + cluster +
         " AND vc.confidential = 0) AND EXISTS (SELECT 1 FROM entities ve WHERE ve.cluster = " +
         cluster + " AND NOT " + restricted_doc_sql("ve.doc") + "))";
}

}  // namespace casebook
