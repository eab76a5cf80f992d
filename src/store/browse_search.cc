// Search with facets, timelines, the review queue, the audit log and exports for readers
// without access to confidential records. Search materialises the FTS5 matches first, as
// store/queries.cc does, then applies the reader's conditions to whole hits.
#include <cctype>

#include "export/table_format.h"
#include "store/browse.h"
#include "store/browse_sql.h"
#include "store/confidential.h"
#include "store/queries.h"

namespace casebook {

using namespace browse_sql;
using nlohmann::json;

namespace {

// The hit condition: the hit's document may be read, and when event filters are given, the
// hit's event (or for a document hit, some event of its document) passes them.
Result<Where> hit_where(const Access& a, const BrowseFilters& f) {
  BrowseFilters ef = f;
  ef.confidential.clear();
  Access all{true};
  Result<Where> ew = event_where(all, ef);
  if (!ew.ok()) return ew.status();
  Where w;
  if (!a.confidential) w.add("NOT " + restricted_doc_sql("h.doc"));
  if (f.confidential == "true") w.add(restricted_doc_sql("h.doc"));
  if (f.confidential == "false") w.add("NOT " + restricted_doc_sql("h.doc"));
  if (ew->sql != "1") {
    w.add(
        "CASE WHEN h.event IS NULL THEN EXISTS (SELECT 1 FROM events e INDEXED BY events_doc"
        " WHERE e.doc = h.doc AND " +
        ew->sql +
        ") ELSE EXISTS (SELECT 1 FROM events e"
        " WHERE e.id = h.event AND " +
        ew->sql + ") END");
    w.binds.insert(w.binds.end(), ew->binds.begin(), ew->binds.end());
    w.binds.insert(w.binds.end(), ew->binds.begin(), ew->binds.end());
  }
  return w;
}

constexpr const char* kHits =
    "WITH hits AS MATERIALIZED (SELECT rowid AS rid, doc, event, bm25(search_index) AS score"
    " FROM search_index WHERE search_index MATCH ?) ";

}  // namespace

Result<json> search_documents(Db* db, const Access& a, const std::string& query,
                              const BrowseFilters& f, const Page& p) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  if (query.empty()) return Status::InvalidInput("search needs a query (q)");
  if (query.size() > 1000) return Status::InvalidInput("query is too long");
  Result<int64_t> offset = parse_cursor(p.cursor);
  if (!offset.ok()) return offset.status();
  int limit = clamp_limit(p.limit);
  Result<Where> w = hit_where(a, f);
  if (!w.ok()) return w.status();
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::string match = attempt == 0 ? query : fts_quoted_words(query);
    Stmt st = db->prepare(
        // The page is chosen from the hits alone; documents and events are read only for
        // its rows. Most of the time left is reading doc and event for every hit: FTS5 keeps
        // them after the body in its content rows (NOTES.md).
        std::string(kHits) + ", top AS MATERIALIZED (SELECT * FROM hits h WHERE " + w->sql +
        " ORDER BY h.score, h.rid LIMIT ? OFFSET ?)"
        " SELECT h.rid, h.doc, coalesce(h.event, 0), coalesce(d.title, d.source, ''),"
        " coalesce(d.published, ''), coalesce(ev.type, ''), coalesce(ev.date_start, ''),"
        " round(h.score, 3)"
        " FROM top h JOIN documents d ON d.id = h.doc LEFT JOIN events ev ON ev.id = h.event"
        " ORDER BY h.score, h.rid");
    if (!st.ok()) return Status::Internal("search: " + db->error());
    int i = 1;
    st.bind(i++, match);
    w->bind(&st, &i);
    st.bind_int(i++, limit + 1);
    st.bind(i, *offset);
    json items = json::array();
    std::vector<int64_t> rowids;
    bool more = false;
    while (st.step()) {
      if (static_cast<int>(items.size()) == limit) {
        more = true;
        break;
      }
      rowids.push_back(st.int64(0));
      items.push_back({{"document", st.int64(1)},
                       {"event", st.int64(2)},
                       {"title", st.text(3)},
                       {"published", st.text(4)},
                       {"type", st.text(5)},
                       {"date", st.text(6)},
                       {"score", st.real(7)},
                       {"snippet", ""}});
    }
    if (st.rc() != SQLITE_DONE && st.rc() != SQLITE_ROW) {
      if (attempt == 1) return Status::InvalidInput("search: " + db->error());
      continue;
    }
    // Snippets only for the rows shown: making one costs a pass over the row's text.
    Stmt snip = db->prepare(
        "SELECT snippet(search_index, 0, '«', '»', '…', 16) FROM search_index"
        " WHERE search_index MATCH ? AND rowid = ?");
    for (size_t r = 0; r < rowids.size(); ++r) {
      snip.reset();
      snip.bind(1, match).bind(2, rowids[r]);
      if (snip.step()) items[r]["snippet"] = snip.text(0);
    }
    json out = page_of(std::move(items), more, std::to_string(*offset + limit));
    // Facets over every visible hit: event types and countries of the hit events, or of the
    // events of a hit document. No bm25 here, and two joins rather than one with OR, which
    // left SQLite no index and cost a scan of events per hit.
    Stmt fc = db->prepare(
        "WITH hits AS MATERIALIZED (SELECT doc, event FROM search_index"
        " WHERE search_index MATCH ?), seen AS MATERIALIZED (SELECT h.doc, h.event FROM hits h"
        " WHERE " +
        w->sql +
        "), evs AS (SELECT e.id, e.type, e.country FROM seen s JOIN events e ON e.id = s.event"
        " UNION SELECT e.id, e.type, e.country FROM seen s JOIN events e INDEXED BY events_doc"
        " ON e.doc = s.doc WHERE s.event IS NULL)"
        " SELECT 'type', type, count(*) FROM evs GROUP BY type UNION ALL"
        " SELECT 'country', coalesce(country, ''), count(*) FROM evs GROUP BY country UNION ALL"
        " SELECT 'total', '', count(*) FROM seen");
    i = 1;
    fc.bind(i++, match);
    w->bind(&fc, &i);
    json facets = {{"type", json::object()}, {"country", json::object()}};
    while (fc.step()) {
      std::string facet = fc.text(0);
      if (facet == "total") {
        out["total"] = fc.int64(2);
      } else if (!fc.text(1).empty()) {
        facets[facet][fc.text(1)] = fc.int64(2);
      }
    }
    out["facets"] = std::move(facets);
    return out;
  }
  return Status::Internal("search");
}

