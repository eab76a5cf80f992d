# Sanitizer builds: CASEBOOK_SANITIZE (ASan + UBSan + LSan, for `make test-sanitize`),
# CASEBOOK_TSAN (ThreadSanitizer, for the threaded tests) and CASEBOOK_FUZZ (coverage
# instrumentation for libFuzzer, clang only; the targets themselves are in cmake/fuzz.cmake).
# Included before any target is defined, so the flags reach every object, SQLite included.
option(CASEBOOK_SANITIZE "Build with ASan and UBSan" OFF)
option(CASEBOOK_TSAN "Build with ThreadSanitizer" OFF)
option(CASEBOOK_FUZZ "Build the libFuzzer targets (clang), with ASan and UBSan" OFF)

if((CASEBOOK_SANITIZE OR CASEBOOK_FUZZ) AND CASEBOOK_TSAN)
  message(FATAL_ERROR "CASEBOOK_TSAN cannot be combined with ASan (CASEBOOK_SANITIZE/FUZZ)")
endif()

# `make test-sanitize` sets UBSAN_OPTIONS=halt_on_error=1, so a UBSan report fails its test
# (a report that only prints is easy to miss in a green ctest); the fuzz build stops on the
# first one at compile time, as libFuzzer counts only a stopped process as a finding.
if(CASEBOOK_SANITIZE OR CASEBOOK_FUZZ)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
if(CASEBOOK_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
if(CASEBOOK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CASEBOOK_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined)
  add_link_options(-fno-sanitize-recover=undefined)
endif()
# Under TSan the SQLite amalgamation is left uninstrumented: it is third-party, every
# connection is used by one thread (store.h), its mutexes are still seen through pthread, and
# instrumenting it triples the build. Deferred because the target is defined later.
if(CASEBOOK_TSAN)
  cmake_language(DEFER CALL target_compile_options sqlite3mc PRIVATE -fno-sanitize=thread)
endif()
