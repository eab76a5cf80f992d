// Documents, events and clusters for the API, with keyset pagination on ids and the viewer
// conditions of store/confidential.h applied in SQL (never filtered after the fact, so counts
// and page sizes cannot leak what was withheld).
#include "store/browse.h"

#include <nlohmann/json.hpp>

#include "store/browse_sql.h"
#include "store/confidential.h"

namespace casebook {

namespace browse_sql {

void Where::bind(Stmt* st, int* i) const {
  for (const auto& b : binds) {
    if (std::holds_alternative<int64_t>(b)) {
      st->bind((*i)++, std::get<int64_t>(b));
    } else {
      st->bind((*i)++, std::string_view(std::get<std::string>(b)));
    }
  }
}

Result<int64_t> parse_cursor(const std::string& cursor) {
  if (cursor.empty()) return int64_t{0};
  if (cursor.size() > 18) return Status::InvalidInput("cursor is not valid");
  int64_t v = 0;
  for (char c : cursor) {
    if (c < '0' || c > '9') return Status::InvalidInput("cursor is not valid");
    v = v * 10 + (c - '0');
  }
  return v;
}

int clamp_limit(int limit) { return limit < 1 ? 1 : limit > 500 ? 500 : limit; }

nlohmann::json page_of(nlohmann::json items, bool more, const std::string& next) {
  nlohmann::json j = {{"items", std::move(items)}};
  j["next_cursor"] = more ? nlohmann::json(next) : nlohmann::json(nullptr);
  return j;
}

Result<nlohmann::json> keyset_page(Db* db, Stmt* st, int limit,
                                   const std::function<nlohmann::json(const Stmt&)>& row) {
  nlohmann::json items = nlohmann::json::array();
  bool more = false;
  int64_t last = 0;
  while (st->step()) {
    if (static_cast<int>(items.size()) == limit) {
      more = true;
      break;
    }
    last = st->int64(0);
    items.push_back(row(*st));
  }
  if (st->rc() != SQLITE_DONE && st->rc() != SQLITE_ROW) return Status::IoError(db->error());
  return page_of(std::move(items), more, std::to_string(last));
}

Result<Where> event_where(const Access& a, const BrowseFilters& f) {
  Where w;
  if (!f.type.empty()) w.add("e.type = ?", f.type);
  if (!f.country.empty()) w.add("upper(e.country) = upper(?)", f.country);
  if (!f.from.empty()) w.add("coalesce(e.date_end, e.date_start) || '~' >= ?", f.from);
  if (!f.to.empty()) w.add("e.date_start <= ? || '~'", f.to);
  if (f.person) {
    w.add(
        "EXISTS (SELECT 1 FROM participants pp JOIN entities pe ON pe.id = pp.entity"
        " WHERE pp.event = e.id AND pe.cluster = ?)",
        f.person);
  }
  if (f.review == "unreviewed") {
    w.add("e.review IS NULL");
  } else if (f.review == "accepted" || f.review == "rejected" || f.review == "edited") {
    w.add("e.review = ?", f.review);
  } else if (!f.review.empty()) {
    return Status::InvalidInput("review must be unreviewed, accepted, rejected or edited");
  }
  if (f.confidential == "true") {
    w.add(restricted_doc_sql("e.doc"));
  } else if (f.confidential == "false") {
    w.add("NOT " + restricted_doc_sql("e.doc"));
  } else if (!f.confidential.empty()) {
    return Status::InvalidInput("confidential must be true or false");
  }
  if (!a.confidential) w.add("NOT " + restricted_doc_sql("e.doc"));
  return w;
}

std::string role_names_sql(const char* role) {
  return std::string(
             "coalesce((SELECT group_concat(n, '; ') FROM (SELECT DISTINCT en.name AS n FROM "
             "participants p JOIN entities en ON en.id = p.entity WHERE p.event = e.id AND "
             "p.role = '") +
         role + "')), '')";
}

}  // namespace browse_sql

using namespace browse_sql;
using nlohmann::json;

namespace {

json spans_of(std::string_view mentions_json) {
  json j = json::parse(mentions_json, nullptr, false);
  return j.is_array() ? j : json::array();
}

json string_list(std::string_view s) {
  json j = json::parse(s, nullptr, false);
  return j.is_array() ? j : json::array();
}

const char* kEventColumns =
    "SELECT e.id, e.type, coalesce(e.date_start, ''), coalesce(e.date_end, ''),"
    " coalesce(e.approximate, 0), coalesce(e.country, ''), coalesce(pl.name, ''), e.doc,"
    " coalesce(d.title, d.source, ''), coalesce(e.review, ''), coalesce(e.confidence, 0),"
    " coalesce(e.rule, ''), coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end), ''), "
    "coalesce(e.incident, 0),"
    " coalesce(e.negated, 0), coalesce(e.hypothetical, 0), coalesce(e.cameo, ''),"
    " coalesce(e.outcome, ''), coalesce(e.trig_start, 0), coalesce(e.trig_end, 0),"
    " coalesce(e.ev_start, 0), coalesce(e.ev_end, 0), coalesce(e.trig_text, casebook_span(d.text, "
    "e.trig_start, e.trig_end), ''), ";

json event_row(const Stmt& st) {
  return {{"id", st.int64(0)},
          {"type", st.text(1)},
          {"date_start", st.text(2)},
          {"date_end", st.text(3)},
          {"approximate", st.int64(4) != 0},
          {"country", st.text(5)},
          {"place", st.text(6)},
          {"document", st.int64(7)},
          {"source", st.text(8)},
          {"review", st.text(9)},
          {"confidence", st.real(10)},
          {"rule", st.text(11)},
          {"evidence", st.text(12)},
          {"incident", st.int64(13)},
          {"negated", st.int64(14) != 0},
          {"hypothetical", st.int64(15) != 0},
          {"cameo", st.text(16)},
          {"outcome", st.text(17)},
          {"trigger", {st.int64(18), st.int64(19), st.text(22)}},
          {"evidence_span", {st.int64(20), st.int64(21)}},
          {"victims", st.text(23)},
          {"perpetrators", st.text(24)},
          {"confidential", st.int64(25) != 0}};
}

std::string event_select() {
  return std::string(kEventColumns) + role_names_sql("victim") + ", " +
         role_names_sql("perpetrator") + ", " + restricted_doc_sql("e.doc") +
         " FROM events e JOIN documents d ON d.id = e.doc"
         " LEFT JOIN entities pl ON pl.id = e.location";
}

// The name a reader sees for a cluster: its own for analysts; for viewers the first named
// entity from an unrestricted document, since the cluster's name may come from a withheld one.
std::string cluster_name_sql(const Access& a) {
  if (a.confidential) return "c.name";
  return "coalesce((SELECT vn.name FROM entities vn WHERE vn.cluster = c.id AND NOT " +
         restricted_doc_sql("vn.doc") + " ORDER BY vn.named DESC, vn.id LIMIT 1), '')";
}

}  // namespace

Result<json> list_documents(Db* db, const Access& a, const BrowseFilters& f, const Page& p) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  Result<int64_t> after = parse_cursor(p.cursor);
  if (!after.ok()) return after.status();
  int limit = clamp_limit(p.limit);
  Where w;
  if (!f.country.empty()) w.add("upper(d.country) = upper(?)", f.country);
  if (!f.type.empty())
    w.add("EXISTS (SELECT 1 FROM events e WHERE e.doc = d.id AND e.type = ?)", f.type);
  if (!f.name.empty()) w.add("(d.title LIKE '%' || ? || '%')", f.name);
  if (f.confidential == "true") w.add(restricted_doc_sql("d.id"));
  if (f.confidential == "false") w.add("NOT " + restricted_doc_sql("d.id"));
  if (!a.confidential) w.add("NOT " + restricted_doc_sql("d.id"));
  Stmt st = db->prepare(
      "SELECT d.id, coalesce(d.title, ''), coalesce(d.source, ''), coalesce(d.published, ''),"
      " coalesce(d.url, ''), coalesce(d.country, ''), d.n_events, d.confidential, " +
      restricted_doc_sql("d.id") + ", d.ingested_at FROM documents d WHERE d.id > ? AND " + w.sql +
      " ORDER BY d.id LIMIT ?");
  if (!st.ok()) return Status::Internal("documents: " + db->error());
  int i = 1;
  st.bind(i++, *after);
  w.bind(&st, &i);
  st.bind_int(i, limit + 1);
  return keyset_page(db, &st, limit, [](const Stmt& st) -> json {
    return {{"id", st.int64(0)},
            {"title", st.text(1)},
            {"source", st.text(2)},
            {"published", st.text(3)},
            {"url", st.text(4)},
            {"country", st.text(5)},
            {"events", st.int64(6)},
            {"marked_confidential", st.int64(7) != 0},
            {"confidential", st.int64(8) != 0},
            {"ingested_at", st.text(9)}};
  });
}

