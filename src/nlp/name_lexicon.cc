// Loads the name and actor lexicons from the embedded data/ files into flat hash maps, once,
// and answers lookups without allocating.
#include "nlp/name_lexicon.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"

namespace casebook {
namespace {

using Key = std::string_view;

// The data is compiled in and covered by tests, so a malformed row is a build defect: stop at
// start-up with the file and row rather than run with a half-loaded lexicon.
[[noreturn]] void data_error(std::string_view file, std::string_view what, const TsvRow& row) {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) line += " | ";
    line += row[i];
  }
  std::fprintf(stderr, "casebook: data/%.*s: %.*s in row: %s\n", static_cast<int>(file.size()),
               file.data(), static_cast<int>(what.size()), what.data(), line.c_str());
  std::abort();
}

std::string_view field(const TsvRow& row, size_t i) { return i < row.size() ? row[i] : Key(); }

void need_columns(std::string_view file, const TsvRow& row, size_t n) {
  if (row.size() < n || row[0].empty()) data_error(file, "too few columns", row);
}

char parse_sex(std::string_view file, const TsvRow& row, std::string_view s) {
  if (s == "m" || s == "f" || s == "u") return s[0];
  data_error(file, "sex must be m, f or u", row);
}

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

int count_letters(std::string_view s) {
  int n = 0;
  for (char c : s) n += !is_continuation(c);
  return n;
}

int count_words(std::string_view s) {
  return 1 + static_cast<int>(std::count(s.begin(), s.end(), ' '));
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

struct AffixEntry {
  NameAffix info;
  int min_stem = 2;
  bool camel = false;  // prefix only: the next letter must be upper case ("MacArthur")
};

// A byte trie over affixes, walked from the end of a word (suffixes, ASCII case folded so
// "RAHIMOV" in a headline matches "ov") or from its start (prefixes, case-sensitive). One walk
// finds every matching affix in a few steps, where probing a hash map per length took ten.
class AffixTrie {
 public:
  struct Hit {
    int entry;
    size_t len;  // bytes
  };
  static constexpr int kMaxHits = 16;

  AffixTrie() { root_.fill(-1); }

  // Returns false when the affix is already present (the first row wins).
  bool add(Key affix, int entry, bool from_end) {
    int node = -1;
    for (size_t i = 0; i < affix.size(); ++i) {
      unsigned char c =
          static_cast<unsigned char>(from_end ? affix[affix.size() - 1 - i] : affix[i]);
      int next = step(node, c);
      if (next < 0) {
        next = static_cast<int>(nodes_.size());
        nodes_.emplace_back();
        if (node < 0) {
          root_[c] = next;
        } else {
          nodes_[node].next.emplace_back(c, next);
        }
      }
      node = next;
    }
    if (node < 0 || nodes_[node].entry >= 0) return false;
    nodes_[node].entry = entry;
    return true;
  }

  // Fills hits with the affixes that match word, shortest first; returns how many.
  int walk(std::string_view word, bool from_end, Hit* hits) const {
    int n = 0, node = -1;
    for (size_t i = 0; i + 1 < word.size() && n < kMaxHits; ++i) {
      char c = from_end ? ascii_lower(word[word.size() - 1 - i]) : word[i];
      node = step(node, static_cast<unsigned char>(c));
      if (node < 0) break;
      if (nodes_[node].entry >= 0) hits[n++] = {nodes_[node].entry, i + 1};
    }
    return n;
  }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> next;
    int entry = -1;
  };

  int step(int node, unsigned char c) const {
    if (node < 0) return root_[c];
    for (const auto& [b, child] : nodes_[node].next) {
      if (b == c) return child;
    }
    return -1;
  }

  std::array<int, 256> root_;
  std::vector<Node> nodes_;
};

// Suffixes, prefixes and the whole words that only look affixed, for one affix file.
struct AffixTable {
  std::vector<AffixEntry> entries;  // filled at load, then never resized
  AffixTrie suffixes, prefixes;
  std::unordered_set<Key, StringViewHash> not_words;

