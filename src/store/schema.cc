// Schema versions 1 to 3. Version 1: documents with raw bytes and text; per-document entities,
// relations, events, statistics and quotes with their spans; cross-document clusters (people,
// places, organisations) with recorded merges; incidents; an FTS5 index; and the audit chain.
#include "store/schema.h"

#include <string>

namespace casebook {
namespace {

// Spans are stored as start, end and text columns so queries need not parse JSON; since
// version 11 the text column is NULL where it is the document's text at the span's bytes.
constexpr const char* kSchemaV1 = R"SQL(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  source TEXT, format TEXT, title TEXT, published TEXT, url TEXT, site TEXT, language TEXT,
  reference_date TEXT, country TEXT,
  raw BLOB NOT NULL, text TEXT NOT NULL,
  extraction TEXT NOT NULL,          -- the casebook.extraction/1 JSON, for export
  n_entities INTEGER NOT NULL, n_events INTEGER NOT NULL,  -- for consistency checks
  ingested_at TEXT NOT NULL);

-- Cross-document identities: a person, place or organisation across documents.
CREATE TABLE clusters (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL, name TEXT NOT NULL, country TEXT, sex TEXT);
-- The keys a cluster answers to, for the merge lookup (one index probe per key).
CREATE TABLE cluster_keys (
  key TEXT NOT NULL, cluster INTEGER NOT NULL REFERENCES clusters(id),
  PRIMARY KEY (key, cluster)) WITHOUT ROWID;
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, named INTEGER NOT NULL,
  aliases TEXT, roles TEXT, country TEXT, category TEXT, sex TEXT, age_group TEXT,
  place_type TEXT, region TEXT, rule TEXT,
  mentions TEXT,                     -- JSON [[start,end],...]
  cluster INTEGER REFERENCES clusters(id));
CREATE INDEX entities_doc ON entities(doc);
CREATE INDEX entities_cluster ON entities(cluster);
-- The keys an entity answers to (normalised names, aliases, acronyms, "father of cluster 7");
-- a cluster answers to the keys of its members.
CREATE TABLE entity_keys (
  key TEXT NOT NULL, entity INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (key, entity)) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity);

-- Why an entity joined a cluster; undone merges stay, marked, for the record.
CREATE TABLE merges (
  id INTEGER PRIMARY KEY,
  entity INTEGER NOT NULL REFERENCES entities(id),
  cluster INTEGER NOT NULL REFERENCES clusters(id),
  reason TEXT NOT NULL,
  depends_on INTEGER REFERENCES merges(id),  -- a relative's merge rests on its kin's merge
  undone INTEGER NOT NULL DEFAULT 0, at TEXT NOT NULL);
CREATE INDEX merges_entity ON merges(entity);

CREATE TABLE relations (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id),
  kind TEXT NOT NULL, from_entity INTEGER, to_entity INTEGER, role TEXT, rule TEXT,
  ev_start INTEGER, ev_end INTEGER, ev_text TEXT);
CREATE INDEX relations_from ON relations(from_entity);
CREATE INDEX relations_to ON relations(to_entity);

CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL, date_start TEXT, date_end TEXT, location INTEGER, country TEXT,
  generic INTEGER NOT NULL DEFAULT 0);
-- Who an incident happened to, by cluster, so a new event finds its incident by one probe.
CREATE TABLE incident_victims (
  cluster INTEGER NOT NULL, type TEXT NOT NULL, incident INTEGER NOT NULL,
  PRIMARY KEY (cluster, type, incident)) WITHOUT ROWID;

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id),
  local_id TEXT NOT NULL, type TEXT NOT NULL, cameo TEXT,
  date_start TEXT, date_end TEXT, approximate INTEGER,
  location INTEGER REFERENCES entities(id), country TEXT,
  reason_kind TEXT, reason_for INTEGER, reason_activity TEXT, outcome TEXT,
  generic INTEGER, negated INTEGER, hypothetical INTEGER, confidence REAL, rule TEXT,
  trig_start INTEGER, trig_end INTEGER, trig_text TEXT,
  ev_start INTEGER, ev_end INTEGER, ev_text TEXT,
  incident INTEGER REFERENCES incidents(id));
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_incident ON events(incident);
CREATE INDEX events_type_date ON events(type, date_start);

CREATE TABLE participants (
  event INTEGER NOT NULL REFERENCES events(id),
  entity INTEGER NOT NULL REFERENCES entities(id),
  role TEXT NOT NULL,                -- victim | perpetrator | actor
  PRIMARY KEY (event, entity, role)) WITHOUT ROWID;
