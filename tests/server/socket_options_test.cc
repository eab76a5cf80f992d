// Issue 7: the server's connections send each answer at once, and a burst of clients connecting
// together is queued, not dropped. The tests read the sockets' options from this process's
// descriptors and the listen queue's size from the kernel (sock_diag).
#include <arpa/inet.h>
#include <dirent.h>
#include <gtest/gtest.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "server_test_util.h"

namespace casebook::testing {
namespace {

int port_of(const sockaddr_in& a) { return ntohs(a.sin_port); }

// The descriptor in this process whose local port is `server_port` and whose peer is
// `client_port`: the connection as the server accepted it. -1 when there is none. The socket
// is found by its inode (/proc/net/tcp) and the descriptor by its link in /proc/self/fd, so no
// call touches the descriptors other threads open and close meanwhile.
int accepted_socket(int server_port, int client_port) {
  std::ifstream tcp("/proc/net/tcp");
  std::string line, inode;
  std::getline(tcp, line);  // the header
  while (std::getline(tcp, line)) {
    std::istringstream row(line);
    std::string slot, local, remote, state, queues, timer, retransmits, uid, timeout, node;
    row >> slot >> local >> remote >> state >> queues >> timer >> retransmits >> uid >> timeout >>
        node;
    auto port = [](const std::string& address) {
      return std::stoi(address.substr(address.find(':') + 1), nullptr, 16);
    };
    if (port(local) == server_port && port(remote) == client_port) inode = node;
  }
  if (inode.empty()) return -1;
  std::string want = "socket:[" + inode + "]";
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return -1;
  int found = -1;
  while (dirent* e = readdir(dir)) {
    std::string path = std::string("/proc/self/fd/") + e->d_name;
    char link[64];
    ssize_t n = readlink(path.c_str(), link, sizeof link - 1);
    if (n > 0 && std::string(link, n) == want) found = std::atoi(e->d_name);
  }
  closedir(dir);
  return found;
}

// Without TCP_NODELAY, httplib's two sends per answer (headers, then body) make the body wait
// for the client's delayed acknowledgement: 40 ms on every keep-alive request.
TEST(ServerSockets, Issue7AcceptedConnectionsHaveNagleOff) {
  TestServer s("nodelay");
  int client = socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(client, 0);
  sockaddr_in to{};
  to.sin_family = AF_INET;
  to.sin_port = htons(static_cast<uint16_t>(s.port));
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(connect(client, reinterpret_cast<sockaddr*>(&to), sizeof to), 0);
  // One whole exchange, so the server has accepted the connection and keeps it open.
  std::string request = "GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n";
  ASSERT_EQ(send(client, request.data(), request.size(), 0), static_cast<ssize_t>(request.size()));
  char buf[512];
  ASSERT_GT(recv(client, buf, sizeof buf, 0), 0);
  sockaddr_in me{};
  socklen_t n = sizeof me;
  ASSERT_EQ(getsockname(client, reinterpret_cast<sockaddr*>(&me), &n), 0);

  int accepted = accepted_socket(s.port, port_of(me));
  ASSERT_GE(accepted, 0) << "the server's side of the connection was not found";
  int nodelay = 0;
  socklen_t len = sizeof nodelay;
  ASSERT_EQ(getsockopt(accepted, IPPROTO_TCP, TCP_NODELAY, &nodelay, &len), 0);
  EXPECT_NE(nodelay, 0);
  close(client);
}

// The accept queue size of the listening TCP socket on `port`, from the kernel's socket
// diagnostics (what `ss -ltn` shows as Send-Q); -1 when not found.
int listen_queue_size(int port) {
  int nl = socket(AF_NETLINK, SOCK_DGRAM, NETLINK_SOCK_DIAG);
  if (nl < 0) return -1;
  struct {
    nlmsghdr header;
    inet_diag_req_v2 body;
  } req{};
  req.header.nlmsg_len = sizeof req;
  req.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
  req.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
  req.body.sdiag_family = AF_INET;
  req.body.sdiag_protocol = IPPROTO_TCP;
  req.body.idiag_states = 1u << 10;  // TCP_LISTEN
  int found = -1;
  if (send(nl, &req, sizeof req, 0) == static_cast<ssize_t>(sizeof req)) {
    alignas(nlmsghdr) char buf[16384];
    bool done = false;
    while (!done) {
      ssize_t n = recv(nl, buf, sizeof buf, 0);
      if (n <= 0) break;
      int left = static_cast<int>(n);
      for (auto* h = reinterpret_cast<nlmsghdr*>(buf); NLMSG_OK(h, left); h = NLMSG_NEXT(h, left)) {
        if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR) {
          done = true;
          break;
        }
        auto* m = static_cast<inet_diag_msg*>(NLMSG_DATA(h));
        if (ntohs(m->id.idiag_sport) == port) found = static_cast<int>(m->idiag_wqueue);
      }
    }
  }
  close(nl);
  return found;
}

// httplib's own queue is 5 connections: the sixth client of a burst waits a second for its SYN
// to be sent again.
TEST(ServerSockets, Issue7ListenQueueHoldsABurstOfClients) {
  TestServer s("backlog");
  int queue = listen_queue_size(s.port);
  ASSERT_NE(queue, -1) << "no listening socket on port " << s.port;
  EXPECT_GE(queue, 128);
}

}  // namespace
}  // namespace casebook::testing
