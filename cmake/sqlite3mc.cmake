# SQLite3 Multiple Ciphers, built as a static library from the amalgamation shipped in the
# npm package better-sqlite3-multiple-ciphers. The tarball is fetched at build time with
# `npm pack` (pinned version) and checked against a pinned SHA-256 before use.
set(SQLITE3MC_NPM_VERSION "12.11.1")
set(SQLITE3MC_NPM_SHA256 "01388c78f46ce63c6aec021f67b364cc67bd637edba64f7add0c0230ce5f777a")
set(SQLITE3MC_CACHE "${CMAKE_SOURCE_DIR}/.cache/npm")
set(SQLITE3MC_TGZ "${SQLITE3MC_CACHE}/better-sqlite3-multiple-ciphers-${SQLITE3MC_NPM_VERSION}.tgz")
set(SQLITE3MC_DIR "${CMAKE_BINARY_DIR}/_deps/sqlite3mc-${SQLITE3MC_NPM_VERSION}")

if(NOT EXISTS "${SQLITE3MC_TGZ}")
  file(MAKE_DIRECTORY "${SQLITE3MC_CACHE}")
  message(STATUS "Fetching better-sqlite3-multiple-ciphers@${SQLITE3MC_NPM_VERSION} with npm pack")
  execute_process(
    COMMAND npm pack --silent "better-sqlite3-multiple-ciphers@${SQLITE3MC_NPM_VERSION}"
    WORKING_DIRECTORY "${SQLITE3MC_CACHE}" RESULT_VARIABLE npm_rc OUTPUT_QUIET)
  if(NOT npm_rc EQUAL 0 OR NOT EXISTS "${SQLITE3MC_TGZ}")
    message(FATAL_ERROR "casebook: could not fetch better-sqlite3-multiple-ciphers@"
                        "${SQLITE3MC_NPM_VERSION} with npm (run `make deps` on a networked machine)")
  endif()
endif()
file(SHA256 "${SQLITE3MC_TGZ}" sqlite3mc_actual_sha256)
if(NOT sqlite3mc_actual_sha256 STREQUAL SQLITE3MC_NPM_SHA256)
  file(REMOVE "${SQLITE3MC_TGZ}")
  message(FATAL_ERROR "casebook: ${SQLITE3MC_TGZ} has SHA-256 ${sqlite3mc_actual_sha256}, "
                      "expected ${SQLITE3MC_NPM_SHA256}; the file was removed, build again")
endif()
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
