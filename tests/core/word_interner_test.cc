// Tests for the word interner: ids in order of first appearance, equal words share an id,
// words differing in length or one byte do not, growth keeps every id, and clear starts over.
#include "core/word_interner.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace casebook {
namespace {

TEST(WordInternerTest, EqualWordsShareAnIdInOrderOfFirstAppearance) {
  WordInterner in;
  in.clear();
  std::string again = "detained";  // another copy: ids follow the bytes, not the pointer
  EXPECT_EQ(in.intern("police"), 0u);
  EXPECT_EQ(in.intern("detained"), 1u);
  EXPECT_EQ(in.intern("police"), 0u);
  EXPECT_EQ(in.intern(again), 1u);
  EXPECT_EQ(in.intern("detain"), 2u);
  EXPECT_EQ(in.intern("detainee"), 3u);
  EXPECT_EQ(in.intern("Police"), 4u);
  EXPECT_EQ(in.intern(""), 5u);
  EXPECT_EQ(in.intern(""), 5u);
  EXPECT_EQ(in.size(), 6u);
  EXPECT_EQ(in.word(1), "detained");
  EXPECT_EQ(in.words()[2], "detain");
}

// Agrees with std::unordered_map through growth, from a table sized far too small.
TEST(WordInternerTest, AgreesWithUnorderedMapThroughGrowth) {
  std::vector<std::string> words;
  for (int i = 0; i < 6000; ++i) {
    words.push_back("w" + std::to_string(i * 7919 % 3001));
    words.push_back(std::string(1 + i % 30, static_cast<char>('a' + i % 26)));
  }
  WordInterner in;
  in.clear(4);
  std::unordered_map<std::string_view, uint32_t> reference;
  for (const std::string& w : words) {
    uint32_t expected = static_cast<uint32_t>(reference.size());
    auto [it, added] = reference.emplace(w, expected);
    EXPECT_EQ(in.intern(w), it->second) << w;
  }
  EXPECT_EQ(in.size(), reference.size());
  for (const auto& [word, id] : reference) EXPECT_EQ(in.word(id), word);
}

// find answers without adding: the event finder asks for a trigger row's required words.
TEST(WordInternerTest, FindDoesNotAdd) {
  WordInterner in;
  EXPECT_EQ(in.find("dead"), WordInterner::kAbsent);  // never cleared: no slots yet
  in.clear();
  in.intern("shot");
  in.intern("dead");
  EXPECT_EQ(in.find("dead"), 1u);
  EXPECT_EQ(in.find("shot"), 0u);
  EXPECT_EQ(in.find("dea"), WordInterner::kAbsent);
  EXPECT_EQ(in.find("deadly"), WordInterner::kAbsent);
  EXPECT_EQ(in.find(""), WordInterner::kAbsent);
  EXPECT_EQ(in.size(), 2u);
}

TEST(WordInternerTest, ClearForgetsEveryWord) {
  WordInterner in;
  in.clear(100);
  for (int i = 0; i < 50; ++i) in.intern(i % 2 ? "arrest" : "protest");
  EXPECT_EQ(in.size(), 2u);
  in.clear(100);  // same size: slots emptied in place
  EXPECT_EQ(in.size(), 0u);
  EXPECT_EQ(in.intern("protest"), 0u);
  in.clear(1000);  // another size
  EXPECT_EQ(in.intern("arrest"), 0u);
  EXPECT_EQ(in.intern("protest"), 1u);
}

}  // namespace
}  // namespace casebook

namespace casebook {
namespace {

// Issue 6: the annotator hashes each word once, ahead, and interns it with that hash.
TEST(WordInternerTest, Issue6InterningWithTheHashGivesTheSameIds) {
  WordInterner plain, hashed;
  plain.clear(4);
  hashed.clear(4);
  const char* words[] = {"the", "police", "the", "detained", "a", "journalist", "police",
                         "in",  "the",    "capital", "of", "the", "country", "detained"};
  std::vector<std::string> text;  // the interner keeps views: the words must outlive it
  for (int round = 0; round < 3; ++round) {  // and past growth
    for (const char* w : words) text.push_back(std::string(w) + std::to_string(round));
  }
  for (const std::string& word : text) {
    EXPECT_EQ(hashed.intern(word, short_string_hash(word)), plain.intern(word)) << word;
  }
  EXPECT_EQ(hashed.size(), plain.size());
}

}  // namespace
}  // namespace casebook
