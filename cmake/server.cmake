# `casebook serve`: the HTTP layer (src/server/) on Debian's cpp-httplib, which is built with
# OpenSSL (its pkg-config file defines CPPHTTPLIB_OPENSSL_SUPPORT), so TLS needs nothing more.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
file(GLOB CASEBOOK_SERVER_SOURCES CONFIGURE_DEPENDS src/server/*.cc)
add_library(casebook_server STATIC ${CASEBOOK_SERVER_SOURCES})
target_compile_options(casebook_server PRIVATE -Wall -Wextra)
target_link_libraries(casebook_server PUBLIC casebook_engine PkgConfig::HTTPLIB)
target_link_libraries(casebook PRIVATE casebook_server)
