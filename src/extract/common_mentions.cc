// State actors, non-state actors, groups, pronouns and relatives (see common_mentions.h).
#include "extract/common_mentions.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"
#include "nlp/lemmatizer.h"
#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

struct KinshipTable {
  // Flat: asked about every free word of a page, where a node-based map missed the cache twice.
  FlatStringMap<KinshipNoun> by_word;
  int max_words = 1;
  KinshipTable() {
    std::unordered_map<std::string_view, KinshipNoun, StringViewHash> rows;  // a later row wins
    for_each_data_row("relations/kinship.tsv", [&](const TsvRow& r) {
      if (r.size() < 3) return;
      KinshipNoun k;
      k.kind = r[2];
      k.sex = r.size() > 3 && !r[3].empty() ? r[3][0] : 0;
      k.child = r.size() > 4 && r[4] == "child";
      k.plural = r.size() > 5 && r[5] == "collective";  // "his family": several people
      rows[r[0]] = k;
      k.plural = true;
      rows[r[1]] = k;
      for (std::string_view w : {r[0], r[1]}) {
        int words = 1;
        for (char c : w) words += c == ' ';
        max_words = std::max(max_words, words);
      }
    });
    by_word = flat_copy(rows);
  }
  static const KinshipTable& instance() {
    static const KinshipTable t;
    return t;
  }
};

struct PronounInfo {
  char sex;
  bool plural;
  bool first_person;
  bool possessive;
};

const FlatStringMap<PronounInfo>& pronouns() {
  static const std::unordered_map<std::string_view, PronounInfo, StringViewHash> kRows = {
      {"he", {'m', false, false, false}},
      {"him", {'m', false, false, false}},
      {"his", {'m', false, false, true}},
      {"himself", {'m', false, false, false}},
      {"she", {'f', false, false, false}},
      {"her", {'f', false, false, true}},
      {"herself", {'f', false, false, false}},
      {"they", {0, true, false, false}},
      {"them", {0, true, false, false}},
      {"their", {0, true, false, true}},
      {"i", {0, false, true, false}},
      {"me", {0, false, true, false}},
      {"my", {0, false, true, true}},
      {"myself", {0, false, true, false}},
      {"we", {0, true, true, false}},
      {"us", {0, true, true, false}},
      {"our", {0, true, true, true}},
      // "Ana Lima, whose son was detained": the relative clause's head owns the son.
      {"whose", {0, false, false, true}},
  };
  static const FlatStringMap<PronounInfo> kPronouns = flat_copy(kRows);  // one probe, in place
  return kPronouns;
}

const PronounInfo* pronoun(std::string_view w) { return pronouns().find(w); }

// "a 22-year-old man", "an elderly woman": nouns that stand for one person and say nothing of
// a role (data/names/person_nouns.tsv, rows marked "plain").
const FlatStringMap<uint8_t>& plain_person_nouns() {
  static const FlatStringMap<uint8_t> kNouns = [] {  // a set: the value is 1
    FlatStringMap<uint8_t> n;
    for_each_data_row("names/person_nouns.tsv", [&](const TsvRow& r) {
      if (r.size() > 1 && r[1] == "plain") n.insert(r[0], 1);
    });
    return n;
  }();
  return kNouns;
}

const RoleNoun kPlainPerson{};

// What a word may be to the reader, as bits: common_word_note() by word, and by word id in
// the reader. The reader asks the lexicons for a word's answer only when its bit is set.
enum : uint8_t {
  kKinWord = 1,      // a kinship noun: kin_at
  kActorWord = 2,    // the first word of an actor phrase: try_actor
  kGroupWord = 4,    // a group noun: group_at
  kPronounWord = 8,  // pronoun_at
  kTheWord = 16,     // "the three were", "both were": try_number_anaphor
  kEndsRole = 32,    // ends a role phrase ("journalist", "seeker"): try_descriptor
  kPlainNoun = 64,   // a plain person noun ("man"): try_descriptor
  kAskedWord = 128,  // never 0, so that 0 means not yet asked
  kStartsFirst = kKinWord | kActorWord | kGroupWord | kPronounWord | kTheWord,
};

class CommonReader {
 public:
  explicit CommonReader(DocumentContext* ctx)
      : ctx_(*ctx), at_(ctx->at), lex_(NameLexicon::instance()), gaz_(Gazetteer::instance()) {}

  void read_all() {
    const size_t n = at_.tokens.size();
    const size_t words = at_.words.size();
    // Each word's bits as the annotator kept them (0 where it did not: asked below).
    word_bits_.assign(words, 0);
    std::copy_n(at_.word_notes.begin(), std::min(words, at_.word_notes.size()), word_bits_.begin());
    kin_known_.assign(words, 0);
    kin_.assign(words, nullptr);
    group_known_.assign(words, 0);
    group_role_.assign(words, {});
    actor_words_.assign(words, kNotAsked);
    actor_word_key_.assign(words, nullptr);
    pronoun_known_.assign(words, 0);
    pronoun_.assign(words, nullptr);
    // Which tokens may end a descriptor, as bits, two zeros past the end: most tokens start
    // none, and try_descriptor refuses them on three loads.
    descriptor_end_.assign(n + 2, 0);
    // (This also asks every word of the page for its bits, so the passes below only read them.)
    fill_descriptor_ends(n);
    // Two passes: relatives look both ways for their anchor ("the brother of an exiled
    // blogger"), so descriptors and pronouns must exist first; groups come last, since
    // "relatives of X" is a relative before it is a group.
    // Most words start nothing below: refused on their word's bits and the descriptor test.
    for (uint32_t i = next_token(0, n, kStartsFirst, true); i < n;
         i = next_token(i + 1, n, kStartsFirst, true)) {
      if (kin_at(i) != nullptr) continue;
      if (try_actor(i)) continue;
      // A group noun may open a role phrase ("a community leader", "a youth activist").
      if (try_descriptor(i) || !group_at(i).empty()) continue;
      if (try_number_anaphor(i)) continue;
      try_pronoun(i);
    }
    for (uint32_t i = next_token(0, n, kKinWord | kGroupWord, false); i < n;
         i = next_token(i + 1, n, kKinWord | kGroupWord, false)) {
      if (try_relative(i)) continue;
      try_group(i);
    }
  }

