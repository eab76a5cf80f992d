// The nlp stage: one pass each of tokenizer, sentence splitter, lemmatiser and time finder.
#include "nlp/annotated_text.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "core/string_hash.h"
#include "nlp/lemmatizer.h"
#include "nlp/time_skip.h"

namespace casebook {
namespace {

// Lowers 'A'..'Z' to 'a'..'z' and leaves every other byte as it is, 8 bytes at a time: a byte
// is upper case when its low 7 bits reach 'A' but not past 'Z' and its high bit is clear.
void lower_ascii_in_place(char* p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t v;
    std::memcpy(&v, p + k, 8);
    const uint64_t low7 = v & (0x7f * kOnes);
    const uint64_t from_a = low7 + (0x80 - 'A') * kOnes;      // high bit: low7 >= 'A'
    const uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit: low7 > 'Z'
    const uint64_t upper = from_a & ~past_z & ~v & (0x80 * kOnes);
    v |= upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
    std::memcpy(p + k, &v, 8);
  }
  for (; k < n; ++k) {
    const unsigned char b = static_cast<unsigned char>(p[k]);
    p[k] = static_cast<char>(static_cast<unsigned>(b - 'A') < 26u ? b + 32 : b);
  }
}

// Appends to `out` the offsets of text's bytes of 0x80 and above (the bytes of its non-ASCII
// characters), in order. Most of a page is ASCII: 8 bytes are tested at a time, and only a
// chunk holding such a byte is read byte by byte.
void high_byte_offsets(std::string_view text, std::vector<uint32_t>* out) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  const char* p = text.data();
  const size_t n = text.size();
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t v;
    std::memcpy(&v, p + k, 8);
    if ((v & kHigh) == 0) continue;
    for (size_t j = k; j < k + 8; ++j) {
      if (static_cast<unsigned char>(p[j]) >= 0x80) out->push_back(static_cast<uint32_t>(j));
    }
  }
  for (; k < n; ++k) {
    if (static_cast<unsigned char>(p[k]) >= 0x80) out->push_back(static_cast<uint32_t>(k));
  }
}

// What a word's first occurrence learned from the lemmatiser, kept by word id. A lemma equal
// to the word itself is recorded as such, so every token's lemma views its own text, exactly
// as when each token was lemmatised on its own.
struct WordLemmas {
  std::string_view verb, noun;
  uint32_t verb_id, noun_id;
  bool verb_self, noun_self;
  bool known = false;
};

// Per word id: the word's class to the time scanner (time_word_class), 0 until known.
thread_local std::vector<uint8_t> time_classes;

// Gives each token's lower-case form an id, and lemmatises each distinct word once (a news
// page says each word about twice on average: "the" fifty times).
void intern_and_lemmatize(AnnotatedText* out, WordNote word_note, LemmaNote lemma_note) {
  const size_t n = out->tokens.size();
  WordInterner& interner = out->word_ids;
  thread_local std::vector<WordLemmas> by_word;
  interner.clear(n);
  by_word.clear();
  out->lower_id.resize(n);
  out->verb_id.resize(n);
  out->noun_id.resize(n);
  // Sized, not cleared: the loop below writes every token's lemmas.
  out->verb_lemma.resize(n);
  out->noun_lemma.resize(n);
  time_classes.clear();
  out->word_notes.clear();
  out->lemma_notes.clear();
  // The notes kept in the lemma cache are one function's answers: another function (a test's)
  // starts them afresh.
  thread_local WordNote noted_by = nullptr;
  if (word_note != nullptr && word_note != noted_by) {
    Lemmatizer::forget_notes(1);
    noted_by = word_note;
  }
  thread_local LemmaNote lemmas_noted_by = nullptr;
  if (lemma_note != nullptr && lemma_note != lemmas_noted_by) {
    Lemmatizer::forget_notes(2);
    lemmas_noted_by = lemma_note;
    lemma_note({}, {}, {});  // loads what it needs now, while no slot is held (LemmaNote)
  }
  const Lemmatizer& lem = Lemmatizer::instance();
  // The lemma cache's slot of the word kPrefetchAhead tokens on starts loading now: a word
  // first seen on the page usually misses the CPU's cache there, and waiting for each miss in
  // turn cost more than the lookups themselves.
  // The interner hashes each word as the cache does: each hash is computed once, ahead, and
  // kept until its token comes.
  constexpr size_t kPrefetchAhead = 8;
  const Lemmatizer::CacheTarget target = Lemmatizer::cache_target();
  uint64_t ahead[kPrefetchAhead];
  // The token arrays through locals: the loop stores lemmas (pointers) into them, and GCC takes
  // a stored pointer to alias any vector's, so through `out` it loaded every array's data
  // again for each token. None of them is resized in the loop.
  const Token* tokens = out->tokens.data();
  const std::string_view* lowers = out->lower.data();
  uint32_t* lower_ids = out->lower_id.data();
  std::string_view* verb_lemmas = out->verb_lemma.data();
  std::string_view* noun_lemmas = out->noun_lemma.data();
  uint32_t* verb_ids = out->verb_id.data();
  uint32_t* noun_ids = out->noun_id.data();
  auto look_ahead = [&](size_t k) {
    const uint64_t h = short_string_hash(lowers[k]);
    ahead[k % kPrefetchAhead] = h;
    if (tokens[k].kind == TokenKind::kWord) Lemmatizer::prefetch(target, h);
  };
  for (size_t k = 0; k < std::min(n, kPrefetchAhead); ++k) look_ahead(k);
  for (size_t i = 0; i < n; ++i) {
    const uint64_t hash = ahead[i % kPrefetchAhead];
    if (i + kPrefetchAhead < n) look_ahead(i + kPrefetchAhead);
    const std::string_view lower = lowers[i];
    const uint32_t id = interner.intern(lower, hash);
    lower_ids[i] = id;
    if (tokens[i].kind != TokenKind::kWord) {
      verb_lemmas[i] = noun_lemmas[i] = lower;
      verb_ids[i] = noun_ids[i] = id;
      continue;
    }
    if (by_word.size() <= id) by_word.resize(std::max<size_t>(id + 1, 2 * by_word.size()));
    WordLemmas& w = by_word[id];
    if (!w.known) {
      uint8_t* note;
      lem.lemmas(lower, hash, &w.verb, &w.noun, &note);  // the interner's hash, not another
      // The time scanner's class of the word, worked out once per thread: kept in the lemma
      // cache beside the lemmas (a word of ASCII letters and punctuation only: any other is
      // read token by token, whatever its class).
      if (note != nullptr) {
        if (note[0] == 0) note[0] = time_word_class(lower);
        if (time_classes.size() <= id)
          time_classes.resize(std::max<size_t>(id + 1, 2 * time_classes.size()));
        time_classes[id] = note[0];
        // The later stage's byte, kept the same way.
        if (word_note != nullptr) {
          if (note[1] == 0) note[1] = word_note(lower);
          if (out->word_notes.size() <= id)
            out->word_notes.resize(std::max<size_t>(id + 1, 2 * out->word_notes.size()));
          out->word_notes[id] = note[1];
        }
        // And the byte for the word with its lemmas.
        if (lemma_note != nullptr) {
          if (note[2] == 0) note[2] = lemma_note(lower, w.verb, w.noun);
          if (out->lemma_notes.size() <= id)
            out->lemma_notes.resize(std::max<size_t>(id + 1, 2 * out->lemma_notes.size()));
          out->lemma_notes[id] = note[2];
        }
      }
      w.verb_self = w.verb.data() == lower.data() && w.verb.size() == lower.size();
      w.noun_self = w.noun.data() == lower.data() && w.noun.size() == lower.size();
      w.verb_id = w.verb_self ? id : interner.intern(w.verb);
      w.noun_id = w.noun_self ? id : interner.intern(w.noun);
      w.known = true;
    }
    verb_lemmas[i] = w.verb_self ? lower : w.verb;
    noun_lemmas[i] = w.noun_self ? lower : w.noun;
    verb_ids[i] = w.verb_id;
    noun_ids[i] = w.noun_id;
  }
  out->words = interner.words();
  out->word_notes.resize(out->words.size(), 0);
  out->lemma_notes.resize(out->words.size(), 0);
}

}  // namespace

