// The store key typed at a terminal: read with echo off, and only from a terminal, so a
// script piping into casebook gets a clear error instead of a prompt it cannot answer.
#pragma once

#include <string>

#include "casebook/status.h"

namespace casebook {

// True when the file exists, is not empty and does not start with SQLite's plain header:
// an encrypted store (or a file that is no database at all; only a key can tell which).
bool looks_encrypted(const std::string& path);

// Writes `prompt` to the terminal on `fd`, reads one line with echo off and restores the
// terminal (also on SIGINT, SIGTERM, SIGQUIT and SIGTSTP). The line is returned without its
// newline. InvalidInput when `fd` is not a terminal or the line is empty; IoError on EOF.
Result<std::string> read_passphrase(int fd, const std::string& prompt);

}  // namespace casebook
