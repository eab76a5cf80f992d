// The nlp stage: one pass each of tokenizer, sentence splitter, lemmatiser and time finder.
#include "nlp/annotated_text.h"

#include <algorithm>

#include "nlp/lemmatizer.h"

namespace casebook {
namespace {

// What a word's first occurrence learned from the lemmatiser, kept by word id. A lemma equal
// to the word itself is recorded as such, so every token's lemma views its own text, exactly
// as when each token was lemmatised on its own.
struct WordLemmas {
  std::string_view verb, noun;
  uint32_t verb_id, noun_id;
  bool verb_self, noun_self;
  bool known = false;
};

// Gives each token's lower-case form an id, and lemmatises each distinct word once (a news
// page says each word about twice on average: "the" fifty times).
void intern_and_lemmatize(AnnotatedText* out) {
  const size_t n = out->tokens.size();
  WordInterner& interner = out->word_ids;
  thread_local std::vector<WordLemmas> by_word;
  interner.clear(n);
  by_word.clear();
  out->lower_id.resize(n);
  out->verb_id.resize(n);
  out->noun_id.resize(n);
  out->verb_lemma.assign(n, {});
  out->noun_lemma.assign(n, {});
  const Lemmatizer& lem = Lemmatizer::instance();
  for (size_t i = 0; i < n; ++i) {
    const std::string_view lower = out->lower[i];
    const uint32_t id = interner.intern(lower);
    out->lower_id[i] = id;
    if (out->tokens[i].kind != TokenKind::kWord) {
      out->verb_lemma[i] = out->noun_lemma[i] = lower;
      out->verb_id[i] = out->noun_id[i] = id;
      continue;
    }
    if (by_word.size() <= id) by_word.resize(std::max<size_t>(id + 1, 2 * by_word.size()));
    WordLemmas& w = by_word[id];
    if (!w.known) {
      lem.lemmas(lower, &w.verb, &w.noun);
      w.verb_self = w.verb.data() == lower.data() && w.verb.size() == lower.size();
      w.noun_self = w.noun.data() == lower.data() && w.noun.size() == lower.size();
      w.verb_id = w.verb_self ? id : interner.intern(w.verb);
      w.noun_id = w.noun_self ? id : interner.intern(w.noun);
      w.known = true;
    }
    out->verb_lemma[i] = w.verb_self ? lower : w.verb;
    out->noun_lemma[i] = w.noun_self ? lower : w.noun;
    out->verb_id[i] = w.verb_id;
    out->noun_id[i] = w.noun_id;
  }
  out->words = interner.words();
}

}  // namespace

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
  intern_and_lemmatize(out);
  out->times = find_time_expressions(text, reference);
  out->in_time.assign(n, 0);
  size_t t = 0;
  for (const TimeExpression& e : out->times) {
    while (t < n && out->tokens[t].end <= e.start) ++t;
    for (size_t k = t; k < n && out->tokens[k].start < e.end; ++k) out->in_time[k] = 1;
  }
}

}  // namespace casebook
