// Expansion of PATH arguments into documents (see input_files.h).
#include "cli/input_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace casebook {

namespace fs = std::filesystem;

bool is_document_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

void expand_inputs(const std::vector<std::string>& args, std::vector<InputFile>* files,
                   std::vector<InputProblem>* problems) {
  for (const std::string& arg : args) {
    if (arg == "-") {
      files->push_back({"-", true});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      problems->push_back({arg, "no such file or directory"});
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code fec;
        if (it->is_regular_file(fec) && is_document_extension(it->path().string())) {
          found.push_back(it->path().string());
        }
      }
      if (ec) {
        problems->push_back({arg, "cannot read directory: " + ec.message()});
        continue;
      }
      if (found.empty()) {
        problems->push_back({arg, "directory has no documents (.txt, .md, .html, .htm)"});
        continue;
      }
      std::sort(found.begin(), found.end());
      for (auto& f : found) files->push_back({std::move(f), false});
      continue;
    }
    files->push_back({arg, false});
  }
}

}  // namespace casebook
