# Compiles the data files into the binary: a small generator writes one C++ file that holds
# each file's bytes (assembler .incbin), reachable by its path through core/embedded_data.h.
# Start-up then needs no file system and no network.
#
# Hand-written files come from data/. Files generated at build time (from Debian or npm
# packages) are added by other cmake/ modules with casebook_embed_generated(REL ABS).
add_executable(casebook_embed_data tools/embed_data.cc)
set_target_properties(casebook_embed_data PROPERTIES CXX_STANDARD 20)

set_property(GLOBAL PROPERTY CASEBOOK_GENERATED_DATA_ARGS "")
set_property(GLOBAL PROPERTY CASEBOOK_GENERATED_DATA_FILES "")
function(casebook_embed_generated rel abs)
  set_property(GLOBAL APPEND PROPERTY CASEBOOK_GENERATED_DATA_ARGS "${rel}=${abs}")
  set_property(GLOBAL APPEND PROPERTY CASEBOOK_GENERATED_DATA_FILES "${abs}")
endfunction()

# Called once every generated file is registered (at the end of the top-level CMakeLists).
function(casebook_write_embedded_data out_var)
  file(GLOB_RECURSE data_files CONFIGURE_DEPENDS
    RELATIVE "${CMAKE_SOURCE_DIR}/data" "${CMAKE_SOURCE_DIR}/data/*.tsv")
  list(SORT data_files)
  set(args "")
  set(deps "")
  foreach(f ${data_files})
    list(APPEND args "${f}=${CMAKE_SOURCE_DIR}/data/${f}")
    list(APPEND deps "${CMAKE_SOURCE_DIR}/data/${f}")
  endforeach()
  get_property(gen_args GLOBAL PROPERTY CASEBOOK_GENERATED_DATA_ARGS)
  get_property(gen_files GLOBAL PROPERTY CASEBOOK_GENERATED_DATA_FILES)
  list(APPEND args ${gen_args})
  list(APPEND deps ${gen_files})
  set(out "${CMAKE_BINARY_DIR}/generated/embedded_data.cc")
  file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/generated")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND casebook_embed_data "${out}" ${args}
    DEPENDS casebook_embed_data ${deps}
    COMMENT "Embedding data files into the binary")
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
