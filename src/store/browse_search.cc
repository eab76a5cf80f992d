// Search with facets, timelines, the review queue, the audit log and exports for readers
// without access to confidential records. Search takes casebook search's path
// (store/search_ranking.h): documents ranked by bm25, each followed by its events whose
// evidence holds a match, and a common word is ranked, counted and faceted over its
// kRankWindow newest visible documents only.
#include <cctype>
#include <cmath>

#include "export/table_format.h"
#include "store/browse.h"
#include "store/browse_sql.h"
#include "store/confidential.h"
#include "store/queries.h"
#include "store/search_ranking.h"

namespace casebook {

using namespace browse_sql;
using nlohmann::json;

namespace {

// The search's conditions (store/search_ranking.h): a document may be a hit when it may be
// read and, when event filters are given, some event of it passes them (checked in the
// covering index, as in store/queries.cc: left alone, the planner scanned events_type_date);
// an event row shows only when it passes them itself.
Result<SearchAsk> search_ask(const Access& a, const BrowseFilters& f) {
  BrowseFilters ef = f;
  ef.confidential.clear();
  Access all{true};
  Result<Where> ew = event_where(all, ef);
  if (!ew.ok()) return ew.status();
  SearchAsk ask;
  std::string doc = kHitDoc;
  if (!a.confidential) ask.doc_where.add("NOT " + restricted_doc_sql(doc));
  if (f.confidential == "true") ask.doc_where.add(restricted_doc_sql(doc));
  if (f.confidential == "false") ask.doc_where.add("NOT " + restricted_doc_sql(doc));
  if (ew->sql != "1") {
    ask.doc_where.add("EXISTS (SELECT 1 FROM events e INDEXED BY events_doc_facets WHERE e.doc = " +
                      doc + " AND " + ew->sql + ")");
    ask.doc_where.binds.insert(ask.doc_where.binds.end(), ew->binds.begin(), ew->binds.end());
    ask.event_where = *ew;
  }
  return ask;
}

// Event types and countries of every event of the hit documents, each counted once.
json facets_of(Db* db, const std::vector<int64_t>& docs) {
  json facets = {{"type", json::object()}, {"country", json::object()}};
  Stmt& by_doc = db->cached(
      "SELECT type, coalesce(country, '') FROM events INDEXED BY events_doc_facets"
      " WHERE doc = ?");
  for (int64_t d : docs) {
    by_doc.reset();
    by_doc.bind(1, d);
    while (by_doc.step()) {
      std::string type = by_doc.text(0), country = by_doc.text(1);
      if (!type.empty()) facets["type"][type] = facets["type"].value(type, 0) + 1;
      if (!country.empty()) facets["country"][country] = facets["country"].value(country, 0) + 1;
    }
  }
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
  Result<SearchAsk> ask = search_ask(a, f);
  if (!ask.ok()) return ask.status();
  for (int attempt = 0; attempt < 2; ++attempt) {
    // A query FTS5 cannot parse ("don't", "a-b") is tried again as quoted words.
    ask->match = attempt == 0 ? query : fts_quoted_words(query);
    // 1. The window: the newest visible hit documents, found from the index alone. Fewer
    // than `window` means every visible hit; otherwise the total is a lower bound and the
    // facets and ranking cover the window only. Total and facets count documents (and the
    // events of those documents): the event rows are found for the rows shown only.
    std::vector<int64_t> docs;
    std::string error;
    if (!newest_hit_documents(db, *ask, window, &docs, &error)) {
      if (attempt == 1) return Status::InvalidInput("search: " + error);
      continue;
    }
    bool capped = !docs.empty() && static_cast<int>(docs.size()) == window;
    int64_t cutoff = capped ? docs.back() : 0;
    // 2. bm25 over the documents at or above the cutoff, best first, each followed by its
    // matching events; one row more than the page, to know whether there is a next.
    Result<std::vector<SearchHit>> ranked = ranked_hits(db, *ask, cutoff, *offset, limit + 1);
    if (!ranked.ok()) return ranked.status();
    bool more = static_cast<int>(ranked->size()) > limit;
    if (more) ranked->pop_back();
    // 3. Titles and event facts for the rows shown only.
    Stmt& doc = db->cached(
        "SELECT coalesce(title, source, ''), coalesce(published, '') FROM documents"
        " WHERE id = ?");
    Stmt& ev =
        db->cached("SELECT coalesce(type, ''), coalesce(date_start, '') FROM events WHERE id = ?");
    json items = json::array();
    for (const SearchHit& h : *ranked) {
      json item = {{"document", h.doc},
                   {"event", h.event},
                   {"title", ""},
                   {"published", ""},
                   {"type", ""},
                   {"date", ""},
                   {"score", std::round(h.score * 1000) / 1000},
                   {"snippet", h.snippet}};
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
      items.push_back(std::move(item));
    }
    doc.reset();
    ev.reset();
    json out = page_of(std::move(items), more, std::to_string(*offset + limit));
    out["total"] = docs.size();
    out["total_capped"] = capped;
    out["facets"] = facets_of(db, docs);
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
    // The index's rowid is the document's id (schema version 10).
    w->add("e.doc IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)",
           fts_quoted_words(query));
  }
  Stmt st = db->prepare(
      "SELECT e.id, coalesce(e.date_start, ''), coalesce(e.date_end, ''),"
      " coalesce(e.approximate, 0), e.type, coalesce(e.country, ''), coalesce(pl.name, ''),"
      " e.doc, coalesce(d.title, d.source, ''), coalesce(d.published, ''),"
      " coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end), ''), " +
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
      " coalesce(d.url, ''), coalesce(d.published, ''), coalesce(e.ev_text, casebook_span(d.text, "
      "e.ev_start, e.ev_end), '')"
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
