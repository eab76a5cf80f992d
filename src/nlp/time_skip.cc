// The stretches the time-expression scanner may jump over (time_skip.h), read from the
// tokenizer's tokens with one time-lexicon lookup per distinct word of a page.
#include "nlp/time_skip.h"

#include <array>

#include "nlp/time_lexicon.h"

namespace casebook {
namespace {

// What a token is to the time scanner. kBarrier: it may be or hold a core token, or the
// scanner may read it differently from the tokenizer (digits, other scripts, glued letters).
enum class Stretch : uint8_t { kUnknown, kBarrier, kPlain, kInert };

// Each byte's class, as the scanner reads it around and inside an ASCII token.
enum ByteClass : uint8_t {
  kSpaceByte = 1,   // ASCII white space the scanner skips
  kLetterByte = 2,  // 'A'..'Z', 'a'..'z'
  kGlueByte = 4,    // a digit, or a byte of another script: may join what is next to it
  kBadByte = 8,     // a control byte: not in a plain token
  kPunctByte = 16,  // other ASCII: punctuation and symbols, each a token of the scanner's
};
constexpr std::array<uint8_t, 256> kByteClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      t[c] = kSpaceByte;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      t[c] = kLetterByte;
    } else if ((c >= '0' && c <= '9') || c >= 0x80) {
      t[c] = kGlueByte;
    } else if (c < ' ' || c == 0x7f) {
      t[c] = kBadByte;
    } else {
      t[c] = kPunctByte;
    }
  }
  return t;
}();
bool is_letter(uint8_t c) { return kByteClass[c] == kLetterByte; }

// A whole run of ASCII letters, lower-cased. A compound head ("twenty" of "twenty-first")
// counts as a barrier wherever it stands: the scanner may read it with the word after.
Stretch run_class(const TimeLexicon& lexicon, std::string_view lower) {
  if (!lexicon.may_hold(lower[0], lower.size())) return Stretch::kInert;
  const TimeWord* w = lexicon.find(lower);
  if (w == nullptr) return Stretch::kInert;
  return w->core || w->compound_head ? Stretch::kBarrier : Stretch::kPlain;
}

constexpr uint8_t kKnown = 0x80, kFirstLetter = 0x40, kLastLetter = 0x20, kClass = 0x0f;
// What a byte just before (kBefore) or after (kAfter) a token does to it, as bits matched
// against a word's kKnown | kFirstLetter | kLastLetter: a digit or another script's byte
// always glues on (kKnown, set for every word), a letter glues to a letter.
constexpr uint8_t kAfterDash = 0x10;
constexpr std::array<uint8_t, 256> neighbour_table(uint8_t letter_bit, bool before) {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (kByteClass[c] == kGlueByte) t[c] = kKnown;
    if (kByteClass[c] == kLetterByte) t[c] = letter_bit;
    if (before && c == '-') t[c] = kAfterDash;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kBefore = neighbour_table(kFirstLetter, true);
constexpr std::array<uint8_t, 256> kAfter = neighbour_table(kLastLetter, false);

}  // namespace

// A word out of context (lower-cased, ASCII): its class, and whether it starts and ends with
// a letter. Each run of letters is looked up; punctuation is a token of its own to the scanner.
uint8_t time_word_class(std::string_view low) {
  if (low.empty()) return kKnown | static_cast<uint8_t>(Stretch::kBarrier);
  uint8_t seen = 0;
  for (const char ch : low) seen |= kByteClass[static_cast<uint8_t>(ch)];
  if (seen & (kSpaceByte | kGlueByte | kBadByte)) {
    return kKnown | static_cast<uint8_t>(Stretch::kBarrier);
  }
  const TimeLexicon& lexicon = TimeLexicon::get();
  const uint8_t flags = (is_letter(static_cast<uint8_t>(low.front())) ? kFirstLetter : 0) |
                        (is_letter(static_cast<uint8_t>(low.back())) ? kLastLetter : 0);
  if (seen == kLetterByte) return kKnown | flags | static_cast<uint8_t>(run_class(lexicon, low));
  for (size_t a = 0; a < low.size();) {  // "don't", "'s", "--"
    if (!is_letter(static_cast<uint8_t>(low[a]))) {
      ++a;
      continue;
    }
    size_t b = a;
    while (b < low.size() && is_letter(static_cast<uint8_t>(low[b]))) ++b;
    if (run_class(lexicon, low.substr(a, b - a)) == Stretch::kBarrier) {
      return kKnown | static_cast<uint8_t>(Stretch::kBarrier);
    }
    a = b;
  }
  return kKnown | flags | static_cast<uint8_t>(Stretch::kPlain);
}

void find_time_skips(std::string_view text, const std::vector<Token>& tokens,
                     const std::vector<std::string_view>& lower, const char* lower_base,
                     const std::vector<uint32_t>& lower_id, std::vector<uint8_t>* word_classes,
                     std::vector<TimeSkip>* out) {
  out->clear();
  if (text.size() >= UINT32_MAX) return;
  uint8_t* known_of = word_classes->data();
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const size_t size = text.size();
  const Token* toks = tokens.data();
  const std::string_view* lows = lower.data();
  const uint32_t* ids = lower_id.data();
  const size_t n = tokens.size();

  uint32_t from = 0;     // the stretch's start: the end of the barrier before it
  size_t first = 0;      // the stretch's first token
  uint32_t restart = 0;  // where the scanner goes on (0: no jump yet in this stretch)
  uint32_t prev_end = 0;
  Stretch prev = Stretch::kBarrier;
  for (size_t i = 0; i < n; ++i) {
    const uint32_t s = toks[i].start, e = toks[i].end;
    Stretch c = Stretch::kBarrier;
    bool plain = e > s && (s == prev_end || (s == prev_end + 1 && bytes[prev_end] == ' '));
    if (!plain && e > s && s > prev_end) {
      plain = true;
      for (uint32_t k = prev_end; plain && k < s; ++k) plain = kByteClass[bytes[k]] == kSpaceByte;
    }
    // Only a token of ASCII bytes has its lower form at its own offsets from lower_base (the
    // annotator's lowered copy of the text); any other may read differently to the scanner.
    if (plain && lows[i].data() == lower_base + s) {
      uint8_t& known = known_of[ids[i]];
      if (known == 0) known = time_word_class(lows[i]);
      c = static_cast<Stretch>(known & kClass);
      // A digit next to the token may read it as part of a number ("2,000", "1990's", "6th");
      // a letter next to a letter, or another script, as part of a longer word; after a dash,
      // a word may be the tail of an entry ("twenty-one").
      const uint8_t next_to =
          kBefore[s > 0 ? bytes[s - 1] : ' '] | kAfter[e < size ? bytes[e] : ' '];
      if (next_to & known & (kKnown | kFirstLetter | kLastLetter)) {
        c = Stretch::kBarrier;
      } else if ((next_to & kAfterDash) && c == Stretch::kInert) {
        c = Stretch::kPlain;
      }
    }
    if (c == Stretch::kBarrier) {
      if (restart > from) out->push_back({from, restart});
      from = e;
      first = i + 1;
      restart = 0;
    } else if (c == Stretch::kInert && prev == Stretch::kInert && i >= first + 2) {
      restart = toks[i - 2].end;  // a token end of the scanner's too: the stretch's tokens
                                  // are read alike by both
    }
    prev = c;
    prev_end = e;
  }
  if (restart > from) out->push_back({from, restart});
}

}  // namespace casebook
