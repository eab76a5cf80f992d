// Issue 6: the event finder asked every candidate trigger's two neighbour words about every
// row of data/events/vetoes.tsv; it now looks each neighbour up once in the rows indexed by
// their word (VetoTable::rows_with). The index must hold exactly the rows a scan of the file
// finds for a word on its side, in the file's order (a word may veto several triggers), and
// nothing for a word on the other side. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/veto_table.h"
#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::vector<uint16_t> scanned(std::string_view word, bool before) {
  std::vector<uint16_t> rows;
  const std::vector<VetoRow>& all = VetoTable::instance().rows();
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].word == word && all[i].before == before) rows.push_back(static_cast<uint16_t>(i));
  }
  return rows;
}

std::vector<uint16_t> indexed(std::string_view word, bool before) {
  const std::span<const uint16_t> rows = VetoTable::instance().rows_with(word, before);
  return {rows.begin(), rows.end()};
}

TEST(VetoTable, Issue6EveryWordOnEitherSideHasTheScansRows) {
  const VetoTable& table = VetoTable::instance();
  ASSERT_GT(table.rows().size(), 20u);
  std::set<std::string> words;
  for (const VetoRow& r : table.rows()) words.insert(r.word);
  size_t shared = 0;  // words that veto more than one trigger on one side
  for (const std::string& w : words) {
    for (bool before : {true, false}) {
      EXPECT_EQ(indexed(w, before), scanned(w, before)) << w << (before ? " before" : " after");
      shared += scanned(w, before).size() > 1;
    }
  }
  EXPECT_GT(shared, 0u);  // the table does have such words, so the test sees them
}

TEST(VetoTable, Issue6OtherWordsHaveNoRows) {
  // Words no row has (checked against the scan, since rows are added to the file): none.
  int none = 0;
  for (std::string_view w : {"", "the", "detained", "cardiacs", "camer", "xyzzy", "qqq"}) {
    for (bool before : {true, false}) {
      EXPECT_EQ(indexed(w, before), scanned(w, before)) << w;
      none += scanned(w, before).empty();
    }
  }
  EXPECT_GE(none, 8);
}

TEST(VetoTable, Issue6TheTableIsTheFilesRows) {
  // Every row with a side of the data file, in its order.
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/data/events/vetoes.tsv");
  ASSERT_TRUE(in.good());
  std::vector<std::string> expected;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) f.push_back(x);
    if (f.size() >= 3 && (f[2] == "before" || f[2] == "after")) {
      expected.push_back(f[0] + "|" + f[1] + "|" + f[2]);
    }
  }
  std::vector<std::string> got;
  for (const VetoRow& r : VetoTable::instance().rows()) {
    got.push_back(r.trigger + "|" + r.word + "|" + (r.before ? "before" : "after"));
  }
  EXPECT_EQ(got, expected);
}

TEST(VetoTable, Issue6AWordVetoingSeveralTriggersVetoesEach) {
  // Rows sharing a neighbour word: each of their triggers is vetoed by it, not only the first
  // row's. Each sentence puts the word on its side of the row's trigger; the same sentence
  // with another word there shows that the trigger is an act without the veto.
  const VetoTable& table = VetoTable::instance();
  auto sentence = [](const VetoRow& r, const std::string& word) {
    return r.before ? "Officials said the " + word + " " + r.trigger +
                          " of Rafael Ortiz was reported on Monday."
                    : "Officials said the " + r.trigger + " " + word +
                          " of Rafael Ortiz was reported on Monday.";
  };
  auto has_trigger = [](const Extraction& x, const std::string& trigger) {
    for (const Event& ev : x.events) {
      if (ev.trigger.text == trigger) return true;
    }
    return false;
  };
  int acts = 0;
  for (const VetoRow& r : table.rows()) {
    if (scanned(r.word, r.before).size() < 2 || r.trigger.find(' ') != std::string::npos) continue;
    EXPECT_FALSE(has_trigger(extract_text(sentence(r, r.word)), r.trigger)) << sentence(r, r.word);
    acts += has_trigger(extract_text(sentence(r, "recent")), r.trigger);
  }
  EXPECT_GT(acts, 1);
}

}  // namespace
}  // namespace casebook::testing
