# The browser test (tests/browser/ui_test.mjs): playwright-core from npm (pinned, unpacked
# into the build tree) drives Debian's chromium headless against `casebook serve` on a free
# loopback port. Screenshots go to build/browser/screenshots/.
find_program(CASEBOOK_CHROMIUM NAMES chromium chromium-browser)
find_program(CASEBOOK_NODE NAMES node nodejs)
if(CASEBOOK_CHROMIUM AND CASEBOOK_NODE)
  casebook_npm_tarball(playwright-core pw_tgz)
  set(pw_root "${CMAKE_BINARY_DIR}/browser")
  set(pw_dir "${pw_root}/node_modules/playwright-core")
  if(NOT EXISTS "${pw_dir}/package.json" OR "${pw_tgz}" IS_NEWER_THAN "${pw_dir}/package.json")
    file(REMOVE_RECURSE "${pw_dir}" "${pw_root}/unpack")
    file(ARCHIVE_EXTRACT INPUT "${pw_tgz}" DESTINATION "${pw_root}/unpack")
    file(MAKE_DIRECTORY "${pw_root}/node_modules")
    file(RENAME "${pw_root}/unpack/package" "${pw_dir}")
  endif()
  add_test(NAME browser_ui COMMAND "${CASEBOOK_NODE}" "${CMAKE_SOURCE_DIR}/tests/browser/ui_test.mjs")
  set_tests_properties(browser_ui PROPERTIES
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" TIMEOUT 120 RUN_SERIAL TRUE
    ENVIRONMENT "CASEBOOK_BINARY=$<TARGET_FILE:casebook>;CASEBOOK_CHROMIUM=${CASEBOOK_CHROMIUM};CASEBOOK_PLAYWRIGHT=${pw_dir};CASEBOOK_BROWSER_OUT=${pw_root}")
else()
  message(WARNING "casebook: chromium or node not found; the browser test is not registered "
                  "(make deps installs them)")
endif()