CREATE INDEX participants_entity ON participants(entity);

CREATE TABLE statistics (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id),
  measure TEXT, quantity REAL, approximate INTEGER, population TEXT,
  place INTEGER, period_start TEXT, period_end TEXT,
  ev_start INTEGER, ev_end INTEGER, ev_text TEXT);

CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc INTEGER NOT NULL REFERENCES documents(id),
  speaker INTEGER, ev_start INTEGER, ev_end INTEGER, ev_text TEXT);

-- One row per document text and per event evidence; doc and event say what a hit is.
CREATE VIRTUAL TABLE search_index USING fts5(
  body, doc UNINDEXED, event UNINDEXED, tokenize = 'unicode61 remove_diacritics 2');

-- Every write appends a row; hash = SHA-256 of the previous hash and this row's fields.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)SQL";

// Version 2: review decisions. Each is kept (who, when, why); the event row carries the
// latest state so queries need no join.
constexpr const char* kSchemaV2 = R"SQL(
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  action TEXT NOT NULL,              -- accept | reject | edit
  field TEXT, value TEXT, previous TEXT, note TEXT,
  reviewer TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX reviews_event ON reviews(event);
ALTER TABLE events ADD COLUMN review TEXT;  -- accepted | rejected | edited | NULL
)SQL";

// Version 3: re-extraction, and what search filters read. Each document records the engine that
// extracted it; when a newer engine extracts it again, each reviewed event's decisions move to the
// new event that matches it, and the carry-over (or its failure) is recorded with how the match was
// made.
constexpr const char* kSchemaV3 = R"SQL(
ALTER TABLE documents ADD COLUMN engine TEXT;  -- NULL: before version 3
CREATE TABLE review_carryover (
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL REFERENCES documents(id),
  old_event INTEGER NOT NULL,        -- the event's id before (that row is gone)
  old_local_id TEXT NOT NULL,
  new_event INTEGER,                 -- NULL when nothing in the new extraction matched
  new_local_id TEXT,
  match TEXT NOT NULL,               -- trigger | evidence+victims | evidence | victims+date | none
  state TEXT,                        -- the review state carried (rejected, edited, accepted)
  reviews TEXT NOT NULL,             -- the decisions as JSON, kept whole when unmatched
  engine_before TEXT, engine_after TEXT, at TEXT NOT NULL);
CREATE INDEX review_carryover_document ON review_carryover(document);
-- Search filters check every event of a hit's document: from this index alone, without
-- reading the wide event rows.
CREATE INDEX events_doc_facets ON events(doc, type, country, date_start, date_end);
-- What each search row is, by its FTS rowid: reading doc and event from the FTS table reads
-- its content row, body and all, for every hit (bench/README.md).
CREATE TABLE search_rows (
  id INTEGER PRIMARY KEY,            -- the search_index rowid
  doc INTEGER NOT NULL, event INTEGER);
CREATE INDEX search_rows_doc ON search_rows(doc);
INSERT INTO search_rows(id, doc, event) SELECT rowid, doc, event FROM search_index;
)SQL";

// Version 4: accounts for `casebook serve` (users with Argon2id hashes, sessions stored only
// as the SHA-256 of their token) and confidential flags on documents and people.
constexpr const char* kSchemaV4 = R"SQL(
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,                -- admin | editor | analyst | viewer
  password_hash TEXT NOT NULL,       -- crypto_pwhash_str (Argon2id)
  created_at TEXT NOT NULL);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,       -- SHA-256 of the token; the token itself is never stored
  user INTEGER NOT NULL REFERENCES users(id),
  kind TEXT NOT NULL,                -- cookie | bearer
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires INTEGER NOT NULL) WITHOUT ROWID;
ALTER TABLE documents ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clusters ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0;
)SQL";

// Version 5: event listing by type in id order. A listing filtered by type pages by id
// (keyset); with only events_type_date, SQLite read every event of the type, sorted them,
// and built every row's participant names before keeping 51 (41 ms for 2,000 arrests; under
// 0.5 ms with this index, whose entries are (type, rowid)).
constexpr const char* kSchemaV5 = R"SQL(
CREATE INDEX IF NOT EXISTS events_type ON events(type);
)SQL";

