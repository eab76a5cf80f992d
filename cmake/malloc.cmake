# The memory allocator: gperftools' TCMalloc (Debian's libgoogle-perftools-dev, the minimal
# library without the profilers) in place of glibc's malloc for every program that links the
# engine. A page's extraction makes ~900 allocations, most small and freed with the page;
# glibc's malloc and free (with its consolidation of freed chunks) were ~6% of the extract
# loop's cycles. With TCMalloc the loop runs 3.5% fewer instructions and, side by side, ~5%
# faster (bench/README.md, issue 6, "Thirteenth round"). CASEBOOK_MALLOC=system keeps glibc's;
# so do the sanitizer builds, whose runtimes bring their own allocator. Where the package is
# missing, glibc's is used, with a message.
set(CASEBOOK_MALLOC "tcmalloc" CACHE STRING "The allocator: tcmalloc or system")
set_property(CACHE CASEBOOK_MALLOC PROPERTY STRINGS tcmalloc system)

if(CASEBOOK_MALLOC STREQUAL "tcmalloc" AND NOT (CASEBOOK_SANITIZE OR CASEBOOK_TSAN OR
                                                CASEBOOK_FUZZ))
  pkg_check_modules(TCMALLOC QUIET IMPORTED_TARGET libtcmalloc_minimal)
  if(TCMALLOC_FOUND)
    # Linked though no symbol of it is named: it replaces malloc, free and operator new for the
    # whole process by coming before libc in the search order.
    target_link_libraries(casebook_engine PUBLIC -Wl,--push-state,--no-as-needed
                                                 PkgConfig::TCMALLOC -Wl,--pop-state)
    target_compile_definitions(casebook_engine PUBLIC CASEBOOK_WITH_TCMALLOC=1)
    message(STATUS "casebook: allocator TCMalloc ${TCMALLOC_VERSION}")
  else()
    message(STATUS "casebook: TCMalloc not found (libgoogle-perftools-dev); glibc's malloc is used")
  endif()
endif()
