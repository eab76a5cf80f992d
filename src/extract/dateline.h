// The date line at the top of a plain-text report ("Dushanbe, 3 March 2021"), read as the
// date the report was written from when no metadata gives one.
#pragma once

#include <string>
#include <string_view>

namespace casebook {

// The ISO date ("2021-03-03") of a date line opening text, or "" when there is none. The date
// line is the first line, or the second or third below a headline and a by-line (short lines
// that end in no full stop). A date line is short and holds one full calendar date with its year,
// and around it only capitalised words (a place, an agency), digits, punctuation and words such as
// "published" or "updated": "DUSHANBE, March 3, 2021", "Published: 3 March 2021"; or a heading
// that closes with the date after a comma or a dash ("Statement by X, lawyer, 3 March 2021").
// Not a sentence that happens to open with a date ("On March 3, 2021 police detained ...").
std::string dateline_date(std::string_view text);

}  // namespace casebook
