// Nouns that name a person ("founder", "mayor", "bystander"), from WordNet's noun.person
// (generated at build time into wordnet/person_nouns.tsv by tools/gen_wordnet.cc). Rules use
// them to tell "killed the founder" from "killed the bill" when no lexicon of casebook's own
// names the noun.
#pragma once

#include <string_view>

namespace casebook {

// `noun_lemma` is a lower-case singular noun ("founders" -> "founder").
bool is_person_noun(std::string_view noun_lemma);

}  // namespace casebook
