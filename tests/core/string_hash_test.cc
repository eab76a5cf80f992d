// Tests of the short-string hash the lexicons are keyed by (issue 6): equal bytes hash equal
// wherever they sit, and the words and phrases of a lexicon spread without collisions.
#include "core/string_hash.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace casebook {
namespace {

TEST(Issue6StringHash, EqualBytesHashEqualAtAnyAddress) {
  std::string a = "xxhuman rights defenderxx", b = "human rights defender";
  EXPECT_EQ(short_string_hash(std::string_view(a).substr(2, b.size())), short_string_hash(b));
  EXPECT_EQ(short_string_hash(""), short_string_hash(std::string_view()));
}

TEST(Issue6StringHash, EveryLengthAndEveryByteCounts) {
  std::set<uint64_t> seen;
  size_t made = 0;
  std::string base = "abcdefghijklmnopqrstuvwxyz0123456789";
  for (size_t len = 0; len <= base.size(); ++len) {
    std::string s = base.substr(0, len);
    seen.insert(short_string_hash(s));
    ++made;
    for (size_t i = 0; i < len; ++i) {  // one byte changed anywhere, head, middle or tail
      std::string t = s;
      t[i] = static_cast<char>(t[i] ^ 0x20);
      seen.insert(short_string_hash(t));
      ++made;
    }
  }
  EXPECT_EQ(seen.size(), made);
}

// same_bytes agrees with memcmp at every length up to and past 16 bytes (the word-load paths
// and the memcmp path), with one byte changed anywhere, at unaligned addresses.
TEST(Issue6StringHash, SameBytesAgreesWithMemcmp) {
  std::string base = "xhuman rights defenders of the press0123456789";
  for (size_t len = 0; len + 1 <= base.size(); ++len) {
    std::string a = base.substr(1, len);
    std::string b = "yy" + a;  // the copy at another alignment
    EXPECT_TRUE(same_bytes(a.data(), b.data() + 2, len)) << len;
    for (size_t i = 0; i < len; ++i) {
      std::string c = b;
      c[2 + i] = static_cast<char>(c[2 + i] ^ 0x01);
      EXPECT_FALSE(same_bytes(a.data(), c.data() + 2, len)) << len << " " << i;
      EXPECT_FALSE(same_bytes(c.data() + 2, a.data(), len)) << len << " " << i;
    }
  }
  EXPECT_TRUE(same_bytes(nullptr, nullptr, 0));
}

}  // namespace
}  // namespace casebook
