// Search and listing queries. Filters become one SQL condition on an event row `e`, shared by
// search (a hit matches when its event, or some event of its document, passes) and events.
#include "store/queries.h"

#include <cctype>

#include "store/name_key.h"

namespace casebook {
namespace {

std::string in_list(const std::vector<int64_t>& ids) {
  std::string s = "(";
  for (int64_t id : ids) {
    if (s.size() > 1) s.push_back(',');
    s += std::to_string(id);
  }
  if (ids.empty()) s += "-1";
  s.push_back(')');
  return s;
}

// The condition on `e` and the values it binds, in order.
struct EventFilter {
  std::string sql;
  std::vector<std::string> binds;
  bool any = false;
};

EventFilter event_filter(Db* db, const QueryFilters& f) {
  EventFilter ef;
  ef.sql = "1";
  if (!f.type.empty()) {
    ef.sql += " AND e.type = ?";
    ef.binds.push_back(f.type);
  }
  if (!f.country.empty()) {
    ef.sql += " AND upper(e.country) = upper(?)";
    ef.binds.push_back(f.country);
  }
  if (!f.from.empty()) {
    ef.sql += " AND coalesce(e.date_end, e.date_start) || '~' >= ?";
    ef.binds.push_back(f.from);
  }
  if (!f.to.empty()) {
    ef.sql += " AND e.date_start <= ? || '~'";
    ef.binds.push_back(f.to);
  }
  if (!f.person.empty()) {
    ef.sql +=
        " AND EXISTS (SELECT 1 FROM participants p JOIN entities en ON en.id = p.entity"
        " WHERE p.event = e.id AND en.cluster IN " +
        in_list(find_person_clusters(db, f.person)) + ")";
  }
  ef.any = ef.sql != "1";
  return ef;
}

// A query FTS5 cannot parse ("don't", "a-b") is retried as quoted words.
std::string quote_words(const std::string& q) {
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out.push_back(' ');
    out += "\"" + word + "\"";
    word.clear();
  };
  for (char c : q) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      flush();
    } else if (c != '"') {
      word.push_back(c);
    }
  }
  flush();
  return out;
}

}  // namespace

std::vector<int64_t> find_person_clusters(Db* db, const std::string& name) {
  std::vector<std::string> words = fold_words(name);
  std::vector<int64_t> out;
  if (words.empty()) return out;
  std::string sql =
      "SELECT DISTINCT e.cluster FROM entities e WHERE e.kind = 'person' AND e.named = 1"
      " AND e.cluster IS NOT NULL AND (e.name LIKE '%' || ?1 || '%'"
      " OR e.aliases LIKE '%' || ?1 || '%' OR EXISTS (SELECT 1 FROM entity_keys k"
      " WHERE k.entity = e.id";
  for (size_t i = 0; i < words.size(); ++i) {
    sql += " AND k.key LIKE '%' || ?" + std::to_string(i + 2) + " || '%'";
  }
  sql += ")) ORDER BY e.cluster";
  Stmt st = db->prepare(sql);
  st.bind(1, name);
  for (size_t i = 0; i < words.size(); ++i) {
    st.bind(static_cast<int>(i + 2), fold_transliteration(words[i]));
  }
  while (st.step()) out.push_back(st.int64(0));
  return out;
}

