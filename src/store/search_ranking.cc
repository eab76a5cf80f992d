// Documents ranked by FTS5, each followed by the events whose evidence span holds a match:
// the index holds each document once (title and text), and an event is found inside its
// document's matches at query time, for the rows shown only (bench/README.md, "sixth pass").
#include "store/search_ranking.h"

#include <algorithm>

#include "store/search_spans.h"

namespace casebook {

bool newest_hit_documents(Db* db, const SearchAsk& ask, int window, std::vector<int64_t>* docs,
                          std::string* error) {
  Stmt& st =
      db->cached("SELECT search_index.rowid FROM search_index WHERE search_index MATCH ? AND " +
                 ask.doc_where.sql + " ORDER BY search_index.rowid DESC LIMIT ?");
  if (!st.ok()) {
    error->assign(db->error());
    return false;
  }
  int i = 1;
  st.bind(i++, ask.match);
  ask.doc_where.bind(&st, &i);
  st.bind_int(i, window);
  while (st.step()) docs->push_back(st.int64(0));
  bool done = st.rc() == SQLITE_DONE;
  if (!done) error->assign(db->error());
  st.reset();
  return done;
}

namespace {

// A document's rows: itself, then its events whose evidence holds a match of the query.
Status expand_document(Db* db, const SearchAsk& ask, const QueryShape& shape, int64_t doc,
                       double score, std::vector<SearchHit>* out) {
  Stmt& spans = db->cached(
      "SELECT casebook_match_spans(search_index), snippet(search_index, 0, '«', '»', '…', 16)"
      " FROM search_index WHERE search_index MATCH ? AND rowid = ?");
  spans.bind(1, ask.match).bind(2, doc);
  SearchHit self{doc, 0, score, ""};
  int phrases = 0;
  std::vector<PhraseMatch> matches;
  if (spans.step()) {
    self.snippet = spans.text(1);
    decode_match_spans(spans.text_view(0), &phrases, &matches);
  }
  if (spans.rc() != SQLITE_ROW && spans.rc() != SQLITE_DONE) {
    return Status::IoError("search: " + db->error());
  }
  spans.reset();
  out->push_back(std::move(self));
  if (matches.empty()) return Status::Ok();
  // The index's body is the title, a newline, then the text, which spans count in.
  Stmt& text = db->cached(
      "SELECT title IS NOT NULL, length(CAST(title AS BLOB)), text"
      " FROM documents WHERE id = ?");
  text.bind(1, doc);
  if (!text.step()) return Status::Ok();
  int prefix = text.int64(0) ? static_cast<int>(text.int64(1)) + 1 : 0;
  std::string body_text = text.text(2);
  text.reset();
  for (PhraseMatch& m : matches) {
    m.start -= prefix;
    m.end -= prefix;
  }
  bool by_shape = shape.readable() && shape.phrases() == phrases;
  // The document's events, from the index that begins with the document: with a type and an
  // end date the planner took events_type_date instead, and read every event of the type up to
  // that date, in the whole store, for each document shown.
  Stmt& events = db->cached(
      "SELECT e.id, e.ev_start, e.ev_end FROM events e INDEXED BY events_doc_facets"
      " WHERE e.doc = ? AND " +
      ask.event_where.sql + " AND e.ev_start IS NOT NULL ORDER BY e.ev_start, e.id");
  if (!events.ok()) return Status::Internal("search: " + db->error());
  int i = 1;
  events.bind(i++, doc);
  ask.event_where.bind(&events, &i);
  struct EventHit {
    int64_t id;
    int start, end, count;
  };
  std::vector<EventHit> hits;
  std::vector<bool> present(std::max(phrases, 1));
  while (events.step()) {
    EventHit h{events.int64(0), static_cast<int>(events.int64(1)),
               static_cast<int>(events.int64(2)), 0};
    std::fill(present.begin(), present.end(), false);
    for (const PhraseMatch& m : matches) {
      if (m.start < h.start || m.end > h.end) continue;
      h.count++;
      if (m.phrase >= 0 && m.phrase < static_cast<int>(present.size())) present[m.phrase] = true;
    }
    if (h.count == 0) continue;
    if (by_shape ? shape.matches(present) : true) hits.push_back(h);
  }
  if (events.rc() != SQLITE_DONE) return Status::IoError("search: " + db->error());
  events.reset();
  std::stable_sort(hits.begin(), hits.end(),
                   [](const EventHit& a, const EventHit& b) { return a.count > b.count; });
  double all = static_cast<double>(matches.size());
  for (const EventHit& h : hits) {
    out->push_back(
        {doc, h.id, score * h.count / all, highlight_passage(body_text, h.start, h.end, matches)});
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<SearchHit>> ranked_hits(Db* db, const SearchAsk& ask, int64_t cutoff,
                                           int64_t offset, int64_t count) {
  // Each document gives at least one row, so offset + count documents are enough.
  Stmt& st = db->cached(
      "SELECT search_index.rowid, bm25(search_index) FROM search_index"
      " WHERE search_index MATCH ? AND " +
      ask.doc_where.sql +
      " AND search_index.rowid >= ? ORDER BY bm25(search_index),"
      " search_index.rowid LIMIT ?");
  if (!st.ok()) return Status::InvalidInput("search: " + db->error());
  int i = 1;
  st.bind(i++, ask.match);
  ask.doc_where.bind(&st, &i);
  st.bind(i++, cutoff);
  st.bind(i, offset + count);
  std::vector<std::pair<int64_t, double>> docs;
  while (st.step()) docs.emplace_back(st.int64(0), st.real(1));
  if (st.rc() != SQLITE_DONE) return Status::InvalidInput("search: " + db->error());
  st.reset();
  QueryShape shape = QueryShape::parse(ask.match);
  std::vector<SearchHit> rows;
  for (const auto& [doc, score] : docs) {
    if (static_cast<int64_t>(rows.size()) >= offset + count) break;
    Status s = expand_document(db, ask, shape, doc, score, &rows);
    if (!s.ok()) return s;
  }
  if (static_cast<int64_t>(rows.size()) <= offset) return std::vector<SearchHit>{};
  rows.erase(rows.begin(), rows.begin() + offset);
  if (static_cast<int64_t>(rows.size()) > count) rows.resize(count);
  return rows;
}

}  // namespace casebook
