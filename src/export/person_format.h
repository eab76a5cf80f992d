// A person's case file as JSON, as plain text for the terminal, as a CSV chronology, or as a
// Markdown case file with citations (title, date, URL and the quoted passage) that can be
// attached to an asylum claim or a UN communication.
#pragma once

#include <string>
#include <vector>

#include "store/person_file.h"

namespace casebook {

// format: "table" | "json" | "csv" | "md".
std::string format_person_files(const std::vector<PersonFile>& files, const std::string& format);

}  // namespace casebook
