# libFuzzer targets (tests/fuzz/*_fuzz.cc), built only with -DCASEBOOK_FUZZ=ON and clang;
# `make fuzz FUZZ_SECONDS=N` builds them in build-fuzz and runs each over its seed corpus
# (tests/fuzz/corpus/<target>/). See tests/fuzz/README.md.
if(CASEBOOK_FUZZ)
  file(GLOB CASEBOOK_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/*_fuzz.cc)
  foreach(src ${CASEBOOK_FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_link_libraries(${name} PRIVATE casebook_engine)
    if(name STREQUAL "api_body_fuzz")  # drives the HTTP API (src/server) in-process
      target_link_libraries(${name} PRIVATE casebook_server)
    endif()
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  endforeach()
endif()
