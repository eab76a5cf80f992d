// Builds PersonFile from the store's tables; each relation and event keeps its document.
#include "store/person_file.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "store/queries.h"

namespace casebook {
namespace {

void add_unique(std::vector<std::string>* v, const std::string& s) {
  if (s.empty() || std::find(v->begin(), v->end(), s) != v->end()) return;
  v->push_back(s);
}

void load_identity(Db* db, PersonFile* p) {
  Stmt c = db->prepare("SELECT name, coalesce(country, '') FROM clusters WHERE id = ?");
  c.bind(1, p->cluster);
  if (c.step()) {
    p->name = c.text(0);
    p->country = c.text(1);
    p->names.push_back(p->name);
  }
  Stmt e = db->prepare(
      "SELECT name, coalesce(aliases, ''), coalesce(sex, ''), coalesce(country, ''),"
      " coalesce(roles, '') FROM entities WHERE cluster = ? ORDER BY id");
  e.bind(1, p->cluster);
  while (e.step()) {
    add_unique(&p->names, e.text(0));
    auto list = [](std::string_view s) {
      std::vector<std::string> out;
      if (s.empty()) return out;
      nlohmann::json j = nlohmann::json::parse(s, nullptr, false);
      if (j.is_array()) {
        for (const auto& x : j) {
          if (x.is_string()) out.push_back(x.get<std::string>());
        }
      }
      return out;
    };
    for (const std::string& a : list(e.text_view(1))) add_unique(&p->names, a);
    for (const std::string& r : list(e.text_view(4))) add_unique(&p->roles, r);
    if (p->sex.empty()) p->sex = e.text(2);
    if (p->country.empty()) p->country = e.text(3);
  }
  Stmt m = db->prepare(
      "SELECT m.id, m.reason FROM merges m JOIN entities e ON e.id = m.entity"
      " WHERE e.cluster = ? AND m.undone = 0 ORDER BY m.id");
  m.bind(1, p->cluster);
  while (m.step()) p->merges.push_back("merge " + m.text(0) + ": " + m.text(1));
}

void load_links(Db* db, PersonFile* p) {
  // Both directions: "X's father" (from = father, to = X) and "X is father of Y".
  Stmt r = db->prepare(
      "SELECT r.kind, coalesce(r.role, ''), coalesce(r.ev_text, casebook_span(d.text, r.ev_start, "
      "r.ev_end), ''),"
      " coalesce(d.title, d.source, ''), o.kind, c.name, c.id, r.from_entity = me.id"
      " FROM entities me JOIN relations r ON r.from_entity = me.id OR r.to_entity = me.id"
      " JOIN entities o ON o.id = CASE WHEN r.from_entity = me.id THEN r.to_entity"
      "   ELSE r.from_entity END"
      " JOIN clusters c ON c.id = o.cluster JOIN documents d ON d.id = r.doc"
      " WHERE me.cluster = ?1 AND o.cluster != ?1 ORDER BY r.id");
  r.bind(1, p->cluster);
  std::set<std::string> seen;
  while (r.step()) {
    PersonLink l;
    bool outward = r.int64(7) != 0;
    l.relation = outward ? "is " + r.text(0) + " of" : r.text(0);
    l.role = r.text(1);
    l.evidence = r.text(2);
    l.source = r.text(3);
    l.kind = r.text(4);
    l.name = r.text(5);
    l.cluster = r.int64(6);
    if (!seen.insert(l.relation + "|" + std::to_string(l.cluster)).second) continue;
    // Kin are people or groups ("parents of X", "his family"); bodies are affiliations.
    bool body = l.kind == "organization" || l.kind == "state_actor";
    (body ? p->affiliations : p->relatives).push_back(std::move(l));
  }
}

// The events of one cluster, as a victim only when victims_only ("what was done to them").
std::vector<ChronologyEntry> events_of_cluster(Db* db, int64_t cluster, bool victims_only) {
  std::vector<ChronologyEntry> out;
  Stmt e = db->prepare(
      "SELECT DISTINCT ev.id, coalesce(ev.date_start, ''), coalesce(ev.date_end, ''), ev.type,"
      " pa.role, coalesce(pl.name, ''), coalesce(ev.outcome, ''), coalesce(ev.incident, 0),"
      " d.id, coalesce(d.title, ''), coalesce(d.url, ''), coalesce(d.source, ''),"
      " coalesce(d.published, ''), coalesce(ev.ev_text, casebook_span(d.text, ev.ev_start, "
      "ev.ev_end), '')"
      " FROM entities me JOIN participants pa ON pa.entity = me.id"
      " JOIN events ev ON ev.id = pa.event JOIN documents d ON d.id = ev.doc"
      " LEFT JOIN entities pl ON pl.id = ev.location"
      " WHERE me.cluster = ?1 AND ev.negated = 0 AND ev.hypothetical = 0"
      " AND coalesce(ev.review, '') != 'rejected' AND (?2 = 0 OR pa.role = 'victim')"
      " ORDER BY ev.date_start IS NULL, ev.date_start, ev.id");
  e.bind(1, cluster);
  e.bind(2, static_cast<int64_t>(victims_only ? 1 : 0));
  while (e.step()) {
    ChronologyEntry c;
    c.date = e.text(1);
    c.date_end = e.text(2);
    c.type = e.text(3);
    c.role = e.text(4);
    c.place = e.text(5);
    c.outcome = e.text(6);
    c.incident = e.int64(7);
    c.document = e.int64(8);
    c.source_title = e.text(9);
    c.source_url = e.text(10);
    c.source_path = e.text(11);
    c.published = e.text(12);
    c.evidence = e.text(13);
    out.push_back(std::move(c));
  }
  return out;
}

void load_chronology(Db* db, PersonFile* p) {
  p->chronology = events_of_cluster(db, p->cluster, /*victims_only=*/false);
}

// Acts done to the person's relatives, each naming the relative; an act done to the person
// too is already in the chronology.
void load_relatives_chronology(Db* db, PersonFile* p) {
  auto key = [](const ChronologyEntry& c) {
    return std::to_string(c.document) + "|" + c.type + "|" + c.evidence;
  };
  std::set<std::string> own, seen;
  for (const ChronologyEntry& c : p->chronology) own.insert(key(c));
  for (const PersonLink& l : p->relatives) {
    for (ChronologyEntry& c : events_of_cluster(db, l.cluster, /*victims_only=*/true)) {
      if (own.count(key(c)) || !seen.insert(key(c) + "|" + l.name).second) continue;
      c.relative = l.name;
      p->relatives_chronology.push_back(std::move(c));
    }
  }
  std::stable_sort(p->relatives_chronology.begin(), p->relatives_chronology.end(),
                   [](const ChronologyEntry& a, const ChronologyEntry& b) {
                     if (a.date.empty() != b.date.empty()) return b.date.empty();
                     return a.date < b.date;
                   });
}

void load_event_countries(Db* db, PersonFile* p) {
  Stmt c = db->prepare(
      "SELECT ev.country, count(DISTINCT ev.id) AS n"
      " FROM entities me JOIN participants pa ON pa.entity = me.id"
      " JOIN events ev ON ev.id = pa.event"
      " WHERE me.cluster = ? AND coalesce(ev.country, '') != '' AND ev.negated = 0"
      " AND ev.hypothetical = 0 AND coalesce(ev.review, '') != 'rejected'"
      " GROUP BY ev.country ORDER BY n DESC, ev.country");
  c.bind(1, p->cluster);
  while (c.step()) p->event_countries.push_back(c.text(0));
}

}  // namespace

std::vector<PersonFile> load_person_files(Db* db, const std::string& name) {
  std::vector<PersonFile> out;
  for (int64_t cluster : find_person_clusters(db, name)) {
    PersonFile p;
    p.cluster = cluster;
    load_identity(db, &p);
    load_links(db, &p);
    load_chronology(db, &p);
    load_relatives_chronology(db, &p);
    load_event_countries(db, &p);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace casebook
