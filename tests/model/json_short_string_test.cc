// Issue 6: the JSON writer tests the last 1-7 bytes of a string as one padded chunk; every
// byte position of a short tail (and of the 16- and 8-byte chunks before it) that needs an
// escape must still be escaped.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "model/json_writer.h"

namespace casebook {
namespace {

std::string written(const std::string& s) {
  std::string out;
  JsonWriter w(&out, -1);
  w.value(s);
  return out;
}

TEST(JsonShortString, Issue6EscapesAtEveryPositionOfTheTail) {
  for (size_t len = 1; len <= 40; ++len) {
    for (size_t at = 0; at < len; ++at) {
      for (char special : {'"', '\\', '\n', '\x01', '\x1f', '\t'}) {
        std::string s(len, 'a');
        s[at] = special;
        std::string out = written(s);
        EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), s) << len << " " << at;
        EXPECT_EQ(out.find('\n'), std::string::npos);
        EXPECT_EQ(out.find('\x01'), std::string::npos);
      }
    }
  }
}

TEST(JsonShortString, Issue6PlainTailsAndSpacesAreCopied) {
  EXPECT_EQ(written(""), "\"\"");
  EXPECT_EQ(written("a"), "\"a\"");
  EXPECT_EQ(written("abc def"), "\"abc def\"");
  EXPECT_EQ(written("12345678 "), "\"12345678 \"");
  EXPECT_EQ(written("\xC3\xA9t\xC3\xA9"), "\"\xC3\xA9t\xC3\xA9\"");  // UTF-8 bytes pass through
  EXPECT_EQ(written("ab\x7f"), "\"ab\x7f\"");                        // DEL needs no escape
  std::string accents;
  for (int i = 0; i < 20; ++i) accents += "\xC3\xA9";  // bytes >= 0x80 are no control bytes
  EXPECT_EQ(written(accents), "\"" + accents + "\"");
}

}  // namespace
}  // namespace casebook