 private:
  std::string_view tok(size_t i) const { return at_.token_text(i); }
  std::string_view low(size_t i) const { return at_.lower[i]; }
  bool free(size_t i) const { return ctx_.token_mention[i] < 0; }

  // The kinship word and group noun a token is (if any): both passes ask, and a page repeats
  // its words, so each answer is kept by word id (at_.lower_id) for the document.
  const KinshipNoun* kin_at(uint32_t t) {
    if ((word_bits(t) & kKinWord) == 0) return nullptr;
    const uint32_t w = at_.lower_id[t];
    if (!kin_known_[w]) {
      kin_[w] = kinship_noun(low(t));
      kin_known_[w] = 1;
    }
    return kin_[w];
  }
  std::string_view group_at(uint32_t t) {
    if ((word_bits(t) & kGroupWord) == 0) return {};
    const uint32_t w = at_.lower_id[t];
    if (!group_known_[w]) {
      group_role_[w] = lex_.group_noun(low(t));
      group_known_[w] = 1;
    }
    return group_role_[w];
  }
  const PronounInfo* pronoun_at(uint32_t t) {
    if ((word_bits(t) & kPronounWord) == 0) return nullptr;
    const uint32_t w = at_.lower_id[t];
    if (!pronoun_known_[w]) {
      pronoun_[w] = pronoun(low(t));
      pronoun_known_[w] = 1;
    }
    return pronoun_[w];
  }
  // Which tries may succeed for token t's word, as bits (kKinWord...): kept by the annotator
  // across pages in the word's lemma-cache slot, else asked once per word of the page. A word
  // that is no kinship noun, starts no actor phrase, is no group noun, no pronoun and not "the"
  // starts nothing in the first pass but perhaps a descriptor.
  uint8_t word_bits(uint32_t t) {
    uint8_t& bits = word_bits_[at_.lower_id[t]];
    if (bits == 0) bits = common_word_note(low(t));
    return bits;
  }
  // descriptor_end_[t] = word_bits(t) & (kEndsRole | kPlainNoun) for every token, asking each
  // word of the page its bits once. (The arrays are read through locals: a byte stored through
  // a member vector's reference would make the compiler load every vector's data again.)
  void fill_descriptor_ends(size_t n) {
    uint8_t* bits = word_bits_.data();
    uint8_t* ends = descriptor_end_.data();
    const uint32_t* ids = at_.lower_id.data();
    for (size_t t = 0; t < n; ++t) {
      uint8_t b = bits[ids[t]];
      if (b == 0) {
        b = common_word_note(at_.lower[t]);
        bits[ids[t]] = b;
      }
      ends[t] = b & (kEndsRole | kPlainNoun);
    }
  }
  // The first token from i on (n when none) that may start something in a pass of read_all: a
  // word no mention holds whose word has one of `wanted` bits, or, when `descriptors`, where
  // may_start_descriptor says a descriptor may start. Every word's bits are known by then
  // (fill_descriptor_ends), and the loop reads them in place: most tokens are passed over here.
  uint32_t next_token(uint32_t i, size_t n, uint8_t wanted, bool descriptors) const {
    const int* held = ctx_.token_mention.data();
    const Token* tokens = at_.tokens.data();
    const uint32_t* ids = at_.lower_id.data();
    const uint8_t* bits = word_bits_.data();
    for (; i < n; ++i) {
      if (held[i] >= 0 || tokens[i].kind != TokenKind::kWord) continue;
      if ((bits[ids[i]] & wanted) == 0 && !(descriptors && may_start_descriptor(i))) continue;
      return i;
    }
    return static_cast<uint32_t>(n);
  }
  // try_descriptor's own first test: whether a descriptor may start at token i.
  bool may_start_descriptor(uint32_t i) const {
    const uint8_t* ends = &descriptor_end_[i];
    return ((ends[0] | ends[1] | ends[2]) & kEndsRole) != 0 || (ends[0] & kPlainNoun) != 0;
  }

  // lex_.actor_phrase_words(low(t)), kept by word id.
  int actor_words_at(uint32_t t) {
    if ((word_bits(t) & kActorWord) == 0) return 0;
    int& words = actor_words_[at_.lower_id[t]];
    if (words == kNotAsked) {
      words = lex_.actor_phrase_words(low(t));
      if (words > 0) actor_word_key_[at_.lower_id[t]] = lex_.actor_key(low(t));
    }
    return words;
  }

  // Whether token t ends some role phrase ("journalist", "seeker" of "asylum seeker").
  bool role_word(uint32_t t) { return (word_bits(t) & kEndsRole) != 0; }
  // Whether token t is a plain person noun ("man", "woman").
  bool plain_word(uint32_t t) { return (word_bits(t) & kPlainNoun) != 0; }
  bool same_sentence(size_t a, size_t b) const { return at_.sentence_of[a] == at_.sentence_of[b]; }

