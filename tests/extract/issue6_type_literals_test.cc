// Issue 6: the event finder and merge_repeats compare an event's type and a trigger row's
// columns (pos, text, victim slot) with literals through is_literal (core/word_literal.h), the
// length first and the bytes inline, where `e.type == "killing"` was a call to
// string_view::compare and memcmp in these large files. These tests read the two source files:
// no such compare is left as `==` or `!=`, and every literal compared is a real type, part of
// speech, victim slot or trigger text of the lexicon (a misspelt literal would never match).
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "core/word_literal.h"
#include "nlp/trigger_lexicon.h"
#include "source_text_util.h"

namespace casebook {
namespace {

using testing::source;

constexpr const char* kFiles[] = {"src/extract/events.cc", "src/extract/event_merge.cc"};

TEST(Issue6TypeLiterals, NoTypeOrRowColumnIsComparedWithEqualsToALiteral) {
  // `e.type == "..."`, `type != "..."`, `ev.type == "..."`, `e.pos == "..."`, `e.text == "..."`.
  const std::regex plain(R"((^|[^\w.>])((e|ev|o)\.)?(type|pos|victim_slot|text) [!=]= ")");
  for (const char* file : kFiles) {
    const std::string text = source(file);
    std::smatch m;
    EXPECT_FALSE(std::regex_search(text, m, plain))
        << file << ": " << m.str(0) << " (compare through is_literal)";
  }
}

TEST(Issue6TypeLiterals, EveryLiteralComparedIsOneTheLexiconHas) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  std::set<std::string, std::less<>> types, pos, slots, texts;
  for (std::string_view t : lex.types()) types.emplace(t);
  for (const TriggerEntry& e : lex.entries()) {
    pos.emplace(e.pos);
    slots.emplace(e.victim_slot);
    texts.emplace(e.text);
  }
  const std::regex literal(
      R"re(is_literal\(((e|ev|o)\.)?(type|pos|victim_slot|text), "([^"]*)"\))re");
  size_t seen = 0;
  for (const char* file : kFiles) {
    const std::string text = source(file);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), literal);
         it != std::sregex_iterator(); ++it) {
      const std::string column = (*it)[3], value = (*it)[4];
      const auto& known = column == "type"   ? types
                          : column == "pos"  ? pos
                          : column == "text" ? texts
                                             : slots;
      EXPECT_TRUE(known.count(value) > 0) << file << ": " << column << " \"" << value << "\"";
      ++seen;
    }
  }
  EXPECT_GT(seen, 60u);  // the finder's rules compare types in many places
}

TEST(Issue6TypeLiterals, IsLiteralAnswersAsEqualsForEveryType) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  for (std::string_view t : lex.types()) {
    EXPECT_EQ(is_literal(t, "killing"), t == "killing") << t;
    EXPECT_EQ(is_literal(t, "torture_ill_treatment"), t == "torture_ill_treatment") << t;
    EXPECT_EQ(is_literal(t, "deportation_extradition"), t == "deportation_extradition") << t;
    EXPECT_EQ(is_literal(t, "release"), t == "release") << t;
    // A type that begins another's bytes is not that type.
    EXPECT_FALSE(is_literal(t.substr(0, t.size() - 1), "killing") && t == "killing") << t;
  }
}

}  // namespace
}  // namespace casebook
