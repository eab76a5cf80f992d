// Review decisions: one row each in `reviews`, the event's current state in events.review.
#include "store/review.h"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "store/audit.h"

namespace casebook {
// Names are fixed here, never taken from input as SQL.
const char* editable_event_column(const std::string& field) {
  static const char* kFields[] = {"type", "date_start", "date_end", "outcome", "country"};
  for (const char* f : kFields) {
    if (field == f) return f;
  }
  return nullptr;
}

Status review_event(Db* db, const ReviewDecision& d) {
  if (d.action != "accept" && d.action != "reject" && d.action != "edit") {
    return Status::InvalidInput("review: action must be accept, reject or edit");
  }
  const char* column = nullptr;
  if (d.action == "edit") {
    column = editable_event_column(d.field);
    if (!column) {
      return Status::InvalidInput("review: cannot edit '" + d.field +
                                  "' (type, date_start, date_end, outcome or country)");
    }
  }
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  std::string previous;
  {
    std::string sql = "SELECT coalesce(" + std::string(column ? column : "type") +
                      ", '') FROM events WHERE id = ?";
    Stmt st = db->prepare(sql);
    st.bind(1, d.event);
    if (!st.step()) return Status::NotFound("no event " + std::to_string(d.event));
    if (column) previous = st.text(0);
  }
  std::string at = utc_now();
  Stmt ins = db->prepare(
      "INSERT INTO reviews(event, action, field, value, previous, note, reviewer, at)"
      " VALUES (?,?,?,?,?,?,?,?)");
  ins.bind(1, d.event).bind(2, d.action).bind_opt(3, d.field).bind_opt(4, d.value);
  ins.bind_opt(5, previous).bind_opt(6, d.note).bind(7, d.reviewer).bind(8, at);
  if (ins.run() != SQLITE_DONE) return Status::IoError(db->error());
  const char* state = d.action == "accept"   ? "accepted"
                      : d.action == "reject" ? "rejected"
                                             : "edited";
  std::string sql = "UPDATE events SET review = ?";
  if (column) sql += std::string(", ") + column + " = ?";
  sql += " WHERE id = ?";
  Stmt up = db->prepare(sql);
  int i = 1;
  up.bind(i++, std::string_view(state));
  if (column) up.bind_opt(i++, d.value);
  up.bind(i, d.event);
  if (up.run() != SQLITE_DONE) return Status::IoError(db->error());
  nlohmann::json detail = {{"event", d.event},      {"action", d.action},   {"field", d.field},
                           {"value", d.value},      {"previous", previous}, {"note", d.note},
                           {"reviewer", d.reviewer}};
  Status s = audit_append(db, "review", detail.dump());
  if (!s.ok()) return s;
  return tx.commit();
}

}  // namespace casebook
