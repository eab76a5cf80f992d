// Issue 7: the store connection pool hands a returned connection straight to the longest
// waiter. Many threads over few connections all get served, never more than `size` at once.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "../store/store_test_util.h"
#include "server/api_context.h"

namespace casebook::testing {
namespace {

TEST(StorePool, Issue7ManyThreadsShareFewConnections) {
  auto dir = store_temp_dir("pool");
  std::string path = (dir / "cb.db").string();
  { ASSERT_TRUE(Store::open(path, "", true).ok()); }
  server::StorePool pool(path, "", 2);
  std::atomic<int> held{0}, most{0}, served{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 12; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 40; ++i) {
        auto s = pool.take();
        ASSERT_TRUE(s.ok());
        int now = ++held;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        EXPECT_EQ((*s)->db()->scalar("SELECT 1"), 1);
        --held;
        pool.give_back(std::move(*s));
        ++served;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(served, 12 * 40);
  EXPECT_LE(most, 2);
  EXPECT_GE(most, 1);
  std::filesystem::remove_all(dir);
}

// A connection that cannot be opened fails that request only; the slot goes to the next.
TEST(StorePool, Issue7FailedOpenLeavesTheSlotFree) {
  auto dir = store_temp_dir("pool-fail");
  server::StorePool pool((dir / "missing" / "cb.db").string(), "", 1);
  for (int i = 0; i < 3; ++i) EXPECT_FALSE(pool.take().ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook::testing
