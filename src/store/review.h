// Review of extracted events: a person accepts, rejects or edits one, and the decision is kept
// with the reviewer, the time and a note, and audited. Rejected events leave incident lists
// and timelines; edits change the stored event and remember the value they replaced.
#pragma once

#include <string>

#include "casebook/status.h"
#include "store/sqlite_db.h"

namespace casebook {

struct ReviewDecision {
  int64_t event = 0;
  std::string action;  // accept | reject | edit
  std::string field;   // edit only: type | date_start | date_end | outcome | country
  std::string value;
  std::string note;
  std::string reviewer;
};

// The events column a reviewer may edit under this field name, or nullptr.
const char* editable_event_column(const std::string& field);

// Records the decision in its own transaction. InvalidInput for an unknown action or field,
// NotFound for an unknown event.
Status review_event(Db* db, const ReviewDecision& d);

}  // namespace casebook
