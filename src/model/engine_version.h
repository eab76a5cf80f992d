// The version of the extraction engine that made an Extraction: "0.1.0+<digest>", where the
// digest covers the extraction sources and data (cmake/engine_version.cmake). Two builds with
// the same version extract every document alike.
#pragma once

#include <string_view>

namespace casebook {

std::string_view engine_version();

}  // namespace casebook
