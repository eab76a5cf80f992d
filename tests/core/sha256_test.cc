// Tests of SHA-256 (issue 6): the x86 SHA-extension path gives libsodium's digest for every
// length around the block and padding boundaries, and the known answers of FIPS 180-4.
#include "core/sha256.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <string>

namespace casebook {
namespace {

TEST(Issue6Sha256, KnownAnswers) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Issue6Sha256, CpuPathMatchesLibsodiumAtEveryLength) {
  std::string data;
  uint32_t x = 12345;
  for (size_t n = 0; n < 300; ++n) {
    for (size_t len : {n, n * 37 + 1000}) {
      data.resize(len);
      for (char& c : data) c = static_cast<char>((x = x * 1103515245 + 12345) >> 16);
      unsigned char a[32], b[32];
      sha256(data, a, true);
      sha256(data, b, false);
      ASSERT_EQ(std::memcmp(a, b, 32), 0) << len;
    }
  }
}

}  // namespace
}  // namespace casebook
