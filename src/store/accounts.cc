// Users and sessions in the store. Passwords: crypto_pwhash_str_alg with Argon2id at
// libsodium's "interactive" limits (64 MiB, 2 passes), about 0.1 s a check on one core.
#include "store/accounts.h"

#include <sodium.h>

#include <ctime>
#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/sha256.h"
#include "store/audit.h"

namespace casebook {
namespace {

constexpr const char* kRoleNames[] = {"viewer", "analyst", "editor", "admin"};

std::string random_hex(size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()),
                 raw.size());
  hex.pop_back();
  return hex;
}

Result<std::string> hash_password(const std::string& password) {
  if (sodium_init() < 0) return Status::Internal("libsodium failed to start");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(),
                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Status::Internal("out of memory hashing a password");
  }
  return std::string(out);
}

Status audited(Db* db, const char* action, nlohmann::json detail, const std::string& actor) {
  detail["user"] = actor;
  return audit_append(db, action, detail.dump());
}

// The hash of a password a user is about to get, once it passes the length rules.
Result<std::string> new_password_hash(const std::string& password) {
  if (password.size() < 8) return Status::InvalidInput("password must have at least 8 characters");
  if (password.size() > 1024) return Status::InvalidInput("password is too long");
  return hash_password(password);
}

}  // namespace

const char* role_name(Role r) { return kRoleNames[static_cast<int>(r)]; }

bool parse_role(const std::string& s, Role* out) {
  for (int i = 0; i < 4; ++i) {
    if (s == kRoleNames[i]) {
      *out = static_cast<Role>(i);
      return true;
    }
  }
  return false;
}

std::string random_password() {
  static const char kAlphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  std::string p;
  for (int i = 0; i < 20; ++i) p.push_back(kAlphabet[randombytes_uniform(sizeof kAlphabet - 1)]);
  return p;
}

Result<User> create_user(Db* db, const std::string& name, Role role, const std::string& password,
                         const std::string& actor) {
  if (name.empty() || name.size() > 64) {
    return Status::InvalidInput("user name must have 1 to 64 characters");
  }
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7f) return Status::InvalidInput("user name has a control character");
  }
  Result<std::string> hash = new_password_hash(password);
  if (!hash.ok()) return hash.status();
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  Stmt dup = db->prepare("SELECT 1 FROM users WHERE name = ?");
  dup.bind(1, name);
  if (dup.step()) return Status::InvalidInput("user '" + name + "' already exists");
  User u;
  u.name = name;
  u.role = role;
  u.created_at = utc_now();
  Stmt ins =
      db->prepare("INSERT INTO users(name, role, password_hash, created_at) VALUES (?,?,?,?)");
  ins.bind(1, name).bind(2, std::string_view(role_name(role))).bind(3, *hash).bind(4, u.created_at);
  if (ins.run() != SQLITE_DONE) return Status::IoError(db->error());
  u.id = db->last_insert_id();
  Status s =
      audited(db, "user_add", {{"id", u.id}, {"name", name}, {"role", role_name(role)}}, actor);
  if (!s.ok()) return s;
  s = tx.commit();
  if (!s.ok()) return s;
  return u;
}

Status set_user_role(Db* db, int64_t id, Role role, const std::string& actor) {
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  Stmt up = db->prepare("UPDATE users SET role = ? WHERE id = ?");
  up.bind(1, std::string_view(role_name(role))).bind(2, id);
  if (up.run() != SQLITE_DONE) return Status::IoError(db->error());
  if (db->changes() == 0) return Status::NotFound("no user " + std::to_string(id));
  Status s = audited(db, "user_role", {{"id", id}, {"role", role_name(role)}}, actor);
  if (!s.ok()) return s;
  return tx.commit();
}

Status set_user_password(Db* db, int64_t id, const std::string& password,
                         const std::string& actor) {
  Result<std::string> hash = new_password_hash(password);
  if (!hash.ok()) return hash.status();
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  Stmt up = db->prepare("UPDATE users SET password_hash = ? WHERE id = ?");
  up.bind(1, *hash).bind(2, id);
  if (up.run() != SQLITE_DONE) return Status::IoError(db->error());
  if (db->changes() == 0) return Status::NotFound("no user " + std::to_string(id));
  Stmt del = db->prepare("DELETE FROM sessions WHERE user = ?");
  del.bind(1, id);
  if (del.run() != SQLITE_DONE) return Status::IoError(db->error());
  Status s = audited(db, "user_password", {{"id", id}}, actor);
  if (!s.ok()) return s;
  return tx.commit();
}

