// Runs work(i) for i in [0, n) on `jobs` threads and hands each result to emit(i, result) on
// the calling thread in index order, so output order is input order whatever the thread
// timing. At most `window` results wait in memory. With jobs <= 1 everything runs inline.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace casebook {

template <typename Work, typename Emit>
void run_ordered(size_t n, int jobs, Work work, Emit emit, size_t window = 0) {
  using R = decltype(work(size_t{0}));
  if (jobs <= 1 || n <= 1) {
    for (size_t i = 0; i < n; ++i) emit(i, work(i));
    return;
  }
  if (window == 0) window = static_cast<size_t>(jobs) * 8;
  std::vector<std::optional<R>> slots(window);
  std::mutex mu;
  std::condition_variable ready, room;
  size_t next = 0, emitted = 0;
  auto worker = [&]() {
    while (true) {
      size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        room.wait(lock, [&] { return next >= n || next < emitted + window; });
        if (next >= n) return;
        i = next++;
      }
      R r = work(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        slots[i % window] = std::move(r);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  int t = static_cast<int>(std::min<size_t>(static_cast<size_t>(jobs), n));
  threads.reserve(t);
  for (int k = 0; k < t; ++k) threads.emplace_back(worker);
  for (size_t i = 0; i < n; ++i) {
    std::optional<R> r;
    {
      std::unique_lock<std::mutex> lock(mu);
      ready.wait(lock, [&] { return slots[i % window].has_value(); });
      r = std::move(slots[i % window]);
      slots[i % window].reset();
      emitted = i + 1;
    }
    room.notify_all();
    emit(i, std::move(*r));
  }
  for (auto& th : threads) th.join();
}

}  // namespace casebook
