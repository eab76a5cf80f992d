// The HTML case file. Everything from the store is escaped (names, passages and titles come
// from documents anyone can write); links are made only for http(s) URLs, and a
// Content-Security-Policy forbids scripts and remote loads should a browser ever see markup
// we missed. Sources are numbered once and cited from each chronology entry, as in a brief.
#include "export/casefile_html.h"

#include <map>

namespace casebook {
namespace {

constexpr const char* kStyle = R"CSS(
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #111; margin: 2em auto;
  max-width: 48em; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; border-bottom: 1px solid #999; margin: 1.6em 0 .5em; }
.meta, .cite, footer { color: #444; font-size: .9em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .25em .5em; border-bottom: 1px solid #ddd; }
table.identity th { width: 9em; }
ol.chronology > li { margin: 0 0 1em; break-inside: avoid; page-break-inside: avoid; }
.when { font-weight: bold; }
blockquote { margin: .3em 0 .3em 1em; padding-left: .8em; border-left: 3px solid #999;
  font-style: italic; }
a { color: inherit; word-break: break-all; }
.sources li { margin-bottom: .3em; }
article + article { break-before: page; page-break-before: always; }
@page { margin: 2cm; }
@media print { body { margin: 0; max-width: none; } }
)CSS";

bool is_web_url(const std::string& url) {
  return url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0;
}

// "arrest_detention" reads as "arrest detention".
std::string label(std::string s) {
  for (char& c : s) {
    if (c == '_') c = ' ';
  }
  return s;
}

std::string date_range(const ChronologyEntry& c) {
  if (c.date.empty()) return "Undated";
  if (c.date_end.empty() || c.date_end == c.date) return c.date;
  return c.date + " – " + c.date_end;
}

// A URL as printed text, and as a link when it is a web address (never javascript: or data:).
std::string url_html(const std::string& url) {
  if (url.empty()) return "";
  std::string text = html_escape(url);
  if (!is_web_url(url)) return text;
  return "<a href=\"" + text + "\" rel=\"noreferrer noopener\">" + text + "</a>";
}

struct SourceList {
  std::map<int64_t, int> number;  // document id -> citation number
  std::vector<const ChronologyEntry*> first;

