// Removing a document's extraction and carrying its review decisions over to a new one.
// Foreign keys are on, so rows go in dependency order: reviews before events, participants
// before entities, merges before the clusters they name.
#include "store/reextract.h"

#include <algorithm>

#include "core/clock.h"
#include "store/review.h"

namespace casebook {
namespace {

constexpr const char* kVictims =
    "coalesce((SELECT group_concat(name, '|') FROM (SELECT en.name FROM participants p"
    " JOIN entities en ON en.id = p.entity WHERE p.event = e.id AND p.role = 'victim'"
    " ORDER BY en.name)), '')";

// Binds the document as ?1; a step that does not use it ignores the bind.
Status run(Db* db, const char* sql, int64_t doc) {
  Stmt st = db->prepare(sql);
  if (!st.ok()) return Status::Internal(std::string("re-extraction: ") + db->error());
  st.bind(1, doc);
  if (st.run() != SQLITE_DONE) return Status::IoError("re-extraction: " + db->error());
  return Status::Ok();
}

bool overlaps(int64_t a0, int64_t a1, int64_t b0, int64_t b1) {
  return a0 >= 0 && b0 >= 0 && a0 < b1 && b0 < a1;
}

// The columns read_shape reads, in its order, for an event row `e` of document `d` (the
// passages are read from its text: schema version 11); `type` and `date` are SQL for the type
// and start date to match on. The old events are read before the document's row takes the new
// text, the new ones after.
std::string shape_columns(const std::string& type, const std::string& date) {
  return "e.id, e.local_id, " + type + ", " + date +
         ", coalesce(e.trig_start, -1), coalesce(e.trig_end, -1),"
         " coalesce(e.trig_text, casebook_span(d.text, e.trig_start, e.trig_end), ''),"
         " coalesce(e.ev_start, -1), coalesce(e.ev_end, -1),"
         " coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end), ''), " +
         kVictims;
}

// Reads the columns of shape_columns (0 to 10).
void read_shape(const Stmt& st, EventShape* e) {
  e->id = st.int64(0);
  e->local_id = st.text(1);
  e->type = st.text(2);
  e->date_start = st.text(3);
  e->trig_start = st.int64(4);
  e->trig_end = st.int64(5);
  e->trig_text = st.text(6);
  e->ev_start = st.int64(7);
  e->ev_end = st.int64(8);
  e->ev_text = st.text(9);
  e->victims = st.text(10);
}

// A new event of the document, as the new engine extracted it.
struct NewEvent : EventShape {
  bool taken = false;
};

std::vector<NewEvent> new_events(Db* db, int64_t doc) {
  std::vector<NewEvent> out;
  Stmt st =
      db->prepare("SELECT " + shape_columns("e.type", "coalesce(e.date_start, '')") +
                  " FROM events e JOIN documents d ON d.id = e.doc WHERE e.doc = ? ORDER BY e.id");
  st.bind(1, doc);
  while (st.step()) {
    out.emplace_back();
    read_shape(st, &out.back());
  }
  return out;
}

// The best unused new event for an old one, and how it was matched ("" for none). Each rule
// must pick one event: two equally good candidates match neither.
std::pair<NewEvent*, const char*> match(const ReviewedEvent& old, std::vector<NewEvent>* fresh) {
  using Test = bool (*)(const ReviewedEvent&, const NewEvent&);
  static const std::pair<const char*, Test> kRules[] = {
      {"trigger",
       [](const ReviewedEvent& o, const NewEvent& n) {
         return o.trig_start >= 0 && o.trig_start == n.trig_start && o.trig_end == n.trig_end &&
                o.trig_text == n.trig_text;
       }},
      {"evidence+victims",
       [](const ReviewedEvent& o, const NewEvent& n) {
         return overlaps(o.ev_start, o.ev_end, n.ev_start, n.ev_end) && o.victims == n.victims;
       }},
      {"evidence", [](const ReviewedEvent& o,
                      const NewEvent& n) { return !o.ev_text.empty() && o.ev_text == n.ev_text; }},
      {"victims+date",
       [](const ReviewedEvent& o, const NewEvent& n) {
         return !o.victims.empty() && o.victims == n.victims && o.date_start == n.date_start;
       }},
  };
  for (const auto& [name, test] : kRules) {
    NewEvent* found = nullptr;
    int n = 0;
    for (NewEvent& e : *fresh) {
      if (e.taken || e.type != old.type || !test(old, e)) continue;
      found = &e;
      ++n;
    }
    if (n == 1) return {found, name};
  }
  return {nullptr, ""};
}

// Writes the old decisions back on the new event, in their order, keeping their ids, times
// and reviewers; the event's review state becomes the old one.
Status reapply(Db* db, const ReviewedEvent& old, int64_t event) {
  Stmt ins = db->prepare(
      "INSERT INTO reviews(id, event, action, field, value, previous, note, reviewer, at)"
      " VALUES (?,?,?,?,?,?,?,?,?)");
  for (const nlohmann::json& r : old.reviews) {
    ins.reset();
    ins.bind(1, r["id"].get<int64_t>()).bind(2, event);
    ins.bind(3, r["action"].get<std::string>());
    ins.bind_opt(4, r["field"].get<std::string>()).bind_opt(5, r["value"].get<std::string>());
    ins.bind_opt(6, r["previous"].get<std::string>()).bind_opt(7, r["note"].get<std::string>());
    ins.bind(8, r["reviewer"].get<std::string>()).bind(9, r["at"].get<std::string>());
    if (ins.run() != SQLITE_DONE) return Status::IoError("re-extraction: " + db->error());
    if (r["action"] != "edit") continue;
    const char* column = editable_event_column(r["field"].get<std::string>());
    if (!column) continue;
    Stmt up = db->prepare(std::string("UPDATE events SET ") + column + " = ? WHERE id = ?");
    up.bind_opt(1, r["value"].get<std::string>()).bind(2, event);
    if (up.run() != SQLITE_DONE) return Status::IoError("re-extraction: " + db->error());
  }
  Stmt st = db->prepare("UPDATE events SET review = ? WHERE id = ?");
  st.bind(1, old.state).bind(2, event);
  if (st.run() != SQLITE_DONE) return Status::IoError("re-extraction: " + db->error());
  return Status::Ok();
}

}  // namespace

StoredDocument stored_document(Db* db, std::string_view sha256) {
  StoredDocument d;
  Stmt& st = db->cached("SELECT id, coalesce(engine, '') FROM documents WHERE sha256 = ?");
  st.bind(1, sha256);
  if (st.step()) {
    d.id = st.int64(0);
    d.engine = st.text(1);
  }
  st.reset();
  return d;
}

std::vector<ReviewedEvent> reviewed_events(Db* db, int64_t doc) {
  std::vector<ReviewedEvent> out;
  // The type and date as extracted: an edit's `previous` holds the value it replaced.
  auto extracted = [](const char* field) {
    return std::string(
               "coalesce((SELECT r.previous FROM reviews r WHERE r.event = e.id AND"
               " r.action = 'edit' AND r.field = '") +
           field + "' ORDER BY r.id LIMIT 1), e." + field + ", '')";
  };
  Stmt st = db->prepare("SELECT " + shape_columns(extracted("type"), extracted("date_start")) +
                        ", e.review FROM events e JOIN documents d ON d.id = e.doc"
                        " WHERE e.doc = ? AND e.review IS NOT NULL");
  st.bind(1, doc);
  while (st.step()) {
    ReviewedEvent r;
    read_shape(st, &r);
    r.state = st.text(11);
    r.reviews = nlohmann::json::array();
    out.push_back(std::move(r));
  }
  Stmt rv = db->prepare(
      "SELECT id, action, coalesce(field, ''), coalesce(value, ''), coalesce(previous, ''),"
      " coalesce(note, ''), reviewer, at FROM reviews WHERE event = ? ORDER BY id");
  for (ReviewedEvent& r : out) {
    rv.reset();
    rv.bind(1, r.id);
    while (rv.step()) {
      r.reviews.push_back({{"id", rv.int64(0)},
                           {"action", rv.text(1)},
                           {"field", rv.text(2)},
                           {"value", rv.text(3)},
                           {"previous", rv.text(4)},
                           {"note", rv.text(5)},
                           {"reviewer", rv.text(6)},
                           {"at", rv.text(7)}});
    }
  }
  return out;
}

Status remove_extraction(Db* db, int64_t doc) {
  // Incidents and clusters this document touched, to tidy once its rows are gone.
  Status s = db->exec(
      "CREATE TEMP TABLE IF NOT EXISTS touched_incidents(id INTEGER PRIMARY KEY);"
      "CREATE TEMP TABLE IF NOT EXISTS touched_clusters(id INTEGER PRIMARY KEY);"
      "DELETE FROM touched_incidents; DELETE FROM touched_clusters;");
  if (!s.ok()) return s;
  static const char* const kSteps[] = {
      "INSERT OR IGNORE INTO touched_incidents SELECT incident FROM events"
      " WHERE doc = ?1 AND incident IS NOT NULL",
      "INSERT OR IGNORE INTO touched_clusters SELECT cluster FROM entities"
      " WHERE doc = ?1 AND cluster IS NOT NULL",
      "DELETE FROM reviews WHERE event IN (SELECT id FROM events WHERE doc = ?1)",
      // Only a document the index holds (one of this batch waits in Store's pending rows):
      // deleting a row FTS5 never indexed would take its words out of other rows' lists.
      "DELETE FROM search_index WHERE rowid IN (SELECT id FROM search_index_docsize"
      " WHERE id = ?1)",
      "DELETE FROM participants WHERE event IN (SELECT id FROM events WHERE doc = ?1)",
      "DELETE FROM events WHERE doc = ?1",
      "DELETE FROM relations WHERE doc = ?1",
      "DELETE FROM statistics WHERE doc = ?1",
      "DELETE FROM quotes WHERE doc = ?1",
      "UPDATE incidents SET location = NULL"
      " WHERE location IN (SELECT id FROM entities WHERE doc = ?1)",
      "UPDATE merges SET depends_on = NULL WHERE depends_on IN (SELECT m.id FROM merges m"
      " JOIN entities e ON e.id = m.entity WHERE e.doc = ?1)",
      "DELETE FROM merges WHERE entity IN (SELECT id FROM entities WHERE doc = ?1)",
      "DELETE FROM entity_keys WHERE entity IN (SELECT id FROM entities WHERE doc = ?1)",
      "DELETE FROM entities WHERE doc = ?1",
      // An incident keeps only the victims its remaining events name.
      "DELETE FROM incident_victims WHERE incident IN (SELECT id FROM touched_incidents)",
      "INSERT OR IGNORE INTO incident_victims(cluster, type, incident)"
      " SELECT DISTINCT en.cluster, i.type, i.id FROM touched_incidents t"
      " JOIN incidents i ON i.id = t.id JOIN events e ON e.incident = i.id AND e.generic = 0"
      " JOIN participants p ON p.event = e.id AND p.role = 'victim'"
      " JOIN entities en ON en.id = p.entity WHERE en.cluster IS NOT NULL",
      "DELETE FROM incidents WHERE id IN (SELECT id FROM touched_incidents)"
      " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.incident = incidents.id)",
      // A cluster answers only to keys its remaining members hold; an empty one goes, unless
      // a recorded (undone) merge still names it.
      "DELETE FROM cluster_keys WHERE cluster IN (SELECT id FROM touched_clusters)"
      " AND NOT EXISTS (SELECT 1 FROM entity_keys k JOIN entities e ON e.id = k.entity"
      " WHERE e.cluster = cluster_keys.cluster AND k.key = cluster_keys.key)",
      "DELETE FROM clusters WHERE id IN (SELECT id FROM touched_clusters)"
      " AND NOT EXISTS (SELECT 1 FROM entities e WHERE e.cluster = clusters.id)"
      " AND NOT EXISTS (SELECT 1 FROM merges m WHERE m.cluster = clusters.id)",
  };
  for (const char* sql : kSteps) {
    s = run(db, sql, doc);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status carry_reviews(Db* db, int64_t doc, const std::vector<ReviewedEvent>& reviewed,
                     const std::string& engine_before, const std::string& engine_after,
                     CarryOver* out) {
  if (reviewed.empty()) return Status::Ok();
  std::vector<NewEvent> fresh = new_events(db, doc);
  Stmt rec = db->prepare(
      "INSERT INTO review_carryover(document, old_event, old_local_id, new_event, new_local_id,"
      " match, state, reviews, engine_before, engine_after, at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  std::string at = utc_now();
  for (const ReviewedEvent& old : reviewed) {
    auto [target, how] = match(old, &fresh);
    if (target) {
      target->taken = true;
      Status s = reapply(db, old, target->id);
      if (!s.ok()) return s;
      out->carried++;
    } else {
      out->unmatched++;
    }
    rec.reset();
    rec.bind(1, doc).bind(2, old.id).bind(3, old.local_id);
    if (target) {
      rec.bind(4, target->id).bind(5, target->local_id);
    } else {
      rec.bind_null(4).bind_null(5);
    }
    rec.bind(6, std::string_view(target ? how : "none")).bind(7, old.state);
    rec.bind(8, old.reviews.dump()).bind_opt(9, engine_before).bind_opt(10, engine_after);
    rec.bind(11, at);
    if (rec.run() != SQLITE_DONE) return Status::IoError("re-extraction: " + db->error());
  }
  return Status::Ok();
}

}  // namespace casebook
