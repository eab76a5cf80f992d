// Search and listing queries. Filters become one SQL condition on an event row `e`, shared by
// search (a hit matches when its event, or some event of its document, passes) and events.
#include "store/queries.h"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "store/name_key.h"
#include "store/search_ranking.h"

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

namespace {

// The search as documents and their matching events (store/search_ranking.h). With filters,
// a document is a hit when some event of it passes them (checked in the covering index, whose
// entries are its few events, rather than in the wide event rows), and an event row shows
// only when it passes them itself.
SearchAsk search_ask(const std::string& match, const EventFilter& ef) {
  SearchAsk ask;
  ask.match = match;
  if (ef.any) {
    ask.doc_where.add("EXISTS (SELECT 1 FROM events e INDEXED BY events_doc_facets WHERE e.doc = " +
                      std::string(kHitDoc) + " AND " + ef.sql + ")");
    ask.event_where.add(ef.sql);
    for (const std::string& b : ef.binds) {
      ask.doc_where.binds.emplace_back(b);
      ask.event_where.binds.emplace_back(b);
    }
  }
  return ask;
}

// A score as SQLite shows round(x, 3): "-1.25", "-3.0".
std::string rounded_score(double x) {
  char b[40];
  std::snprintf(b, sizeof b, "%.15g", std::round(x * 1000) / 1000);
  std::string s = b;
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

// Runs the search for one MATCH text. False (with the statement's error) when FTS5 cannot
// parse it.
bool search_once(Db* db, const std::string& match, const EventFilter& ef, int limit, Table* t,
                 std::string* error) {
  SearchAsk ask = search_ask(match, ef);
  // 1. The cutoff: the rowid of the kRankWindow-th newest matching document (0 when there
  // are fewer), found from the index alone.
  std::vector<int64_t> newest;
  if (!newest_hit_documents(db, ask, kRankWindow, &newest, error)) return false;
  int64_t cutoff = static_cast<int>(newest.size()) == kRankWindow ? newest.back() : 0;
  // 2. bm25 over the documents at or above the cutoff, each followed by its matching events.
  Result<std::vector<SearchHit>> hits = ranked_hits(db, ask, cutoff, 0, limit);
  if (!hits.ok()) {
    // search_store says "search: " itself.
    std::string_view m = hits.status().message();
    if (m.starts_with("search: ")) m.remove_prefix(8);
    *error = std::string(m);
    return false;
  }
  // 3. Titles and event facts for the rows shown only.
  Stmt doc = db->prepare(
      "SELECT coalesce(title, ''), coalesce(source, ''), coalesce(published, '')"
      " FROM documents WHERE id = ?");
  Stmt ev = db->prepare("SELECT type, coalesce(date_start, '') FROM events WHERE id = ?");
  for (const SearchHit& h : *hits) {
    std::vector<std::string> row(9);
    row[0] = std::to_string(h.doc);
    row[1] = h.event ? std::to_string(h.event) : "";
    doc.reset();
    doc.bind(1, h.doc);
    if (doc.step()) {
      row[2] = doc.text(0);
      row[3] = doc.text(1);
      row[4] = doc.text(2);
    }
    if (h.event) {
      ev.reset();
      ev.bind(1, h.event);
      if (ev.step()) {
        row[5] = ev.text(0);
        row[6] = ev.text(1);
      }
    }
    row[7] = h.snippet;
    row[8] = rounded_score(h.score);
    t->rows.push_back(std::move(row));
  }
  return true;
}

}  // namespace

Result<Table> search_store(Db* db, const std::string& query, const QueryFilters& f) {
  if (query.size() > kMaxQueryBytes || f.person.size() > kMaxQueryBytes) {
    return Status::InvalidInput("search: the query is longer than " +
                                std::to_string(kMaxQueryBytes) + " bytes");
  }
  EventFilter ef = event_filter(db, f);
  std::string error;
  for (int attempt = 0; attempt < 2; ++attempt) {
    Table t;
    t.columns = {"document", "event", "title",   "source", "published",
                 "type",     "date",  "snippet", "score"};
    // A query FTS5 cannot parse ("don't", "a-b") is tried again as quoted words.
    if (search_once(db, attempt == 0 ? query : fts_quoted_words(query), ef, f.limit, &t, &error)) {
      return t;
    }
  }
  return Status::InvalidInput("search: " + error);
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
      " coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end), '')"
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

// A query FTS5 cannot parse ("don't", "a-b") is retried as quoted words.
std::string fts_quoted_words(const std::string& q) {
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

}  // namespace casebook
