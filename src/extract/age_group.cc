// Age groups from stated ages and age words (see age_group.h).
#include "extract/age_group.h"

#include <cctype>
#include <unordered_map>
#include <vector>

#include "core/string_hash.h"
#include "core/tsv.h"

namespace casebook {
namespace {

// Keyed by views into the embedded data file.
using AgeWords = std::unordered_map<std::string_view, std::string, StringViewHash>;

const AgeWords& age_words() {
  static const AgeWords kWords = [] {
    AgeWords w;
    for_each_data_row("names/age_words.tsv", [&](const TsvRow& r) {
      if (r.size() >= 2) w[r[0]] = std::string(r[1]);
    });
    return w;
  }();
  return kWords;
}

// The number of years a token states ("15", "15-year-old"), or -1.
int years(const AnnotatedText& at, uint32_t t) {
  std::string_view w = at.lower[t];
  int n = 0;
  size_t i = 0;
  while (i < w.size() && i < 3 && std::isdigit(static_cast<unsigned char>(w[i]))) {
    n = n * 10 + (w[i] - '0');
    ++i;
  }
  if (i == 0) return -1;
  if (i == w.size() && at.tokens[t].kind == TokenKind::kNumber) return n;
  if (w.substr(i) == "-year-old" || w.substr(i) == "-year-olds") return n;
  return -1;
}

}  // namespace

std::string age_group_near(const AnnotatedText& at, uint32_t first, uint32_t end) {
  const size_t n = at.tokens.size();
  // The three tokens before and the five after, in that order, without a heap allocation
  // (this runs for every person mention).
  uint32_t around[8];
  size_t count = 0;
  for (uint32_t k = first >= 3 ? first - 3 : 0; k < first; ++k) around[count++] = k;
  for (uint32_t k = end; k < n && k < end + 5; ++k) around[count++] = k;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t k = around[i];
    if (at.sentence_of[k] != at.sentence_of[first]) continue;
    int age = years(at, k);
    bool stated =
        age >= 0 &&
        (at.lower[k].find("-year-old") != std::string_view::npos ||
         (k > 0 && at.lower[k - 1] == "aged") ||
         (k == end + 1 && at.token_text(end) == "," && k + 1 < n && at.token_text(k + 1) == ","));
    if (stated && age > 0 && age < 120) return age < 18 ? "child" : "adult";
    // Only three places can hold an age word: the position test comes before the lookup.
    if (k + 1 == first || k + 2 == first || k == end + 2) {
      auto it = age_words().find(at.lower[k]);
      if (it != age_words().end()) return it->second;
    }
  }
  return "";
}

}  // namespace casebook
