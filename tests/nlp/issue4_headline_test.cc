// Issue 4 (code health): one test of what a headline is, AnnotatedText::is_headline, shared by
// the common-mention reader (a bare role noun in a headline is a person) and the narrator
// finder (a headline is no narrator speaking). Sentences written for this test.
#include <gtest/gtest.h>

#include "nlp/annotated_text.h"

namespace casebook {
namespace {

TEST(Issue4Headline, AOneSentenceParagraphWithNoStopIsAHeadline) {
  AnnotatedText at;
  annotate(
      "Police detain journalist at border\n\nOfficers held Ana Lind at the border. She was freed.",
      CivilDate{}, &at);
  ASSERT_EQ(at.sentences.size(), 3u);
  EXPECT_TRUE(at.is_headline(0));
  EXPECT_FALSE(at.is_headline(1));  // a stop, and another sentence in its paragraph
  EXPECT_FALSE(at.is_headline(2));
}

TEST(Issue4Headline, ALineThatLeadsInIsNoHeadline) {
  AnnotatedText at;
  annotate("The detained are:\n\nAna Lind, a reporter\n\nThey were freed!", CivilDate{}, &at);
  ASSERT_EQ(at.sentences.size(), 3u);
  EXPECT_FALSE(at.is_headline(0));  // ends in ":"
  EXPECT_TRUE(at.is_headline(1));
  EXPECT_FALSE(at.is_headline(2));  // ends in "!"
}

}  // namespace
}  // namespace casebook
