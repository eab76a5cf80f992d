// Tests for the WordNet lemmatiser: irregular forms, detachment rules, doubled consonants, the
// choice between candidate lemmas, and unknown words.
#include "nlp/lemmatizer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace casebook {
namespace {

using Case = std::pair<const char*, const char*>;

void expect_lemmas(Pos pos, const std::vector<Case>& cases) {
  const Lemmatizer& lem = Lemmatizer::instance();
  for (const auto& [word, want] : cases) {
    EXPECT_EQ(lem.lemma(word, pos), want) << word;
  }
}

TEST(LemmatizerTest, IrregularVerbsComeFromTheExceptionList) {
  expect_lemmas(
      Pos::kVerb,
      {{"held", "hold"},     {"beaten", "beat"},  {"fled", "flee"},    {"shot", "shoot"},
       {"taken", "take"},    {"took", "take"},    {"driven", "drive"}, {"drove", "drive"},
       {"went", "go"},       {"was", "be"},       {"were", "be"},      {"has", "have"},
       {"left", "leave"},    {"found", "find"},   {"dying", "die"},    {"denied", "deny"},
       {"carried", "carry"}, {"thrown", "throw"}, {"fought", "fight"}, {"brought", "bring"}});
}

TEST(LemmatizerTest, RegularVerbsLoseTheirSuffixes) {
  expect_lemmas(
      Pos::kVerb,
      {{"detained", "detain"}, {"detaining", "detain"},    {"detains", "detain"},
       {"seized", "seize"},    {"sentenced", "sentence"},  {"forced", "force"},
       {"died", "die"},        {"tortured", "torture"},    {"interrogated", "interrogate"},
       {"arrested", "arrest"}, {"abducted", "abduct"},     {"harassed", "harass"},
       {"harasses", "harass"}, {"deported", "deport"},     {"extradited", "extradite"},
       {"summoned", "summon"}, {"threatened", "threaten"}, {"disappeared", "disappear"},
       {"fleeing", "flee"},    {"carries", "carry"},       {"taxes", "tax"},
       {"beating", "beat"}});
}

TEST(LemmatizerTest, DoubledConsonantsAreUndone) {
  expect_lemmas(Pos::kVerb, {{"kidnapped", "kidnap"},
                             {"kidnapping", "kidnap"},
                             {"stopped", "stop"},
                             {"stopping", "stop"},
                             {"banned", "ban"},
                             {"planned", "plan"},
                             {"stabbed", "stab"},
                             {"travelling", "travel"},
                             {"traveling", "travel"}});
}

TEST(LemmatizerTest, ChoosesBetweenCandidatesByFrequencyAndSpelling) {
  expect_lemmas(Pos::kVerb, {{"hoping", "hope"},   // not "hop"
                             {"hopped", "hop"},    // the doubled consonant
                             {"singing", "sing"},  // not "singe"
                             {"fined", "fine"},    // not "fin"
                             {"taped", "tape"},    // "tap" would be spelled "tapped"
                             {"tapped", "tap"},
                             {"bed", "bed"},  // a verb lemma stays
                             {"summons", "summons"}});
}

TEST(LemmatizerTest, Nouns) {
  expect_lemmas(Pos::kNoun, {{"children", "child"},
                             {"wives", "wife"},
                             {"daughters-in-law", "daughter-in-law"},
                             {"sons-in-law", "son-in-law"},
                             {"women", "woman"},
                             {"men", "man"},
                             {"policemen", "policeman"},
                             {"arrests", "arrest"},
                             {"authorities", "authority"},
                             {"relatives", "relative"},
                             {"countries", "country"},
                             {"charges", "charge"},
                             {"glasses", "glass"},
                             {"boxes", "box"},
                             {"churches", "church"},
                             {"bushes", "bush"},
                             {"buses", "bus"},
                             {"police", "police"},
                             {"news", "news"},
                             {"whereabouts", "whereabouts"},
                             {"species", "species"},
                             {"boss", "boss"},
                             {"gas", "gas"},
                             {"has", "has"},  // not the noun "ha"
                             {"homes", "home"},
                             {"detention", "detention"}});
}

TEST(LemmatizerTest, UnknownWordsComeBackUnchanged) {
  const Lemmatizer& lem = Lemmatizer::instance();
  std::string word = "ivanovna";
  std::string_view got = lem.lemma(word, Pos::kNoun);
  EXPECT_EQ(got, "ivanovna");
  EXPECT_EQ(got.data(), word.data());  // a view into the input, no copy
  EXPECT_EQ(lem.lemma("xyzzied", Pos::kVerb), "xyzzied");
  EXPECT_EQ(lem.lemma("", Pos::kVerb), "");
  EXPECT_EQ(lem.lemma("a", Pos::kNoun), "a");
  std::string long_word(200, 's');
  EXPECT_EQ(lem.lemma(long_word, Pos::kNoun), long_word);
  EXPECT_EQ(lem.lemma("https://example.org/detained", Pos::kVerb), "https://example.org/detained");
}

TEST(LemmatizerTest, LemmaOutlivesTheInput) {
  const Lemmatizer& lem = Lemmatizer::instance();
  std::string_view got;
  {
    std::string word = "detained";
    got = lem.lemma(word, Pos::kVerb);
  }
  EXPECT_EQ(got, "detain");  // a view into the embedded data, not into the dead string
}

// Issue 6: the annotator asks for both lemmas at once through one cache slot; the answers must
// be lemma()'s, whichever is asked first, and a second instance gives the same.
TEST(LemmatizerTest, Issue6BothLemmasAtOnceMatchOneAtATime) {
  const Lemmatizer& lem = Lemmatizer::instance();
  const char* kWords[] = {"detained",
                          "authorities",
                          "running",
                          "went",
                          "protests",
                          "bed",
                          "custody",
                          "ivanovna",
                          "kidnapping",
                          "hoping",
                          "a",
                          "",
                          "responsibilities",
                          "internationalisation",
                          "was",
                          "taped"};
  for (int round = 0; round < 2; ++round) {
    for (const char* w : kWords) {
      std::string word = w;
      std::string_view verb, noun;
      if (round == 0) {
        lem.lemmas(word, &verb, &noun);
        EXPECT_EQ(verb, lem.lemma_uncached_for_test(word, Pos::kVerb)) << w;
        EXPECT_EQ(noun, lem.lemma_uncached_for_test(word, Pos::kNoun)) << w;
      } else {
        std::string_view v = lem.lemma(word, Pos::kVerb), n = lem.lemma(word, Pos::kNoun);
        lem.lemmas(word, &verb, &noun);
        EXPECT_EQ(verb, v) << w;
        EXPECT_EQ(noun, n) << w;
      }
    }
  }
  Lemmatizer parsed(/*use_frozen=*/false);  // its own cache slots, same answers
  for (const char* w : kWords) EXPECT_EQ(parsed.lemma(w, Pos::kVerb), lem.lemma(w, Pos::kVerb));
}

// Issue 6: a thread that sees more distinct words than the cache has slots moves to a larger
// cache (emptying it); answers before, during and after must be the uncached ones.
TEST(LemmatizerTest, Issue6CacheGrowsUnderManyWordsAndStillAnswersRight) {
  const Lemmatizer& lem = Lemmatizer::instance();
  const char* kStems[] = {"detain", "arrest", "protest", "journalist", "authority", "beat"};
  const char* kEnds[] = {"ed", "ing", "s", "ies", "er", ""};
  std::vector<std::string> words;
  for (int i = 0; i < 60000; ++i) {
    std::string w = std::string(kStems[i % 6]) + kEnds[(i / 6) % 6];
    if (i >= 36) w += "q" + std::to_string(i);  // unknown words: answered as themselves
    words.push_back(w);
  }
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < words.size(); i += round == 0 ? 1 : 97) {
      std::string_view verb, noun;
      lem.lemmas(words[i], &verb, &noun);
      ASSERT_EQ(verb, lem.lemma_uncached_for_test(words[i], Pos::kVerb)) << words[i];
      ASSERT_EQ(noun, lem.lemma_uncached_for_test(words[i], Pos::kNoun)) << words[i];
    }
  }
  for (int i = 0; i < 36; ++i) {  // the known forms again, after the move
    std::string_view verb, noun;
    lem.lemmas(words[i], &verb, &noun);
    EXPECT_EQ(verb, lem.lemma_uncached_for_test(words[i], Pos::kVerb)) << words[i];
  }
  EXPECT_EQ(lem.lemma("detained", Pos::kVerb), "detain");
}

