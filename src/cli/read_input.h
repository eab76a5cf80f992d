// Reading one input's bytes with a size limit, so a huge file is refused before it is read.
#pragma once

#include <string>

#include "casebook/status.h"
#include "cli/input_files.h"

namespace casebook {

Result<std::string> read_input(const InputFile& input, size_t max_bytes);

}  // namespace casebook