  // The lower-cased words [a, a+len) joined by single spaces, into buf.
  std::string_view joined(uint32_t a, uint32_t len, std::string* buf) const {
    buf->clear();
    for (uint32_t t = a; t < a + len; ++t) {
      if (t > a) buf->push_back(' ');
      buf->append(low(t));
    }
    return *buf;
  }

  // The country a demonym or country name just before token a gives ("Tajik authorities").
  std::string_view country_before(uint32_t a) const {
    if (a == 0 || !same_sentence(a - 1, a)) return {};
    std::string_view cc = gaz_.country_of_demonym(tok(a - 1));
    if (!cc.empty()) return cc;
    if (const Mention* m = ctx_.at_token(a - 1);
        m && m->kind == MentionKind::kPlace && m->place && m->place->type == PlaceType::kCountry) {
      return m->place->country;
    }
    return {};
  }

  // "the government in Dushanbe", "police in Belarus", "authorities of Tajikistan".
  std::string_view country_after(uint32_t b) const {
    if (b + 1 >= at_.tokens.size() || !same_sentence(b, b + 1)) return {};
    if (low(b) != "in" && low(b) != "of") return {};
    uint32_t t = b + 1;
    if (low(t) == "the" && t + 1 < at_.tokens.size()) ++t;
    const Mention* m = ctx_.at_token(t);
    if (m == nullptr || m->kind != MentionKind::kPlace || m->place == nullptr) return {};
    if (m->place->type == PlaceType::kCountry || m->place->capital) return m->place->country;
    return {};
  }

  // A state title that belongs to a union, party or company is no state actor: "president of
  // the Farmers Party", "teachers union president Farai Moyo". "the president ordered" and
  // "President Banda" stay state actors.
  bool title_of_non_state_body(uint32_t a, uint32_t b, const ActorPhrase& state) const {
    if (state.head != "head of state" && state.head != "head of government" &&
        state.head != "local administration" && state.head != "ministry") {
      return false;
    }
    if (b - a > 2 || low(b - 1).back() == 's') return false;
    if (b + 1 < at_.tokens.size() && low(b) == "of" && same_sentence(a, b + 1)) {
      const std::string_view det = low(b + 1);
      uint32_t t = det == "the" || det == "a" || det == "an" ? b + 2 : b + 1;
      const Mention* m = t < at_.tokens.size() ? ctx_.at_token(t) : nullptr;
      if (m && m->kind == MentionKind::kOrganization) return true;
      // "vice president of the drivers union", "president of a garment workers' union": a
      // lowercase name of the body, past its modifiers and a plural's apostrophe.
      for (uint32_t k = t; m == nullptr && k < t + 5 && k < at_.tokens.size(); ++k) {
        if (lowercase_org_head(k)) return true;
        const std::string_view w = at_.token_text(k);
        if (at_.tokens[k].kind != TokenKind::kWord && w != "'" && w != "’" &&
            !at_.has(k, kPossessive)) {
          break;
        }
      }
    }
    if (a > 0 && same_sentence(a - 1, a)) {
      const Mention* m = ctx_.at_token(a - 1);
      if (m && (m->kind == MentionKind::kOrganization || m->kind == MentionKind::kGroup)) {
        return true;
      }
      if (m == nullptr && lowercase_org_head(a - 1)) return true;
    }
    // "the party's president", "Amnesty's director": the body owns the title.
    if (a >= 2 && at_.has(a - 1, kPossessive) && same_sentence(a - 2, a)) {
      const Mention* m = ctx_.at_token(a - 2);
      if (m && (m->kind == MentionKind::kOrganization || m->kind == MentionKind::kGroup)) {
        return true;
      }
      if (m == nullptr && lowercase_org_head(a - 2)) return true;
    }
    return false;
  }

  // Whether "state" at i names a territory or a condition, not the government: "the state of
  // Sinaloa", "the northern state", "the state capital", "the state of emergency".
  bool territorial_state(uint32_t i) const {
    if (i + 1 < at_.tokens.size() && same_sentence(i, i + 1)) {
      const std::string_view next = low(i + 1);
      if (next == "capital" || next == "border" || next == "line" || next == "lines") return true;
      if (next == "of" && i + 2 < at_.tokens.size() && same_sentence(i, i + 2)) {
        // "the state of Sinaloa"; "a state of emergency", "state of siege": a condition.
        const std::string_view what = low(i + 2);
        if (at_.has(i + 2, kCapitalized) || what == "emergency" || what == "siege" ||
            what == "alert" || what == "war" || what == "exception" || what == "affairs") {
          return true;
        }
      }
    }
    if (i == 0 || !same_sentence(i - 1, i)) return false;
    const std::string_view before = low(i - 1);
    return before == "northern" || before == "southern" || before == "eastern" ||
           before == "western" || before == "central" || before == "northeastern" ||
           before == "northwestern" || before == "southeastern" || before == "southwestern" ||
           before == "coastal" || before == "neighbouring" || before == "neighboring";
  }

  // "union", "party", "association" written in lower case.
  bool lowercase_org_head(uint32_t t) const {
    std::string_view w = tok(t);
    if (w.empty() || w[0] < 'a' || w[0] > 'z') return false;
    std::string head(w);
    head[0] = static_cast<char>(head[0] - 'a' + 'A');
    return lex_.is_org_head(head);
  }

