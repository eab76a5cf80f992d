// One person's, organisation's or place's case file for the API: identity, every name,
// relatives and affiliations, chronology with sources and merges, each drawn only from the
// documents the reader may see.
#include <set>

#include "store/browse.h"
#include "store/browse_sql.h"
#include "store/confidential.h"

namespace casebook {

using namespace browse_sql;
using nlohmann::json;

Result<json> show_cluster(Db* db, const Access& a, const std::string& kind, int64_t id) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  std::string visible = [&](const char* doc) {
    return a.confidential ? std::string("1") : "NOT " + restricted_doc_sql(doc);
  }("en.doc");
  Stmt c = db->prepare(
      "SELECT c.id, c.name, coalesce(c.country, ''), coalesce(c.sex, ''), c.confidential"
      " FROM clusters c WHERE c.id = ? AND c.kind = ? AND EXISTS (SELECT 1 FROM entities en"
      " WHERE en.cluster = c.id AND " +
      visible + ")" + (a.confidential ? "" : " AND " + viewer_cluster_sql("c.id")));
  c.bind(1, id).bind(2, kind);
  if (!c.step()) return Status::NotFound("no " + kind + " " + std::to_string(id));
  json file = {{"id", id},
               {"kind", kind},
               {"name", a.confidential ? c.text(1) : ""},
               {"country", c.text(2)},
               {"sex", c.text(3)},
               {"confidential", c.int64(4) != 0}};
  json names = json::array(), roles = json::array();
  std::set<std::string> seen_names, seen_roles;
  Stmt en = db->prepare(
      "SELECT en.name, coalesce(en.aliases, '[]'), coalesce(en.roles, '[]') FROM entities en"
      " WHERE en.cluster = ? AND " +
      visible + " ORDER BY en.named DESC, en.id");
  en.bind(1, id);
  auto add = [](json* list, std::set<std::string>* seen, const std::string& s) {
    if (!s.empty() && seen->insert(s).second) list->push_back(s);
  };
  if (a.confidential) add(&names, &seen_names, c.text(1));
  while (en.step()) {
    add(&names, &seen_names, en.text(0));
    for (const json& x : json::parse(en.text_view(1), nullptr, false)) {
      if (x.is_string()) add(&names, &seen_names, x.get<std::string>());
    }
    for (const json& x : json::parse(en.text_view(2), nullptr, false)) {
      if (x.is_string()) add(&roles, &seen_roles, x.get<std::string>());
    }
  }
  if (!a.confidential && !names.empty()) file["name"] = names[0];
  file["names"] = std::move(names);
  file["roles"] = std::move(roles);

  json relatives = json::array(), affiliations = json::array();
  std::string r_visible = a.confidential ? "1" : "NOT " + restricted_doc_sql("r.doc");
  Stmt r = db->prepare(
      "SELECT r.kind, coalesce(r.role, ''), coalesce(r.ev_text, casebook_span(d.text, r.ev_start, "
      "r.ev_end), ''), r.doc,"
      " coalesce(d.title, d.source, ''), o.kind, o.name, coalesce(o.cluster, 0),"
      " r.from_entity = me.id FROM entities me JOIN relations r ON r.from_entity = me.id"
      " OR r.to_entity = me.id JOIN entities o ON o.id = CASE WHEN r.from_entity = me.id"
      " THEN r.to_entity ELSE r.from_entity END JOIN documents d ON d.id = r.doc"
      " WHERE me.cluster = ?1 AND coalesce(o.cluster, 0) != ?1 AND " +
      r_visible + " ORDER BY r.id");
  r.bind(1, id);
  std::set<std::string> seen_links;
  while (r.step()) {
    bool outward = r.int64(8) != 0;
    std::string relation = outward ? "is " + r.text(0) + " of" : r.text(0);
    if (!seen_links.insert(relation + "|" + r.text(7)).second) continue;
    json link = {{"relation", relation},   {"role", r.text(1)},    {"evidence", r.text(2)},
                 {"document", r.int64(3)}, {"source", r.text(4)},  {"kind", r.text(5)},
                 {"name", r.text(6)},      {"cluster", r.int64(7)}};
    (r.text(5) == "person" ? relatives : affiliations).push_back(std::move(link));
  }
  file["relatives"] = std::move(relatives);
  file["affiliations"] = std::move(affiliations);

