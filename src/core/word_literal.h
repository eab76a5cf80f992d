// A word compared with a string literal in the small word-class tests the rules ask of many
// tokens ("is it a form of be?", "does it open a clause?"). `w == "was"` compiles to a call of
// std::string_view::compare, and from there memcmp, wherever GCC's inliner has spent its budget
// for a large file (the extract stage's files): ~40 instructions a compare. Here the literal's
// length is a constant, so the bytes are compared inline with one or two integer loads.
#pragma once

#include <cstddef>
#include <string_view>

namespace casebook {

// w equals the literal `lit` byte for byte ("was", "’s"): same answer as `w == lit`.
template <size_t N>
[[gnu::always_inline]] constexpr bool is_literal(std::string_view w, const char (&lit)[N]) {
  static_assert(N >= 1, "a string literal");
  return w.size() == N - 1 && __builtin_memcmp(w.data(), lit, N - 1) == 0;
}

}  // namespace casebook
