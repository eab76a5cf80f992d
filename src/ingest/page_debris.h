// Page debris: what a saved web page or a copied article leaves around the story — gallery
// counters ("1 / 1"), navigation arrows ("> <"), share prompts, and the title repeated at the
// end. Debris at the end of the text is cut off; debris lines inside it are blanked with
// spaces of the same length, so byte offsets into the text stay those of the source file.
// Photo credits are kept: they are part of the text and name real people.
#pragma once

#include <string>
#include <string_view>

namespace casebook {

// True when a whole line (trimmed) is debris by itself. (The title matters only at the end
// of the text, where remove_page_debris checks it.)
bool is_debris_line(std::string_view line, std::string_view title);

// Cuts trailing debris and blanks debris lines in place. Returns the number of lines touched.
int remove_page_debris(std::string* text, std::string_view title);

}  // namespace casebook
