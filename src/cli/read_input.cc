// Bounded reads of files and standard input.
#include "cli/read_input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace casebook {

namespace {

std::string too_large(size_t max_bytes) {
  return "file is larger than --max-bytes (" + std::to_string(max_bytes) + " bytes)";
}

Result<std::string> read_stream(std::FILE* f, size_t max_bytes) {
  std::string out;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    if (out.size() + n > max_bytes) return Status::TooLarge(too_large(max_bytes));
    out.append(buf, n);
  }
  if (std::ferror(f)) return Status::IoError(std::string("read error: ") + std::strerror(errno));
  return out;
}

}  // namespace

Result<std::string> read_input(const InputFile& input, size_t max_bytes) {
  if (input.stdin_) return read_stream(stdin, max_bytes);
  std::error_code ec;
  if (std::filesystem::is_directory(input.path, ec)) {
    return Status::InvalidInput("is a directory");
  }
  auto size = std::filesystem::file_size(input.path, ec);
  if (!ec && size > max_bytes) {
    return Status::TooLarge("file is larger than --max-bytes (" + std::to_string(size) + " > " +
                            std::to_string(max_bytes) + " bytes)");
  }
  std::FILE* f = std::fopen(input.path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
  Result<std::string> r = read_stream(f, max_bytes);
  std::fclose(f);
  return r;
}

}  // namespace casebook