TEST(LemmatizerTest, IsLemma) {
  const Lemmatizer& lem = Lemmatizer::instance();
  EXPECT_TRUE(lem.is_lemma("detain", Pos::kVerb));
  EXPECT_FALSE(lem.is_lemma("detained", Pos::kVerb));
  EXPECT_TRUE(lem.is_lemma("custody", Pos::kNoun));
  EXPECT_FALSE(lem.is_lemma("custody", Pos::kVerb));
}

}  // namespace
}  // namespace casebook

namespace casebook {
namespace {

// Issue 6: the annotator prefetches lemma-cache slots through cache_target(). A thread has no
// table before its first lemma; afterwards the target covers its table, and prefetching any
// hash (even through a target gone stale) changes no answer.
TEST(LemmatizerTest, Issue6CacheTargetIsTheThreadsTable) {
  std::thread([] {
    const Lemmatizer& lem = Lemmatizer::instance();
    EXPECT_EQ(Lemmatizer::cache_target().slots, nullptr);
    Lemmatizer::prefetch(Lemmatizer::cache_target(), 12345);  // no table: nothing to do
    EXPECT_EQ(lem.lemma("detained", Pos::kVerb), "detain");
    const Lemmatizer::CacheTarget t = Lemmatizer::cache_target();
    ASSERT_NE(t.slots, nullptr);
    EXPECT_EQ(t.ways, 2u);  // a word may sit in either slot of a pair
    EXPECT_EQ(t.mask % 2, 0u);
    EXPECT_EQ((t.mask + 2) & (t.mask + 1), 0u);  // a power of two slots
    EXPECT_GE(t.mask + 2, 16384u);
    EXPECT_GT(t.slot_size, 0u);
    for (uint64_t h : {0ull, 1ull, ~0ull, 0x9e3779b97f4a7c15ull}) Lemmatizer::prefetch(t, h);
    EXPECT_EQ(lem.lemma("detained", Pos::kVerb), "detain");
    EXPECT_EQ(lem.lemma("authorities", Pos::kNoun), "authority");
  }).join();
}

// Issue 6: the suffix rules compare their suffix inline; words as short as the suffix, or one
// letter longer, and the "ss" guard must read as before.
TEST(LemmatizerTest, Issue6SuffixesAtTheShortestLengths) {
  expect_lemmas(Pos::kNoun, {{"s", "s"},
                             {"ss", "ss"},
                             {"es", "es"},
                             {"ies", "ies"},
                             {"men", "man"},  // an irregular form
                             {"kisses", "kiss"},
                             {"class", "class"},
                             {"dishes", "dish"},
                             {"foxes", "fox"},
                             {"watches", "watch"}});
  expect_lemmas(Pos::kVerb, {{"s", "s"},
                             {"ed", "ed"},
                             {"ing", "ing"},
                             {"tries", "try"},
                             {"fled", "flee"},
                             {"jailed", "jail"},
                             {"raided", "raid"},
                             {"taped", "tape"},
                             {"stopped", "stop"},
                             {"detains", "detain"}});
}

}  // namespace
}  // namespace casebook
