// Store::add_document: one document and its extraction written, linked to clusters and
// incidents and audited; a failure part-way rolls the batch back and writes its other
// documents again, so it leaves nothing of the failed one behind.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "model/engine_version.h"
#include "model/extraction_json.h"
#include "model/json_writer.h"
#include "store/merge.h"
#include "store/multi_row_insert.h"
#include "store/packed.h"
#include "store/reextract.h"
#include "store/span_text.h"
#include "store/store.h"

namespace casebook {
namespace {

// Local entity id ("p3") -> entities.id, for one document.
using EntityIds = std::unordered_map<std::string, int64_t>;

std::string json_list(const std::vector<std::string>& v) {
  return v.empty() ? std::string() : nlohmann::json(v).dump();
}

std::string mentions_json(const std::vector<Span>& spans) {
  std::string s = "[";
  for (const Span& m : spans) {
    if (s.size() > 1) s.push_back(',');
    s.push_back('[');
    s += std::to_string(m.start);
    s.push_back(',');
    s += std::to_string(m.end);
    s.push_back(']');
  }
  s.push_back(']');
  return s;
}

// An event's participant, waiting for the document's last event (Writer::write_participants).
struct Participant {
  int64_t event = 0;
  int64_t entity = 0;
  std::string_view role;  // a literal
};

const MultiRowInsert& participant_insert() {
  static const MultiRowInsert insert(
      "INSERT OR IGNORE INTO participants(event, entity, role) VALUES ", "(?,?,?)");
  return insert;
}

int64_t id_of(const EntityIds& ids, const std::string& local) {
  auto it = ids.find(local);
  return it == ids.end() ? 0 : it->second;
}

Stmt& bind_entity(Stmt& st, int i, const EntityIds& ids, const std::string& local) {
  int64_t id = id_of(ids, local);
  return id ? st.bind(i, id) : st.bind_null(i);
}

// The span's bytes, and its text only when that is not the document's own text at them:
// readers take the passage from documents.text (schema version 11, store/span_text.h).
void bind_span(Stmt& st, int i, const Span& s, std::string_view text) {
  st.bind(i, static_cast<int64_t>(s.start)).bind(i + 1, static_cast<int64_t>(s.end));
  if (span_is_in_text(text, s)) {
    st.bind_null(i + 2);
  } else {
    st.bind_view(i + 2, s.text);
  }
}

class Writer {
 public:
  Writer(Db* db, const Extraction& x, std::vector<PendingSearchRow>* pending, ClusterKeyMemo* memo)
      : db_(db), x_(x), pending_(pending), memo_(memo) {}

