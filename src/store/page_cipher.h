// The store's page cipher: SQLite3 Multiple Ciphers' "chacha20" page format and key
// derivation, computed with libsodium's vectorised ChaCha20 and Poly1305.
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>

namespace casebook {

// The name the cipher is registered under with SQLite3 Multiple Ciphers.
inline constexpr const char* kPageCipherName = "chacha20_sodium";

// Registers the cipher with SQLite3 Multiple Ciphers (the first call does it; later calls
// only report the outcome). Its pages are byte-for-byte those of the built-in "chacha20"
// scheme (PBKDF2-SHA256 key from the passphrase and the salt in the file's first 16 bytes,
// or a "raw:"/x'..' key; per page a 16-byte nonce, ChaCha20 under a one-time key, a Poly1305
// tag), so stores written by either open with the other. Pages without the 32 reserved bytes,
// which casebook never writes, are refused as corrupt. The process-wide default cipher is
// left as it is.
bool register_page_cipher();

// Makes the next sqlite3_key or sqlite3_rekey on `db` use this cipher. If it cannot, the
// built-in "chacha20" stays: the same format, only slower. Returns whether it did.
bool select_page_cipher(sqlite3* db);

// Pages this process has encrypted or decrypted with the cipher (the connection's settings
// say only what its next key will use, so this is how a test sees which cipher ran).
uint64_t page_cipher_pages();

// Pages written with the bytes they were just read with (a checkpoint copying a WAL frame
// into the database file), not encrypted again; counted in page_cipher_pages() too.
uint64_t page_cipher_pages_reused();

// From now on select_page_cipher leaves connections with the built-in scheme: for
// store_bench --builtin-cipher, which compares the two in one binary.
void prefer_builtin_page_cipher();

// ChaCha20 as the "chacha20" scheme runs it: a 32-bit block counter that wraps to 0 within
// the same nonce (libsodium's would carry into the nonce or refuse). XORs n bytes at data.
void page_chacha20_xor(uint8_t* data, size_t n, const uint8_t key[32], const uint8_t nonce[12],
                       uint32_t counter);

}  // namespace casebook
