# Script mode (`cmake -P cmake/fetch_npm_all.cmake`, run by `make deps`): fetches and checks
# every pinned npm tarball, so a later build needs no network.
include("${CMAKE_CURRENT_LIST_DIR}/npm_fetch.cmake")
foreach(pin ${CASEBOOK_NPM_PINS})
  string(REPLACE "|" ";" parts "${pin}")
  list(GET parts 0 name)
  casebook_npm_tarball("${name}" tgz)
  message(STATUS "ok ${tgz}")
endforeach()
