// Issue 6: the pipeline annotates page after page in one AnnotatedText per thread
// (ThreadAnnotation), so a page allocates and grows none of its buffers again. These tests
// check that the shared one is what successive holders get, with its buffers kept; that a
// page annotated after others in it reads exactly as in a fresh AnnotatedText; that a nested
// holder never shares it; and that a huge page's buffers are let go.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/annotated_text.h"
#include "nlp/thread_annotation.h"

namespace casebook {
namespace {

const CivilDate kReference{2024, 3, 9};

// Every field a later stage reads, as one comparable line per token or item.
std::vector<std::string> fields(const AnnotatedText& at) {
  std::vector<std::string> v;
  v.push_back("text " + std::string(at.text));
  for (size_t i = 0; i < at.tokens.size(); ++i) {
    const Token& t = at.tokens[i];
    v.push_back("token " + std::to_string(t.start) + " " + std::to_string(t.end) + " " +
                std::to_string(static_cast<int>(t.kind)) + " " + std::to_string(t.flags) + " s" +
                std::to_string(at.sentence_of[i]) + " " + std::string(at.lower[i]) + " " +
                std::string(at.verb_lemma[i]) + " " + std::string(at.noun_lemma[i]) + " " +
                std::to_string(at.lower_id[i]) + " " + std::to_string(at.verb_id[i]) + " " +
                std::to_string(at.noun_id[i]) + " t" + std::to_string(at.in_time[i]));
  }
  for (const Sentence& s : at.sentences) {
    v.push_back("sentence " + std::to_string(s.start) + " " + std::to_string(s.end) + " " +
                std::to_string(s.first_token) + " " + std::to_string(s.end_token) + " " +
                std::to_string(s.paragraph));
  }
  for (size_t id = 0; id < at.words.size(); ++id) {
    v.push_back("word " + std::string(at.words[id]) + " " + std::to_string(at.word_notes[id]) +
                " " + std::to_string(at.lemma_notes[id]) + " " +
                std::to_string(at.word_ids.find(at.words[id])));
  }
  for (const TimeExpression& e : at.times) {
    v.push_back("time " + std::to_string(e.start) + " " + std::to_string(e.end) + " " +
                std::to_string(e.value.year) + "-" + std::to_string(e.value.month) + "-" +
                std::to_string(e.value.day));
  }
  return v;
}

uint8_t note_length(std::string_view w) { return static_cast<uint8_t>(1 + w.size() % 7); }
uint8_t note_lemmas(std::string_view w, std::string_view v, std::string_view n) {
  return static_cast<uint8_t>(1 + (w.size() + v.size() + n.size()) % 5);
}

TEST(Issue6ThreadAnnotation, SuccessiveHoldersShareOneTextAndItsBuffers) {
  const AnnotatedText* first;
  const Token* tokens;
  {
    ThreadAnnotation held;
    EXPECT_TRUE(held.shared());
    annotate(
        "Soldiers detained four farmers near the border on Tuesday, villagers said. The "
        "farmers were released two days later without charge.",
        kReference, &held.text());
    first = &held.text();
    tokens = held.text().tokens.data();
  }
  ThreadAnnotation again;
  EXPECT_TRUE(again.shared());
  EXPECT_EQ(&again.text(), first);
  annotate("A court fined the editor.", kReference, &again.text());
  EXPECT_EQ(again.text().tokens.data(), tokens);  // a shorter page fits the same buffer
  EXPECT_EQ(again.text().tokens.size(), 6u);
}

TEST(Issue6ThreadAnnotation, APageReadsAsInAFreshText) {
  const std::vector<std::string> pages = {
      "Masked men abducted the blogger Ilhom Rahimov from his home in Khujand on 12 May 2023. "
      "His sister said they beat him.\n\nOn Friday police denied any role.",
      "Curfew.",
      "Une journaliste a été arrêtée à Bamako. Officials in Bamako confirmed the arrest of the "
      "reporter, who was taken to a detention centre three weeks ago.",
      "",
      "Protesters were dispersed with tear gas; twelve were hurt and 40 were detained overnight, "
      "the ministry said on March 3. They were freed the next day.",
      "Curfew."};
  for (int round = 0; round < 2; ++round) {
    for (const std::string& page : pages) {
      ThreadAnnotation held;
      annotate(page, kReference, &held.text(), note_length, note_lemmas);
      AnnotatedText fresh;
      annotate(page, kReference, &fresh, note_length, note_lemmas);
      EXPECT_EQ(fields(held.text()), fields(fresh)) << page;
    }
  }
}

TEST(Issue6ThreadAnnotation, ANestedHolderHasItsOwnText) {
  ThreadAnnotation outer;
  annotate("The army shelled the village.", kReference, &outer.text());
  const std::vector<std::string> before = fields(outer.text());
  {
    ThreadAnnotation inner;
    EXPECT_FALSE(inner.shared());
    EXPECT_NE(&inner.text(), &outer.text());
    annotate("Two men were jailed for ten years.", kReference, &inner.text());
    EXPECT_EQ(inner.text().tokens.size(), 8u);
  }
  EXPECT_EQ(fields(outer.text()), before);
  ThreadAnnotation another;  // still nested while outer lives
  EXPECT_FALSE(another.shared());
}

TEST(Issue6ThreadAnnotation, AHugePagesBuffersAreLetGo) {
  std::string huge;
  while (huge.size() < 6 * ThreadAnnotation::kKeepTokens) huge += "Police arrested a man. ";
  {
    ThreadAnnotation held;
    annotate(huge, kReference, &held.text());
    EXPECT_GT(held.text().tokens.capacity(), ThreadAnnotation::kKeepTokens);
  }
  ThreadAnnotation after;
  EXPECT_TRUE(after.shared());
  EXPECT_EQ(after.text().tokens.capacity(), 0u);
  EXPECT_TRUE(after.text().lower_buf.empty());
  annotate("Police arrested a man.", kReference, &after.text());
  EXPECT_EQ(after.text().tokens.size(), 5u);
}

}  // namespace
}  // namespace casebook