Result<json> timeline(Db* db, const Access& a, const std::string& query, const BrowseFilters& f,
                      int limit) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  if (!f.person && f.country.empty() && query.empty()) {
    return Status::InvalidInput("timeline needs person, country or q");
  }
  Result<Where> w = event_where(a, f);
  if (!w.ok()) return w.status();
  if (!query.empty()) {
    w->add("e.doc IN (SELECT doc FROM search_index WHERE search_index MATCH ?)",
           fts_quoted_words(query));
  }
  Stmt st = db->prepare(
      "SELECT e.id, coalesce(e.date_start, ''), coalesce(e.date_end, ''),"
      " coalesce(e.approximate, 0), e.type, coalesce(e.country, ''), coalesce(pl.name, ''),"
      " e.doc, coalesce(d.title, d.source, ''), coalesce(d.published, ''),"
      " coalesce(e.ev_text, ''), " +
      role_names_sql("victim") +
      " FROM events e JOIN documents d ON d.id = e.doc"
      " LEFT JOIN entities pl ON pl.id = e.location WHERE e.negated = 0 AND e.hypothetical = 0"
      " AND coalesce(e.review, '') != 'rejected' AND e.date_start IS NOT NULL AND " +
      w->sql + " ORDER BY e.date_start, e.id LIMIT ?");
  if (!st.ok()) return Status::Internal("timeline: " + db->error());
  int i = 1;
  w->bind(&st, &i);
  st.bind_int(i, clamp_limit(limit));
  json items = json::array();
  while (st.step()) {
    items.push_back({{"event", st.int64(0)},
                     {"date_start", st.text(1)},
                     {"date_end", st.text(2)},
                     {"approximate", st.int64(3) != 0},
                     {"type", st.text(4)},
                     {"country", st.text(5)},
                     {"place", st.text(6)},
                     {"document", st.int64(7)},
                     {"source", st.text(8)},
                     {"published", st.text(9)},
                     {"evidence", st.text(10)},
                     {"victims", st.text(11)}});
  }
  return json{{"items", std::move(items)}};
}

