// Paged, access-aware reads of the case store for the HTTP API: documents, events, people,
// organisations and places, search with facets, timelines, the review queue and the audit
// log. Each answer is JSON; lists are {"items": [...], "next_cursor": "..." or null}. With
// Access::confidential false, nothing from a restricted document (store/confidential.h)
// appears: not in items, not in counts, not in names, snippets or facets.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "casebook/status.h"
#include "store/queries.h"
#include "store/sqlite_db.h"

namespace casebook {

struct Access {
  bool confidential = false;  // may see confidential records (analyst and above)
};

// Keyset pagination: `cursor` is the opaque next_cursor of the previous page ("" first).
struct Page {
  std::string cursor;
  int limit = 50;  // 1..500
};

struct BrowseFilters {
  std::string type, country, from, to;  // as QueryFilters (store/queries.h)
  int64_t person = 0;                   // a person cluster id
  std::string review;                   // "", unreviewed, accepted, rejected, edited
  std::string confidential;             // "", "true" (restricted only), "false" (unrestricted only)
  std::string name;                     // part of an entity's name (people, organisations, places)
};

// InvalidInput for a malformed cursor or filter value.
Result<nlohmann::json> list_documents(Db* db, const Access& a, const BrowseFilters& f,
                                      const Page& p);
// NotFound when absent or withheld (a viewer cannot tell the two apart).
Result<nlohmann::json> show_document(Db* db, const Access& a, int64_t id);

Result<nlohmann::json> list_events(Db* db, const Access& a, const BrowseFilters& f, const Page& p);
Result<nlohmann::json> show_event(Db* db, const Access& a, int64_t id);

// kind: person | organization | place.
Result<nlohmann::json> list_clusters(Db* db, const Access& a, const std::string& kind,
                                     const BrowseFilters& f, const Page& p);
// A case file: identity, names, relatives and affiliations, chronology with sources, merges.
Result<nlohmann::json> show_cluster(Db* db, const Access& a, const std::string& kind, int64_t id);

// Full text over documents and evidence, best first, with «»-highlighted snippets and facets
// (event type and country counts over the visible hits, not just the page). Over more than
// `window` visible hits (kRankWindow, store/queries.h), the ranking, `total` and facets
// cover the newest `window` of them and `total_capped` is true: `total` is then a lower bound.
Result<nlohmann::json> search_documents(Db* db, const Access& a, const std::string& query,
                                        const BrowseFilters& f, const Page& p,
                                        int window = kRankWindow);

// Dated chronology for a person (f.person), a country (f.country) or a query (`query`):
// events in date order, each with its date range (uncertain dates span a range).
Result<nlohmann::json> timeline(Db* db, const Access& a, const std::string& query,
                                const BrowseFilters& f, int limit);

// Unreviewed events, oldest first.
Result<nlohmann::json> review_queue(Db* db, const Access& a, const Page& p);

// The audit chain, newest first.
Result<nlohmann::json> list_audit(Db* db, const Page& p);

// Exports with the reader's access: jsonl (extractions of the documents they may read) and
// csv / acled-csv (events, filtered like list_events, person included), in the CLI's
// columns (export/exports.h). Participants are named as in their own document.
Result<std::string> export_records(Db* db, const Access& a, const std::string& format,
                                   const BrowseFilters& f);

}  // namespace casebook
