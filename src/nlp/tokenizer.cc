// Tokenizer: a single left-to-right pass over UTF-8 bytes with a 128-entry ASCII class table and
// a range switch for the rest; abbreviations come from data/nlp/abbreviations.tsv.
#include "nlp/tokenizer.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"
#include "core/utf8.h"

namespace casebook {
namespace {

// What a code point does for tokenization.
enum class Cls : uint8_t {
  kEnd,
  kSpace,
  kNewline,
  kParagraphSep,
  kLetter,
  kDigit,
  kMark,
  kHyphen,
  kDash,
  kApostrophe,
  kOpenQuote,
  kCloseQuote,
  kStraightQuote,
  kPeriod,
  kTerminal,
  kEllipsis,
  kOpenBracket,
  kCloseBracket,
  kPunct,
  kSymbol
};

struct Cp {
  char32_t cp;
  uint8_t len;
  Cls cls;
};

constexpr std::array<Cls, 128> kAsciiClass = [] {
  std::array<Cls, 128> t{};
  for (int c = 0; c < 128; ++c) {
    Cls k = Cls::kSymbol;
    if (c < 32 || c == 127) k = Cls::kSpace;
    if (c >= 'a' && c <= 'z') k = Cls::kLetter;
    if (c >= 'A' && c <= 'Z') k = Cls::kLetter;
    if (c >= '0' && c <= '9') k = Cls::kDigit;
    t[c] = k;
  }
  t[' '] = Cls::kSpace;
  t['\n'] = t['\r'] = t['\v'] = Cls::kNewline;
  t['\f'] = Cls::kParagraphSep;
  t['-'] = Cls::kHyphen;
  t['\''] = Cls::kApostrophe;
  t['"'] = Cls::kStraightQuote;
  t['.'] = Cls::kPeriod;
  t['!'] = t['?'] = Cls::kTerminal;
  t['('] = t['['] = t['{'] = Cls::kOpenBracket;
  t[')'] = t[']'] = t['}'] = Cls::kCloseBracket;
  t[','] = t[';'] = t[':'] = t['/'] = Cls::kPunct;
  return t;
}();

// Class of a non-ASCII code point. Unlisted scripts (Arabic letters, CJK, Indic...) count as
// letters, so a word in any script stays one token.
Cls classify(char32_t c) {
  if (c < 0x100) {
    if (c == 0x85) return Cls::kNewline;
    if (c < 0xA0) return Cls::kSpace;  // C1 controls
    if (c == 0xA0) return Cls::kSpace;
    if (c == 0xAD) return Cls::kMark;  // soft hyphen stays inside its word
    if (c == 0xAB) return Cls::kOpenQuote;
    if (c == 0xBB) return Cls::kCloseQuote;
    if (c == 0xA1 || c == 0xBF || c == 0xA7 || c == 0xB6 || c == 0xB7) return Cls::kPunct;
    if (c == 0xAA || c == 0xB5 || c == 0xBA) return Cls::kLetter;
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return Cls::kSymbol;
    return Cls::kLetter;
  }
  if (c < 0x2000) {
    if (c == 0x2BC) return Cls::kLetter;  // ʼ modifier apostrophe: a letter in Ukrainian
    if (c >= 0x300 && c <= 0x36F) return Cls::kMark;
    if (c == 0x37E) return Cls::kTerminal;  // Greek question mark
    if (c == 0x387) return Cls::kPunct;
    if (c >= 0x483 && c <= 0x489) return Cls::kMark;
    if (c >= 0x55A && c <= 0x55F) return Cls::kPunct;
    if (c == 0x589) return Cls::kTerminal;  // Armenian full stop
    if (c == 0x58A || c == 0x5BE) return Cls::kHyphen;
    if (c >= 0x591 && c <= 0x5C7 && c != 0x5C0 && c != 0x5C3 && c != 0x5C6) return Cls::kMark;
    if (c == 0x5C0 || c == 0x5C3 || c == 0x5C6) return Cls::kPunct;
    if (c == 0x60C || c == 0x61B || c == 0x66B || c == 0x66C) return Cls::kPunct;
    if (c == 0x61F || c == 0x6D4) return Cls::kTerminal;
    if (c == 0x66A) return Cls::kSymbol;
    if ((c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9)) return Cls::kDigit;
    if ((c >= 0x610 && c <= 0x61A) || (c >= 0x64B && c <= 0x65F) || c == 0x670 ||
        (c >= 0x6D6 && c <= 0x6ED))
      return Cls::kMark;
    if (c == 0x1680) return Cls::kSpace;
    if ((c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)) return Cls::kMark;
    return Cls::kLetter;
  }
  if (c < 0x2070) {
    if (c <= 0x200B || c == 0x202F || c == 0x205F || c == 0x2060) return Cls::kSpace;
    if (c == 0x200C || c == 0x200D) return Cls::kMark;  // joiners inside Persian words
    if (c == 0x2010 || c == 0x2011) return Cls::kHyphen;
    if (c >= 0x2012 && c <= 0x2015) return Cls::kDash;
    if (c == 0x2018 || c == 0x201A || c == 0x201B || c == 0x201C || c == 0x201E || c == 0x201F ||
        c == 0x2039)
      return Cls::kOpenQuote;
    if (c == 0x2019) return Cls::kApostrophe;
    if (c == 0x201D || c == 0x203A) return Cls::kCloseQuote;
    if (c == 0x2026) return Cls::kEllipsis;
    if (c == 0x2028) return Cls::kNewline;
    if (c == 0x2029) return Cls::kParagraphSep;
    if (c == 0x203C || (c >= 0x2047 && c <= 0x2049)) return Cls::kTerminal;
    if (c >= 0x2030 && c <= 0x2034) return Cls::kSymbol;
    if (c == 0x2045) return Cls::kOpenBracket;
    if (c == 0x2046) return Cls::kCloseBracket;
    return Cls::kPunct;
  }
  if (c < 0x2E00) {
    if (c >= 0x20D0 && c <= 0x20FF) return Cls::kMark;
    if (c >= 0x2C00 && c <= 0x2DFF) return Cls::kLetter;  // Glagolitic, Latin Ext-C, Coptic...
    return Cls::kSymbol;  // super/subscripts, currency, letterlike, arrows, math, boxes
  }
  if (c < 0x2E80) return Cls::kPunct;
  if (c >= 0x3000 && c <= 0x303F) {
    if (c == 0x3000) return Cls::kSpace;
    if (c == 0x3002) return Cls::kTerminal;
    return Cls::kPunct;
  }
  if (c >= 0xE000 && c <= 0xF8FF) return Cls::kSymbol;
  if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F)) return Cls::kMark;
  if (c == 0xFEFF) return Cls::kSpace;
  if (c >= 0xFF01 && c <= 0xFF65) {
    if (c >= 0xFF10 && c <= 0xFF19) return Cls::kDigit;
    if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) return Cls::kLetter;
    if (c == 0xFF01 || c == 0xFF1F || c == 0xFF0E) return Cls::kTerminal;
    return Cls::kPunct;
  }
  if (c >= 0xFFF0 && c <= 0xFFFF) return Cls::kSymbol;
  if (c >= 0x1F000 && c <= 0x1FAFF) {
    if (c >= 0x1F3FB && c <= 0x1F3FF) return Cls::kMark;  // emoji skin tones
    return Cls::kSymbol;
  }
  if (c >= 0xE0000) return Cls::kMark;  // tags and variation selectors
  return Cls::kLetter;
}