  // Words after "state" that show it is the noun ("the state has", "the state and the
  // party"), not an adjective.
  static bool is_function_word(std::string_view w) {
    return w == "and" || w == "or" || w == "of" || w == "to" || w == "in" || w == "for" ||
           w == "on" || w == "by" || w == "with" || w == "that" || w == "which" || w == "who" ||
           w == "is" || w == "has" || w == "was" || w == "will" || w == "would" || w == "can" ||
           w == "could" || w == "must" || w == "should" || w == "may" || w == "did" ||
           w == "does" || w == "had" || w == "also" || w == "not" || w == "as" || w == "at";
  }

  bool try_actor(uint32_t i) {
    // No phrase is longer than the longest one starting with this word.
    int words = actor_words_at(i);
    if (words == 0) return false;
    // "described her as a \"traitor\" and an \"agent of the West\"": a label in quotation
    // marks after "a", "an" or "as" is what someone is called, not an actor.
    if (i >= 2 && at_.has(i - 1, kOpenQuote) &&
        (low(i - 2) == "a" || low(i - 2) == "an" || low(i - 2) == "as")) {
      return false;
    }
    std::string buf;
    int max = std::min<int>(words, static_cast<int>(at_.tokens.size() - i));
    // A phrase may span only free tokens of i's sentence: the longest such run from i bounds
    // every length tried.
    int run = 0;
    while (run < max && free(i + run) && same_sentence(i, i + run)) ++run;
    // And no phrase is longer than the words from i that begin one: "the" starts a dozen
    // phrases, and "the" + a word that continues none is tried at one word, not at five.
    // Each probe's answer is kept by length (one probe answers for the prefix and both
    // phrase tables), and the one-word answer by word id (actor_words_at()).
    int reach = 1;
    keys_.resize(static_cast<size_t>(std::max(run, 1)) + 1);
    keys_[1] = actor_word_key_[at_.lower_id[i]];
    while (reach < run) {
      const ActorKey* key = lex_.actor_key(joined(i, reach + 1, &buf));
      if (key == nullptr) break;
      keys_[++reach] = key;
    }
    run = std::min(run, reach);
    for (int len = run; len >= 1; --len) {
      const ActorKey* key = keys_[len];
      const ActorPhrase* state = key ? key->state : nullptr;
      const ActorPhrase* other = state || !key ? nullptr : key->non_state;
      if (state == nullptr && other == nullptr) continue;
      std::string_view ph = joined(i, len, &buf);
      // Acronyms in the state list ("FSB") must be written in capitals.
      if (len == 1 && at_.has(i, kAllCaps) == false && tok(i) != low(i) &&
          !at_.has(i, kCapitalized)) {
        continue;
      }
      if (len == 1 && (state ? state->acronym : other->acronym) && !acronym_as_written(i)) {
        continue;
      }
      if (state && title_of_non_state_body(i, i + len, *state)) continue;
      // "calling her a foreign agent": a label, not a state's agent.
      if (state && i > 0 && low(i - 1) == "foreign" && (ph == "agent" || ph == "agents")) continue;
      // "a state bank", "state officials' pay": "state" as an adjective is no actor (the state
      // phrases the lexicon knows, "state security", were tried first).
      if (len == 1 && ph == "state" && i + 1 < at_.tokens.size() && same_sentence(i, i + 1) &&
          at_.has(i + 1, kLowerCase) && at_.tokens[i + 1].kind == TokenKind::kWord &&
          at_.verb_lemma[i + 1] == low(i + 1) && !is_function_word(low(i + 1))) {
        continue;
      }
      // "the northern state of Sinaloa", "the state capital": a state as a territory.
      if (ph == "state" && territorial_state(i)) continue;
      // "two members of parliament": the people, a group the group nouns name, not the body.
      if (ph == "parliament" && i >= 2 && low(i - 1) == "of" && low(i - 2) == "members") continue;
      if (ph == "the state" && territorial_state(i + 1)) continue;
      // "the prosecution said" is the prosecutors; "threatened with prosecution", "faces
      // criminal prosecution" is the act.
      if (len == 1 && ph == "prosecution" && (i == 0 || low(i - 1) != "the")) continue;
      Mention m;
      m.first_token = i;
      m.end_token = i + len;
      m.kind = MentionKind::kStateActor;
      m.rule = state ? "state-actor-noun" : "non-state-actor-noun";
      m.category = state ? state->category : other->category;
      // An acronym keeps its capitals ("KGB"); a headline's "POLICE" is the police.
      const bool acronym = (state ? state->acronym : other->acronym) && at_.has(i, kAllCaps);
      m.name = acronym ? std::string(tok(i)) : std::string(ph);
      m.plural = !acronym && !ph.empty() && ph.back() == 's';
      std::string_view cc = state ? state->country : other->country;
      if (std::string_view before = country_before(i); !before.empty()) {
        cc = before;
        // "Hong Kong police": the whole name of the place before, not its last word.
        const Mention* place = ctx_.at_token(i - 1);
        const std::string_view prefix =
            place != nullptr ? ctx_.span_text(place->start, place->end) : tok(i - 1);
        m.name = std::string(prefix) + " " + m.name;
        // "Turkish authorities deported him to Tajikistan": the state that acts is a vote
        // for the country of the story (a country's name here was counted as a place).
        if (state && !gaz_.country_of_demonym(tok(i - 1)).empty())
          ctx_.count_country(before, i - 1);
      } else if (std::string_view after = country_after(i + len); !after.empty()) {
        cc = after;
      }
      m.country = std::string(cc);
      if (ctx_.add(std::move(m)) >= 0) return true;
    }
    return false;
  }

