// Tests of the pre-faulted memory for start-up tables (issue 6): a vector grows from small
// blocks (operator new) to mapped ones and back without losing its contents, and mapped
// memory comes zeroed.
#include "core/populated_memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace casebook {
namespace {

TEST(Issue6PopulatedMemory, VectorKeepsItsContentsAcrossTheThreshold) {
  std::vector<uint64_t, PopulatedAllocator<uint64_t>> v;
  const size_t n = 3 * kPopulateBytes / sizeof(uint64_t);  // ends well above the threshold
  for (uint64_t i = 0; i < n; ++i) v.push_back(i * 7);
  for (uint64_t i = 0; i < n; i += 997) ASSERT_EQ(v[i], i * 7);
  v.resize(10);
  v.shrink_to_fit();  // back to a small block
  EXPECT_EQ(v[9], 63u);
}

TEST(Issue6PopulatedMemory, MappedMemoryIsZeroed) {
  const size_t bytes = 640 * 1024;
  auto* p = static_cast<unsigned char*>(map_populated(bytes));
  ASSERT_NE(p, nullptr);
  size_t nonzero = 0;
  for (size_t i = 0; i < bytes; i += 61) nonzero += p[i] != 0;
  EXPECT_EQ(nonzero, 0u);
  p[bytes - 1] = 1;  // writable to the end
  unmap_populated(p, bytes);
}

}  // namespace
}  // namespace casebook
