// The WAL layer below the page cipher (see wal_io_vfs.h): each frame's header and page, and the
// frames of one commit, reach the WAL file in a few writes; a checkpoint's two reads per frame
// become one, and its run of consecutive pages reaches the database file in a few writes. Every
// other file and call passes through to the "unix" VFS unchanged.
#include "store/wal_io_vfs.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

extern "C" int sqlite3mc_vfs_create(const char* zVfsReal, int makeDefault);

namespace casebook {
namespace {

constexpr char kLayerName[] = "casebook-wal";
constexpr char kCipherOverLayerName[] = "multipleciphers-casebook-wal";
constexpr int kFrameHeaderBytes = 24;  // WAL_FRAME_HDRSIZE
constexpr int kWalHeaderBytes = 32;    // WAL_HDRSIZE
constexpr int kSmallestPage = 512;

std::atomic<int64_t> g_writes_asked{0}, g_writes_issued{0}, g_commit_flushes{0},
    g_header_reads_saved{0}, g_db_writes_asked{0}, g_db_writes_issued{0};

void count(std::atomic<int64_t>& c) { c.fetch_add(1, std::memory_order_relaxed); }

std::atomic<bool> g_layer_on{true};

sqlite3_vfs* g_real = nullptr;  // "unix", set once before the layer is registered

struct LayerFile {
  sqlite3_file base;   // base.pMethods: this layer's methods
  sqlite3_file* real;  // the real file, in the bytes after this struct
  bool wal;
  bool main_db;  // its writes (a checkpoint's pages) are gathered too, but never by commit
  // The database file between SQLITE_FCNTL_CKPT_START and SQLITE_FCNTL_CKPT_DONE: only then
  // are its writes gathered (SQLite's rollback journal, at a store's creation, counts on each
  // write being in the file before the journal goes).
  bool checkpointing;
  // The WAL: where the frames this handle wrote since it last wrote the WAL's header end. A
  // write below it rewrites bytes already written (a page written again within a transaction,
  // or the frame headers SQLite rewrites with new checksums after the commit frame) and goes to
  // the file at once: only appended frames are gathered.
  sqlite3_int64 wal_end;
  // A failed write of gathered bytes that SQLite could not see (it ignores the result of
  // SQLITE_FCNTL_CKPT_DONE, which ends a checkpoint's writes): told to the next call instead,
  // so the checkpoint's truncate or sync fails and the pages are not counted as copied.
  int held_error;
  // Writes gathered and not yet issued: [pending_at, pending_at + pending_len).
  unsigned char* pending;
  int64_t pending_len;
  sqlite3_int64 pending_at;
  bool flush_after_next_write;  // a commit frame's header was gathered; its page is next
  // A frame header read with its page, answered once to the next read inside it.
  unsigned char header[kFrameHeaderBytes];
  sqlite3_int64 header_at;
  bool header_kept;
  // Room for a frame read whole (header and page).
  unsigned char* frame;
  int frame_capacity;
};

sqlite3_file* real_of(sqlite3_file* f) { return reinterpret_cast<LayerFile*>(f)->real; }

int flush(LayerFile* f) {
  if (f->pending_len == 0) return SQLITE_OK;
  int rc = f->real->pMethods->xWrite(f->real, f->pending, static_cast<int>(f->pending_len),
                                     f->pending_at);
  count(f->wal ? g_writes_issued : g_db_writes_issued);
  f->pending_len = 0;
  f->flush_after_next_write = false;
  return rc;
}

// Before any call but a gathered write: the file must hold everything SQLite has written.
int settle(sqlite3_file* file) {
  auto* f = reinterpret_cast<LayerFile*>(file);
  f->header_kept = false;
  if (f->held_error != SQLITE_OK) {
    int rc = f->held_error;
    f->held_error = SQLITE_OK;
    f->pending_len = 0;
    return rc;
  }
  int rc = flush(f);
  if (rc != SQLITE_OK) f->held_error = rc;
  return rc;
}

int layer_close(sqlite3_file* file) {
  auto* f = reinterpret_cast<LayerFile*>(file);
  int rc = flush(f);
  int rc_close = f->real->pMethods->xClose(f->real);
  std::free(f->pending);
  std::free(f->frame);
  f->pending = nullptr;
  f->frame = nullptr;
  return rc != SQLITE_OK ? rc : rc_close;
}

int layer_read(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset) {
  auto* f = reinterpret_cast<LayerFile*>(file);
  if (!f->wal) {
    if (f->main_db) {
      int rc = settle(file);
      if (rc != SQLITE_OK) return rc;
    }
    return f->real->pMethods->xRead(f->real, out, amount, offset);
  }
  const bool header_kept = f->header_kept;
  int rc = settle(file);  // forgets the header: it answers this read only
  if (rc != SQLITE_OK) return rc;
  if (header_kept) {
    if (offset >= f->header_at && offset + amount <= f->header_at + kFrameHeaderBytes) {
      std::memcpy(out, f->header + (offset - f->header_at), static_cast<size_t>(amount));
      count(g_header_reads_saved);
      return SQLITE_OK;
    }
  }
  // A whole page at a frame's page offset: read the frame's header with it.
  const sqlite3_int64 frame_bytes = sqlite3_int64{amount} + kFrameHeaderBytes;
  if (amount >= kSmallestPage && offset >= kWalHeaderBytes + kFrameHeaderBytes &&
      (offset - kWalHeaderBytes - kFrameHeaderBytes) % frame_bytes == 0) {
    if (f->frame_capacity < frame_bytes) {
      void* grown = std::realloc(f->frame, static_cast<size_t>(frame_bytes));
      if (grown == nullptr) return SQLITE_IOERR_NOMEM;
      f->frame = static_cast<unsigned char*>(grown);
      f->frame_capacity = static_cast<int>(frame_bytes);
    }
    rc = f->real->pMethods->xRead(f->real, f->frame, static_cast<int>(frame_bytes),
                                  offset - kFrameHeaderBytes);
    if (rc == SQLITE_OK) {
      std::memcpy(out, f->frame + kFrameHeaderBytes, static_cast<size_t>(amount));
      std::memcpy(f->header, f->frame, kFrameHeaderBytes);
      f->header_at = offset - kFrameHeaderBytes;
      f->header_kept = true;
      return SQLITE_OK;
    }
    // A short frame (the WAL ends inside it): read what SQLite asked for, as it asked.
  }
  return f->real->pMethods->xRead(f->real, out, amount, offset);
}

bool is_commit_frame_header(const void* data, int amount, sqlite3_int64 offset) {
  if (amount != kFrameHeaderBytes || offset < kWalHeaderBytes) return false;
  const auto* b = static_cast<const unsigned char*>(data);
  return (b[4] | b[5] | b[6] | b[7]) != 0;  // the database size after a commit, else zero
}

int layer_write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset) {
  auto* f = reinterpret_cast<LayerFile*>(file);
  if (!f->wal && !f->main_db) return f->real->pMethods->xWrite(f->real, data, amount, offset);
  if (f->held_error != SQLITE_OK) return settle(file);
  if (f->wal) count(g_writes_asked);
  if (f->main_db) count(g_db_writes_asked);
  f->header_kept = false;
  const bool commit_page = f->flush_after_next_write;
  bool gather = f->checkpointing;
  if (f->wal) {
    if (offset == 0) f->wal_end = 0;  // the header of a new log: frames start again after it
    gather = offset >= f->wal_end;
    if (offset + amount > f->wal_end) f->wal_end = offset + amount;
  }
  if (!gather) {
    int rc = flush(f);
    if (rc != SQLITE_OK) return rc;
    count(f->wal ? g_writes_issued : g_db_writes_issued);
    return f->real->pMethods->xWrite(f->real, data, amount, offset);
  }
  if (f->pending_len > 0 && offset != f->pending_at + f->pending_len) {
    int rc = flush(f);
    if (rc != SQLITE_OK) return rc;
  }
  if (f->pending_len + amount > kWalWriteBufferBytes) {
    int rc = flush(f);
    if (rc != SQLITE_OK) return rc;
    if (amount > kWalWriteBufferBytes) {
      count(f->wal ? g_writes_issued : g_db_writes_issued);
      return f->real->pMethods->xWrite(f->real, data, amount, offset);
    }
  }
  if (f->pending == nullptr) {
    f->pending = static_cast<unsigned char*>(std::malloc(kWalWriteBufferBytes));
    if (f->pending == nullptr) {
      count(f->wal ? g_writes_issued : g_db_writes_issued);
      return f->real->pMethods->xWrite(f->real, data, amount, offset);
    }
  }
  if (f->pending_len == 0) f->pending_at = offset;
  std::memcpy(f->pending + f->pending_len, data, static_cast<size_t>(amount));
  f->pending_len += amount;
  if (commit_page) {
    count(g_commit_flushes);
    return flush(f);
  }
  if (f->wal && is_commit_frame_header(data, amount, offset)) f->flush_after_next_write = true;
  return SQLITE_OK;
}

int layer_truncate(sqlite3_file* file, sqlite3_int64 size) {
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xTruncate(real_of(file), size);
}
int layer_sync(sqlite3_file* file, int flags) {
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xSync(real_of(file), flags);
}
int layer_file_size(sqlite3_file* file, sqlite3_int64* size) {
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xFileSize(real_of(file), size);
}
int layer_lock(sqlite3_file* file, int level) {
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xLock(real_of(file), level);
}
int layer_unlock(sqlite3_file* file, int level) {
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xUnlock(real_of(file), level);
}
int layer_check_reserved(sqlite3_file* file, int* out) {
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xCheckReservedLock(real_of(file), out);
}
int layer_file_control(sqlite3_file* file, int op, void* arg) {
  auto* f = reinterpret_cast<LayerFile*>(file);
  if (f->main_db && op == SQLITE_FCNTL_CKPT_START) f->checkpointing = true;
  if (f->main_db && op == SQLITE_FCNTL_CKPT_DONE) f->checkpointing = false;
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xFileControl(real_of(file), op, arg);
}
int layer_sector_size(sqlite3_file* file) {
  return real_of(file)->pMethods->xSectorSize(real_of(file));
}
int layer_device_characteristics(sqlite3_file* file) {
  return real_of(file)->pMethods->xDeviceCharacteristics(real_of(file));
}
int layer_shm_map(sqlite3_file* file, int region, int size, int extend, void volatile** out) {
  settle(file);
  return real_of(file)->pMethods->xShmMap(real_of(file), region, size, extend, out);
}
int layer_shm_lock(sqlite3_file* file, int at, int n, int flags) {
  settle(file);
  return real_of(file)->pMethods->xShmLock(real_of(file), at, n, flags);
}
void layer_shm_barrier(sqlite3_file* file) {
  settle(file);
  real_of(file)->pMethods->xShmBarrier(real_of(file));
}
int layer_shm_unmap(sqlite3_file* file, int delete_flag) {
  settle(file);
  return real_of(file)->pMethods->xShmUnmap(real_of(file), delete_flag);
}
int layer_fetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out) {
  int rc = settle(file);
  if (rc != SQLITE_OK) return rc;
  return real_of(file)->pMethods->xFetch(real_of(file), offset, amount, out);
}
int layer_unfetch(sqlite3_file* file, sqlite3_int64 offset, void* p) {
  return real_of(file)->pMethods->xUnfetch(real_of(file), offset, p);
}

