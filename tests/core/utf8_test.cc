// Tests for UTF-8 validation: the eight-bytes-at-a-time ASCII sweep must find an ill-formed
// or non-ASCII byte at every position and alignment, and agree with a byte-by-byte check.
#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace casebook {
namespace {

TEST(Utf8Test, ValidAndInvalidSequences) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii text"));
  EXPECT_TRUE(is_valid_utf8("caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80"));
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(is_valid_utf8("\xE2\x80"));          // cut short
}

// One bad or multi-byte sequence at every offset of an ASCII run, so that it falls in each
// lane of the eight-byte sweep and in the byte-by-byte tail.
TEST(Utf8Test, EveryOffsetOfTheAsciiSweep) {
  for (size_t len = 0; len < 40; ++len) {
    for (size_t at = 0; at <= len; ++at) {
      std::string s(len, 'a');
      EXPECT_TRUE(is_valid_utf8(s));
      std::string bad = s;
      bad.insert(at, "\xFF");
      EXPECT_FALSE(is_valid_utf8(bad)) << len << " " << at;
      std::string cut = s;
      cut.insert(at, "\xE2\x80");
      EXPECT_FALSE(is_valid_utf8(cut)) << len << " " << at;
      std::string good = s;
      good.insert(at, "\xE2\x80\x99");
      EXPECT_TRUE(is_valid_utf8(good)) << len << " " << at;
    }
  }
}

}  // namespace
}  // namespace casebook
