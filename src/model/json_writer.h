// A small streaming JSON writer: appends to a string, compact or indented, with proper string
// escaping. Used for the extraction output, where building a DOM first cost more than the
// extraction itself.
#pragma once

#include <cstdint>
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

 private:
  void open(char c);
  void close(char c);
  void before_value();
  void write_string(std::string_view s);
  void newline();

  std::string& out_;
  int indent_;
  std::vector<bool> has_items_;  // per open container
  bool after_key_ = false;
};

}  // namespace casebook
