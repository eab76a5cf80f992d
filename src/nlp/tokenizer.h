// Tokenizer: one pass over UTF-8 text into word, number, punctuation and symbol tokens, each a
// [start, end) byte span into the text with orthographic flags. Also the shared lower-casing.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

enum TokenFlag : uint16_t {
  kCapitalized = 1,      // first letter upper-case (Unicode-aware for Latin/Cyrillic/Greek)
  kAllCaps = 2,          // all letters upper-case, at least 2 letters ("NATO", "OSCE")
  kHasHyphen = 4,        // "daughters-in-law", "Kowalska-Nowak", "X-based"
  kAbbreviation = 8,     // "Mr.", "U.S.", "Sept.", "No." — the period is part of the token
  kInitial = 16,         // "J." single capital letter plus period
  kParagraphStart = 32,  // first token after a blank line (or of the text)
  kLineStart = 64,       // first token after a newline
  kSpaceBefore = 128,    // whitespace precedes the token
  kOpenQuote = 256,      // “ or " or ' opening a quotation
  kCloseQuote = 512,     // ” or " or ' closing a quotation
  kPossessive = 1024,    // the "'s" / "’s" / "'" possessive clitic, split off as its own token
  kLowerCase = 2048,     // all letters lower-case
};

struct Token {
  uint32_t start = 0, end = 0;  // byte span into the text
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
};

// Splits text (UTF-8; ill-formed bytes become symbol tokens) into tokens in one pass,
// replacing the contents of *out. Texts must be under 4 GiB (spans are 32-bit).
//
// Decisions worth knowing:
// - Contractions stay one token ("don't", "they're", "O'Brien", "O‘zbek"); only the "'s"/"’s"
//   clitic is split off, flagged kPossessive unless its host is "it", "let", "that"... (the
//   s_clitic rows of data/nlp/abbreviations.tsv). A bare "'"/"’" after a word ending in "s"
//   ("the journalists' union") is the possessive too, unless a single quotation is open.
// - Numbers keep ".", ",", ":" and "/" between digits ("3.5", "5,020", "1,5", "10:30",
//   "12/05/2020"), so "1,2,3" is one token too; letters after digits stay in the token
//   ("1990s", "6th", kNumber). A hyphen before a letter joins ("30-year-old", kWord).
//   "2015–2016" and "2015-2016" are three tokens.
// - Words keep internal hyphens ("daughters-in-law", kHasHyphen); "--", "–", "—" are kPunct.
// - A word before "." takes the period when it is a listed abbreviation ("Mr.", "etc.", lower-
//   case entries of 2+ letters also capitalised, "Etc."), a single upper-case letter ("J.",
//   kInitial) or a run of single letters with periods ("U.S.", "e.g.", "т.е.", kAbbreviation).
// - "..." and "…" are one kPunct token each; "?!" and "!!" runs are one token.
// - URLs starting "http://", "https://" or "www." are one kWord token.
// Allocates only when out grows. Thread-safe (the abbreviation table is immutable after load).
void tokenize(std::string_view text, std::vector<Token>* out);

// Lower-cases a token's text into buf (ASCII fast path; Latin-1 supplement, Latin Extended-A
// and -B, Latin Extended Additional, Greek, Cyrillic and Armenian handled) and returns a view
// of it. For lexicon lookups. Allocates only when buf is too small.
std::string_view lower(std::string_view token_text, std::string* buf);

// The text of a token.
inline std::string_view token_text(std::string_view text, const Token& token) {
  return text.substr(token.start, token.end - token.start);
}

// Roles of the rows of data/nlp/abbreviations.tsv; shared with the sentence splitter.
enum class AbbreviationRole : uint8_t { kNone, kTitle, kInner, kFinal };

// The role of an abbreviation token with its period ("Dr." -> kTitle); kNone when unlisted.
AbbreviationRole abbreviation_role(std::string_view token_text);

// True when a lower-cased word is a listed sentence starter ("the", "he", "however").
bool is_sentence_starter(std::string_view lowered_word);

}  // namespace casebook