// Decodes the code point at s[i]; an ill-formed byte decodes as one U+FFFD symbol.
Cp decode_slow(std::string_view s, size_t i) {
  const size_t n = s.size();
  auto u = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  auto cont = [&](size_t k) { return i + k < n && (u(i + k) & 0xC0) == 0x80; };
  unsigned char c = u(i);
  char32_t cp = 0;
  uint8_t len = 0;
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    cp = ((c & 0x1Fu) << 6) | (u(i + 1) & 0x3Fu);
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    cp = ((c & 0x0Fu) << 12) | ((u(i + 1) & 0x3Fu) << 6) | (u(i + 2) & 0x3Fu);
    len = (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) ? 0 : 3;
  } else if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    cp = ((c & 0x07u) << 18) | ((u(i + 1) & 0x3Fu) << 12) | ((u(i + 2) & 0x3Fu) << 6) |
         (u(i + 3) & 0x3Fu);
    len = (cp < 0x10000 || cp > 0x10FFFF) ? 0 : 4;
  }
  if (len == 0) return {0xFFFD, 1, Cls::kSymbol};
  return {cp, len, classify(cp)};
}

inline Cp decode_at(std::string_view s, size_t i) {
  if (i >= s.size()) return {0, 0, Cls::kEnd};
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1, kAsciiClass[c]};
  return decode_slow(s, i);
}

inline bool is_alnum(Cls k) { return k == Cls::kLetter || k == Cls::kDigit; }
inline bool is_word_part(Cls k) { return k == Cls::kLetter || k == Cls::kDigit || k == Cls::kMark; }
inline bool is_space(Cls k) {
  return k == Cls::kSpace || k == Cls::kNewline || k == Cls::kParagraphSep || k == Cls::kEnd;
}

