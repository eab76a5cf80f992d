// Echo-off passphrase input with termios. A signal while echo is off would leave the user's
// shell without echo, so the common ones restore the terminal before they take effect.
#include "store/passphrase.h"

#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

namespace casebook {
namespace {

// The terminal state to restore from a signal handler: plain globals, async-signal-safe use.
int g_fd = -1;
struct termios g_saved;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGQUIT, SIGTSTP, SIGHUP};
struct sigaction g_old[sizeof kSignals / sizeof kSignals[0]];

void restore_and_reraise(int sig) {
  if (g_fd >= 0) tcsetattr(g_fd, TCSAFLUSH, &g_saved);
  for (size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i) {
    if (kSignals[i] == sig) sigaction(sig, &g_old[i], nullptr);
  }
  raise(sig);
}

void write_all(int fd, const std::string& s) {
  size_t done = 0;
  while (done < s.size()) {
    ssize_t n = ::write(fd, s.data() + done, s.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<size_t>(n);
  }
}

}  // namespace

bool looks_encrypted(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  char head[16] = {};
  in.read(head, sizeof head);
  if (in.gcount() == 0) return false;
  return in.gcount() < 16 || std::memcmp(head, "SQLite format 3", 16) != 0;
}

Result<std::string> read_passphrase(int fd, const std::string& prompt) {
  struct termios saved;
  if (!isatty(fd) || tcgetattr(fd, &saved) != 0) {
    return Status::InvalidInput("not a terminal: cannot ask for the key");
  }
  struct termios quiet = saved;
  quiet.c_lflag &= static_cast<tcflag_t>(~(ECHO | ECHOE | ECHOK | ECHONL));
  quiet.c_lflag |= ICANON;
  g_saved = saved;
  g_fd = fd;
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = restore_and_reraise;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i) {
    sigaction(kSignals[i], &sa, &g_old[i]);
  }
  // TCSAFLUSH drops anything typed before echo went off, which the terminal already showed.
  tcsetattr(fd, TCSAFLUSH, &quiet);
  write_all(fd, prompt);
  std::string line;
  bool eof = false;
  for (;;) {
    char c;
    ssize_t n = ::read(fd, &c, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      eof = true;
      break;
    }
    if (c == '\n' || c == '\r') break;
    line.push_back(c);
  }
  tcsetattr(fd, TCSAFLUSH, &saved);
  g_fd = -1;
  for (size_t i = 0; i < sizeof kSignals / sizeof kSignals[0]; ++i) {
    sigaction(kSignals[i], &g_old[i], nullptr);
  }
  write_all(fd, "\n");  // the Enter the user typed was not echoed
  if (eof && line.empty()) return Status::IoError("no key typed (end of input)");
  if (line.empty()) return Status::InvalidInput("empty key");
  return line;
}

}  // namespace casebook
