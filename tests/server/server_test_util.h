// Helpers for API tests: a store with invented reports (one public, one marked confidential,
// one that names a confidential person), one account per role with a bearer token, and the
// server itself on a free loopback port in this process.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>

#include "../store/store_test_util.h"
#include "server/api_server.h"
#include "store/accounts.h"
#include "store/confidential.h"

namespace casebook::testing {

// Invented reports. Everything in kSecret and kNamesSecret must never reach a viewer.
inline const char* kPublicDoc =
    "---\ntitle: Editor detained in Minsk\npublished: 2021-03-05\n---\n"
    "Police in Belarus detained the editor Andrei Vasilevich in Minsk on 3 March 2021. "
    "He had written about the lanternfish trade.\n";
inline const char* kSecretDoc =
    "---\ntitle: Lawyer held in Almaty\npublished: 2022-05-07\n---\n"
    "Police in Kazakhstan detained the lawyer Dana Nurlanova in Almaty on 5 May 2022. "
    "She had written about the lanternfish trade and the saltmarsh project.\n";
inline const char* kNamesSecret =
    "---\ntitle: Blogger arrested in Tashkent\npublished: 2020-06-12\n---\n"
    "Police in Uzbekistan arrested the blogger Timur Rakhimov in Tashkent on 10 June 2020. "
    "He wrote about the saltmarsh project.\n";
inline const char* kLeaks[] = {"Nurlanova", "Rakhimov",    "saltmarsh",       "Almaty",
                               "Tashkent",  "Lawyer held", "Blogger arrested"};

inline const char* kRoles[] = {"viewer", "analyst", "editor", "admin"};

struct TestServer {
  std::filesystem::path dir;
  std::string db_path;
  std::unique_ptr<ApiServer> server;
  std::thread thread;
  int port = 0;
  std::map<std::string, std::string> token;     // role -> bearer token
  std::map<std::string, std::string> password;  // role -> password
  int64_t public_doc = 0, secret_doc = 0, names_secret_doc = 0;
  int64_t secret_person = 0, public_person = 0;
  int64_t secret_event = 0, public_event = 0;

  explicit TestServer(const std::string& name, ServeOptions o = {}) {
    dir = store_temp_dir("server-" + name);
    db_path = (dir / "cb.db").string();
    {
      auto s = Store::open(db_path, "", true);
      EXPECT_TRUE(s.ok());
      Store* st = s->get();
      IngestCounts c;
      EXPECT_TRUE(ingest_text(st, kPublicDoc, "public.txt", &c).ok());
      EXPECT_TRUE(ingest_text(st, kSecretDoc, "secret.txt", &c).ok());
      EXPECT_TRUE(ingest_text(st, kNamesSecret, "names.txt", &c).ok());
      Db* db = st->db();
      public_doc = db->scalar("SELECT id FROM documents WHERE source = 'public.txt'");
      secret_doc = db->scalar("SELECT id FROM documents WHERE source = 'secret.txt'");
      names_secret_doc = db->scalar("SELECT id FROM documents WHERE source = 'names.txt'");
      secret_person = db->scalar(
          "SELECT cluster FROM entities WHERE name LIKE '%Rakhimov%' AND kind = 'person'");
      public_person = db->scalar(
          "SELECT cluster FROM entities WHERE name LIKE '%Vasilevich%' AND kind = 'person'");
      secret_event =
          db->scalar("SELECT min(id) FROM events WHERE doc = " + std::to_string(secret_doc));
      public_event =
          db->scalar("SELECT min(id) FROM events WHERE doc = " + std::to_string(public_doc));
      EXPECT_TRUE(set_document_confidential(db, secret_doc, true, "test").ok());
      EXPECT_TRUE(set_cluster_confidential(db, secret_person, true, "test").ok());
      for (const char* role : kRoles) {
        Role r;
        parse_role(role, &r);
        password[role] = random_password();
        auto u = create_user(db, std::string(role) + "1", r, password[role], "test");
        EXPECT_TRUE(u.ok());
        token[role] = create_session(db, u->id, "bearer", 3600)->token;
      }
    }
    o.db = db_path;
    o.port = 0;
    o.threads = o.threads ? o.threads : 4;
    auto s = ApiServer::create(o);
    EXPECT_TRUE(s.ok()) << s.status().message();
    server = std::move(*s);
    port = *server->bind();
    thread = std::thread([this] { server->run(); });
    // httplib's stop() does nothing until the accept loop runs, so a test that stopped the
    // server before its first request would wait for ever: wait until it answers.
    auto answers = [&] {
      if (o.tls_cert.empty()) return static_cast<bool>(client().Get("/api/v1/health"));
      httplib::SSLClient c("127.0.0.1", port);
      c.enable_server_certificate_verification(false);
      return static_cast<bool>(c.Get("/api/v1/health"));
    };
    for (int i = 0; i < 500 && !answers(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  ~TestServer() {
    server->stop();
    thread.join();
    std::filesystem::remove_all(dir);
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(30);
    return c;
  }

  // A request as `role` ("" for nobody) with a bearer token.
  httplib::Result call(const std::string& role, const std::string& method, const std::string& path,
                       const std::string& body = "") const {
    httplib::Client c = client();
    httplib::Headers h;
    if (!role.empty()) h.emplace("Authorization", "Bearer " + token.at(role));
    if (method == "GET") return c.Get(path.c_str(), h);
    if (method == "POST") return c.Post(path.c_str(), h, body, "application/json");
    if (method == "PUT") return c.Put(path.c_str(), h, body, "application/json");
    if (method == "PATCH") return c.Patch(path.c_str(), h, body, "application/json");
    return c.Delete(path.c_str(), h);
  }
};

inline nlohmann::json json_of(const httplib::Result& r) {
  return r ? nlohmann::json::parse(r->body, nullptr, false) : nlohmann::json();
}

}  // namespace casebook::testing
