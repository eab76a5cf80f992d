// Issue 4: bail granted and bail refused. "The judge granted Ana Lima bail" bails Ana Lima,
// not the judge; "Judge X granted him bail" makes no reduced passive on the judge's name;
// "refused them bail", "was denied bail" and "rejected her bail plea" are no release. The
// court granting refugee status to a named person grants it to that person. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(Issue4Bail, NameBetweenGrantAndBail) {
  Extraction x = extract_text("The magistrate granted Selin Ardahan bail on Monday.");
  auto ev = events_of(x, "release");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Selin Ardahan"});
  EXPECT_FALSE(ev[0]->negated);
}

TEST(Issue4Bail, JudgeNamedBeforeTheGrantIsNoVictim) {
  for (const char* text : {"Judge Ruth Kamanda granted him bail.",
                           "Judge Ruth Kamanda granted Obuya bail on Thursday."}) {
    Extraction x = extract_text(text, "2024-05-10");
    auto ev = events_of(x, "release");
    ASSERT_EQ(ev.size(), 1u) << text;
    EXPECT_FALSE(has_name(names_of(x, ev[0]->victims), "Ruth Kamanda")) << text;
  }
}

TEST(Issue4Bail, BailRefusedIsNoRelease) {
  for (const char* text :
       {"A magistrate refused the three women bail on Friday.", "The three women were denied bail.",
        "The court rejected her bail application."}) {
    Extraction x = extract_text(text, "2024-05-10");
    for (const Event* ev : events_of(x, "release")) EXPECT_TRUE(ev->negated) << text;
  }
  Extraction x = extract_text("The court denied the prosecutors' appeal and granted her bail.");
  auto ev = events_of(x, "release");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_FALSE(ev[0]->negated);
}

TEST(Issue4Bail, RefugeeStatusGrantedToANamedPerson) {
  Extraction x = extract_text("The tribunal granted Pavel Sokolov refugee status.");
  auto ev = events_of(x, "asylum_decision");
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(names_of(x, ev[0]->victims), std::vector<std::string>{"Pavel Sokolov"});
  EXPECT_EQ(ev[0]->outcome, "granted");
}

}  // namespace
}  // namespace casebook::testing
