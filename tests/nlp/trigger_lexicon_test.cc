// Tests for the event trigger lexicon: coverage of the 23 types, data hygiene, lookups,
// phrase matching with gaps and negation, `requires` contexts and cues.
#include "nlp/trigger_lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

using Tokens = std::vector<std::string_view>;

const TriggerLexicon& lex() { return TriggerLexicon::instance(); }

// The first entry with this type, pos and text, or nullptr.
const TriggerEntry* find_entry(std::string_view type, std::string_view pos, std::string_view text) {
  for (const TriggerEntry& e : lex().entries()) {
    if (e.type == type && e.pos == pos && e.text == text) return &e;
  }
  return nullptr;
}

bool has_type(std::span<const TriggerEntry* const> found, std::string_view type) {
  for (const TriggerEntry* e : found) {
    if (e->type == type) return true;
  }
  return false;
}

TEST(TriggerLexiconTest, TwentyThreeTypesEachWithAtLeastFiveEntries) {
  ASSERT_EQ(lex().types().size(), 23u);
  std::map<std::string_view, int> per_type;
  for (const TriggerEntry& e : lex().entries()) ++per_type[e.type];
  for (std::string_view type : lex().types()) {
    EXPECT_GE(per_type[type], 5) << type;
    EXPECT_FALSE(lex().cameo_of(type).empty()) << type;
    EXPECT_TRUE(lex().group_of(type) == "repression" || lex().group_of(type) == "response");
  }
  EXPECT_EQ(per_type.size(), 23u);
  EXPECT_GE(lex().entries().size(), 400u);
}

TEST(TriggerLexiconTest, ColumnsHoldAllowedValues) {
  const std::set<std::string_view> outcomes = {"",          "charged",   "tried",  "convicted",
                                               "sentenced", "acquitted", "upheld", "granted",
                                               "rejected",  "pending"};
  for (const TriggerEntry& e : lex().entries()) {
    EXPECT_TRUE(outcomes.contains(e.outcome)) << e.row;
    for (char c : e.cameo) EXPECT_TRUE(c >= '0' && c <= '9') << e.row;
    for (std::string_view w : e.requires_any) {
      EXPECT_EQ(w.find(' '), std::string_view::npos) << e.row;
    }
    if (e.outcome == "convicted" || e.outcome == "charged") {
      EXPECT_EQ(e.type, "prosecution");
    }
    if (e.outcome == "granted" || e.outcome == "rejected") {
      EXPECT_EQ(e.type, "asylum_decision");
    }
  }
}

// A single-word trigger must be a lemma, or inflected forms could never reach it.
TEST(TriggerLexiconTest, SingleWordTriggersAreLemmas) {
  const Lemmatizer& lem = Lemmatizer::instance();
  for (const TriggerEntry& e : lex().entries()) {
    if (e.pos == "verb") {
      bool listed_form = e.comment.find("not in WordNet") != std::string_view::npos;
      EXPECT_TRUE(lem.is_lemma(e.text, Pos::kVerb) || listed_form) << e.text;
    } else if (e.pos == "noun") {
      EXPECT_EQ(lem.lemma(e.text, Pos::kNoun), e.text) << e.text;
    }
  }
}

TEST(TriggerLexiconTest, RowIsTheLineNumberInTheFile) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/data/events/triggers.tsv");
  ASSERT_TRUE(in);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  for (const TriggerEntry& e : lex().entries()) {
    ASSERT_LE(e.row, lines.size());
    const std::string& line = lines[e.row - 1];
    EXPECT_EQ(line.substr(0, e.type.size() + 1), std::string(e.type) + "\t") << e.row;
    EXPECT_NE(line.find("\t" + std::string(e.text) + "\t"), std::string::npos) << e.row;
  }
}

