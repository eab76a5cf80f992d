// The case-store commands (ingest, search, events, person, unmerge, merges, rekey, audit,
// status, export), registered on the casebook app with one call from main.cc.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>

namespace casebook {

class StoreCommands {
 public:
  virtual ~StoreCommands() = default;
  // True when one of the store commands was given on the command line.
  virtual bool parsed() const = 0;
  // Runs it; returns the exit code (0 ok, 1 failure, 2 usage).
  virtual int run() = 0;
};

std::unique_ptr<StoreCommands> register_store_commands(CLI::App* app);

}  // namespace casebook
