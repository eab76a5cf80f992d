// INSERT statements that write several rows in one run, for the writer's many small rows
// (participants, entity keys): each statement run has a cost of its own (cursors opened and
// closed, the program started and halted) beside its rows' B-tree work (bench/README.md,
// "twelfth pass").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace casebook {

class MultiRowInsert {
 public:
  // The most rows one statement writes.
  static constexpr size_t kMaxRows = 16;

  // `head` is the statement up to VALUES ("INSERT OR IGNORE INTO t(a, b) VALUES "), `row` one
  // row's parameters ("(?,?)").
  MultiRowInsert(const std::string& head, const std::string& row);

  // The statement for `rows` rows, 1 to kMaxRows. Its text lives as long as this object, so
  // Db::cached, which finds a statement by its SQL's address, finds it again: keep the object
  // static.
  const std::string& sql(size_t rows) const { return sql_[rows]; }

 private:
  std::vector<std::string> sql_;
};

}  // namespace casebook