TEST(TriggerLexiconTest, SingleLookups) {
  auto detain = lex().single("detain", "verb");
  ASSERT_FALSE(detain.empty());
  EXPECT_EQ(detain[0]->type, "arrest_detention");
  EXPECT_EQ(detain[0]->victim_slot, "object");
  EXPECT_EQ(detain[0]->cameo, "173");

  auto arrest = lex().single("arrest", "noun");
  ASSERT_FALSE(arrest.empty());
  EXPECT_EQ(arrest[0]->victim_slot, "of");

  EXPECT_TRUE(has_type(lex().single("beat", "verb"), "torture_ill_treatment"));
  EXPECT_TRUE(has_type(lex().single("beat", "verb"), "assault"));
  EXPECT_TRUE(has_type(lex().single("disappear", "verb"), "enforced_disappearance"));
  EXPECT_TRUE(has_type(lex().single("missing", "adj"), "enforced_disappearance"));
  EXPECT_TRUE(lex().single("detain", "noun").empty());
  EXPECT_TRUE(lex().single("zebra", "verb").empty());
  EXPECT_TRUE(lex().single("detain", "adverb").empty());
}

TEST(TriggerLexiconTest, CameoOverridesAndOutcomes) {
  EXPECT_EQ(lex().cameo_of("killing"), "1823");
  EXPECT_EQ(lex().cameo_of("asylum_decision"), "075");
  EXPECT_EQ(lex().cameo_of("nonsense"), "");
  EXPECT_EQ(lex().single("assassinate", "verb")[0]->cameo, "186");

  const TriggerEntry* hunger = find_entry("protest", "phrase", "hunger strike");
  ASSERT_NE(hunger, nullptr);
  EXPECT_EQ(hunger->cameo, "142");
  const TriggerEntry* convict = find_entry("prosecution", "verb", "convict");
  ASSERT_NE(convict, nullptr);
  EXPECT_EQ(convict->cameo, "116");
  EXPECT_EQ(convict->outcome, "convicted");
  const TriggerEntry* denied = find_entry("asylum_decision", "phrase", "deny * asylum");
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(denied->outcome, "rejected");
  EXPECT_EQ(denied->cameo, "");  // CAMEO 075 covers grants only
  const TriggerEntry* release = find_entry("advocacy", "phrase", "call for * release");
  ASSERT_NE(release, nullptr);
  EXPECT_EQ(release->cameo, "0253");
}

// "**" spans up to eight words, the fewest that let the rest match, never a lone comma or a
// negation.
TEST(TriggerLexiconTest, Issue4PhraseWithALongGap) {
  const TriggerEntry* e = find_entry("forced_eviction", "phrase", "force ** out of * home");
  ASSERT_NE(e, nullptr);
  Tokens four = {"police", "forced", "him", "and", "his", "family", "out", "of", "their", "home"};
  EXPECT_EQ(lex().match_phrase(*e, four, 1), 9);
  Tokens none = {"forced", "out", "of", "their", "home"};
  EXPECT_EQ(lex().match_phrase(*e, none, 0), 5);
  Tokens nine = {"forced", "a", "b", "c",   "d",  "e",     "f",
                 "g",      "h", "i", "out", "of", "their", "home"};
  EXPECT_EQ(lex().match_phrase(*e, nine, 0), 0);
  Tokens comma = {"forced", "him", ",", "his", "out", "of", "their", "home"};
  EXPECT_EQ(lex().match_phrase(*e, comma, 0), 0);
  Tokens negation = {"forced", "him", "not", "out", "of", "their", "home"};
  EXPECT_EQ(lex().match_phrase(*e, negation, 0), 0);
  // Commas in pairs enclose an apposition: "forced her husband, Ali Nouri, out of his home".
  Tokens apposition = {"forced", "her", "husband", ",",   "ali", "nouri",
                       ",",      "out", "of",      "his", "home"};
  EXPECT_EQ(lex().match_phrase(*e, apposition, 0), 11);
}

