// Issue 7: `casebook serve` over TLS (Secure cookies, HSTS), its warning on a public address
// without TLS, and `casebook user add` printing a one-time password once.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>

#include "server_test_util.h"

namespace casebook::testing {
namespace {

std::string run(const std::string& cmd) {
  std::string out;
  std::FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  ::pclose(p);
  return out;
}

TEST(ServeCommand, Issue7TlsGivesSecureCookiesAndHsts) {
  auto dir = store_temp_dir("tls");
  std::string cert = (dir / "cert.pem").string(), key = (dir / "key.pem").string();
  run("openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 2 -keyout " + key +
      " -out " + cert + " 2>/dev/null");
  ASSERT_TRUE(std::filesystem::exists(cert));
  ServeOptions o;
  o.tls_cert = cert;
  o.tls_key = key;
  TestServer s("tls", o);
  httplib::SSLClient c("127.0.0.1", s.port);
  c.enable_server_certificate_verification(false);
  nlohmann::json login = {{"name", "viewer1"}, {"password", s.password["viewer"]}};
  auto r = c.Post("/api/v1/login", login.dump(), "application/json");
  ASSERT_TRUE(r) << "no TLS answer";
  EXPECT_EQ(r->status, 200);
  EXPECT_NE(r->get_header_value("Set-Cookie").find("; Secure"), std::string::npos);
  EXPECT_NE(r->get_header_value("Strict-Transport-Security").find("max-age"), std::string::npos);
  // Plain HTTP to the TLS port gets no answer.
  auto plain = s.client().Get("/api/v1/health");
  EXPECT_FALSE(plain && plain->status == 200);
  std::filesystem::remove_all(dir);
}

TEST(ServeCommand, Issue7BadTlsFilesAreOneLineErrors) {
  auto dir = store_temp_dir("tls-bad");
  ServeOptions o;
  o.db = (dir / "cb.db").string();
  o.tls_cert = "/nonexistent/cert.pem";
  o.tls_key = "/nonexistent/key.pem";
  auto s = ApiServer::create(o);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("TLS"), std::string::npos);
  o.tls_key.clear();
  EXPECT_FALSE(ApiServer::create(o).ok());
  std::filesystem::remove_all(dir);
}

TEST(ServeCommand, Issue7UserAddPrintsAOneTimePasswordAndServeWarnsInClear) {
  auto dir = store_temp_dir("cli");
  std::string db = (dir / "cb.db").string();
  std::string bin = CASEBOOK_BINARY;
  std::string out = run(bin + " user add chief --role admin --db " + db + " 2>/dev/null");
  EXPECT_NE(out.find("one-time password"), std::string::npos) << out;
  std::string password = out.substr(out.rfind('\n', out.size() - 2) + 1);
  password.pop_back();
  EXPECT_EQ(password.size(), 20u);
  {
    auto s = Store::open(db, "", false);
    EXPECT_TRUE(check_password((*s)->db(), "chief", password).ok());
    // The audit row names who made the account, never the password.
    Stmt q = (*s)->db()->prepare("SELECT detail FROM audit WHERE action = 'user_add'");
    ASSERT_TRUE(q.step());
    EXPECT_EQ(q.text(0).find(password), std::string::npos);
  }
  std::string again = run(bin + " user add chief --role viewer --db " + db + " 2>&1");
  EXPECT_NE(again.find("already exists"), std::string::npos) << again;
  std::string warned =
      run("timeout 3 " + bin + " serve --db " + db + " --listen 0.0.0.0:0 2>&1 </dev/null");
  EXPECT_NE(warned.find("without TLS"), std::string::npos) << warned;
  std::string quiet =
      run("timeout 3 " + bin + " serve --db " + db + " --listen 127.0.0.1:0 2>&1 </dev/null");
  EXPECT_EQ(quiet.find("without TLS"), std::string::npos) << quiet;
  EXPECT_NE(quiet.find("serving"), std::string::npos) << quiet;
  EXPECT_NE(run(bin + " serve --db " + db + " --listen nonsense 2>&1").find("--listen"),
            std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook::testing
