// Issue 6: the event context asked "the first state actor named in this sentence that may be a
// doer" (and "an unknown actor named here") again for every act of a sentence and of the three
// sentences after it; the answers are now kept by sentence, and by whether state media may
// be the actor (SentenceAnswers). Each (sentence, flag) must be worked out once, the flags
// kept apart, and a "none" kept like any answer. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <utility>

#include "extract/sentence_answers.h"
#include "extract_test_util.h"

namespace casebook::testing {
namespace {

TEST(SentenceAnswers, Issue6EachQuestionIsWorkedOutOnce) {
  SentenceAnswers answers(5, 2);
  std::map<std::pair<uint32_t, size_t>, int> computed;
  for (int pass = 0; pass < 3; ++pass) {
    for (uint32_t s = 0; s < 5; ++s) {
      for (size_t flag : {size_t{0}, size_t{1}}) {
        const int want = s == 2 ? -1 : static_cast<int>(10 * s + flag);  // -1: none, kept too
        EXPECT_EQ(answers.get(s, flag,
                              [&] {
                                ++computed[{s, flag}];
                                return want;
                              }),
                  want)
            << s << " " << flag;
      }
    }
  }
  EXPECT_EQ(computed.size(), 10u);
  for (const auto& [key, times] : computed) EXPECT_EQ(times, 1) << key.first << " " << key.second;
}

TEST(SentenceAnswers, Issue6OneFlagIsOneAnswer) {
  SentenceAnswers answers(3);
  int calls = 0;
  for (int pass = 0; pass < 2; ++pass) {
    for (uint32_t s = 0; s < 3; ++s) {
      EXPECT_EQ(answers.get(s, 0, [&] { return ++calls, static_cast<int>(s) - 1; }),
                static_cast<int>(s) - 1);
    }
  }
  EXPECT_EQ(calls, 3);
}

bool done_by(const Extraction& x, const Event& ev, const std::string& name) {
  for (const std::string& p : ev.perpetrators) {
    const Entity* e = entity_by_id(x, p);
    if (e != nullptr && e->name.find(name) != std::string::npos) return true;
  }
  return false;
}

TEST(SentenceAnswers, Issue6StateMediaShameButDoNotArrest) {
  // The shaming asks about its sentence with state media allowed; the arrest after it asks
  // about the same sentence without them and must not get the broadcaster's answer.
  const Extraction x = extract_text(
      "State television denounced the journalist Ana Pell as a traitor on Monday. She was "
      "detained at her flat on Tuesday.");
  const auto arrests = events_of(x, "arrest_detention");
  ASSERT_EQ(arrests.size(), 1u);
  EXPECT_FALSE(done_by(x, *arrests[0], "elevision"));
  const auto shaming = events_of(x, "public_shaming");
  ASSERT_EQ(shaming.size(), 1u);
  EXPECT_TRUE(done_by(x, *shaming[0], "elevision"));
}

TEST(SentenceAnswers, Issue6EachActOfASentenceGetsItsActor) {
  // Several acts of one sentence, and acts of the sentences after it, all take the police
  // named in it.
  const Extraction x = extract_text(
      "Police raided the office of the newspaper in Varno and detained its editor Ivo Marek. "
      "His laptop was seized. His wife was questioned for hours.");
  size_t acts = 0;
  for (const Event& ev : x.events) {
    EXPECT_TRUE(done_by(x, ev, "olice")) << ev.type << " " << ev.trigger.text;
    ++acts;
  }
  EXPECT_GE(acts, 3u);
}

}  // namespace
}  // namespace casebook::testing
