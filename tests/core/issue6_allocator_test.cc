// Issue 6: every program that links the engine allocates through TCMalloc (cmake/malloc.cmake)
// rather than glibc's malloc, which cost ~6% of the extract loop's cycles. These tests fail
// when the library is dropped from the link, or linked after libc so that glibc's malloc wins.
#include <dlfcn.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace {

#if defined(CASEBOOK_WITH_TCMALLOC)
// The shared object that defines `symbol` for this process, or "" when none does.
std::string defined_in(const char* symbol) {
  void* at = dlsym(RTLD_DEFAULT, symbol);
  Dl_info info;
  if (at == nullptr || dladdr(at, &info) == 0 || info.dli_fname == nullptr) return "";
  return info.dli_fname;
}

TEST(Allocator, Issue6MallocAndNewAreTcmallocs) {
  const std::string tc = defined_in("tc_malloc");
  ASSERT_NE(tc.find("tcmalloc"), std::string::npos) << tc;
  EXPECT_EQ(defined_in("malloc"), tc);
  EXPECT_EQ(defined_in("free"), tc);
  EXPECT_EQ(defined_in("_Znwm"), tc);  // operator new(size_t)
}

TEST(Allocator, Issue6TheCommandLineLinksTcmalloc) {
  std::ifstream in(CASEBOOK_BINARY, std::ios::binary);
  ASSERT_TRUE(in.good()) << CASEBOOK_BINARY;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(bytes.find("libtcmalloc_minimal.so"), std::string::npos);
}
#endif

// Whatever the allocator, memory allocated on one thread and freed on another (as a page's
// extraction handed from a worker to the writer is) comes back whole.
TEST(Allocator, Issue6MemoryFreedOnAnotherThread) {
  std::vector<std::unique_ptr<std::string>> made(20000);
  std::thread maker([&] {
    for (size_t i = 0; i < made.size(); ++i) {
      made[i] = std::make_unique<std::string>(i % 300 + 1, static_cast<char>('a' + i % 26));
    }
  });
  maker.join();
  for (size_t i = 0; i < made.size(); ++i) {
    ASSERT_EQ(made[i]->size(), i % 300 + 1);
    ASSERT_EQ((*made[i])[0], static_cast<char>('a' + i % 26));
  }
  std::thread freer([&] { made.clear(); });
  freer.join();
  EXPECT_TRUE(made.empty());
}

}  // namespace