  // Whether token i, a word the actor lists hold as an acronym, is written as one: in capitals
  // ("MIT", "KGB"), or with capitals inside ("GUBOPiK"), or with one capital right before a
  // word for a force's people ("Omon riot police", "Omon officers"). Not "raw footage", "MPs"
  // (members of parliament, not MPS), "Mit Sawalim" (a town), "the Swat valley".
  bool acronym_as_written(uint32_t i) const {
    if (at_.has(i, kAllCaps)) return true;
    const std::string_view w = tok(i);
    size_t capitals = 0;
    for (char ch : w) capitals += ch >= 'A' && ch <= 'Z';
    if (capitals == 0) return false;
    if (capitals == w.size() - 1 && w.back() == 's') return false;  // "MPs", "NGOs"
    if (capitals > 1) return true;
    const uint32_t n = i + 1;
    if (n >= at_.tokens.size() || !same_sentence(i, n)) return false;
    const std::string_view f = low(n);
    return f == "officers" || f == "officer" || f == "police" || f == "riot" || f == "forces" ||
           f == "troops" || f == "agents" || f == "agent" || f == "units" || f == "unit" ||
           f == "special" || f == "commandos" || f == "personnel" || f == "squad" ||
           f == "fighters" || f == "men";
  }

  bool try_group(uint32_t i) {
    // "trade unionists", "political prisoners", "prisoners of conscience": the phrases of
    // data/actors/group_nouns.tsv before the word alone.
    uint32_t len = 1;
    std::string_view role;
    std::string buf;
    for (uint32_t n = 3; n >= 2 && role.empty(); --n) {
      if (i + n > at_.tokens.size() || !same_sentence(i, i + n - 1)) continue;
      // A kinship noun inside is read as a relative first ("the family of X").
      bool words = true;
      for (uint32_t k = i + 1; k < i + n; ++k)
        words = words && free(k) && at_.tokens[k].kind == TokenKind::kWord && !kin_at(k);
      if (!words) continue;
      role = lex_.group_noun(joined(i, n, &buf));
      if (!role.empty()) len = n;
    }
    if (role.empty()) role = group_at(i);
    if (role.empty()) return false;
    Mention m;
    m.first_token = i;
    m.end_token = i + len;
    m.kind = MentionKind::kGroup;
    m.rule = "group-noun";
    m.plural = true;
    m.name = len > 1 ? buf : std::string(low(i));
    if (role != "group") m.role = std::string(role);
    if (i > 0 && same_sentence(i - 1, i)) {
      if (std::string_view cc = gaz_.country_of_demonym(tok(i - 1)); !cc.empty()) {
        m.country = std::string(cc);
        m.name = std::string(tok(i - 1)) + " " + m.name;
      }
    }
    return ctx_.add(std::move(m)) >= 0;
  }

  // "an opposition activist", "the Bahraini lawyer", "a prominent human rights defender":
  // one person known by a role noun, after a determiner and at most three modifiers. Not
  // "activists" (a group), nor "activist groups" (the noun is a modifier there).
  bool try_descriptor(uint32_t i) {
    // The loop below refuses every length when no token of [i, i+3) ends a role phrase and
    // token i is no plain person noun: the common case, answered here at once.
    if (!may_start_descriptor(i)) return false;
    std::string buf;
    for (uint32_t len = 3; len >= 1; --len) {
      if (i + len > at_.tokens.size()) continue;
      // A cheap test first: the last word of some role phrase ("defender", "seeker").
      if (!role_word(i + len - 1) && !(len == 1 && plain_word(i))) continue;
      bool ok = true;
      for (uint32_t k = i; k < i + len; ++k) ok = ok && free(k) && same_sentence(i, k);
      if (!ok) continue;
      const RoleNoun* r = lex_.role_noun(joined(i, len, &buf));
      if (r == nullptr && len == 1 && plain_word(i)) r = &kPlainPerson;
      if (r == nullptr || r->plural) continue;
      uint32_t end = i + len;
      // A noun right after makes the role a modifier ("lawyer groups", "journalist union"),
      // also across "rights" ("a refugee rights group", "a migrant rights organisation").
      uint32_t after = end;
      if (after + 1 < at_.tokens.size() && low(after) == "rights" && same_sentence(i, after))
        ++after;
      if (after < at_.tokens.size() && at_.tokens[after].kind == TokenKind::kWord &&
          same_sentence(i, after) && at_.has(after, kLowerCase) &&
          (!group_at(after).empty() || organisation_word(low(after)))) {
        return false;
      }
      if (!has_determiner_before(i) && !headline_noun(i, end)) return false;
      // "the Official Secrets Act": a capitalised role word inside a title runs on into it.
      if (end < at_.tokens.size() && same_sentence(i, end) && at_.has(end, kCapitalized) &&
          at_.has(end - 1, kCapitalized)) {
        return false;
      }
      // "registered as a refugee", "worked as a journalist": a predicate, not a new person.
      if (i >= 2 && (low(i - 2) == "as" || (i >= 3 && low(i - 3) == "as"))) return false;
      if (one_never_had(i)) return false;
      Mention m;
      m.first_token = i;
      m.end_token = end;
      m.kind = MentionKind::kDescriptor;
      m.rule = "person-descriptor";
      m.role = std::string(r->role);
      m.name = std::string(buf);
      return ctx_.add(std::move(m)) >= 0;
    }
    return false;
  }