// The per-hit checks name their index: left alone, the planner chose events_type_date and
// scanned every event of the type for every hit.
// Two steps: the FTS5 matches with their bm25 scores are materialised first (so filters never
// drive the plan into one MATCH per event row, which took minutes on 20,000 documents), then
// filtered and ranked; snippets are made only for the rows shown.
Result<Table> search_store(Db* db, const std::string& query, const QueryFilters& f) {
  if (query.size() > kMaxQueryBytes || f.person.size() > kMaxQueryBytes) {
    return Status::InvalidInput("search: the query is longer than " +
                                std::to_string(kMaxQueryBytes) + " bytes");
  }
  EventFilter ef = event_filter(db, f);
  std::string sql =
      "WITH hits AS MATERIALIZED (SELECT rowid AS rid, doc, event, bm25(search_index) AS score"
      " FROM search_index WHERE search_index MATCH ?)"
      " SELECT h.rid, h.doc, coalesce(h.event, ''), coalesce(d.title, ''),"
      " coalesce(d.source, ''), coalesce(d.published, ''), coalesce(ev.type, ''),"
      " coalesce(ev.date_start, ''), round(h.score, 3)"
      " FROM hits h JOIN documents d ON d.id = h.doc LEFT JOIN events ev ON ev.id = h.event";
  if (ef.any) {
    sql +=
        " WHERE CASE WHEN h.event IS NULL"
        " THEN EXISTS (SELECT 1 FROM events e INDEXED BY events_doc WHERE e.doc = h.doc AND " +
        ef.sql +
        ")"
        " ELSE EXISTS (SELECT 1 FROM events e WHERE e.id = h.event AND " +
        ef.sql + ") END";
  }
  sql += " ORDER BY h.score LIMIT ?";
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::string match = attempt == 0 ? query : quote_words(query);
    Stmt st = db->prepare(sql);
    if (!st.ok()) return Status::Internal("search: " + db->error());
    int i = 1;
    st.bind(i++, match);
    for (int twice = 0; twice < (ef.any ? 2 : 0); ++twice) {
      for (const std::string& b : ef.binds) st.bind(i++, b);
    }
    st.bind_int(i, f.limit);
    Table t;
    t.columns = {"document", "event", "title",   "source", "published",
                 "type",     "date",  "snippet", "score"};
    std::vector<int64_t> rowids;
    while (st.step()) {
      rowids.push_back(st.int64(0));
      std::vector<std::string> row;
      for (int c = 1; c < 9; ++c) row.push_back(st.text(c));
      row.insert(row.begin() + 7, std::string());
      t.rows.push_back(std::move(row));
    }
    if (st.rc() != SQLITE_DONE) {
      if (attempt == 1) return Status::InvalidInput("search: " + db->error());
      continue;
    }
    Stmt snip = db->prepare(
        "SELECT snippet(search_index, 0, '«', '»', '…', 16) FROM search_index"
        " WHERE search_index MATCH ? AND rowid = ?");
    for (size_t r = 0; r < rowids.size(); ++r) {
      snip.reset();
      snip.bind(1, match).bind(2, rowids[r]);
      if (snip.step()) t.rows[r][7] = snip.text(0);
    }
    return t;
  }
  return Status::Internal("search");
}

Result<Table> list_incidents(Db* db, const QueryFilters& f) {
  EventFilter ef = event_filter(db, f);
  std::string sql =
      "SELECT i.id, i.type, coalesce(i.date_start, ''), coalesce(i.date_end, ''),"
      " coalesce(pl.name, ''), coalesce(i.country, ''),"
      " coalesce((SELECT group_concat(name, '; ') FROM (SELECT DISTINCT c.name FROM events e2"
      "   JOIN participants p ON p.event = e2.id AND p.role = 'victim'"
      "   JOIN entities en ON en.id = p.entity JOIN clusters c ON c.id = en.cluster"
      "   WHERE e2.incident = i.id)), ''),"
      " (SELECT count(DISTINCT e3.doc) FROM events e3 WHERE e3.incident = i.id),"
      " i.generic"
      " FROM incidents i LEFT JOIN entities pl ON pl.id = i.location"
      " WHERE EXISTS (SELECT 1 FROM events e INDEXED BY events_incident"
      " WHERE e.incident = i.id AND coalesce(e.review, '') != 'rejected' AND " +
      ef.sql +
      ")"
      " ORDER BY coalesce(i.date_start, '9999'), i.id LIMIT ?";
  Stmt st = db->prepare(sql);
  if (!st.ok()) return Status::Internal("events: " + db->error());
  int i = 1;
  for (const std::string& b : ef.binds) st.bind(i++, b);
  st.bind_int(i, f.limit);
  Table t;
  t.columns = {"incident", "type",    "date",    "date_end", "place",
               "country",  "victims", "sources", "generic"};
  while (st.step()) {
    std::vector<std::string> row;
    for (int c = 0; c < 9; ++c) row.push_back(st.text(c));
    t.rows.push_back(std::move(row));
  }
  if (st.rc() != SQLITE_DONE) return Status::IoError("events: " + db->error());
  return t;
}

