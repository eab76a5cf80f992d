// Incidents: one happening told by several sources. An event joins an incident of the same
// type that shares a victim (by cluster), whose date range overlaps its own at the precision
// given ("2021-03" overlaps "2021-03-14"), and whose place does not contradict it (different
// countries, or two different towns). "Detained on 14 March in Khujand" and "arrested in
// March 2021" about the same person join; the same person's detention a year later does not.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "store/merge.h"

namespace casebook {
namespace {

struct When {
  std::string lo, hi;  // hi ends with '~' so "2021-03~" sorts after "2021-03-31"
  bool known() const { return !lo.empty(); }
};

When when_of(const DateValue& d) {
  if (d.start.empty()) return {};
  return {d.start, (d.end.empty() ? d.start : d.end) + "~"};
}

When when_of(std::string start, std::string end) {
  DateValue d;
  d.start = std::move(start);
  d.end = std::move(end);
  return when_of(d);
}

bool dates_compatible(const When& a, const When& b) {
  if (!a.known() || !b.known()) return true;
  return a.lo <= b.hi && b.lo <= a.hi;
}

struct Place {
  int64_t cluster = 0;
  std::string type, country;
};

bool is_town(const Place& p) { return p.type == "city" || p.type == "village"; }

bool places_compatible(const Place& a, const std::string& a_country, const Place& b,
                       const std::string& b_country) {
  if (!a_country.empty() && !b_country.empty() && a_country != b_country) return false;
  if (a.cluster && b.cluster && a.cluster != b.cluster && is_town(a) && is_town(b)) return false;
  return true;
}

// Records who the incident happened to, so later events of these victims find it.
Status add_victims(Db* db, int64_t incident, const std::string& type,
                   const std::vector<int64_t>& victims) {
  Stmt& st =
      db->cached("INSERT OR IGNORE INTO incident_victims(cluster, type, incident) VALUES (?,?,?)");
  for (int64_t v : victims) {
    st.rewind();
    st.bind(1, v).bind_view(2, type).bind(3, incident);
    if (st.run() != SQLITE_DONE) return Status::IoError(db->error());
  }
  return Status::Ok();
}

Status set_incident(Db* db, int64_t incident, int64_t event_id) {
  Stmt& u = db->cached("UPDATE events SET incident = ? WHERE id = ?");
  u.bind(1, incident).bind(2, event_id);
  return u.run() == SQLITE_DONE ? Status::Ok() : Status::IoError(db->error());
}

Result<int64_t> new_incident(Db* db, const Event& v, int64_t location, const std::string& country) {
  Stmt& st = db->cached(
      "INSERT INTO incidents(type, date_start, date_end, location, country, generic)"
      " VALUES (?,?,?,?,?,?)");
  st.bind(1, v.type).bind_opt(2, v.date.start).bind_opt(3, v.date.end);
  if (location) st.bind(4, location);
  st.bind_opt(5, country).bind_int(6, v.generic);
  if (st.run() != SQLITE_DONE) return Status::IoError(db->error());
  return db->last_insert_id();
}

// A more precise date or a missing place from the joining event refines the incident.
Status refine_incident(Db* db, int64_t incident, const Event& v, int64_t location,
                       const std::string& country) {
  Stmt& r = db->cached(
      "UPDATE incidents SET"
      " date_end = CASE WHEN length(coalesce(?1, '')) > length(coalesce(date_start, ''))"
      "   THEN ?2 ELSE date_end END,"
      " date_start = CASE WHEN length(coalesce(?1, '')) > length(coalesce(date_start, ''))"
      "   THEN ?1 ELSE date_start END,"
      " location = coalesce(location, ?3), country = coalesce(country, ?4) WHERE id = ?5");
  r.bind_opt(1, v.date.start).bind_opt(2, v.date.end);
  if (location)
    r.bind(3, location);
  else
    r.bind_null(3);
  r.bind_opt(4, country).bind(5, incident);
  return r.run() == SQLITE_DONE ? Status::Ok() : Status::IoError(db->error());
}

}  // namespace

Result<int64_t> choose_incident(Db* db, const Event& v, const IncidentFacts& facts) {
  if (v.negated || v.hypothetical) return int64_t{0};
  // Dates are compared in SQL first, so a person with many incidents costs one index range;
  // the incident's place comes with it. Ordered by iv.incident (the same number as i.id), the
  // rows come in the primary key's order: ordered by i.id, SQLite sorted them in a temporary
  // B-tree for every victim of every event (about 23 thousand instructions a lookup).
  Stmt& candidates = db->cached(
      "SELECT i.id, i.date_start, i.date_end, l.cluster, l.place_type, i.country"
      " FROM incident_victims iv JOIN incidents i ON i.id = iv.incident"
      " LEFT JOIN entities l ON l.id = i.location WHERE iv.cluster = ?1 AND iv.type = ?2"
      " AND (?3 IS NULL OR i.date_start IS NULL OR (i.date_start <= ?4"
      "   AND ?3 <= coalesce(i.date_end, i.date_start) || '~'))"
      " ORDER BY iv.incident LIMIT 32");
  int64_t target = 0;
  if (!v.generic && !facts.victims.empty()) {
    When when = when_of(v.date);
    Place place{facts.location_cluster, facts.place_type, ""};
    std::vector<int64_t> fits;
    for (int64_t victim : facts.victims) {
      candidates.rewind();
      candidates.bind(1, victim).bind_view(2, v.type);
      if (when.known()) {
        candidates.bind(3, when.lo).bind(4, when.hi);
      } else {
        candidates.bind_null(3).bind_null(4);
      }
      while (candidates.step()) {
        When other = when_of(candidates.text(1), candidates.text(2));
        Place other_place{candidates.int64(3), candidates.text(4), ""};
        if (dates_compatible(when, other) &&
            places_compatible(place, facts.country, other_place, candidates.text(5)) &&
            std::find(fits.begin(), fits.end(), candidates.int64(0)) == fits.end()) {
          fits.push_back(candidates.int64(0));
        }
      }
    }
    candidates.reset();
    // An undated event joins only when it can mean one incident: "Saidov was detained"
    // after two dated detentions of his is left apart.
    if (!fits.empty() && (when.known() || fits.size() == 1)) {
      target = *std::min_element(fits.begin(), fits.end());
    }
  }
  if (target) {
    Status s = refine_incident(db, target, v, facts.location, facts.country);
    if (!s.ok()) return s;
  } else {
    Result<int64_t> made = new_incident(db, v, facts.location, facts.country);
    if (!made.ok()) return made.status();
    target = *made;
  }
  if (!v.generic) {
    Status s = add_victims(db, target, v.type, facts.victims);
    if (!s.ok()) return s;
  }
  return target;
}

}  // namespace casebook

