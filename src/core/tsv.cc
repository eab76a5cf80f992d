// TSV row reader for the embedded data files.
#include "core/tsv.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/embedded_data.h"

namespace casebook {

void for_each_tsv_row(std::string_view tsv, const std::function<void(const TsvRow&)>& on_row) {
  TsvRow row;
  size_t pos = 0;
  while (pos < tsv.size()) {
    size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    std::string_view line = tsv.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    row.clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) {
        row.push_back(line.substr(start));
        break;
      }
      row.push_back(line.substr(start, tab - start));
      start = tab + 1;
    }
    on_row(row);
  }
}

void for_each_data_row(std::string_view path, const std::function<void(const TsvRow&)>& on_row) {
  std::string_view bytes = embedded_file(path);
  if (bytes.empty()) {
    std::fprintf(stderr, "casebook: internal error: data file %s is not compiled in\n",
                 std::string(path).c_str());
    std::abort();
  }
  for_each_tsv_row(bytes, on_row);
}

}  // namespace casebook