  // A place's chronology is what happened there; anyone else's is what they took part in.
  std::string e_visible = a.confidential ? "1" : "NOT " + restricted_doc_sql("ev.doc");
  std::string join = kind == "place" ? " FROM entities me JOIN events ev ON ev.location = me.id"
                                     : " FROM entities me JOIN participants pa ON pa.entity = me.id"
                                       " JOIN events ev ON ev.id = pa.event";
  const std::string events_sql =
      "SELECT DISTINCT ev.id, coalesce(ev.date_start, ''), coalesce(ev.date_end, ''), ev.type, " +
      std::string(kind == "place" ? "'place'" : "pa.role") +
      ", coalesce(ev.country, ''), coalesce(ev.outcome, ''), ev.doc,"
      " coalesce(d.title, d.source, ''), coalesce(d.url, ''), coalesce(d.published, ''),"
      " coalesce(ev.ev_text, casebook_span(d.text, ev.ev_start, ev.ev_end), ''), "
      "coalesce(ev.approximate, 0)" +
      join +
      " JOIN documents d ON d.id = ev.doc WHERE me.cluster = ?1 AND ev.negated = 0"
      " AND ev.hypothetical = 0 AND coalesce(ev.review, '') != 'rejected' AND (?2 = 0 OR"
      " pa.role = 'victim') AND " +
      e_visible + " ORDER BY ev.date_start IS NULL, ev.date_start, ev.id";
  auto events_of = [&](int64_t cluster, bool victims_only) {
    Stmt ch = db->prepare(events_sql);
    ch.bind(1, cluster).bind(2, static_cast<int64_t>(victims_only ? 1 : 0));
    json out = json::array();
    while (ch.step()) {
      out.push_back({{"event", ch.int64(0)},
                     {"date_start", ch.text(1)},
                     {"date_end", ch.text(2)},
                     {"type", ch.text(3)},
                     {"role", ch.text(4)},
                     {"country", ch.text(5)},
                     {"outcome", ch.text(6)},
                     {"document", ch.int64(7)},
                     {"source", ch.text(8)},
                     {"url", ch.text(9)},
                     {"published", ch.text(10)},
                     {"evidence", ch.text(11)},
                     {"approximate", ch.int64(12) != 0}});
    }
    return out;
  };
  json chronology = events_of(id, /*victims_only=*/false);
  // Acts against the person's relatives (the "political hostages" of an exile), each naming
  // the relative; an act the person shares is already in the chronology.
  json of_relatives = json::array();
  if (kind == "person") {
    std::set<int64_t> own, seen;
    for (const json& e : chronology) own.insert(e["event"].get<int64_t>());
    // A relative who is a confidential person shows to the confidential level only.
    Stmt open_to_viewer = db->prepare("SELECT " + viewer_cluster_sql("?"));
    for (const json& rel : file["relatives"]) {
      int64_t cluster = rel["cluster"].get<int64_t>();
      if (cluster == 0) continue;
      if (!a.confidential) {
        open_to_viewer.reset();
        open_to_viewer.bind(1, cluster).bind(2, cluster);
        if (!open_to_viewer.step() || open_to_viewer.int64(0) == 0) continue;
      }
      for (json& e : events_of(cluster, /*victims_only=*/true)) {
        int64_t ev = e["event"].get<int64_t>();
        if (own.count(ev) || !seen.insert(ev).second) continue;
        e["relative"] = rel["name"];
        e["relative_cluster"] = cluster;
        of_relatives.push_back(std::move(e));
      }
    }
    std::stable_sort(of_relatives.begin(), of_relatives.end(), [](const json& a, const json& b) {
      const std::string &x = a["date_start"].get_ref<const std::string&>(),
                        &y = b["date_start"].get_ref<const std::string&>();
      if (x.empty() != y.empty()) return y.empty();
      return x < y;
    });
  }
  file["chronology"] = std::move(chronology);
  file["relatives_chronology"] = std::move(of_relatives);

  json merges = json::array();
  Stmt m = db->prepare(
      "SELECT m.id, m.reason, en.name, m.at FROM merges m JOIN entities en ON en.id = m.entity"
      " WHERE en.cluster = ? AND m.undone = 0 AND " +
      visible + " ORDER BY m.id");
  m.bind(1, id);
  while (m.step()) {
    merges.push_back(
        {{"id", m.int64(0)}, {"reason", m.text(1)}, {"name", m.text(2)}, {"at", m.text(3)}});
  }
  file["merges"] = std::move(merges);
  return file;
}

}  // namespace casebook
