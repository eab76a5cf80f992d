// `casebook serve` (the HTTP API and web UI) and `casebook user add` (accounts, e.g. the
// first admin, with a one-time password printed once), registered from main.cc.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/store_commands.h"

namespace casebook {

std::unique_ptr<StoreCommands> register_serve_commands(CLI::App* app);

}  // namespace casebook