Result<json> show_document(Db* db, const Access& a, int64_t id) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  Stmt st = db->prepare(
      "SELECT d.id, coalesce(d.title, ''), coalesce(d.source, ''), coalesce(d.published, ''),"
      " coalesce(d.url, ''), coalesce(d.country, ''), d.text, d.confidential, " +
      restricted_doc_sql("d.id") + ", coalesce(d.format, ''), coalesce(d.site, '')" +
      " FROM documents d WHERE d.id = ?");
  st.bind(1, id);
  if (!st.step() || (!a.confidential && st.int64(8) != 0)) {
    return Status::NotFound("no document " + std::to_string(id));
  }
  json doc = {{"id", id},
              {"title", st.text(1)},
              {"source", st.text(2)},
              {"published", st.text(3)},
              {"url", st.text(4)},
              {"country", st.text(5)},
              {"text", st.text(6)},
              {"marked_confidential", st.int64(7) != 0},
              {"confidential", st.int64(8) != 0},
              {"format", st.text(9)},
              {"site", st.text(10)},
              {"span_unit", "utf8_bytes"}};
  json entities = json::array();
  Stmt en = db->prepare(
      "SELECT id, local_id, kind, name, coalesce(cluster, 0), coalesce(mentions, '[]'),"
      " coalesce(rule, ''), coalesce(roles, '[]'), coalesce(country, ''), named"
      " FROM entities WHERE doc = ? ORDER BY id");
  en.bind(1, id);
  while (en.step()) {
    entities.push_back({{"id", en.int64(0)},
                        {"local_id", en.text(1)},
                        {"kind", en.text(2)},
                        {"name", en.text(3)},
                        {"cluster", en.int64(4)},
                        {"mentions", spans_of(en.text_view(5))},
                        {"rule", en.text(6)},
                        {"roles", string_list(en.text_view(7))},
                        {"country", en.text(8)},
                        {"named", en.int64(9) != 0}});
  }
  doc["entities"] = std::move(entities);
  json events = json::array();
  Stmt ev = db->prepare(event_select() + " WHERE e.doc = ? ORDER BY e.id");
  ev.bind(1, id);
  while (ev.step()) events.push_back(event_row(ev));
  Stmt pa = db->prepare(
      "SELECT p.event, p.entity, p.role, en.name FROM participants p JOIN events e"
      " ON e.id = p.event JOIN entities en ON en.id = p.entity WHERE e.doc = ?");
  pa.bind(1, id);
  std::map<int64_t, json> by_event;
  while (pa.step()) {
    by_event[pa.int64(0)].push_back(
        {{"entity", pa.int64(1)}, {"role", pa.text(2)}, {"name", pa.text(3)}});
  }
  for (json& e : events) {
    auto it = by_event.find(e["id"].get<int64_t>());
    e["participants"] = it == by_event.end() ? json::array() : it->second;
  }
  doc["events"] = std::move(events);
  json relations = json::array();
  Stmt re = db->prepare(
      "SELECT r.id, r.kind, coalesce(r.from_entity, 0), coalesce(r.to_entity, 0),"
      " coalesce(r.role, ''), coalesce(r.rule, ''), coalesce(r.ev_start, 0),"
      " coalesce(r.ev_end, 0) FROM relations r WHERE r.doc = ? ORDER BY r.id");
  re.bind(1, id);
  while (re.step()) {
    relations.push_back({{"id", re.int64(0)},
                         {"kind", re.text(1)},
                         {"from", re.int64(2)},
                         {"to", re.int64(3)},
                         {"role", re.text(4)},
                         {"rule", re.text(5)},
                         {"evidence_span", {re.int64(6), re.int64(7)}}});
  }
  doc["relations"] = std::move(relations);
  return doc;
}

