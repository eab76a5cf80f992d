// Read-only queries over the case store: full-text search, incident listing, and the person
// lookup used by filters. Results are flat tables (columns and string cells) so every query
// prints the same way as a table, JSON or CSV (export/table_format.h).
#pragma once

#include <string>
#include <vector>

#include "casebook/status.h"
#include "store/sqlite_db.h"

namespace casebook {

struct QueryFilters {
  std::string type;     // event type, e.g. arrest_detention
  std::string country;  // ISO 3166-1 alpha-2
  std::string from;     // ISO date prefix; events whose dates reach it
  std::string to;
  std::string person;  // a name, matched loosely (any spelling variant of each word)
  int limit = 20;
};

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// Person clusters whose names, aliases or folded keys contain every word of `name`
// ("kabirov" finds "Safar Kabirov"; "Mukhammadjon" finds "Muhammadjon Saidov").
std::vector<int64_t> find_person_clusters(Db* db, const std::string& name);

// A search query or person name longer than this is refused: real queries are a few words,
// and FTS5's cost grows with the number of terms.
inline constexpr size_t kMaxQueryBytes = 1000;

// A query matching more documents than this ranks only the most recently indexed this-many
// matching documents by bm25: scoring every match of a word found in nearly every document
// cost about 4 µs a row, seconds at 100,000 documents (bench/README.md). The newest matches
// are found from the index alone, without scoring, and bm25 then scores only documents at or
// above the cutoff. Rare terms, under the window, are ranked over all their matches. The
// server's search (store/browse_search.cc) counts its total and facets over the same window.
inline constexpr int kRankWindow = 1000;

// FTS5 over document text (title and text), best bm25 first, each document followed by its
// events whose evidence passage holds a match (most matches first), with «highlighted»
// snippets; columns document, event (empty for the document), title, source, published, type,
// date, snippet, score.
// InvalidInput for a query (or person filter) longer than kMaxQueryBytes.
Result<Table> search_store(Db* db, const std::string& query, const QueryFilters& filters);

// A query FTS5 cannot parse ("don't", "a-b") as quoted words, for a second attempt.
std::string fts_quoted_words(const std::string& q);

// Incidents, earliest first, with their victims and how many documents tell of each.
Result<Table> list_incidents(Db* db, const QueryFilters& filters);

// Every source's event in date order (undated last), with the source and its passage:
// the chronology of a person (filters.person) or a country (filters.country).
Result<Table> list_timeline(Db* db, const QueryFilters& filters);

// Recorded merges (id, entity, cluster, reason, undone), newest first.
Table list_merges(Db* db, int limit);

// Counts of what the store holds: documents, entities, events, incidents, people, audit rows.
Table store_counts(Db* db);

}  // namespace casebook