// Surface tokens and lemmas both work, since words are compared through the lemmatiser.
TEST(TriggerLexiconTest, PhraseWithGap) {
  const TriggerEntry* e = find_entry("forced_eviction", "phrase", "force out of * home");
  ASSERT_NE(e, nullptr);
  Tokens with_word = {"they", "were", "forced", "out", "of", "their", "homes", "."};
  EXPECT_EQ(lex().match_phrase(*e, with_word, 2), 5);
  Tokens lemmas = {"force", "out", "of", "their", "home"};
  EXPECT_EQ(lex().match_phrase(*e, lemmas, 0), 5);
  Tokens without = {"forced", "out", "of", "home"};
  EXPECT_EQ(lex().match_phrase(*e, without, 0), 4);
  Tokens two_words = {"forced", "out", "of", "the", "family", "home"};
  EXPECT_EQ(lex().match_phrase(*e, two_words, 0), 0);
  Tokens possessive = {"forced", "out", "of", "ivan", "'s", "home"};
  EXPECT_EQ(lex().match_phrase(*e, possessive, 0), 6);
  Tokens punctuation = {"forced", "out", "of", ",", "home"};
  EXPECT_EQ(lex().match_phrase(*e, punctuation, 0), 0);
  EXPECT_EQ(lex().match_phrase(*e, with_word, 0), 0);  // wrong start
  EXPECT_EQ(lex().match_phrase(*e, with_word, 99), 0);

  const TriggerEntry* custody = find_entry("arrest_detention", "phrase", "take * into custody");
  ASSERT_NE(custody, nullptr);
  Tokens took = {"police", "took", "him", "into", "custody"};
  EXPECT_EQ(lex().match_phrase(*custody, took, 1), 4);
}

TEST(TriggerLexiconTest, PhraseWithNegation) {
  const TriggerEntry* e = find_entry("travel_ban", "phrase", "not allow to go abroad");
  ASSERT_NE(e, nullptr);
  Tokens not_allowed = {"she", "was", "not", "allowed", "to", "go", "abroad"};
  EXPECT_EQ(lex().match_phrase(*e, not_allowed, 2), 5);
  Tokens nt = {"was", "n't", "allowed", "to", "go", "abroad"};
  EXPECT_EQ(lex().match_phrase(*e, nt, 1), 5);
  Tokens never = {"never", "allowed", "to", "go", "abroad"};
  EXPECT_EQ(lex().match_phrase(*e, never, 0), 5);
  Tokens wasnt = {"she", "wasn't", "allowed", "to", "go", "abroad"};  // one token
  EXPECT_EQ(lex().match_phrase(*e, wasnt, 1), 5);
  Tokens curly = {"didn\u2019t", "allow", "to", "go", "abroad"};
  EXPECT_EQ(lex().match_phrase(*e, curly, 0), 5);
  Tokens allowed = {"allowed", "to", "go", "abroad"};
  EXPECT_EQ(lex().match_phrase(*e, allowed, 0), 0);

  // A gap never takes a negation: "found not guilty" is an acquittal, not a conviction.
  const TriggerEntry* guilty = find_entry("prosecution", "phrase", "find * guilty");
  const TriggerEntry* not_guilty = find_entry("prosecution", "phrase", "find not guilty");
  ASSERT_NE(guilty, nullptr);
  ASSERT_NE(not_guilty, nullptr);
  Tokens acquitted = {"found", "not", "guilty"};
  EXPECT_EQ(lex().match_phrase(*guilty, acquitted, 0), 0);
  EXPECT_EQ(lex().match_phrase(*not_guilty, acquitted, 0), 3);
  Tokens convicted = {"found", "him", "guilty"};
  EXPECT_EQ(lex().match_phrase(*guilty, convicted, 0), 3);
}

TEST(TriggerLexiconTest, PhrasesStartingIndexesFirstWords) {
  bool found = false;
  for (const TriggerEntry* e : lex().phrases_starting("take")) {
    found = found || e->text == "take into custody";
  }
  EXPECT_TRUE(found);
  EXPECT_TRUE(has_type(lex().phrases_starting("n't"), "travel_ban"));
  EXPECT_TRUE(has_type(lex().phrases_starting("never"), "travel_ban"));
  EXPECT_TRUE(has_type(lex().phrases_starting("wasn't"), "travel_ban"));
  EXPECT_TRUE(has_type(lex().phrases_starting("hunger"), "protest"));
  EXPECT_TRUE(lex().phrases_starting("zebra").empty());
}