  // The longest suffix whose stem is long enough decides among suffixes; a strong suffix
  // beats any prefix, a strong prefix beats a weak suffix. Catches "Rahimova" (-ova, f) and
  // "McCain" (Mc); must not catch "Kiev" (-ev needs a 3-letter stem) or "Moldova" (listed
  // as not a name).
  const NameAffix* match(std::string_view word) const {
    if (count_letters(word) < 4) return nullptr;
    AffixTrie::Hit hits[AffixTrie::kMaxHits];
    const NameAffix* found = nullptr;
    const NameAffix* weak = nullptr;
    for (int i = suffixes.walk(word, /*from_end=*/true, hits) - 1; i >= 0; --i) {
      const AffixEntry& e = entries[hits[i].entry];
      size_t stem = word.size() - hits[i].len;
      if (is_continuation(word[stem]) || count_letters(word.substr(0, stem)) < e.min_stem) {
        continue;
      }
      (e.info.weak ? weak : found) = &e.info;
      break;
    }
    for (int i = found ? -1 : prefixes.walk(word, /*from_end=*/false, hits) - 1; i >= 0; --i) {
      const AffixEntry& e = entries[hits[i].entry];
      size_t len = hits[i].len;
      if (is_continuation(word[len]) || count_letters(word.substr(len)) < e.min_stem) continue;
      if (e.camel && !ascii_upper(word[len])) continue;
      if (!e.info.weak) {
        found = &e.info;
      } else if (!weak) {
        weak = &e.info;
      }
      break;
    }
    if (!found) found = weak;
    return found && not_words.count(word) ? nullptr : found;
  }
};

const char* honorific_kind(std::string_view file, const TsvRow& row, std::string_view k) {
  static const char* const kKinds[] = {"courtesy", "title", "rank", "religious"};
  for (const char* kind : kKinds) {
    if (k == kind) return kind;
  }
  data_error(file, "kind must be courtesy, title, rank or religious", row);
}

bool one_of(std::string_view s, std::initializer_list<std::string_view> allowed) {
  return std::find(allowed.begin(), allowed.end(), s) != allowed.end();
}

}  // namespace

struct NameLexicon::Tables {
  std::deque<std::string> owned;  // lower-cased and apostrophe-variant keys; never moves
  // Flat maps (one probe into one array, no node to chase): several of these are asked about
  // every word of a document. Keys are views into the embedded data or into `owned`.
  // Given names, organisation heads, family names first and words never names live in `words`
  // (a table of their own each would double the memory start-up faults in); the given-name
  // rows themselves are kept here.
  std::deque<GivenName> given_rows;
  size_t given_count = 0;
  AffixTable surname, given_affix;
  FlatStringMap<NameAffix> particles;
  FlatStringMap<Honorific> honorifics;
  FlatStringMap<RoleNoun> roles;
  FlatStringMap<uint8_t> role_last_words;  // "seeker" of "asylum seeker"
  FlatStringMap<ActorPhrase> state, non_state;
  // The first word of every actor phrase, with the most words of a phrase it begins.
  FlatStringMap<int> actor_first_words;
  // Every actor phrase cut before each of its spaces, and whole ("the", "the security",
  // "the security services"), with the state and non-state phrases the key is (pointers into
  // `state` and `non_state`, complete before this is built).
  FlatStringMap<ActorKey> actor_prefixes;
  FlatStringMap<Key> groups;
  std::deque<IntlBody> bodies;
  FlatStringMap<const IntlBody*> body_keys;
  // Every case-sensitive word answer by key: given names, organisation heads, family names
  // written first and words that are never names as their files load, then the honorifics
  // and international bodies above once they are complete. The six lookups read it.
  FlatStringMap<NameWord> words;

  Key own(std::string s) { return owned.emplace_back(std::move(s)); }

  // Calls add(key) for key and, when it has an ASCII apostrophe, for its typographic twin,
  // since news text writes "women’s rights activist" as often as "women's".
  template <typename Add>
  void with_variants(Key key, Add add) {
    add(key);
    if (key.find('\'') == Key::npos) return;
    std::string curly;
    for (char c : key) {
      if (c == '\'') {
        curly += "\u2019";
      } else {
        curly += c;
      }
    }
    add(own(std::move(curly)));
  }

  Key lower_key(Key phrase) {
    if (std::none_of(phrase.begin(), phrase.end(), ascii_upper)) return phrase;
    std::string s(phrase);
    for (char& c : s) c = ascii_lower(c);
    return own(std::move(s));
  }

  void load_affixes(const char* file, AffixTable* table, bool allow_particles);
  void load_actors(const char* file, FlatStringMap<ActorPhrase>* out,
                   std::initializer_list<std::string_view> categories, bool has_country);
};

