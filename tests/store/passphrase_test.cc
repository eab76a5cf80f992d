// Issue 5: the key prompt. Echo is off while the key is typed and restored after; nothing is
// asked when there is no terminal; an encrypted store is told from a plain one by its header.
#include "store/passphrase.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <thread>

#include "store_test_util.h"

namespace casebook {
namespace {

// Reads what the terminal shows until `want` appears or `ms` pass.
std::string read_until(int master, const std::string& want, int ms = 5000) {
  std::string seen;
  for (int waited = 0; waited < ms && seen.find(want) == std::string::npos; waited += 50) {
    struct pollfd p = {master, POLLIN, 0};
    if (poll(&p, 1, 50) <= 0) continue;
    char buf[256];
    ssize_t n = ::read(master, buf, sizeof buf);
    if (n <= 0) break;
    seen.append(buf, static_cast<size_t>(n));
  }
  return seen;
}

TEST(Issue5KeyPrompt, EncryptedStoresAreToldByTheirHeader) {
  auto dir = testing::store_temp_dir("passphrase-header");
  std::string plain = (dir / "plain.db").string(), secret = (dir / "secret.db").string();
  EXPECT_FALSE(looks_encrypted((dir / "missing.db").string()));
  testing::write_text(dir / "empty.db", "");
  EXPECT_FALSE(looks_encrypted((dir / "empty.db").string()));
  ASSERT_TRUE(Store::open(plain, "").ok());
  ASSERT_TRUE(Store::open(secret, "k").ok());
  EXPECT_FALSE(looks_encrypted(plain));
  EXPECT_TRUE(looks_encrypted(secret));
  std::filesystem::remove_all(dir);
}

TEST(Issue5KeyPrompt, NoTerminalNoPrompt) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  ASSERT_EQ(write(fds[1], "secret\n", 7), 7);
  Result<std::string> k = read_passphrase(fds[0], "Key: ");
  EXPECT_FALSE(k.ok());
  EXPECT_EQ(k.status().message(), "not a terminal: cannot ask for the key");
  // The pipe was not read: nothing was consumed as a key.
  char buf[8];
  EXPECT_EQ(read(fds[0], buf, sizeof buf), 7);
  close(fds[0]);
  close(fds[1]);
}

TEST(Issue5KeyPrompt, KeyIsReadWithEchoOffAndEchoComesBack) {
  int master = -1, slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  Result<std::string> key = Status::Internal("not run");
  bool echo_during = true;
  std::thread reader([&] { key = read_passphrase(slave, "Key for t.db: "); });
  std::string shown = read_until(master, "Key for t.db: ");
  ASSERT_NE(shown.find("Key for t.db: "), std::string::npos) << shown;
  struct termios t;
  ASSERT_EQ(tcgetattr(slave, &t), 0);
  echo_during = (t.c_lflag & ECHO) != 0;
  ASSERT_EQ(write(master, "horse battery\n", 14), 14);
  reader.join();
  ASSERT_TRUE(key.ok()) << key.status().message();
  EXPECT_EQ(*key, "horse battery");
  EXPECT_FALSE(echo_during);
  shown += read_until(master, "\n", 300);
  EXPECT_EQ(shown.find("horse"), std::string::npos) << shown;
  ASSERT_EQ(tcgetattr(slave, &t), 0);
  EXPECT_NE(t.c_lflag & ECHO, 0u);
  close(master);
  close(slave);
}

TEST(Issue5KeyPrompt, AnEmptyLineIsNoKey) {
  int master = -1, slave = -1;
  ASSERT_EQ(openpty(&master, &slave, nullptr, nullptr, nullptr), 0);
  Result<std::string> key = Status::Internal("not run");
  std::thread reader([&] { key = read_passphrase(slave, "Key: "); });
  read_until(master, "Key: ");
  ASSERT_EQ(write(master, "\n", 1), 1);
  reader.join();
  EXPECT_FALSE(key.ok());
  close(master);
  close(slave);
}

// The whole command in a terminal: it asks for the key of an encrypted store, does not echo
// it, and opens the store with it; a wrong key typed gets the wrong-key line.
int run_in_pty(const std::filesystem::path& dir, const char* args, const std::string& typed,
               std::string* shown) {
  int master = -1;
  pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
  if (pid == 0) {
    if (chdir(dir.c_str()) != 0) _exit(127);
    unsetenv("CASEBOOK_KEY_FILE");
    std::string cmd = std::string("'") + CASEBOOK_BINARY + "' " + args;
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  *shown = read_until(master, "Key for casebook.db: ");
  if (shown->find("Key for casebook.db: ") != std::string::npos) {
    if (write(master, typed.data(), typed.size()) < 0) return -2;
  }
  *shown += read_until(master, "\x04never", 3000);  // to EOF (read fails when the child ends)
  int status = 0;
  waitpid(pid, &status, 0);
  close(master);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(Issue5KeyPrompt, TheCommandAsksAtATerminal) {
  auto dir = testing::store_temp_dir("passphrase-cli");
  {
    auto s = Store::open((dir / "casebook.db").string(), "typed secret");
    ASSERT_TRUE(s.ok());
    IngestCounts c;
    ASSERT_TRUE(testing::ingest_text(s->get(), testing::kReportA, "a.txt", &c).ok());
  }
  std::string shown;
  int code = run_in_pty(dir, "status", "typed secret\n", &shown);
  EXPECT_EQ(code, 0) << shown;
  EXPECT_NE(shown.find("Key for casebook.db: "), std::string::npos) << shown;
  EXPECT_EQ(shown.find("typed secret"), std::string::npos) << shown;
  EXPECT_NE(shown.find("documents"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("not encrypted"), std::string::npos) << shown;
  code = run_in_pty(dir, "status", "another\n", &shown);
  EXPECT_EQ(code, 1) << shown;
  EXPECT_NE(shown.find("wrong key or not a casebook database"), std::string::npos) << shown;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace casebook