// One method table per version of the real file's, so SQLite sees the same capabilities.
sqlite3_io_methods g_methods[4];

void fill_methods() {
  for (int v = 1; v <= 3; ++v) {
    sqlite3_io_methods& m = g_methods[v];
    m.iVersion = v;
    m.xClose = layer_close;
    m.xRead = layer_read;
    m.xWrite = layer_write;
    m.xTruncate = layer_truncate;
    m.xSync = layer_sync;
    m.xFileSize = layer_file_size;
    m.xLock = layer_lock;
    m.xUnlock = layer_unlock;
    m.xCheckReservedLock = layer_check_reserved;
    m.xFileControl = layer_file_control;
    m.xSectorSize = layer_sector_size;
    m.xDeviceCharacteristics = layer_device_characteristics;
    if (v >= 2) {
      m.xShmMap = layer_shm_map;
      m.xShmLock = layer_shm_lock;
      m.xShmBarrier = layer_shm_barrier;
      m.xShmUnmap = layer_shm_unmap;
    }
    if (v >= 3) {
      m.xFetch = layer_fetch;
      m.xUnfetch = layer_unfetch;
    }
  }
}

constexpr int real_file_offset() { return static_cast<int>((sizeof(LayerFile) + 7) / 8 * 8); }

int layer_open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
  auto* f = reinterpret_cast<LayerFile*>(file);
  std::memset(f, 0, sizeof(LayerFile));
  f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + real_file_offset());
  f->wal = (flags & SQLITE_OPEN_WAL) != 0;
  f->main_db = (flags & SQLITE_OPEN_MAIN_DB) != 0;
  int rc = g_real->xOpen(g_real, name, f->real, flags, out_flags);
  const sqlite3_io_methods* real_methods = f->real->pMethods;
  if (real_methods == nullptr) {
    f->base.pMethods = nullptr;  // nothing to close
    return rc;
  }
  int version = real_methods->iVersion;
  if (version < 1) version = 1;
  if (version > 3) version = 3;
  f->base.pMethods = &g_methods[version];
  return rc;
}