  // A new document, or with `existing` the stored document's row updated in place (its
  // derived rows already removed by remove_extraction) for a re-extraction.
  Status write(std::string_view raw, IngestCounts* counts, int64_t existing = 0) {
    const Document& d = x_.document;
    Stmt& doc = existing ? db_->cached(
                               "UPDATE documents SET sha256 = ?1, source = ?2, format = ?3,"
                               " title = ?4, published = ?5, url = ?6, site = ?7, language = ?8,"
                               " reference_date = ?9, country = ?10, raw = ?11, text = ?12,"
                               " extraction = ?13, n_entities = ?14, n_events = ?15, engine = ?17"
                               " WHERE id = ?18")
                         : db_->cached(
                               "INSERT INTO documents(sha256, source, format, title, published,"
                               " url, site, language, reference_date, country, raw, text,"
                               " extraction, n_entities, n_events, ingested_at, engine)"
                               " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    doc.bind(1, d.id).bind_opt(2, d.source).bind_opt(3, d.format).bind_opt(4, d.title);
    doc.bind_opt(5, d.published).bind_opt(6, d.url).bind_opt(7, d.site).bind_opt(8, d.language);
    doc.bind_opt(9, x_.reference_date)
        .bind_opt(10, x_.summary.country)
        .bind_blob(11, pack_against(raw, d.text));
    doc.bind(12, d.text).bind_blob(13, pack(extraction_to_stored_string(x_)));
    doc.bind(14, static_cast<int64_t>(x_.entities.size()));
    // ?16, the first ingest's time, is bound but unused by the UPDATE: re-extraction keeps it.
    doc.bind(15, static_cast<int64_t>(x_.events.size())).bind(16, utc_now());
    doc.bind(17, engine_version());
    if (existing) doc.bind(18, existing);
    if (doc.run() != SQLITE_DONE) return error("document");
    doc_ = existing ? existing : db_->last_insert_id();
    // Clusters and incidents are chosen before the rows that name them are written, so every
    // row goes in whole and none is updated after.
    Status s;
    if (!(s = choose_clusters(db_, x_, counts, &links_, memo_)).ok() || !(s = entities()).ok() ||
        !(s = record_merges(db_, x_, links_, entity_ids_, &merges_)).ok() ||
        !(s = relations()).ok() || !(s = events()).ok() || !(s = statistics_and_quotes()).ok() ||
        !(s = index()).ok()) {
      return s;
    }
    counts->events += static_cast<int64_t>(x_.events.size());
    if (existing) return Status::Ok();  // the caller audits the re-extraction as a whole
    counts->documents++;
    return audit_append(db_, "ingest", ingest_detail());
  }

  int64_t document_id() const { return doc_; }
  const std::vector<int64_t>& event_ids() const { return event_ids_; }
  // The merges made for this document, for its audit row.
  const std::vector<MergeMade>& merges() const { return merges_; }

 private:
  // The ingest audit row's detail, written directly (a JSON object built and dumped per
  // document cost more than the row): the keys in the order nlohmann::json gave them before.
  std::string ingest_detail() const {
    const Document& d = x_.document;
    std::string out;
    out.reserve(256 + 64 * merges_.size());
    JsonWriter w(&out, -1);
    w.begin_object();
    w.key("document").value(doc_);
    w.key("engine").value(engine_version());
    w.key("events").value(x_.events.size());
    w.key("merges").begin_array();
    for (const MergeMade& m : merges_) {
      w.begin_object();
      w.key("cluster").value(m.cluster);
      w.key("entity").value(m.entity);
      w.key("merge").value(m.merge);
      w.end_object();
    }
    w.end_array();
    w.key("sha256").value(d.id);
    w.key("source").value(d.source);
    w.end_object();
    return out;
  }

  Status error(const char* what) {
    return Status::IoError(std::string("storing the ") + what + ": " + db_->error());
  }

  Status entities() {
    Stmt& st = db_->cached(
        "INSERT INTO entities(doc, local_id, kind, name, named, aliases, roles, country,"
        " category, sex, age_group, place_type, region, rule, mentions, cluster)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    // Every parameter is bound for each row, and the entity's own strings without a copy
    // (they outlive the row's run); the JSON lists are made here, so they are copied.
    for (const Entity& e : x_.entities) {
      st.rewind();
      st.bind(1, doc_).bind_view(2, e.id).bind_view(3, e.kind).bind_view(4, e.name);
      st.bind_int(5, e.named);
      st.bind_opt(6, json_list(e.aliases)).bind_opt(7, json_list(e.roles));
      st.bind_opt_view(8, e.country).bind_opt_view(9, e.category).bind_opt_view(10, e.sex);
      st.bind_opt_view(11, e.age_group).bind_opt_view(12, e.place_type);
      st.bind_opt_view(13, e.region).bind_opt_view(14, e.rule);
      st.bind(15, mentions_json(e.mentions));
      st.bind(16, links_[entity_ids_.size()].cluster);
      if (st.run() != SQLITE_DONE) return error("entity");
      entity_ids_.push_back(db_->last_insert_id());
      index_[e.id] = entity_ids_.size() - 1;
      ids_[e.id] = entity_ids_.back();
    }
    return Status::Ok();
  }

  Status relations() {
    Stmt& st = db_->cached(
        "INSERT INTO relations(doc, kind, from_entity, to_entity, role, rule, ev_start, ev_end,"
        " ev_text) VALUES (?,?,?,?,?,?,?,?,?)");
    for (const Relation& r : x_.relations) {
      st.reset();
      st.bind(1, doc_).bind(2, r.kind);
      bind_entity(st, 3, ids_, r.from);
      bind_entity(st, 4, ids_, r.to);
      st.bind_opt(5, r.role).bind_opt(6, r.rule);
      bind_span(st, 7, r.evidence, x_.document.text);
      if (st.run() != SQLITE_DONE) return error("relation");
    }
    return Status::Ok();
  }

  std::string event_country(const Event& v) {
    for (const Entity& e : x_.entities) {
      if (e.id == v.location && !e.country.empty()) return e.country;
    }
    return x_.summary.country;
  }

  // The incident an event joins, from what the document says: its place and its victims'
  // clusters, as chosen for this document's entities.
  IncidentFacts incident_facts(const Event& v) {
    IncidentFacts f;
    f.country = event_country(v);
    auto at = index_.find(v.location);
    if (at != index_.end()) {
      f.location = entity_ids_[at->second];
      f.location_cluster = links_[at->second].cluster;
      f.place_type = x_.entities[at->second].place_type;
    }
    for (const std::string& w : v.victims) {
      auto it = index_.find(w);
      if (it == index_.end()) continue;
      int64_t c = links_[it->second].cluster;
      if (std::find(f.victims.begin(), f.victims.end(), c) == f.victims.end()) {
        f.victims.push_back(c);
      }
    }
    return f;
  }

  Status events() {
    Stmt& st = db_->cached(
        "INSERT INTO events(doc, local_id, type, cameo, date_start, date_end, approximate,"
        " location, country, reason_kind, reason_for, reason_activity, outcome, generic,"
        " negated, hypothetical, confidence, rule, trig_start, trig_end, trig_text, ev_start,"
        " ev_end, ev_text, incident) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    std::vector<Participant> participants;
    for (const Event& v : x_.events) {
      IncidentFacts facts = incident_facts(v);
      Result<int64_t> incident = choose_incident(db_, v, facts);
      if (!incident.ok()) return incident.status();
      // Every parameter is bound for each row; the event's strings without a copy.
      st.rewind();
      st.bind(1, doc_).bind_view(2, v.id).bind_view(3, v.type).bind_opt_view(4, v.cameo);
      st.bind_opt_view(5, v.date.start).bind_opt_view(6, v.date.end);
      st.bind_int(7, v.date.approximate);
      bind_entity(st, 8, ids_, v.location);
      st.bind_opt(9, facts.country);
      if (v.reason) {
        st.bind_view(10, v.reason->kind);
        bind_entity(st, 11, ids_, v.reason->for_entity);
        st.bind_opt_view(12, v.reason->activity);
      } else {
        st.bind_null(10).bind_null(11).bind_null(12);
      }
      st.bind_opt_view(13, v.outcome).bind_int(14, v.generic).bind_int(15, v.negated);
      st.bind_int(16, v.hypothetical).bind(17, v.confidence).bind_opt_view(18, v.rule);
      bind_span(st, 19, v.trigger, x_.document.text);
      bind_span(st, 22, v.evidence, x_.document.text);
      if (*incident) {
        st.bind(25, *incident);
      } else {
        st.bind_null(25);
      }
      if (st.run() != SQLITE_DONE) return error("event");
      int64_t id = db_->last_insert_id();
      event_ids_.push_back(id);
      auto add = [&](const std::vector<std::string>& who, std::string_view role) {
        for (const std::string& w : who) {
          if (int64_t e = id_of(ids_, w)) participants.push_back({id, e, role});
        }
      };
      add(v.victims, "victim");
      add(v.perpetrators, "perpetrator");
      add(v.actors, "actor");
    }
    return write_participants(participants);
  }

  // A document's participants, MultiRowInsert::kMaxRows to a statement: each statement run has a
  // cost of its own (cursors opened and closed, the program started and halted) beside its
  // rows' B-tree work, and a document has about 27 participants. Nothing the writer reads
  // while it writes the document's events looks at participants, so they can wait for the
  // last event; the rows, and rows ignored as repeats, are the same as one at a time.
  Status write_participants(const std::vector<Participant>& participants) {
    constexpr size_t kRows = MultiRowInsert::kMaxRows;
    for (size_t at = 0; at < participants.size(); at += kRows) {
      size_t n = std::min(kRows, participants.size() - at);
      Stmt& st = db_->cached(participant_insert().sql(n));
      st.rewind();
      for (size_t i = 0; i < n; ++i) {
        const Participant& p = participants[at + i];
        int k = static_cast<int>(3 * i);
        st.bind(k + 1, p.event).bind(k + 2, p.entity).bind_view(k + 3, p.role);
      }
      if (st.run() != SQLITE_DONE) return error("participant");
    }
    return Status::Ok();
  }

  Status statistics_and_quotes() {
    Stmt& st = db_->cached(
        "INSERT INTO statistics(doc, measure, quantity, approximate, population, place,"
        " period_start, period_end, ev_start, ev_end, ev_text) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    for (const Statistic& s : x_.statistics) {
      st.reset();
      st.bind(1, doc_).bind(2, s.measure).bind(3, s.quantity).bind_int(4, s.approximate);
      st.bind_opt(5, s.population);
      bind_entity(st, 6, ids_, s.place);
      st.bind_opt(7, s.period.start).bind_opt(8, s.period.end);
      bind_span(st, 9, s.evidence, x_.document.text);
      if (st.run() != SQLITE_DONE) return error("statistic");
    }
    Stmt& q = db_->cached(
        "INSERT INTO quotes(doc, speaker, ev_start, ev_end, ev_text) VALUES (?,?,?,?,?)");
    for (const Quote& quote : x_.quotes) {
      q.reset();
      q.bind(1, doc_);
      bind_entity(q, 2, ids_, quote.speaker);
      bind_span(q, 3, quote.evidence, x_.document.text);
      if (q.run() != SQLITE_DONE) return error("quote");
    }
    return Status::Ok();
  }

  // Search rows wait for the end of the batch: FTS5 flushes its pending terms at every
  // savepoint, and one flush per document made ingest twice as slow.
  Status index() {
    std::string body =
        x_.document.title.empty() ? x_.document.text : x_.document.title + "\n" + x_.document.text;
    // The document only: an event's evidence is part of its text, and a search finds the
    // event inside the document's matches (schema version 10).
    pending_->push_back({std::move(body), doc_});
    return Status::Ok();
  }

  Db* db_;
  const Extraction& x_;
  std::vector<PendingSearchRow>* pending_;
  ClusterKeyMemo* memo_;
  int64_t doc_ = 0;
  std::vector<EntityLink> links_;                  // by entity index
  std::vector<int64_t> entity_ids_;                // by entity index
  std::unordered_map<std::string, size_t> index_;  // local id ("p3") -> entity index
  EntityIds ids_;                                  // local id -> entities.id
  std::vector<int64_t> event_ids_;
  std::vector<MergeMade> merges_;
};

}  // namespace

Status Store::add_document(const Extraction& x, std::string_view raw, IngestCounts* counts,
                           bool reextract) {
  return add_document(Extraction(x), std::string(raw), counts, reextract);
}

Status Store::add_document(Extraction&& x, std::string&& raw, IngestCounts* counts,
                           bool reextract) {
  // Outside a batch every statement would be a transaction of its own, and a failure would
  // leave half a document.
  if (!in_batch_) return Status::Internal("add_document outside a batch");
  if (!lost_.ok()) return lost_;
  StoredDocument stored = stored_document(&db_, x.document.id);
  if (stored.id && !reextract && stored.engine == engine_version()) {
    counts->unchanged++;
    return Status::Ok();
  }
  IngestCounts local;
  Status s = write_document(stored, x, raw, &local);
  if (!s.ok()) {
    // Nothing of the failed document may stay: the transaction goes back to the batch's
    // start and the batch's earlier documents are written again, as they were.
    failure_code_ = sqlite3_errcode(db_.handle());
    Status again = write_batch_again();
    if (!again.ok()) lost_ = again;
    return s;
  }
  counts->documents += local.documents;
  counts->reextracted += local.reextracted;
  counts->events += local.events;
  counts->new_people += local.new_people;
  counts->merged_people += local.merged_people;
  batch_bytes_ += raw.size() + x.document.text.size();
  batch_.push_back({std::move(x), std::move(raw)});
  return Status::Ok();
}

Status Store::write_document(const StoredDocument& stored, const Extraction& x,
                             std::string_view raw, IngestCounts* counts) {
  if (stored.id) return reextract_document(stored, x, raw, counts);
  return Writer(&db_, x, &pending_search_, &cluster_keys_).write(raw, counts);
}

// The batch's documents written again after a failure, from a transaction rolled back to the
// batch's start: the store is as it was when each was first written, so each is written with
// the same rows, clusters and incidents, and the counts already given stay true.
Status Store::write_batch_again() {
  pending_search_.clear();
  cluster_keys_.clear();
  db_.reset_cached();
  db_.exec("ROLLBACK");  // a full disk may have rolled it back already
  Status s = db_.exec("BEGIN IMMEDIATE");
  for (size_t i = 0; s.ok() && i < batch_.size(); ++i) {
    const BatchedDocument& b = batch_[i];
    StoredDocument stored = stored_document(&db_, b.x.document.id);
    IngestCounts ignored;
    s = write_document(stored, b.x, b.raw, &ignored);
  }
  if (s.ok()) return s;
  pending_search_.clear();
  cluster_keys_.clear();
  batch_.clear();
  batch_bytes_ = 0;
  db_.reset_cached();
  db_.exec("ROLLBACK");
  return Status::IoError("the batch was lost when a failed document's batch was written again: " +
                         s.message());
}

// The document's reviewed events are noted, its derived rows removed and written anew from
// the new extraction, and each review moved to the new event that matches its old one.
Status Store::reextract_document(const StoredDocument& stored, const Extraction& x,
                                 std::string_view raw, IngestCounts* counts) {
  std::vector<ReviewedEvent> reviewed = reviewed_events(&db_, stored.id);
  // Search rows of the document still waiting in this batch would point at removed events.
  std::erase_if(pending_search_, [&](const PendingSearchRow& r) { return r.doc == stored.id; });
  // Removing the old extraction deletes clusters and keys that the batch's memo may hold.
  cluster_keys_.clear();
  Status s = remove_extraction(&db_, stored.id);
  if (!s.ok()) return s;
  Writer w(&db_, x, &pending_search_, &cluster_keys_);
  s = w.write(raw, counts, stored.id);
  if (!s.ok()) return s;
  CarryOver carried;
  s = carry_reviews(&db_, stored.id, reviewed, stored.engine, std::string(engine_version()),
                    &carried);
  if (!s.ok()) return s;
  counts->reextracted++;
  nlohmann::json detail = {{"sha256", x.document.id},
                           {"document", stored.id},
                           {"engine_before", stored.engine},
                           {"engine_after", engine_version()},
                           {"events", x.events.size()},
                           {"reviews_carried", carried.carried},
                           {"reviews_unmatched", carried.unmatched},
                           {"merges", merges_json(w.merges())}};
  return audit_append(&db_, "reextract", detail.dump());
}

// The index's rowid is the document's id; its text is read back through search_content.
Status Store::flush_search_rows() {
  Stmt& st = db_.cached("INSERT INTO search_index(rowid, body) VALUES (?,?)");
  for (const PendingSearchRow& r : pending_search_) {
    st.reset();
    st.bind(1, r.doc).bind(2, r.body);
    if (st.run() != SQLITE_DONE) return Status::IoError("search index: " + db_.error());
  }
  pending_search_.clear();
  return Status::Ok();
}

Status Store::unmerge(int64_t merge_id) {
  Transaction tx(&db_);
  if (!tx.begin_status().ok()) return tx.begin_status();
  Status s = unmerge_entity(&db_, merge_id);
  if (!s.ok()) return s;
  s = audit_append(&db_, "unmerge", "{\"merge\":" + std::to_string(merge_id) + "}");
  if (!s.ok()) return s;
  return tx.commit();
}

}  // namespace casebook
