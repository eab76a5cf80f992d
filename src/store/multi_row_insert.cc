// Multi-row INSERT statement texts (store/multi_row_insert.h).
#include "store/multi_row_insert.h"

namespace casebook {

MultiRowInsert::MultiRowInsert(const std::string& head, const std::string& row)
    : sql_(kMaxRows + 1) {
  for (size_t rows = 1; rows <= kMaxRows; ++rows) {
    std::string& s = sql_[rows];
    s = head + row;
    for (size_t i = 1; i < rows; ++i) s += "," + row;
  }
}

}  // namespace casebook
