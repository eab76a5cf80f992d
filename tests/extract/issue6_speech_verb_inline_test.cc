// Issue 6: is_speech_verb, asked of most tokens around a trigger (the clause reader's backward
// scan alone asks ~300 words a page), refuses nearly every word on its first byte and length.
// That test now runs inline, in quotes.h, where it was a call into quotes.cc; only the words it
// lets through are looked up in the table (speech_verbs::in_table). It must refuse no word the
// table holds, and answer as the table for every word.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/tsv.h"
#include "extract/quotes.h"

namespace casebook {
namespace {

TEST(SpeechVerbInline, Issue6TheInlineTestAnswersAsTheTable) {
  std::vector<std::string> words = {"",
                                    "s",
                                    "said",
                                    "says",
                                    "told",
                                    "asked",
                                    "detained",
                                    "the",
                                    "police",
                                    "x",
                                    std::string(31, 's'),
                                    std::string(32, 's'),
                                    std::string(40, 's'),
                                    "\xC3\xA9t\xC3\xA9"};
  for_each_data_row("names/speech_verbs.tsv", [&](const TsvRow& r) {
    const std::string verb(r[0]);
    words.push_back(verb);
    words.push_back(verb + "s");
    words.push_back(verb.substr(0, verb.size() - 1));
  });
  for (const std::string& w : words) {
    for (bool names_only : {false, true}) {
      EXPECT_EQ(is_speech_verb(w, names_only), !w.empty() && speech_verbs::in_table(w, names_only))
          << w << " " << names_only;
    }
  }
  // Every verb is let through by its first byte and length.
  const std::array<uint32_t, 256>& lengths = speech_verbs::lengths_by_first_byte();
  for_each_data_row("names/speech_verbs.tsv", [&](const TsvRow& r) {
    ASSERT_FALSE(r[0].empty());
    ASSERT_LT(r[0].size(), 32u);
    EXPECT_TRUE((lengths[static_cast<unsigned char>(r[0][0])] >> r[0].size()) & 1u) << r[0];
  });
}

// The change itself: the filter is in the header, inline; the table is asked out of line.
TEST(SpeechVerbInline, Issue6TheFilterIsInline) {
  std::ifstream in(std::string(CASEBOOK_SOURCE_DIR) + "/src/extract/quotes.h");
  ASSERT_TRUE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string h = ss.str();
  const size_t at = h.find("inline bool is_speech_verb(std::string_view lower");
  ASSERT_NE(at, std::string::npos);
  const std::string body = h.substr(at, h.find("\n}\n", at) - at);
  EXPECT_NE(body.find("speech_verbs::lengths_by_first_byte()"), std::string::npos);
  EXPECT_NE(body.find("return speech_verbs::in_table(lower, names_only);"), std::string::npos);
}

}  // namespace
}  // namespace casebook
