// Golden tests: tests/golden/NAME.txt (or .html) goes through the whole pipeline and the
// output is compared with NAME.expected.json, field by field.
//
// The expected file holds only what the test is about:
//   - an object matches when each of its keys matches (keys starting with "_" are notes,
//     e.g. "_covers": what this test covers, in one line);
//   - an array matches when each expected element matches a different actual element, in any
//     order; an empty expected array requires an empty actual array;
//   - in events, relations and the summary, entity ids are replaced by entity names before
//     comparing, so expected files read naturally ("victims": ["Ana Lima"]).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/extraction_json.h"

namespace casebook {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// Replaces entity ids with names wherever the output refers to entities.
void ids_to_names(Json* doc) {
  std::map<std::string, std::string> name;
  for (const Json& e : (*doc)["entities"]) name[e["id"]] = e["name"];
  auto map_one = [&](Json& v) {
    if (v.is_string() && name.count(v.get<std::string>())) v = name[v.get<std::string>()];
  };
  auto map_all = [&](Json& arr) {
    if (arr.is_array())
      for (Json& v : arr) map_one(v);
  };
  for (Json& ev : (*doc)["events"]) {
    map_all(ev["victims"]);
    map_all(ev["perpetrators"]);
    if (ev.contains("actors")) map_all(ev["actors"]);
    map_one(ev["location"]);
    if (ev["reason"].is_object()) map_one(ev["reason"]["for_entity"]);
  }
  for (Json& r : (*doc)["relations"]) {
    map_one(r["from"]);
    map_one(r["to"]);
  }
  for (Json& s : (*doc)["statistics"]) map_one(s["place"]);
  for (Json& q : (*doc)["quotes"]) map_one(q["speaker"]);
  map_all((*doc)["summary"]["victims"]);
}

bool matches(const Json& expected, const Json& actual, const std::string& path, std::string* why);

bool array_matches(const Json& expected, const Json& actual, const std::string& path,
                   std::string* why) {
  if (!actual.is_array()) {
    *why = path + ": expected an array, got " + actual.dump();
    return false;
  }
  if (expected.empty() && !actual.empty()) {
    *why = path + ": expected an empty array, got " + actual.dump().substr(0, 300);
    return false;
  }
  std::vector<bool> used(actual.size(), false);
  for (size_t i = 0; i < expected.size(); ++i) {
    bool found = false;
    for (size_t k = 0; k < actual.size() && !found; ++k) {
      std::string ignored;
      if (!used[k] && matches(expected[i], actual[k], path, &ignored)) used[k] = found = true;
    }
    if (!found) {
      *why = path + "[" + std::to_string(i) + "]: nothing matches " + expected[i].dump();
      return false;
    }
  }
  return true;
}

bool matches(const Json& expected, const Json& actual, const std::string& path, std::string* why) {
  if (expected.is_object()) {
    if (!actual.is_object()) {
      *why = path + ": expected an object, got " + actual.dump().substr(0, 200);
      return false;
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (!it.key().empty() && it.key()[0] == '_') continue;
      Json a = actual.contains(it.key()) ? actual[it.key()] : Json();
      if (!matches(it.value(), a, path + "." + it.key(), why)) return false;
    }
    return true;
  }
  if (expected.is_array()) return array_matches(expected, actual, path, why);
  if (expected.is_number() && actual.is_number()) {
    if (std::abs(expected.get<double>() - actual.get<double>()) < 1e-9) return true;
  } else if (expected == actual) {
    return true;
  }
  *why = path + ": expected " + expected.dump() + ", got " + actual.dump().substr(0, 200);
  return false;
}

std::vector<std::string> golden_cases() {
  std::vector<std::string> names;
  fs::path dir = fs::path(CASEBOOK_SOURCE_DIR) / "tests" / "golden";
  for (const auto& e : fs::directory_iterator(dir)) {
    std::string f = e.path().filename().string();
    const std::string suffix = ".expected.json";
    if (f.size() > suffix.size() &&
        f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0) {
      names.push_back(f.substr(0, f.size() - suffix.size()));
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpected) {
  fs::path dir = fs::path(CASEBOOK_SOURCE_DIR) / "tests" / "golden";
  fs::path input;
  for (const char* ext : {".txt", ".html", ".md"}) {
    if (fs::exists(dir / (GetParam() + ext))) input = dir / (GetParam() + ext);
  }
  ASSERT_FALSE(input.empty()) << "no document for " << GetParam();
  Json expected = Json::parse(slurp(dir / (GetParam() + ".expected.json")));
  ASSERT_TRUE(expected.contains("_covers")) << "say in _covers what this golden test covers";
  auto doc = ingest_document(slurp(input), input.filename().string());
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  ExtractOptions options;
  if (expected.contains("_date")) options.reference_date = expected["_date"];
  Pipeline pipeline;
  Json actual = extraction_to_json(pipeline.run(std::move(*doc), options));
  ids_to_names(&actual);
  std::string why;
  EXPECT_TRUE(matches(expected, actual, "$", &why)) << why;
}

INSTANTIATE_TEST_SUITE_P(Documents, Golden, ::testing::ValuesIn(golden_cases()),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (char& c : n)
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           return n;
                         });

}  // namespace
}  // namespace casebook