void annotate(std::string_view text, const CivilDate& reference, AnnotatedText* out,
              WordNote word_note, LemmaNote lemma_note) {
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
  // Lower-cased forms go into one buffer: first the whole text with its ASCII letters lowered,
  // 8 bytes at a time (an ASCII token's lower form is its own span there), then the lower()
  // forms of the tokens with other letters.
  out->lower_buf.clear();
  out->lower_buf.reserve(text.size() * 2 + 16);
  out->lower_buf.append(text);
  lower_ascii_in_place(out->lower_buf.data(), out->lower_buf.size());
  // Sized, not cleared: the second loop below writes every token's form (and the first every
  // token's range). The AnnotatedText is usually the thread's, reused from page to page
  // (thread_annotation.h), so clearing would rewrite arrays already there.
  out->lower.resize(n);
  std::string tmp;
  thread_local std::vector<std::pair<uint32_t, uint32_t>> ranges;
  ranges.resize(n);
  // A token is ASCII when no byte of 0x80 or above lies in its span: tokens come in the text's
  // order, so one walk along those bytes' offsets answers for every token.
  thread_local std::vector<uint32_t> high_bytes;
  high_bytes.clear();
  high_byte_offsets(text, &high_bytes);
  size_t next_high = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& token = out->tokens[i];
    while (next_high < high_bytes.size() && high_bytes[next_high] < token.start) ++next_high;
    if (next_high == high_bytes.size() || high_bytes[next_high] >= token.end) {
      ranges[i] = {token.start, token.end - token.start};
      continue;
    }
    size_t at = out->lower_buf.size();
    out->lower_buf.append(lower(out->token_text(i), &tmp));
    ranges[i] = {static_cast<uint32_t>(at), static_cast<uint32_t>(out->lower_buf.size() - at)};
  }
  // (Through locals, as in intern_and_lemmatize: each stored view would have the compiler load
  // the arrays again. Every range lies inside lower_buf, which no longer grows.)
  const char* lowered = out->lower_buf.data();
  std::string_view* lowers = out->lower.data();
  const std::pair<uint32_t, uint32_t>* spans = ranges.data();
  for (size_t i = 0; i < n; ++i) {
    lowers[i] = std::string_view(lowered + spans[i].first, spans[i].second);
  }
  intern_and_lemmatize(out, word_note, lemma_note);
  // The time finder reads the page again with its own tokens, but only where the jumps found
  // on the tokenizer's tokens leave a time expression possible.
  thread_local std::vector<TimeSkip> skips;
  time_classes.resize(out->words.size(), 0);
  find_time_skips(text, out->tokens, out->lower, out->lower_buf.data(), out->lower_id,
                  &time_classes, &skips);
  out->times = find_time_expressions(text, reference, skips);
  out->in_time.assign(n, 0);
  size_t t = 0;
  for (const TimeExpression& e : out->times) {
    while (t < n && out->tokens[t].end <= e.start) ++t;
    for (size_t k = t; k < n && out->tokens[k].start < e.end; ++k) out->in_time[k] = 1;
  }
}

}  // namespace casebook
