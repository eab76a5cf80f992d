// Document: what ingest makes of a file's bytes. Every span casebook produces is a
// [start, end) byte range into Document::text, so text must not change after ingest.
#pragma once

#include <string>
#include <vector>

namespace casebook {

struct Document {
  std::string id;         // SHA-256 of the raw input bytes, lower-case hex
  std::string source;     // the path or URL as the user gave it ("-" for stdin)
  std::string format;     // "text" or "html"
  std::string text;       // UTF-8 body: front matter removed, or the main text of an HTML page
  std::string title;      // empty when unknown
  std::string published;  // ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or empty
  std::string url;
  std::string site;      // front matter `source`, or og:site_name
  std::string language;  // as declared, empty when unknown
  size_t raw_bytes = 0;
  std::vector<std::string> warnings;  // non-fatal problems, e.g. repaired UTF-8
};

}  // namespace casebook
