// Issue 6: four loops over every token of a page pass over most tokens on a test or two. They
// read the arrays through the loop's members, and each stored a byte (a word's bits, a word's
// answer) through a member's reference, so the compiler loaded every array again for each
// token. Each skip is now a small function that reads the arrays through locals and returns
// the next token worth trying: the common-mention reader's two passes (next_token), the event
// finder's trigger search (next_trigger_token), the name finder's known surnames
// (next_free_capital) and the affiliation reader (next_phrase_start). The tokens tried must be
// the same. Sentences and names written for these tests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/common_mentions.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/mention.h"
#include "extract/named_mentions.h"
#include "extract_test_util.h"
#include "nlp/annotated_text.h"
#include "source_text_util.h"

namespace casebook::testing {
namespace {

// The mentions the common-mention reader adds to a page, as "first-end kind".
std::vector<std::string> common_mentions_of(const std::string& page) {
  AnnotatedText at;
  annotate(page, CivilDate{}, &at);
  DocumentContext ctx(at);
  find_named_mentions(&ctx);
  const size_t named = ctx.mentions.size();
  find_common_mentions(&ctx);
  std::vector<std::string> v;
  for (size_t m = named; m < ctx.mentions.size(); ++m) {
    const Mention& x = ctx.mentions[m];
    v.push_back(std::to_string(x.first_token) + "-" + std::to_string(x.end_token) + " " +
                std::string(at.lower[x.first_token]) + " " +
                std::to_string(static_cast<int>(x.kind)));
  }
  return v;
}

// Each kind the first pass starts (kinship noun, actor, group, pronoun, "the three", a
// descriptor whose first word has no bit of its own: "young", "prominent"), and the second
// pass's relatives and groups.
TEST(TokenSkips, Issue6CommonMentionsStartWhereTheyDid) {
  const std::string page =
      "The father of Mirela Dovan said police detained a young man, a human rights defender and "
      "an opposition activist near the river. The three were beaten. Relatives of the detained "
      "students protested; she watched them.";
  const std::vector<std::string> found = common_mentions_of(page);
  const std::vector<std::string> want = {
      "6-7 police 2", "10-11 man 7",  "13-16 human 7", "18-20 opposition 7", "24-26 the 5",
      "36-37 she 5",  "38-39 them 5", "1-2 father 6",  "29-30 relatives 3",  "33-34 students 3",
  };
  EXPECT_EQ(found, want);
}

// The event finder tries a word inside a group's mention ("the hunger strikers"), not one
// inside a time ("In March 2021" is no march) or a name's.
TEST(TokenSkips, Issue6TriggersAreTriedWhereTheyWere) {
  const Extraction x = extract_text(
      "Ivo Marek, the leader of the Civic Party, was detained in Minsk on 3 May 2021. Police beat "
      "the detained protesters. The hunger strikers were moved. In March 2021 Marek was "
      "released.\n");
  std::vector<std::string> acts;
  for (const Event& e : x.events) acts.push_back(e.type + " " + e.trigger.text);
  const std::vector<std::string> want = {"arrest_detention detained", "torture_ill_treatment beat",
                                         "arrest_detention detained", "protest hunger strikers",
                                         "release released"};
  EXPECT_EQ(acts, want);
  const Entity* strikers = entity_named(x, "hunger strikers", "group");
  ASSERT_NE(strikers, nullptr);
}

// The cues the event finder reads on a page (as "token kind length"), and its events, with the
// annotator's note per word (the finder trusts it) and without (the finder asks the lexicon).
std::vector<std::string> cues_and_events_on(const std::string& page, bool notes) {
  AnnotatedText at;
  if (notes) {
    annotate(page, CivilDate{}, &at, nullptr, trigger_forms_note);
  } else {
    annotate(page, CivilDate{}, &at);
  }
  DocumentContext ctx(at);
  find_named_mentions(&ctx);
  find_common_mentions(&ctx);
  std::vector<Quote> quotes;
  build_entities(&ctx, &quotes);
  std::vector<Event> events;
  find_events(&ctx, CivilDate{}, &events);
  std::vector<std::string> v;
  for (size_t t = 0; t < ctx.cue_at.size(); ++t) {
    if (ctx.cue_at[t].length == 0) continue;
    v.push_back(std::string(at.lower[t]) + " " + std::string(ctx.cue_at[t].kind) + " " +
                std::to_string(ctx.cue_at[t].length));
  }
  for (const Event& e : events) {
    v.push_back(e.trigger.text + " " + e.type + (e.hypothetical ? " hypothetical" : ""));
  }
  return v;
}

TEST(TokenSkips, Issue6CuesAreFoundWhereTheyWere) {
  const std::string page =
      "Police threatened to arrest Ivo Marek in Minsk. Officers may detain the students, who "
      "face charges; relatives feared the arrest of Lena Ostrova.";
  const std::vector<std::string> want = {
      "threatened hypothetical 2",
      "may hypothetical 1",
      "face hypothetical 2",
      "feared hypothetical 1",
      "threatened threat_intimidation",
      "arrest arrest_detention hypothetical",
      "detain arrest_detention hypothetical",
      "face charges prosecution",
  };
  EXPECT_EQ(cues_and_events_on(page, false), want);
  EXPECT_EQ(cues_and_events_on(page, true), want);
}

// A surname alone after its full name ("Marek was released"), and a role phrase's affiliation
// ("the leader of the Civic Party").
TEST(TokenSkips, Issue6KnownSurnamesAndAffiliationsAreFound) {
  const Extraction x = extract_text(
      "Ivo Marek, the leader of the Civic Party, was detained in Minsk on 3 May 2021. In March "
      "2021 Marek was released.\n");
  const Entity* marek = entity_named(x, "Ivo Marek", "person");
  ASSERT_NE(marek, nullptr);
  EXPECT_EQ(marek->mentions.size(), 2u);
  bool leader = false;
  for (const Relation& r : x.relations)
    leader = leader || (r.kind == "leader" && r.from == marek->id);
  EXPECT_TRUE(leader);
  // No full name before it: a capitalised word alone is no known surname.
  const Extraction y = extract_text("Marek was released in March 2021.\n");
  EXPECT_EQ(entity_named(y, "Ivo Marek", "person"), nullptr);
}

// The body of the function whose definition starts with `head` in `cc`.
std::string body_of(const std::string& cc, const std::string& head) {
  const size_t at = cc.find(head);
  EXPECT_NE(at, std::string::npos) << head;
  if (at == std::string::npos) return "";
  return cc.substr(at, cc.find("\n  }\n", at) - at);
}

// The loops ask their skip functions, and the skips read their arrays through locals.
TEST(TokenSkips, Issue6TheLoopsPassOverTokensThroughLocals) {
  const std::string common = source("src/extract/common_mentions.cc");
  const std::string read_all = body_of(common, "  void read_all() {");
  EXPECT_NE(read_all.find("i = next_token(i + 1, n, kStartsFirst, true)"), std::string::npos);
  EXPECT_NE(read_all.find("i = next_token(i + 1, n, kKinWord | kGroupWord, false)"),
            std::string::npos);
  EXPECT_NE(body_of(common, "  uint32_t next_token(").find("const uint8_t* bits = word_bits_"),
            std::string::npos);
  const std::string events = source("src/extract/events.cc");
  EXPECT_NE(body_of(events, "  void find_triggers(").find("i = next_trigger_token(i + 1,"),
            std::string::npos);
  EXPECT_NE(body_of(events, "  void find_cues() {").find("i = next_cue_token(i + 1, n)"),
            std::string::npos);
  EXPECT_NE(body_of(events, "  uint32_t next_trigger_token(").find("const uint8_t* forms"),
            std::string::npos);
  const std::string names = source("src/extract/named_mentions.cc");
  EXPECT_NE(body_of(names, "  void find_known_surnames() {").find("t = next_free_capital(t + 1"),
            std::string::npos);
  const std::string affiliations = source("src/extract/affiliations.cc");
  EXPECT_NE(body_of(affiliations, "  void run() {").find("i = next_phrase_start(i,"),
            std::string::npos);
}

}  // namespace
}  // namespace casebook::testing
