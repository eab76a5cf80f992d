// Streaming JSON output (RFC 8259). Input strings are valid UTF-8 (ingest repairs text).
#include "model/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace casebook {

// Bytes of any length: a long run (an evidence passage) goes straight to the string.
void JsonWriter::put(const char* p, size_t m) {
  if (m > kBuffer - n_) {
    flush();
    if (m > kBuffer / 2) {
      out_.append(p, m);
      return;
    }
  }
  std::memcpy(buf_ + n_, p, m);
  n_ += m;
}

void JsonWriter::newline() {
  if (indent_ < 0) return;
  put('\n');
  for (size_t left = has_items_.size() * static_cast<size_t>(indent_); left > 0;) {
    const size_t m = std::min(left, kBuffer);
    std::memset(room(m), ' ', m);
    n_ += m;
    left -= m;
  }
}

void JsonWriter::before_item() {
  if (!has_items_.empty()) {
    if (has_items_.back()) put(',');
    has_items_.back() = 1;
    newline();
  }
}

void JsonWriter::open(char c) {
  before_value();
  put(c);
  has_items_.push_back(0);
}

void JsonWriter::close(char c) {
  bool had = has_items_.back();
  has_items_.pop_back();
  if (had) newline();
  put(c);
  after_value();
}

void JsonWriter::value(std::string_view s) {
  before_value();
  write_string(s);
  after_value();
}

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHighs = 0x8080808080808080ull;

// True when one of the 8 bytes in v may need escaping (a control byte, '"' or '\\'). It can
// say true for a chunk that needs none, never the reverse: the caller then looks byte by byte.
inline bool may_need_escape(uint64_t v) {
  uint64_t quote = v ^ (kOnes * '"');
  uint64_t backslash = v ^ (kOnes * '\\');
  return ((((v - kOnes * 0x20) & ~v) | ((quote - kOnes) & ~quote) |
           ((backslash - kOnes) & ~backslash)) &
          kHighs) != 0;
}

// The length of s's prefix that needs no escaping (s.size() when none of it does). Most of the
// output is the document's own text, with nothing to escape: it is scanned 16 bytes at a time
// where SSE2 is there (every x86-64), else eight.
size_t clean_prefix(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
#if defined(__SSE2__)
    if (i + 16 <= s.size()) {
      __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i control_max = _mm_set1_epi8(0x1f);
      __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(v, control_max), control_max);  // v <= 0x1f
      __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
      __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
      const int hits = _mm_movemask_epi8(_mm_or_si128(control, _mm_or_si128(quote, backslash)));
      if (hits == 0) {
        i += 16;
        continue;
      }
      return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(hits)));
    }
#endif
    if (i + 8 <= s.size()) {
      uint64_t chunk;
      std::memcpy(&chunk, s.data() + i, 8);
      if (!may_need_escape(chunk)) {
        i += 8;
        continue;
      }
    } else {
      // The last 1-7 bytes (all of most keys and short values), padded with spaces, which
      // need no escape.
      uint64_t chunk = kOnes * ' ';
      std::memcpy(&chunk, s.data() + i, s.size() - i);
      if (!may_need_escape(chunk)) return s.size();
    }
    for (size_t stop = std::min(i + 8, s.size()); i < stop; ++i) {
      const unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x20 || c == '"' || c == '\\') return i;
    }
  }
  return s.size();
}

}  // namespace

// A string with nothing to escape (nearly all of them) is copied whole with its quotes;
// otherwise runs are copied between the escapes.
void JsonWriter::write_string(std::string_view s) {
  const size_t clean = clean_prefix(s);
  if (clean == s.size() && s.size() + 2 <= kBuffer / 2) {
    char* p = room(s.size() + 2);
    *p++ = '"';
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '"';
    n_ += s.size() + 2;
    return;
  }
  put('"');
  put(s.data(), clean);
  size_t run = clean;
  for (size_t i = clean; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    put(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        put("\\\"", 2);
        break;
      case '\\':
        put("\\\\", 2);
        break;
      case '\n':
        put("\\n", 2);
        break;
      case '\r':
        put("\\r", 2);
        break;
      case '\t':
        put("\\t", 2);
        break;
      case '\b':
        put("\\b", 2);
        break;
      case '\f':
        put("\\f", 2);
        break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        put("\\u00", 4);
        put(kHex[c >> 4]);
        put(kHex[c & 15]);
      }
    }
  }
  put(s.data() + run, s.size() - run);
  put('"');
}

// Keys written as literals take the header's path in compact output; this one serves the
// rest (indented output, keys built at run time).
JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  write_string(k);
  put(':');
  if (indent_ >= 0) put(' ');
  after_key_ = true;
  return *this;
}

void JsonWriter::value(bool b) {
  before_value();
  if (b) {
    std::memcpy(room(4), "true", 4);
    n_ += 4;
  } else {
    std::memcpy(room(5), "false", 5);
    n_ += 5;
  }
  after_value();
}

void JsonWriter::value(double d) {
  before_value();
  char* p = room(64);
  if (!std::isfinite(d)) {
    std::memcpy(p, "null", 4);
    p += 4;
  } else if (d == std::floor(d) && std::fabs(d) < 1e15) {
    p = std::to_chars(p, p + 64, static_cast<int64_t>(d)).ptr;
  } else {
    // A page writes the same few fractions again and again (the events' confidences), and
    // the shortest form costs to_chars ~560 instructions: the last ones written on this
    // thread are kept, by their bits, in a small table (an integral 0.0 never gets here, so
    // bits 0 mark an empty entry).
    struct Written {
      uint64_t bits = 0;
      uint8_t len = 0;
      char text[31];
    };
    thread_local Written written[8];
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    Written& w = written[(bits * 0x9e3779b97f4a7c15ull) >> 61];
    if (w.bits != bits) {
      w.len = static_cast<uint8_t>(std::to_chars(w.text, w.text + sizeof w.text, d).ptr - w.text);
      w.bits = bits;
    }
    std::memcpy(p, w.text, w.len);
    p += w.len;
  }
  n_ = static_cast<size_t>(p - buf_);
  after_value();
}

void JsonWriter::value(int64_t n) {
  before_value();
  char* p = room(24);
  n_ = static_cast<size_t>(std::to_chars(p, p + 24, n).ptr - buf_);
  after_value();
}

void JsonWriter::null() {
  before_value();
  std::memcpy(room(4), "null", 4);
  n_ += 4;
  after_value();
}

void JsonWriter::strings(const std::vector<std::string>& v) {
  begin_array();
  for (const std::string& s : v) value(s);
  end_array();
}

}  // namespace casebook
