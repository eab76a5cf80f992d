// UTF-8 helpers: validation with repair, and small decoding utilities used by the tokenizer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace casebook {

// True when bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view bytes);

// Copies bytes, replacing every ill-formed sequence with U+FFFD. Returns how many were replaced.
size_t repair_utf8(std::string_view bytes, std::string* out);

// Decodes the code point at bytes[pos] (which must be valid UTF-8); sets *len to its length.
char32_t decode_utf8(std::string_view bytes, size_t pos, int* len);

// Appends the UTF-8 encoding of cp.
void append_utf8(char32_t cp, std::string* out);

}  // namespace casebook
