// Issue 6: the event finder's byte per word (trigger_forms_note: do the word's forms have
// trigger rows, does its lemma or the word begin a cue) is kept by the annotator in the word's
// lemma-cache slot, so the trigger lexicon is asked about a word once per thread rather than
// once per page; the finder trusts the kept byte. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/common_mentions.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/mention.h"
#include "extract/named_mentions.h"
#include "extract_test_util.h"
#include "nlp/annotated_text.h"

namespace casebook::testing {
namespace {

// "detained" has rows only through its verb lemma, "arrests" only through its noun lemma;
// "feared" and "risks" begin a cue only through their lemma ("fear", "risk").
constexpr char kPage[] =
    "Police detained Oren Talbot in the capital on Monday.\n\n"
    "The arrests of Mira Castell and Dario Venn in the port on Tuesday were condemned.\n\n"
    "Relatives feared the arrest of Lena Ostrova in the north.\n\n"
    "The weather was cold that week.";

int calls = 0;
uint8_t counted_note(std::string_view lower, std::string_view verb, std::string_view noun) {
  ++calls;
  return trigger_forms_note(lower, verb, noun);
}
// A note that calls every word free of rows and cues: the finder, trusting it, finds nothing.
uint8_t free_note(std::string_view, std::string_view, std::string_view) {
  return trigger_forms_note("quietly", "quietly", "quietly");
}

// The events found on an annotated page, as "trigger type hypothetical".
std::vector<std::string> events_on(const AnnotatedText& at) {
  DocumentContext ctx(at);
  find_named_mentions(&ctx);
  find_common_mentions(&ctx);
  std::vector<Quote> quotes;
  build_entities(&ctx, &quotes);
  std::vector<Event> events;
  find_events(&ctx, CivilDate{}, &events);
  std::vector<std::string> v;
  for (const Event& e : events) {
    v.push_back(e.trigger.text + " " + e.type + (e.hypothetical ? " hypothetical" : ""));
  }
  return v;
}

TEST(TriggerNotes, Issue6AFreeWordHasItsOwnNote) {
  const uint8_t plain = trigger_forms_note("quietly", "quietly", "quietly");
  EXPECT_NE(plain, 0);
  EXPECT_EQ(trigger_forms_note("", "", ""), plain);
  // Rows through the verb lemma, the noun lemma, the word itself; cues through the lemma.
  EXPECT_NE(trigger_forms_note("detained", "detain", "detained"), plain);
  EXPECT_NE(trigger_forms_note("arrests", "arrests", "arrest"), plain);
  EXPECT_NE(trigger_forms_note("arrest", "arrest", "arrest"), plain);
  EXPECT_NE(trigger_forms_note("feared", "fear", "feared"), plain);
  EXPECT_NE(trigger_forms_note("risks", "risk", "risk"), plain);
  // The same word with its lemmas left out has nothing.
  EXPECT_NE(trigger_forms_note("detained", "detained", "detained"),
            trigger_forms_note("detained", "detain", "detained"));
  EXPECT_EQ(trigger_forms_note("arrests", "arrests", "arrests"), plain);
  // A cue reached through the lemma is no trigger row, and the other way round.
  EXPECT_NE(trigger_forms_note("feared", "fear", "feared"),
            trigger_forms_note("detained", "detain", "detained"));
}

TEST(TriggerNotes, Issue6TheFinderFindsTheSameEventsWithTheNotes) {
  AnnotatedText with, without;
  annotate(kPage, CivilDate{}, &without);
  for (uint8_t note : without.lemma_notes) EXPECT_EQ(note, 0);
  const std::vector<std::string> found = events_on(without);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0], "detained arrest_detention");
  EXPECT_EQ(found[1], "arrests arrest_detention");
  EXPECT_EQ(found[3], "arrest arrest_detention hypothetical");
  // Noted for the first time, then every note read from the cache.
  annotate(kPage, CivilDate{}, &with, nullptr, trigger_forms_note);
  EXPECT_EQ(events_on(with), found);
  annotate(kPage, CivilDate{}, &with, nullptr, trigger_forms_note);
  EXPECT_EQ(events_on(with), found);
}

TEST(TriggerNotes, Issue6TheFinderTrustsTheKeptNotes) {
  AnnotatedText misled;
  annotate(kPage, CivilDate{}, &misled, nullptr, free_note);
  EXPECT_TRUE(events_on(misled).empty());
}

TEST(TriggerNotes, Issue6AWordIsNotedOncePerThread) {
  AnnotatedText first;
  annotate("Quiet words first.", CivilDate{}, &first, nullptr, free_note);  // a fresh start
  calls = 0;
  annotate(kPage, CivilDate{}, &first, nullptr, counted_note);
  EXPECT_GT(calls, 20);
  for (std::string_view page : {std::string_view(kPage), std::string_view("Relatives feared "
                                                                          "the arrests.")}) {
    AnnotatedText again;
    calls = 0;
    annotate(page, CivilDate{}, &again, nullptr, counted_note);
    EXPECT_EQ(calls, 0) << page;
    ASSERT_EQ(again.lemma_notes.size(), again.words.size());
    for (size_t t = 0; t < again.tokens.size(); ++t) {
      const uint8_t note = again.lemma_notes[again.lower_id[t]];
      // Single letters, punctuation and words of 15 bytes or more have no lemma-cache slot.
      const bool slot = again.lower[t].size() >= 2 && again.lower[t].size() <= 14 &&
                        again.tokens[t].kind == TokenKind::kWord;
      EXPECT_EQ(note != 0, slot) << again.lower[t];
      if (note != 0) {
        EXPECT_EQ(note,
                  trigger_forms_note(again.lower[t], again.verb_lemma[t], again.noun_lemma[t]))
            << again.lower[t];
      }
    }
  }
}

TEST(TriggerNotes, Issue6PipelineOutputIsTheSameOnAWordsSecondPage) {
  const Extraction a = extract_text(kPage);
  const Extraction b = extract_text(kPage);
  ASSERT_EQ(a.events.size(), b.events.size());
  ASSERT_GE(a.events.size(), 3u);
  for (size_t e = 0; e < a.events.size(); ++e) {
    EXPECT_EQ(a.events[e].trigger.text, b.events[e].trigger.text);
    EXPECT_EQ(a.events[e].type, b.events[e].type);
    EXPECT_EQ(a.events[e].hypothetical, b.events[e].hypothetical);
  }
}

}  // namespace
}  // namespace casebook::testing
