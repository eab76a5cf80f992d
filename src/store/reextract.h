// Re-extraction of a stored document by a newer engine, without losing review: what was
// rejected stays rejected and what was edited stays edited. Old and new events are matched
// within the document by their type as extracted plus, in this order: the same trigger span;
// overlapping evidence and the same victims; the same evidence passage; the same victims and
// date. Each carry-over, and each review left without a match, is recorded with how.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "casebook/status.h"
#include "store/store.h"

namespace casebook {

// The stored document with this SHA-256 (id 0 when there is none).
StoredDocument stored_document(Db* db, std::string_view sha256);

// What matching looks at in an event: its type and date as extracted, its spans, its victims.
struct EventShape {
  int64_t id = 0;
  std::string local_id, type, date_start;
  int64_t trig_start = -1, trig_end = -1, ev_start = -1, ev_end = -1;
  std::string trig_text, ev_text;
  std::string victims;  // victims' names, sorted, joined by '|'
};

// A reviewed event of the old extraction, as it was extracted (edits undone), with its
// review rows.
struct ReviewedEvent : EventShape {
  std::string state;
  nlohmann::json reviews;  // array of {id, action, field, value, previous, note, reviewer, at}
};

// The document's reviewed events. Their review rows are removed from `reviews` (they are
// written back, on the matching new event, by carry_reviews).
std::vector<ReviewedEvent> reviewed_events(Db* db, int64_t doc);

// Removes everything extracted from the document (entities and their keys and merges,
// relations, events, participants, statistics, quotes, search rows) and what only it held up:
// clusters left empty, incidents left without events. The document row itself stays.
Status remove_extraction(Db* db, int64_t doc);

struct CarryOver {
  int carried = 0;
  int unmatched = 0;
};

// Matches each reviewed old event to a new event of the document and re-applies its
// decisions there (state and edits, in their order); records every outcome in
// review_carryover.
Status carry_reviews(Db* db, int64_t doc, const std::vector<ReviewedEvent>& reviewed,
                     const std::string& engine_before, const std::string& engine_after,
                     CarryOver* out);

}  // namespace casebook
