// Issue 6: keys written as literals take a one-append path in compact output; it must give
// exactly what the general key path gives, commas and escapes included.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "model/json_writer.h"

namespace casebook {
namespace {

// The same document, with every key passed as a literal (fast path) or as a string_view.
template <bool kLiteral>
std::string written(int indent) {
  std::string out;
  JsonWriter w(&out, indent);
// A literal argument keeps its array type only written out at the call (a lambda's parameter
// would decay to a pointer and take the string_view path both times).
#define KEY(literal) (kLiteral ? w.key(literal) : w.key(std::string_view(literal)))
  w.begin_object();
  KEY("first").value("a");
  KEY("second").begin_array();
  w.begin_object();
  KEY("start").value(int64_t{3});
  KEY("end").value(int64_t{9});
  KEY("text").value("x \"y\"");
  w.end_object();
  w.begin_object();
  KEY("empty").begin_object();
  w.end_object();
  w.end_object();
  w.end_array();
  KEY("quote\"d").value(true);  // a key that needs escaping leaves the fast path
  KEY("a_key_longer_than_forty_bytes_of_field_name_here").null();
  w.end_object();
  return out;
}
#undef KEY

TEST(JsonKey, Issue6LiteralKeysWriteWhatViewKeysWrite) {
  EXPECT_EQ(written<true>(-1), written<false>(-1));
  EXPECT_EQ(written<true>(2), written<false>(2));
  EXPECT_EQ(written<true>(-1),
            "{\"first\":\"a\",\"second\":[{\"start\":3,\"end\":9,\"text\":\"x \\\"y\\\"\"},"
            "{\"empty\":{}}],\"quote\\\"d\":true,"
            "\"a_key_longer_than_forty_bytes_of_field_name_here\":null}");
}

TEST(JsonKey, Issue6PlainRefusesEveryByteThatNeedsEscaping) {
  static_assert(JsonWriter::plain("start", 5));
  static_assert(!JsonWriter::plain("a\"b", 3));
  static_assert(!JsonWriter::plain("a\\b", 3));
  static_assert(!JsonWriter::plain("a\nb", 3));
  EXPECT_TRUE(JsonWriter::plain("\x7f\xc3\xa9", 3));
}

}  // namespace
}  // namespace casebook
