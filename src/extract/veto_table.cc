// The sense vetoes indexed by neighbour word (see veto_table.h).
#include "extract/veto_table.h"

#include "core/tsv.h"

namespace casebook {

const VetoTable& VetoTable::instance() {
  static const VetoTable kTable;
  return kTable;
}

VetoTable::VetoTable() {
  for_each_data_row("events/vetoes.tsv", [&](const TsvRow& r) {
    if (r.size() >= 3 && (r[2] == "before" || r[2] == "after"))
      rows_.push_back({std::string(r[0]), std::string(r[1]), r[2] == "before"});
  });
  for (size_t i = 0; i < rows_.size(); ++i) {
    (rows_[i].before ? before_ : after_)
        .find_or_insert(rows_[i].word)
        .push_back(static_cast<uint16_t>(i));
  }
}

}  // namespace casebook
