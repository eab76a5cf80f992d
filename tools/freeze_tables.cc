// Build-time generator: builds the lexicon tables from the data files exactly as start-up would,
// and writes them in the binary form the engine then uses in place (so start-up parses no TSV).
// Usage: freeze_tables OUT_DIR REL_PATH=ABS_PATH...   (the same files the binary embeds)
// Writes OUT_DIR/lemma_table.bin (src/nlp/lemmatizer.cc) and OUT_DIR/gazetteer_table.bin
// (src/nlp/gazetteer_table.cc).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "core/embedded_data.h"
#include "nlp/gazetteer.h"
#include "nlp/lemmatizer.h"

namespace {

std::vector<std::string> g_paths;  // kept alive: EmbeddedFile holds a const char*
std::vector<std::string> g_bytes;
std::vector<casebook::EmbeddedFile> g_files;

bool write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path + ".tmp", std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out || std::rename((path + ".tmp").c_str(), path.c_str()) != 0) {
    std::cerr << "freeze_tables: cannot write " << path << "\n";
    return false;
  }
  return true;
}

}  // namespace

// The data files come from the command line here, instead of from the generated
// embedded_data.cc that the engine links.
namespace casebook {
const EmbeddedFile* embedded_files(size_t* count) {
  *count = g_files.size();
  return g_files.data();
}
}  // namespace casebook

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: freeze_tables OUT_DIR REL_PATH=ABS_PATH...\n";
    return 2;
  }
  std::string out_dir = argv[1];
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    size_t eq = arg.find('=');
    std::ifstream in(eq == std::string::npos ? "" : arg.substr(eq + 1), std::ios::binary);
    if (!in) {
      std::cerr << "freeze_tables: expected REL=ABS of a readable file, got " << arg << "\n";
      return 2;
    }
    g_paths.push_back(arg.substr(0, eq));
    g_bytes.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  for (size_t i = 0; i < g_paths.size(); ++i) {
    g_files.push_back({g_paths[i].c_str(), g_bytes[i]});
  }
  bool ok = write_file(out_dir + "/lemma_table.bin", casebook::Lemmatizer::frozen_table()) &&
            write_file(out_dir + "/gazetteer_table.bin", casebook::Gazetteer::frozen_table());
  return ok ? 0 : 1;
}
