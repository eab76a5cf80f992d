// Write routes for editors: upload (text or HTML, extracted at once), delete, confidential
// flags, review, merge and unmerge. Each is one transaction with an audit row naming the
// acting user; they run one at a time under the server's write lock (Api::route).
#include "casebook/document.h"
#include "core/sha256.h"
#include "core/utf8.h"
#include "ingest/ingest.h"
#include "server/api_context.h"
#include "store/audit.h"
#include "store/confidential.h"
#include "store/curation.h"
#include "store/review.h"

namespace casebook::server {
namespace {

struct Upload {
  std::string raw, source;
  InputFormat format = InputFormat::kAuto;
  bool confidential = false;
  std::string date;
};

// A source name as stored and written to the audit log: valid UTF-8 (a query parameter can be
// any bytes) and at most 500 bytes, cut before a whole character, never inside one; a name
// cut inside a character made the audit row's JSON throw and the upload fail.
std::string clip_source(const std::string& raw) {
  std::string s;
  repair_utf8(raw, &s);
  if (s.size() > 500) {
    size_t cut = 500;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
  }
  return s;
}

// JSON {"content", "source", "format": "text"|"html", "confidential", "date"}, or the raw
// bytes with Content-Type text/plain or text/html and ?source=NAME.
std::optional<Upload> read_upload(const httplib::Request& req, httplib::Response& res) {
  Upload u;
  std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) == 0) {
    std::optional<nlohmann::json> j = body_json(req, res);
    if (!j) return std::nullopt;
    if (!(*j)["content"].is_string()) {
      send_error(res, 400, "invalid_input", "content (the document's text or HTML) is required");
      return std::nullopt;
    }
    u.raw = (*j)["content"].get<std::string>();
    u.source = j->value("source", "upload");
    std::string f = j->value("format", "");
    u.format = f == "html"   ? InputFormat::kHtml
               : f == "text" ? InputFormat::kText
                             : InputFormat::kAuto;
    u.confidential = j->value("confidential", false);
    u.date = j->value("date", "");
  } else if (type.rfind("text/plain", 0) == 0 || type.rfind("text/html", 0) == 0) {
    u.raw = req.body;
    u.source = req.has_param("source") ? req.get_param_value("source") : "upload";
    u.format = type.rfind("text/html", 0) == 0 ? InputFormat::kHtml : InputFormat::kText;
    u.confidential = req.get_param_value("confidential") == "true";
    u.date = req.get_param_value("date");
  } else {
    send_error(res, 415, "unsupported_media_type",
               "send application/json, text/plain or text/html");
    return std::nullopt;
  }
  u.source = clip_source(u.source);
  return u;
}

std::optional<bool> flag_of(const httplib::Request& req, httplib::Response& res) {
  std::optional<nlohmann::json> j = body_json(req, res);
  if (!j) return std::nullopt;
  if (!(*j)["confidential"].is_boolean()) {
    send_error(res, 400, "invalid_input", "confidential must be true or false");
    return std::nullopt;
  }
  return (*j)["confidential"].get<bool>();
}

}  // namespace

