// The terminal view of an Extraction (`--format table`): the document, then entities, events
// with their arguments and the rule that made them, relations, statistics and quotes.
#pragma once

#include <string>

#include "casebook/extraction.h"

namespace casebook {

std::string render_table(const Extraction& x);

}  // namespace casebook