// Latin Extended-B capitals whose small letter is not simply the next code point, and those
// that are but sit outside the alternating runs (Azerbaijani Ə -> ə is 0x18F -> 0x259).
constexpr std::pair<char16_t, char16_t> kLatinExtendedBPairs[] = {
    {0x181, 0x253}, {0x186, 0x254}, {0x189, 0x256}, {0x18A, 0x257}, {0x18E, 0x1DD}, {0x18F, 0x259},
    {0x190, 0x25B}, {0x193, 0x260}, {0x194, 0x263}, {0x196, 0x269}, {0x197, 0x268}, {0x19C, 0x26F},
    {0x19D, 0x272}, {0x19F, 0x275}, {0x1A9, 0x283}, {0x1B1, 0x28A}, {0x1B2, 0x28B}, {0x1B7, 0x292},
    {0x1C4, 0x1C6}, {0x1C5, 0x1C6}, {0x1C7, 0x1C9}, {0x1C8, 0x1C9}, {0x1CA, 0x1CC}, {0x1CB, 0x1CC},
    {0x1F1, 0x1F3}, {0x1F2, 0x1F3}, {0x1F6, 0x195}, {0x1F7, 0x1BF}, {0x220, 0x19E}, {0x243, 0x180},
    {0x244, 0x289}, {0x245, 0x28C}, {0x182, 0x183}, {0x184, 0x185}, {0x187, 0x188}, {0x18B, 0x18C},
    {0x191, 0x192}, {0x198, 0x199}, {0x1A0, 0x1A1}, {0x1A2, 0x1A3}, {0x1A4, 0x1A5}, {0x1A7, 0x1A8},
    {0x1AC, 0x1AD}, {0x1AF, 0x1B0}, {0x1B3, 0x1B4}, {0x1B5, 0x1B6}, {0x1B8, 0x1B9}, {0x1BC, 0x1BD},
    {0x1F4, 0x1F5}, {0x23B, 0x23C}, {0x241, 0x242}};

// Lower-case partner of an upper-case letter, or c itself. Covers Latin (with Extended-A/-B
// and Additional), Greek, Cyrillic (with the Kazakh, Tajik, Uzbek letters) and Armenian.
char32_t to_lower_cp(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c < 0x100) return (c >= 0xC0 && c <= 0xDE && c != 0xD7) ? c + 32 : c;
  if (c < 0x180) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    return (c & 1) ? c : c + 1;
  }
  if (c < 0x250) {
    for (const auto& [up, low] : kLatinExtendedBPairs) {
      if (up == c) return low;
    }
    if (c >= 0x1CD && c <= 0x1DC) return (c & 1) ? c + 1 : c;
    if ((c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F8 && c <= 0x21F) || (c >= 0x222 && c <= 0x233) ||
        (c >= 0x246 && c <= 0x24F))
      return (c & 1) ? c : c + 1;
    return c;
  }
  if (c < 0x370) return c;
  if (c < 0x400) {
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
    if (c >= 0x3D8 && c <= 0x3EF) return (c & 1) ? c : c + 1;
    return c;
  }
  if (c < 0x530) {
    if (c < 0x410) return c + 80;
    if (c < 0x430) return c + 32;
    if (c == 0x4C0) return 0x4CF;
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : c;
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F))
      return (c & 1) ? c : c + 1;
    return c;
  }
  if (c >= 0x531 && c <= 0x556) return c + 48;
  if (c >= 0x1E00 && c <= 0x1EFF) {
    if (c == 0x1E9E) return 0xDF;
    if (c <= 0x1E95 || c >= 0x1EA0) return (c & 1) ? c : c + 1;
  }
  return c;
}

// True for a lower-case letter of the scripts to_lower_cp knows; caseless scripts say false.
bool is_lower_cp(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (to_lower_cp(c) != c) return false;
  return (c >= 0xDF && c <= 0x2AF && c != 0xF7) || c == 0xB5 || (c >= 0x3AC && c <= 0x3FF) ||
         (c >= 0x430 && c <= 0x52F) || (c >= 0x561 && c <= 0x587) || (c >= 0x1E00 && c <= 0x1EFF);
}

// Letter counts of a token, for the case flags.
// Caseless letters (Arabic, "ʻ" in "Oʻzbek") count for neither all-caps nor lower-case.
struct CaseCount {
  uint16_t letters = 0, upper = 0, lower = 0;
  bool first_upper = false;

