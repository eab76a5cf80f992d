// Internal to store/browse*.cc: a WHERE clause built with its bound values, cursors, and the
// filters every event listing shares.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "casebook/status.h"
#include "store/browse.h"
#include "store/sqlite_db.h"

namespace casebook::browse_sql {

struct Where {
  std::string sql = "1";
  std::vector<std::variant<std::string, int64_t>> binds;

  void add(const std::string& cond) { sql += " AND " + cond; }
  void add(const std::string& cond, std::string v) {
    add(cond);
    binds.emplace_back(std::move(v));
  }
  void add(const std::string& cond, int64_t v) {
    add(cond);
    binds.emplace_back(v);
  }
  // Binds every value from position `*i` on, advancing it.
  void bind(Stmt* st, int* i) const;
};

// A keyset cursor is an id; a ranked list's cursor is an offset. Both are decimal strings.
Result<int64_t> parse_cursor(const std::string& cursor);
int clamp_limit(int limit);
nlohmann::json page_of(nlohmann::json items, bool more, const std::string& next);

// Steps a statement that selects limit + 1 rows (id first) and makes a page of the first
// `limit`, each row made by `row`; the next cursor is the last row's id.
Result<nlohmann::json> keyset_page(Db* db, Stmt* st, int limit,
                                   const std::function<nlohmann::json(const Stmt&)>& row);

// Conditions on an event row `e` (type, country, dates, person, review, confidential) and,
// for readers without Access::confidential, the condition that its document is unrestricted.
Result<Where> event_where(const Access& a, const BrowseFilters& f);

// The names of an event's participants in one role, from the event's own document.
std::string role_names_sql(const char* role);

}  // namespace casebook::browse_sql
