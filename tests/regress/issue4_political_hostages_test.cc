// Issue 4: relatives of an exile held as "political hostages" — the case must be findable
// from the exile's side: the unnamed relative is linked to the named exile by kinship.
#include <gtest/gtest.h>

#include "../extract/extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4, RelativeOfAnExileIsTheVictim) {
  Extraction x = extract_text(
      "Karim Usmonov, an opposition activist living in Vienna, said security officers in "
      "Khujand detained his father on 2 March 2022 and questioned his wife for six hours. "
      "\"They want me to stop speaking,\" Usmonov said.");
  const Entity* exile = entity_named(x, "Karim Usmonov", "person");
  ASSERT_NE(exile, nullptr);
  const Entity* father = entity_named(x, "father of Karim Usmonov", "person");
  ASSERT_NE(father, nullptr);
  EXPECT_FALSE(father->named);
  bool kin = false;
  for (const Relation& r : x.relations)
    kin = kin || (r.kind == "father" && r.from == father->id && r.to == exile->id);
  EXPECT_TRUE(kin);
  auto ev = events_of(x, "arrest_detention");
  ASSERT_EQ(ev.size(), 1u);
  ASSERT_EQ(ev[0]->victims.size(), 1u);
  EXPECT_EQ(ev[0]->victims[0], father->id);
  EXPECT_EQ(ev[0]->date.start, "2022-03-02");
  ASSERT_FALSE(ev[0]->perpetrators.empty());
}

}  // namespace
}  // namespace casebook::testing
