// Issue 6: the common-mention reader's byte per word (common_word_note) is kept by the
// annotator in the word's lemma-cache slot, so a word is looked up once per thread rather than
// once per page; the reader trusts the kept byte. Sentences written for these tests.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/common_mentions.h"
#include "extract/mention.h"
#include "extract/named_mentions.h"
#include "extract_test_util.h"
#include "nlp/annotated_text.h"

namespace casebook::testing {
namespace {

constexpr char kPage[] =
    "The father of Mirela Dovan said police detained a journalist and a young man near the "
    "river. Protesters gathered; she watched them from the bridge.";

int calls = 0;
uint8_t counted_note(std::string_view lower) {
  ++calls;
  return common_word_note(lower);
}
// A note that calls every word a plain word: the reader, trusting it, looks nothing up.
uint8_t plain_note(std::string_view) { return common_word_note("quietly"); }

TEST(CommonWordNotes, Issue6EachKindOfWordHasItsOwnBit) {
  const uint8_t plain = common_word_note("quietly");
  EXPECT_NE(plain, 0);
  std::set<uint8_t> seen{plain};
  for (std::string_view w : {"father", "police", "protesters", "she", "the", "journalist", "man"}) {
    const uint8_t note = common_word_note(w);
    EXPECT_NE(note, plain) << w;
    EXPECT_EQ(note & plain, plain) << w;  // the "asked" bit is in every note
    seen.insert(note);
  }
  EXPECT_EQ(seen.size(), 8u);
}

TEST(CommonWordNotes, Issue6AWordIsNotedOncePerThread) {
  AnnotatedText first;
  calls = 0;
  annotate(kPage, CivilDate{}, &first, counted_note);
  EXPECT_GT(calls, 10);
  // The same page again, and another with the same words: every note comes from the cache.
  for (std::string_view page : {std::string_view(kPage), std::string_view("Police detained the "
                                                                          "father.")}) {
    AnnotatedText again;
    calls = 0;
    annotate(page, CivilDate{}, &again, counted_note);
    EXPECT_EQ(calls, 0) << page;
    ASSERT_EQ(again.word_notes.size(), again.words.size());
    for (size_t t = 0; t < again.tokens.size(); ++t) {
      const uint8_t note = again.word_notes[again.lower_id[t]];
      if (note != 0) EXPECT_EQ(note, common_word_note(again.lower[t])) << again.lower[t];
    }
    EXPECT_NE(again.word_notes[again.lower_id[0]], 0);  // "the" / "police"
  }
}

TEST(CommonWordNotes, Issue6NoNoteWithoutAFunctionOrASlot) {
  AnnotatedText at;
  annotate("A bystander saw responsibilities shift, and I left.", CivilDate{}, &at);
  for (uint8_t note : at.word_notes) EXPECT_EQ(note, 0);
  annotate("A bystander saw responsibilities shift, and I left.", CivilDate{}, &at, counted_note);
  for (size_t t = 0; t < at.tokens.size(); ++t) {
    const uint8_t note = at.word_notes[at.lower_id[t]];
    // Single letters, punctuation and words of 15 bytes or more have no lemma-cache slot.
    const bool slot = at.lower[t].size() >= 2 && at.lower[t].size() <= 14 &&
                      at.tokens[t].kind == TokenKind::kWord;
    EXPECT_EQ(note != 0, slot) << at.lower[t];
  }
}

TEST(CommonWordNotes, Issue6AnotherFunctionStartsAfresh) {
  AnnotatedText at;
  annotate(kPage, CivilDate{}, &at, plain_note);
  calls = 0;
  annotate(kPage, CivilDate{}, &at, counted_note);
  EXPECT_GT(calls, 10);
  EXPECT_EQ(at.word_notes[at.lower_id[0]], common_word_note("the"));
}

// The mentions the reader finds on an annotated page, as "first-end kind".
std::vector<std::string> common_mentions_of(const AnnotatedText& at) {
  DocumentContext ctx(at);
  find_named_mentions(&ctx);
  const size_t named = ctx.mentions.size();
  find_common_mentions(&ctx);
  std::vector<std::string> v;
  for (size_t m = named; m < ctx.mentions.size(); ++m) {
    const Mention& x = ctx.mentions[m];
    v.push_back(std::to_string(x.first_token) + "-" + std::to_string(x.end_token) + " " +
                std::to_string(static_cast<int>(x.kind)));
  }
  return v;
}

TEST(CommonWordNotes, Issue6TheReaderTrustsTheKeptNotes) {
  AnnotatedText with, without, misled;
  annotate(kPage, CivilDate{}, &without);
  annotate(kPage, CivilDate{}, &with, common_word_note);
  const std::vector<std::string> found = common_mentions_of(without);
  EXPECT_GE(found.size(), 5u);  // father, police, journalist, man, protesters, she, them
  EXPECT_EQ(common_mentions_of(with), found);
  // A page whose notes call every word plain: the reader looks none of them up again.
  annotate(kPage, CivilDate{}, &misled, plain_note);
  EXPECT_TRUE(common_mentions_of(misled).empty());
}

TEST(CommonWordNotes, Issue6PipelineOutputIsTheSameOnAWordsSecondPage) {
  // The first run notes the words; the second reads every note from the cache.
  const Extraction a = extract_text(kPage);
  const Extraction b = extract_text(kPage);
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (size_t e = 0; e < a.entities.size(); ++e) {
    EXPECT_EQ(a.entities[e].name, b.entities[e].name);
    EXPECT_EQ(a.entities[e].kind, b.entities[e].kind);
  }
  EXPECT_NE(entity_named(a, "journalist", "person"), nullptr);
  EXPECT_NE(entity_named(a, "police", "state_actor"), nullptr);
}

}  // namespace
}  // namespace casebook::testing
