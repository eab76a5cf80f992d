// Fuzz target: the JSON request bodies of the HTTP API (src/server), sent over loopback to a
// server in this process. The first byte picks a state-changing route and the id in its path;
// the rest is the body. Every answer must be a status below 500 with JSON, an error in the one
// shape {"error": {"code", "message"}}, and the server must answer the next request too.
#include <httplib.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "fuzz_check.h"
#include "fuzz_store.h"
#include "server/api_server.h"
#include "store/accounts.h"
#include "store/confidential.h"
#include "store/curation.h"
#include "store/store.h"

namespace {

namespace fs = std::filesystem;

// Invented reports: two people, organisations and places to merge, events to review.
const char* kReports[] = {
    "---\ntitle: Teacher detained in Bishkek\npublished: 2023-02-10\n---\nPolice in Kyrgyzstan "
    "detained the teacher Aibek Toktogulov in Bishkek on 8 February 2023. The Union of Rural "
    "Teachers said he had criticised the mayor of Bishkek.\n",
    "---\ntitle: Singer fined in Osh\npublished: 2023-04-21\n---\nA court in Osh fined the "
    "singer Gulnara Asanova on 19 April 2023 for a song about the Lantern Market Cooperative. "
    "Officers of the State Committee for National Security questioned her brother in Naryn.\n",
    "---\ntitle: Teacher released\npublished: 2023-03-01\n---\nThe teacher Aibek Toktogulov "
    "was released in Bishkek on 28 February 2023, the Union of Rural Teachers said. The "
    "Kyrgyz Reporters Guild welcomed the decision.\n",
};

// The editor's password, so that a login body in the seeds can succeed.
constexpr const char* kEditorPassword = "quiet-lantern-harbour-7";
// Inputs between two resets of the store to its first state, so that uploads, users, tokens
// and merges do not pile up over a long run.
constexpr int kInputsPerReset = 1000;

struct Ids {
  std::vector<int64_t> docs, people, organisations, places, events, users, merges;
};

std::vector<int64_t> ids_of(casebook::Db* db, const std::string& sql) {
  std::vector<int64_t> out;
  casebook::Stmt q = db->prepare(sql);
  while (q.step()) out.push_back(q.int64(0));
  if (out.empty()) out.push_back(999999);  // an id that does not exist is still a fine input
  return out;
}

// The fixture store, written once; each reset copies it over the server's working store.
struct Fixture {
  fs::path dir;
  std::string token;  // the admin's bearer token
  Ids ids;
  std::unique_ptr<casebook::ApiServer> server;
  std::thread thread;
  std::unique_ptr<httplib::Client> client;
  int inputs = 0;

  fs::path seed_db() const { return dir / "seed.db"; }
  fs::path work_db() const { return dir / "work.db"; }

  void build_seed() {
    auto s = casebook::Store::open(seed_db().string(), "", true);
    FUZZ_CHECK(s.ok());
    casebook::Store* st = s->get();
    store_fuzz_reports(st, kReports);
    casebook::Db* db = st->db();
    ids.docs = ids_of(db, "SELECT id FROM documents ORDER BY id");
    ids.events = ids_of(db, "SELECT id FROM events ORDER BY id LIMIT 4");
    ids.people = ids_of(db, "SELECT id FROM clusters WHERE kind = 'person' ORDER BY id");
    ids.organisations =
        ids_of(db, "SELECT id FROM clusters WHERE kind = 'organization' ORDER BY id");
    ids.places = ids_of(db, "SELECT id FROM clusters WHERE kind = 'place' ORDER BY id");
    FUZZ_CHECK(casebook::set_document_confidential(db, ids.docs.back(), true, "fuzz").ok());
    auto admin = casebook::create_user(db, "admin1", casebook::Role::kAdmin,
                                       casebook::random_password(), "fuzz");
    FUZZ_CHECK(admin.ok());
    auto editor =
        casebook::create_user(db, "editor1", casebook::Role::kEditor, kEditorPassword, "fuzz");
    FUZZ_CHECK(editor.ok());
    auto viewer = casebook::create_user(db, "viewer1", casebook::Role::kViewer,
                                        casebook::random_password(), "fuzz");
    FUZZ_CHECK(viewer.ok());
    // The admin's own id is left out: a role change or a new password for a user ends that
    // user's sessions, and the fuzzer would sign itself out.
    ids.users = {editor->id, viewer->id, 999999};
    auto session = casebook::create_session(db, admin->id, "bearer", 365LL * 24 * 3600);
    FUZZ_CHECK(session.ok());
    token = session->token;
    // One merge already made, so that unmerge has something to undo.
    if (ids.people.size() >= 2) {
      FUZZ_CHECK(casebook::merge_clusters(db, ids.people[1], ids.people[0], "seed", "fuzz").ok());
    }
    ids.merges = ids_of(db, "SELECT id FROM merges ORDER BY id LIMIT 3");
    ids.merges.push_back(999999);
  }

