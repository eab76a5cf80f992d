// Token reader for time expressions: ASCII words and numbers, Unicode spaces and dashes.
#include "nlp/time_lexer.h"

#include <bit>
#include <cstring>

namespace casebook {
namespace {

bool is_ascii_alpha(uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(uint8_t c) { return c >= '0' && c <= '9'; }

// Decodes the code point at text[pos] (lenient: a bad byte reads as itself, length 1).
char32_t decode_at(std::string_view text, size_t pos, int* len) {
  const uint8_t c = static_cast<uint8_t>(text[pos]);
  int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
  if (pos + n > text.size()) n = 1;
  if (n == 1) {
    *len = 1;
    return c;
  }
  char32_t cp = c & (0x7F >> n);
  for (int i = 1; i < n; ++i) {
    const uint8_t b = static_cast<uint8_t>(text[pos + i]);
    if ((b & 0xC0) != 0x80) {
      *len = 1;
      return c;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *len = n;
  return cp;
}

bool is_unicode_space(char32_t cp) {
  return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

// Non-ASCII code points that separate words (punctuation, symbols) rather than spell them.
bool is_unicode_punct(char32_t cp) {
  return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x206F) ||
         (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x214F) || cp == 0x2212 ||
         (cp >= 0x3000 && cp <= 0x303F);
}

// True when a letter of some script starts at text[pos] (glued to a word or number).
bool letter_at(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const uint8_t c = static_cast<uint8_t>(text[pos]);
  if (c < 0x80) return is_ascii_alpha(c);
  int len = 0;
  const char32_t cp = decode_at(text, pos, &len);
  return !is_unicode_space(cp) && !is_unicode_punct(cp);
}

// Lower-cases the ASCII letters text[a, b) into buf; false when too long.
bool lower_into(std::string_view text, size_t a, size_t b, char* buf, size_t* n) {
  if (b - a > TimeLexicon::kMaxWordLength) return false;
  for (size_t i = a; i < b; ++i) {
    const char c = text[i];
    buf[i - a] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  *n = b - a;
  return true;
}

// Skips a run of letters and digits of any script; returns its end.
size_t skip_alnum(std::string_view text, size_t pos) {
  while (pos < text.size() &&
         (is_ascii_digit(static_cast<uint8_t>(text[pos])) || letter_at(text, pos))) {
    const uint8_t c = static_cast<uint8_t>(text[pos]);
    if (c < 0x80) {
      ++pos;
    } else {
      int len = 0;
      decode_at(text, pos, &len);
      pos += len;
    }
  }
  return pos;
}

// The end of the run of ASCII letters from q, 8 bytes at a time while 8 remain: a byte is a
// letter when its high bit is clear and, with the case bit set, it lies in 'a'..'z' (no sum
// below carries out of an ASCII byte, and the run ends at the first other byte).
size_t skip_ascii_alpha(std::string_view text, size_t q) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const size_t size = text.size();
  for (; q + 8 <= size; q += 8) {
    uint64_t v;
    std::memcpy(&v, text.data() + q, 8);
    const uint64_t folded = v | (0x20 * kOnes);
    const uint64_t alpha =
        (folded + (0x80 - 'a') * kOnes) & ~(folded + (0x7f - 'z') * kOnes) & ~v & kHigh;
    const uint64_t stop = ~alpha & kHigh;
    if (stop != 0) return q + static_cast<size_t>(__builtin_ctzll(stop)) / 8;
  }
  while (q < size && is_ascii_alpha(static_cast<uint8_t>(text[q]))) ++q;
  return q;
}

}  // namespace

void pack_lower(std::string_view text, size_t p, size_t n, uint64_t key[2]) {
  if constexpr (std::endian::native == std::endian::little) {
    if (p + 16 <= text.size()) {
      // Two loads, the case bit set in every byte, the bytes past the word cleared: the same
      // key as the byte loop below, without a loop.
      constexpr uint64_t kCase = 0x2020202020202020ull;
      uint64_t lo, hi;
      std::memcpy(&lo, text.data() + p, 8);
      std::memcpy(&hi, text.data() + p + 8, 8);
      const uint64_t keep_lo = n >= 8 ? ~0ull : (1ull << (8 * n)) - 1;
      const uint64_t keep_hi = n >= 16 ? ~0ull : n <= 8 ? 0 : (1ull << (8 * (n - 8))) - 1;
      key[0] = (lo | kCase) & keep_lo;
      key[1] = (hi | kCase) & keep_hi;
      return;
    }
  }
  char packed[16] = {};
  for (size_t i = 0; i < n; ++i) packed[i] = static_cast<char>(text[p + i] | 0x20);
  std::memcpy(key, packed, 16);
}

bool is_dash(char32_t cp) { return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

Tok lex_at(std::string_view text, uint32_t pos, const TimeLexicon& lexicon) {
  Tok t;
  const size_t size = text.size();
  size_t p = pos;
  int newlines = 0;
  while (p < size) {
    const uint8_t c = static_cast<uint8_t>(text[p]);
    if (c == '\n') {
      ++newlines;
      ++p;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      ++p;
    } else if (c >= 0x80) {
      int len = 0;
      if (!is_unicode_space(decode_at(text, p, &len))) break;
      p += len;
    } else {
      break;
    }
  }
  if (newlines >= 2) {
    t.type = TokType::kBreak;
    t.start = pos;
    t.end = static_cast<uint32_t>(p);
    return t;
  }
  t.space_before = p > pos || (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\n'));
  t.start = t.end = static_cast<uint32_t>(p);
  if (p >= size) return t;  // kEnd

  const uint8_t c = static_cast<uint8_t>(text[p]);
  if (is_ascii_digit(c)) {
    size_t q = p;
    int64_t value = 0;
    while (q < size && is_ascii_digit(static_cast<uint8_t>(text[q]))) {
      value = value * 10 + (text[q] - '0');
      if (value > 1000000000) value = 1000000000;
      ++q;
    }
    t.type = TokType::kNumber;
    t.digits = static_cast<uint8_t>(q - p > 255 ? 255 : q - p);
    t.number = q - p > 9 ? -1 : static_cast<int32_t>(value);
    // Thousands groups: "2,000", "1.500.000" (exactly three digits after the separator).
    while (q + 3 < size && (text[q] == ',' || text[q] == '.') &&
           is_ascii_digit(static_cast<uint8_t>(text[q + 1])) &&
           is_ascii_digit(static_cast<uint8_t>(text[q + 2])) &&
           is_ascii_digit(static_cast<uint8_t>(text[q + 3])) &&
           (q + 4 >= size || !is_ascii_digit(static_cast<uint8_t>(text[q + 4])))) {
      q += 4;
      t.number = -1;
      t.digits = 0;
    }
    if (q < size && letter_at(text, q)) {
      const size_t run_end = skip_alnum(text, q);
      char buf[TimeLexicon::kMaxWordLength];
      size_t n = 0;
      const TimeWord* w = nullptr;
      bool ascii = true;
      for (size_t i = q; i < run_end; ++i) ascii = ascii && is_ascii_alpha(text[i]);
      if (ascii && t.number >= 0 && lower_into(text, q, run_end, buf, &n)) {
        w = lexicon.find(std::string_view(buf, n));
      }
      if (w != nullptr && w->ordinal_suffix) {
        t.ordinal = true;
      } else if (ascii && t.number >= 0 && run_end == q + 1 && (text[q] == 's')) {
        t.decade = true;
      } else {
        t.type = TokType::kOther;
        t.number = -1;
      }
      q = run_end;
    } else if (t.number >= 0 && t.digits == 4 && q < size) {
      // "1990's" and "1990’s": the apostrophe forms of a decade.
      const size_t apostrophe = text[q] == '\'' ? 1 : text.substr(q, 3) == "\xE2\x80\x99" ? 3 : 0;
      if (apostrophe != 0 && t.number % 10 == 0 && q + apostrophe < size &&
          text[q + apostrophe] == 's' && !letter_at(text, q + apostrophe + 1)) {
        t.decade = true;
        q += apostrophe + 1;
      }
    }
    t.end = static_cast<uint32_t>(q);
    return t;
  }
  if (c < 0x80 && !is_ascii_alpha(c)) {
    t.type = TokType::kPunct;
    t.cp = c;
    t.end = static_cast<uint32_t>(p + 1);
    return t;
  }
  if (c >= 0x80) {
    int len = 0;
    const char32_t cp = decode_at(text, p, &len);
    if (is_unicode_punct(cp)) {
      t.type = TokType::kPunct;
      t.cp = cp;
      t.end = static_cast<uint32_t>(p + len);
      return t;
    }
  }
  // A word: ASCII letters, or any run containing other scripts (never in the lexicon).
  const size_t q = skip_ascii_alpha(text, p);
  // An ASCII byte after the letters is no letter; only a digit or another script glues on.
  if (q < size && (is_ascii_digit(static_cast<uint8_t>(text[q])) ||
                   (static_cast<uint8_t>(text[q]) >= 0x80 && letter_at(text, q)))) {
    const size_t run_end = skip_alnum(text, q);
    bool has_digit = false;
    for (size_t i = p; i < run_end; ++i) has_digit = has_digit || is_ascii_digit(text[i]);
    t.type = has_digit ? TokType::kOther : TokType::kWord;
    t.cap = c >= 'A' && c <= 'Z';
    t.end = static_cast<uint32_t>(run_end);
    return t;
  }
  t.type = TokType::kWord;
  t.cap = c >= 'A' && c <= 'Z';
  t.end = static_cast<uint32_t>(q);
  if (q - p > TimeLexicon::kMaxWordLength) return t;
  if (!lexicon.may_hold(static_cast<char>(text[p] | 0x20), q - p)) return t;
  {
    // Pack the lower-cased word into 16 zero-padded bytes for the lexicon.
    uint64_t key[2];
    pack_lower(text, p, q - p, key);
    t.word = lexicon.find_packed(key, q - p);
  }
  // Hyphenated entries: "twenty-one", "thirty-first".
  if (t.word != nullptr && t.word->compound_head && q + 1 < size && text[q] == '-' &&
      is_ascii_alpha(static_cast<uint8_t>(text[q + 1]))) {
    char buf[TimeLexicon::kMaxWordLength];
    size_t r = q + 1;
    while (r < size && is_ascii_alpha(static_cast<uint8_t>(text[r]))) ++r;
    size_t m = 0;
    if (!letter_at(text, r) && lower_into(text, p, r, buf, &m)) {
      if (const TimeWord* compound = lexicon.find(std::string_view(buf, m))) {
        t.word = compound;
        t.end = static_cast<uint32_t>(r);
      }
    }
  }
  return t;
}

}  // namespace casebook
