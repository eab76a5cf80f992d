# zstd (Debian libzstd-dev): the store keeps raw documents and extraction JSON packed
# (src/store/packed.cc).
pkg_check_modules(ZSTD REQUIRED IMPORTED_TARGET libzstd)
target_link_libraries(casebook_engine PUBLIC PkgConfig::ZSTD)