  void start() {
    fs::remove(work_db());
    fs::remove(work_db().string() + "-wal");
    fs::remove(work_db().string() + "-shm");
    fs::copy_file(seed_db(), work_db());
    casebook::ServeOptions o;
    o.db = work_db().string();
    o.port = 0;
    o.threads = 4;
    o.connections = 2;
    auto s = casebook::ApiServer::create(o);
    FUZZ_CHECK(s.ok());
    server = std::move(*s);
    auto port = server->bind();
    FUZZ_CHECK(port.ok());
    thread = std::thread([this] { server->run(); });
    client = std::make_unique<httplib::Client>("127.0.0.1", *port);
    client->set_keep_alive(true);
    client->set_read_timeout(30);
    client->set_bearer_token_auth(token);
  }

  void stop() {
    client.reset();  // closes the keep-alive connection, so the worker holding it returns
    server->stop();
    thread.join();
    server.reset();
  }
};

Fixture* fixture() {
  static Fixture* f = [] {
    auto* fx = new Fixture;  // never destroyed: the server thread runs until the process ends
    fx->dir = fs::temp_directory_path() / ("casebook-fuzz-api-" + std::to_string(::getpid()));
    fs::remove_all(fx->dir);
    fs::create_directories(fx->dir);
    fx->build_seed();
    fx->start();
    return fx;
  }();
  return f;
}

int64_t pick(const std::vector<int64_t>& ids, int variant) {
  return ids[static_cast<size_t>(variant) % ids.size()];
}

struct Request {
  const char* method;
  std::string path;
};

Request request_for(const Fixture& f, uint8_t selector) {
  int variant = selector / 12;
  const Ids& ids = f.ids;
  auto id = [&](const std::vector<int64_t>& v) { return std::to_string(pick(v, variant)); };
  switch (selector % 12) {
    case 0:
      return {"POST", "/api/v1/login"};
    case 1:
      return {"POST", "/api/v1/tokens"};
    case 2:
      return {"POST", "/api/v1/users"};
    case 3:
      return {"PATCH", "/api/v1/users/" + id(ids.users)};
    case 4:
      return {"POST", "/api/v1/documents"};
    case 5:
      return {"PUT", "/api/v1/documents/" + id(ids.docs) + "/confidential"};
    case 6:
      return {"PUT", "/api/v1/people/" + id(ids.people) + "/confidential"};
    case 7:
      return {"POST", "/api/v1/events/" + id(ids.events) + "/review"};
    case 8:
      return {"POST", "/api/v1/people/" + id(ids.people) + "/merge"};
    case 9:
      return {"POST", "/api/v1/organisations/" + id(ids.organisations) + "/merge"};
    case 10:
      return {"POST", "/api/v1/places/" + id(ids.places) + "/merge"};
    default:
      return {"POST", "/api/v1/merges/" + id(ids.merges) + "/unmerge"};
  }
}

// {"error": {"code": "...", "message": "..."}} and nothing else.
bool is_error_shape(const nlohmann::json& j) {
  if (!j.is_object() || j.size() != 1 || !j.contains("error")) return false;
  const nlohmann::json& e = j["error"];
  return e.is_object() && e.size() == 2 && e.contains("code") && e["code"].is_string() &&
         !e["code"].get<std::string>().empty() && e.contains("message") &&
         e["message"].is_string() && !e["message"].get<std::string>().empty();
}

void check_answer(const httplib::Result& r, const Request& q) {
  if (!r) {
    std::fprintf(stderr, "%s %s: no answer (%s)\n", q.method, q.path.c_str(),
                 httplib::to_string(r.error()).c_str());
  }
  FUZZ_CHECK(r);
  if (r->status >= 500) {
    std::fprintf(stderr, "%s %s: %d %s\n", q.method, q.path.c_str(), r->status, r->body.c_str());
  }
  FUZZ_CHECK(r->status >= 200 && r->status < 500);
  nlohmann::json j = nlohmann::json::parse(r->body, nullptr, false);
  FUZZ_CHECK(!j.is_discarded());
  if (r->status >= 400) {
    if (!is_error_shape(j)) std::fprintf(stderr, "%d %s\n", r->status, r->body.c_str());
    FUZZ_CHECK(is_error_shape(j));
  } else {
    FUZZ_CHECK(j.is_object());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  Fixture* f = fixture();
  if (++f->inputs % kInputsPerReset == 0) {
    f->stop();
    f->start();
  }
  Request q = request_for(*f, data[0]);
  std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
  httplib::Client& c = *f->client;
  const char* type = "application/json";
  httplib::Result r = q.method[1] == 'U'   ? c.Put(q.path, body, type)
                      : q.method[1] == 'A' ? c.Patch(q.path, body, type)
                                           : c.Post(q.path, body, type);
  check_answer(r, q);
  return 0;
}
