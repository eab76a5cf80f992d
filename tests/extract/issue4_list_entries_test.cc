// Issue 4: a monitoring group's list of prisoners gives each person an entry whose sentences
// open with the act's participle and no subject ("Marta Lis, teacher. Detained on 14 March
// 2024. Sentenced on 2 September 2024 to 3 years."). Such an act is done to the person the
// paragraph opens with; an entry about no person takes no one. Sentences written for these
// tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4ListEntries, AnEntrysActsAreItsPersons) {
  Extraction x = extract_text(
      "Prisoners of the month\n\n"
      "Marta Lis, teacher. Detained on 14 March 2024. Sentenced on 2 September 2024 to 3 "
      "years.\n\n"
      "Pavel Sych, 34, engineer. Arrested in May 2023 after a rally. Released in June 2024.");
  std::vector<const Event*> held = events_of(x, "arrest_detention");
  ASSERT_EQ(held.size(), 2u);
  EXPECT_EQ(names_of(x, held[0]->victims), std::vector<std::string>{"Marta Lis"});
  EXPECT_EQ(names_of(x, held[1]->victims), std::vector<std::string>{"Pavel Sych"});
  ASSERT_EQ(events_of(x, "prosecution").size(), 1u);
  EXPECT_EQ(names_of(x, events_of(x, "prosecution")[0]->victims),
            std::vector<std::string>{"Marta Lis"});
  ASSERT_EQ(events_of(x, "release").size(), 1u);
  EXPECT_EQ(names_of(x, events_of(x, "release")[0]->victims),
            std::vector<std::string>{"Pavel Sych"});
}

TEST(Issue4ListEntries, AnEntryAboutNoPersonTakesNoOne) {
  Extraction x = extract_text(
      "The editors met in May. Marta Lis chaired the meeting.\n\n"
      "The bill passed. Detained protesters remain in Minsk.");
  for (const Event& ev : x.events) EXPECT_FALSE(has_name(names_of(x, ev.victims), "Marta Lis"));
}

}  // namespace
}  // namespace casebook::testing