  void add_ascii_letter(unsigned char c) {  // add() for 'A'-'Z' and 'a'-'z'
    bool up = c <= 'Z';
    if (letters == 0) first_upper = up;
    ++letters;
    upper += up;
    lower += !up;
  }

  void add(char32_t c) {
    bool up = c < 0x80 ? (c >= 'A' && c <= 'Z') : to_lower_cp(c) != c;
    bool low = !up && is_lower_cp(c);
    if (letters == 0) first_upper = up;
    ++letters;
    upper += up;
    lower += low;
  }
  uint16_t flags() const {
    uint16_t f = 0;
    if (first_upper) f |= kCapitalized;
    if (upper >= 2 && lower == 0) f |= kAllCaps;
    if (lower > 0 && upper == 0) f |= kLowerCase;
    return f;
  }
};

// How many of the 8 bytes at p, from the first, are ASCII letters or digits; their letters are
// added to cc as add_ascii_letter would add them one by one. Each byte's high bit says what it
// is (a byte of 0x80 or more is neither, so no carry crosses into the next byte).
size_t ascii_alnum_run(const char* p, CaseCount* cc) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t v;
  std::memcpy(&v, p, 8);
  const uint64_t ascii = ~v & kHigh;
  auto between = [&](uint8_t lo, uint8_t hi) {  // high bit set where lo <= byte <= hi
    return (v + (0x80 - lo) * kOnes) & ~(v + (0x7f - hi) * kOnes) & ascii;
  };
  const uint64_t upper = between('A', 'Z');
  const uint64_t letter = upper | between('a', 'z');
  const uint64_t stop = ~(letter | between('0', '9')) & kHigh;
  const size_t k = stop == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(stop)) / 8;
  const uint64_t keep = k == 8 ? ~0ull : (1ull << (8 * k)) - 1;
  const uint64_t letters = letter & keep;
  if (letters == 0) return k;
  // Counts: one bit per byte, summed by a multiply into the top byte.
  const auto count = [&](uint64_t m) { return static_cast<uint16_t>(((m >> 7) * kOnes) >> 56); };
  if (cc->letters == 0) cc->first_upper = (upper >> (__builtin_ctzll(letters) & ~7)) & 0x80;
  const uint16_t n = count(letters), up = count(upper & keep);
  cc->letters += n;
  cc->upper += up;
  cc->lower += n - up;
  return k;
}

// data/nlp/abbreviations.tsv, loaded once and then read-only.
struct Lexicon {
  std::deque<std::string> owned;  // capitalised variants; a deque never moves its strings
  // Flat maps: asked about every period-ended word, and cold in the CPU's cache by then.
  FlatStringMap<AbbreviationRole> abbreviations;
  FlatStringMap<uint8_t> starters;  // sets: the value is 1
  FlatStringMap<uint8_t> s_clitics;
  FlatStringMap<uint8_t> months;  // the "month" rows: "Jun.", "Sept."
  size_t longest_abbreviation = 0;
};

const Lexicon& lexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon;
    for_each_data_row("nlp/abbreviations.tsv", [l](const TsvRow& row) {
      if (row.size() < 2 || row[0].empty()) return;
      std::string_view word = row[0], role = row[1];
      if (role == "starter") {
        l->starters.insert(word, 1);
        return;
      }
      if (role == "s_clitic") {
        l->s_clitics.insert(word, 1);
        return;
      }
      if (role == "month") l->months.insert(word, 1);
      AbbreviationRole r = role == "title"   ? AbbreviationRole::kTitle
                           : role == "inner" ? AbbreviationRole::kInner
                                             : AbbreviationRole::kFinal;
      l->abbreviations.insert(word, r);
      l->longest_abbreviation = std::max(l->longest_abbreviation, word.size() + 2);
      // A lower-case entry of two or more letters also matches capitalised at a sentence start
      // ("Etc.", "E.g."); one-letter entries do not, so "P." and "Д." stay initials.
      int letters = 0;
      bool all_lower = true;
      for (size_t i = 0; i < word.size();) {
        Cp c = decode_at(word, i);
        if (c.cls == Cls::kLetter) {
          ++letters;
          all_lower = all_lower && is_lower_cp(c.cp);
        }
        i += c.len;
      }
      if (letters >= 2 && all_lower) {
        Cp first = decode_at(word, 0);
        char32_t up = first.cp;
        if (up >= 'a' && up <= 'z')
          up -= 32;
        else if (up >= 0x430 && up <= 0x44F)
          up -= 32;
        else if (up >= 0x450 && up <= 0x45F)
          up -= 80;
        std::string& s = l->owned.emplace_back();
        append_utf8(up, &s);
        s.append(word.substr(first.len));
        l->abbreviations.insert(s, r);
      }
    });
    return l;
  }();
  return *lex;
}

