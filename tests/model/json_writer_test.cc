// The JSON writer: escaping, nesting, compact and indented forms, numbers; and the extraction
// JSON parses back with the contract's fields.
#include "model/json_writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "model/extraction_json.h"

namespace casebook {
namespace {

TEST(JsonWriter, CompactNestingAndEscapes) {
  std::string out;
  JsonWriter w(&out, -1);
  w.begin_object();
  w.key("text").value("He said \"no\"\\ then\nleft\x01");
  w.key("list").begin_array();
  w.value(int64_t{1});
  w.value(2.5);
  w.value(true);
  w.null();
  w.end_array();
  w.key("empty").begin_object();
  w.end_object();
  w.key("none").string_or_null("");
  w.end_object();
  EXPECT_EQ(out,
            "{\"text\":\"He said \\\"no\\\"\\\\ then\\nleft\\u0001\",\"list\":[1,2.5,true,null],"
            "\"empty\":{},\"none\":null}");
  EXPECT_NO_THROW((void)nlohmann::json::parse(out));
}

TEST(JsonWriter, IndentedParsesToTheSameValue) {
  std::string compact, pretty;
  for (auto [out, indent] : {std::pair{&compact, -1}, std::pair{&pretty, 2}}) {
    JsonWriter w(out, indent);
    w.begin_object();
    w.key("a").strings({"x", "y\u00e9"});
    w.key("b").begin_object();
    w.key("c").value(0.9);
    w.end_object();
    w.end_object();
  }
  EXPECT_NE(pretty.find("\n  \"a\": ["), std::string::npos) << pretty;
  EXPECT_EQ(nlohmann::json::parse(compact), nlohmann::json::parse(pretty));
}

TEST(ExtractionJson, ContractFieldsInOrder) {
  Extraction x;
  x.document.id = "abc";
  x.document.source = "a.txt";
  x.document.text = "text";
  Event e;
  e.id = "v1";
  e.type = "arrest_detention";
  e.date.start = "2017-09-06";
  e.date.end = "2017-09-07";
  x.events.push_back(e);
  auto j = extraction_to_json(x);
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"schema", "document", "entities", "relations", "events",
                                            "statistics", "quotes", "summary"}));
  EXPECT_EQ(j["document"]["published"], nullptr);
  EXPECT_EQ(j["document"]["text_bytes"], 4);
  EXPECT_EQ(j["events"][0]["date"]["end"], "2017-09-07");
  EXPECT_EQ(j["events"][0]["reason"], nullptr);
  EXPECT_EQ(j["summary"]["place"]["country"], nullptr);
}

// Issue 6: strings are scanned eight bytes at a time. Every special byte, at every offset of a
// chunk and next to UTF-8, must still be escaped as the byte-by-byte rules say.
std::string escaped_by_bytes(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  return out + "\"";
}

TEST(JsonWriter, Issue6EscapesEverySpecialByteAtEveryOffset) {
  const std::string specials = std::string("\"\\\n\r\t\b\f\x01\x1f", 9) + std::string(1, '\0');
  const std::string part =
      "abc\xc3\xa9"
      "defgh\xe2\x80\x9c"
      "ijklmnop ";                         // ASCII and UTF-8, 22 bytes
  const std::string filler = part + part;  // longer than the longest case below
  for (char special : specials) {
    for (size_t len = 0; len < 24; ++len) {
      for (size_t at = 0; at <= len; ++at) {
        std::string s = filler.substr(0, len);
        s.insert(at, 1, special);
        std::string out;
        JsonWriter w(&out, -1);
        w.value(s);
        ASSERT_EQ(out, escaped_by_bytes(s)) << "special " << int(special) << " at " << at;
      }
    }
  }
  std::string out;
  JsonWriter w(&out, -1);
  w.value(std::string(40, 'x') + "\x7f\x20\xff~");  // DEL, space and high bytes stay as they are
  EXPECT_EQ(out, "\"" + std::string(40, 'x') + "\x7f\x20\xff~\"");
}

}  // namespace
}  // namespace casebook
