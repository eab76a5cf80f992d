// The search both `casebook search` and the server's search use: documents found and ranked
// by FTS5 (bm25 over the newest kRankWindow matches), each followed by its events whose
// evidence span holds a match. The index holds documents only; events are found at query
// time for the rows shown (docs/store.md, "Search").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "casebook/status.h"
#include "store/browse_sql.h"
#include "store/sqlite_db.h"

namespace casebook {

// The document id in a hit condition: FTS5's rowid is the document's id.
inline constexpr const char* kHitDoc = "search_index.rowid";

// One row of a search: a document, or one of its events whose evidence holds a match.
struct SearchHit {
  int64_t doc = 0;
  int64_t event = 0;  // 0 for the document itself
  double score = 0;   // bm25, lower is better; an event's is its share of its document's
  std::string snippet;
};

// What a search is asked: the MATCH text, which documents may be hits (an SQL condition on
// kHitDoc), and which of their events may be rows (an SQL condition on an event `e`).
struct SearchAsk {
  std::string match;
  browse_sql::Where doc_where;
  browse_sql::Where event_where;
};

// The newest `window` matching documents that pass doc_where, newest first. False, with
// FTS5's message in `error`, when it cannot parse the query.
bool newest_hit_documents(Db* db, const SearchAsk& ask, int window, std::vector<int64_t>* docs,
                          std::string* error);

// Rows [offset, offset + count) of the ranking: documents with rowid >= `cutoff` by bm25
// (then rowid), each followed by its matching events, most matches first. An event's score
// is its document's times the share of the document's matches its span holds.
Result<std::vector<SearchHit>> ranked_hits(Db* db, const SearchAsk& ask, int64_t cutoff,
                                           int64_t offset, int64_t count);

}  // namespace casebook
