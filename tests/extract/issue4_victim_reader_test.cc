// Issue 4 (code health): the victim readings moved out of the event finder into VictimReader
// (event_victims.h). These call the reader directly on a context built as the pipeline builds
// it, with sentences written for these tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event_victims.h"
#include "read_context_test_util.h"

namespace casebook {
namespace {

// One sentence or page read up to the event stage, and a reader over it.
struct Read : testing::ReadContext {
  using ReadContext::ReadContext;
  VictimReader reader() const { return VictimReader(*ctx); }
};

TEST(Issue4VictimReader, PeopleAreNotActors) {
  Read r("Border guards detained Tomas Rivka near the bridge.");
  VictimReader v = r.reader();
  const int person = r.ctx->token_mention[r.token("tomas")];
  const int guards = r.ctx->token_mention[r.token("guards")];
  ASSERT_GE(person, 0);
  ASSERT_GE(guards, 0);
  EXPECT_TRUE(v.person_like({person}));
  EXPECT_FALSE(v.is_actor_like(person));
  EXPECT_TRUE(v.is_actor_like(guards));
  EXPECT_FALSE(v.person_like({guards}));
  EXPECT_FALSE(v.is_actor_like(-1));
}

TEST(Issue4VictimReader, TheOwnerOfASearchedFlat) {
  Read r("Investigators searched Tomas Rivka's flat in the morning.");
  VictimReader v = r.reader();
  const uint32_t verb = r.token("searched");
  EXPECT_EQ(r.texts_of(v.owner_after(verb + 1, r.sentence_end(), false, /*owned=*/true)),
            std::vector<std::string>{"Tomas Rivka"});
  // Not owned: the words right after the verb name no victim by themselves.
  EXPECT_TRUE(v.owner_after(verb + 1, r.sentence_end(), false, /*owned=*/false).empty());
}

TEST(Issue4VictimReader, PeopleNamedAmongTheMany) {
  Read r("Forty miners were detained, among them Tomas Rivka and Irena Balas.");
  VictimReader v = r.reader();
  const uint32_t comma = r.token(",");
  EXPECT_EQ(r.texts_of(v.named_among(comma, r.sentence_end())),
            (std::vector<std::string>{"Tomas Rivka", "Irena Balas"}));
  // Only right after a comma and "among them" or "including".
  EXPECT_TRUE(v.named_among(comma + 1, r.sentence_end()).empty());
}

TEST(Issue4VictimReader, FamiliesLeftWithoutShelter) {
  Read r("Bulldozers flattened sixty houses, leaving about 250 families without shelter.");
  VictimReader v = r.reader();
  const std::vector<int> left = v.left_homeless(r.token("flattened") + 1, r.sentence_end());
  ASSERT_EQ(left.size(), 1u);
  EXPECT_TRUE(v.person_like(left));
  Read none("Bulldozers flattened sixty houses near the river.");
  EXPECT_TRUE(
      none.reader().left_homeless(none.token("flattened") + 1, none.sentence_end()).empty());
}

TEST(Issue4VictimReader, ThePersonTakenIntoCustody) {
  Read r("Plain-clothes agents took the engineer Tomas Rivka into custody.");
  VictimReader v = r.reader();
  EXPECT_EQ(r.texts_of(v.taken_into_custody(r.token("into"), 0)),
            std::vector<std::string>{"Tomas Rivka"});
  // Never back past punctuation.
  Read past("Tomas Rivka waited; agents took the files into custody.");
  EXPECT_TRUE(past.reader().taken_into_custody(past.token("into"), 0).empty());
}

TEST(Issue4VictimReader, TheOneALabelIsPutOn) {
  Read r("The governor branded Irena Balas a traitor.");
  VictimReader v = r.reader();
  const int m = v.labelled(r.token("traitor"), 0);
  ASSERT_GE(m, 0);
  EXPECT_EQ(r.text_of(m), "Irena Balas");
  Read thing("The governor branded the budget a failure.");
  EXPECT_EQ(thing.reader().labelled(thing.token("failure"), 0), -1);
}

TEST(Issue4VictimReader, NamesApposedToAGroupStandForIt) {
  Read r("Police detained two reporters, Tomas Rivka and Irena Balas, at the border.");
  VictimReader v = r.reader();
  const int group = r.ctx->token_mention[r.token("reporters")];
  ASSERT_GE(group, 0);
  EXPECT_EQ(r.texts_of(v.named_in_apposition({group})),
            (std::vector<std::string>{"Tomas Rivka", "Irena Balas"}));
  // A person stands for no one but themself.
  const int person = r.ctx->token_mention[r.token("tomas")];
  EXPECT_EQ(v.named_in_apposition({person}), std::vector<int>{person});
}

TEST(Issue4VictimReader, EntitiesOfMentionsAreListedOnce) {
  Read r("Tomas Rivka said that Tomas Rivka had been beaten.");
  VictimReader v = r.reader();
  std::vector<int> ms;
  for (uint32_t t = 0; t < r.at.tokens.size(); ++t) {
    const int m = r.ctx->token_mention[t];
    if (m >= 0 && r.ctx->mentions[m].first_token == t) ms.push_back(m);
  }
  ASSERT_GE(ms.size(), 2u);
  const std::vector<std::string> ids = v.entities_of(ms);
  ASSERT_EQ(ids.size(), 1u);
  EXPECT_EQ(ids[0], std::to_string(r.ctx->mentions[ms[0]].entity));
  EXPECT_TRUE(v.entities_of({-1}).empty());
}

}  // namespace
}  // namespace casebook
