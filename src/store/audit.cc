// Audit rows: hash = SHA-256(prev_hash \n seq \n at \n action \n detail); the first row's
// prev_hash is 64 zeros. The head (seq:hash of the last row) is kept in meta.
#include "store/audit.h"

#include <chrono>
#include <ctime>

#include "core/clock.h"
#include "core/sha256.h"

namespace casebook {
namespace {

const std::string kGenesis(64, '0');

std::string row_hash(std::string_view prev, int64_t seq, std::string_view at,
                     std::string_view action, std::string_view detail) {
  std::string buf;
  buf.reserve(prev.size() + at.size() + action.size() + detail.size() + 32);
  buf.append(prev).push_back('\n');
  buf.append(std::to_string(seq)).push_back('\n');
  buf.append(at).push_back('\n');
  buf.append(action).push_back('\n');
  buf.append(detail);
  return sha256_hex(buf);
}

}  // namespace

Status audit_append(Db* db, std::string_view action, std::string_view detail) {
  int64_t seq = 1;
  std::string prev = kGenesis;
  {
    Stmt& last = db->cached("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
      seq = last.int64(0) + 1;
      prev = last.text(1);
    }
    // Left stepped, the statement kept a read transaction open after the write committed:
    // the connection went on seeing that snapshot, and could not leave WAL mode (a second
    // rekey on one Store failed).
    last.reset();
  }
  std::string at = utc_now();
  std::string hash = row_hash(prev, seq, at, action, detail);
  Stmt& ins = db->cached(
      "INSERT INTO audit(seq, at, action, detail, prev_hash, hash) VALUES (?,?,?,?,?,?)");
  ins.bind(1, seq).bind(2, at).bind(3, action).bind(4, detail).bind(5, prev).bind(6, hash);
  if (ins.run() != SQLITE_DONE) return Status::IoError("audit: " + db->error());
  Stmt& head = db->cached("INSERT OR REPLACE INTO meta(key, value) VALUES ('audit_head', ?)");
  head.bind(1, std::to_string(seq) + ":" + hash);
  if (head.run() != SQLITE_DONE) return Status::IoError("audit: " + db->error());
  return Status::Ok();
}

AuditReport audit_verify(Db* db) {
  AuditReport r;
  auto fail = [&](std::string why) {
    r.ok = false;
    r.problem = std::move(why);
    return r;
  };
  // A damaged page anywhere (not only in the audit table) is reported first: the chain
  // proves nothing was edited, SQLite's check that nothing was broken.
  {
    Stmt qc = db->prepare("PRAGMA quick_check(1)");
    if (!qc.step()) return fail("the store file cannot be checked: " + db->error());
    if (qc.text_view(0) != "ok") {
      // SQLite's report runs over several lines ("*** in database main ***\nTree 3 ...").
      std::string why = qc.text(0);
      for (char& c : why) {
        if (c == '\n') c = ' ';
      }
      return fail("the store file is damaged: " + why);
    }
  }
  std::string prev = kGenesis;
  int64_t expect = 1;
  Stmt st = db->prepare("SELECT seq, at, action, detail, prev_hash, hash FROM audit ORDER BY seq");
  while (st.step()) {
    int64_t seq = st.int64(0);
    if (seq != expect) return fail("row " + std::to_string(expect) + " is missing");
    if (st.text_view(4) != prev) {
      return fail("row " + std::to_string(seq) + ": does not chain to the row before it");
    }
    std::string h = row_hash(prev, seq, st.text_view(1), st.text_view(2), st.text_view(3));
    if (h != st.text_view(5)) {
      return fail("row " + std::to_string(seq) + ": hash does not match its fields");
    }
    prev = std::move(h);
    ++expect;
    ++r.rows;
  }
  if (st.rc() != SQLITE_DONE) return fail("the audit rows cannot be read: " + db->error());
  std::string head;
  Stmt hs = db->prepare("SELECT value FROM meta WHERE key = 'audit_head'");
  if (hs.step()) head = hs.text(0);
  std::string want = r.rows == 0 ? "" : std::to_string(r.rows) + ":" + prev;
  if (head != want) return fail("the last rows were removed (head was " + head + ")");
  return r;
}

}  // namespace casebook
