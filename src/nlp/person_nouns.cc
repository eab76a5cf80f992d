// WordNet's person nouns, loaded once from the embedded table (see person_nouns.h).
#include "nlp/person_nouns.h"

#include <cstdint>

#include "core/flat_string_map.h"
#include "core/tsv.h"

namespace casebook {

bool is_person_noun(std::string_view noun_lemma) {
  static const FlatStringMap<uint8_t> kNouns = [] {
    FlatStringMap<uint8_t> m;
    for_each_data_row("wordnet/person_nouns.tsv", [&](const TsvRow& r) {
      if (!r.empty()) m.insert(r[0], 1);
    });
    return m;
  }();
  return kNouns.find(noun_lemma) != nullptr;
}

}  // namespace casebook
