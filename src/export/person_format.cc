// Renderings of PersonFile. The chronology is the heart of each: one line per event, with
// the source it comes from and the passage that says it.
#include "export/person_format.h"

#include <nlohmann/json.hpp>

#include "export/table_format.h"

namespace casebook {
namespace {

nlohmann::ordered_json link_json(const PersonLink& l) {
  return {{"relation", l.relation}, {"name", l.name}, {"kind", l.kind},
          {"cluster", l.cluster},   {"role", l.role}, {"evidence", l.evidence},
          {"source", l.source}};
}

nlohmann::ordered_json entry_json(const ChronologyEntry& c) {
  nlohmann::ordered_json j = {
      {"date", c.date},         {"date_end", c.date_end},  {"type", c.type},
      {"role", c.role},         {"place", c.place},        {"outcome", c.outcome},
      {"incident", c.incident}, {"document", c.document},  {"source_title", c.source_title},
      {"url", c.source_url},    {"source", c.source_path}, {"published", c.published},
      {"evidence", c.evidence}};
  if (!c.relative.empty()) j["relative"] = c.relative;
  return j;
}

nlohmann::ordered_json person_json(const PersonFile& p) {
  nlohmann::ordered_json j;
  j["id"] = p.cluster;
  j["name"] = p.name;
  j["names"] = p.names;
  j["country"] = p.country;
  j["event_countries"] = p.event_countries;
  j["sex"] = p.sex;
  j["roles"] = p.roles;
  j["relatives"] = nlohmann::ordered_json::array();
  for (const PersonLink& l : p.relatives) j["relatives"].push_back(link_json(l));
  j["affiliations"] = nlohmann::ordered_json::array();
  for (const PersonLink& l : p.affiliations) j["affiliations"].push_back(link_json(l));
  j["merges"] = p.merges;
  j["chronology"] = nlohmann::ordered_json::array();
  for (const ChronologyEntry& c : p.chronology) j["chronology"].push_back(entry_json(c));
  j["relatives_chronology"] = nlohmann::ordered_json::array();
  for (const ChronologyEntry& c : p.relatives_chronology)
    j["relatives_chronology"].push_back(entry_json(c));
  return j;
}

std::string join_codes(const std::vector<std::string>& codes) {
  std::string s;
  for (size_t i = 0; i < codes.size(); ++i) s += (i ? ", " : "") + codes[i];
  return s;
}

std::string source_of(const ChronologyEntry& c) {
  std::string s = c.source_title.empty() ? c.source_path : c.source_title;
  if (!c.published.empty()) s += " (" + c.published + ")";
  if (!c.source_url.empty()) s += " <" + c.source_url + ">";
  return s;
}

std::string text_view(const PersonFile& p) {
  std::string o = "# " + p.name + "  (person " + std::to_string(p.cluster) + ")\n";
  if (!p.country.empty()) o += "country: " + p.country + "\n";
  if (!p.event_countries.empty()) o += "acts in: " + join_codes(p.event_countries) + "\n";
  if (!p.sex.empty()) o += "sex: " + p.sex + "\n";
  if (p.names.size() > 1) {
    o += "names:";
    for (size_t i = 1; i < p.names.size(); ++i) o += (i > 1 ? ", " : " ") + p.names[i];
    o += "\n";
  }
  if (!p.roles.empty()) {
    o += "roles:";
    for (size_t i = 0; i < p.roles.size(); ++i) o += (i ? ", " : " ") + p.roles[i];
    o += "\n";
  }
  auto links = [&](const char* title, const std::vector<PersonLink>& v) {
    if (v.empty()) return;
    o += std::string(title) + ":\n";
    for (const PersonLink& l : v) {
      o += "  " + l.relation + ": " + l.name + (l.role.empty() ? "" : " (" + l.role + ")") + "  [" +
           l.source + "]\n";
    }
  };
  links("relatives", p.relatives);
  links("affiliations", p.affiliations);
  if (!p.merges.empty()) {
    o += "merged from:\n";
    for (const std::string& m : p.merges) o += "  " + m + "\n";
  }
  o += "chronology:\n";
  if (p.chronology.empty()) o += "  (no events)\n";
  for (const ChronologyEntry& c : p.chronology) {
    o += "  " + (c.date.empty() ? std::string("undated") : c.date) + "  " + c.type + " (" + c.role +
         ")" + (c.place.empty() ? "" : " in " + c.place) + "  [" + source_of(c) + "]\n";
  }
  if (!p.relatives_chronology.empty()) o += "acts against relatives:\n";
  for (const ChronologyEntry& c : p.relatives_chronology) {
    o += "  " + (c.date.empty() ? std::string("undated") : c.date) + "  " + c.type + " (" +
         c.relative + ")" + (c.place.empty() ? "" : " in " + c.place) + "  [" + source_of(c) +
         "]\n";
  }
  return o;
}

std::string markdown(const PersonFile& p) {
  std::string o = "# Case file: " + p.name + "\n\n";
  if (p.names.size() > 1) {
    o += "**Also written:** ";
    for (size_t i = 1; i < p.names.size(); ++i) o += (i > 1 ? ", " : "") + p.names[i];
    o += "\n\n";
  }
  if (!p.country.empty()) o += "**Country:** " + p.country + "\n\n";
  if (!p.event_countries.empty())
    o += "**Countries of the acts:** " + join_codes(p.event_countries) + "\n\n";
  if (!p.relatives.empty()) {
    o += "## Relatives\n\n";
    for (const PersonLink& l : p.relatives) o += "- " + l.relation + ": " + l.name + "\n";
    o += "\n";
  }
  if (!p.affiliations.empty()) {
    o += "## Affiliations\n\n";
    for (const PersonLink& l : p.affiliations) o += "- " + l.relation + ": " + l.name + "\n";
    o += "\n";
  }
  o += "## Chronology\n\n";
  int n = 0;
  for (const ChronologyEntry& c : p.chronology) {
    ++n;
    o += std::to_string(n) + ". **" + (c.date.empty() ? std::string("Undated") : c.date) + "** — " +
         c.type + " (" + c.role + ")" + (c.place.empty() ? "" : ", " + c.place) +
         "\n   - Source: " + source_of(c) + "\n";
    if (!c.evidence.empty()) o += "   - > " + c.evidence + "\n";
  }
  if (!p.relatives_chronology.empty()) {
    o += "\n## Acts against relatives\n\n";
    n = 0;
    for (const ChronologyEntry& c : p.relatives_chronology) {
      ++n;
      o += std::to_string(n) + ". **" + (c.date.empty() ? std::string("Undated") : c.date) +
           "** — " + c.type + " (" + c.relative + ")" + (c.place.empty() ? "" : ", " + c.place) +
           "\n   - Source: " + source_of(c) + "\n";
      if (!c.evidence.empty()) o += "   - > " + c.evidence + "\n";
    }
  }
  return o + "\n";
}

}  // namespace

std::string format_person_files(const std::vector<PersonFile>& files, const std::string& format) {
  if (format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const PersonFile& p : files) arr.push_back(person_json(p));
    return arr.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  }
  if (format == "csv") {
    Table t;
    t.columns = {"person", "name",     "date",         "date_end",  "type", "role",
                 "place",  "incident", "source_title", "published", "url",  "evidence"};
    for (const PersonFile& p : files) {
      for (const ChronologyEntry& c : p.chronology) {
        t.rows.push_back({std::to_string(p.cluster), p.name, c.date, c.date_end, c.type, c.role,
                          c.place, std::to_string(c.incident),
                          c.source_title.empty() ? c.source_path : c.source_title, c.published,
                          c.source_url, c.evidence});
      }
    }
    return format_table(t, "csv");
  }
  std::string out;
  for (const PersonFile& p : files) {
    if (!out.empty()) out += "\n";
    out += format == "md" ? markdown(p) : text_view(p);
  }
  if (files.empty()) out = "(no such person)\n";
  return out;
}

}  // namespace casebook
