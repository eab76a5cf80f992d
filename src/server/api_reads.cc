// Read routes: documents, events, people / organisations / places, search, timeline, the
// review queue, merges and exports. Every read goes through store/browse.h with the caller's
// Access, so a viewer's answers are filtered in SQL.
#include "export/exports.h"
#include "export/person_format.h"
#include "server/api_context.h"
#include "store/person_file.h"
#include "store/queries.h"

namespace casebook::server {
namespace {

void answer(httplib::Response& res, const Result<nlohmann::json>& r) {
  if (!r.ok()) return send_status(res, r.status());
  send_json(res, r.value());
}

// Writes the CLI's export through a temporary FILE (export_store streams to one).
Result<std::string> export_full(Db* db, const std::string& format, const BrowseFilters& bf) {
  QueryFilters f;
  f.type = bf.type;
  f.country = bf.country;
  f.from = bf.from;
  f.to = bf.to;
  std::FILE* tmp = std::tmpfile();
  if (!tmp) return Status::IoError("cannot make a temporary file");
  Status s = export_store(db, format, f, tmp);
  std::string out;
  if (s.ok()) {
    std::rewind(tmp);
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, tmp)) > 0) out.append(buf, n);
  }
  std::fclose(tmp);
  if (!s.ok()) return s;
  return out;
}

}  // namespace

void Api::add_read_routes() {
  cached_route("/api/v1/documents", Role::kViewer,
               [](const httplib::Request& req, httplib::Response& res, Call& c) {
                 answer(res, list_documents(c.db(), c.access, filters_of(req), page_of(req)));
               });
  route("GET", R"(/api/v1/documents/(\d+))", Role::kViewer,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (id) answer(res, show_document(c.db(), c.access, id));
        });
  cached_route("/api/v1/events", Role::kViewer,
               [](const httplib::Request& req, httplib::Response& res, Call& c) {
                 answer(res, list_events(c.db(), c.access, filters_of(req), page_of(req)));
               });
  route("GET", R"(/api/v1/events/(\d+))", Role::kViewer,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res);
          if (id) answer(res, show_event(c.db(), c.access, id));
        });
  route("GET", R"(/api/v1/(people|organisations|places))", Role::kViewer,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          answer(res, list_clusters(c.db(), c.access, cluster_kind(req.matches[1]), filters_of(req),
                                    page_of(req)));
        });
  route("GET", R"(/api/v1/(people|organisations|places)/(\d+))", Role::kViewer,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          int64_t id = path_id(req, res, 2);
          if (id) answer(res, show_cluster(c.db(), c.access, cluster_kind(req.matches[1]), id));
        });
  cached_route("/api/v1/search", Role::kViewer,
               [](const httplib::Request& req, httplib::Response& res, Call& c) {
                 answer(res, search_documents(c.db(), c.access, req.get_param_value("q"),
                                              filters_of(req), page_of(req)));
               });
  cached_route("/api/v1/timeline", Role::kViewer,
               [](const httplib::Request& req, httplib::Response& res, Call& c) {
                 Page p = page_of(req);
                 answer(res, timeline(c.db(), c.access, req.get_param_value("q"), filters_of(req),
                                      req.has_param("limit") ? p.limit : 500));
               });
  route("GET", "/api/v1/review", Role::kViewer,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          answer(res, review_queue(c.db(), c.access, page_of(req)));
        });
  // Merge reasons name people across documents, so only readers of everything see them.
  route("GET", "/api/v1/merges", Role::kAnalyst,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          Table t = list_merges(c.db(), page_of(req).limit);
          nlohmann::json items = nlohmann::json::array();
          for (const auto& row : t.rows) {
            nlohmann::json o;
            for (size_t i = 0; i < t.columns.size(); ++i) o[t.columns[i]] = row[i];
            items.push_back(std::move(o));
          }
          send_json(res, {{"items", items}, {"next_cursor", nullptr}});
        });
  route("GET", R"(/api/v1/exports/(jsonl|csv|acled-csv|casefile-md))", Role::kViewer,
        [](const httplib::Request& req, httplib::Response& res, Call& c) {
          std::string format = req.matches[1];
          BrowseFilters f = filters_of(req);
          Result<std::string> body = std::string();
          if (format == "casefile-md") {
            // The case file of one person (person=ID), as `casebook export --format
            // casefile-md` writes it. It is built from every document (store/person_file.h),
            // so viewers get the JSON case file instead.
            if (!c.access.confidential) {
              return send_error(res, 403, "forbidden",
                                "case file exports need the analyst role; use the JSON case file");
            }
            Result<nlohmann::json> who = show_cluster(c.db(), c.access, "person", f.person);
            if (!who.ok()) return send_status(res, who.status());
            std::vector<PersonFile> files;
            for (PersonFile& p : load_person_files(c.db(), (*who)["name"].get<std::string>())) {
              if (p.cluster == f.person) files.push_back(std::move(p));
            }
            body = format_person_files(files, "md");
          } else if (c.access.confidential && !f.person) {
            body = export_full(c.db(), format, f);  // byte for byte the CLI's export
          } else {
            body = export_records(c.db(), c.access, format, f);
          }
          if (!body.ok()) return send_status(res, body.status());
          const char* type = format == "jsonl"         ? "application/x-ndjson"
                             : format == "casefile-md" ? "text/markdown; charset=utf-8"
                                                       : "text/csv; charset=utf-8";
          std::string ext = format == "jsonl" ? "jsonl" : format == "casefile-md" ? "md" : "csv";
          res.set_header("Content-Disposition",
                         "attachment; filename=\"casebook-" + format + "." + ext + "\"");
          res.set_content(*body, type);
        });
}

}  // namespace casebook::server