void NameLexicon::Tables::load_affixes(const char* file, AffixTable* table, bool allow_particles) {
  for_each_data_row(file, [&](const TsvRow& row) {
    need_columns(file, row, 2);
    Key affix = row[0], position = row[1];
    if (position == "not") {
      table->not_words.insert(affix);
      return;
    }
    need_columns(file, row, 4);
    NameAffix info{affix, row[3], parse_sex(file, row, row[2]), false};
    if (position == "particle" && allow_particles) {
      particles.insert(affix, info);
      return;
    }
    AffixEntry e;
    e.info = info;
    Key strength = field(row, 4);
    if (strength == "weak") {
      e.info.weak = true;
    } else if (strength == "camel" && position == "prefix") {
      e.camel = true;
    } else if (!strength.empty() && strength != "strong") {
      data_error(file, "strength must be strong, weak or camel (prefixes)", row);
    }
    Key min_stem = field(row, 5);
    if (!min_stem.empty()) {
      if (min_stem.size() != 1 || min_stem[0] < '0' || min_stem[0] > '9') {
        data_error(file, "min_stem must be one digit", row);
      }
      e.min_stem = min_stem[0] - '0';
    }
    if (position != "suffix" && position != "prefix") {
      data_error(file, "position must be suffix, prefix, particle or not", row);
    }
    int index = static_cast<int>(table->entries.size());
    AffixTrie& trie = position == "suffix" ? table->suffixes : table->prefixes;
    if (trie.add(affix, index, /*from_end=*/position == "suffix")) table->entries.push_back(e);
  });
}

void NameLexicon::Tables::load_actors(const char* file, FlatStringMap<ActorPhrase>* out,
                                      std::initializer_list<std::string_view> categories,
                                      bool has_country) {
  for_each_data_row(file, [&](const TsvRow& row) {
    need_columns(file, row, 3);
    if (!one_of(row[1], categories)) data_error(file, "unknown category", row);
    Key phrase = row[0];
    int upper = static_cast<int>(std::count_if(phrase.begin(), phrase.end(), ascii_upper));
    bool spaced = phrase.find(' ') != Key::npos;
    ActorPhrase a;
    a.category = row[1];
    a.head = row[2];
    a.country = has_country ? field(row, 3) : Key();
    a.canonical = has_country ? field(row, 4) : Key();
    a.acronym = !spaced && upper >= 2;
    a.proper = upper > 0 && !a.acronym;
    with_variants(lower_key(phrase), [&](Key k) { out->insert(k, a); });
  });
}

