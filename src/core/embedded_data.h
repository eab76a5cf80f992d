// The project's data/ files (lexicons, gazetteer), compiled into the binary at build time
// by tools/embed_data.cc. Immutable, so safe to read from any thread.
#pragma once

#include <cstddef>
#include <string_view>

namespace casebook {

struct EmbeddedFile {
  const char* path;  // relative to data/, e.g. "places/countries.tsv"
  std::string_view bytes;
};

// All embedded files, sorted by path (defined in the generated embedded_data.cc).
const EmbeddedFile* embedded_files(size_t* count);

// The bytes of one embedded file, or an empty view when there is no such file.
std::string_view embedded_file(std::string_view path);

}  // namespace casebook