// Version 6, the store made smaller (bench/README.md, "The case store"):
// - the raw bytes and the extraction JSON are zstd-packed (store/packed.h); they were 23 KB of
//   the 70 KB a 5 KB report took. Readers go through casebook_unpack(). A row whose JSON is
//   still TEXT is one from before (packing both columns), so the step can run again safely.
// - the search index kept no copy of what it indexed, reading it through a view. That step
//   (a view over search_rows and a rebuilt index) is left out now: version 10 drops the index,
//   the view and search_rows and builds them again in its own shape, whatever came before.
constexpr const char* kSchemaV6 = R"SQL(
UPDATE documents SET raw = casebook_pack(raw), extraction = casebook_pack(extraction)
  WHERE typeof(extraction) = 'text';
)SQL";

// Version 7, storing made cheaper (bench/README.md, "The storing half"): events_doc is dropped,
// since events_doc_facets begins with the same column and serves every lookup by document
// (and the foreign key's checks); each event paid for both.
constexpr const char* kSchemaV7 = R"SQL(
DROP INDEX IF EXISTS events_doc;
)SQL";

// Version 8, storing made cheaper again (bench/README.md, "fourth pass"): documents.extraction
// leaves out each span's text where it is the document's text at the span's bytes, and
// casebook_extraction(extraction, text) puts it back (store/stored_extraction.h). Rows from
// before keep their whole JSON, which reads the same way, so nothing is rewritten; the version
// is raised so that an older casebook refuses the store instead of exporting spans without text.
constexpr const char* kSchemaV8 = "SELECT 1;";

// Version 9, storing made cheaper (bench/README.md, "fifth pass"): entity_keys is keyed by
// (entity, key), the order every reader asks in (an entity's keys: unmerge, re-extraction,
// deletion, person search), so the table needs no second index; the merge lookup by key goes
// through cluster_keys. Each key was two B-tree inserts, one of them at a random place in the
// key order; now it is one, next to the document's other entities.
constexpr const char* kSchemaV9 = R"SQL(
CREATE TABLE entity_keys_by_entity (
  key TEXT NOT NULL, entity INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (entity, key)) WITHOUT ROWID;
INSERT INTO entity_keys_by_entity(entity, key) SELECT entity, key FROM entity_keys
  ORDER BY entity, key;
DROP TABLE entity_keys;
ALTER TABLE entity_keys_by_entity RENAME TO entity_keys;
)SQL";

// Version 10, storing made cheaper (bench/README.md, "sixth pass"): the search index holds
// each document once (its title and text) and no longer a row per event evidence passage,
// which is part of the text already; an event is found inside its document's matches when a
// search shows it (store/search_ranking.h). The index's rowid is the document's id, so
// search_rows, which said what each FTS row was, goes. The index is built again from the
// documents, still without a copy of their text.
constexpr const char* kSchemaV10 = R"SQL(
DROP TABLE IF EXISTS search_index;
DROP VIEW IF EXISTS search_content;
DROP TABLE IF EXISTS search_rows;
CREATE VIEW search_content(id, body) AS
  SELECT id, CASE WHEN title IS NULL THEN text ELSE title || char(10) || text END FROM documents;
CREATE VIRTUAL TABLE search_index USING fts5(
  body, content = 'search_content', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO search_index(search_index) VALUES ('rebuild');
)SQL";

// Version 11, storing made cheaper (bench/README.md, "seventh pass"): a span's passage is
// read from the document's text, stored once, rather than kept beside its bytes in every row
// (events' evidence and trigger, relations', statistics' and quotes' evidence: 5.6 KB of
// events a document). The *_text columns stay for a span whose text is not the document's at
// its bytes, which the writer keeps, and readers take the copy when there is one:
// coalesce(ev_text, casebook_span(d.text, ev_start, ev_end), '') (store/span_text.h). Rows
// from before lose the copies that are the document's bytes; the others keep theirs.
constexpr const char* kSchemaV11 = R"SQL(
UPDATE events SET
  trig_text = CASE WHEN trig_text = casebook_span(d.text, trig_start, trig_end)
                   THEN NULL ELSE trig_text END,
  ev_text = CASE WHEN ev_text = casebook_span(d.text, ev_start, ev_end)
                 THEN NULL ELSE ev_text END
  FROM documents d WHERE d.id = events.doc
  AND (trig_text IS NOT NULL OR ev_text IS NOT NULL);
UPDATE relations SET ev_text = NULL FROM documents d WHERE d.id = relations.doc
  AND relations.ev_text = casebook_span(d.text, relations.ev_start, relations.ev_end);
