// Helpers for extraction tests: run the whole pipeline on a text written in the test, and
// look things up in the result by name and type.
#pragma once

#include <algorithm>
#include <string>

#include "extract/pipeline.h"
#include "ingest/ingest.h"

namespace casebook::testing {

inline Extraction extract_text(const std::string& text, const std::string& date = "") {
  auto doc = ingest_document(text, "test.txt");
  if (!doc.ok()) return Extraction{};
  ExtractOptions options;
  options.reference_date = date;
  return Pipeline().run(std::move(*doc), options);
}

inline const Entity* entity_named(const Extraction& x, const std::string& name,
                                  const std::string& kind = "") {
  for (const Entity& e : x.entities) {
    if (!kind.empty() && e.kind != kind) continue;
    if (e.name == name) return &e;
    if (std::find(e.aliases.begin(), e.aliases.end(), name) != e.aliases.end()) return &e;
  }
  return nullptr;
}

inline const Entity* entity_by_id(const Extraction& x, const std::string& id) {
  for (const Entity& e : x.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

// The name of the place an event happened in, or "" when it has none.
inline std::string place_of(const Extraction& x, const Event& ev) {
  const Entity* p = entity_by_id(x, ev.location);
  return p == nullptr ? "" : p->name;
}

inline std::vector<const Event*> events_of(const Extraction& x, const std::string& type) {
  std::vector<const Event*> v;
  for (const Event& e : x.events) {
    if (e.type == type) v.push_back(&e);
  }
  return v;
}

// The names of an event's victims (or perpetrators), in order.
inline std::vector<std::string> names_of(const Extraction& x, const std::vector<std::string>& ids) {
  std::vector<std::string> v;
  for (const std::string& id : ids) {
    if (const Entity* e = entity_by_id(x, id)) v.push_back(e->name);
  }
  return v;
}

inline bool has_name(const std::vector<std::string>& names, const std::string& n) {
  return std::find(names.begin(), names.end(), n) != names.end();
}

// The victims (or perpetrators) of the first event of a type, by name; none when there is no
// such event.
inline std::vector<std::string> first_victims(const Extraction& x, const std::string& type) {
  auto ev = events_of(x, type);
  return ev.empty() ? std::vector<std::string>{} : names_of(x, ev[0]->victims);
}

inline std::vector<std::string> first_perpetrators(const Extraction& x, const std::string& type) {
  auto ev = events_of(x, type);
  return ev.empty() ? std::vector<std::string>{} : names_of(x, ev[0]->perpetrators);
}

// Whether the first event of a type is generic / hypothetical; false when there is none.
inline bool first_generic(const Extraction& x, const std::string& type) {
  auto ev = events_of(x, type);
  return !ev.empty() && ev.front()->generic;
}

inline bool first_hypothetical(const Extraction& x, const std::string& type) {
  auto ev = events_of(x, type);
  return !ev.empty() && ev.front()->hypothetical;
}

// Whether a relation "from is the kind of to" holds between entities of those names.
inline bool has_relation(const Extraction& x, const std::string& from, const std::string& kind,
                         const std::string& to) {
  for (const Relation& r : x.relations) {
    const Entity* a = entity_by_id(x, r.from);
    const Entity* b = entity_by_id(x, r.to);
    if (a && b && a->name == from && r.kind == kind && b->name == to) return true;
  }
  return false;
}

// The victims of every event of a type ("" for any type), by name.
inline std::vector<std::string> victims_of(const Extraction& x, const std::string& type) {
  std::vector<std::string> v;
  for (const Event& e : x.events) {
    if (!type.empty() && e.type != type) continue;
    for (const std::string& n : names_of(x, e.victims)) v.push_back(n);
  }
  return v;
}

// The start of the date of the only event of the type, or "?" when there is not exactly one.
inline std::string date_of_only(const Extraction& x, const std::string& type) {
  std::vector<const Event*> ev = events_of(x, type);
  return ev.size() == 1 ? ev[0]->date.start : "?";
}

}  // namespace casebook::testing