int layer_delete(sqlite3_vfs*, const char* name, int sync_dir) {
  return g_real->xDelete(g_real, name, sync_dir);
}
int layer_access(sqlite3_vfs*, const char* name, int flags, int* out) {
  return g_real->xAccess(g_real, name, flags, out);
}
int layer_full_pathname(sqlite3_vfs*, const char* name, int n, char* out) {
  return g_real->xFullPathname(g_real, name, n, out);
}
int layer_randomness(sqlite3_vfs*, int n, char* out) { return g_real->xRandomness(g_real, n, out); }
int layer_sleep(sqlite3_vfs*, int us) { return g_real->xSleep(g_real, us); }
int layer_current_time(sqlite3_vfs*, double* out) { return g_real->xCurrentTime(g_real, out); }
int layer_last_error(sqlite3_vfs*, int n, char* out) {
  return g_real->xGetLastError(g_real, n, out);
}
int layer_current_time_int64(sqlite3_vfs*, sqlite3_int64* out) {
  return g_real->xCurrentTimeInt64(g_real, out);
}
int layer_set_system_call(sqlite3_vfs*, const char* name, sqlite3_syscall_ptr p) {
  return g_real->xSetSystemCall(g_real, name, p);
}
sqlite3_syscall_ptr layer_get_system_call(sqlite3_vfs*, const char* name) {
  return g_real->xGetSystemCall(g_real, name);
}
const char* layer_next_system_call(sqlite3_vfs*, const char* name) {
  return g_real->xNextSystemCall(g_real, name);
}

