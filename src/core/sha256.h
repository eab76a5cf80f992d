// SHA-256 of a byte string, as lower-case hex (the x86 SHA extensions when present, else
// libsodium).
#pragma once

#include <string>
#include <string_view>

namespace casebook {

std::string sha256_hex(std::string_view bytes);

// The 32-byte digest. allow_cpu_extensions false always uses libsodium (for tests comparing
// the two).
void sha256(std::string_view bytes, unsigned char digest[32], bool allow_cpu_extensions = true);

}  // namespace casebook
