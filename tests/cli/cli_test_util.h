// Runs the built casebook binary in tests and captures its stdout, stderr and exit code.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace casebook::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The temporary folders the tests made; removed when the test binary exits, so runs leave
// nothing behind in the temporary directory.
struct TempFolders {
  std::vector<std::filesystem::path> made;
  ~TempFolders() {
    std::error_code ec;
    for (const auto& p : made) std::filesystem::remove_all(p, ec);
  }
};
inline TempFolders temp_folders;

// A fresh temporary folder for one test.
inline std::filesystem::path temp_folder(const std::string& name) {
  auto p = std::filesystem::temp_directory_path() /
           ("casebook-cli-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  temp_folders.made.push_back(p);
  return p;
}

inline void write_file(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f << bytes;
}

// Runs `casebook ARGS` through the shell (args must be shell-quoted by the caller).
inline RunResult run_casebook(const std::string& args, const std::string& stdin_file = "") {
  auto dir = temp_folder("run");
  std::string out = (dir / "out").string(), err = (dir / "err").string();
  std::string cmd =
      std::string("'") + CASEBOOK_BINARY + "' " + args + " >'" + out + "' 2>'" + err + "'";
  if (!stdin_file.empty())
    cmd += " <'" + stdin_file + "'";
  else
    cmd += " </dev/null";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  std::filesystem::remove_all(dir);
  return r;
}

}  // namespace casebook::testing
