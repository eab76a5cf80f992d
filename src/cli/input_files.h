// Turns the PATH arguments of a command into the list of documents to read: files as given,
// directories walked recursively for .txt, .md, .html and .htm (sorted, so runs repeat), and
// "-" for standard input. Problems become per-path error lines, not aborts.
#pragma once

#include <string>
#include <vector>

namespace casebook {

struct InputFile {
  std::string path;  // as the user gave it, or joined under a given directory
  bool stdin_ = false;
};

struct InputProblem {
  std::string path;
  std::string reason;
};

void expand_inputs(const std::vector<std::string>& args, std::vector<InputFile>* files,
                   std::vector<InputProblem>* problems);

// True for the extensions casebook reads from directories.
bool is_document_extension(const std::string& path);

}  // namespace casebook
