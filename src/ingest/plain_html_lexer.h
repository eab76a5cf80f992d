// The token level of the fast path for plain pages (plain_html.h): character data with the
// common references decoded, tags with their attributes, element text, comments and
// "<!DOCTYPE html>", read as gumbo's tokenizer reads them. Whatever it does not reproduce
// exactly is refused (false), and the page goes to gumbo.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/arena.h"

namespace casebook {

// HTML's whitespace, as its tokenizer has it (carriage returns are refused before).
inline bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }

// Reads one page from the start; not thread-safe. html must be valid UTF-8 (the parser checks
// it first). Strings handed out are NUL-terminated copies in *arena.
class PlainLexer {
 public:
  struct Attribute {
    const char* name;  // lower-case
    const char* value;
  };

  PlainLexer(std::string_view html, Arena* arena) : h_(html), arena_(arena) {}

  bool at_end() const { return i_ >= h_.size(); }
  // After read_text stopped at a '<' that opens markup: the byte after it.
  char after_lt() const { return h_[i_ + 1]; }
  bool at_comment() const { return h_.compare(i_ + 2, 2, "--") == 0; }

  // Character data up to the next '<' that opens markup (a '<' before anything else is
  // text), appended to *out with references decoded.
  bool read_text(std::string* out);
  // A start or end tag at its '<'; tag_name() and attributes() then describe it. A second
  // attribute of the same name is dropped, as gumbo drops it.
  bool read_tag(bool* end_tag);
  // The content of <title> (references decoded), <style> or <script> (raw) after the start
  // tag, through the end tag.
  bool read_element_text(GumboTag tag, std::string* text);
  // A comment at "<!--", through "-->".
  bool read_comment(std::string_view* text);
  // "<!DOCTYPE html>" at "<!", any case, through '>'.
  bool read_doctype();

  std::string_view tag_name() const { return tag_name_; }
  const std::vector<Attribute>& attributes() const { return attrs_; }

  const char* copy(std::string_view s);

 private:
  bool read_reference(bool in_attribute, std::string* out);
  bool read_attribute_value(std::string* out);

  std::string_view h_;
  size_t i_ = 0;
  Arena* arena_;
  std::string tag_name_;
  std::vector<Attribute> attrs_;
  std::string scratch_, value_;
};

}  // namespace casebook
