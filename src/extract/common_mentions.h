// Mentions written in common words: state actors ("Tajik authorities", "police"), non-state
// actors ("masked men"), groups ("activists"), pronouns, and relatives ("his father",
// "Lima's brother", "the family of Ana Lima").
#pragma once

#include "extract/mention.h"

namespace casebook {

struct KinshipNoun {
  std::string_view kind;  // relation kind: father, daughter_in_law, relative...
  char sex = 0;
  bool plural = false;
  bool child = false;
};

// The kinship meaning of a lower-cased word or phrase, or nullptr.
const KinshipNoun* kinship_noun(std::string_view lower);

// Runs after find_named_mentions: it never takes tokens a named mention holds.
void find_common_mentions(DocumentContext* ctx);

}  // namespace casebook
