// Quotations and their speakers: “...,” Lima said / “...,” said Lima / Lima said: “...” /
// “...,” Ana Lima, the head of the group's press office, said in a speech.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "casebook/extraction.h"
#include "extract/mention.h"

namespace casebook {

struct QuoteRange {
  uint32_t open = 0, close = 0;  // tokens of the opening and closing marks
  int speaker = -1;              // entity index, -1 when unknown
};

namespace speech_verbs {
// By a word's first byte: bit n is set when a speech verb of n bytes begins with it (every bit,
// for every byte, when a verb is 32 bytes or longer and the filter cannot hold it).
const std::array<uint32_t, 256>& lengths_by_first_byte();
// The table itself: whether the word is a speech verb (with names_only, one that marks a name).
bool in_table(std::string_view lower, bool names_only);
}  // namespace speech_verbs

// True for a lower-cased speech verb (data/names/speech_verbs.tsv). With names_only, only
// the verbs that mark the capitalised word beside them as a name ("said", not "asked").
// Asked of most tokens around a trigger, nearly always of other words: a word is refused on
// its first byte and length here, inline, and only the rest are looked up in the table.
inline bool is_speech_verb(std::string_view lower, bool names_only = false) {
  static const std::array<uint32_t, 256>& kLengths = speech_verbs::lengths_by_first_byte();
  if (lower.empty()) return false;
  const uint32_t lengths = kLengths[static_cast<unsigned char>(lower[0])];
  if (lower.size() < 32 ? !((lengths >> lower.size()) & 1u) : lengths != ~0u) return false;
  return speech_verbs::in_table(lower, names_only);
}

// Finds the quotations of a document whose people are linked; speakers are entity indexes
// (as strings in Quote::speaker) until the pipeline numbers the entities.
void find_quotes(const DocumentContext& ctx, std::vector<Quote>* quotes,
                 std::vector<QuoteRange>* ranges);

}  // namespace casebook
