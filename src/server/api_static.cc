// The web UI: files from web/, compiled into the binary (cmake/web_assets.cmake), served with
// their types. Every other path outside /api/ gets the single page, which routes itself.
#include "core/embedded_data.h"
#include "server/api_context.h"

namespace casebook::server {
namespace {

const char* content_type(const std::string& path) {
  auto ends = [&](const char* ext) {
    std::string e = ext;
    return path.size() >= e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  if (ends(".png")) return "image/png";
  if (ends(".ico")) return "image/x-icon";
  return "application/octet-stream";
}

}  // namespace

void Api::add_static_routes() {
  http_->Get(R"(/([A-Za-z0-9_\-./]*))", [](const httplib::Request& req, httplib::Response& res) {
    std::string path = req.matches[1];
    if (path.rfind("api/", 0) == 0) return send_error(res, 404, "not_found", "no such path");
    std::string_view bytes;
    if (!path.empty() && path.find("..") == std::string::npos) {
      bytes = embedded_file("web/" + path);
    }
    if (bytes.empty()) {
      path = "index.html";
      bytes = embedded_file("web/index.html");
    }
    if (bytes.empty()) return send_error(res, 404, "not_found", "the web UI is not built in");
    res.set_content(std::string(bytes), content_type(path));
  });
}

}  // namespace casebook::server
