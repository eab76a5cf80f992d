// Opening the store for a command: the key from --key-file, CASEBOOK_KEY_FILE or a prompt at
// the terminal (encrypted stores only), one warning when the store is unencrypted, and
// one-line errors ("casebook: casebook.db: wrong key or not a casebook database").
#pragma once

#include <memory>
#include <string>

#include "store/store.h"

namespace casebook {

struct StoreLocation {
  std::string db = kDefaultStorePath;
  std::string key_file;  // empty: CASEBOOK_KEY_FILE, else no key
};

// Prints the error itself and returns nullptr on failure.
std::unique_ptr<Store> open_store_or_report(const StoreLocation& where, bool create);

}  // namespace casebook
