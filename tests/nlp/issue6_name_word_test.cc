// Issue 6: NameLexicon::name_word answers the six case-sensitive lexicons the name finder asks
// about a capitalised word (given names, honorifics, international bodies, words that are never
// names, organisation heads, family names written first) from one probe. Its answers must be
// exactly those of the six single lookups, for every row of their data files and for words in
// none of them.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/tsv.h"
#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

const NameLexicon& lex() { return NameLexicon::instance(); }

// name_word(w) against the six single lookups; "" when they agree, else what differs.
std::string mismatch(std::string_view w) {
  const NameWord* n = lex().name_word(w);
  const GivenName* given = lex().given_name(w);
  const Honorific* hon = lex().honorific_info(w);
  const IntlBody* body = lex().intl_body(w);
  const bool not_name = lex().is_not_name(w), head = lex().is_org_head(w),
             first = lex().is_surname_first(w);
  const bool any = given || hon || body || not_name || head || first;
  std::string out;
  if ((n != nullptr) != any) return std::string(w) + ": record present is wrong";
  if (n == nullptr) return out;
  if (n->given != given) out += " given";
  if (n->honorific != hon) out += " honorific";
  if (n->intl_body != body) out += " intl_body";
  if (n->not_name != not_name) out += " not_name";
  if (n->org_head != head) out += " org_head";
  if (n->surname_first != first) out += " surname_first";
  return out.empty() ? out : std::string(w) + ":" + out;
}

// Each '|'-separated part of a field ("Human Rights Watch|HRW").
std::vector<std::string> parts(std::string_view field) {
  std::vector<std::string> out;
  while (!field.empty()) {
    size_t bar = field.find('|');
    if (bar != 0) out.emplace_back(field.substr(0, bar));
    if (bar == std::string_view::npos) break;
    field.remove_prefix(bar + 1);
  }
  return out;
}

TEST(Issue6NameWord, AgreesWithEachLexiconOnEveryDataRow) {
  std::vector<std::string> keys;
  for (const char* file : {"names/given_names.tsv", "names/honorifics.tsv", "names/not_names.tsv",
                           "names/org_heads.tsv", "names/surnames_first.tsv"}) {
    for_each_data_row(file, [&](const TsvRow& r) { keys.emplace_back(r[0]); });
  }
  for_each_data_row("names/international_bodies.tsv", [&](const TsvRow& r) {
    for (size_t c = 0; c < 2 && c < r.size(); ++c) {
      for (std::string& p : parts(r[c])) keys.push_back(std::move(p));
    }
  });
  ASSERT_GT(keys.size(), 3000u);
  size_t found = 0;
  for (const std::string& k : keys) {
    EXPECT_EQ(mismatch(k), "");
    found += lex().name_word(k) != nullptr;
  }
  EXPECT_EQ(found, keys.size());  // every row's own key has a record
}

TEST(Issue6NameWord, EachFileSetsItsOwnAnswer) {
  // The record holds what each file says of its words, whichever other files name them too.
  struct FileAnswer {
    const char* file;
    bool (*says)(const NameWord&);
  };
  const FileAnswer kFiles[] = {
      {"names/given_names.tsv", [](const NameWord& w) { return w.given != nullptr; }},
      {"names/honorifics.tsv", [](const NameWord& w) { return w.honorific != nullptr; }},
      {"names/not_names.tsv", [](const NameWord& w) { return w.not_name; }},
      {"names/org_heads.tsv", [](const NameWord& w) { return w.org_head; }},
      {"names/surnames_first.tsv", [](const NameWord& w) { return w.surname_first; }},
  };
  for (const FileAnswer& f : kFiles) {
    size_t rows = 0;
    for_each_data_row(f.file, [&](const TsvRow& r) {
      ++rows;
      const NameWord* w = lex().name_word(r[0]);
      ASSERT_NE(w, nullptr) << f.file << ": " << r[0];
      EXPECT_TRUE(f.says(*w)) << f.file << ": " << r[0];
    });
    EXPECT_GT(rows, 0u) << f.file;
  }
}

TEST(Issue6NameWord, WordsInSeveralListsCarryEveryAnswer) {
  // Invented checks on words a reader would expect in two lists at once.
  for (const char* w :
       {"Mr", "Mrs.", "Dr.", "Judge", "Party", "Monday", "April", "Wang", "Kim", "HRW",
        "Amnesty International", "Prime Minister", "Father", "Will", "Grace", "Sri"}) {
    EXPECT_EQ(mismatch(w), "") << w;
  }
  const NameWord* mr = lex().name_word("Mr");
  ASSERT_NE(mr, nullptr);
  EXPECT_NE(mr->honorific, nullptr);
  EXPECT_EQ(mr->honorific, lex().honorific_info("Mr"));
}

TEST(Issue6NameWord, WordsInNoListHaveNoRecord) {
  for (const char* w : {"Zqxvbelt", "", "mr", "party", "Tuesdayish", "Rahimovaa", "The Quiet Lake",
                        "Firuz ", " Firuz", "FIRUZ"}) {
    EXPECT_EQ(mismatch(w), "") << w;
  }
  EXPECT_EQ(lex().name_word("Zqxvbelt"), nullptr);
  // Case matters, as in the single lookups: a lower-cased given name is no record.
  ASSERT_NE(lex().given_name("Firuz"), nullptr);
  EXPECT_NE(lex().name_word("Firuz"), nullptr);
  EXPECT_EQ(lex().name_word("firuz"), nullptr);
}

TEST(Issue6NameWord, RecordPointsIntoTheSameEntriesAsTheSingleLookups) {
  // The name finder reads a given name's sex and an honorific's kind through the record, so
  // the pointers must be the lexicon's own entries, not copies.
  const NameWord* n = lex().name_word("Firuz");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->given, lex().given_name("Firuz"));
  EXPECT_EQ(n->given->sex, 'm');
  char sex = 0;
  const NameWord* judge = lex().name_word("Judge");
  ASSERT_NE(judge, nullptr);
  ASSERT_NE(judge->honorific, nullptr);
  EXPECT_STREQ(judge->honorific->kind, lex().honorific("Judge", &sex));
}

}  // namespace
}  // namespace casebook
