// Accounts of `casebook serve`: users with a role and an Argon2id password hash (libsodium),
// and sessions whose random 256-bit token is handed out once and stored only as its SHA-256.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "casebook/status.h"
#include "store/sqlite_db.h"

namespace casebook {

// Roles in increasing power: each may do what the ones before it may.
// viewer: non-confidential records only; analyst: everything, confidential included;
// editor: also ingest, review, merge, delete; admin: also users and the audit log.
enum class Role { kViewer = 0, kAnalyst = 1, kEditor = 2, kAdmin = 3 };

const char* role_name(Role r);
// False for anything but "viewer", "analyst", "editor" or "admin".
bool parse_role(const std::string& s, Role* out);

struct User {
  int64_t id = 0;
  std::string name;
  Role role = Role::kViewer;
  std::string created_at;
};

// A fresh random password of 20 letters and digits (about 119 bits), for a one-time handout.
std::string random_password();

// Creates a user; InvalidInput for an empty or taken name or a password under 8 characters.
// Audited with the acting user's name (`actor`, "cli" from the command line).
Result<User> create_user(Db* db, const std::string& name, Role role, const std::string& password,
                         const std::string& actor);
Status set_user_role(Db* db, int64_t id, Role role, const std::string& actor);
Status set_user_password(Db* db, int64_t id, const std::string& password, const std::string& actor);
// Removes the user and every session of theirs.
Status delete_user(Db* db, int64_t id, const std::string& actor);
std::vector<User> list_users(Db* db);
int64_t count_users(Db* db);

// The user when name and password match; NotFound otherwise (same message either way, and
// a hash is checked even for an unknown name so timing does not tell which).
Result<User> check_password(Db* db, const std::string& name, const std::string& password);

struct NewSession {
  std::string token;  // 64 hex digits, shown once
  std::string csrf;   // 64 hex digits, sent back on every state change (cookie sessions)
};

// kind: "cookie" (browser) or "bearer" (API client). Lives `seconds` from now.
Result<NewSession> create_session(Db* db, int64_t user, const std::string& kind, int64_t seconds);

struct SessionUser {
  User user;
  std::string kind;
  std::string csrf;
  int64_t expires = 0;  // seconds since the epoch
};

// The session's user; NotFound for an unknown or expired token.
Result<SessionUser> find_session(Db* db, const std::string& token);
Status delete_session(Db* db, const std::string& token);

}  // namespace casebook
