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

// The condition a hit must meet for the filters, on its search_rows row `r`. The per-hit
// checks name their index: left alone, the planner chose events_type_date and scanned every
// event of the type for every hit. An event hit is checked in the same covering index (its
// document's few entries) rather than by id in the table, whose wide rows (evidence text)
// cost a page read each: 26 -> 18 ms for `police --country TJ --from 2020` over 10,000
// documents.
std::string hit_filter(const EventFilter& ef) {
  if (!ef.any) return "";
  return " AND CASE WHEN r.event IS NULL"
         " THEN EXISTS (SELECT 1 FROM events e INDEXED BY events_doc_facets"
         " WHERE e.doc = r.doc AND " +
         ef.sql +
         ")"
         " ELSE EXISTS (SELECT 1 FROM events e INDEXED BY events_doc_facets"
         " WHERE e.doc = r.doc AND e.id = r.event AND " +
         ef.sql + ") END";
}

// FTS5 drives (CROSS JOIN keeps it outside); search_rows says what each hit is, and is
// read only when filters need it.
std::string hits_from(const EventFilter& ef) {
  if (!ef.any) return " FROM search_index WHERE search_index MATCH ?1";
  return " FROM search_index CROSS JOIN search_rows r ON r.id = search_index.rowid"
         " WHERE search_index MATCH ?1" +
         hit_filter(ef);
}

// Binds the filter values twice (both branches of hit_filter) from parameter `i`; returns
// the next free parameter.
int bind_filter(Stmt& st, int i, const EventFilter& ef) {
  for (int twice = 0; twice < (ef.any ? 2 : 0); ++twice) {
    for (const std::string& b : ef.binds) st.bind(i++, b);
  }
  return i;
}

// Runs the search for one MATCH text. False (with the statement's error) when FTS5 cannot
// parse it.
bool search_once(Db* db, const std::string& match, const EventFilter& ef, int limit, Table* t,
                 std::string* error) {
  // 1. The cutoff: the rowid of the kRankWindow-th newest match (0 when there are fewer).
  Stmt cut = db->prepare("SELECT search_index.rowid" + hits_from(ef) +
                         " ORDER BY search_index.rowid DESC LIMIT 1 OFFSET " +
                         std::to_string(kRankWindow - 1));
  if (!cut.ok()) {
    *error = db->error();
    return false;
  }
  cut.bind(1, match);
  bind_filter(cut, 2, ef);
  int64_t cutoff = 0;
  if (cut.step()) cutoff = cut.int64(0);
  if (cut.rc() != SQLITE_ROW && cut.rc() != SQLITE_DONE) {
    *error = db->error();
    return false;
  }
  // 2. bm25 over the matches at or above the cutoff, best first; only rowids and scores (and
  // search_rows where filters need it), so nothing else is read for the rows not shown.
  Stmt st = db->prepare("SELECT search_index.rowid, round(bm25(search_index), 3)" + hits_from(ef) +
                        " AND search_index.rowid >= ?" + " ORDER BY bm25(search_index) LIMIT ?");
  st.bind(1, match);
  int i = bind_filter(st, 2, ef);
  st.bind(i++, cutoff);
  st.bind_int(i, limit);
  struct Hit {
    int64_t rowid, doc, event;
    std::string score;
  };
  std::vector<Hit> hits;
  while (st.step()) hits.push_back({st.int64(0), 0, 0, st.text(1)});
  if (st.rc() != SQLITE_DONE) {
    *error = db->error();
    return false;
  }
  Stmt what = db->prepare("SELECT doc, coalesce(event, 0) FROM search_rows WHERE id = ?");
  for (Hit& h : hits) {
    what.reset();
    what.bind(1, h.rowid);
    if (what.step()) {
      h.doc = what.int64(0);
      h.event = what.int64(1);
    }
  }
  // 3. Titles, event facts and snippets for the rows shown only.
  Stmt doc = db->prepare(
      "SELECT coalesce(title, ''), coalesce(source, ''), coalesce(published, '')"
      " FROM documents WHERE id = ?");
  Stmt ev = db->prepare("SELECT type, coalesce(date_start, '') FROM events WHERE id = ?");
  Stmt snip = db->prepare(
      "SELECT snippet(search_index, 0, '«', '»', '…', 16) FROM search_index"
      " WHERE search_index MATCH ? AND rowid = ?");
  for (const Hit& h : hits) {
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
    snip.reset();
    snip.bind(1, match).bind(2, h.rowid);
    if (snip.step()) row[7] = snip.text(0);
    row[8] = h.score;
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