namespace casebook {
namespace {

// Union-find over the events of one incident.
struct Components {
  std::vector<size_t> parent;
  explicit Components(size_t n) : parent(n) {
    for (size_t i = 0; i < n; ++i) parent[i] = i;
  }
  size_t find(size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
  void join(size_t a, size_t b) { parent[find(b)] = find(a); }
};

// Takes date, place and country from the incident's most precisely dated event, as
// refine_incident would have; rebuilds who the incident happened to.
Status settle_incident(Db* db, int64_t incident) {
  Stmt up = db->prepare(
      "UPDATE incidents SET (date_start, date_end, location, country) = (SELECT e.date_start,"
      " e.date_end, e.location, e.country FROM events e WHERE e.incident = ?1"
      " ORDER BY length(coalesce(e.date_start, '')) DESC, e.id LIMIT 1) WHERE id = ?1");
  up.bind(1, incident);
  if (up.run() != SQLITE_DONE) return Status::IoError(db->error());
  Stmt del = db->prepare("DELETE FROM incident_victims WHERE incident = ?");
  del.bind(1, incident);
  if (del.run() != SQLITE_DONE) return Status::IoError(db->error());
  Stmt ins = db->prepare(
      "INSERT OR IGNORE INTO incident_victims(cluster, type, incident)"
      " SELECT DISTINCT en.cluster, i.type, i.id FROM incidents i JOIN events e"
      " ON e.incident = i.id AND e.generic = 0 JOIN participants p ON p.event = e.id"
      " AND p.role = 'victim' JOIN entities en ON en.id = p.entity"
      " WHERE i.id = ? AND en.cluster IS NOT NULL");
  ins.bind(1, incident);
  return ins.run() == SQLITE_DONE ? Status::Ok() : Status::IoError(db->error());
}

// Splits one incident into the groups of its events that still share a victim. The group
// holding the incident's first event keeps the incident; every other group gets a new one.
Status split_incident(Db* db, int64_t incident, int* made) {
  std::vector<int64_t> events;
  std::vector<std::set<int64_t>> victims;
  Stmt st = db->prepare(
      "SELECT e.id, en.cluster FROM events e LEFT JOIN participants p ON p.event = e.id"
      " AND p.role = 'victim' LEFT JOIN entities en ON en.id = p.entity"
      " WHERE e.incident = ? ORDER BY e.id");
  st.bind(1, incident);
  while (st.step()) {
    if (events.empty() || events.back() != st.int64(0)) {
      events.push_back(st.int64(0));
      victims.emplace_back();
    }
    if (!st.is_null(1)) victims.back().insert(st.int64(1));
  }
  Components groups(events.size());
  std::map<int64_t, size_t> first_with;  // victim cluster -> first event naming it
  for (size_t i = 0; i < events.size(); ++i) {
    for (int64_t v : victims[i]) {
      auto [it, added] = first_with.emplace(v, i);
      if (!added) groups.join(it->second, i);
    }
  }
  std::map<size_t, int64_t> incident_of;  // group root -> incident
  incident_of[groups.find(0)] = incident;
  for (size_t i = 0; i < events.size(); ++i) {
    size_t root = groups.find(i);
    auto it = incident_of.find(root);
    if (it == incident_of.end()) {
      Stmt c = db->prepare(
          "INSERT INTO incidents(type, generic) SELECT type, generic FROM incidents WHERE id = ?");
      c.bind(1, incident);
      if (c.run() != SQLITE_DONE) return Status::IoError(db->error());
      it = incident_of.emplace(root, db->last_insert_id()).first;
      ++*made;
    }
    if (it->second == incident) continue;
    Status s = set_incident(db, it->second, events[i]);
    if (!s.ok()) return s;
  }
  for (const auto& [root, id] : incident_of) {
    Status s = settle_incident(db, id);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status split_incidents_of(Db* db, int64_t entity, int* made) {
  std::vector<int64_t> incidents;
  Stmt st = db->prepare(
      "SELECT DISTINCT e.incident FROM participants p JOIN events e ON e.id = p.event"
      " WHERE p.entity = ? AND p.role = 'victim' AND e.incident IS NOT NULL AND e.generic = 0");
  st.bind(1, entity);
  while (st.step()) incidents.push_back(st.int64(0));
  for (int64_t incident : incidents) {
    Status s = split_incident(db, incident, made);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace casebook
