// Entity clusters across documents. Keys carry their kind ("person:", "org:", "place:",
// "state:", "kin:"), so a person never joins a place. Merges are exact on folded keys:
// "Mukhammadjon Saidow" joins "Muhammadjon Saidov", but "Saidov" alone joins no one.
#include "store/merge.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <vector>

#include "core/clock.h"
#include "store/multi_row_insert.h"
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

// Chooses every entity's cluster before any entity row is written, so the rows go in with
// their cluster and no UPDATE follows (an UPDATE of a foreign-key column opens a statement
// journal; bench/README.md).
class Chooser {
 public:
  Chooser(Db* db, const Extraction& x, IngestCounts* counts, std::vector<EntityLink>* links,
          ClusterKeyMemo* memo)
      : db_(db), x_(x), counts_(counts), links_(links), memo_(memo) {
    links_->assign(x_.entities.size(), EntityLink());
    for (size_t i = 0; i < x_.entities.size(); ++i) index_[x_.entities[i].id] = i;
  }

  Status run() {
    // Named entities first: an unnamed relative's key names its kin's cluster.
    for (size_t i = 0; i < x_.entities.size(); ++i) {
      if (!x_.entities[i].named) continue;
      Status s = choose(i, named_keys(x_.entities[i]));
      if (!s.ok()) return s;
    }
    for (size_t i = 0; i < x_.entities.size(); ++i) {
      if (x_.entities[i].named) continue;
      Status s = choose(i, kin_keys(x_.entities[i], &(*links_)[i]));
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  // "father of X": the relation from this entity to a named person of the document gives
  // "kin:father:<X's cluster>"; without such a relation an unnamed entity stays alone.
  Keyed kin_keys(const Entity& e, EntityLink* link) {
    Keyed k;
    if (e.kind != "person") return k;
    for (const Relation& r : x_.relations) {
      if (r.from != e.id) continue;
      auto it = index_.find(r.to);
      if (it == index_.end() || !x_.entities[it->second].named) continue;
      const EntityLink& kin = (*links_)[it->second];
      add_key(&k.keys, "kin:", r.kind + ":" + std::to_string(kin.cluster));
      if (link->depends_on < 0 && kin.merged) link->depends_on = static_cast<int>(it->second);
      k.why = "same kin (" + r.kind + ") of the same person";
    }
    return k;
  }

  // The clusters `key` answers to, in id order, from the batch's memo or else from the table
  // (and then remembered, with each cluster's name and sex); nullptr when the lookup failed.
  const std::vector<int64_t>* clusters_of(const std::string& key) {
    const std::vector<int64_t>* known = memo_->clusters_of(key);
    if (known && std::all_of(known->begin(), known->end(),
                             [&](int64_t id) { return memo_->cluster(id) != nullptr; })) {
      return known;
    }
    Stmt& find = db_->cached(
        "SELECT k.cluster, c.name, c.sex FROM cluster_keys k JOIN clusters c ON c.id = k.cluster"
        " WHERE k.key = ?");
    find.rewind();
    find.bind_view(1, key);
    std::vector<int64_t> ids;
    while (find.step()) {
      ids.push_back(find.int64(0));
      memo_->remember_cluster(ids.back(), {find.text(1), find.is_null(2), find.text(2)});
    }
    int rc = find.rc();
    find.reset();
    if (rc != SQLITE_DONE) return nullptr;
    memo_->remember_key(key, std::move(ids));
    return memo_->clusters_of(key);
  }

  Status choose(size_t i, Keyed k) {
    const Entity& e = x_.entities[i];
    EntityLink& link = (*links_)[i];
    // Which clusters answer to these keys, with the name and sex of the first.
    std::set<int64_t> clusters;
    std::string match_key, match_name;
    bool match_sex_null = true;
    std::string match_sex;
    // Keys some cluster already answers to: on a merge that cluster is the only one, so the key
    // is already its own and need not be written again.
    std::vector<char> known(k.keys.size(), 0);
    for (size_t j = 0; j < k.keys.size(); ++j) {
      const std::string& key = k.keys[j];
      const std::vector<int64_t>* answer = clusters_of(key);
      if (!answer) return Status::IoError(db_->error());
      for (int64_t id : *answer) {
        known[j] = 1;
        if (clusters.insert(id).second && match_key.empty()) {
          const ClusterKeyMemo::Cluster* c = memo_->cluster(id);
          match_key = key;
          match_name = c->name;
          match_sex_null = c->sex_null;
          match_sex = c->sex;
        }
      }
    }
    bool person = e.kind == "person" && e.named;
    bool sex_conflicts = !e.sex.empty() && !match_sex_null && match_sex != e.sex;
    bool merged = clusters.size() == 1 && !sex_conflicts;
    if (merged) {
      link.cluster = *clusters.begin();
      link.merged = true;
      // A sentence a reviewer can read: why these two are taken for one.
      link.reason = k.why + ": \"" + e.name + "\" ~ \"" + match_name + "\" (" + e.kind + " " +
                    std::to_string(link.cluster) + "), key \"" + match_key + "\"";
      if (person) counts_->merged_people++;
      if (!e.sex.empty() && match_sex_null) {
        Stmt& sx = db_->cached("UPDATE clusters SET sex = coalesce(sex, ?) WHERE id = ?");
        sx.bind(1, e.sex).bind(2, link.cluster);
        if (sx.run() != SQLITE_DONE) return Status::IoError(db_->error());
        memo_->set_sex(link.cluster, e.sex);
      }
    } else {
      // Ambiguous (two clusters answer) or unknown: a cluster of its own.
      Stmt& c = db_->cached("INSERT INTO clusters(kind, name, country, sex) VALUES (?,?,?,?)");
      c.bind(1, e.kind).bind(2, e.name).bind_opt(3, e.country).bind_opt(4, e.sex);
      if (c.run() != SQLITE_DONE) return Status::IoError(db_->error());
      link.cluster = db_->last_insert_id();
      memo_->remember_cluster(link.cluster, {e.name, e.sex.empty(), e.sex});
      if (person) counts_->new_people++;
    }
    Stmt& ck = db_->cached("INSERT OR IGNORE INTO cluster_keys(key, cluster) VALUES (?,?)");
    for (size_t j = 0; j < k.keys.size(); ++j) {
      if (merged && known[j]) continue;
      ck.rewind();
      ck.bind_view(1, k.keys[j]).bind(2, link.cluster);
      if (ck.run() != SQLITE_DONE) return Status::IoError(db_->error());
      memo_->add_key(k.keys[j], link.cluster);
    }
    link.keys = std::move(k.keys);
    return Status::Ok();
  }

  Db* db_;
  const Extraction& x_;
  IngestCounts* counts_;
  std::vector<EntityLink>* links_;
  ClusterKeyMemo* memo_;
  std::unordered_map<std::string, size_t> index_;  // local id -> entity index
};

// An entity's key, waiting to be written with the document's others (write_entity_keys).
struct EntityKey {
  std::string_view key;  // the link's, which outlives the write
  int64_t entity = 0;
};

// The document's entity keys, MultiRowInsert::kMaxRows to a statement (about 17 a document):
// a statement run costs beside its rows. The rows, and the repeats ignored, are the same as
// one at a time; nothing reads entity_keys while the document's merges are written.
Status write_entity_keys(Db* db, const std::vector<EntityKey>& keys) {
  static const MultiRowInsert insert("INSERT OR IGNORE INTO entity_keys(key, entity) VALUES ",
                                     "(?,?)");
  constexpr size_t kRows = MultiRowInsert::kMaxRows;
  for (size_t at = 0; at < keys.size(); at += kRows) {
    size_t n = std::min(kRows, keys.size() - at);
    Stmt& st = db->cached(insert.sql(n));
    st.rewind();
    for (size_t i = 0; i < n; ++i) {
      int k = static_cast<int>(2 * i);
      st.bind_view(k + 1, keys[at + i].key).bind(k + 2, keys[at + i].entity);
    }
    if (st.run() != SQLITE_DONE) return Status::IoError(db->error());
  }
  return Status::Ok();
}

// The merges rows, named entities first, so a relative's merge can name its kin's.
Status record_merge(Db* db, size_t i, const std::vector<EntityLink>& links,
                    const std::vector<int64_t>& entity_ids, const std::string& at,
                    std::vector<int64_t>* merge_ids, std::vector<MergeMade>* merges,
                    std::vector<EntityKey>* keys) {
  const EntityLink& link = links[i];
  int64_t id = entity_ids[i];
  for (const std::string& key : link.keys) keys->push_back({key, id});
  if (!link.merged) return Status::Ok();
  Stmt& m =
      db->cached("INSERT INTO merges(entity, cluster, reason, depends_on, at) VALUES (?,?,?,?,?)");
  m.bind(1, id).bind(2, link.cluster).bind(3, link.reason);
  if (link.depends_on >= 0 && (*merge_ids)[static_cast<size_t>(link.depends_on)]) {
    m.bind(4, (*merge_ids)[static_cast<size_t>(link.depends_on)]);
  }
  m.bind(5, at);
  if (m.run() != SQLITE_DONE) return Status::IoError(db->error());
  (*merge_ids)[i] = db->last_insert_id();
  // Audited with its document: one chained row per ingest lists all its merges, where a
  // row per merge cost about 20 hashed rows a document.
  merges->push_back({(*merge_ids)[i], id, link.cluster});
  return Status::Ok();
}

}  // namespace

nlohmann::json merges_json(const std::vector<MergeMade>& merges) {
  nlohmann::json out = nlohmann::json::array();
  for (const MergeMade& m : merges) {
    out.push_back({{"merge", m.merge}, {"entity", m.entity}, {"cluster", m.cluster}});
  }
  return out;
}

Status choose_clusters(Db* db, const Extraction& x, IngestCounts* counts,
                       std::vector<EntityLink>* links, ClusterKeyMemo* memo) {
  return Chooser(db, x, counts, links, memo).run();
}

Status record_merges(Db* db, const Extraction& x, const std::vector<EntityLink>& links,
                     const std::vector<int64_t>& entity_ids, std::vector<MergeMade>* merges) {
  std::string at = utc_now();
  std::vector<int64_t> merge_ids(links.size(), 0);
  std::vector<EntityKey> keys;
  for (bool named : {true, false}) {
    for (size_t i = 0; i < links.size(); ++i) {
      if (x.entities[i].named != named) continue;
      Status s = record_merge(db, i, links, entity_ids, at, &merge_ids, merges, &keys);
      if (!s.ok()) return s;
    }
  }
  return write_entity_keys(db, keys);
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
