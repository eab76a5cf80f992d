// Issue 6: is_speech_verb refuses most words on their first byte and length before probing
// its map. Every verb of data/names/speech_verbs.tsv must still be found, with its "also
// introduces a name" flag, and near misses of each refused.
#include <gtest/gtest.h>

#include <string>

#include "core/tsv.h"
#include "extract/quotes.h"

namespace casebook {
namespace {

TEST(SpeechVerbFilter, Issue6EveryVerbOfTheDataIsFound) {
  size_t verbs = 0;
  for_each_data_row("names/speech_verbs.tsv", [&](const TsvRow& r) {
    const std::string verb(r[0]);
    const bool names = r.size() > 1 && r[1] == "yes";
    EXPECT_TRUE(is_speech_verb(verb)) << verb;
    EXPECT_EQ(is_speech_verb(verb, /*names_only=*/true), names) << verb;
    ++verbs;
  });
  EXPECT_GE(verbs, 10u);
}

TEST(SpeechVerbFilter, Issue6NearMissesAreRefused) {
  for_each_data_row("names/speech_verbs.tsv", [&](const TsvRow& r) {
    const std::string verb(r[0]);
    EXPECT_FALSE(is_speech_verb(verb + "x")) << verb;            // one byte longer
    EXPECT_FALSE(is_speech_verb(verb.substr(1))) << verb;        // first byte dropped
    EXPECT_FALSE(is_speech_verb("q" + verb.substr(1))) << verb;  // first byte changed
    EXPECT_FALSE(is_speech_verb(verb.substr(0, verb.size() - 1) + "q")) << verb;  // last byte
  });
  EXPECT_FALSE(is_speech_verb(""));
  EXPECT_FALSE(is_speech_verb("s"));
  EXPECT_FALSE(is_speech_verb(std::string(40, 's')));
  EXPECT_FALSE(is_speech_verb("\xC3\xA9t\xC3\xA9"));
}

}  // namespace
}  // namespace casebook
