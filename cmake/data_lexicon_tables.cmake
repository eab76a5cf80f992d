# Lexicon tables built at build time (tools/freeze_tables.cc) from the same data files the
# binary embeds, then embedded themselves, so start-up uses them (nearly) in place instead of
# parsing TSV: the lemmatiser's hash tables and the place gazetteer.
add_executable(casebook_freeze_tables tools/freeze_tables.cc src/nlp/lemmatizer.cc
  src/nlp/gazetteer.cc src/nlp/gazetteer_table.cc src/core/tsv.cc src/core/embedded_data.cc)
set_target_properties(casebook_freeze_tables PROPERTIES CXX_STANDARD 20)
target_include_directories(casebook_freeze_tables PRIVATE src)

set(_tables_gen "${CMAKE_BINARY_DIR}/generated/data")
set(_tables_out "${_tables_gen}/tables")
file(MAKE_DIRECTORY "${_tables_out}")
set(_tables_inputs "")
set(_tables_args "")
foreach(rel wordnet/verb_lemmas.tsv wordnet/verb_exc.tsv wordnet/noun_lemmas.tsv
    wordnet/noun_exc.tsv places/countries.tsv places/regions.tsv places/cities.tsv
    places/fold.tsv)
  list(APPEND _tables_inputs "${_tables_gen}/${rel}")
  list(APPEND _tables_args "${rel}=${_tables_gen}/${rel}")
endforeach()
foreach(rel places/continents.tsv places/city_stopwords.tsv places/demonyms.tsv)
  list(APPEND _tables_inputs "${CMAKE_SOURCE_DIR}/data/${rel}")
  list(APPEND _tables_args "${rel}=${CMAKE_SOURCE_DIR}/data/${rel}")
endforeach()
add_custom_command(
  OUTPUT "${_tables_out}/lemma_table.bin" "${_tables_out}/gazetteer_table.bin"
  COMMAND casebook_freeze_tables "${_tables_out}" ${_tables_args}
  DEPENDS casebook_freeze_tables ${_tables_inputs}
  COMMENT "Building the lexicon tables")
casebook_embed_generated("wordnet/lemma_table.bin" "${_tables_out}/lemma_table.bin")
casebook_embed_generated("places/gazetteer_table.bin" "${_tables_out}/gazetteer_table.bin")
