// The "chacha20" page cipher of SQLite3 Multiple Ciphers, registered again with libsodium's
// ChaCha20 and Poly1305: the built-in one is portable C and was a fifth of storing's work.
#include "store/page_cipher.h"

#include <pthread.h>
#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <vector>

namespace casebook {
namespace {

// The "chacha20" scheme's constants (cipher_chacha20.c in SQLite3 Multiple Ciphers).
constexpr int kKeyLength = 32;
constexpr int kSaltLength = 16;
constexpr int kNonceLength = 16;
constexpr int kTagLength = 16;
constexpr int kReserved = kNonceLength + kTagLength;
constexpr int kOneTimeKeyLength = 64;
constexpr int kDefaultKdfIterations = 64007;
constexpr int kPage1Offset = 24;  // page 1 keeps its first 24 bytes: salt, then header fields
const unsigned char kSqliteHeader[16] = "SQLite format 3";

struct PageCipher {
  int kdf_iterations;
  uint8_t key[kKeyLength];
  uint8_t salt[kSaltLength];
};

uint32_t load32_le(const uint8_t* p) {
  return uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
}

// Nonces: a per-thread buffer of kernel randomness, refilled every 32 pages (getrandom for
// each page would be a system call per page written). A forked child drops its copy.
std::atomic<unsigned> fork_generation{0};
std::atomic<bool> prefer_builtin{false};
std::atomic<uint64_t> pages_done{0};
std::atomic<uint64_t> pages_reused{0};
void after_fork_in_child() { fork_generation.fetch_add(1, std::memory_order_relaxed); }

void random_nonce(uint8_t* out) {
  thread_local uint8_t buffer[kNonceLength * 32];
  thread_local size_t used = sizeof(buffer);
  thread_local unsigned generation = 0;
  unsigned now = fork_generation.load(std::memory_order_relaxed);
  if (used == sizeof(buffer) || generation != now) {
    randombytes_buf(buffer, sizeof(buffer));
    used = 0;
    generation = now;
  }
  std::memcpy(out, buffer + used, kNonceLength);
  sodium_memzero(buffer + used, kNonceLength);
  used += kNonceLength;
}

// The page this thread last decrypted with a good tag: its bytes as stored and as read. A
// checkpoint reads each WAL frame (decrypting it) and writes the same page to the database
// file (encrypting it again under a new nonce); with this, the write gives back the frame's
// own bytes when the page number, the key and every byte of the content are the same. Those
// bytes are what encrypting under the frame's nonce would give, so nothing new is revealed.
// Pages with different content, or another key (a rekey reads under the old key and writes
// under the new), are encrypted as before. Page 1 is left out: it carries the salt.
struct DecryptedPage {
  int page = 0;
  uint8_t key[kKeyLength];
  std::vector<uint8_t> stored, plain;
};
thread_local DecryptedPage last_decrypted;

// PBKDF2-HMAC-SHA256, as SQLite3 Multiple Ciphers' fastpbkdf2 computes it for one 32-byte
// block: the keyed HMAC state is made once and copied for each of the iterations.
void pbkdf2_sha256(const uint8_t* password, size_t password_length, const uint8_t* salt,
                   int iterations, uint8_t out[kKeyLength]) {
  crypto_auth_hmacsha256_state keyed, st;
  crypto_auth_hmacsha256_init(&keyed, password, password_length);
  const uint8_t block_index[4] = {0, 0, 0, 1};
  uint8_t u[kKeyLength];
  st = keyed;
  crypto_auth_hmacsha256_update(&st, salt, kSaltLength);
  crypto_auth_hmacsha256_update(&st, block_index, sizeof(block_index));
  crypto_auth_hmacsha256_final(&st, u);
  std::memcpy(out, u, kKeyLength);
  for (int i = 1; i < iterations; ++i) {
    st = keyed;
    crypto_auth_hmacsha256_update(&st, u, sizeof(u));
    crypto_auth_hmacsha256_final(&st, u);
    for (int j = 0; j < kKeyLength; ++j) out[j] ^= u[j];
  }
  sodium_memzero(u, sizeof(u));
  sodium_memzero(&st, sizeof(st));
  sodium_memzero(&keyed, sizeof(keyed));
}

bool is_hex(const char* p, int n) {
  for (int i = 0; i < n; ++i) {
    char c = p[i];
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
      return false;
    }
  }
  return true;
}

int hex_value(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c - 'a' + 10;
}

void hex_to_bytes(const char* hex, int n, uint8_t* out) {
  for (int i = 0; i < n; i += 2)
    out[i / 2] = static_cast<uint8_t>(hex_value(hex[i]) << 4 | hex_value(hex[i + 1]));
}

// A key given raw rather than as a passphrase, in the forms sqlite3mcExtractRawKey accepts:
// "raw:" and 32 bytes (plus the 16-byte salt), or their hex, or x'hex' (SQLCipher's syntax,
// whose closing character is not checked there either). `key_only` keeps the salt read from
// the file.
bool extract_raw_key(const char* password, int length, bool key_only, PageCipher* c) {
  if (length > 4 && std::memcmp(password, "raw:", 4) == 0) {
    const char* raw = password + 4;
    int n = length - 4;
    if (n == kKeyLength + kSaltLength) {
      if (!key_only) std::memcpy(c->salt, raw + kKeyLength, kSaltLength);
      std::memcpy(c->key, raw, kKeyLength);
      return true;
    }
    if (n == kKeyLength) {
      std::memcpy(c->key, raw, kKeyLength);
      return true;
    }
    if (n == 2 * kKeyLength && is_hex(raw, n)) {
      hex_to_bytes(raw, n, c->key);
      return true;
    }
    if (n == 2 * (kKeyLength + kSaltLength) && is_hex(raw, n)) {
      hex_to_bytes(raw, 2 * kKeyLength, c->key);
      if (!key_only) hex_to_bytes(raw + 2 * kKeyLength, 2 * kSaltLength, c->salt);
      return true;
    }
    return false;
  }
  if (length < 2 || sqlite3_strnicmp(password, "x'", 2) != 0) return false;
  if (length == 2 * kKeyLength + 3 && is_hex(password + 2, 2 * kKeyLength)) {
    hex_to_bytes(password + 2, 2 * kKeyLength, c->key);
    return true;
  }
  if (length == 2 * (kKeyLength + kSaltLength) + 3 &&
      is_hex(password + 2, 2 * (kKeyLength + kSaltLength))) {
    hex_to_bytes(password + 2, 2 * kKeyLength, c->key);
    if (!key_only) hex_to_bytes(password + 2 + 2 * kKeyLength, 2 * kSaltLength, c->salt);
    return true;
  }
  return false;
}

// The page's one-time key: the first ChaCha20 block of the nonce at the counter. Its second
// half keys the page's stream, its first half the Poly1305 tag.
uint32_t one_time_key(const PageCipher* c, int page, const uint8_t* nonce,
                      uint8_t otk[kOneTimeKeyLength]) {
  uint32_t counter = load32_le(nonce + kNonceLength - 4) ^ static_cast<uint32_t>(page);
  std::memset(otk, 0, kOneTimeKeyLength);
  page_chacha20_xor(otk, kOneTimeKeyLength, c->key, nonce, counter);
  return counter;
}

// SQLite3 Multiple Ciphers calls these through its C descriptor; static, so that their
// names stay inside this file.
extern "C" {

static void* allocate_cipher(sqlite3* db) {
  auto* c = static_cast<PageCipher*>(sqlite3_malloc(sizeof(PageCipher)));
  if (c == nullptr) return nullptr;
  std::memset(c, 0, sizeof(*c));
  int iterations = sqlite3mc_config_cipher(db, kPageCipherName, "kdf_iter", -1);
  c->kdf_iterations = iterations > 0 ? iterations : kDefaultKdfIterations;
  return c;
}

static void free_cipher(void* cipher) {
  DecryptedPage& last = last_decrypted;
  if (std::memcmp(last.key, static_cast<PageCipher*>(cipher)->key, kKeyLength) == 0) {
    sodium_memzero(last.key, kKeyLength);
    if (!last.plain.empty()) sodium_memzero(last.plain.data(), last.plain.size());
    last.page = 0;
  }
  sodium_memzero(cipher, sizeof(PageCipher));
  sqlite3_free(cipher);
}

static void clone_cipher(void* to, void* from) { std::memcpy(to, from, sizeof(PageCipher)); }

static int get_legacy(void*) { return 0; }
static int get_page_size(void*) { return 0; }  // only the legacy (sqleet) mode fixes a page size
static int get_reserved(void*) { return kReserved; }
static unsigned char* get_salt(void* cipher) { return static_cast<PageCipher*>(cipher)->salt; }

static void generate_key(void* cipher, char* password, int length, int rekey, unsigned char* salt) {
  auto* c = static_cast<PageCipher*>(cipher);
  bool key_only = true;
  if (rekey || salt == nullptr) {
    randombytes_buf(c->salt, kSaltLength);
    key_only = false;
  } else {
    std::memcpy(c->salt, salt, kSaltLength);
  }
  if (!extract_raw_key(password, length, key_only, c)) {
    pbkdf2_sha256(reinterpret_cast<const uint8_t*>(password), static_cast<size_t>(length), c->salt,
                  c->kdf_iterations, c->key);
  }
}

static int encrypt_page(void* cipher, int page, unsigned char* data, int len, int reserved) {
  auto* c = static_cast<PageCipher*>(cipher);
  pages_done.fetch_add(1, std::memory_order_relaxed);
  if (reserved < kReserved) return SQLITE_CORRUPT;
  int n = len - kReserved;
  DecryptedPage& last = last_decrypted;
  if (page != 1 && page == last.page && static_cast<size_t>(len) == last.stored.size() &&
      std::memcmp(c->key, last.key, kKeyLength) == 0 &&
      std::memcmp(data, last.plain.data(), static_cast<size_t>(n)) == 0) {
    std::memcpy(data, last.stored.data(), static_cast<size_t>(len));
    pages_reused.fetch_add(1, std::memory_order_relaxed);
    return SQLITE_OK;
  }
  int offset = page == 1 ? kPage1Offset : 0;
  uint8_t* nonce = data + n;
  random_nonce(nonce);
  uint8_t otk[kOneTimeKeyLength];
  uint32_t counter = one_time_key(c, page, nonce, otk);
  page_chacha20_xor(data + offset, static_cast<size_t>(n - offset), otk + 32, nonce, counter + 1);
  if (page == 1) std::memcpy(data, c->salt, kSaltLength);
  crypto_onetimeauth_poly1305(data + n + kNonceLength, data,
                              static_cast<unsigned long long>(n + kNonceLength), otk);
  sodium_memzero(otk, sizeof(otk));
  return SQLITE_OK;
}

static int decrypt_page(void* cipher, int page, unsigned char* data, int len, int reserved,
                        int check_tag) {
  auto* c = static_cast<PageCipher*>(cipher);
  int bad = page == 1 ? SQLITE_NOTADB : SQLITE_CORRUPT;
  pages_done.fetch_add(1, std::memory_order_relaxed);
  if (reserved < kReserved) return bad;
  int n = len - kReserved;
  int offset = page == 1 ? kPage1Offset : 0;
  const uint8_t* nonce = data + n;
  DecryptedPage& last = last_decrypted;
  last.page = 0;
  bool keep = page != 1 && check_tag;
  if (keep) last.stored.assign(data, data + len);
  uint8_t otk[kOneTimeKeyLength];
  uint32_t counter = one_time_key(c, page, nonce, otk);
  uint8_t tag[kTagLength];
  crypto_onetimeauth_poly1305(tag, data, static_cast<unsigned long long>(n + kNonceLength), otk);
  page_chacha20_xor(data + offset, static_cast<size_t>(n - offset), otk + 32, nonce, counter + 1);
  sodium_memzero(otk, sizeof(otk));
  int rc = SQLITE_OK;
  if (check_tag && crypto_verify_16(tag, data + n + kNonceLength) != 0) rc = bad;
  if (page == 1 && rc == SQLITE_OK) std::memcpy(data, kSqliteHeader, sizeof(kSqliteHeader));
  if (keep && rc == SQLITE_OK) {
    last.plain.assign(data, data + n);
    std::memcpy(last.key, c->key, kKeyLength);
    last.page = page;
  }
  return rc;
}

}  // extern "C"

const CipherDescriptor kDescriptor = {kPageCipherName, allocate_cipher, free_cipher,  clone_cipher,
                                      get_legacy,      get_page_size,   get_reserved, get_salt,
                                      generate_key,    encrypt_page,    decrypt_page};

const CipherParams kParams[] = {
    {"kdf_iter", kDefaultKdfIterations, kDefaultKdfIterations, 1, 0x7fffffff},
    {"", 0, 0, 0, 0},
};

}  // namespace