// The one-pass scanner. pending_ collects the flags the next token gets from the whitespace
// before it; the quote state decides whether a straight quote opens or closes.
class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>* out)
      : text_(text), n_(text.size()), out_(out), lex_(lexicon()) {}

  void run() {
    size_t i = 0;
    while (i < n_) {
      Cp c = decode_at(text_, i);
      switch (c.cls) {
        case Cls::kSpace:
          pending_ |= kSpaceBefore;
          i += c.len;
          break;
        case Cls::kNewline:
          // "\r\n" is one line break: the "\r" is skipped as plain space.
          if (!(c.cp == '\r' && i + 1 < n_ && text_[i + 1] == '\n')) {
            if (pending_ & kLineStart) start_paragraph();
            pending_ |= kLineStart;
          }
          pending_ |= kSpaceBefore;
          i += c.len;
          break;
        case Cls::kParagraphSep:
          start_paragraph();
          pending_ |= kSpaceBefore | kLineStart;
          i += c.len;
          break;
        case Cls::kLetter:
        case Cls::kMark:
          i = scan_word(i);
          break;
        case Cls::kDigit:
          i = scan_number(i, i);
          break;
        case Cls::kApostrophe:
          i = scan_apostrophe(i, c);
          break;
        case Cls::kOpenQuote:
        case Cls::kCloseQuote:
        case Cls::kStraightQuote:
          i = scan_quote(i, c);
          break;
        case Cls::kHyphen:
          // "--" stands for a dash; a lone hyphen outside a word is punctuation too.
          i = emit_run(i, c.cp == '-' ? '-' : 0, TokenKind::kPunct);
          break;
        case Cls::kDash:
          i = emit_run_class(i, Cls::kDash, TokenKind::kPunct);
          break;
        case Cls::kPeriod:
          // "..." (any run of three or more periods) is one ellipsis token.
          if (i + 2 < n_ && text_[i + 1] == '.' && text_[i + 2] == '.') {
            i = emit_run(i, '.', TokenKind::kPunct);
          } else {
            emit(i, i + 1, TokenKind::kPunct, 0);
            ++i;
          }
          break;
        case Cls::kTerminal:
          i = emit_run_class(i, Cls::kTerminal, TokenKind::kPunct);
          break;
        case Cls::kSymbol: {
          size_t e = i + c.len;
          for (Cp m = decode_at(text_, e); m.cls == Cls::kMark; m = decode_at(text_, e)) e += m.len;
          emit(i, e, TokenKind::kSymbol, 0);
          i = e;
          break;
        }
        default:  // brackets, ellipsis, other punctuation
          emit(i, i + c.len, TokenKind::kPunct, 0);
          i += c.len;
          break;
      }
    }
  }

 private:
  void start_paragraph() {
    pending_ |= kParagraphStart;
    double_open_ = false;
    low_double_open_ = false;
    single_open_ = 0;
  }

  void emit(size_t start, size_t end, TokenKind kind, uint16_t flags) {
    out_->push_back(Token{static_cast<uint32_t>(start), static_cast<uint32_t>(end), kind,
                          static_cast<uint16_t>(flags | pending_)});
    pending_ = 0;
  }

  // A token of the repeated ASCII byte b (or of one code point when b is 0).
  size_t emit_run(size_t i, char b, TokenKind kind) {
    size_t e = i + 1;
    if (b != 0) {
      while (e < n_ && text_[e] == b) ++e;
    } else {
      e = i + decode_at(text_, i).len;
    }
    emit(i, e, kind, 0);
    return e;
  }

  size_t emit_run_class(size_t i, Cls k, TokenKind kind) {
    size_t e = i;
    for (Cp c = decode_at(text_, e); c.cls == k; c = decode_at(text_, e)) e += c.len;
    emit(i, e, kind, 0);
    return e;
  }

  // Continues a word from p: letters, digits, marks, a hyphen or apostrophe between letters.
  // Stops before a "'s" clitic, which becomes its own token.
  size_t extend_word(size_t p, CaseCount* cc, uint16_t* flags, int* chars) {
    while (true) {
      // ASCII letters and digits, most of any word, counted as decode_at and CaseCount::add
      // would count them: 8 bytes at a time while 8 remain, then byte by byte.
      while (p + 8 <= n_) {
        const size_t k = ascii_alnum_run(text_.data() + p, cc);
        *chars += static_cast<int>(k);
        p += k;
        if (k < 8) break;
      }
      while (p < n_) {
        unsigned char b = static_cast<unsigned char>(text_[p]);
        if (static_cast<unsigned>(b - 'a') < 26u || static_cast<unsigned>(b - 'A') < 26u) {
          cc->add_ascii_letter(b);
        } else if (static_cast<unsigned>(b - '0') >= 10u) {
          break;
        }
        ++*chars;
        ++p;
      }
      Cp c = decode_at(text_, p);
      if (is_word_part(c.cls)) {
        if (c.cls == Cls::kLetter) cc->add(c.cp);
        if (c.cls != Cls::kMark) ++*chars;
        p += c.len;
        continue;
      }
      if (c.cls == Cls::kHyphen) {
        if (!is_alnum(decode_at(text_, p + c.len).cls)) break;
        *flags |= kHasHyphen;
        p += c.len;
        continue;
      }
      if (c.cls == Cls::kApostrophe || c.cp == 0x2018) {  // "O‘zbek" writes ‘ inside words
        Cp d = decode_at(text_, p + c.len);
        if (d.cls != Cls::kLetter) break;
        if (c.cp != 0x2018 && (d.cp == 's' || d.cp == 'S') &&
            !is_word_part(decode_at(text_, p + c.len + 1).cls))
          break;
        p += c.len;
        continue;
      }
      break;
    }
    return p;
  }

  bool starts_with(size_t i, std::string_view s) const { return text_.substr(i, s.size()) == s; }

  size_t scan_url(size_t i) {
    size_t e = i;
    int open_parens = 0;
    while (e < n_) {
      unsigned char b = static_cast<unsigned char>(text_[e]);
      if (b < 0x80) {
        if (b <= ' ' || b == '"' || b == '<' || b == '>' || b == 0x7F) break;
        open_parens += (b == '(') - (b == ')');
        ++e;
        continue;
      }
      Cp c = decode_at(text_, e);
      if (is_space(c.cls) || c.cls == Cls::kOpenQuote || c.cls == Cls::kCloseQuote ||
          c.cls == Cls::kApostrophe || c.cls == Cls::kEllipsis || c.cls == Cls::kDash)
        break;
      e += c.len;
    }
    // Trailing sentence punctuation is not part of the address ("see www.x.org.").
    while (e > i + 4) {
      char b = text_[e - 1];
      if (b == ')' && open_parens < 0) {
        ++open_parens;
      } else if (b != '.' && b != ',' && b != ';' && b != ':' && b != '!' && b != '?' &&
                 b != '\'') {
        break;
      }
      --e;
    }
    emit(i, e, TokenKind::kWord, 0);
    return e;
  }

  size_t scan_word(size_t i) {
    if ((text_[i] == 'h' && (starts_with(i, "http://") || starts_with(i, "https://"))) ||
        (text_[i] == 'w' && starts_with(i, "www.") && i + 4 < n_ &&
         is_alnum(decode_at(text_, i + 4).cls)))
      return scan_url(i);
    CaseCount cc;
    uint16_t flags = 0;
    int chars = 0;
    size_t p = extend_word(i, &cc, &flags, &chars);
    p = take_period(i, p, cc, &flags, chars);
    emit(i, p, TokenKind::kWord, flags | cc.flags());
    return p;
  }

  // Decides whether the word [i, p) takes the period at p: an abbreviation, an acronym of
  // single letters ("U.S.", "e.g.") or an initial ("J."). Returns the new end.
  size_t take_period(size_t i, size_t p, CaseCount& cc, uint16_t* flags, int chars) {
    if (p >= n_ || text_[p] != '.' || (p + 1 < n_ && text_[p + 1] == '.')) return p;
    if (*flags & kHasHyphen) return p;
    // Acronyms: single letters, each followed by a period, at least two of them.
    if (chars == 1 && cc.letters == 1) {
      size_t q = p;
      int groups = 1;
      CaseCount more = cc;
      while (q + 1 < n_) {
        Cp l = decode_at(text_, q + 1);
        size_t after = q + 1 + l.len;
        if (l.cls != Cls::kLetter || after >= n_ || text_[after] != '.') break;
        if (after + 1 < n_ && text_[after + 1] == '.') break;  // "U.S..." keeps its ellipsis
        more.add(l.cp);
        q = after;
        ++groups;
      }
      if (groups >= 2) {
        cc = more;
        *flags |= kAbbreviation;
        return q + 1;
      }
    }
    if (p + 1 - i <= lex_.longest_abbreviation) {
      // Mixed forms like "Ph.D." first, then the plain "Mr.".
      size_t q = p;
      size_t best = 0;
      for (int g = 0; g < 3 && q + 1 < n_ && decode_at(text_, q + 1).cls == Cls::kLetter; ++g) {
        size_t r = q + 1;
        while (r < n_ && r - i < lex_.longest_abbreviation &&
               decode_at(text_, r).cls == Cls::kLetter)
          r += decode_at(text_, r).len;
        if (r >= n_ || text_[r] != '.' || r + 1 - i > lex_.longest_abbreviation) break;
        if (lex_.abbreviations.contains(text_.substr(i, r + 1 - i))) best = r + 1;
        q = r;
      }
      if (best == 0 && lex_.abbreviations.contains(text_.substr(i, p + 1 - i))) best = p + 1;
      // "on Jun. 5" takes the period; "the anchor Wang Jun. The case" does not: before a
      // capital or at the end a month's abbreviation leaves its period to the sentence
      // (a name that ends in "Jun" keeps no period, and "in Jan" is still read as a month).
      if (best == p + 1 && lex_.months.contains(text_.substr(i, p + 1 - i)) &&
          !month_period_goes_on(p + 1)) {
        best = 0;
      }
      if (best != 0) {
        for (size_t k = p; k < best;) {  // letters after the first period count for case
          Cp c = decode_at(text_, k);
          if (c.cls == Cls::kLetter) cc.add(c.cp);
          k += c.len;
        }
        *flags |= kAbbreviation;
        return best;
      }
    }
    if (chars == 1 && cc.letters == 1 && cc.first_upper) {
      *flags |= kInitial;
      return p + 1;
    }
    return p;
  }

  // Whether the text after a month's period at q goes on within the sentence: a digit, a
  // lower-case letter or a comma after the spaces.
  bool month_period_goes_on(size_t q) const {
    while (q < n_ && (text_[q] == ' ' || text_[q] == '\t')) ++q;
    if (q >= n_) return false;
    const char c = text_[q];
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == ',' || c == ')';
  }

  // Digits with decimal points, thousands separators, times and dates; then an optional
  // letter suffix ("1990s", "6th") or a hyphenated compound ("30-year-old", a kWord).
  size_t scan_number(size_t start, size_t i) {
    size_t p = i;
    while (true) {
      Cp c = decode_at(text_, p);
      if (c.cls == Cls::kDigit) {
        p += c.len;
        continue;
      }
      if ((c.cp == '.' || c.cp == ',' || c.cp == ':' || c.cp == '/') &&
          decode_at(text_, p + 1).cls == Cls::kDigit) {
        ++p;
        continue;
      }
      break;
    }
    CaseCount cc;
    uint16_t flags = 0;
    int chars = 0;
    Cp c = decode_at(text_, p);
    bool more = c.cls == Cls::kLetter || c.cls == Cls::kMark ||
                (c.cls == Cls::kHyphen && decode_at(text_, p + c.len).cls == Cls::kLetter);
    if (more) {
      if (c.cls == Cls::kHyphen) {
        flags |= kHasHyphen;
        p += c.len;
      }
      p = extend_word(p, &cc, &flags, &chars);
    }
    TokenKind kind = (flags & kHasHyphen) ? TokenKind::kWord : TokenKind::kNumber;
    emit(start, p, kind, flags | cc.flags());
    return p;
  }

  // True when the context left of i opens a quotation: start, space, bracket, dash, quote.
  bool left_opens(size_t i) const {
    if (out_->empty() || (pending_ & (kSpaceBefore | kLineStart))) return true;
    const Token& t = out_->back();
    if (t.end != i || t.kind != TokenKind::kPunct) return false;
    if (t.flags & kOpenQuote) return true;
    Cls k = decode_at(text_, t.start).cls;
    return k == Cls::kOpenBracket || k == Cls::kDash || k == Cls::kHyphen;
  }

  // True when the context right of e closes a quotation: end, space, punctuation.
  bool right_closes(size_t e) const {
    Cls k = decode_at(text_, e).cls;
    return is_space(k) || k == Cls::kPeriod || k == Cls::kTerminal || k == Cls::kPunct ||
           k == Cls::kCloseBracket || k == Cls::kCloseQuote || k == Cls::kEllipsis ||
           k == Cls::kDash;
  }

  size_t scan_quote(size_t i, Cp c) {
    size_t e = i + c.len;
    bool left = left_opens(i), right = right_closes(e);
    bool open;
    if (c.cls == Cls::kStraightQuote) {
      open = (left && !right) ? true : (!left && right) ? false : !double_open_;
    } else if (c.cls == Cls::kOpenQuote) {
      // German „…“ closes with “; a “ glued to a word and followed by space closes too.
      open = !((c.cp == 0x201C && low_double_open_) || (!left && right));
    } else {
      open = left && !right;  // ” or » that opens: Swedish style, or a typo
    }
    if (c.cp == '"' || c.cp == 0x201C || c.cp == 0x201D || c.cp == 0x201E || c.cp == 0x201F) {
      double_open_ = open;
      low_double_open_ = open && c.cp == 0x201E;
    }
    if (c.cp == 0x2018 || c.cp == 0x201A || c.cp == 0x201B) single_open_ += open ? 1 : -1;
    if (single_open_ < 0) single_open_ = 0;
    emit(i, e, TokenKind::kPunct, open ? kOpenQuote : kCloseQuote);
    return e;
  }

  // ' or ’ outside a word: the "'s" clitic, a plural possessive, a quote or an elided year.
  size_t scan_apostrophe(size_t i, Cp c) {
    size_t e = i + c.len;
    Cp d = decode_at(text_, e);
    bool after_word =
        !out_->empty() && out_->back().end == i && !(pending_ & kSpaceBefore) &&
        (out_->back().kind == TokenKind::kWord || out_->back().kind == TokenKind::kNumber);
    if (after_word) {
      const Token& host = out_->back();
      if ((d.cp == 's' || d.cp == 'S') && !is_word_part(decode_at(text_, e + 1).cls)) {
        uint16_t flags = d.cp == 's' ? kLowerCase : kCapitalized;
        if (!is_s_clitic(token_text(text_, host))) flags |= kPossessive;
        emit(i, e + 1, TokenKind::kWord, flags);
        return e + 1;
      }
      char last = text_[host.end - 1];
      if ((last == 's' || last == 'S') && single_open_ == 0 && d.cls != Cls::kLetter &&
          !(host.flags & kAbbreviation)) {
        emit(i, e, TokenKind::kPunct, kPossessive);  // "the journalists' union"
        return e;
      }
      if (single_open_ > 0) --single_open_;
      emit(i, e, TokenKind::kPunct, kCloseQuote);
      return e;
    }
    bool left = left_opens(i);
    if (left && d.cls == Cls::kDigit) {  // "'90s" is a year, not a quotation
      size_t q = e;
      while (decode_at(text_, q).cls == Cls::kDigit) ++q;
      if (q - e == 2) return scan_number(i, e);
    }
    if (left && !right_closes(e)) {
      ++single_open_;
      emit(i, e, TokenKind::kPunct, kOpenQuote);
    } else if (!left) {
      if (single_open_ > 0) --single_open_;
      emit(i, e, TokenKind::kPunct, kCloseQuote);
    } else {
      emit(i, e, TokenKind::kPunct, 0);
    }
    return e;
  }

  bool is_s_clitic(std::string_view host) const {
    char buf[16];
    if (host.size() > sizeof(buf)) return false;
    for (size_t k = 0; k < host.size(); ++k) {
      char b = host[k];
      buf[k] = (b >= 'A' && b <= 'Z') ? static_cast<char>(b + 32) : b;
    }
    return lex_.s_clitics.contains(std::string_view(buf, host.size()));
  }

  std::string_view text_;
  size_t n_;
  std::vector<Token>* out_;
  const Lexicon& lex_;
  uint16_t pending_ = kParagraphStart | kLineStart;
  bool double_open_ = false;
  bool low_double_open_ = false;
  int single_open_ = 0;
};

}  // namespace

void tokenize(std::string_view text, std::vector<Token>* out) {
  out->clear();
  out->reserve(text.size() / 5 + 8);
  Scanner(text, out).run();
}

std::string_view lower(std::string_view s, std::string* buf) {
  buf->clear();
  buf->reserve(s.size() + 4);
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      buf->push_back(static_cast<char>((b >= 'A' && b <= 'Z') ? b + 32 : b));
      ++i;
      continue;
    }
    Cp c = decode_slow(s, i);
    if (c.cp == 0xFFFD && c.len == 1) {
      buf->push_back(s[i]);  // keep ill-formed bytes as they are
    } else {
      append_utf8(to_lower_cp(c.cp), buf);
    }
    i += c.len;
  }
  return *buf;
}

AbbreviationRole abbreviation_role(std::string_view token_text) {
  const Lexicon& lex = lexicon();
  const AbbreviationRole* role = lex.abbreviations.find(token_text);
  return role == nullptr ? AbbreviationRole::kNone : *role;
}

bool is_sentence_starter(std::string_view lowered_word) {
  return lexicon().starters.contains(lowered_word);
}

}  // namespace casebook
