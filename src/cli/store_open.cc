// Key resolution and store opening for the CLI: --key-file, then CASEBOOK_KEY_FILE, then
// (only for an encrypted store, only at a terminal) a prompt with echo off.
#include "cli/store_open.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "store/passphrase.h"

namespace casebook {
namespace {

// The key typed at the terminal. /dev/tty (as getpass does) rather than stdin itself, whose
// descriptor may be open for reading only; stdin being a terminal is what allows asking.
Result<std::string> ask_for_key(const std::string& db) {
  if (!isatty(STDIN_FILENO)) {
    return Status::InvalidInput(
        "the store is encrypted (or not a casebook database): give --key-file or set "
        "CASEBOOK_KEY_FILE");
  }
  int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
  Result<std::string> key = read_passphrase(fd >= 0 ? fd : STDIN_FILENO, "Key for " + db + ": ");
  if (fd >= 0) ::close(fd);
  return key;
}

}  // namespace

std::unique_ptr<Store> open_store_or_report(const StoreLocation& where, bool create) {
  std::string key_file = where.key_file;
  if (key_file.empty()) {
    const char* env = std::getenv("CASEBOOK_KEY_FILE");
    if (env) key_file = env;
  }
  std::string key;
  if (!key_file.empty()) {
    Result<std::string> k = read_key_file(key_file);
    if (!k.ok()) {
      std::fprintf(stderr, "casebook: %s\n", k.status().message().c_str());
      return nullptr;
    }
    key = std::move(*k);
  } else if (looks_encrypted(where.db)) {
    Result<std::string> k = ask_for_key(where.db);
    if (!k.ok()) {
      std::fprintf(stderr, "casebook: %s: %s\n", where.db.c_str(), k.status().message().c_str());
      return nullptr;
    }
    key = std::move(*k);
  }
  Result<std::unique_ptr<Store>> s = Store::open(where.db, key, create);
  if (!s.ok()) {
    std::fprintf(stderr, "casebook: %s: %s\n", where.db.c_str(), s.status().message().c_str());
    return nullptr;
  }
  // Warned after opening, so "no such store" or a wrong-key error stands alone; once per
  // process, however many times a command opens the store.
  static bool warned = false;
  if (key.empty() && !warned) {
    std::fprintf(stderr,
                 "casebook: warning: %s is not encrypted (give --key-file or set "
                 "CASEBOOK_KEY_FILE)\n",
                 where.db.c_str());
    warned = true;
  }
  return std::move(*s);
}

}  // namespace casebook
