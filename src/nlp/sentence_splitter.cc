// Sentence splitter: one pass over the tokens deciding at each candidate end (terminal
// punctuation, abbreviation, initial, line break) from the tokens around it.
#include "nlp/sentence_splitter.h"

#include <algorithm>
#include <string>

namespace casebook {
namespace {

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h == 0 ? 1 : h;
}

// Lower-case word types of one document, built on first use: the Punkt-style evidence that a
// capitalised word after "U.S." is an ordinary word starting a sentence, not a name.
class LowerCaseWords {
 public:
  bool contains(std::string_view text, const std::vector<Token>& tokens, std::string_view word) {
    if (table_.empty()) build(text, tokens);
    uint64_t h = fnv1a(word);
    for (size_t k = h & mask_;; k = (k + 1) & mask_) {
      if (table_[k] == h) return true;
      if (table_[k] == 0) return false;
    }
  }

 private:
  void build(std::string_view text, const std::vector<Token>& tokens) {
    size_t count = 0;
    for (const Token& t : tokens) count += is_lower_word(t);
    size_t size = 16;
    while (size < count * 2) size <<= 1;
    table_.assign(size, 0);
    mask_ = size - 1;
    for (const Token& t : tokens) {
      if (!is_lower_word(t)) continue;
      uint64_t h = fnv1a(token_text(text, t));
      size_t k = h & mask_;
      while (table_[k] != 0 && table_[k] != h) k = (k + 1) & mask_;
      table_[k] = h;
    }
  }
  static bool is_lower_word(const Token& t) {
    return t.kind == TokenKind::kWord && (t.flags & kLowerCase) && !(t.flags & kPossessive);
  }

  std::vector<uint64_t> table_;
  size_t mask_ = 0;
};

// Sentence-final punctuation: . ! ? and their runs, ellipses, and the full stops and question
// marks of other scripts.
bool is_terminal(std::string_view t) {
  if (t.empty()) return false;
  char b = t[0];
  if (b == '.' || b == '!' || b == '?') return true;
  return t == "\xE2\x80\xA6" /* … */ || t == "\xE3\x80\x82" /* 。 */ || t == "\xD8\x9F" /* ؟ */ ||
         t == "\xDB\x94" /* ۔ */ || t == "\xD6\x89" /* ։ */ || t == "\xCD\xBE" /* Greek ; */ ||
         t == "\xEF\xBC\x81" || t == "\xEF\xBC\x9F" || t == "\xEF\xBC\x8E" ||
         t.starts_with("\xE2\x80\xBC") || t.starts_with("\xE2\x81\x87") ||
         t.starts_with("\xE2\x81\x88") || t.starts_with("\xE2\x81\x89");
}

// Punctuation that, after a terminal, shows the sentence goes on ("Yes!, she said").
bool continues_sentence(std::string_view t) {
  return t == "," || t == ";" || t == ":" || t == ")" || t == "]" || t == "}";
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<Token>& tokens, std::vector<Sentence>* out)
      : text_(text), tokens_(tokens), n_(tokens.size()), out_(out) {}

