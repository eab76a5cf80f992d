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
  char* p = start_value();
  *p++ = c;
  finish_value(p);
  has_items_.push_back(0);
}

void JsonWriter::close(char c) {
  bool had = has_items_.back();
  has_items_.pop_back();
  if (had) newline();
  out_.push_back(c);
}

void JsonWriter::value(std::string_view s) { write_string(s, start_value()); }

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

// A string with nothing to escape (nearly all of them) is appended whole, a short one together
// with its quotes and the comma and key waiting before it (from `head` on) in one append;
// otherwise runs are copied between the escapes.
void JsonWriter::write_string(std::string_view s, char* head) {
  const size_t clean = clean_prefix(s);
  *head++ = '"';
  if (clean == s.size() && s.size() <= kShortString) {
    std::memcpy(head, s.data(), s.size());
    head += s.size();
    *head++ = '"';
    finish_value(head);
    return;
  }
  finish_value(head);
  if (clean == s.size()) {
    out_.append(s);
    out_.push_back('"');
    return;
  }
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

// Keys written as literals take the header's path in compact output; this one serves the
// rest (indented output, keys built at run time).
JsonWriter& JsonWriter::key(std::string_view k) {
  write_string(k, start_value());
  out_.push_back(':');
  if (indent_ >= 0) out_.push_back(' ');
  after_key_ = true;
  return *this;
}

void JsonWriter::value(bool b) {
  char* p = start_value();
  if (b) {
    std::memcpy(p, "true", 4);
    p += 4;
  } else {
    std::memcpy(p, "false", 5);
    p += 5;
  }
  finish_value(p);
}

// The head buffer has room for a waiting key and any number (at most 64 bytes after the key).
void JsonWriter::value(double d) {
  char* p = start_value();
  char* end = head_ + sizeof head_;
  if (!std::isfinite(d)) {
    std::memcpy(p, "null", 4);
    p += 4;
  } else if (d == std::floor(d) && std::fabs(d) < 1e15) {
    p = std::to_chars(p, end, static_cast<int64_t>(d)).ptr;
  } else {
    p = std::to_chars(p, end, d).ptr;
  }
  finish_value(p);
}

void JsonWriter::value(int64_t n) {
  char* p = start_value();
  p = std::to_chars(p, head_ + sizeof head_, n).ptr;
  finish_value(p);
}

void JsonWriter::null() {
  char* p = start_value();
  std::memcpy(p, "null", 4);
  finish_value(p + 4);
}

void JsonWriter::strings(const std::vector<std::string>& v) {
  begin_array();
  for (const std::string& s : v) value(s);
  end_array();
}

}  // namespace casebook
