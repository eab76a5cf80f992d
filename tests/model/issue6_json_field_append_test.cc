// Issue 6: in compact output a literal key is copied with its comma, quotes and colon in one
// copy of a known size, decided where the literal is compiled. The bytes must be those of the
// general path (keys as string_views), for every kind of value, after a first item and
// without one.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "model/json_writer.h"

namespace casebook {
namespace {

// A record of a made-up case file with every kind of value, keys as literals or as views.
template <bool kLiteral>
std::string record(int indent) {
  std::string out;
  JsonWriter w(&out, indent);
#define KEY(literal) (kLiteral ? w.key(literal) : w.key(std::string_view(literal)))
  w.begin_object();
  KEY("count").value(int64_t{-42});
  KEY("size").value(size_t{4096});
  KEY("ratio").value(0.125);
  KEY("whole").value(3.0);
  KEY("large").value(-1.7976931348623157e308);
  KEY("nan").value(std::numeric_limits<double>::quiet_NaN());
  KEY("yes").value(true);
  KEY("no").value(false);
  KEY("none").null();
  KEY("empty").value("");
  KEY("town").value("Riverford");
  // 60 bytes: the longest string that goes out with its key; then 61, then one to escape.
  KEY("sixty").value(std::string(60, 'x'));
  KEY("sixty_one").value(std::string(61, 'y'));
  KEY("said").value("the clerk said \"no\"\n");
  KEY("a \"quoted\" key").value(int64_t{5});  // needs escaping: written at once, both ways
  KEY("after").value(int64_t{6});
  KEY("a_field_name_of_exactly_forty_bytes_long").value(std::string(60, 'z'));
  KEY("list").begin_array();
  w.value("first");
  w.value(int64_t{7});
  w.begin_object();
  KEY("inner").value(int64_t{1});
  w.end_object();
  w.end_array();
  KEY("nothing").begin_object();
  w.end_object();
  w.end_object();
#undef KEY
  return out;
}

TEST(JsonFieldAppend, Issue6LiteralKeysWithEveryValueWriteWhatViewKeysWrite) {
  const std::string literal = record<true>(-1);
  EXPECT_EQ(literal, record<false>(-1));
  EXPECT_EQ(record<true>(2), record<false>(2));
  nlohmann::json parsed = nlohmann::json::parse(literal);
  EXPECT_EQ(parsed["count"], -42);
  EXPECT_EQ(parsed["sixty"].get<std::string>(), std::string(60, 'x'));
  EXPECT_EQ(parsed["sixty_one"].get<std::string>(), std::string(61, 'y'));
  EXPECT_EQ(parsed["said"], "the clerk said \"no\"\n");
  EXPECT_TRUE(parsed["nan"].is_null());
  EXPECT_EQ(literal.substr(0, 38), "{\"count\":-42,\"size\":4096,\"ratio\":0.125");
}

// Keys before strings on both sides of the short-string limit and before an opening bracket.
TEST(JsonFieldAppend, Issue6KeysBeforeLongAndShortValues) {
  std::string out;
  {
    JsonWriter w(&out, -1);
    w.begin_object();
    w.key("first").value(int64_t{12});
    w.key("second").value("short text");
    w.key("third").value(std::string(70, 'w'));
    w.key("fourth").begin_array();
    w.end_array();
    w.end_object();
  }
  EXPECT_EQ(out, "{\"first\":12,\"second\":\"short text\",\"third\":\"" + std::string(70, 'w') +
                     "\",\"fourth\":[]}");
}

}  // namespace
}  // namespace casebook
