// Memory for the large tables built once at start-up, mapped with its pages already present.
// Touching fresh pages one by one costs a page fault each (about 25 us on the virtual machine
// the benchmarks ran on); the gazetteer's 4 MB of places took ~1,000 of them, a large part
// of a one-document run's time. MAP_POPULATE has the kernel supply them all in one call.
#pragma once

#include <sys/mman.h>

#include <cstddef>
#include <new>

namespace casebook {

// Zeroed, page-aligned memory with its pages present, or nullptr. Free with unmap_populated.
inline void* map_populated(size_t bytes) {
  void* p = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE,
                 -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

inline void unmap_populated(void* p, size_t bytes) {
  if (p != nullptr) munmap(p, bytes);
}

// A std allocator for the start-up tables: blocks of at least kPopulateBytes are mapped
// populated, smaller ones come from operator new. The size alone tells the two apart.
inline constexpr size_t kPopulateBytes = 256 * 1024;

template <typename T>
struct PopulatedAllocator {
  using value_type = T;

  PopulatedAllocator() = default;
  template <typename U>
  PopulatedAllocator(const PopulatedAllocator<U>&) {}

  T* allocate(size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < kPopulateBytes) return static_cast<T*>(::operator new(bytes));
    void* p = map_populated(bytes);
    if (p == nullptr) throw std::bad_alloc();
    return static_cast<T*>(p);
  }
  void deallocate(T* p, size_t n) {
    size_t bytes = n * sizeof(T);
    if (bytes < kPopulateBytes) {
      ::operator delete(p);
    } else {
      unmap_populated(p, bytes);
    }
  }
  friend bool operator==(const PopulatedAllocator&, const PopulatedAllocator&) { return true; }
};

}  // namespace casebook
