// Tests of the per-thread bump arena that holds gumbo's tree while one page is parsed (issue 6):
// alignment, no overlap, oversized requests, and reuse after reset.
#include "core/arena.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace casebook {
namespace {

TEST(Issue6Arena, BlocksAreAlignedAndDoNotOverlap) {
  Arena arena(256);
  std::vector<std::pair<char*, size_t>> got;
  for (size_t n : {1, 7, 16, 17, 100, 255, 256, 1000, 3, 70000}) {
    char* p = static_cast<char*>(arena.allocate(n));
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 16, 0u) << n;
    std::memset(p, static_cast<int>(n & 0xff), n);  // each block fully writable
    got.emplace_back(p, n);
  }
  for (size_t i = 0; i < got.size(); ++i) {
    for (size_t j = i + 1; j < got.size(); ++j) {
      bool apart = got[i].first + got[i].second <= got[j].first ||
                   got[j].first + got[j].second <= got[i].first;
      EXPECT_TRUE(apart) << i << " and " << j;
    }
  }
  for (const auto& [p, n] : got) EXPECT_EQ(static_cast<unsigned char>(p[n - 1]), n & 0xff);
}

TEST(Issue6Arena, ResetHandsOutTheKeptBlockAgain) {
  Arena arena(1024);
  void* first = arena.allocate(64);
  arena.allocate(5000);  // a block of its own
  arena.reset();
  EXPECT_EQ(arena.allocate(64), first);
  arena.reset(0);  // keep nothing
  EXPECT_NE(arena.allocate(64), nullptr);
}

}  // namespace
}  // namespace casebook
