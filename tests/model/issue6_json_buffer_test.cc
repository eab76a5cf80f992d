// Issue 6: the JSON writer collects its output in a buffer of its own and hands it to the
// string when the outermost value is complete, when the buffer fills and when it is destroyed.
// Whatever the lengths, the bytes and their order must be what a plain serialiser writes, and
// the string must hold a value as soon as it is the outermost one.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "model/json_writer.h"

namespace casebook {
namespace {

// A string of `length` bytes of an invented report, with a byte to escape every `every` bytes
// (0: none).
std::string passage(size_t length, size_t every) {
  static const std::string kWords = "the inspector visited the depot at dawn and wrote it down ";
  std::string s;
  for (size_t i = 0; i < length; ++i) {
    s.push_back(every > 0 && i % every == every - 1 ? "\"\\\n\t\x01"[i % 5]
                                                    : kWords[i % kWords.size()]);
  }
  return s;
}

// Records whose strings fall on every side of the buffer's edges (short, half the buffer,
// longer than it), with and without escapes, next to numbers, literals and nested arrays.
TEST(JsonBuffer, Issue6LongOutputHasThePlainSerialisersBytes) {
  std::mt19937 random(6);
  std::string out;
  nlohmann::ordered_json expected = nlohmann::ordered_json::array();
  {
    JsonWriter w(&out, -1);
    w.begin_array();
    for (int i = 0; i < 300; ++i) {
      const size_t lengths[] = {0, 1, 61, 1000, 1022, 1023, 1024, 2046, 2047, 2048, 2049, 5000};
      const size_t length = lengths[random() % 12];
      const size_t every = random() % 3 == 0 ? 0 : 1 + random() % 700;
      const std::string text = passage(length, every);
      const int64_t start = static_cast<int64_t>(random() % 100000) - 50;
      w.begin_object();
      w.key("start").value(start);
      w.key("text").value(text);
      w.key("kept").value(i % 2 == 0);
      w.key("none").null();
      w.key("names").begin_array();
      w.value("Arlen Voss");
      w.value(passage(i * 7, 0));
      w.end_array();
      w.end_object();
      expected.push_back({{"start", start},
                          {"text", text},
                          {"kept", i % 2 == 0},
                          {"none", nullptr},
                          {"names", {"Arlen Voss", passage(i * 7, 0)}}});
    }
    w.end_array();
    // The outermost array is complete: the string holds it before the writer is gone.
    EXPECT_EQ(out, expected.dump());
  }
  EXPECT_EQ(out, expected.dump());
}

// A single value at the top (how the store writes a passage into a row it is copying) is in
// the string at once, after what the string held, and the string can be added to between
// two such values.
TEST(JsonBuffer, Issue6AnOutermostValueIsInTheStringAtOnce) {
  std::string out = "{\"a\":";
  JsonWriter w(&out, -1);
  w.value("a clerk's \"note\"");
  EXPECT_EQ(out, "{\"a\":\"a clerk's \\\"note\\\"\"");
  out.append(",\"b\":");
  w.value(int64_t{7});
  out.append(",\"c\":");
  w.value(passage(3000, 0));
  out.push_back('}');
  EXPECT_EQ(nlohmann::json::parse(out)["c"], passage(3000, 0));
  EXPECT_EQ(nlohmann::json::parse(out)["b"], 7);
}

// Indented output whose indentation alone outgrows the buffer.
TEST(JsonBuffer, Issue6DeepIndentationIsWrittenWhole) {
  std::string out;
  {
    JsonWriter w(&out, 300);
    for (int i = 0; i < 10; ++i) w.begin_array();
    w.value("deep");
    for (int i = 0; i < 10; ++i) w.end_array();
  }
  nlohmann::json parsed = nlohmann::json::parse(out);
  for (int i = 0; i < 10; ++i) parsed = parsed[0];
  EXPECT_EQ(parsed, "deep");
  EXPECT_NE(out.find("\n" + std::string(3000, ' ') + "\"deep\""), std::string::npos);
}

}  // namespace
}  // namespace casebook
