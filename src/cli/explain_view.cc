// Terminal rendering of why each fact was produced.
#include "cli/explain_view.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace casebook {
namespace {

struct Mark {
  uint32_t pos;
  int order;  // closing marks before opening marks at the same position
  std::string text;
};

std::string marked(std::string_view text, uint32_t start, uint32_t end, std::vector<Mark> marks) {
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.order < b.order;
  });
  std::string out;
  uint32_t at = start;
  for (const Mark& m : marks) {
    if (m.pos < start || m.pos > end) continue;
    out.append(text.substr(at, m.pos - at));
    out += m.text;
    at = m.pos;
  }
  out.append(text.substr(at, end - at));
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

}  // namespace

std::string render_explain(const Extraction& x, const PipelineTrace& trace, bool all_mentions) {
  const std::string& text = x.document.text;
  std::unordered_map<std::string, const Entity*> by_id;
  for (const Entity& e : x.entities) by_id[e.id] = &e;
  auto name = [&](const std::string& id) {
    auto it = by_id.find(id);
    return it == by_id.end() ? id : it->second->name + " (" + id + ")";
  };
  std::string o = "== " + x.document.source + "  (reference date " +
                  (x.reference_date.empty() ? "-" : x.reference_date) + ", from " +
                  x.reference_date_from + ")\n";
  for (const Event& ev : x.events) {
    std::vector<Mark> marks = {{ev.trigger.start, 1, "["}, {ev.trigger.end, 0, "]"}};
    std::unordered_map<std::string, char> role;
    for (const std::string& v : ev.victims) role[v] = 'v';
    for (const std::string& p : ev.perpetrators) role[p] = 'p';
    for (const auto& m : trace.mentions) {
      if (m.start < ev.evidence.start || m.end > ev.evidence.end) continue;
      auto it = role.find(m.entity);
      if (it == role.end()) continue;
      marks.push_back({m.start, 1, it->second == 'v' ? "<" : "{"});
      marks.push_back({m.end, 0, it->second == 'v' ? ">" : "}"});
    }
    o += "\n" + ev.id + " " + ev.type + " (CAMEO " + ev.cameo + ")  rule " + ev.rule + "\n";
    o += "   " + marked(text, ev.evidence.start, ev.evidence.end, marks) + "\n";
    auto list = [&](const std::vector<std::string>& ids) {
      std::string s;
      for (const std::string& id : ids) s += (s.empty() ? "" : "; ") + name(id);
      return s.empty() ? std::string("-") : s;
    };
    o += "   victims: " + list(ev.victims) + "\n   perpetrators: " + list(ev.perpetrators) + "\n";
    if (!ev.actors.empty()) o += "   actors: " + list(ev.actors) + "\n";
    o += "   date: " +
         (ev.date.empty() ? std::string("-")
                          : ev.date.start + (ev.date.end.empty() ? "" : ".." + ev.date.end)) +
         "   place: " + (ev.location.empty() ? std::string("-") : name(ev.location)) + "\n";
    std::string flags;
    if (ev.negated) flags += " negated";
    if (ev.hypothetical) flags += " hypothetical";
    if (ev.generic) flags += " generic";
    // Police work on an ordinary crime, or justice for an act of violence the report tells:
    // kept as an event, left out of the summary.
    if (ev.law_enforcement) flags += " law_enforcement";
    if (!ev.outcome.empty()) flags += " outcome=" + ev.outcome;
    if (ev.reason) flags += " reason=" + ev.reason->kind + ":\"" + ev.reason->activity + "\"";
    if (!flags.empty()) o += "   flags:" + flags + "\n";
  }
  if (all_mentions) {
    o += "\nMENTIONS BY SENTENCE\n";
    size_t k = 0;
    for (const auto& [s, e] : trace.sentences) {
      std::vector<Mark> marks;
      std::string notes;
      while (k < trace.mentions.size() && trace.mentions[k].start < e) {
        const auto& m = trace.mentions[k++];
        if (m.start < s) continue;
        marks.push_back({m.start, 1, "["});
        marks.push_back({m.end, 0, "]"});
        notes += "      " + std::string(text.substr(m.start, m.end - m.start)) + ": " + m.kind +
                 (m.entity.empty() ? " (unlinked)" : " -> " + name(m.entity)) + "  rule " + m.rule +
                 "\n";
      }
      o += "\n   " + marked(text, s, e, marks) + "\n" + notes;
    }
  }
  return o + "\n";
}

}  // namespace casebook
