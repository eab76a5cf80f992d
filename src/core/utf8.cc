// UTF-8 validation, repair and decoding (RFC 3629).
#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace casebook {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 when it is ill-formed.
int sequence_length(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  size_t n = s.size();
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return (i + 1 < n && (b(i + 1) & 0xC0) == 0x80) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (i + 2 >= n) return 0;
    unsigned char c1 = b(i + 1);
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80) return 0;
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (i + 3 >= n) return 0;
    unsigned char c1 = b(i + 1);
    if ((c1 & 0xC0) != 0x80 || (b(i + 2) & 0xC0) != 0x80 || (b(i + 3) & 0xC0) != 0x80) return 0;
    if (c == 0xF0 && c1 < 0x90) return 0;
    if (c == 0xF4 && c1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  size_t i = 0;
  while (i < bytes.size()) {
    // Pages are mostly ASCII: eight bytes at a time while no high bit is set.
    while (i + 8 <= bytes.size()) {
      uint64_t word;
      std::memcpy(&word, bytes.data() + i, 8);
      if (word & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= bytes.size()) break;
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    int len = sequence_length(bytes, i);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

size_t repair_utf8(std::string_view bytes, std::string* out) {
  out->clear();
  out->reserve(bytes.size());
  size_t replaced = 0;
  size_t i = 0;
  while (i < bytes.size()) {
    int len = sequence_length(bytes, i);
    if (len == 0) {
      out->append("\xEF\xBF\xBD");
      ++replaced;
      ++i;
      // Skip the continuation bytes of the broken sequence, so one error gives one U+FFFD.
      while (i < bytes.size() && (static_cast<unsigned char>(bytes[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    out->append(bytes.substr(i, len));
    i += len;
  }
  return replaced;
}

char32_t decode_utf8(std::string_view s, size_t pos, int* len) {
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  auto cont = [&](size_t k) -> char32_t {
    return pos + k < s.size() ? (static_cast<unsigned char>(s[pos + k]) & 0x3F) : 0;
  };
  if ((c & 0xE0) == 0xC0) {
    *len = 2;
    return ((c & 0x1F) << 6) | cont(1);
  }
  if ((c & 0xF0) == 0xE0) {
    *len = 3;
    return ((c & 0x0F) << 12) | (cont(1) << 6) | cont(2);
  }
  *len = 4;
  return ((c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

void append_utf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace casebook