Result<json> list_events(Db* db, const Access& a, const BrowseFilters& f, const Page& p) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  Result<int64_t> after = parse_cursor(p.cursor);
  if (!after.ok()) return after.status();
  Result<Where> w = event_where(a, f);
  if (!w.ok()) return w.status();
  int limit = clamp_limit(p.limit);
  Stmt st =
      db->prepare(event_select() + " WHERE e.id > ? AND " + w->sql + " ORDER BY e.id LIMIT ?");
  if (!st.ok()) return Status::Internal("events: " + db->error());
  int i = 1;
  st.bind(i++, *after);
  w->bind(&st, &i);
  st.bind_int(i, limit + 1);
  return keyset_page(db, &st, limit, event_row);
}

Result<json> show_event(Db* db, const Access& a, int64_t id) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  Stmt st = db->prepare(event_select() + " WHERE e.id = ?");
  st.bind(1, id);
  if (!st.step() || (!a.confidential && st.int64(25) != 0)) {
    return Status::NotFound("no event " + std::to_string(id));
  }
  json ev = event_row(st);
  json participants = json::array();
  Stmt pa = db->prepare(
      "SELECT p.entity, p.role, en.name, coalesce(en.cluster, 0), en.kind FROM participants p"
      " JOIN entities en ON en.id = p.entity WHERE p.event = ? ORDER BY en.id");
  pa.bind(1, id);
  while (pa.step()) {
    participants.push_back({{"entity", pa.int64(0)},
                            {"role", pa.text(1)},
                            {"name", pa.text(2)},
                            {"cluster", pa.int64(3)},
                            {"kind", pa.text(4)}});
  }
  ev["participants"] = std::move(participants);
  json reviews = json::array();
  Stmt rv = db->prepare(
      "SELECT action, coalesce(field, ''), coalesce(value, ''), coalesce(previous, ''),"
      " coalesce(note, ''), reviewer, at FROM reviews WHERE event = ? ORDER BY id");
  rv.bind(1, id);
  while (rv.step()) {
    reviews.push_back({{"action", rv.text(0)},
                       {"field", rv.text(1)},
                       {"value", rv.text(2)},
                       {"previous", rv.text(3)},
                       {"note", rv.text(4)},
                       {"reviewer", rv.text(5)},
                       {"at", rv.text(6)}});
  }
  ev["reviews"] = std::move(reviews);
  return ev;
}

