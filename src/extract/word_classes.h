// Small closed classes of English words that several extraction rules test: units of time
// ("for six hours") and possessive determiners ("his", "their").
#pragma once

#include <string_view>

namespace casebook {

// A unit a duration is counted in: "held for six hours", "jailed for 15 days".
inline bool is_time_unit(std::string_view w) {
  return w == "day" || w == "days" || w == "hour" || w == "hours" || w == "week" || w == "weeks" ||
         w == "month" || w == "months" || w == "year" || w == "years" || w == "minute" ||
         w == "minutes" || w == "night" || w == "nights";
}

inline bool is_possessive_determiner(std::string_view w) {
  return w == "his" || w == "her" || w == "their" || w == "its" || w == "my" || w == "our" ||
         w == "your";
}

}  // namespace casebook
