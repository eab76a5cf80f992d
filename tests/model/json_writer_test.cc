// The JSON writer: escaping, nesting, compact and indented forms, numbers; and the extraction
// JSON parses back with the contract's fields.
#include "model/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

}  // namespace
}  // namespace casebook
