// Issue 6: the JSON writer keeps the text of the last fractions it wrote on a thread, by their
// bits, instead of asking to_chars for the shortest form each time. Every double must still
// come out as to_chars writes it: the same one again, two that share a table entry, in turn,
// and fractions that differ only in their last bit.
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "model/json_writer.h"

namespace casebook {
namespace {

std::string shortest(double d) {
  char buf[64];
  return std::string(buf, std::to_chars(buf, buf + sizeof buf, d).ptr);
}

std::string written(double d) {
  std::string out;
  JsonWriter w(&out, -1);
  w.value(d);
  return out;
}

TEST(JsonDoubles, Issue6EveryFractionAsToCharsWritesIt) {
  // Confidences as the event finder adds them up, each written many times, in turns.
  std::vector<double> values = {0.6 + 0.2,       0.6 + 0.2 + 0.1, 0.6 + 0.1,       0.6 - 0.2,
                                0.6 + 0.2 - 0.2, 0.6 + 0.1 - 0.2, 0.4 + 0.2 + 0.1, 0.5};
  // Neighbours one bit apart, which print differently.
  for (double d : {0.7, 0.9, 1e-300, 123456.789}) {
    values.push_back(d);
    values.push_back(std::nextafter(d, 2 * d + 1));
    values.push_back(std::nextafter(d, -1.0));
  }
  // Random finite fractions: many share a table entry.
  std::mt19937_64 rng(6);
  while (values.size() < 400) {
    uint64_t bits = rng();
    double d;
    std::memcpy(&d, &bits, sizeof d);
    if (std::isfinite(d) && d != std::floor(d)) values.push_back(d);
  }
  for (int pass = 0; pass < 3; ++pass) {
    for (size_t i = 0; i < values.size(); ++i) {
      const double d = values[(i * 7 + pass) % values.size()];
      ASSERT_EQ(written(d), shortest(d)) << i;
    }
  }
  EXPECT_EQ(written(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(written(2.5), "2.5");
  EXPECT_EQ(written(-2.5), "-2.5");
}

}  // namespace
}  // namespace casebook
