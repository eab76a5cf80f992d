// Plain-text tables for people reading extractions in a terminal.
#include "cli/table_view.h"

#include <unordered_map>

namespace casebook {
namespace {

// Cuts s to at most max bytes on a UTF-8 boundary, adding "…" when cut.
std::string clip(const std::string& s, size_t max) {
  std::string flat;
  flat.reserve(std::min(s.size(), max + 4));
  for (char c : s) flat.push_back(c == '\n' || c == '\t' ? ' ' : c);
  if (flat.size() <= max) return flat;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(flat[cut]) & 0xC0) == 0x80) --cut;
  return flat.substr(0, cut) + "\xE2\x80\xA6";
}

std::string pad(const std::string& s, size_t width) {
  size_t cps = 0;
  for (unsigned char c : s) cps += (c & 0xC0) != 0x80;
  return cps >= width ? s + " " : s + std::string(width - cps, ' ');
}

std::string date_text(const DateValue& d) {
  if (d.empty()) return "-";
  std::string s = d.start;
  if (!d.end.empty()) s += ".." + d.end;
  if (d.approximate) s = "~" + s;
  return s;
}

}  // namespace

std::string render_table(const Extraction& x) {
  const Document& d = x.document;
  std::unordered_map<std::string, const Entity*> by_id;
  for (const Entity& e : x.entities) by_id[e.id] = &e;
  auto names = [&](const std::vector<std::string>& ids) {
    std::string s;
    for (const std::string& id : ids) {
      if (!s.empty()) s += "; ";
      auto it = by_id.find(id);
      s += it == by_id.end() ? id : it->second->name;
    }
    return s.empty() ? std::string("-") : s;
  };
  std::string o;
  o += "== " + d.source + "\n";
  o += "   title:     " + (d.title.empty() ? "-" : d.title) + "\n";
  o += "   published: " + (d.published.empty() ? "-" : d.published) +
       "    reference date: " + (x.reference_date.empty() ? "-" : x.reference_date) + " (from " +
       x.reference_date_from + ")\n";
  o += "   format:    " + d.format + ", " + std::to_string(d.text.size()) + " bytes of text\n";
  for (const std::string& w : d.warnings) o += "   warning:   " + w + "\n";

  o += "\n   ENTITIES (" + std::to_string(x.entities.size()) + ")\n";
  for (const Entity& e : x.entities) {
    std::string extra;
    if (!e.country.empty()) extra += " country=" + e.country;
    if (!e.category.empty()) extra += " category=" + e.category;
    for (const std::string& r : e.roles) extra += " role=" + r;
    if (!e.sex.empty()) extra += " sex=" + e.sex;
    o += "   " + pad(e.id, 5) + pad(e.kind, 12) + pad(clip(e.name, 40), 42) +
         std::to_string(e.mentions.size()) + " mention(s)" + extra + "\n";
  }
  o += "\n   EVENTS (" + std::to_string(x.events.size()) + ")\n";
  for (const Event& e : x.events) {
    std::string flags;
    if (e.negated) flags += " NEGATED";
    if (e.hypothetical) flags += " HYPOTHETICAL";
    if (e.generic) flags += " GENERIC";
    if (e.law_enforcement) flags += " LAW-ENFORCEMENT";  // out of the summary
    o += "   " + pad(e.id, 5) + pad(e.type, 27) + "date " + pad(date_text(e.date), 24) + "rule " +
         e.rule + flags + "\n";
    o += "         victims: " + names(e.victims) + "   perpetrators: " + names(e.perpetrators);
    if (!e.location.empty()) o += "   place: " + names({e.location});
    if (!e.outcome.empty()) o += "   outcome: " + e.outcome;
    if (e.reason) o += "   reason: " + e.reason->kind + " " + e.reason->activity;
    o += "\n         trigger: \"" + clip(e.trigger.text, 40) + "\"  evidence: \"" +
         clip(e.evidence.text, 110) + "\"\n";
  }
  if (!x.relations.empty()) {
    o += "\n   RELATIONS (" + std::to_string(x.relations.size()) + ")\n";
    for (const Relation& r : x.relations) {
      o += "   " + names({r.from}) + " is " + r.kind + " of " + names({r.to}) +
           (r.role.empty() ? "" : " (" + r.role + ")") + "  \"" + clip(r.evidence.text, 70) +
           "\"\n";
    }
  }
  if (!x.statistics.empty()) {
    o += "\n   STATISTICS (" + std::to_string(x.statistics.size()) + ")\n";
    for (const Statistic& s : x.statistics) {
      char q[32];
      std::snprintf(q, sizeof q, "%g", s.quantity);
      o += "   " + pad(s.measure, 22) + (s.approximate ? "~" : "") + q + "  " + s.population +
           "  \"" + clip(s.evidence.text, 80) + "\"\n";
    }
  }
  if (!x.quotes.empty()) {
    o += "\n   QUOTES (" + std::to_string(x.quotes.size()) + ")\n";
    for (const Quote& q : x.quotes) {
      o += "   " + pad(names({q.speaker}), 24) + "\"" + clip(q.evidence.text, 90) + "\"\n";
    }
  }
  const Summary& s = x.summary;
  o += "\n   SUMMARY  types: ";
  for (const std::string& t : s.types) o += t + " ";
  o += "| victims: " + names(s.victims) +
       " | perpetrator: " + (s.perpetrator_category.empty() ? "-" : s.perpetrator_category) +
       " | place: " + (s.city.empty() ? "-" : s.city) + ", " +
       (s.country.empty() ? "-" : s.country) + " | date: " + (s.date.empty() ? "-" : s.date) +
       "\n\n";
  return o;
}

}  // namespace casebook