void Api::add_write_routes() {
  route("POST", "/api/v1/documents", Role::kEditor,
        [this](const httplib::Request& req, httplib::Response& res, Call& c) {
          std::optional<Upload> u = read_upload(req, res);
          if (!u) return;
          std::string sha = sha256_hex(u->raw);
          IngestOptions io;
          io.max_bytes = o_.max_body;
          Result<Document> doc = ingest_document(u->raw, u->source, io, u->format);
          if (!doc.ok()) return send_error(res, 400, "invalid_document", doc.status().message());
          ExtractOptions eo;
          eo.reference_date = u->date;
          Extraction x = pipeline().run(std::move(*doc), eo);
          Store* s = c.store;
          IngestCounts counts;
          Status st = s->begin();
          if (st.ok()) st = s->add_document(std::move(x), std::move(u->raw), &counts);
          int64_t id = 0;
          if (st.ok()) {
            Stmt q = c.db()->prepare("SELECT id FROM documents WHERE sha256 = ?");
            q.bind(1, sha);
            if (q.step()) id = q.int64(0);
          }
          // The flag is set in the same transaction, so no reader ever sees the document
          // without it.
          if (st.ok() && u->confidential && counts.documents) {
            Stmt f = c.db()->prepare("UPDATE documents SET confidential = 1 WHERE id = ?");
            f.bind(1, id);
            if (f.run() != SQLITE_DONE) st = Status::IoError(c.db()->error());
          }
          if (st.ok() && counts.documents) {
            nlohmann::json detail = {{"document", id},
                                     {"source", u->source},
                                     {"confidential", u->confidential},
                                     {"user", c.actor()}};
            st = audit_append(c.db(), "upload", detail.dump());
          }
          if (st.ok()) st = s->commit();
          if (!st.ok()) {
            s->rollback();
            return send_status(res, st);
          }
          send_json(res,
                    {{"id", id}, {"unchanged", counts.documents == 0}, {"events", counts.events}},
                    counts.documents ? 201 : 200);
        });

  route("DELETE", R"(/api/v1/documents/(\d+))", Role::kEditor,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (!id) return;
          Status s = delete_document(c.db(), id, c.actor());
          if (!s.ok()) return send_status(res, s);
          send_json(res, {{"deleted", id}});
        });

  route("PUT", R"(/api/v1/documents/(\d+)/confidential)", Role::kEditor,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (!id) return;
          std::optional<bool> on = flag_of(req, res);
          if (!on) return;
          Status s = set_document_confidential(c.db(), id, *on, c.actor());
          if (!s.ok()) return send_status(res, s);
          send_json(res, {{"document", id}, {"confidential", *on}});
        });

  route("PUT", R"(/api/v1/people/(\d+)/confidential)", Role::kEditor,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (!id) return;
          std::optional<bool> on = flag_of(req, res);
          if (!on) return;
          Status s = set_cluster_confidential(c.db(), id, *on, c.actor());
          if (!s.ok()) return send_status(res, s);
          send_json(res, {{"person", id}, {"confidential", *on}});
        });

  route("POST", R"(/api/v1/events/(\d+)/review)", Role::kEditor,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (!id) return;
          std::optional<nlohmann::json> j = body_json(req, res);
          if (!j) return;
          ReviewDecision d;
          d.event = id;
          d.action = j->value("action", "");
          d.field = j->value("field", "");
          d.value = j->value("value", "");
          d.note = j->value("note", "");
          d.reviewer = c.actor();
          Status s = review_event(c.db(), d);
          if (!s.ok()) return send_status(res, s);
          Result<nlohmann::json> ev = show_event(c.db(), c.access, id);
          if (!ev.ok()) return send_status(res, ev.status());
          send_json(res, *ev);
        });

  route("POST", R"(/api/v1/(people|organisations|places)/(\d+)/merge)", Role::kEditor,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t from = path_id(req, res, 2);
          if (!from) return;
          // The path names the kind: a person's id under /places/ is not a place to merge.
          const char* kind = cluster_kind(req.matches[1]);
          {
            Stmt k = c.db()->prepare("SELECT 1 FROM clusters WHERE id = ? AND kind = ?");
            k.bind(1, from).bind(2, std::string_view(kind));
            if (!k.step()) {
              return send_error(res, 404, "not_found",
                                std::string("no ") + kind + " " + std::to_string(from));
            }
          }
          std::optional<nlohmann::json> j = body_json(req, res);
          if (!j) return;
          if (!(*j)["into"].is_number_integer()) {
            return send_error(res, 400, "invalid_input", "into (the id to merge into) is required");
          }
          Result<int64_t> n = merge_clusters(c.db(), from, (*j)["into"].get<int64_t>(),
                                             j->value("note", ""), c.actor());
          if (!n.ok()) return send_status(res, n.status());
          send_json(res, {{"merged", from}, {"into", (*j)["into"]}, {"entities", *n}});
        });

  route("POST", R"(/api/v1/merges/(\d+)/unmerge)", Role::kEditor,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (!id) return;
          Status s = unmerge_as(c.db(), id, c.actor());
          if (!s.ok()) return send_status(res, s);
          send_json(res, {{"unmerged", id}});
        });
}

}  // namespace casebook::server
