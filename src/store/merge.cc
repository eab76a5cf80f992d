// Entity clusters across documents. Keys carry their kind ("person:", "org:", "place:",
// "state:", "kin:"), so a person never joins a place. Merges are exact on folded keys:
// "Mukhammadjon Saidow" joins "Muhammadjon Saidov", but "Saidov" alone joins no one.
#include "store/merge.h"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>

#include "core/clock.h"
#include "store/name_key.h"

namespace casebook {
namespace {

struct Keyed {
  std::vector<std::string> keys;
  int64_t depends_on = 0;  // the kin's merge, for unnamed relatives
  std::string why;         // how the keys were made, for the merge reason
};

void add_key(std::vector<std::string>* keys, const std::string& prefix, const std::string& k) {
  if (k.empty()) return;
  std::string key = prefix + k;
  for (const std::string& have : *keys) {
    if (have == key) return;
  }
  keys->push_back(std::move(key));
}

// The keys of a named entity, from its name and aliases.
Keyed named_keys(const Entity& e) {
  Keyed k;
  if (e.kind == "person") {
    add_key(&k.keys, "person:", person_key(e.name));
    for (const std::string& a : e.aliases) add_key(&k.keys, "person:", person_key(a));
    k.why = "same normalised name";
  } else if (e.kind == "place") {
    add_key(&k.keys, "place:", organization_key(e.name) + "|" + e.country);
    k.why = "same place name and country";
  } else if (e.kind == "organization") {
    add_key(&k.keys, "org:", organization_key(e.name));
    add_key(&k.keys, "org:", acronym_key(e.name));
    for (const std::string& a : e.aliases) add_key(&k.keys, "org:", organization_key(a));
    k.why = "same organisation name or acronym";
  } else if (e.kind == "state_actor") {
    add_key(&k.keys, "state:", organization_key(e.name) + "|" + e.country);
    k.why = "same state actor and country";
  }
  return k;
}

class Linker {
 public:
  Linker(Db* db, const Extraction& x, const EntityIds& ids, IngestCounts* counts,
         nlohmann::json* merges)
      : db_(db), x_(x), ids_(ids), counts_(counts), merges_(merges) {}

