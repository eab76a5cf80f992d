// Issue 6: start-up reads the lemmatiser's and the gazetteer's tables from a form frozen at
// build time. They must answer exactly as the tables parsed from the TSVs do, and the lemma
// cache must hand back the caller's own word when the word is its own lemma.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/embedded_data.h"
#include "core/tsv.h"
#include "nlp/gazetteer.h"
#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

// Every first-column word of the WordNet files, plus inflected forms that exercise the rules.
std::vector<std::string> lemmatizer_words() {
  std::vector<std::string> words;
  for (const char* path : {"wordnet/verb_lemmas.tsv", "wordnet/noun_lemmas.tsv",
                           "wordnet/verb_exc.tsv", "wordnet/noun_exc.tsv"}) {
    for_each_data_row(path, [&](const TsvRow& row) {
      std::string w(row[0]);
      words.push_back(w);
      for (const char* suffix : {"s", "es", "ed", "ing", "ies", "men"}) words.push_back(w + suffix);
    });
  }
  return words;
}

TEST(Issue6FrozenTables, LemmatizerAnswersAsTheParsedTables) {
  const Lemmatizer& frozen = Lemmatizer::instance();
  ASSERT_TRUE(frozen.uses_frozen_table());
  Lemmatizer parsed(false);
  ASSERT_FALSE(parsed.uses_frozen_table());
  std::vector<std::string> words = lemmatizer_words();
  ASSERT_GT(words.size(), 100000u);
  for (const std::string& w : words) {
    for (Pos pos : {Pos::kVerb, Pos::kNoun}) {
      ASSERT_EQ(frozen.lemma(w, pos), parsed.lemma(w, pos)) << w;
      ASSERT_EQ(frozen.is_lemma(w, pos), parsed.is_lemma(w, pos)) << w;
    }
  }
}

TEST(Issue6FrozenTables, LemmaCacheReturnsTheCallersOwnWord) {
  const Lemmatizer& lem = Lemmatizer::instance();
  std::string a = "detain", b = "detain";  // a lemma: the answer is the word itself
  EXPECT_EQ(lem.lemma(a, Pos::kVerb).data(), a.data());
  EXPECT_EQ(lem.lemma(b, Pos::kVerb).data(), b.data());  // a cache hit, but b's bytes
  std::string c = "detained";
  for (int i = 0; i < 2; ++i) EXPECT_EQ(lem.lemma(c, Pos::kVerb), "detain");
  EXPECT_EQ(lem.lemma("children", Pos::kNoun), "child");
  EXPECT_EQ(lem.lemma("children", Pos::kVerb), "children");  // the same word, the other pos
}

bool same_place(const Place& a, const Place& b) {
  return a.id == b.id && a.type == b.type && a.name == b.name && a.country == b.country &&
         a.region == b.region && a.population == b.population && a.capital == b.capital &&
         a.code == b.code;
}

std::vector<uint32_t> ids(std::span<const Place* const> places) {
  std::vector<uint32_t> out;
  for (const Place* p : places) out.push_back(p->id);
  return out;
}

TEST(Issue6FrozenTables, GazetteerAnswersAsTheParsedTables) {
  const Gazetteer& frozen = Gazetteer::instance();
  ASSERT_TRUE(frozen.uses_frozen_table());
  Gazetteer parsed(false);
  ASSERT_FALSE(parsed.uses_frozen_table());
  ASSERT_EQ(frozen.size(), parsed.size());
  ASSERT_EQ(frozen.name_count(), parsed.name_count());
  ASSERT_EQ(frozen.max_words(), parsed.max_words());
  std::vector<std::string_view> names;
  for (size_t i = 0; i < parsed.size(); ++i) {
    const Place& p = parsed.place(static_cast<uint32_t>(i));
    ASSERT_TRUE(same_place(frozen.place(p.id), p)) << p.name;
    names.push_back(p.name);
    if (!p.country.empty()) {
      const Place* fc = frozen.capital_of(p.country);
      const Place* pc = parsed.capital_of(p.country);
      ASSERT_EQ(fc == nullptr ? -1 : int64_t{fc->id}, pc == nullptr ? -1 : int64_t{pc->id});
      const Place* fk = frozen.country(p.country);
      const Place* pk = parsed.country(p.country);
      ASSERT_EQ(fk == nullptr ? -1 : int64_t{fk->id}, pk == nullptr ? -1 : int64_t{pk->id});
    }
  }
  // Every alias too: the last column of the city, region and country rows.
  for (const char* path : {"places/cities.tsv", "places/regions.tsv", "places/countries.tsv"}) {
    for_each_data_row(path, [&](const TsvRow& row) {
      std::string_view aliases = row.back();
      for (size_t start = 0; start < aliases.size();) {
        size_t bar = std::min(aliases.find('|', start), aliases.size());
        names.push_back(aliases.substr(start, bar - start));
        start = bar + 1;
      }
    });
  }
  names.push_back("the Netherlands");
  names.push_back("Kulob");
  for (std::string_view n : names) {
    for (PhraseContext c : {PhraseContext::kPlain, PhraseContext::kAfterLocativePreposition}) {
      ASSERT_EQ(ids(frozen.lookup(n, c)), ids(parsed.lookup(n, c))) << n;
    }
    ASSERT_EQ(frozen.country_of_demonym(n), parsed.country_of_demonym(n)) << n;
  }
}

}  // namespace
}  // namespace casebook
