// A word compared with a string literal in the small word-class tests the rules ask of many
// tokens ("is it a form of be?", "does it open a clause?"). `w == "was"` compiles to a call of
// std::string_view::compare, and from there memcmp, wherever GCC's inliner has spent its budget
// for a large file (the extract stage's files): ~40 instructions a compare. Here the literal's
// length is a constant, so the bytes are compared inline with one or two integer loads.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace casebook {

// w equals the literal `lit` byte for byte ("was", "’s"): same answer as `w == lit`.
template <size_t N>
[[gnu::always_inline]] constexpr bool is_literal(std::string_view w, const char (&lit)[N]) {
  static_assert(N >= 1, "a string literal");
  return w.size() == N - 1 && __builtin_memcmp(w.data(), lit, N - 1) == 0;
}

// `w == "was"` itself, for code in namespace casebook that sees this header: ordinary lookup
// finds this before std's operator, which takes the literal as a string_view (a user-defined
// conversion), so a compare with a literal is inline everywhere, not only where a rule was
// written with is_literal. Same answer as std's for any array holding a C string: the length
// is strlen's, a constant for a literal. `"was" == w` and `w != "was"` are rewritten to it
// (C++20). A std::string on the left takes the operator below.
template <size_t N>
[[gnu::always_inline]] constexpr bool operator==(std::string_view w, const char (&lit)[N]) {
  const size_t n = std::char_traits<char>::length(lit);
  return w.size() == n && __builtin_memcmp(w.data(), lit, n) == 0;
}

// `s == "killing"` for a std::string on the left (an event's type, an entity's kind): std's
// operator calls basic_string::compare, and from there memcmp, out of line. A template taking
// the literal as an array would tie with std's (both exact matches, neither more specialised);
// this one is no template, so it wins the tie for a literal or any C string, and
// __builtin_strlen of a literal is a constant once inlined. Same answer as std's: the bytes
// up to the C string's NUL. `"killing" == s` and `s != "killing"` are rewritten to it. (It is
// noexcept where std's is not: that tells a test which one a compare chose.)
[[gnu::always_inline]] inline bool operator==(const std::string& s, const char* c) noexcept {
  const size_t n = __builtin_strlen(c);
  return s.size() == n && __builtin_memcmp(s.data(), c, n) == 0;
}

}  // namespace casebook
