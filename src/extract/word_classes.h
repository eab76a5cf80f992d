// Small closed classes of English words that several extraction rules test: units of time
// ("for six hours"), possessive determiners ("his", "their") and the counts a partitive "of"
// follows ("three of them").
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

// A count before "of" in a partitive: "three of them", "several of the protesters". Numbers
// written in digits are tested by the token's kind.
inline bool is_partitive_count(std::string_view w) {
  return w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "seven" ||
         w == "eight" || w == "nine" || w == "ten" || w == "several" || w == "some" ||
         w == "many" || w == "most" || w == "dozens" || w == "hundreds" || w == "thousands" ||
         w == "scores";
}

}  // namespace casebook
