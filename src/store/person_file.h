// A person's case file from the store: identity, the names used across documents, relatives,
// affiliations, the recorded merges, and a chronology of events with their sources.
#pragma once

#include <string>
#include <vector>

#include "store/sqlite_db.h"

namespace casebook {

struct PersonLink {
  std::string relation;  // "father" (the other is this person's father) or "is father of"
  std::string name;
  std::string kind;  // person, organization, ...
  int64_t cluster = 0;
  std::string role;  // free text from the relation, when any
  std::string evidence;
  std::string source;  // document title or source path
};

struct ChronologyEntry {
  std::string date, date_end;
  std::string type, role;  // role of this person: victim, perpetrator, actor
  std::string place, outcome;
  int64_t incident = 0;
  int64_t document = 0;
  std::string source_title, source_url, source_path, published;
  std::string evidence;
  std::string relative;  // acts against relatives: the relative it was done to
};

struct PersonFile {
  int64_t cluster = 0;
  std::string name, country, sex;
  std::vector<std::string> names;  // every spelling and alias seen, first the cluster's name
  std::vector<std::string> roles;
  // Where the acts of the chronology happened (ISO codes, most acts first); the person's own
  // country may be unknown when every act names one.
  std::vector<std::string> event_countries;
  std::vector<PersonLink> relatives;
  std::vector<PersonLink> affiliations;
  std::vector<std::string> merges;          // "merge 4: same normalised name (key ...)"
  std::vector<ChronologyEntry> chronology;  // by date, undated last
  // What was done to the person's relatives ("political hostages": the exile's father
  // detained), by date; each entry names the relative.
  std::vector<ChronologyEntry> relatives_chronology;
};

// The case files of every person cluster the name finds (see find_person_clusters).
std::vector<PersonFile> load_person_files(Db* db, const std::string& name);

}  // namespace casebook
