// A small streaming JSON writer: appends to a string, compact or indented, with proper string
// escaping. Used for the extraction output, where building a DOM first cost more than the
// extraction itself. It writes into a buffer of its own and hands that to the string when the
// outermost value is complete, when the buffer fills and when it is destroyed.
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
  // `out` holds everything written once the outermost value (an object, an array or a single
  // value) is complete, or after flush(), or once the writer is gone; not in between.
  JsonWriter(std::string* out, int indent) : out_(*out), indent_(indent) {}
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  void flush() {
    if (n_ > 0) {
      out_.append(buf_, n_);
      n_ = 0;
    }
  }

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  JsonWriter& key(std::string_view k);
  // A field name written in the code ("start"; N counts its closing NUL): in compact output
  // its comma, quotes and colon go into the buffer with it in one copy of a known size.
  // Inlined at every call so that `plain` is decided where the literal is compiled.
  template <size_t N>
  [[gnu::always_inline]] JsonWriter& key(const char (&k)[N]) {
    constexpr size_t n = N - 1;
    if constexpr (n <= kLiteralKey) {
      if (indent_ < 0 && !after_key_ && !has_items_.empty() && plain(k, n)) {
        char* p = room(n + 4);
        if (has_items_.back()) *p++ = ',';
        has_items_.back() = 1;
        *p++ = '"';
        std::memcpy(p, k, n);
        p += n;
        *p++ = '"';
        *p++ = ':';
        n_ = static_cast<size_t>(p - buf_);
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
  // Most values follow a key, which has written what comes before them.
  void before_value() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    before_item();
  }
  // A value is done: the outermost one goes out to the string.
  void after_value() {
    if (has_items_.empty()) flush();
  }
  void before_item();
  // Where the next m bytes (m <= kBuffer) go; the caller sets n_ past what it wrote.
  [[gnu::always_inline]] char* room(size_t m) {
    if (kBuffer - n_ < m) flush();
    return buf_ + n_;
  }
  [[gnu::always_inline]] void put(char c) { *room(1) = c, ++n_; }
  void put(const char* p, size_t m);
  static constexpr size_t kLiteralKey = 40;
  static constexpr size_t kBuffer = 2048;
  void write_string(std::string_view s);
  void newline();

  std::string& out_;
  int indent_;
  std::vector<char> has_items_;  // per open container: 1 once it holds an item (not vector<bool>:
                                 // its bit access costs more than the byte)
  bool after_key_ = false;
  size_t n_ = 0;  // bytes in buf_ not yet in out_
  char buf_[kBuffer];
};

}  // namespace casebook
