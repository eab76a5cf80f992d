// A person's case file as one self-contained HTML page, fit to print or to attach to an
// asylum claim or a UN communication: inline CSS, no scripts, no external assets.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/person_file.h"

namespace casebook {

// Text made safe for HTML element content and double- or single-quoted attributes.
std::string html_escape(std::string_view s);

// One page for all the files (each person starts on a new printed page). `generated_at` is
// printed in the footer ("today" is an input, so the page is reproducible in tests).
std::string casefile_html(const std::vector<PersonFile>& files, const std::string& generated_at);

}  // namespace casebook
