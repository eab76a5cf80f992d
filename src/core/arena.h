// A bump-pointer arena: many small allocations, all released at once. Used per document (one
// per thread, reset between documents) where a library allocates node by node, like gumbo.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace casebook {

// Not thread-safe: give each thread its own. Memory handed out stays valid until reset() or
// destruction. Blocks are 16-byte aligned, like malloc's.
class Arena {
 public:
  explicit Arena(size_t block_bytes = 64 * 1024) : block_bytes_(block_bytes) {}
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  void* allocate(size_t bytes) {
    bytes = (bytes + 15) & ~size_t{15};
    if (bytes > static_cast<size_t>(end_ - next_)) return allocate_slow(bytes);
    void* p = next_;
    next_ += bytes;
    return p;
  }

  // Releases everything allocated; keeps the first block (and no more than `keep_bytes` in
  // all) for the next document, so a steady stream of pages does not go back to malloc.
  void reset(size_t keep_bytes = 1 << 20) {
    size_t kept = 0, n = 0;
    for (; n < blocks_.size() && kept + blocks_[n].size <= keep_bytes; ++n) kept += blocks_[n].size;
    blocks_.resize(n);
    current_ = 0;
    set_current();
  }

 private:
  struct Block {
    std::unique_ptr<std::byte[]> bytes;
    size_t size;
  };

  void set_current() {
    if (current_ < blocks_.size()) {
      next_ = blocks_[current_].bytes.get();
      end_ = next_ + blocks_[current_].size;
    } else {
      next_ = end_ = nullptr;
    }
  }

  void* allocate_slow(size_t bytes) {
    // The next kept block, if big enough; otherwise a new one (an oversized request gets a
    // block of its own, inserted so the kept blocks stay in use).
    while (current_ + 1 < blocks_.size()) {
      ++current_;
      set_current();
      if (bytes <= static_cast<size_t>(end_ - next_)) return allocate(bytes);
    }
    size_t size = bytes > block_bytes_ ? bytes : block_bytes_;
    // operator new[] aligns to __STDCPP_DEFAULT_NEW_ALIGNMENT__, 16 on the targets we build.
    blocks_.push_back(Block{std::make_unique_for_overwrite<std::byte[]>(size), size});
    current_ = blocks_.size() - 1;
    set_current();
    return allocate(bytes);
  }

  size_t block_bytes_;
  std::vector<Block> blocks_;
  size_t current_ = 0;
  std::byte* next_ = nullptr;
  std::byte* end_ = nullptr;
};

}  // namespace casebook
