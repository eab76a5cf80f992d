// Confidential flags and the viewer conditions. The conditions are computed at query time
// (index probes on entities_doc), so a merge that moves a confidential person's name into a
// document, or a new document naming them, is withheld at once with nothing to refresh.
#include "store/confidential.h"

#include <nlohmann/json.hpp>

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

std::string restricted_doc_sql(const std::string& doc) {
  return "(EXISTS (SELECT 1 FROM documents rd WHERE rd.id = " + doc +
         " AND rd.confidential = 1) OR EXISTS (SELECT 1 FROM entities re JOIN clusters rc"
         " ON rc.id = re.cluster WHERE re.doc = " +
         doc + " AND rc.confidential = 1))";
}

std::string viewer_cluster_sql(const std::string& cluster) {
  return "(EXISTS (SELECT 1 FROM clusters vc WHERE vc.id = " + cluster +
         " AND vc.confidential = 0) AND EXISTS (SELECT 1 FROM entities ve WHERE ve.cluster = " +
         cluster + " AND NOT " + restricted_doc_sql("ve.doc") + "))";
}

}  // namespace casebook