Status delete_user(Db* db, int64_t id, const std::string& actor) {
  Transaction tx(db);
  if (!tx.begin_status().ok()) return tx.begin_status();
  Stmt del = db->prepare("DELETE FROM sessions WHERE user = ?");
  del.bind(1, id);
  if (del.run() != SQLITE_DONE) return Status::IoError(db->error());
  Stmt du = db->prepare("DELETE FROM users WHERE id = ?");
  du.bind(1, id);
  if (du.run() != SQLITE_DONE) return Status::IoError(db->error());
  if (db->changes() == 0) return Status::NotFound("no user " + std::to_string(id));
  Status s = audited(db, "user_delete", {{"id", id}}, actor);
  if (!s.ok()) return s;
  return tx.commit();
}

std::vector<User> list_users(Db* db) {
  std::vector<User> out;
  Stmt st = db->prepare("SELECT id, name, role, created_at FROM users ORDER BY id");
  while (st.step()) {
    User u;
    u.id = st.int64(0);
    u.name = st.text(1);
    parse_role(st.text(2), &u.role);
    u.created_at = st.text(3);
    out.push_back(std::move(u));
  }
  return out;
}

int64_t count_users(Db* db) { return db->scalar("SELECT count(*) FROM users"); }

Result<User> check_password(Db* db, const std::string& name, const std::string& password) {
  if (sodium_init() < 0) return Status::Internal("libsodium failed to start");
  // A hash of a password nobody knows, so an unknown name costs as much as a known one.
  static const std::string kDecoy = *hash_password(random_password());
  Stmt st =
      db->prepare("SELECT id, name, role, created_at, password_hash FROM users WHERE name = ?");
  st.bind(1, name);
  bool found = st.step();
  std::string hash = found ? st.text(4) : kDecoy;
  bool match = password.size() <= 1024 &&
               crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
  if (!found || !match) return Status::NotFound("wrong user name or password");
  User u;
  u.id = st.int64(0);
  u.name = st.text(1);
  if (!parse_role(st.text(2), &u.role)) return Status::Internal("user has an unknown role");
  u.created_at = st.text(3);
  return u;
}

Result<NewSession> create_session(Db* db, int64_t user, const std::string& kind, int64_t seconds) {
  if (sodium_init() < 0) return Status::Internal("libsodium failed to start");
  NewSession n;
  n.token = random_hex(32);
  n.csrf = random_hex(32);
  int64_t now = static_cast<int64_t>(std::time(nullptr));
  Stmt gc = db->prepare("DELETE FROM sessions WHERE expires < ?");
  gc.bind(1, now);
  gc.run();
  Stmt ins = db->prepare(
      "INSERT INTO sessions(token_hash, user, kind, csrf, created_at, expires)"
      " VALUES (?,?,?,?,?,?)");
  ins.bind(1, sha256_hex(n.token)).bind(2, user).bind(3, kind).bind(4, n.csrf);
  ins.bind(5, utc_now()).bind(6, now + seconds);
  if (ins.run() != SQLITE_DONE) return Status::IoError(db->error());
  return n;
}

Result<SessionUser> find_session(Db* db, const std::string& token) {
  if (token.size() != 64) return Status::NotFound("no such session");
  Stmt& st = db->cached(
      "SELECT u.id, u.name, u.role, u.created_at, s.kind, s.csrf, s.expires FROM sessions s"
      " JOIN users u ON u.id = s.user WHERE s.token_hash = ?");
  st.bind(1, sha256_hex(token));
  if (!st.step()) {
    st.reset();
    return Status::NotFound("no such session");
  }
  SessionUser su;
  su.user.id = st.int64(0);
  su.user.name = st.text(1);
  bool role_ok = parse_role(st.text(2), &su.user.role);
  su.user.created_at = st.text(3);
  su.kind = st.text(4);
  su.csrf = st.text(5);
  su.expires = st.int64(6);
  st.reset();
  if (!role_ok || su.expires < static_cast<int64_t>(std::time(nullptr))) {
    return Status::NotFound("session expired");
  }
  return su;
}

Status delete_session(Db* db, const std::string& token) {
  Stmt del = db->prepare("DELETE FROM sessions WHERE token_hash = ?");
  del.bind(1, sha256_hex(token));
  if (del.run() != SQLITE_DONE) return Status::IoError(db->error());
  return Status::Ok();
}

}  // namespace casebook
