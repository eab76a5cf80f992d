// Search with facets, timelines, the review queue, the audit log and exports for readers
// without access to confidential records. Search takes casebook search's path
// (store/queries.cc): the narrow search_rows table says what each hit is, and a common word
// is ranked, counted and faceted over its kRankWindow newest visible matches only.
#include <cctype>
#include <unordered_set>

#include "export/table_format.h"
#include "store/browse.h"
#include "store/browse_sql.h"
#include "store/confidential.h"
#include "store/queries.h"

namespace casebook {

using namespace browse_sql;
using nlohmann::json;

namespace {

// The hit condition on a search_rows row `r`: the hit's document may be read, and when event
// filters are given, the hit's event (or for a document hit, some event of its document)
// passes them. Both checks name the covering index, as in store/queries.cc: left alone, the
// planner scanned events_type_date, or read each hit event's wide row.
Result<Where> hit_where(const Access& a, const BrowseFilters& f) {
  BrowseFilters ef = f;
  ef.confidential.clear();
  Access all{true};
  Result<Where> ew = event_where(all, ef);
  if (!ew.ok()) return ew.status();
  Where w;
  if (!a.confidential) w.add("NOT " + restricted_doc_sql("r.doc"));
  if (f.confidential == "true") w.add(restricted_doc_sql("r.doc"));
  if (f.confidential == "false") w.add("NOT " + restricted_doc_sql("r.doc"));
  if (ew->sql != "1") {
    w.add(
        "CASE WHEN r.event IS NULL THEN EXISTS (SELECT 1 FROM events e INDEXED BY"
        " events_doc_facets WHERE e.doc = r.doc AND " +
        ew->sql +
        ") ELSE EXISTS (SELECT 1 FROM events e INDEXED BY events_doc_facets"
        " WHERE e.doc = r.doc AND e.id = r.event AND " +
        ew->sql + ") END");
    w.binds.insert(w.binds.end(), ew->binds.begin(), ew->binds.end());
    w.binds.insert(w.binds.end(), ew->binds.begin(), ew->binds.end());
  }
  return w;
}

// FTS5 drives (CROSS JOIN keeps it outside) and search_rows says what each hit is, so the
// FTS content rows (bodies) are never read for hits that are not shown.
constexpr const char* kHitsFrom =
    " FROM search_index CROSS JOIN search_rows r ON r.id = search_index.rowid"
    " WHERE search_index MATCH ? AND ";

struct Hit {
  int64_t rowid = 0, doc = 0, event = 0;
};

// The newest `window` visible hits, newest first. False when FTS5 cannot parse `match`.
bool newest_hits(Db* db, const std::string& match, const Where& w, int window,
                 std::vector<Hit>* hits, std::string* error) {
  Stmt& st = db->cached("SELECT r.id, r.doc, coalesce(r.event, 0)" + std::string(kHitsFrom) +
                        w.sql + " ORDER BY search_index.rowid DESC LIMIT ?");
  if (!st.ok()) return false;
  int i = 1;
  st.bind(i++, match);
  w.bind(&st, &i);
  st.bind_int(i, window);
  while (st.step()) hits->push_back({st.int64(0), st.int64(1), st.int64(2)});
  bool done = st.rc() == SQLITE_DONE;
  if (!done) error->assign(db->error());
  st.reset();
  return done;
}

// Event types and countries of the hit events, and of every event of a hit document, each
// event counted once.
json facets_of(Db* db, const std::vector<Hit>& hits) {
  json facets = {{"type", json::object()}, {"country", json::object()}};
  std::unordered_set<int64_t> seen;
  auto count = [&](int64_t id, const std::string& type, const std::string& country) {
    if (!seen.insert(id).second) return;
    if (!type.empty()) facets["type"][type] = facets["type"].value(type, 0) + 1;
    if (!country.empty()) facets["country"][country] = facets["country"].value(country, 0) + 1;
  };
  Stmt& by_id = db->cached("SELECT type, coalesce(country, '') FROM events WHERE id = ?");
  Stmt& by_doc = db->cached(
      "SELECT id, type, coalesce(country, '') FROM events INDEXED BY events_doc_facets"
      " WHERE doc = ?");
  for (const Hit& h : hits) {
    if (h.event) {
      by_id.reset();
      by_id.bind(1, h.event);
      if (by_id.step()) count(h.event, by_id.text(0), by_id.text(1));
    } else {
      by_doc.reset();
      by_doc.bind(1, h.doc);
      while (by_doc.step()) count(by_doc.int64(0), by_doc.text(1), by_doc.text(2));
    }
  }
  by_id.reset();
  by_doc.reset();
  return facets;
}

}  // namespace

Result<json> search_documents(Db* db, const Access& a, const std::string& query,
                              const BrowseFilters& f, const Page& p, int window) {
  Status fresh = refresh_restricted(db);
  if (!fresh.ok()) return fresh;
  if (query.empty()) return Status::InvalidInput("search needs a query (q)");
  if (query.size() > kMaxQueryBytes) return Status::InvalidInput("query is too long");
  Result<int64_t> offset = parse_cursor(p.cursor);
  if (!offset.ok()) return offset.status();
  int limit = clamp_limit(p.limit);
  Result<Where> w = hit_where(a, f);
  if (!w.ok()) return w.status();
  for (int attempt = 0; attempt < 2; ++attempt) {
    // A query FTS5 cannot parse ("don't", "a-b") is tried again as quoted words.
    std::string match = attempt == 0 ? query : fts_quoted_words(query);
    // 1. The window: the newest visible hits, found from the index and search_rows alone.
    // Fewer than `window` means every visible hit; otherwise the total is a lower bound and
    // the facets and ranking cover the window only.
    std::vector<Hit> hits;
    std::string error;
    if (!newest_hits(db, match, *w, window, &hits, &error)) {
      if (attempt == 1) return Status::InvalidInput("search: " + error);
      continue;
    }
    bool capped = !hits.empty() && static_cast<int>(hits.size()) == window;
    int64_t cutoff = capped ? hits.back().rowid : 0;
    // 2. bm25 over the hits at or above the cutoff (FTS5 seeks to it), best first.
    Stmt& st = db->cached("SELECT search_index.rowid, round(bm25(search_index), 3)" +
                          std::string(kHitsFrom) + w->sql +
                          " AND search_index.rowid >= ? ORDER BY bm25(search_index),"
                          " search_index.rowid LIMIT ? OFFSET ?");
    if (!st.ok()) return Status::Internal("search: " + db->error());
    int i = 1;
    st.bind(i++, match);
    w->bind(&st, &i);
    st.bind(i++, cutoff);
    st.bind_int(i++, limit + 1);
    st.bind(i, *offset);
    std::vector<std::pair<int64_t, double>> ranked;
    while (st.step()) ranked.emplace_back(st.int64(0), st.real(1));
    if (st.rc() != SQLITE_DONE) return Status::IoError("search: " + db->error());
    st.reset();
    bool more = static_cast<int>(ranked.size()) > limit;
    if (more) ranked.pop_back();
    // 3. Titles, event facts and snippets for the rows shown only.
    std::unordered_map<int64_t, const Hit*> by_rowid;
    for (const Hit& h : hits) by_rowid.emplace(h.rowid, &h);
    Stmt& doc = db->cached(
        "SELECT coalesce(title, source, ''), coalesce(published, '') FROM documents"
        " WHERE id = ?");
    Stmt& ev =
        db->cached("SELECT coalesce(type, ''), coalesce(date_start, '') FROM events WHERE id = ?");
    Stmt& snip = db->cached(
        "SELECT snippet(search_index, 0, '«', '»', '…', 16) FROM search_index"
        " WHERE search_index MATCH ? AND rowid = ?");
    json items = json::array();
    for (const auto& [rowid, score] : ranked) {
      // Every visible hit at or above the cutoff is in the window.
      auto it = by_rowid.find(rowid);
      if (it == by_rowid.end()) return Status::Internal("search: a ranked hit left its window");
      const Hit& h = *it->second;
      json item = {{"document", h.doc}, {"event", h.event}, {"title", ""},    {"published", ""},
                   {"type", ""},        {"date", ""},       {"score", score}, {"snippet", ""}};
      doc.reset();
      doc.bind(1, h.doc);
      if (doc.step()) {
        item["title"] = doc.text(0);
        item["published"] = doc.text(1);
      }
      if (h.event) {
        ev.reset();
        ev.bind(1, h.event);
        if (ev.step()) {
          item["type"] = ev.text(0);
          item["date"] = ev.text(1);
        }
      }
      snip.reset();
      snip.bind(1, match).bind(2, rowid);
      if (snip.step()) item["snippet"] = snip.text(0);
      items.push_back(std::move(item));
    }
    snip.reset();
    doc.reset();
    ev.reset();
    json out = page_of(std::move(items), more, std::to_string(*offset + limit));
    out["total"] = hits.size();
    out["total_capped"] = capped;
    out["facets"] = facets_of(db, hits);
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
    // The document from search_rows: the index keeps no copy of doc (schema version 6).
    w->add(
        "e.doc IN (SELECT r.doc FROM search_index CROSS JOIN search_rows r"
        " ON r.id = search_index.rowid WHERE search_index MATCH ?)",
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
        db->prepare("SELECT casebook_extraction(extraction, text) FROM documents d WHERE " +
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