Result<json> list_clusters(Db* db, const Access& a, const std::string& kind, const BrowseFilters& f,
                           const Page& p) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  Result<int64_t> after = parse_cursor(p.cursor);
  if (!after.ok()) return after.status();
  int limit = clamp_limit(p.limit);
  std::string visible = a.confidential ? "1" : "NOT " + restricted_doc_sql("en.doc");
  Where w;
  w.add("EXISTS (SELECT 1 FROM entities en WHERE en.cluster = c.id AND " + visible + ")");
  if (!f.country.empty()) w.add("upper(c.country) = upper(?)", f.country);
  if (!f.name.empty()) {
    w.add("EXISTS (SELECT 1 FROM entities en WHERE en.cluster = c.id AND " + visible +
              " AND (en.name LIKE '%' || ? || '%'))",
          f.name);
  }
  if (f.confidential == "true") w.add("c.confidential = 1");
  if (f.confidential == "false") w.add("c.confidential = 0");
  if (!a.confidential) w.add(viewer_cluster_sql("c.id"));
  Stmt st = db->prepare("SELECT c.id, " + cluster_name_sql(a) +
                        ", coalesce(c.country, ''), c.confidential,"
                        " (SELECT count(DISTINCT en.doc) FROM entities en WHERE en.cluster = c.id"
                        " AND " +
                        visible + ") FROM clusters c WHERE c.kind = ? AND c.id > ? AND " + w.sql +
                        " ORDER BY c.id LIMIT ?");
  if (!st.ok()) return Status::Internal("clusters: " + db->error());
  int i = 1;
  st.bind(i++, kind);
  st.bind(i++, *after);
  w.bind(&st, &i);
  st.bind_int(i, limit + 1);
  return keyset_page(db, &st, limit, [](const Stmt& st) -> json {
    return {{"id", st.int64(0)},
            {"name", st.text(1)},
            {"country", st.text(2)},
            {"confidential", st.int64(3) != 0},
            {"documents", st.int64(4)}};
  });
}

}  // namespace casebook