  int cite(const ChronologyEntry& c) {
    auto [it, added] = number.emplace(c.document, static_cast<int>(first.size()) + 1);
    if (added) first.push_back(&c);
    return it->second;
  }
};

std::string source_html(const ChronologyEntry& c) {
  std::string title = c.source_title.empty() ? c.source_path : c.source_title;
  std::string o = "<cite>" + html_escape(title.empty() ? "Untitled document" : title) + "</cite>";
  if (!c.published.empty()) o += ", published " + html_escape(c.published);
  if (!c.source_url.empty()) o += ". " + url_html(c.source_url);
  if (!c.source_path.empty() && c.source_path != title) {
    o += ". File: " + html_escape(c.source_path);
  }
  return o + " (casebook document " + std::to_string(c.document) + ")";
}

void identity(const PersonFile& p, std::string* o) {
  *o += "<section><h2>Identity</h2><table class=\"identity\">";
  auto row = [&](const char* k, const std::string& v) {
    if (!v.empty()) *o += "<tr><th>" + std::string(k) + "</th><td>" + v + "</td></tr>";
  };
  row("Name", html_escape(p.name));
  std::string also;
  for (size_t i = 1; i < p.names.size(); ++i) also += (i > 1 ? "; " : "") + html_escape(p.names[i]);
  row("Also written", also);
  row("Country", html_escape(p.country));
  std::string acts;
  for (size_t i = 0; i < p.event_countries.size(); ++i)
    acts += (i ? ", " : "") + html_escape(p.event_countries[i]);
  row("Countries of the acts", acts);
  row("Sex", html_escape(p.sex));
  std::string roles;
  for (size_t i = 0; i < p.roles.size(); ++i) roles += (i ? "; " : "") + html_escape(p.roles[i]);
  row("Roles", roles);
  *o += "</table></section>\n";
}

void links(const char* title, const std::vector<PersonLink>& v, std::string* o) {
  if (v.empty()) return;
  *o += "<section><h2>" + std::string(title) +
        "</h2><table><thead><tr><th>Relation</th><th>Name</th><th>Passage</th><th>Source</th>"
        "</tr></thead><tbody>";
  for (const PersonLink& l : v) {
    std::string name = html_escape(l.name);
    if (!l.role.empty()) name += " (" + html_escape(l.role) + ")";
    *o += "<tr><td>" + html_escape(l.relation) + "</td><td>" + name + "</td><td>" +
          (l.evidence.empty() ? "" : "<q>" + html_escape(l.evidence) + "</q>") + "</td><td>" +
          html_escape(l.source) + "</td></tr>";
  }
  *o += "</tbody></table></section>\n";
}

void chronology(const char* title, const std::vector<ChronologyEntry>& entries, SourceList* sources,
                std::string* o) {
  *o += "<section><h2>" + std::string(title) + "</h2>";
  if (entries.empty()) {
    *o += "<p>No events recorded.</p></section>\n";
    return;
  }
  *o += "<ol class=\"chronology\">";
  for (const ChronologyEntry& c : entries) {
    int n = sources->cite(c);
    std::string what = html_escape(label(c.type));
    if (!c.relative.empty())
      what += " (" + html_escape(c.relative) + ")";
    else if (!c.role.empty())
      what += " (" + html_escape(c.role) + ")";
    if (!c.place.empty()) what += ", " + html_escape(c.place);
    if (!c.outcome.empty()) what += "; outcome: " + html_escape(c.outcome);
    *o += "<li><p class=\"when\">" + html_escape(date_range(c)) + "</p><p>" + what + "</p>";
    if (!c.evidence.empty()) *o += "<blockquote>“" + html_escape(c.evidence) + "”</blockquote>";
    *o += "<p class=\"cite\">Source [" + std::to_string(n) + "]: " + source_html(c);
    if (c.incident) *o += "; incident " + std::to_string(c.incident);
    *o += "</p></li>";
  }
  *o += "</ol></section>\n";
}

void person_article(const PersonFile& p, const std::string& generated_at, std::string* o) {
  SourceList sources;
  *o += "<article>\n<header><h1>Case file: " + html_escape(p.name) +
        "</h1><p class=\"meta\">casebook person " + std::to_string(p.cluster) + "</p></header>\n";
  identity(p, o);
  links("Relatives", p.relatives, o);
  links("Affiliations", p.affiliations, o);
  chronology("Chronology", p.chronology, &sources, o);
  if (!p.relatives_chronology.empty())
    chronology("Acts against relatives", p.relatives_chronology, &sources, o);
  if (!sources.first.empty()) {
    *o += "<section><h2>Sources</h2><ol class=\"sources\">";
    for (const ChronologyEntry* c : sources.first) *o += "<li>" + source_html(*c) + "</li>";
    *o += "</ol></section>\n";
  }
  if (p.merges.size() > 0) {
    *o += "<section><h2>Why these records are one person</h2><ul>";
    for (const std::string& m : p.merges) *o += "<li>" + html_escape(m) + "</li>";
    *o += "</ul></section>\n";
  }
  std::string from = sources.first.empty()
                         ? std::string(" from the documents of this store.")
                         : " from the " + std::to_string(sources.first.size()) +
                               (sources.first.size() == 1 ? " source" : " sources") +
                               " listed above.";
  *o += "<footer><p>Compiled by casebook on " + html_escape(generated_at) + from +
        " Passages are quoted verbatim from their sources; dates are as the sources state "
        "them, normalised to ISO 8601.</p></footer>\n</article>\n";
}

}  // namespace

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

std::string casefile_html(const std::vector<PersonFile>& files, const std::string& generated_at) {
  std::string title = files.size() == 1 ? "Case file: " + files[0].name : "Case files";
  std::string o =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
      "<title>" +
      html_escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  if (files.empty()) o += "<p>No such person in the store.</p>\n";
  for (const PersonFile& p : files) person_article(p, generated_at, &o);
  return o + "</body>\n</html>\n";
}

}  // namespace casebook