NameLexicon::NameLexicon() : t_(new Tables) {
  Tables& t = *t_;

  for_each_data_row("names/given_names.tsv", [&](const TsvRow& row) {
    need_columns("names/given_names.tsv", row, 3);
    GivenName g{parse_sex("names/given_names.tsv", row, row[1]), field(row, 3) == "common_word"};
    NameWord& w = t.words.find_or_insert(row[0]);
    if (w.given == nullptr) {  // the first row of a name wins
      w.given = &t.given_rows.emplace_back(g);
      ++t.given_count;
    }
  });

  t.load_affixes("names/surname_affixes.tsv", &t.surname, /*allow_particles=*/true);
  t.load_affixes("names/given_name_affixes.tsv", &t.given_affix, /*allow_particles=*/false);

  for_each_data_row("names/honorifics.tsv", [&](const TsvRow& row) {
    const char* file = "names/honorifics.tsv";
    need_columns(file, row, 3);
    Honorific h{honorific_kind(file, row, row[2]), parse_sex(file, row, row[1]),
                field(row, 3) == "ambiguous"};
    t.with_variants(row[0], [&](Key k) { t.honorifics.insert(k, h); });
    max_honorific_words_ = std::max(max_honorific_words_, count_words(row[0]));
  });

  for_each_data_row("actors/role_nouns.tsv", [&](const TsvRow& row) {
    need_columns("actors/role_nouns.tsv", row, 4);
    RoleNoun singular{row[2], false, row[3]}, plural{row[2], true, row[3]};
    t.with_variants(t.lower_key(row[0]), [&](Key k) { t.roles.insert(k, singular); });
    t.with_variants(t.lower_key(row[1]), [&](Key k) { t.roles.insert(k, plural); });
  });

  t.load_actors("actors/state_actors.tsv", &t.state, {"state_security", "state_other"}, true);
  t.load_actors("actors/non_state_actors.tsv", &t.non_state, {"non_state", "unknown"}, false);
  std::unordered_map<Key, int, StringViewHash> first_words;
  for (const auto* table : {&t.state, &t.non_state}) {
    table->for_each([&](Key key, const ActorPhrase&) {
      int& words = first_words[key.substr(0, key.find(' '))];
      words = std::max(words, count_words(key));
      for (size_t cut = key.find(' '); cut != Key::npos; cut = key.find(' ', cut + 1)) {
        t.actor_prefixes.find_or_insert(key.substr(0, cut));
      }
      t.actor_prefixes.find_or_insert(key);
    });
  }
  // Each key's own phrases, set once every key is in (find_or_insert's references hold only
  // until the next insert).
  t.actor_prefixes.for_each([&](Key key, const ActorKey&) {
    ActorKey& k = t.actor_prefixes.find_or_insert(key);
    k.state = t.state.find(key);
    k.non_state = t.non_state.find(key);
  });
  for (const auto& [word, words] : first_words) t.actor_first_words.insert(word, words);

  for_each_data_row("actors/group_nouns.tsv", [&](const TsvRow& row) {
    need_columns("actors/group_nouns.tsv", row, 1);
    Key label = field(row, 1).empty() ? Key("group") : row[1];
    t.with_variants(t.lower_key(row[0]), [&](Key k) { t.groups.insert(k, label); });
  });

  for_each_data_row("names/surnames_first.tsv", [&](const TsvRow& row) {
    need_columns("names/surnames_first.tsv", row, 1);
    t.words.find_or_insert(row[0]).surname_first = true;
  });

  for_each_data_row("names/org_heads.tsv", [&](const TsvRow& row) {
    need_columns("names/org_heads.tsv", row, 1);
    t.words.find_or_insert(row[0]).org_head = true;
  });

  for_each_data_row("names/international_bodies.tsv", [&](const TsvRow& row) {
    const char* file = "names/international_bodies.tsv";
    need_columns(file, row, 4);
    if (!one_of(row[2], {"intergovernmental", "ngo", "media", "court"})) {
      data_error(file, "kind must be intergovernmental, ngo, media or court", row);
    }
    if (!one_of(row[3], {"international", "non_state"})) {
      data_error(file, "category must be international or non_state", row);
    }
    Key names = row[0], acronyms = row[1];
    IntlBody& body = t.bodies.emplace_back();
    body.name = names.substr(0, names.find('|'));
    body.acronym = acronyms.substr(0, acronyms.find('|'));
    body.kind = row[2];
    body.category = row[3];
    for (Key list : {names, acronyms}) {
      while (!list.empty()) {
        size_t bar = list.find('|');
        Key one = list.substr(0, bar);
        list = bar == Key::npos ? Key() : list.substr(bar + 1);
        if (one.empty()) continue;
        t.with_variants(one, [&](Key k) { t.body_keys.insert(k, &body); });
        max_intl_body_words_ = std::max(max_intl_body_words_, count_words(one));
      }
    }
  });

  for_each_data_row("names/not_names.tsv", [&](const TsvRow& row) {
    need_columns("names/not_names.tsv", row, 1);
    t.words.find_or_insert(row[0]).not_name = true;
  });

  auto longest = [this](Key k) { max_phrase_words_ = std::max(max_phrase_words_, count_words(k)); };
  t.roles.for_each([&](Key k, const RoleNoun&) {
    longest(k);
    size_t space = k.rfind(' ');
    t.role_last_words.insert(space == Key::npos ? k : k.substr(space + 1), 1);
  });
  t.state.for_each([&](Key k, const ActorPhrase&) { longest(k); });
  t.non_state.for_each([&](Key k, const ActorPhrase&) { longest(k); });
  t.groups.for_each([&](Key k, const Key&) { longest(k); });

  // Honorifics and international bodies from their finished tables, whose values no longer
  // move.
  t.honorifics.for_each(
      [&](Key k, const Honorific& h) { t.words.find_or_insert(k).honorific = &h; });
  t.body_keys.for_each(
      [&](Key k, const IntlBody* const& b) { t.words.find_or_insert(k).intl_body = b; });
}

NameLexicon::~NameLexicon() { delete t_; }

const NameLexicon& NameLexicon::instance() {
  // Never destroyed: other static objects may still look names up during exit.
  static const NameLexicon* const lexicon = new NameLexicon();
  return *lexicon;
}

const GivenName* NameLexicon::given_name(std::string_view word) const {
  const NameWord* w = t_->words.find(word);
  return w == nullptr ? nullptr : w->given;
}

const NameAffix* NameLexicon::given_name_affix_match(std::string_view word) const {
  return t_->given_affix.match(word);
}

