// Name folding for cross-document merges. Tables cover Latin-1 and Latin Extended-A, which
// is where the transliterated Central Asian, Turkish and European names casebook sees live.
#include "store/name_key.h"

#include <algorithm>

#include "core/utf8.h"

namespace casebook {
namespace {

// Latin-1 Supplement U+00C0..U+00FF to base letters; '_' marks symbols (× ÷).
constexpr std::string_view kLatin1 =
    "aaaaaaaceeeeiiiidnooooo_ouuuuyts"
    "aaaaaaaceeeeiiiidnooooo_ouuuuyty";
// Latin Extended-A U+0100..U+017F, one letter each (š, č, ž, ş are handled before this).
constexpr std::string_view kLatinExtA =
    "aaaaaacccccccc"
    "dddd"
    "eeeeeeeeee"
    "gggggggg"
    "hhhh"
    "iiiiiiiiii"
    "ii"
    "jj"
    "kkk"
    "llllllllll"
    "nnnnnnnnn"
    "oooooooo"
    "rrrrrr"
    "ssssssss"
    "tttttt"
    "uuuuuuuuuuuu"
    "ww"
    "yyy"
    "zzzzzz"
    "s";

// Appends the folded form of one code point; returns false when it separates words.
bool fold_code_point(char32_t c, std::string* out) {
  if (c < 0x80) {
    if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
    if (c >= 'a' && c <= 'z') {
      out->push_back(static_cast<char>(c));
      return true;
    }
    return false;
  }
  switch (c) {
    case 0x160:
    case 0x161:
    case 0x15E:
    case 0x15F:
      out->append("sh");
      return true;
    case 0x10C:
    case 0x10D:
      out->append("ch");
      return true;
    case 0x17D:
    case 0x17E:
      out->append("zh");
      return true;
    case 0xDF:
      out->append("ss");
      return true;
    case 0xC6:
    case 0xE6:
      out->append("ae");
      return true;
    case 0x152:
    case 0x153:
      out->append("oe");
      return true;
    default:
      break;
  }
  if (c >= 0xC0 && c <= 0xFF) {
    char b = kLatin1[c - 0xC0];
    if (b == '_') return false;
    out->push_back(b);
    return true;
  }
  if (c >= 0x100 && c <= 0x17F) {
    out->push_back(kLatinExtA[c - 0x100]);
    return true;
  }
  return false;
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2BC || c == 0x2BB || c == 0x60;
}

void replace_all(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::vector<std::string> fold_words(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  for (size_t i = 0; i < name.size();) {
    int len = 1;
    char32_t c = decode_utf8(name, i, &len);
    i += len > 0 ? len : 1;
    if (is_apostrophe(c)) continue;
    if (!fold_code_point(c, &cur) && !cur.empty()) {
      words.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) words.push_back(std::move(cur));
  return words;
}

std::string fold_transliteration(std::string_view word) {
  std::string w(word);
  // Endings first, while they are still recognisable: Saidow, Saidoff -> Saidov.
  if (ends_with(w, "ow") && w.size() > 4) w.replace(w.size() - 2, 2, "ov");
  if (ends_with(w, "off") && w.size() > 5) w.replace(w.size() - 3, 3, "ov");
  // Russian-style and English-style spellings of the same sound.
  replace_all(&w, "dzh", "j");
  replace_all(&w, "dj", "j");
  replace_all(&w, "kh", "h");
  replace_all(&w, "ph", "f");
  replace_all(&w, "ou", "u");
  replace_all(&w, "q", "k");
  replace_all(&w, "iye", "ie");
  replace_all(&w, "io", "yo");
  replace_all(&w, "iu", "yu");
  replace_all(&w, "ia", "ya");
  // Muhammadjon / Muhamadjon: doubled letters once.
  std::string out;
  out.reserve(w.size());
  for (char ch : w) {
    if (out.empty() || out.back() != ch) out.push_back(ch);
  }
  return out;
}

std::string person_key(std::string_view name) {
  std::vector<std::string> words = fold_words(name);
  if (words.size() < 2) return {};
  for (std::string& w : words) w = fold_transliteration(w);
  std::sort(words.begin(), words.end());
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return key;
}

std::string organization_key(std::string_view name) {
  std::vector<std::string> words = fold_words(name);
  // "the Committee to Protect Journalists" and "Committee to Protect Journalists" are one.
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  std::string key;
  for (const std::string& w : words) {
    if (!key.empty()) key.push_back(' ');
    key += w;
  }
  return key;
}

std::string acronym_key(std::string_view name) {
  std::string acronym;
  size_t words = 0;
  bool at_start = true;
  for (char ch : name) {
    bool letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    if (letter && at_start) {
      ++words;
      if (ch >= 'A' && ch <= 'Z') acronym.push_back(static_cast<char>(ch - 'A' + 'a'));
    }
    at_start = !letter && ch != '\'';
  }
  if (acronym.size() < 3) return {};
  (void)words;
  return acronym;
}

}  // namespace casebook
