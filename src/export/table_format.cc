// Table, JSON and CSV renderings of query results.
#include "export/table_format.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace casebook {
namespace {

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Cuts at a character boundary and flattens line breaks, so a row stays one line.
std::string cell(const std::string& s, size_t max) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (chars == max) {
        out += "…";
        return out;
      }
      ++chars;
    }
    out.push_back(c == '\n' || c == '\t' || c == '\r' ? ' ' : static_cast<char>(c));
  }
  return out;
}

}  // namespace

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string format_table(const Table& t, const std::string& format, size_t max_cell) {
  std::string out;
  if (format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const auto& row : t.rows) {
      nlohmann::ordered_json o;
      for (size_t c = 0; c < t.columns.size() && c < row.size(); ++c) o[t.columns[c]] = row[c];
      arr.push_back(std::move(o));
    }
    return arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  if (format == "csv") {
    for (size_t c = 0; c < t.columns.size(); ++c) out += (c ? "," : "") + csv_field(t.columns[c]);
    out += "\r\n";
    for (const auto& row : t.rows) {
      for (size_t c = 0; c < row.size(); ++c) out += (c ? "," : "") + csv_field(row[c]);
      out += "\r\n";
    }
    return out;
  }
  std::vector<std::vector<std::string>> cells;
  cells.push_back(t.columns);
  for (const auto& row : t.rows) {
    std::vector<std::string> r;
    for (const std::string& s : row) r.push_back(cell(s, max_cell));
    cells.push_back(std::move(r));
  }
  std::vector<size_t> width(t.columns.size(), 0);
  for (const auto& r : cells) {
    for (size_t c = 0; c < r.size() && c < width.size(); ++c) {
      width[c] = std::max(width[c], display_width(r[c]));
    }
  }
  for (const auto& r : cells) {
    std::string line;
    for (size_t c = 0; c < r.size() && c < width.size(); ++c) {
      if (c) line += "  ";
      line += r[c];
      if (c + 1 < r.size()) line.append(width[c] - display_width(r[c]), ' ');
    }
    out += line + "\n";
  }
  if (t.rows.empty()) out += "(no results)\n";
  return out;
}

}  // namespace casebook
