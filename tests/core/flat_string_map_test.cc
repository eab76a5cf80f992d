// Tests for the flat string map: first value wins, misses, growth across many keys, keys that
// differ only in length or in their last byte, and the empty key.
#include "core/flat_string_map.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace casebook {
namespace {

TEST(FlatStringMapTest, FindsWhatWasInsertedFirstValueWins) {
  FlatStringMap<int> m;
  EXPECT_EQ(m.find("detained"), nullptr);
  EXPECT_TRUE(m.insert("detained", 1));
  EXPECT_TRUE(m.insert("detain", 2));
  EXPECT_FALSE(m.insert("detained", 3));
  ASSERT_NE(m.find("detained"), nullptr);
  EXPECT_EQ(*m.find("detained"), 1);
  EXPECT_EQ(*m.find("detain"), 2);
  EXPECT_EQ(m.find("detaine"), nullptr);
  EXPECT_EQ(m.find("detainee"), nullptr);
  EXPECT_EQ(m.find(""), nullptr);
  EXPECT_TRUE(m.insert("", 4));
  EXPECT_EQ(*m.find(""), 4);
  EXPECT_EQ(m.size(), 3u);
}

// Agrees with std::unordered_map over thousands of keys inserted in order, through growth.
TEST(FlatStringMapTest, AgreesWithUnorderedMapThroughGrowth) {
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) {
    keys.push_back("w" + std::to_string(i * 7919 % 10007));
    keys.push_back(std::string(1 + i % 40, static_cast<char>('a' + i % 26)));
  }
  FlatStringMap<int> flat;
  std::unordered_map<std::string_view, int> reference;
  for (size_t i = 0; i < keys.size(); ++i) {
    bool added = reference.emplace(keys[i], static_cast<int>(i)).second;
    EXPECT_EQ(flat.insert(keys[i], static_cast<int>(i)), added);
  }
  EXPECT_EQ(flat.size(), reference.size());
  for (const auto& [key, value] : reference) {
    const int* got = flat.find(key);
    ASSERT_NE(got, nullptr) << key;
    EXPECT_EQ(*got, value);
  }
  for (int i = 0; i < 2000; ++i) {
    std::string absent = "x" + std::to_string(i);
    EXPECT_EQ(flat.find(absent), nullptr);
  }
}

// for_each visits every entry once, with the value that insert kept (the lexicons index their
// phrases' first and last words this way).
TEST(FlatStringMapTest, ForEachVisitsEveryEntryOnce) {
  FlatStringMap<int> m;
  m.for_each([](std::string_view, int) { ADD_FAILURE() << "an empty map has no entries"; });
  std::vector<std::string> keys;
  for (int i = 0; i < 300; ++i) keys.push_back("riot police " + std::to_string(i));
  for (size_t i = 0; i < keys.size(); ++i) m.insert(keys[i], static_cast<int>(i));
  m.insert(keys[7], 1000);  // not added: the first value stays
  std::unordered_map<std::string_view, int> seen;
  m.for_each(
      [&](std::string_view key, int value) { EXPECT_TRUE(seen.emplace(key, value).second); });
  ASSERT_EQ(seen.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(seen[keys[i]], static_cast<int>(i));
}

}  // namespace
}  // namespace casebook

namespace casebook {
namespace {

// Issue 6: flat_copy turns a lexicon's unordered_map (built with a later row overriding an
// earlier one) into a flat map that answers exactly as the map did, for every key and for
// keys it lacks.
TEST(FlatStringMapTest, Issue6FlatCopyAnswersAsTheMapDid) {
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back("w" + std::to_string(i * 7919 % 10007));
  std::unordered_map<std::string_view, int> m;
  for (size_t i = 0; i < keys.size(); ++i) m[keys[i]] = static_cast<int>(i);
  m["w1"] = -1;  // overridden: the last value must be the one copied
  m["w1"] = -2;
  FlatStringMap<int> f = flat_copy(m);
  ASSERT_EQ(f.size(), m.size());
  for (const auto& [k, v] : m) {
    ASSERT_NE(f.find(k), nullptr) << k;
    EXPECT_EQ(*f.find(k), v) << k;
  }
  EXPECT_EQ(*f.find("w1"), -2);
  EXPECT_EQ(f.find("w10008"), nullptr);
  EXPECT_EQ(f.find("w"), nullptr);
  EXPECT_EQ(f.find(""), nullptr);
}

// Issue 6: probing reads the tag array first. Over many keys (slots shared by several probe
// sequences, tags equal by chance) every present key is found with its value and every absent
// one, even one differing only in its last byte or its length, is not.
TEST(FlatStringMapTest, Issue6TagsAgreeWithTheSlotsOnManyKeysAndMisses) {
  std::vector<std::string> keys;
  for (int i = 0; i < 60000; ++i) keys.push_back("k" + std::to_string(i * 2654435761u % 1000003));
  FlatStringMap<int> f;
  std::unordered_map<std::string, int> m;
  for (size_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(f.insert(keys[i], static_cast<int>(i)), m.emplace(keys[i], i).second);
  }
  for (const std::string& k : keys) {
    ASSERT_NE(f.find(k), nullptr) << k;
    EXPECT_EQ(*f.find(k), m[k]) << k;
    std::string other = k;
    other.back() = other.back() == '9' ? 'x' : static_cast<char>(other.back() + 1);
    EXPECT_EQ(f.find(other) != nullptr, m.count(other) > 0) << other;
    EXPECT_EQ(f.find(k + "0") != nullptr, m.count(k + "0") > 0) << k;
  }
  int visited = 0;
  f.for_each([&](std::string_view, int) { ++visited; });
  EXPECT_EQ(visited, static_cast<int>(m.size()));
}

}  // namespace
}  // namespace casebook
