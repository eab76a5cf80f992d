// A page read up to the event stage as the pipeline reads it (mentions, entities, relations),
// for tests that call one reader of the event stage directly.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/affiliations.h"
#include "extract/common_mentions.h"
#include "extract/entities.h"
#include "extract/exile_relatives.h"
#include "extract/mention.h"
#include "extract/named_mentions.h"
#include "nlp/annotated_text.h"

namespace casebook::testing {

struct ReadContext {
  AnnotatedText at;
  std::unique_ptr<DocumentContext> ctx;
  std::vector<Quote> quotes;

  explicit ReadContext(std::string_view text) {
    annotate(text, CivilDate{}, &at);
    ctx = std::make_unique<DocumentContext>(at);
    find_named_mentions(ctx.get());
    find_common_mentions(ctx.get());
    build_entities(ctx.get(), &quotes);
    find_affiliations(ctx.get());
    mark_relatives_of_exiles(ctx.get());
  }
  // The first token whose lower-case text is w.
  uint32_t token(std::string_view w) const {
    for (uint32_t t = 0; t < at.tokens.size(); ++t) {
      if (at.lower[t] == w) return t;
    }
    ADD_FAILURE() << "no token " << w;
    return 0;
  }
  // The text of a mention, as the page writes it.
  std::string text_of(int m) const {
    const Mention& x = ctx->mentions[m];
    return std::string(
        at.text.substr(at.tokens[x.first_token].start,
                       at.tokens[x.end_token - 1].end - at.tokens[x.first_token].start));
  }
  std::vector<std::string> texts_of(const std::vector<int>& ms) const {
    std::vector<std::string> v;
    for (int m : ms) v.push_back(text_of(m));
    return v;
  }
  uint32_t sentence_end() const { return at.sentences[0].end_token; }
};

}  // namespace casebook::testing
