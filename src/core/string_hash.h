// A fast hash for the short strings lexicons are keyed by (words and short phrases), for
// std::unordered_map and set: std::hash<std::string_view> (murmur, byte-oriented) was 6.5% of
// all the work of an extraction, called about once per word per lexicon.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace casebook {

// Reads the key 8 bytes at a time (the last 1-7 bytes with two overlapping loads) and mixes
// with multiplies. Not for untrusted keys on a hash-flooding threat model: lexicon keys are
// fixed at build time; text only looks them up.
inline uint64_t short_string_hash(std::string_view s) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (static_cast<uint64_t>(n) * 0xff51afd7ed558ccdull);
  auto mix = [](uint64_t h, uint64_t v) {
    h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
    return h ^ (h >> 31);
  };
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = mix(h, v);
  }
  if (n >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    h = mix(h, (static_cast<uint64_t>(hi) << 32) | lo);
  } else if (n > 0) {
    h = mix(
        h, (static_cast<uint64_t>(p[0]) << 16) | (static_cast<uint64_t>(p[n / 2]) << 8) | p[n - 1]);
  }
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 32);
}

// a == b for strings of equal length n: up to 16 bytes with overlapping word loads and no
// call (memcmp through the PLT costs more than the compare for a word), longer ones by memcmp.
inline bool same_bytes(const char* a, const char* b, size_t n) {
  auto load8 = [](const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto load4 = [](const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  };
  if (n >= 8) {
    if (n > 16) return std::memcmp(a, b, n) == 0;
    return ((load8(a) ^ load8(b)) | (load8(a + n - 8) ^ load8(b + n - 8))) == 0;
  }
  if (n >= 4) return ((load4(a) ^ load4(b)) | (load4(a + n - 4) ^ load4(b + n - 4))) == 0;
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

struct StringViewHash {
  size_t operator()(std::string_view s) const { return short_string_hash(s); }
};

}  // namespace casebook
