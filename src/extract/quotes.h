// Quotations and their speakers: “...,” Lima said / “...,” said Lima / Lima said: “...” /
// “...,” Ana Lima, the head of the group's press office, said in a speech.
#pragma once

#include <string_view>
#include <vector>

#include "casebook/extraction.h"
#include "extract/mention.h"

namespace casebook {

struct QuoteRange {
  uint32_t open = 0, close = 0;  // tokens of the opening and closing marks
  int speaker = -1;              // entity index, -1 when unknown
};

// True for a lower-cased speech verb (data/names/speech_verbs.tsv). With names_only, only
// the verbs that mark the capitalised word beside them as a name ("said", not "asked").
bool is_speech_verb(std::string_view lower, bool names_only = false);

// Finds the quotations of a document whose people are linked; speakers are entity indexes
// (as strings in Quote::speaker) until the pipeline numbers the entities.
void find_quotes(const DocumentContext& ctx, std::vector<Quote>* quotes,
                 std::vector<QuoteRange>* ranges);

}  // namespace casebook
