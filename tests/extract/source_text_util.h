// The text of one of casebook's own source files, for the speed tests that check a change is
// still in place (a loop that must not come back, a helper that must be called).
#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace casebook::testing {

// The file at `path` under the source tree; a failed expectation when it cannot be read.
inline std::string source(const std::string& path) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/" + path);
  EXPECT_TRUE(in.good()) << path;
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace casebook::testing