Result<Table> list_timeline(Db* db, const QueryFilters& f) {
  EventFilter ef = event_filter(db, f);
  std::string sql =
      "SELECT e.id, coalesce(e.date_start, ''), coalesce(e.date_end, ''), e.type,"
      " coalesce((SELECT group_concat(c.name, '; ') FROM participants p JOIN entities en"
      "   ON en.id = p.entity JOIN clusters c ON c.id = en.cluster WHERE p.event = e.id"
      "   AND p.role = 'victim'), ''),"
      " coalesce(pl.name, ''), coalesce(e.country, ''), coalesce(e.incident, ''),"
      " coalesce(d.title, d.source, ''), coalesce(d.published, ''), coalesce(d.url, ''),"
      " coalesce(e.ev_text, '')"
      " FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN entities pl ON pl.id = e.location"
      " WHERE e.negated = 0 AND e.hypothetical = 0 AND coalesce(e.review, '') != 'rejected'"
      " AND " +
      ef.sql + " ORDER BY e.date_start IS NULL, e.date_start, e.incident, e.id LIMIT ?";
  Stmt st = db->prepare(sql);
  if (!st.ok()) return Status::Internal("timeline: " + db->error());
  int i = 1;
  for (const std::string& b : ef.binds) st.bind(i++, b);
  st.bind_int(i, f.limit);
  Table t;
  t.columns = {"event",   "date",     "date_end", "type",      "victims", "place",
               "country", "incident", "source",   "published", "url",     "evidence"};
  while (st.step()) {
    std::vector<std::string> row;
    for (int c = 0; c < 12; ++c) row.push_back(st.text(c));
    t.rows.push_back(std::move(row));
  }
  if (st.rc() != SQLITE_DONE) return Status::IoError("timeline: " + db->error());
  return t;
}

Table list_merges(Db* db, int limit) {
  Table t;
  t.columns = {"merge", "entity", "name", "cluster", "reason", "undone", "at"};
  Stmt st = db->prepare(
      "SELECT m.id, m.entity, e.name, m.cluster, m.reason, m.undone, m.at FROM merges m"
      " JOIN entities e ON e.id = m.entity ORDER BY m.id DESC LIMIT ?");
  st.bind_int(1, limit);
  while (st.step()) {
    std::vector<std::string> row;
    for (int c = 0; c < 7; ++c) row.push_back(st.text(c));
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table store_counts(Db* db) {
  Table t;
  t.columns = {"what", "count"};
  const std::pair<const char*, const char*> kCounts[] = {
      {"documents", "SELECT count(*) FROM documents"},
      {"entities", "SELECT count(*) FROM entities"},
      {"relations", "SELECT count(*) FROM relations"},
      {"events", "SELECT count(*) FROM events"},
      {"incidents", "SELECT count(*) FROM incidents"},
      {"people", "SELECT count(*) FROM clusters WHERE kind = 'person'"},
      {"merges", "SELECT count(*) FROM merges WHERE undone = 0"},
      {"audit_rows", "SELECT count(*) FROM audit"},
  };
  for (const auto& [what, sql] : kCounts) {
    t.rows.push_back({what, std::to_string(db->scalar(sql))});
  }
  return t;
}

}  // namespace casebook