sqlite3_vfs g_layer;

const char* register_layers() {
  if (sqlite3_initialize() != SQLITE_OK) return nullptr;
  g_real = sqlite3_vfs_find("unix");
  if (g_real == nullptr || g_real->iVersion < 3) return nullptr;
  fill_methods();
  g_layer.iVersion = 3;
  g_layer.szOsFile = real_file_offset() + g_real->szOsFile;
  g_layer.mxPathname = g_real->mxPathname;
  g_layer.zName = kLayerName;
  g_layer.xOpen = layer_open;
  g_layer.xDelete = layer_delete;
  g_layer.xAccess = layer_access;
  g_layer.xFullPathname = layer_full_pathname;
  g_layer.xRandomness = layer_randomness;
  g_layer.xSleep = layer_sleep;
  g_layer.xCurrentTime = layer_current_time;
  g_layer.xGetLastError = layer_last_error;
  g_layer.xCurrentTimeInt64 = layer_current_time_int64;
  g_layer.xSetSystemCall = layer_set_system_call;
  g_layer.xGetSystemCall = layer_get_system_call;
  g_layer.xNextSystemCall = layer_next_system_call;
  if (sqlite3_vfs_register(&g_layer, 0) != SQLITE_OK) return nullptr;
  if (sqlite3mc_vfs_create(kLayerName, 0) != SQLITE_OK) return nullptr;
  if (sqlite3_vfs_find(kCipherOverLayerName) == nullptr) return nullptr;
  return kCipherOverLayerName;
}

}  // namespace

const char* wal_io_vfs_name() {
  static const char* const name = register_layers();
  return g_layer_on.load(std::memory_order_relaxed) ? name : nullptr;
}

void use_wal_io_layer(bool on) { g_layer_on.store(on, std::memory_order_relaxed); }

WalIoCounts wal_io_counts() {
  WalIoCounts c;
  c.wal_writes_asked = g_writes_asked.load(std::memory_order_relaxed);
  c.wal_writes_issued = g_writes_issued.load(std::memory_order_relaxed);
  c.commit_flushes = g_commit_flushes.load(std::memory_order_relaxed);
  c.header_reads_saved = g_header_reads_saved.load(std::memory_order_relaxed);
  c.db_writes_asked = g_db_writes_asked.load(std::memory_order_relaxed);
  c.db_writes_issued = g_db_writes_issued.load(std::memory_order_relaxed);
  return c;
}

}  // namespace casebook
