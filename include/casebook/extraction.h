// Extraction: everything casebook finds in one Document, in the shape of the
// output contract (design/extraction-json.md, schema casebook.extraction/1).
// All spans are byte ranges into Document::text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "casebook/document.h"

namespace casebook {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

// A date or date range at the precision the text gives: "2017", "2017-09", "2017-09-06".
struct DateValue {
  std::string start;
  std::string end;  // empty unless a range
  bool approximate = false;
  bool empty() const { return start.empty(); }
};

struct Entity {
  std::string id;    // p1, o1, s1, g1, l1
  std::string kind;  // person | organization | state_actor | group | place
  std::string name;
  bool named = true;
  std::vector<std::string> aliases;
  std::string country;   // ISO 3166-1 alpha-2, empty when unknown
  std::string category;  // state actors: state_security | state_other | ...
  std::vector<std::string> roles;
  std::string sex;         // male | female | empty
  std::string age_group;   // adult | child | empty
  std::string place_type;  // places: country | region | city | village
  std::string region;      // places: the first-level subdivision name, when known
  std::string rule;        // which rule made this entity
  std::vector<Span> mentions;
};

struct Relation {
  std::string kind;  // "from is the kind of to": father, member, lawyer_of, ...
  std::string from;
  std::string to;
  std::string role;  // free text, e.g. "head of the party's media department"
  std::string rule;
  Span evidence;
};

struct Reason {
  std::string kind;  // reprisal | charge | other
  std::string for_entity;
  std::string activity;
};

struct Event {
  std::string id;  // v1, v2, ...
  std::string type;
  std::string cameo;
  std::vector<std::string> victims;
  std::vector<std::string> perpetrators;
  std::vector<std::string> actors;  // who acted, for responses (advocacy, protest, boycott)
  DateValue date;
  bool date_year_written = false;   // the year was written in the text (not inferred); internal
  bool date_month_written = false;  // the month was named ("on September 30"); internal
  // How much the act's later tellings weigh in the summary, when they were merged into it
  // from other paragraphs ("His killing comes two weeks after ..."); internal.
  double retold_weight = 0;
  std::string location;  // a place entity id, empty when unknown
  std::optional<Reason> reason;
  std::string outcome;
  bool generic = false;
  bool negated = false;
  bool hypothetical = false;
  // An arrest, charge or trial of suspects in an ordinary crime: law enforcement, kept as an
  // event but out of the summary.
  bool law_enforcement = false;
  double confidence = 0.0;
  std::string rule;
  Span trigger;
  Span evidence;
};

struct Statistic {
  std::string measure;
  double quantity = 0;
  bool approximate = false;
  std::string population;
  std::string place;  // place entity id
  DateValue period;
  Span evidence;
};

struct Quote {
  std::string speaker;  // entity id, empty when unknown
  Span evidence;
};

struct Summary {
  std::vector<std::string> types;
  std::vector<std::string> victims;
  std::string perpetrator_category;  // empty means null
  std::string city;
  std::string region;
  std::string country;
  std::string date;
};

struct Extraction {
  Document document;
  std::string reference_date;       // ISO, at the precision known; empty when none
  std::string reference_date_from;  // metadata | option | text | none
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Event> events;
  std::vector<Statistic> statistics;
  std::vector<Quote> quotes;
  Summary summary;
};

}  // namespace casebook