  void run() {
    measure_lines();
    size_t first = 0, line_first = 0;
    uint32_t paragraph = 0, first_paragraph = 0;
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = tokens_[i];
      if (i > 0 && (t.flags & kParagraphStart)) {
        if (first < i) emit(first, i, first_paragraph);
        first = line_first = i;
        first_paragraph = ++paragraph;
      } else if (i > 0 && (t.flags & kLineStart)) {
        if (first < i && line_ends_sentence(line_first, i)) {
          emit(first, i, first_paragraph);
          first = i;
          first_paragraph = paragraph;
        }
        line_first = i;
      }
      size_t end = boundary_after(first, i);
      if (end != 0) {
        emit(first, end, first_paragraph);
        first = end;
        first_paragraph = paragraph;
        i = end - 1;  // closers after the end were taken into the sentence
      }
    }
    if (first < n_) emit(first, n_, first_paragraph);
  }

 private:
  std::string_view text(size_t i) const { return token_text(text_, tokens_[i]); }

  void emit(size_t first, size_t end, uint32_t paragraph) {
    out_->push_back(Sentence{tokens_[first].start, tokens_[end - 1].end,
                             static_cast<uint32_t>(first), static_cast<uint32_t>(end), paragraph});
  }

  bool is_capitalized_word(size_t i) const {
    return i < n_ && tokens_[i].kind == TokenKind::kWord && (tokens_[i].flags & kCapitalized);
  }

  bool is_starter(size_t i) {
    return is_capitalized_word(i) && is_sentence_starter(lower(text(i), &scratch_));
  }

  // Hard-wrapped text shows itself by lines that go on with a lower-case word; its width is
  // the longest such line. One pass, before splitting.
  void measure_lines() {
    size_t line_first = 0, breaks = 0, continued = 0;
    for (size_t j = 1; j < n_; ++j) {
      if (!(tokens_[j].flags & kLineStart)) continue;
      if (!(tokens_[j].flags & kParagraphStart)) {
        ++breaks;
        if (tokens_[j].kind == TokenKind::kWord && (tokens_[j].flags & kLowerCase) &&
            !is_terminal(text(j - 1))) {
          ++continued;
          wrap_width_ =
              std::max<size_t>(wrap_width_, tokens_[j - 1].end - tokens_[line_first].start);
        }
      }
      line_first = j;
    }
    wrapped_ = continued > 0 && continued * 4 >= breaks;
  }

  // A line break ends a sentence after a title-like line: short, ending in a word, number,
  // symbol or closing quote/bracket, and followed by a line that does not go on in lower case.
  // Catches "Activist detained in Dushanbe\nPolice said...". Must not catch a hard-wrapped
  // line "Police detained the activist on\nMonday" (too long for the wrap width).
  bool line_ends_sentence(size_t line_first, size_t i) const {
    const Token& last = tokens_[i - 1];
    const Token& next = tokens_[i];
    if (next.kind == TokenKind::kWord && (next.flags & kLowerCase)) return false;
    if (last.flags & (kAbbreviation | kInitial | kOpenQuote)) return false;
    if (last.kind == TokenKind::kPunct && !(last.flags & kCloseQuote)) {
      std::string_view lt = text(i - 1);
      if (lt != ")" && lt != "]") return false;
    }
    size_t length = last.end - tokens_[line_first].start;
    return wrapped_ ? length * 10 <= wrap_width_ * 6 : length <= 150;
  }

  // If a sentence ends with token i, returns the index after it (taking closing quotes and
  // brackets); otherwise 0.
  size_t boundary_after(size_t first, size_t i) {
    const Token& t = tokens_[i];
    bool terminal = t.kind == TokenKind::kPunct && is_terminal(text(i));
    bool abbreviation = t.flags & kAbbreviation;
    bool initial = t.flags & kInitial;
    if (!terminal && !abbreviation && !initial) return 0;
    size_t j = i + 1;
    if (terminal) {
      while (j < n_ && !(tokens_[j].flags & kLineStart) && tokens_[j].kind == TokenKind::kPunct) {
        std::string_view s = text(j);
        bool closer = (tokens_[j].flags & kCloseQuote) ||
                      ((s == ")" || s == "]") && !(tokens_[j].flags & kSpaceBefore));
        if (!closer) break;
        ++j;
      }
    }
    if (j >= n_) return n_;
    const Token& next = tokens_[j];
    if (terminal) {
      if (next.flags & kLineStart) return j;
      if (j == i + 1 && !(next.flags & kSpaceBefore)) return 0;  // "hrw.org"
      if (next.kind == TokenKind::kWord && (next.flags & kLowerCase)) return 0;
      if (next.kind == TokenKind::kPunct && continues_sentence(text(j))) return 0;
      // "1. Introduction": a list number at a line start is not a sentence.
      if (i == first + 1 && text(i) == "." && (tokens_[first].flags & kLineStart) &&
          tokens_[first].kind == TokenKind::kNumber && text(first).size() <= 3)
        return 0;
      return j;
    }
    AbbreviationRole role = initial ? AbbreviationRole::kNone : abbreviation_role(text(i));
    if (role == AbbreviationRole::kTitle) return 0;  // "Dr.\nRahimov" is a wrapped name
    // In text that is not hard-wrapped a line break after the period is a real end ("plan B.\n
    // Next"); in wrapped text it says nothing ("J.\nSmith").
    if ((next.flags & kLineStart) && !wrapped_) return is_capitalized_word(j) ? j : 0;
    if (initial) return is_starter(j) ? j : 0;  // "J. Smith" goes on; "than I. He" ends
    if (is_starter(j)) return j;
    if (role == AbbreviationRole::kInner) return 0;
    // A final abbreviation, or an unlisted acronym ("U.S.A.") which is treated as one.
    if (!is_capitalized_word(j) || (next.flags & kAllCaps)) return 0;
    if (j + 1 < n_ && is_capitalized_word(j + 1) && !(tokens_[j + 1].flags & kLineStart)) return 0;
    return lower_words_.contains(text_, tokens_, lower(text(j), &scratch_)) ? j : 0;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  size_t n_;
  std::vector<Sentence>* out_;
  std::string scratch_;
  LowerCaseWords lower_words_;
  bool wrapped_ = false;
  size_t wrap_width_ = 0;
};

}  // namespace

void split_sentences(std::string_view text, const std::vector<Token>& tokens,
                     std::vector<Sentence>* out) {
  out->clear();
  if (tokens.empty()) return;
  Splitter(text, tokens, out).run();
}

}  // namespace casebook
