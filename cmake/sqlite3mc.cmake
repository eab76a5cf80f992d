# SQLite3 Multiple Ciphers, built as a static library from the amalgamation shipped in the
# npm package better-sqlite3-multiple-ciphers, pinned in cmake/npm_pins.cmake (version and
# SHA-256) and fetched by cmake/npm_fetch.cmake.
include("${CMAKE_CURRENT_LIST_DIR}/npm_fetch.cmake")
casebook_npm_tarball(better-sqlite3-multiple-ciphers SQLITE3MC_TGZ)
get_filename_component(SQLITE3MC_NAME "${SQLITE3MC_TGZ}" NAME_WLE)
set(SQLITE3MC_DIR "${CMAKE_BINARY_DIR}/_deps/${SQLITE3MC_NAME}")
if(NOT EXISTS "${SQLITE3MC_DIR}/package/deps/sqlite3/sqlite3.c")
  file(MAKE_DIRECTORY "${SQLITE3MC_DIR}")
  file(ARCHIVE_EXTRACT INPUT "${SQLITE3MC_TGZ}" DESTINATION "${SQLITE3MC_DIR}"
       PATTERNS package/deps/sqlite3/sqlite3.c package/deps/sqlite3/sqlite3.h
                package/deps/sqlite3/sqlite3ext.h)
endif()

add_library(sqlite3mc STATIC "${SQLITE3MC_DIR}/package/deps/sqlite3/sqlite3.c")
target_include_directories(sqlite3mc SYSTEM PUBLIC "${SQLITE3MC_DIR}/package/deps/sqlite3")
target_compile_definitions(sqlite3mc PUBLIC
  SQLITE_ENABLE_FTS5 SQLITE_ENABLE_JSON1 SQLITE_THREADSAFE=1 SQLITE_DQS=0
  SQLITE_DEFAULT_FOREIGN_KEYS=1 SQLITE_OMIT_LOAD_EXTENSION SQLITE_DEFAULT_WAL_SYNCHRONOUS=1
  SQLITE_ENABLE_COLUMN_METADATA SQLITE_SECURE_DELETE)
target_compile_options(sqlite3mc PRIVATE -w -O2)
set_target_properties(sqlite3mc PROPERTIES POSITION_INDEPENDENT_CODE ON)
target_link_libraries(sqlite3mc PUBLIC ${CMAKE_DL_LIBS} Threads::Threads m)
