// Issue 4 (code health): who is named together, read by MentionLists (mention_lists.h), moved
// out of the clause reader. Called directly on a context built as the pipeline builds it,
// with sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/mention_lists.h"
#include "extract_test_util.h"
#include "read_context_test_util.h"

namespace casebook {
namespace {

struct Read : testing::ReadContext {
  using ReadContext::ReadContext;
  std::vector<std::string> from(std::string_view first_word) const {
    const uint32_t end = at.sentences[0].end_token;
    return texts_of(MentionLists(*ctx, end).coordinated_from(token(first_word), end));
  }
};

TEST(Issue4MentionLists, NamesJoinedByCommasAndAnd) {
  Read r("Ana Lindqvist, Tomas Varga and Ivo Petrov were detained in Minsk.");
  EXPECT_EQ(r.from("ana"),
            (std::vector<std::string>{"Ana Lindqvist", "Tomas Varga", "Ivo Petrov"}));
}

TEST(Issue4MentionLists, AClauseAfterAndEndsTheList) {
  Read r("Ana Lindqvist was fined, and police detained Tomas Varga.");
  EXPECT_EQ(r.from("ana"), (std::vector<std::string>{"Ana Lindqvist"}));
}

TEST(Issue4MentionLists, AGroupNounStandsForTheNamesAfterIt) {
  Read r("Police detained journalists Ana Lindqvist and Tomas Varga in Minsk.");
  std::vector<std::string> v = r.from("journalists");
  EXPECT_NE(std::find(v.begin(), v.end(), "Ana Lindqvist"), v.end());
  EXPECT_NE(std::find(v.begin(), v.end(), "Tomas Varga"), v.end());
}

// "the union's chairman, X, its treasurer, Y, and ...": each role set off by commas names one
// more person; "the police said" between commas is no role.
TEST(Issue4MentionLists, RolesSetOffByCommasNameMorePeople) {
  Read r(
      "The fund's founder, Oleg Dudko, its treasurer, Marta Sienko, and its auditor, Ivo Petrov, "
      "were fined.");
  EXPECT_EQ(r.from("oleg"), (std::vector<std::string>{"Oleg Dudko", "Marta Sienko", "Ivo Petrov"}));
  Read q("Officers detained Oleg Dudko, the police said, Marta Sienko and others.");
  std::vector<std::string> v = q.from("oleg");
  EXPECT_EQ(std::find(v.begin(), v.end(), "Marta Sienko"), v.end());
}

TEST(Issue4MentionLists, ARoleListGivesEveryDetainee) {
  Extraction x = testing::extract_text(
      "A court in Brest sentenced the magazine's editor, Ilya Varkov, and its designer, Anton "
      "Belsky, to two years.");
  auto ev = testing::events_of(x, "prosecution");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_TRUE(testing::has_name(testing::first_victims(x, "prosecution"), "Anton Belsky"));
}

// "A, the club's coach, and B": an apposition between two names keeps the list going;
// "A, who leads the party, and B" (a verb) is not read as one.
TEST(Issue4MentionLists, AnAppositionBetweenNamesKeepsTheList) {
  Read r("Marek Bors, the club's coach, and Petr Dvorak were questioned for hours.");
  EXPECT_EQ(r.from("marek"), (std::vector<std::string>{"Marek Bors", "Petr Dvorak"}));
  Read q("Police detained Marek Bors, a local lawyer, and Petr Dvorak.");
  EXPECT_EQ(q.from("marek"), (std::vector<std::string>{"Marek Bors", "Petr Dvorak"}));
  Read n("Marek Bors, the man police detained, and Petr Dvorak spoke.");
  std::vector<std::string> v = n.from("marek");
  EXPECT_EQ(std::find(v.begin(), v.end(), "Petr Dvorak"), v.end());
}

// "X and the head of the union, Y,": a role with its "of" phrase, set off by commas, names one
// more person; the "of" phrase may hold an organisation or a state body.
TEST(Issue4MentionLists, ARoleWithItsOfPhraseNamesOneMore) {
  Read r("Police detained Ana Lima and the head of the union, Rui Costa, on Friday.");
  EXPECT_EQ(r.from("ana"), (std::vector<std::string>{"Ana Lima", "Rui Costa"}));
  Read q("Gunmen threatened Ana Lima and the head of the city police, Rui Costa, at noon.");
  EXPECT_EQ(q.from("ana"), (std::vector<std::string>{"Ana Lima", "Rui Costa"}));
  Read n("Police detained Ana Lima and the head of the union, who spoke to Rui Costa.");
  EXPECT_EQ(n.from("ana"), (std::vector<std::string>{"Ana Lima"}));
}

}  // namespace
}  // namespace casebook