UPDATE statistics SET ev_text = NULL FROM documents d WHERE d.id = statistics.doc
  AND statistics.ev_text = casebook_span(d.text, statistics.ev_start, statistics.ev_end);
UPDATE quotes SET ev_text = NULL FROM documents d WHERE d.id = quotes.doc
  AND quotes.ev_text = casebook_span(d.text, quotes.ev_start, quotes.ev_end);
)SQL";

// Version 12, storing made cheaper (bench/README.md, "tenth pass"): events_type_date holds
// the dated events only. It serves one reader, the API's timeline filtered by type, which
// asks for `e.date_start IS NOT NULL` and reads it in (type, date) order with no sort; an
// undated event never shows there. Each dated entry lands at a random place in its type's
// dates, and the entries of undated ones (60% of the generated reports' events) were written
// for no reader: 3.6% of storing for the whole index.
constexpr const char* kSchemaV12 = R"SQL(
DROP INDEX IF EXISTS events_type_date;
CREATE INDEX events_type_date ON events(type, date_start) WHERE date_start IS NOT NULL;
)SQL";

// Version 13, storing made cheaper (bench/README.md, "tenth pass"): events_incident holds the
// events that joined an incident only. Every reader asks for an incident's events
// (`e.incident = ?` or a join on it, which implies the column is set), and so does the foreign
// key's check when an incident is deleted; a negated or hypothetical event has no incident
// (a third of the generated reports' events), and its entry served no one. 0.8% of storing.
constexpr const char* kSchemaV13 = R"SQL(
DROP INDEX IF EXISTS events_incident;
CREATE INDEX events_incident ON events(incident) WHERE incident IS NOT NULL;
)SQL";

Status set_version(Db* db, int v) {
  Stmt st = db->prepare("UPDATE schema_version SET version = ?");
  st.bind_int(1, v);
  if (st.run() != SQLITE_DONE) return Status::IoError(db->error());
  return Status::Ok();
}

}  // namespace

int schema_version(Db* db) {
  if (db->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'schema_version'") == 0) {
    return 0;
  }
  return static_cast<int>(db->scalar("SELECT version FROM schema_version", 0));
}

Status migrate(Db* db) {
  int v = schema_version(db);
  if (v == kSchemaVersion) return Status::Ok();
  if (v > kSchemaVersion) {
    return Status::Unsupported("store schema version " + std::to_string(v) +
                               " is newer than this casebook (" + std::to_string(kSchemaVersion) +
                               ")");
  }
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  if (v == 0) {
    Status s = db->exec(
        "CREATE TABLE schema_version (version INTEGER NOT NULL);"
        "INSERT INTO schema_version VALUES (0);");
    if (!s.ok()) return s;
  }
  // Each step moves one version; later versions add `if (v < 2) ...` here.
  if (v < 1) {
    Status s = db->exec(kSchemaV1);
    if (!s.ok()) return s;
  }
  if (v < 2) {
    Status s = db->exec(kSchemaV2);
    if (!s.ok()) return s;
  }
  if (v < 3) {
    Status s = db->exec(kSchemaV3);
    if (!s.ok()) return s;
  }
  if (v < 4) {
    Status s = db->exec(kSchemaV4);
    if (!s.ok()) return s;
  }
  if (v < 5) {
    Status s = db->exec(kSchemaV5);
    if (!s.ok()) return s;
  }
  if (v < 6) {
    Status s = db->exec(kSchemaV6);
    if (!s.ok()) return s;
  }
  if (v < 7) {
    Status s = db->exec(kSchemaV7);
    if (!s.ok()) return s;
  }
  if (v < 8) {
    Status s = db->exec(kSchemaV8);
    if (!s.ok()) return s;
  }
  if (v < 9) {
    Status s = db->exec(kSchemaV9);
    if (!s.ok()) return s;
  }
  if (v < 10) {
    Status s = db->exec(kSchemaV10);
    if (!s.ok()) return s;
  }
  if (v < 11) {
    Status s = db->exec(kSchemaV11);
    if (!s.ok()) return s;
  }
  if (v < 12) {
    Status s = db->exec(kSchemaV12);
    if (!s.ok()) return s;
  }
  if (v < 13) {
    Status s = db->exec(kSchemaV13);
    if (!s.ok()) return s;
  }
  Status s = set_version(db, kSchemaVersion);
  if (!s.ok()) return s;
  return tx.commit();
}

}  // namespace casebook
