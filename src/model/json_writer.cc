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

void JsonWriter::newline() {
  if (indent_ < 0) return;
  out_.push_back('\n');
  out_.append(has_items_.size() * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::before_item() {
  if (!has_items_.empty()) {
    if (has_items_.back()) out_.push_back(',');
    has_items_.back() = 1;
    newline();
  }
}

void JsonWriter::open(char c) {
  before_value();
  out_.push_back(c);
  has_items_.push_back(0);
}

void JsonWriter::close(char c) {
  bool had = has_items_.back();
  has_items_.pop_back();
  if (had) newline();
  out_.push_back(c);
}

void JsonWriter::value(std::string_view s) {
  before_value();
  write_string(s);
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

// Longest string written with its quotes in a single append.
constexpr size_t kShortString = 60;

}  // namespace

// A string with nothing to escape (nearly all of them) is appended whole, a short one together
// with its quotes in one append; otherwise runs are copied between the escapes.
void JsonWriter::write_string(std::string_view s) {
  const size_t clean = clean_prefix(s);
  if (clean == s.size()) {
    if (s.size() <= kShortString) {
      char buf[kShortString + 2];
      buf[0] = '"';
      std::memcpy(buf + 1, s.data(), s.size());
      buf[s.size() + 1] = '"';
      out_.append(buf, s.size() + 2);
    } else {
      out_.push_back('"');
      out_.append(s);
      out_.push_back('"');
    }
    return;
  }
  out_.push_back('"');
  out_.append(s.substr(0, clean));
  size_t run = clean;
  for (size_t i = clean; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_.append(s.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"':
        out_.append("\\\"");
        break;
      case '\\':
        out_.append("\\\\");
        break;
      case '\n':
        out_.append("\\n");
        break;
      case '\r':
        out_.append("\\r");
        break;
      case '\t':
        out_.append("\\t");
        break;
      case '\b':
        out_.append("\\b");
        break;
      case '\f':
        out_.append("\\f");
        break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        out_.append("\\u00");
        out_.push_back(kHex[c >> 4]);
        out_.push_back(kHex[c & 15]);
      }
    }
  }
  out_.append(s.substr(run));
  out_.push_back('"');
}

// Keys written as literals take the header's one-append path in compact output; this one
// serves the rest (indented output, keys built at run time).
JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  write_string(k);
  out_.push_back(':');
  if (indent_ >= 0) out_.push_back(' ');
  after_key_ = true;
  return *this;
}

void JsonWriter::value(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
}

void JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    out_.append("null");
    return;
  }
  if (d == std::floor(d) && std::fabs(d) < 1e15) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, static_cast<int64_t>(d));
    out_.append(buf, r.ptr);
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d);
  out_.append(buf, r.ptr);
}

void JsonWriter::value(int64_t n) {
  before_value();
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, r.ptr);
}

void JsonWriter::null() {
  before_value();
  out_.append("null");
}

void JsonWriter::strings(const std::vector<std::string>& v) {
  begin_array();
  for (const std::string& s : v) value(s);
  end_array();
}

}  // namespace casebook
