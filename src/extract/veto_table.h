// The sense vetoes of data/events/vetoes.tsv, indexed by their neighbour word: a trigger word
// with the row's word right before it (or right after it) is no event ("cardiac arrest",
// "surveillance cameras"). The event finder asks about every candidate trigger; it used to
// compare its two neighbours with every row of the file, and now looks each neighbour up once.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/flat_string_map.h"

namespace casebook {

struct VetoRow {
  std::string trigger;  // a lemma or lower-cased form of one of the trigger's words
  std::string word;     // the neighbour word
  bool before = false;  // the word stands right before the trigger, else right after it
};

class VetoTable {
 public:
  static const VetoTable& instance();

  // Every row, in the file's order.
  const std::vector<VetoRow>& rows() const { return rows_; }

  // The indexes in rows() of the rows whose neighbour word is `word` on that side, in the
  // file's order; empty for a word no row has there.
  std::span<const uint16_t> rows_with(std::string_view word, bool before) const {
    const std::vector<uint16_t>* found = (before ? before_ : after_).find(word);
    return found == nullptr ? std::span<const uint16_t>() : std::span<const uint16_t>(*found);
  }

 private:
  VetoTable();
  std::vector<VetoRow> rows_;
  // Keys are views of rows_'s words: rows_ is complete before the first key is taken.
  FlatStringMap<std::vector<uint16_t>> before_, after_;
};

}  // namespace casebook
