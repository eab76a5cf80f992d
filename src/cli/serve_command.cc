// Translates `casebook serve` options into ServeOptions and runs the server until SIGINT or
// SIGTERM; `casebook user add` creates an account and prints its password once.
#include "cli/serve_command.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "cli/store_open.h"
#include "server/api_server.h"
#include "store/accounts.h"

namespace casebook {
namespace {

ApiServer* g_running = nullptr;

void on_signal(int) {
  if (g_running) g_running->stop();
}

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:80" or a bare port.
bool parse_listen(const std::string& s, std::string* host, int* port) {
  size_t colon = s.rfind(':');
  std::string h = colon == std::string::npos ? "127.0.0.1" : s.substr(0, colon);
  std::string p = colon == std::string::npos ? s : s.substr(colon + 1);
  if (h.size() > 1 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  if (h.empty() || p.empty() || p.size() > 5) return false;
  int v = 0;
  for (char c : p) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v > 65535) return false;
  *host = h;
  *port = v;
  return true;
}

class Commands : public StoreCommands {
 public:
  explicit Commands(CLI::App* app) {
    serve_ = app->add_subcommand("serve", "Serve the HTTP API and the web UI");
    serve_->add_option("--db", where_.db, "The case store (default ./casebook.db)");
    serve_->add_option("--key-file", where_.key_file,
                       "File holding the store's key (or CASEBOOK_KEY_FILE)");
    serve_->add_option("--listen", listen_, "Address and port (default 127.0.0.1:8080)");
    serve_->add_option("--tls-cert", options_.tls_cert, "PEM certificate, for HTTPS");
    serve_->add_option("--tls-key", options_.tls_key, "PEM private key, for HTTPS");
    serve_->add_option("--threads", options_.threads, "Worker threads (one per open client)")
        ->check(CLI::Range(1, 1024));
    serve_->add_option("--connections", options_.connections, "Store connections (queries at once)")
        ->check(CLI::Range(1, 64));
    serve_
        ->add_option("--cache-entries", options_.cache_entries,
                     "Answers kept until the store changes (0: no cache)")
        ->check(CLI::Range(0, 100000));

    CLI::App* user = app->add_subcommand("user", "Accounts for `casebook serve`");
    user->require_subcommand(1);
    add_ = user->add_subcommand("add", "Create an account; prints its one-time password once");
    add_->add_option("--db", where_.db, "The case store (default ./casebook.db)");
    add_->add_option("--key-file", where_.key_file, "File holding the store's key");
    add_->add_option("--role", role_, "admin, editor, analyst or viewer")
        ->check(CLI::IsMember({"admin", "editor", "analyst", "viewer"}))
        ->required();
    add_->add_option("NAME", name_, "The user name")->required();
  }

  bool parsed() const override { return serve_->parsed() || add_->parsed(); }

  int run() override { return serve_->parsed() ? serve() : add_user(); }

 private:
  int serve() {
    if (!parse_listen(listen_, &options_.host, &options_.port)) {
      std::fprintf(stderr, "casebook: --listen: '%s' is not HOST:PORT\n", listen_.c_str());
      return 2;
    }
    if (options_.tls_cert.empty() != options_.tls_key.empty()) {
      std::fprintf(stderr, "casebook: --tls-cert and --tls-key go together\n");
      return 2;
    }
    // Opening once here resolves the key and gives the CLI's one-line errors and warning.
    {
      auto s = open_store_or_report(where_, true);
      if (!s) return 1;
    }
    options_.db = where_.db;
    std::string key_file = where_.key_file;
    if (key_file.empty() && std::getenv("CASEBOOK_KEY_FILE")) {
      key_file = std::getenv("CASEBOOK_KEY_FILE");
    }
    if (!key_file.empty()) options_.key = *read_key_file(key_file);
    if (is_public_address(options_.host) && options_.tls_cert.empty()) {
      std::fprintf(stderr,
                   "casebook: warning: serving on %s without TLS: passwords and records cross "
                   "the network in clear (give --tls-cert and --tls-key)\n",
                   options_.host.c_str());
    }
    Result<std::unique_ptr<ApiServer>> server = ApiServer::create(options_);
    if (!server.ok()) {
      std::fprintf(stderr, "casebook: %s\n", server.status().message().c_str());
      return 1;
    }
    Result<int> port = (*server)->bind();
    if (!port.ok()) {
      std::fprintf(stderr, "casebook: %s\n", port.status().message().c_str());
      return 1;
    }
    std::printf("casebook: serving %s at %s (Ctrl-C stops)\n", where_.db.c_str(),
                (*server)->url().c_str());
    std::fflush(stdout);
    g_running = server->get();
    std::signal(SIGINT, on_signal);
    std::signal(SIGTERM, on_signal);
    (*server)->run();
    g_running = nullptr;
    return 0;
  }

  int add_user() {
    auto s = open_store_or_report(where_, true);
    if (!s) return 1;
    Role role;
    parse_role(role_, &role);
    std::string password = random_password();
    const char* who = std::getenv("USER");
    Result<User> u = create_user(s->db(), name_, role, password,
                                 std::string("cli:") + (who && *who ? who : "unknown"));
    if (!u.ok()) {
      std::fprintf(stderr, "casebook: %s: %s\n", where_.db.c_str(), u.status().message().c_str());
      return 1;
    }
    std::printf("user %s (%s) created; one-time password, shown only now:\n%s\n", name_.c_str(),
                role_.c_str(), password.c_str());
    return 0;
  }

  CLI::App* serve_ = nullptr;
  CLI::App* add_ = nullptr;
  StoreLocation where_;
  ServeOptions options_;
  std::string listen_ = "127.0.0.1:8080";
  std::string role_, name_;
};

}  // namespace

std::unique_ptr<StoreCommands> register_serve_commands(CLI::App* app) {
  return std::make_unique<Commands>(app);
}

}  // namespace casebook
