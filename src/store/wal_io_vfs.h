// A file layer under the page cipher that writes a commit's WAL frames to the file in a few
// large writes instead of two per frame, and reads a frame's header with its page in one call.
#pragma once

#include <cstdint>

namespace casebook {

// The name of the SQLite VFS a store connection opens with: SQLite3 Multiple Ciphers' cipher
// layer over the WAL layer below, over the operating system's "unix" VFS. Registers both on
// the first call (thread-safe). Nullptr if they could not be registered; the caller then opens
// with SQLite's default VFS (the cipher layer over "unix" directly).
//
// What changes for the WAL file, and only for it:
// - SQLite writes each frame as two writes (a 24-byte header, then the page). Consecutive
//   writes that append frames are gathered in a buffer of up to kWalWriteBufferBytes (128 KB) and
//   written with one call when the buffer is full, when a write does not follow on, before any
//   other operation on the file (read, sync, truncate, size, lock, file control, close), and right
//   after the page of a commit frame (a header whose "database size" field is not zero). So when a
//   commit returns, its frames are in the file as before: another connection that sees the
//   commit reads them, and a process killed after a commit has not lost it. The sync points
//   are SQLite's own (synchronous=NORMAL: at checkpoints), unchanged. A write over bytes this
//   handle already wrote since the WAL's header (a page written again in one transaction, or
//   the frame headers SQLite rewrites with new checksums after writing the commit frame) is
//   not gathered: it goes to the file at once, after what was gathered.
// - The database file's writes between SQLITE_FCNTL_CKPT_START and SQLITE_FCNTL_CKPT_DONE (a
//   checkpoint copying pages into it, in page order) are gathered the same way, up to
//   kWalWriteBufferBytes of consecutive pages, and written before any other call on that file. A
//   checkpoint ends its copying with a file control (SQLITE_FCNTL_CKPT_DONE) before it truncates,
//   syncs and records the pages as copied, so they are in the file, and synced, before SQLite
//   counts on them; a failed write then fails the checkpoint's next call, since SQLite does not
//   read that file control's result.
// - A read of a whole page at a frame's page offset also reads the frame's 24-byte header in
//   the same call, and the next read on that file, if it asks for bytes of that header (the
//   cipher reads the page number there), is answered from it. Any other call forgets it.
const char* wal_io_vfs_name();

// Connections opened after use_wal_io_layer(false) open with SQLite's default VFS, as before
// this layer (for benches and tests comparing the two in one process). On by default.
void use_wal_io_layer(bool on);

// SQLite's unix VFS writes at most 128 KB less one byte a call (its seekAndWrite masks the
// length with 0x1ffff, and a longer write comes back short as "disk full"), so the buffer is that
// size: 15 frames of 8 KB pages a write.
constexpr int64_t kWalWriteBufferBytes = 0x1ffff;

// What the layer has done since the process started (all connections), for tests and benches.
struct WalIoCounts {
  int64_t wal_writes_asked = 0;    // xWrite calls SQLite made on WAL files
  int64_t wal_writes_issued = 0;   // writes the layer made to WAL files
  int64_t commit_flushes = 0;      // writes made because a commit frame's page came
  int64_t header_reads_saved = 0;  // reads answered from a frame header read with its page
  int64_t db_writes_asked = 0;     // xWrite calls SQLite made on database files
  int64_t db_writes_issued = 0;    // writes the layer made to database files
};
WalIoCounts wal_io_counts();

}  // namespace casebook
