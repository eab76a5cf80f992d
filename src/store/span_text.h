// Span passages as the store keeps them (schema version 11): an event's evidence and trigger,
// and a relation's, statistic's or quote's evidence, keep their byte range only, and readers
// take the passage from the document's text, which is stored once.
#pragma once

#include <sqlite3.h>

#include <string_view>

#include "casebook/extraction.h"

namespace casebook {

// True when `s.text` is `text`'s bytes at [s.start, s.end): the row then keeps no copy of it.
// A span whose text is anything else (or whose bytes lie outside `text`) keeps its copy.
bool span_is_in_text(std::string_view text, const Span& s);

// Registers casebook_span(text, start, end) on `db`: `text`'s bytes at [start, end) as TEXT,
// or NULL when an argument is NULL or the range is not inside the text. Readers write
// coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end), ''): a row's own copy
// (a span that is not the document's bytes, or a row migrated from an older store whose copy
// differs) wins, as the extraction JSON's spans do (store/stored_extraction.h).
int register_span_function(sqlite3* db);

}  // namespace casebook
