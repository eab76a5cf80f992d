// The date line at the top of a plain-text report (see dateline.h).
#include "extract/dateline.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "nlp/time_expression.h"

namespace casebook {
namespace {

constexpr size_t kMaxLine = 80;
// The date line may follow a headline and a by-line: it is looked for in the first three
// lines, above the first that reads as a sentence of the story.
constexpr int kHeadLines = 3;
constexpr size_t kMaxHeadLine = 160;

bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// Lower-case words a date line may hold besides its date.
bool allowed_word(std::string_view w) {
  std::string low;
  for (char c : w) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return low == "published" || low == "posted" || low == "updated" || low == "date" ||
         low == "dated" || low == "on" || low == "at";
}

// Every word of s is capitalised, a number, or an allowed word.
bool only_labels(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!std::isalpha(c)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && (std::isalpha(static_cast<unsigned char>(s[j])) || s[j] == '\'')) ++j;
    std::string_view w = s.substr(i, j - i);
    if (is_lower_ascii(w.front()) && !allowed_word(w)) return false;
    i = j;
  }
  return true;
}

// The date of one line when it is a date line, else "".
std::string date_of_line(std::string_view line) {
  if (line.empty() || line.size() > kMaxHeadLine) return {};
  std::vector<TimeExpression> times = find_time_expressions(line, CivilDate{});
  if (times.size() != 1) return {};
  const TimeExpression& t = times[0];
  if (t.kind != TimeKind::kAbsolute || !t.year_written || t.value.day == 0 ||
      t.value_end.year != 0) {
    return {};
  }
  if (!only_labels(line.substr(t.end))) return {};
  if (line.size() <= kMaxLine && only_labels(line.substr(0, t.start))) return to_iso(t.value);
  // "Statement by the lawyer X, Vilnius, 2 September 2025": a heading that closes with the
  // date after a comma, a dash or a bar, and nothing but punctuation after it.
  std::string_view before = line.substr(0, t.start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const bool closes = before.ends_with(",") || before.ends_with("|") || before.ends_with(" -") ||
                      before.ends_with("\xE2\x80\x93") || before.ends_with("\xE2\x80\x94");
  std::string_view after = line.substr(t.end);
  const bool nothing_after = after.find_first_not_of(" .)\r\t") == std::string_view::npos;
  return closes && nothing_after ? to_iso(t.value) : std::string();
}

// A line of a report's head that may stand above its date line: a headline or a by-line,
// short and not a sentence of the story (those end in a full stop).
bool head_line(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  if (line.empty() || line.size() > kMaxHeadLine) return false;
  // A quotation closing a sentence ends in a quote mark after the stop.
  if (line.back() == '"') line.remove_suffix(1);
  if (line.ends_with("\xE2\x80\x9D")) line.remove_suffix(3);  // U+201D
  return !line.empty() && line.back() != '.';
}

// "LONDON, 5 November 2025 — Police detained ...": the date line that opens a story's first
// paragraph, up to the dash that ends it (within kMaxLine bytes); "" when there is none.
std::string_view dateline_prefix(std::string_view line) {
  const std::string_view head = line.substr(0, kMaxLine);
  size_t dash = std::string_view::npos;
  for (std::string_view d : {" \xE2\x80\x94", " \xE2\x80\x93", " - ", " -- "}) {
    dash = std::min(dash, head.find(d));
  }
  return dash == std::string_view::npos ? std::string_view() : line.substr(0, dash);
}

}  // namespace

std::string dateline_date(std::string_view text) {
  size_t start = 0;
  for (int n = 0; n < kHeadLines; ++n) {
    while (start < text.size() && (text[start] == '\n' || text[start] == ' ' ||
                                   text[start] == '\r' || text[start] == '\t')) {
      ++start;
    }
    if (start >= text.size()) return {};
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (std::string day = date_of_line(line); !day.empty()) return day;
    if (std::string day = date_of_line(dateline_prefix(line)); !day.empty()) return day;
    if (!head_line(line)) return {};
    start = end;
  }
  return {};
}

}  // namespace casebook
