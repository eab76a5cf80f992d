// Issue 4 (code health): who is named together, read by MentionLists (mention_lists.h), moved
// out of the clause reader. Called directly on a context built as the pipeline builds it,
// with sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/common_mentions.h"
#include "extract/entities.h"
#include "extract/mention_lists.h"
#include "extract/named_mentions.h"
#include "nlp/annotated_text.h"

namespace casebook {
namespace {

struct Read {
  AnnotatedText at;
  std::unique_ptr<DocumentContext> ctx;
  std::vector<Quote> quotes;
  explicit Read(std::string_view text) {
    annotate(text, CivilDate{}, &at);
    ctx = std::make_unique<DocumentContext>(at);
    find_named_mentions(ctx.get());
    find_common_mentions(ctx.get());
    build_entities(ctx.get(), &quotes);
  }
  uint32_t token(std::string_view w) const {
    for (uint32_t t = 0; t < at.tokens.size(); ++t)
      if (at.token_text(t) == w) return t;
    ADD_FAILURE() << "no token " << w;
    return 0;
  }
  std::vector<std::string> names(const std::vector<int>& ms) const {
    std::vector<std::string> v;
    for (int m : ms) {
      const Mention& x = ctx->mentions[m];
      v.emplace_back(
          at.text.substr(at.tokens[x.first_token].start,
                         at.tokens[x.end_token - 1].end - at.tokens[x.first_token].start));
    }
    return v;
  }
  std::vector<std::string> from(std::string_view first_word) const {
    const uint32_t end = at.sentences[0].end_token;
    return names(MentionLists(*ctx, end).coordinated_from(token(first_word), end));
  }
};

TEST(Issue4MentionLists, NamesJoinedByCommasAndAnd) {
  Read r("Ana Lindqvist, Tomas Varga and Ivo Petrov were detained in Minsk.");
  EXPECT_EQ(r.from("Ana"),
            (std::vector<std::string>{"Ana Lindqvist", "Tomas Varga", "Ivo Petrov"}));
}

TEST(Issue4MentionLists, AClauseAfterAndEndsTheList) {
  Read r("Ana Lindqvist was fined, and police detained Tomas Varga.");
  EXPECT_EQ(r.from("Ana"), (std::vector<std::string>{"Ana Lindqvist"}));
}

TEST(Issue4MentionLists, AGroupNounStandsForTheNamesAfterIt) {
  Read r("Police detained journalists Ana Lindqvist and Tomas Varga in Minsk.");
  std::vector<std::string> v = r.from("journalists");
  EXPECT_NE(std::find(v.begin(), v.end(), "Ana Lindqvist"), v.end());
  EXPECT_NE(std::find(v.begin(), v.end(), "Tomas Varga"), v.end());
}

}  // namespace
}  // namespace casebook