  // "charity", "committee", "foundation": the word that heads an organisation's name
  // (data/names/org_heads.tsv lists them capitalised), here in lower case.
  bool organisation_word(std::string_view lower) const {
    if (lower.empty() || lower.size() > 32) return false;
    char buf[32];
    lower.copy(buf, lower.size());
    buf[0] = static_cast<char>(buf[0] - 'a' + 'A');
    return lower[0] >= 'a' && lower[0] <= 'z' && lex_.is_org_head({buf, lower.size()});
  }

  // "Police detain journalist at border", "Court jails Danish man": a headline drops its
  // articles, so a role noun there stands for one person without one. A headline is a
  // paragraph of one sentence with no closing stop. Not before a capitalised word
  // ("journalist Ana Berg": the name is the person).
  bool headline_noun(uint32_t i, uint32_t end) const {
    const uint32_t si = at_.sentence_of[i];
    const Sentence& s = at_.sentences[si];
    if (end < s.end_token && at_.has(end, kCapitalized)) return false;
    // "By Staff Writer", "By Our Correspondent": a by-line's role names no one in the story.
    if (low(s.first_token) == "by" && i <= s.first_token + 2) return false;
    return at_.is_headline(si);
  }

  // "held without a lawyer", "kept from any access to a lawyer for weeks", "the right to a lawyer":
  // a role wanted, not a person the text speaks of.
  bool one_never_had(uint32_t i) const {
    for (uint32_t back = 1; back <= 3 && back <= i; ++back) {
      const uint32_t t = i - back;
      if (!same_sentence(t, i)) return false;
      const std::string_view w = low(t);
      if (w != "a" && w != "an") continue;
      if (t == 0 || !same_sentence(t - 1, t)) return false;
      const std::string_view before = low(t - 1);
      if (before == "without") return true;
      return before == "to" && t >= 2 && same_sentence(t - 2, t) &&
             (low(t - 2) == "access" || low(t - 2) == "right");
    }
    return false;
  }

  bool has_determiner_before(uint32_t i) const {
    for (uint32_t back = 1; back <= 4 && back <= i; ++back) {
      uint32_t t = i - back;
      if (!same_sentence(t, i)) return false;
      std::string_view w = low(t);
      if (w == "a" || w == "an" || w == "the" || w == "another" || w == "this" || w == "that" ||
          w == "one" || w == "former") {
        return true;
      }
      if (at_.tokens[t].kind != TokenKind::kWord && !at_.has(t, kPossessive)) return false;
      if (ctx_.token_mention[t] >= 0 &&
          ctx_.mentions[ctx_.token_mention[t]].kind != MentionKind::kPlace)
        return false;
    }
    return false;
  }

  // "The three were arrested in May": "the" and a number standing alone for the people the
  // text has just listed. A plural pronoun left unresolved, which the event finder reads as the
  // list of that many names before it (anaphor_count). Not "the three men" (a noun follows).
  bool try_number_anaphor(uint32_t i) {
    // "The couple were asked about their daughter": "the couple" or "the pair" is a plural
    // pronoun for the two people (or the pair of relatives) named before.
    if (low(i) == "the" && i + 1 < at_.tokens.size() && same_sentence(i, i + 1) &&
        (low(i + 1) == "couple" || low(i + 1) == "pair")) {
      Mention m = pronoun_mention(i, {0, true, false, false});
      m.end_token = i + 2;
      m.rule = kCoupleAnaphorRule;
      return ctx_.add(std::move(m)) >= 0;
    }
    // "Both were held in pre-trial detention": "both" alone is "the two".
    const bool both = low(i) == "both";
    if ((!both && low(i) != "the") || i + 2 >= at_.tokens.size() || !same_sentence(i, i + 2))
      return false;
    int n = both ? 2 : small_number(low(i + 1));
    if (n < 2) return false;
    std::string_view next = low(both ? i + 1 : i + 2);
    bool verb_follows = next == "were" || next == "are" || next == "was" || next == "have" ||
                        next == "had" || next == "remain" || next == "remained" || next == "will" ||
                        next == "would" || next == "could" || next == "face" || next == "faced" ||
                        next == "deny" || next == "denied";
    if (!verb_follows) return false;
    Mention m;
    m.first_token = i;
    m.end_token = both ? i + 1 : i + 2;
    m.kind = MentionKind::kPronoun;
    m.rule = "number-anaphor";
    m.plural = true;
    m.anaphor_count = n;
    return ctx_.add(std::move(m)) >= 0;
  }

  static int small_number(std::string_view w) {
    static constexpr std::string_view kWords[] = {"two",   "three", "four", "five", "six",
                                                  "seven", "eight", "nine", "ten"};
    for (size_t k = 0; k < std::size(kWords); ++k) {
      if (w == kWords[k]) return static_cast<int>(k) + 2;
    }
    return 0;
  }

  bool try_pronoun(uint32_t i) {
    const PronounInfo* p = pronoun_at(i);
    if (p == nullptr) return false;
    // "I" is the pronoun only when written as a capital; "i" alone is noise.
    if (low(i) == "i" && tok(i) != "I") return false;
    return ctx_.add(pronoun_mention(i, *p)) >= 0;
  }

  Mention pronoun_mention(uint32_t i, const PronounInfo& p) const {
    Mention m;
    m.first_token = i;
    m.end_token = i + 1;
    m.kind = MentionKind::kPronoun;
    m.rule = "pronoun";
    m.sex = p.sex;
    m.plural = p.plural;
    m.first_person = p.first_person;
    // "her" is possessive before a noun ("her father"), an object otherwise ("detained her").
    m.possessive = p.possessive && i + 1 < at_.tokens.size() &&
                   at_.tokens[i + 1].kind == TokenKind::kWord && same_sentence(i, i + 1) &&
                   !(low(i) == "her" && !is_noun_start(i + 1));
    return m;
  }

