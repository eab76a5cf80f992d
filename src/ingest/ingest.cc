// Ingest dispatcher: byte checks, format choice, front matter or HTML, debris.
#include "ingest/ingest.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/sha256.h"
#include "core/utf8.h"
#include "ingest/front_matter.h"
#include "ingest/html_page.h"
#include "ingest/page_debris.h"
#include "ingest/published_date.h"

namespace casebook {
namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) {
      return false;
    }
  }
  return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// The value of a plain-text header line "Published: 14 March 2025" (also "Date:", "Posted:",
// "Dated:"), or "" when the line is none.
std::string_view date_line_value(std::string_view line) {
  line = trim(line);
  for (std::string_view key : {"published:", "date:", "posted:", "dated:"}) {
    if (starts_with_ci(line, key)) return trim(line.substr(key.size()));
  }
  return {};
}

// A plain-text title: the first line, when it is short, has no final full stop, and a blank
// line or a date line ("Published: 2025-03-14") follows it. "Police Detain Two Reporters in
// Minsk\n\nTwo reporters were..." gives a title; "Police detained two reporters on
// Monday.\n\n..." does not.
std::string first_line_title(std::string_view text) {
  size_t eol = text.find('\n');
  if (eol == std::string_view::npos) return "";
  std::string_view line = trim(text.substr(0, eol));
  if (line.empty() || line.size() > 200 || !date_line_value(line).empty()) return "";
  char last = line.back();
  if (last == '.' || last == ',' || last == ';') return "";
  std::string_view rest = text.substr(eol + 1);
  size_t next = rest.find_first_not_of(" \t\r");
  if (next == std::string_view::npos) return "";
  if (rest[next] != '\n' && date_line_value(rest.substr(0, rest.find('\n'))).empty()) return "";
  return std::string(line);
}

// The publication date of a plain text written with a header line, "Published: 14 March
// 2025", among its first five lines; "" when there is none or it is no date.
std::string header_published_date(std::string_view text) {
  for (int n = 0; n < 5 && !text.empty(); ++n) {
    const size_t eol = text.find('\n');
    const std::string_view value = date_line_value(text.substr(0, eol));
    if (!value.empty()) return normalize_published_date(value);
    if (eol == std::string_view::npos) break;
    text.remove_prefix(eol + 1);
  }
  return "";
}

}  // namespace

InputFormat detect_format(std::string_view source, std::string_view raw) {
  if (ends_with_ci(source, ".html") || ends_with_ci(source, ".htm") ||
      ends_with_ci(source, ".xhtml")) {
    return InputFormat::kHtml;
  }
  if (ends_with_ci(source, ".txt") || ends_with_ci(source, ".md")) return InputFormat::kText;
  std::string_view head = raw.substr(0, 1024);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  head = trim(head);
  if (starts_with_ci(head, "<!doctype html") || starts_with_ci(head, "<html") ||
      starts_with_ci(head, "<head") || starts_with_ci(head, "<body") ||
      starts_with_ci(head, "<?xml")) {
    return InputFormat::kHtml;
  }
  return InputFormat::kText;
}

Result<Document> ingest_document(std::string_view raw, std::string source,
                                 const IngestOptions& options, InputFormat format) {
  if (raw.size() > options.max_bytes) {
    return Status::TooLarge("file is larger than --max-bytes (" + std::to_string(raw.size()) +
                            " > " + std::to_string(options.max_bytes) + " bytes)");
  }
  if (trim(raw).empty())
    return Status::InvalidInput(raw.empty() ? "empty file" : "file has only whitespace");
  const void* nul = std::memchr(raw.data(), '\0', raw.size());
  if (nul != nullptr) {
    size_t at = static_cast<const char*>(nul) - raw.data();
    return Status::InvalidInput("binary file (NUL byte at offset " + std::to_string(at) + ")");
  }

  Document doc;
  doc.id = options.raw_sha256.empty() ? sha256_hex(raw) : options.raw_sha256;
  doc.source = std::move(source);
  doc.raw_bytes = raw.size();

  std::string repaired;
  std::string_view bytes = raw;
  if (!is_valid_utf8(raw)) {
    size_t n = repair_utf8(raw, &repaired);
    doc.warnings.push_back("invalid UTF-8 repaired (" + std::to_string(n) +
                           " sequence(s) replaced with U+FFFD)");
    bytes = repaired;
  }

  if (format == InputFormat::kAuto) format = detect_format(doc.source, bytes);
  if (format == InputFormat::kHtml) {
    doc.format = "html";
    Result<HtmlPage> page = parse_html_page(bytes);
    if (!page.ok()) return page.status();
    doc.text = std::move(page->text);
    doc.title = std::move(page->title);
    doc.published = std::move(page->published);
    doc.url = std::move(page->url);
    doc.site = std::move(page->site);
    doc.language = std::move(page->language);
  } else {
    doc.format = "text";
    Result<std::optional<FrontMatter>> fm = parse_front_matter(bytes);
    if (!fm.ok()) return fm.status();
    size_t body = 0;
    if (fm->has_value()) {
      const FrontMatter& f = **fm;
      body = f.body_offset;
      doc.title = f.title;
      doc.url = f.url;
      doc.site = f.source;
      doc.language = f.language;
      if (!f.published.empty()) {
        doc.published = normalize_published_date(f.published);
        if (doc.published.empty()) {
          doc.warnings.push_back("front matter date '" + f.published + "' is not a date; ignored");
        }
      }
    } else if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
      body = 3;
    }
    doc.text.assign(bytes.substr(body));
    if (doc.title.empty()) doc.title = first_line_title(doc.text);
    if (doc.published.empty()) doc.published = header_published_date(doc.text);
  }
  remove_page_debris(&doc.text, doc.title);
  if (trim(doc.text).empty()) return Status::InvalidInput("no text found");
  return doc;
}

}  // namespace casebook