Result<json> review_queue(Db* db, const Access& a, const Page& p) {
  BrowseFilters f;
  f.review = "unreviewed";
  return list_events(db, a, f, p);
}

Result<json> list_audit(Db* db, const Page& p) {
  Result<int64_t> before = parse_cursor(p.cursor);
  if (!before.ok()) return before.status();
  int limit = clamp_limit(p.limit);
  Stmt st = db->prepare(
      "SELECT seq, at, action, detail, hash FROM audit WHERE (?1 = 0 OR seq < ?1)"
      " ORDER BY seq DESC LIMIT ?2");
  st.bind(1, *before).bind_int(2, limit + 1);
  return keyset_page(db, &st, limit, [](const Stmt& st) -> json {
    json detail = json::parse(st.text_view(3), nullptr, false);
    return {{"seq", st.int64(0)},
            {"at", st.text(1)},
            {"action", st.text(2)},
            {"detail", detail.is_discarded() ? json(st.text(3)) : detail},
            {"hash", st.text(4)}};
  });
}

Result<std::string> export_records(Db* db, const Access& a, const std::string& format,
                                   const BrowseFilters& f) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  std::string out;
  if (format == "jsonl") {
    Stmt st =
        db->prepare("SELECT extraction FROM documents d WHERE " +
                    (a.confidential ? std::string("1") : "NOT " + restricted_doc_sql("d.id")) +
                    " ORDER BY d.id");
    while (st.step()) {
      out.append(st.text_view(0));
      out.push_back('\n');
    }
    return out;
  }
  if (format != "csv" && format != "acled-csv") {
    return Status::InvalidInput("format must be jsonl, csv, acled-csv or casefile-md");
  }
  Result<Where> w = event_where(a, f);
  if (!w.ok()) return w.status();
  Stmt st = db->prepare(
      "SELECT e.incident, e.id, coalesce(e.date_start, ''), e.type, " +
      role_names_sql("perpetrator") + ", " + role_names_sql("victim") +
      ", coalesce(e.country, ''), coalesce(pl.name, ''), coalesce(d.title, d.source, ''),"
      " coalesce(d.url, ''), coalesce(d.published, ''), coalesce(e.ev_text, '')"
      " FROM events e JOIN documents d ON d.id = e.doc LEFT JOIN entities pl"
      " ON pl.id = e.location WHERE coalesce(e.review, '') != 'rejected'"
      " AND e.incident IS NOT NULL AND " +
      w->sql + " ORDER BY e.date_start IS NULL, e.date_start, e.incident, e.id");
  int i = 1;
  w->bind(&st, &i);
  Table t;
  if (format == "acled-csv") {
    t.columns = {"event_date", "event_type", "sub_event_type", "actor1", "actor2",
                 "country",    "location",   "source",         "notes"};
  } else {
    t.columns = {"incident", "event",    "date",   "type", "perpetrators", "victims",
                 "country",  "location", "source", "url",  "published",    "evidence"};
  }
  while (st.step()) {
    std::vector<std::string> r;
    for (int c = 0; c < 12; ++c) r.push_back(st.text(c));
    if (format == "acled-csv") {
      std::string coarse = r[3] == "killing" || r[3] == "torture_ill_treatment" ||
                                   r[3] == "enforced_disappearance" || r[3] == "abduction" ||
                                   r[3] == "assault"
                               ? "Violence against civilians"
                           : r[3] == "protest" ? "Protests"
                                               : "Strategic developments";
      t.rows.push_back({r[2], coarse, r[3], r[4], r[5], r[6], r[7], r[8], r[11]});
    } else {
      t.rows.push_back(std::move(r));
    }
  }
  return format_table(t, "csv");
}

}  // namespace casebook