  // Whether the word after "her" begins a noun phrase (a relative, a group, a name or a
  // noun-like word) rather than a new clause ("detained her on Monday").
  bool is_noun_start(uint32_t t) const {
    std::string_view w = low(t);
    if (w == "on" || w == "in" || w == "at" || w == "for" || w == "and" || w == "with" ||
        w == "to" || w == "from" || w == "after" || w == "before" || w == "because" ||
        w == "again" || w == "that" || w == "as" || w == "by" || w == "over" || w == "of" ||
        w == "once" || w == "twice") {
      return false;
    }
    // "summoned her three times", "detained her last week": a count of times or a date.
    if (at_.in_time[t] || (t + 1 < at_.tokens.size() && low(t + 1) == "times")) return false;
    // "kicked her repeatedly", "treated her harshly": an adverb, where a noun phrase would
    // need a noun ("her elderly mother", "her weekly column" and "her family" are nouns in
    // WordNet); "her early release" is the one common adjective in -ly before a noun.
    if (w.size() >= 5 && w.ends_with("ly") && w != "early" &&
        !Lemmatizer::instance().is_lemma(w, Pos::kNoun)) {
      return false;
    }
    return true;
  }

  // A relative known through someone else: "Lima's father", "his father", "the father of Ana
  // Lima", "family members of the activist", "two of my daughters-in-law". Not "Father Tomas"
  // (a priest: capitalised before a name) nor "the founding fathers".
  bool try_relative(uint32_t i) {
    const KinshipTable& kin = KinshipTable::instance();
    // Every kinship phrase begins with a kinship word ("family members"): a cheap test first.
    const KinshipNoun* single = kin_at(i);
    if (single == nullptr) return false;
    uint32_t len = 1;
    const KinshipNoun* k = nullptr;
    std::string buf;
    if (i + 1 < at_.tokens.size() && free(i + 1)) {
      const KinshipNoun* found = kin.by_word.find(joined(i, 2, &buf));
      if (found != nullptr) {
        k = found;
        len = 2;
      }
    }
    if (k == nullptr) k = single;
    if (at_.has(i, kCapitalized) && i + len < at_.tokens.size() && at_.has(i + len, kCapitalized) &&
        !at_.has(i, kParagraphStart)) {
      return false;  // "Father Tomas", a title
    }
    int anchor = anchor_before(i);
    uint32_t end = i + len;
    if (anchor < 0) anchor = anchor_after(end);
    if (anchor < 0) anchor = headline_subject_before(i);
    if (anchor < 0) return false;
    Mention m;
    m.first_token = i;
    m.end_token = end;
    m.kind = MentionKind::kRelative;
    m.rule = "relative-of";
    m.kin = std::string(k->kind);
    m.kin_of = anchor;
    m.sex = k->sex;
    m.plural = k->plural;
    return ctx_.add(std::move(m)) >= 0;
  }

  // "Exiled journalist jailed; mother's flat searched": a headline's kinship noun with no
  // owner of its own is a relative of the person or role the headline opened with.
  int headline_subject_before(uint32_t i) const {
    const uint32_t si = at_.sentence_of[i];
    if (!at_.is_headline(si)) return -1;
    // "fined for shouting at a child": with an article it is anyone's child.
    if (i > at_.sentences[si].first_token && (low(i - 1) == "a" || low(i - 1) == "an" ||
                                              low(i - 1) == "the" || low(i - 1) == "another")) {
      return -1;
    }
    for (uint32_t t = at_.sentences[si].first_token; t < i; ++t) {
      const int m = ctx_.token_mention[t];
      if (m < 0) continue;
      const MentionKind k = ctx_.mentions[m].kind;
      if (k == MentionKind::kPerson || k == MentionKind::kDescriptor) return m;
    }
    return -1;
  }

  // "Lima's [elderly] father", "his father", "two of my daughters-in-law"; and "my
  // daughters-in-law and grandchildren", where the second shares the first one's anchor.
  int anchor_before(uint32_t i) const {
    if (i >= 2 && (low(i - 1) == "and" || low(i - 1) == "or" || low(i - 1) == ",")) {
      int prev = ctx_.token_mention[i - 2];
      if (prev >= 0 && ctx_.mentions[prev].kind == MentionKind::kRelative) {
        return ctx_.mentions[prev].kin_of;
      }
    }
    for (uint32_t back = 1; back <= 3 && back <= i; ++back) {
      uint32_t t = i - back;
      if (!same_sentence(t, i)) return -1;
      if (at_.has(t, kPossessive) && t > 0) {
        int m = ctx_.token_mention[t - 1];
        // "Activist's mother jailed": a role word is someone too, once linked to a name.
        // "the activists' parents", "the victims' families": people in a group too.
        if (m >= 0 && (is_anchor_kind(ctx_.mentions[m].kind) ||
                       ctx_.mentions[m].kind == MentionKind::kDescriptor ||
                       ctx_.mentions[m].kind == MentionKind::kGroup)) {
          return m;
        }
        return -1;
      }
      if (const PronounInfo* p = pronoun(low(t)); p && p->possessive) {
        // Tokens are read left to right, so the pronoun is a mention already.
        return ctx_.token_mention[t];
      }
      // Only adjectives, numbers, ages and "of" may stand between ("two of my", "his elderly",
      // "Lima's 70-year-old father").
      if (low(t) != "of" && !kin_modifier(t)) return -1;
    }
    return -1;
  }

