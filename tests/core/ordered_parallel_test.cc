// run_ordered: results come back in input order whatever the thread timing, with at most
// `window` waiting; the work runs on several threads. Also run under ThreadSanitizer
// (`make test-tsan`), which is what catches a race in the slot handoff.
#include "core/ordered_parallel.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>
#include <thread>

namespace casebook {
namespace {

TEST(OrderedParallel, EmitsInInputOrderUnderUnevenWork) {
  std::vector<size_t> order;
  run_ordered(
      200, 4,
      [](size_t i) {
        // Early items are slowest, so later ones finish first and must wait their turn.
        std::this_thread::sleep_for(std::chrono::microseconds((200 - i) * 20));
        return std::to_string(i);
      },
      [&](size_t i, std::string&& s) {
        EXPECT_EQ(s, std::to_string(i));
        order.push_back(i);
      },
      8);
  ASSERT_EQ(order.size(), 200u);
  for (size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
}

TEST(OrderedParallel, WorkRunsOnSeveralThreads) {
  std::mutex mu;
  std::set<std::thread::id> threads;
  run_ordered(
      64, 4,
      [&](size_t) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::lock_guard<std::mutex> lock(mu);
        threads.insert(std::this_thread::get_id());
        return 0;
      },
      [](size_t, int&&) {});
  EXPECT_GT(threads.size(), 1u);
}

TEST(OrderedParallel, OneJobAndEmptyInputRunInline) {
  int calls = 0;
  run_ordered(
      0, 4, [](size_t) { return 0; }, [&](size_t, int&&) { ++calls; });
  EXPECT_EQ(calls, 0);
  auto caller = std::this_thread::get_id();
  run_ordered(
      5, 1, [&](size_t) { return std::this_thread::get_id() == caller; },
      [&](size_t, bool&& inline_run) {
        EXPECT_TRUE(inline_run);
        ++calls;
      });
  EXPECT_EQ(calls, 5);
}

}  // namespace
}  // namespace casebook
