// SHA-256 of a byte string, as lower-case hex (libsodium underneath).
#pragma once

#include <string>
#include <string_view>

namespace casebook {

std::string sha256_hex(std::string_view bytes);

}  // namespace casebook