TEST(TriggerLexiconTest, RequiresContext) {
  const TriggerEntry* search = find_entry("raid_search", "verb", "search");
  ASSERT_NE(search, nullptr);
  ASSERT_FALSE(search->requires_any.empty());
  Tokens home = {"police", "searched", "his", "home"};
  Tokens survivors = {"rescuers", "searched", "for", "survivors"};
  EXPECT_TRUE(lex().requires_met(*search, home));
  EXPECT_FALSE(lex().requires_met(*search, survivors));

  const TriggerEntry* dead = nullptr;
  for (const TriggerEntry* e : lex().single("shoot", "verb")) {
    if (e->type == "killing") dead = e;
  }
  ASSERT_NE(dead, nullptr);
  Tokens shot_dead = {"he", "was", "shot", "dead"};
  Tokens shot_leg = {"he", "was", "shot", "in", "the", "leg"};
  EXPECT_TRUE(lex().requires_met(*dead, shot_dead));
  EXPECT_FALSE(lex().requires_met(*dead, shot_leg));

  const TriggerEntry* detain = lex().single("detain", "verb")[0];
  EXPECT_TRUE(lex().requires_met(*detain, survivors));  // no requirement
}

TEST(TriggerLexiconTest, CueLookups) {
  EXPECT_EQ(lex().cue("routinely"), "generic");
  EXPECT_EQ(lex().cue("threatened with"), "hypothetical");
  EXPECT_EQ(lex().cue("threatens with"), "hypothetical");  // through the lemmas
  EXPECT_EQ(lex().cue("in retaliation for"), "reprisal");
  EXPECT_EQ(lex().cue("charged with"), "charge");
  EXPECT_EQ(lex().cue("not"), "negation");
  EXPECT_EQ(lex().cue("n't"), "negation");
  EXPECT_EQ(lex().cue("didn't"), "negation");
  EXPECT_EQ(lex().cue("reportedly"), "uncertain");
  EXPECT_EQ(lex().cue("in custody"), "custody");
  EXPECT_EQ(lex().cue("zebra crossing"), "");
  EXPECT_EQ(lex().cue(""), "");

  auto negations = lex().cues_of_kind("negation");
  EXPECT_NE(std::find(negations.begin(), negations.end(), "never"), negations.end());
  EXPECT_TRUE(lex().cues_of_kind("nonsense").empty());
  for (std::string_view kind : {"negation", "hypothetical", "generic", "reprisal", "charge"}) {
    EXPECT_GE(lex().cues_of_kind(kind).size(), 10u) << kind;
  }
}

TEST(TriggerLexiconTest, CueMatching) {
  const CueEntry* participation = nullptr;
  for (const CueEntry* c : lex().cues_starting("due")) {
    if (c->phrase == "due to * participation") participation = c;
  }
  ASSERT_NE(participation, nullptr);
  EXPECT_EQ(participation->kind, "reprisal");
  Tokens text = {"detained", "due", "to", "his", "participation", "in", "a", "rally"};
  EXPECT_EQ(lex().match_cue(*participation, text, 1), 4);
  EXPECT_EQ(lex().match_cue(*participation, text, 0), 0);

  bool threatened = false;
  for (const CueEntry* c : lex().cues_starting("threaten")) {
    Tokens t = {"threatening", "with", "prison"};
    threatened = threatened || (c->kind == "hypothetical" && lex().match_cue(*c, t, 0) == 2);
  }
  EXPECT_TRUE(threatened);
}

// Cues written in different forms ("relative of", "relatives of") must not reduce to the same
// lemmas under different kinds, or cue() would answer for the first one only.
TEST(TriggerLexiconTest, CuesAreUnambiguous) {
  const Lemmatizer& lem = Lemmatizer::instance();
  std::map<std::string, std::string_view> kind_of_normalized;
  for (std::string_view kind : {"negation", "hypothetical", "generic", "reprisal", "charge",
                                "uncertain", "custody", "boycott_context"}) {
    for (std::string_view c : lex().cues_of_kind(kind)) {
      EXPECT_EQ(lex().cue(c), kind) << c;
      std::string normalized;
      size_t start = 0;
      while (start < c.size()) {
        size_t end = std::min(c.find(' ', start), c.size());
        std::string_view w = c.substr(start, end - start);
        std::string_view v = lem.lemma(w, Pos::kVerb);
        normalized += std::string(v != w ? v : lem.lemma(w, Pos::kNoun)) + " ";
        start = end + 1;
      }
      auto [it, added] = kind_of_normalized.emplace(normalized, kind);
      EXPECT_EQ(it->second, kind) << c << " reduces like a cue of kind " << it->second;
    }
  }
}

}  // namespace
}  // namespace casebook
