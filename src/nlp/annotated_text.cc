// The nlp stage: one pass each of tokenizer, sentence splitter, lemmatiser and time finder.
#include "nlp/annotated_text.h"

#include "nlp/lemmatizer.h"

namespace casebook {

void annotate(std::string_view text, const CivilDate& reference, AnnotatedText* out) {
  out->text = text;
  out->tokens.clear();
  tokenize(text, &out->tokens);
  out->sentences.clear();
  split_sentences(text, out->tokens, &out->sentences);
  // A line break between two sentences starts a new paragraph, whether the text separates
  // paragraphs with blank lines or with single newlines (as text copied from a page does).
  uint32_t paragraph = 0;
  for (size_t s = 0; s < out->sentences.size(); ++s) {
    if (s > 0) {
      uint32_t gap_start = out->sentences[s - 1].end, gap_end = out->sentences[s].start;
      if (gap_end > gap_start &&
          text.substr(gap_start, gap_end - gap_start).find('\n') != std::string_view::npos) {
        ++paragraph;
      }
    }
    out->sentences[s].paragraph = paragraph;
  }
  const size_t n = out->tokens.size();
  out->sentence_of.assign(n, 0);
  for (uint32_t s = 0; s < out->sentences.size(); ++s) {
    for (uint32_t t = out->sentences[s].first_token; t < out->sentences[s].end_token; ++t) {
      out->sentence_of[t] = s;
    }
  }
  // Lower-cased forms go into one buffer, sized up front so views stay valid.
  out->lower_buf.clear();
  out->lower_buf.reserve(text.size() * 2 + 16);
  out->lower.assign(n, {});
  std::string tmp;
  std::vector<std::pair<uint32_t, uint32_t>> ranges(n);
  for (size_t i = 0; i < n; ++i) {
    std::string_view token = out->token_text(i);
    size_t at = out->lower_buf.size();
    // Most tokens are ASCII: copied and lowered in place; the rest go through lower().
    out->lower_buf.append(token);
    char* d = out->lower_buf.data() + at;
    unsigned char high = 0;
    for (size_t k = 0; k < token.size(); ++k) {
      unsigned char b = static_cast<unsigned char>(d[k]);
      high |= b;
      d[k] = static_cast<char>(static_cast<unsigned>(b - 'A') < 26u ? b + 32 : b);
    }
    if (high >= 0x80) {
      out->lower_buf.resize(at);
      out->lower_buf.append(lower(token, &tmp));
    }
    ranges[i] = {static_cast<uint32_t>(at), static_cast<uint32_t>(out->lower_buf.size() - at)};
  }
  for (size_t i = 0; i < n; ++i) {
    out->lower[i] = std::string_view(out->lower_buf).substr(ranges[i].first, ranges[i].second);
  }
  const Lemmatizer& lem = Lemmatizer::instance();
  out->verb_lemma.assign(n, {});
  out->noun_lemma.assign(n, {});
  for (size_t i = 0; i < n; ++i) {
    if (out->tokens[i].kind != TokenKind::kWord) {
      out->verb_lemma[i] = out->noun_lemma[i] = out->lower[i];
      continue;
    }
    lem.lemmas(out->lower[i], &out->verb_lemma[i], &out->noun_lemma[i]);
  }
  out->times = find_time_expressions(text, reference);
  out->in_time.assign(n, 0);
  size_t t = 0;
  for (const TimeExpression& e : out->times) {
    while (t < n && out->tokens[t].end <= e.start) ++t;
    for (size_t k = t; k < n && out->tokens[k].start < e.end; ++k) out->in_time[k] = 1;
  }
}

}  // namespace casebook
