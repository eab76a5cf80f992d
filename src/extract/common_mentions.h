// Mentions written in common words: state actors ("Tajik authorities", "police"), non-state
// actors ("masked men"), groups ("activists"), pronouns, and relatives ("his father",
// "Lima's brother", "the family of Ana Lima").
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/mention.h"

namespace casebook {

struct KinshipNoun {
  std::string_view kind;  // relation kind: father, daughter_in_law, relative...
  char sex = 0;
  bool plural = false;
  bool child = false;
};

// The rule of the plural pronoun mention "the couple" / "the pair" stands for: entities.cc
// resolves it to people or relatives only, never an organisation or a state actor.
inline constexpr const char* kCoupleAnaphorRule = "couple-anaphor";

// The kinship meaning of a lower-cased word or phrase, or nullptr.
const KinshipNoun* kinship_noun(std::string_view lower);

// What a lower-cased word may be to the common-mention reader (kinship noun, first word of an
// actor phrase, group noun, pronoun, "the", end of a role phrase, plain person noun), as a
// byte, never 0: the pipeline gives it to annotate() as its WordNote, so that each word's
// lexicon answers are looked up once per thread instead of once per page.
uint8_t common_word_note(std::string_view lower);

// Runs after find_named_mentions: it never takes tokens a named mention holds.
void find_common_mentions(DocumentContext* ctx);

}  // namespace casebook
