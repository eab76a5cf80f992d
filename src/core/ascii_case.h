// Lower-casing ASCII letters inline. std::tolower is a call into the C library for every byte;
// casebook never sets a locale, and in the "C" locale tolower maps exactly 'A'-'Z' and leaves
// every other byte as it is (the bytes of a UTF-8 letter included), which is what these do.
#pragma once

#include <string>

namespace casebook {

// std::tolower(c) in the "C" locale.
[[gnu::always_inline]] constexpr char ascii_lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c;
}

// Every byte of s through ascii_lower.
inline void ascii_lower_in_place(std::string& s) {
  for (char& c : s) c = ascii_lower(c);
}

}  // namespace casebook