  // A count, an age or an adjective that may stand before a kinship noun ("two", "elderly",
  // "younger", "elder", "little", "70-year-old", "late", "former").
  bool kin_modifier(uint32_t t) const {
    std::string_view w = low(t);
    return at_.tokens[t].kind == TokenKind::kNumber || w == "elderly" || w == "young" ||
           w == "old" || w == "older" || w == "younger" || w == "eldest" || w == "youngest" ||
           w == "elder" || w == "little" || w == "big" || w == "baby" || w == "only" ||
           w == "two" || w == "three" || w == "four" || w == "own" || w == "late" || w == "whole" ||
           w == "extended" || w == "immediate" || w == "teenage" || w == "adult" || w == "minor" ||
           w == "former" || w == "estranged" || w.ends_with("-year-old");
  }

  // "the father of Ana Lima", "relatives of the activist Lima", "family members of ... Lima".
  int anchor_after(uint32_t end) const {
    // "the brother and nephew of Ana Lima", "the parents and two brothers of Ana Lima": the
    // first kinship noun shares the second's anchor.
    if (end + 2 < at_.tokens.size() && (low(end) == "and" || low(end) == "or")) {
      uint32_t k = end + 1;
      while (k < end + 3 && k + 1 < at_.tokens.size() && kin_modifier(k)) ++k;
      if (same_sentence(end, k + 1) && kinship_noun(low(k)) != nullptr) return anchor_after(k + 1);
    }
    if (end >= at_.tokens.size() || low(end) != "of") return -1;
    for (uint32_t t = end + 1; t < at_.tokens.size() && t <= end + 8 && same_sentence(t, end);
         ++t) {
      int m = ctx_.token_mention[t];
      if (m >= 0 && (ctx_.mentions[m].kind == MentionKind::kPerson ||
                     ctx_.mentions[m].kind == MentionKind::kPronoun ||
                     ctx_.mentions[m].kind == MentionKind::kDescriptor)) {
        return m;
      }
      // "relatives of exiled critics, said X": the relatives of a group, not of whoever the
      // sentence names after it.
      if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kGroup) return -1;
      if (tok(t) == "." || tok(t) == ";" || tok(t) == ",") return -1;
    }
    return -1;
  }

  static bool is_anchor_kind(MentionKind k) {
    return k == MentionKind::kPerson || k == MentionKind::kPronoun || k == MentionKind::kRelative;
  }

  DocumentContext& ctx_;
  const AnnotatedText& at_;
  const NameLexicon& lex_;
  const Gazetteer& gaz_;
  // By word id (at_.lower_id), filled on demand.
  std::vector<uint8_t> word_bits_;                // word_bits(), 0 until known
  std::vector<uint8_t> kin_known_, group_known_;  // kin_at(), group_at() answered
  std::vector<const KinshipNoun*> kin_;
  std::vector<std::string_view> group_role_;
  static constexpr int kNotAsked = -1;
  std::vector<int> actor_words_;  // actor_words_at()'s answer
  // By word id: lex_.actor_key() of the word alone, kept by actor_words_at() for a word that
  // begins an actor phrase.
  std::vector<const ActorKey*> actor_word_key_;
  std::vector<const ActorKey*> keys_;  // try_actor's answers by phrase length
  std::vector<uint8_t> pronoun_known_;
  std::vector<const PronounInfo*> pronoun_;
  std::vector<uint8_t> descriptor_end_;  // by token: word_bits() & (kEndsRole | kPlainNoun)
};

}  // namespace

const KinshipNoun* kinship_noun(std::string_view lower) {
  const KinshipTable& t = KinshipTable::instance();
  return t.by_word.find(lower);
}

uint8_t common_word_note(std::string_view lower) {
  // Every word with a bit, merged at first use from the tables the bits stand for (kinship
  // nouns, actor phrases' first words, group nouns, pronouns, "the" and "both", role phrases'
  // last words, plain person nouns): a word's first sighting on a thread takes one probe,
  // where asking the seven tables one by one missed the cache in each.
  static const FlatStringMap<uint8_t> kNotes = [] {
    FlatStringMap<uint8_t> bits;
    KinshipTable::instance().by_word.for_each(
        [&](std::string_view w, const KinshipNoun&) { bits.find_or_insert(w) |= kKinWord; });
    NameLexicon::instance().for_each_lower_word([&](std::string_view w, uint8_t kind) {
      bits.find_or_insert(w) |= kind == NameLexicon::kActorFirstWord  ? kActorWord
                                : kind == NameLexicon::kGroupNounWord ? kGroupWord
                                                                      : kEndsRole;
    });
    pronouns().for_each(
        [&](std::string_view w, const PronounInfo&) { bits.find_or_insert(w) |= kPronounWord; });
    bits.find_or_insert("the") |= kTheWord;
    bits.find_or_insert("both") |= kTheWord;
    plain_person_nouns().for_each(
        [&](std::string_view w, const uint8_t&) { bits.find_or_insert(w) |= kPlainNoun; });
    return bits;
  }();
  const uint8_t* note = kNotes.find(lower);
  return kAskedWord | (note != nullptr ? *note : 0);
}

void find_common_mentions(DocumentContext* ctx) {
  CommonReader reader(ctx);
  reader.read_all();
}

}  // namespace casebook