char NameLexicon::given_name_affix(std::string_view word) const {
  const NameAffix* a = t_->given_affix.match(word);
  return a && !a->weak ? a->sex : 0;
}

const NameAffix* NameLexicon::surname_affix_match(std::string_view word) const {
  return t_->surname.match(word);
}

char NameLexicon::surname_affix(std::string_view word) const {
  const NameAffix* a = t_->surname.match(word);
  return a && !a->weak ? a->sex : 0;
}

const NameAffix* NameLexicon::name_particle(std::string_view lower_word) const {
  const NameAffix* p = t_->particles.find(lower_word);
  if (p == nullptr && lower_word.size() > 1 && lower_word.back() == '-') {
    p = t_->particles.find(lower_word.substr(0, lower_word.size() - 1));
  }
  return p;
}

bool NameLexicon::is_name_particle(std::string_view lower_word) const {
  return name_particle(lower_word) != nullptr;
}

const Honorific* NameLexicon::honorific_info(std::string_view word) const {
  return t_->honorifics.find(word);
}

const char* NameLexicon::honorific(std::string_view word, char* sex) const {
  const Honorific* h = honorific_info(word);
  if (!h) return nullptr;
  if (sex) *sex = h->sex;
  return h->kind;
}

bool NameLexicon::ends_role_phrase(std::string_view lower_word) const {
  return t_->role_last_words.contains(lower_word);
}

const RoleNoun* NameLexicon::role_noun(std::string_view lower_phrase) const {
  return t_->roles.find(lower_phrase);
}

bool NameLexicon::starts_actor_phrase(std::string_view lower_word) const {
  return t_->actor_first_words.contains(lower_word);
}

int NameLexicon::actor_phrase_words(std::string_view lower_word) const {
  const int* words = t_->actor_first_words.find(lower_word);
  return words == nullptr ? 0 : *words;
}

bool NameLexicon::begins_actor_phrase(std::string_view lower_words) const {
  return t_->actor_prefixes.contains(lower_words);
}

const ActorKey* NameLexicon::actor_key(std::string_view lower_words) const {
  return t_->actor_prefixes.find(lower_words);
}

const ActorPhrase* NameLexicon::state_actor(std::string_view lower_phrase) const {
  return t_->state.find(lower_phrase);
}

const ActorPhrase* NameLexicon::non_state_actor(std::string_view lower_phrase) const {
  return t_->non_state.find(lower_phrase);
}

std::string_view NameLexicon::group_noun(std::string_view lower_word) const {
  const Key* label = t_->groups.find(lower_word);
  return label == nullptr ? std::string_view() : *label;
}

bool NameLexicon::is_org_head(std::string_view word) const {
  const NameWord* w = t_->words.find(word);
  return w != nullptr && w->org_head;
}

bool NameLexicon::is_surname_first(std::string_view word) const {
  const NameWord* w = t_->words.find(word);
  return w != nullptr && w->surname_first;
}

const IntlBody* NameLexicon::intl_body(std::string_view name_or_acronym) const {
  const IntlBody* const* body = t_->body_keys.find(name_or_acronym);
  return body == nullptr ? nullptr : *body;
}

bool NameLexicon::is_not_name(std::string_view word) const {
  const NameWord* w = t_->words.find(word);
  return w != nullptr && w->not_name;
}

const NameWord* NameLexicon::name_word(std::string_view word) const { return t_->words.find(word); }

void NameLexicon::for_each_lower_word(
    const std::function<void(std::string_view, uint8_t)>& f) const {
  t_->actor_first_words.for_each([&](Key k, const int&) { f(k, kActorFirstWord); });
  t_->groups.for_each([&](Key k, const Key&) {
    f(k, kGroupNounWord);
    // "trade unionists", "prisoners of conscience": a phrase is found from its first word (not
    // an article: "the family" is the kinship noun's, and "the" would send every page's
    // commonest word to the phrase lookup).
    if (const size_t space = k.find(' '); space != Key::npos) {
      const Key first = k.substr(0, space);
      if (first != "the" && first != "a" && first != "an") f(first, kGroupNounWord);
    }
  });
  t_->role_last_words.for_each([&](Key k, const uint8_t&) { f(k, kRoleLastWord); });
}

size_t NameLexicon::given_name_count() const { return t_->given_count; }
size_t NameLexicon::intl_body_count() const { return t_->bodies.size(); }

}  // namespace casebook
