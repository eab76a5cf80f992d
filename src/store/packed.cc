// zstd packing of the store's large columns, and the SQL functions that read them back.
#include "store/packed.h"

#include <zstd.h>

namespace casebook {
namespace {

// One context per thread, kept: ZSTD_compress makes and clears a fresh one (about 1 MB of
// tables) per call, which was most of a document's packing time (bench/README.md).
ZSTD_CCtx* compression_context() {
  struct Context {
    ZSTD_CCtx* cctx = ZSTD_createCCtx();
    ~Context() { ZSTD_freeCCtx(cctx); }
  };
  thread_local Context context;
  return context.cctx;
}

// casebook_pack(x): x's bytes packed, as a BLOB; NULL stays NULL.
void sql_pack(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return sqlite3_result_null(ctx);
  const char* p = static_cast<const char*>(sqlite3_value_blob(argv[0]));
  int n = sqlite3_value_bytes(argv[0]);
  std::string out = pack(std::string_view(p ? p : "", static_cast<size_t>(n)));
  sqlite3_result_blob64(ctx, out.data(), out.size(), SQLITE_TRANSIENT);
}

// casebook_unpack(x, 'text'|'blob'): a BLOB unpacked; TEXT (stored before packing) as it is.
void sql_unpack(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  int type = sqlite3_value_type(argv[0]);
  if (type != SQLITE_BLOB) return sqlite3_result_value(ctx, argv[0]);
  const char* p = static_cast<const char*>(sqlite3_value_blob(argv[0]));
  int n = sqlite3_value_bytes(argv[0]);
  Result<std::string> out = unpack(std::string_view(p ? p : "", static_cast<size_t>(n)));
  if (!out.ok()) return sqlite3_result_error(ctx, out.status().message().c_str(), -1);
  bool as_text =
      argc > 1 &&
      std::string_view(reinterpret_cast<const char*>(sqlite3_value_text(argv[1]))) == "text";
  if (as_text) {
    sqlite3_result_text64(ctx, out->data(), out->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  } else {
    sqlite3_result_blob64(ctx, out->data(), out->size(), SQLITE_TRANSIENT);
  }
}

// casebook_raw(raw, text): documents.raw unpacked against the document's text (pack_against),
// as a BLOB; a frame packed alone (before version 8) unpacks the same; TEXT as it is.
void sql_raw(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) return sqlite3_result_value(ctx, argv[0]);
  const char* p = static_cast<const char*>(sqlite3_value_blob(argv[0]));
  const char* t = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
  std::string_view frame(p ? p : "", static_cast<size_t>(sqlite3_value_bytes(argv[0])));
  std::string_view text(t ? t : "", static_cast<size_t>(sqlite3_value_bytes(argv[1])));
  Result<std::string> out = unpack_against(frame, text);
  if (!out.ok()) return sqlite3_result_error(ctx, out.status().message().c_str(), -1);
  sqlite3_result_blob64(ctx, out->data(), out->size(), SQLITE_TRANSIENT);
}

}  // namespace

std::string pack(std::string_view bytes) {
  ZSTD_CCtx* cctx = compression_context();
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  size_t n =
      cctx ? ZSTD_compressCCtx(cctx, out.data(), out.size(), bytes.data(), bytes.size(), kPackLevel)
           : ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), kPackLevel);
  out.resize(ZSTD_isError(n) ? 0 : n);
  return out;
}

Result<std::string> unpack(std::string_view frame) {
  unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 31)) {
    return Status::InvalidInput("a packed column is damaged");
  }
  std::string out(size, '\0');
  size_t n = ZSTD_decompress(out.data(), out.size(), frame.data(), frame.size());
  if (ZSTD_isError(n) || n != size) return Status::InvalidInput("a packed column is damaged");
  return out;
}

std::string pack_against(std::string_view bytes, std::string_view prefix) {
  ZSTD_CCtx* cctx = compression_context();
  if (!cctx || ZSTD_isError(ZSTD_CCtx_reset(cctx, ZSTD_reset_session_and_parameters)) ||
      ZSTD_isError(ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, kPackLevel)) ||
      // A checksum, so that unpacking against any other text fails rather than misreads.
      ZSTD_isError(ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1)) ||
      ZSTD_isError(ZSTD_CCtx_refPrefix(cctx, prefix.data(), prefix.size()))) {
    return pack(bytes);
  }
  std::string out(ZSTD_compressBound(bytes.size()), '\0');
  size_t n = ZSTD_compress2(cctx, out.data(), out.size(), bytes.data(), bytes.size());
  if (ZSTD_isError(n)) return pack(bytes);
  out.resize(n);
  return out;
}

Result<std::string> unpack_against(std::string_view frame, std::string_view prefix) {
  struct Context {
    ZSTD_DCtx* dctx = ZSTD_createDCtx();
    ~Context() { ZSTD_freeDCtx(dctx); }
  };
  thread_local Context context;
  unsigned long long size = ZSTD_getFrameContentSize(frame.data(), frame.size());
  if (!context.dctx || size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN ||
      size > (1ull << 31)) {
    return Status::InvalidInput("a packed column is damaged");
  }
  std::string out(size, '\0');
  size_t n = ZSTD_DCtx_refPrefix(context.dctx, prefix.data(), prefix.size());
  if (!ZSTD_isError(n)) {
    n = ZSTD_decompressDCtx(context.dctx, out.data(), out.size(), frame.data(), frame.size());
  }
  if (ZSTD_isError(n) || n != size) return Status::InvalidInput("a packed column is damaged");
  return out;
}

int register_pack_functions(sqlite3* db) {
  int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc =
      sqlite3_create_function(db, "casebook_pack", 1, flags, nullptr, sql_pack, nullptr, nullptr);
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "casebook_unpack", 1, flags, nullptr, sql_unpack, nullptr,
                                 nullptr);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "casebook_unpack", 2, flags, nullptr, sql_unpack, nullptr,
                                 nullptr);
  }
  if (rc == SQLITE_OK) {
    rc = sqlite3_create_function(db, "casebook_raw", 2, flags, nullptr, sql_raw, nullptr, nullptr);
  }
  return rc;
}

}  // namespace casebook
