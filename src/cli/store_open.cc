// Key resolution and store opening for the CLI.
#include "cli/store_open.h"

#include <cstdio>
#include <cstdlib>

namespace casebook {

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
  }
  Result<std::unique_ptr<Store>> s = Store::open(where.db, key, create);
  if (!s.ok()) {
    std::fprintf(stderr, "casebook: %s: %s\n", where.db.c_str(), s.status().message().c_str());
    return nullptr;
  }
  // Warned after opening, so "no such store" or a wrong-key error stands alone.
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
