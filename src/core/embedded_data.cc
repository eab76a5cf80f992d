// Lookup of embedded data files by path.
#include "core/embedded_data.h"

namespace casebook {

std::string_view embedded_file(std::string_view path) {
  size_t n = 0;
  const EmbeddedFile* files = embedded_files(&n);
  for (size_t i = 0; i < n; ++i) {
    if (path == files[i].path) return files[i].bytes;
  }
  return {};
}

}  // namespace casebook
