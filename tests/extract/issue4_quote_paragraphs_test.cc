// Issue 4: who speaks a quotation, across sentences and paragraphs. A paragraph after a
// quotation that goes on with its own words ("Memorial said at least 25 relatives were
// charged") does not name the quotation's speaker; a bare attribution there ("Lima said.")
// still does. A quotation that opens a sentence right after one whose speech verb has a
// speaker ("He explains that he sleeps elsewhere now. “...”") is in that speaker's voice.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include "extract_test_util.h"

namespace casebook::testing {
namespace {

std::string speaker_of(const Extraction& x, const std::string& words) {
  for (const Quote& q : x.quotes) {
    if (q.evidence.text.find(words) == std::string::npos) continue;
    const Entity* e = entity_by_id(x, q.speaker);
    return e ? e->name : "";
  }
  return "?";
}

TEST(Issue4QuoteParagraphs, ANewParagraphWithItsOwnWordsIsNoAttribution) {
  Extraction x = extract_text(
      "\"They punish my family because I write,\" Ivan Marchuk told Memorial. \"My mother did "
      "nothing wrong.\"\n\n"
      "Memorial said at least 25 relatives of exiled writers had been charged this year.");
  EXPECT_EQ(speaker_of(x, "My mother did nothing wrong"), "Ivan Marchuk");
}

TEST(Issue4QuoteParagraphs, ABareAttributionInTheNextParagraphNamesTheSpeaker) {
  Extraction x = extract_text(
      "Police searched the flat of the poet Ivan Marchuk on Monday.\n\n"
      "\"They took every notebook I had kept since school.\"\n\n"
      "Marchuk said.");
  EXPECT_EQ(speaker_of(x, "They took every notebook"), "Ivan Marchuk");
}

TEST(Issue4QuoteParagraphs, AQuotationAfterASpeakersSentenceIsInTheirVoice) {
  Extraction x = extract_text(
      "Police searched the flat of the poet Ivan Marchuk on Monday. Marchuk explains he no longer "
      "sleeps at home. \"They will come back for me, I know it.\"");
  EXPECT_EQ(speaker_of(x, "They will come back"), "Ivan Marchuk");
}

}  // namespace
}  // namespace casebook::testing
