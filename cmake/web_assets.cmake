# Compiles the web UI (web/) into the binary with the data files' .incbin embedding
# (cmake/embed_data.cmake): each file is reachable as "web/<path>" through core/embedded_data.h,
# so `casebook serve` needs no files next to it and no network.
file(GLOB_RECURSE CASEBOOK_WEB_FILES CONFIGURE_DEPENDS RELATIVE "${CMAKE_SOURCE_DIR}/web"
  "${CMAKE_SOURCE_DIR}/web/*.html" "${CMAKE_SOURCE_DIR}/web/*.js" "${CMAKE_SOURCE_DIR}/web/*.css"
  "${CMAKE_SOURCE_DIR}/web/*.svg")
list(SORT CASEBOOK_WEB_FILES)
foreach(f ${CASEBOOK_WEB_FILES})
  casebook_embed_generated("web/${f}" "${CMAKE_SOURCE_DIR}/web/${f}")
endforeach()