void page_chacha20_xor(uint8_t* data, size_t n, const uint8_t key[32], const uint8_t nonce[12],
                       uint32_t counter) {
  // Blocks left before the 32-bit counter wraps; libsodium is given at most that many at once.
  uint64_t before_wrap = (uint64_t{1} << 32) - counter;
  if ((n + 63) / 64 > before_wrap) {
    size_t first = static_cast<size_t>(before_wrap * 64);
    crypto_stream_chacha20_ietf_xor_ic(data, data, first, nonce, counter, key);
    data += first;
    n -= first;
    counter = 0;
  }
  crypto_stream_chacha20_ietf_xor_ic(data, data, n, nonce, counter, key);
}

bool register_page_cipher() {
  static bool registered = [] {
    // sodium_init picks the vectorised ChaCha20 and Poly1305; before it, the portable ones.
    if (sodium_init() < 0) return false;
    pthread_atfork(nullptr, nullptr, after_fork_in_child);
    return sqlite3mc_register_cipher(&kDescriptor, kParams, 0) == SQLITE_OK;
  }();
  return registered;
}

bool select_page_cipher(sqlite3* db) {
  if (prefer_builtin.load(std::memory_order_relaxed) || !register_page_cipher()) return false;
  int index = sqlite3mc_cipher_index(kPageCipherName);
  return index > 0 && sqlite3mc_config(db, "cipher", index) == index;
}

uint64_t page_cipher_pages() { return pages_done.load(std::memory_order_relaxed); }

uint64_t page_cipher_pages_reused() { return pages_reused.load(std::memory_order_relaxed); }

void prefer_builtin_page_cipher() { prefer_builtin.store(true, std::memory_order_relaxed); }

}  // namespace casebook
