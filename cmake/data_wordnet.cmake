# WordNet lemma lists for the lemmatiser (src/nlp/lemmatizer.cc) and its person nouns
# (src/nlp/person_nouns.h), generated at build time from
# Debian's wordnet-base by tools/gen_wordnet.cc and embedded as data/wordnet/*.tsv.
set(CASEBOOK_WORDNET_DIR "/usr/share/wordnet" CACHE PATH "WordNet 3.0 database (wordnet-base)")

set(_wordnet_inputs "")
foreach(f index.verb index.noun data.noun verb.exc noun.exc cntlist.rev)
  if(NOT EXISTS "${CASEBOOK_WORDNET_DIR}/${f}")
    message(FATAL_ERROR
      "WordNet file ${CASEBOOK_WORDNET_DIR}/${f} not found. casebook's lemmatiser is built from "
      "the Debian package wordnet-base: run `sudo apt-get install wordnet-base` (or set "
      "CASEBOOK_WORDNET_DIR to a WordNet 3.0 dict folder).")
  endif()
  list(APPEND _wordnet_inputs "${CASEBOOK_WORDNET_DIR}/${f}")
endforeach()

add_executable(casebook_gen_wordnet tools/gen_wordnet.cc)
set_target_properties(casebook_gen_wordnet PROPERTIES CXX_STANDARD 20)

set(_wordnet_out "${CMAKE_BINARY_DIR}/generated/data/wordnet")
file(MAKE_DIRECTORY "${_wordnet_out}")
set(_wordnet_files verb_lemmas.tsv noun_lemmas.tsv verb_exc.tsv noun_exc.tsv person_nouns.tsv)
set(_wordnet_outputs "")
foreach(f ${_wordnet_files})
  list(APPEND _wordnet_outputs "${_wordnet_out}/${f}")
endforeach()
add_custom_command(
  OUTPUT ${_wordnet_outputs}
  COMMAND casebook_gen_wordnet "${CASEBOOK_WORDNET_DIR}" "${_wordnet_out}"
  DEPENDS casebook_gen_wordnet ${_wordnet_inputs}
  COMMENT "Generating WordNet lemma lists from wordnet-base")
foreach(f ${_wordnet_files})
  casebook_embed_generated("wordnet/${f}" "${_wordnet_out}/${f}")
endforeach()