  Status run() {
    // Named entities first: an unnamed relative's key names its kin's cluster.
    for (const Entity& e : x_.entities) {
      if (!e.named) continue;
      Status s = link(e, named_keys(e));
      if (!s.ok()) return s;
    }
    for (const Entity& e : x_.entities) {
      if (e.named) continue;
      Status s = link(e, kin_keys(e));
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  // "father of X": the relation from this entity to a named person gives "kin:father:<X's
  // cluster>"; without such a relation an unnamed entity stays alone.
  Keyed kin_keys(const Entity& e) {
    Keyed k;
    if (e.kind != "person") return k;
    for (const Relation& r : x_.relations) {
      if (r.from != e.id) continue;
      auto it = ids_.find(r.to);
      if (it == ids_.end()) continue;
      Stmt& c = db_->cached("SELECT cluster FROM entities WHERE id = ? AND named = 1");
      c.bind(1, it->second);
      if (!c.step() || c.is_null(0)) continue;
      add_key(&k.keys, "kin:", r.kind + ":" + std::to_string(c.int64(0)));
      if (!k.depends_on) k.depends_on = merge_of(it->second);
      k.why = "same kin (" + r.kind + ") of the same person";
    }
    return k;
  }

  int64_t merge_of(int64_t entity) {
    Stmt& m = db_->cached("SELECT id FROM merges WHERE entity = ? AND undone = 0");
    m.bind(1, entity);
    return m.step() ? m.int64(0) : 0;
  }

  bool sex_conflicts(int64_t cluster, const std::string& sex) {
    if (sex.empty()) return false;
    Stmt& st = db_->cached("SELECT 1 FROM clusters WHERE id = ? AND sex IS NOT NULL AND sex != ?");
    st.bind(1, cluster).bind(2, sex);
    return st.step();
  }

  Status link(const Entity& e, const Keyed& k) {
    int64_t id = ids_.at(e.id);
    Stmt& key_ins = db_->cached("INSERT OR IGNORE INTO entity_keys(key, entity) VALUES (?,?)");
    for (const std::string& key : k.keys) {
      key_ins.reset();
      key_ins.bind(1, key).bind(2, id);
      if (key_ins.run() != SQLITE_DONE) return Status::IoError(db_->error());
    }
    // Which clusters answer to these keys.
    std::set<int64_t> clusters;
    std::string match_key;
    Stmt& find = db_->cached("SELECT cluster FROM cluster_keys WHERE key = ?");
    for (const std::string& key : k.keys) {
      find.reset();
      find.bind(1, key);
      while (find.step()) {
        if (clusters.insert(find.int64(0)).second && match_key.empty()) match_key = key;
      }
    }
    bool person = e.kind == "person" && e.named;
    int64_t cluster = 0;
    if (clusters.size() == 1 && !sex_conflicts(*clusters.begin(), e.sex)) {
      cluster = *clusters.begin();
      std::string match_name;
      Stmt& n = db_->cached("SELECT name FROM clusters WHERE id = ?");
      n.bind(1, cluster);
      if (n.step()) match_name = n.text(0);
      // A sentence a reviewer can read: why these two are taken for one.
      std::string reason = k.why + ": \"" + e.name + "\" ~ \"" + match_name + "\" (" + e.kind +
                           " " + std::to_string(cluster) + "), key \"" + match_key + "\"";
      Stmt& m = db_->cached(
          "INSERT INTO merges(entity, cluster, reason, depends_on, at) VALUES (?,?,?,?,?)");
      m.bind(1, id).bind(2, cluster).bind(3, reason);
      if (k.depends_on) m.bind(4, k.depends_on);
      m.bind(5, utc_now());
      if (m.run() != SQLITE_DONE) return Status::IoError(db_->error());
      int64_t merge_id = db_->last_insert_id();
      if (person) counts_->merged_people++;
      // Audited with its document: one chained row per ingest lists all its merges, where a
      // row per merge cost about 20 hashed rows a document.
      merges_->push_back({{"merge", merge_id}, {"entity", id}, {"cluster", cluster}});
      if (!e.sex.empty()) {
        Stmt& sx = db_->cached("UPDATE clusters SET sex = coalesce(sex, ?) WHERE id = ?");
        sx.bind(1, e.sex).bind(2, cluster);
        if (sx.run() != SQLITE_DONE) return Status::IoError(db_->error());
      }
    } else {
      // Ambiguous (two clusters answer) or unknown: a cluster of its own.
      Stmt& c = db_->cached("INSERT INTO clusters(kind, name, country, sex) VALUES (?,?,?,?)");
      c.bind(1, e.kind).bind(2, e.name).bind_opt(3, e.country).bind_opt(4, e.sex);
      if (c.run() != SQLITE_DONE) return Status::IoError(db_->error());
      cluster = db_->last_insert_id();
      if (person) counts_->new_people++;
    }
    Stmt& u = db_->cached("UPDATE entities SET cluster = ? WHERE id = ?");
    u.bind(1, cluster).bind(2, id);
    if (u.run() != SQLITE_DONE) return Status::IoError(db_->error());
    Stmt& ck = db_->cached("INSERT OR IGNORE INTO cluster_keys(key, cluster) VALUES (?,?)");
    for (const std::string& key : k.keys) {
      ck.reset();
      ck.bind(1, key).bind(2, cluster);
      if (ck.run() != SQLITE_DONE) return Status::IoError(db_->error());
    }
    return Status::Ok();
  }

  Db* db_;
  const Extraction& x_;
  const EntityIds& ids_;
  IngestCounts* counts_;
  nlohmann::json* merges_;
};

}  // namespace

Status link_entities(Db* db, const Extraction& x, const EntityIds& ids, IngestCounts* counts,
                     nlohmann::json* merges) {
  if (ids.empty()) return Status::Ok();
  return Linker(db, x, ids, counts, merges).run();
}

Status unmerge_entity(Db* db, int64_t merge_id) {
  Stmt m = db->prepare("SELECT entity, cluster FROM merges WHERE id = ? AND undone = 0");
  m.bind(1, merge_id);
  if (!m.step()) return Status::NotFound("no merge " + std::to_string(merge_id) + " to undo");
  int64_t entity = m.int64(0), old_cluster = m.int64(1);
  Stmt c = db->prepare(
      "INSERT INTO clusters(kind, name, country, sex) SELECT kind, name, country, sex FROM entities"
      " WHERE id = ?");
  c.bind(1, entity);
  if (c.run() != SQLITE_DONE) return Status::IoError(db->error());
  int64_t fresh = db->last_insert_id();
  Stmt u = db->prepare("UPDATE entities SET cluster = ? WHERE id = ?");
  u.bind(1, fresh).bind(2, entity);
  if (u.run() != SQLITE_DONE) return Status::IoError(db->error());
  Stmt d = db->prepare("UPDATE merges SET undone = 1 WHERE id = ?");
  d.bind(1, merge_id);
  if (d.run() != SQLITE_DONE) return Status::IoError(db->error());
  // The relatives' kin keys now name the entity's new cluster.
  Stmt rk = db->prepare(
      "UPDATE entity_keys SET key = 'kin:' || r.kind || ':' || ?1 FROM relations r"
      " WHERE r.to_entity = ?2 AND entity_keys.entity = r.from_entity"
      " AND entity_keys.key = 'kin:' || r.kind || ':' || ?3");
  rk.bind(1, fresh).bind(2, entity).bind(3, old_cluster);
  if (rk.run() != SQLITE_DONE) return Status::IoError(db->error());
  // The fresh cluster answers to the entity's own keys (the old one keeps them too, so a
  // later document with that name finds two clusters and, being ambiguous, joins neither).
  Stmt keys = db->prepare(
      "INSERT OR IGNORE INTO cluster_keys(key, cluster) SELECT key, ?1 FROM entity_keys"
      " WHERE entity = ?2");
  keys.bind(1, fresh).bind(2, entity);
  if (keys.run() != SQLITE_DONE) return Status::IoError(db->error());
  // Incidents joined only through this merge come apart; each answers to its victims'
  // clusters as they are now.
  int split = 0;
  Status st = split_incidents_of(db, entity, &split);
  if (!st.ok()) return st;
  std::vector<int64_t> dependents;
  Stmt dep = db->prepare("SELECT id FROM merges WHERE depends_on = ? AND undone = 0");
  dep.bind(1, merge_id);
  while (dep.step()) dependents.push_back(dep.int64(0));
  for (int64_t id : dependents) {
    Status s = unmerge_entity(db, id);
    if (!s.ok()) return s;
  }
  Stmt kin = db->prepare(
      "INSERT OR IGNORE INTO cluster_keys(key, cluster) SELECT k.key, e.cluster FROM relations r"
      " JOIN entity_keys k ON k.entity = r.from_entity JOIN entities e ON e.id = r.from_entity"
      " WHERE r.to_entity = ?1 AND k.key = 'kin:' || r.kind || ':' || ?2");
  kin.bind(1, entity).bind(2, fresh);
  if (kin.run() != SQLITE_DONE) return Status::IoError(db->error());
  return Status::Ok();
}

}  // namespace casebook
