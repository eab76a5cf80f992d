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

}  // namespace
}  // namespace casebook
