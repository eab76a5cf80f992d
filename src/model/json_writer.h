// A small streaming JSON writer: appends to a string, compact or indented, with proper string
// escaping. Used for the extraction output, where building a DOM first cost more than the
// extraction itself.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

class JsonWriter {
 public:
  // indent < 0: one line; otherwise that many spaces per level.
  JsonWriter(std::string* out, int indent) : out_(*out), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  JsonWriter& key(std::string_view k);
  // A field name written in the code ("start"; N counts its closing NUL). In compact output
  // its comma, quotes and colon wait in a small buffer with it and go out in the same append
  // as the value that follows (a number, a literal, a short string, an opening bracket): one
  // append per field. So, after such a key, `out` holds the key only once its value is written.
  // Inlined at every call so that `plain` is decided where the literal is compiled.
  template <size_t N>
  [[gnu::always_inline]] JsonWriter& key(const char (&k)[N]) {
    constexpr size_t n = N - 1;
    if constexpr (n <= kLiteralKey) {
      if (indent_ < 0 && !after_key_ && !has_items_.empty() && plain(k, n)) {
        char* p = head_;
        if (has_items_.back()) *p++ = ',';
        has_items_.back() = 1;
        *p++ = '"';
        std::memcpy(p, k, n);
        p += n;
        *p++ = '"';
        *p++ = ':';
        head_n_ = static_cast<uint8_t>(p - head_);
        after_key_ = true;
        return *this;
      }
    }
    return key(std::string_view(k, n));
  }

  void value(std::string_view s);
  void value(const char* s) { value(std::string_view(s)); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(bool b);
  void value(double d);
  void value(int64_t n);
  void value(uint32_t n) { value(static_cast<int64_t>(n)); }
  void value(size_t n) { value(static_cast<int64_t>(n)); }
  void null();
  // A string, or null when empty.
  void string_or_null(std::string_view s) { s.empty() ? null() : value(s); }
  void strings(const std::vector<std::string>& v);

  // True when none of k's n bytes needs escaping (for a literal, decided where it is compiled).
  static constexpr bool plain(const char* k, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      const unsigned char c = static_cast<unsigned char>(k[i]);
      if (c < 0x20 || c == '"' || c == '\\') return false;
    }
    return true;
  }

 private:
  void open(char c);
  void close(char c);
  // Where a value's bytes go: the head buffer, after the comma and key waiting there (none
  // after a key written directly, or for an array's item, whose comma and indentation go out
  // at once).
  char* start_value() {
    if (after_key_) {
      after_key_ = false;
      return head_ + head_n_;
    }
    before_item();
    return head_;
  }
  // Sends the head buffer up to `end` in one append.
  void finish_value(const char* end) {
    out_.append(head_, static_cast<size_t>(end - head_));
    head_n_ = 0;
  }
  void before_item();
  static constexpr size_t kLiteralKey = 40;
  // Longest string written with its quotes (and a waiting key) in a single append.
  static constexpr size_t kShortString = 60;
  void write_string(std::string_view s, char* head);
  void newline();

  std::string& out_;
  int indent_;
  std::vector<char> has_items_;  // per open container: 1 once it holds an item (not vector<bool>:
                                 // its bit access costs more than the byte)
  bool after_key_ = false;
  uint8_t head_n_ = 0;  // bytes waiting in head_ (a comma and literal key)
  char head_[kLiteralKey + 4 + kShortString + 2 + 2];
};

}  // namespace casebook
