// Lexicons for finding people, organisations and state actors: given names, surname and
// given-name morphology, honorifics, role nouns, state and non-state actor phrases, group
// nouns, organisation head words, international bodies and words that are never names.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

namespace casebook {

struct GivenName {
  char sex;          // 'm', 'f' or 'u'
  bool common_word;  // also an everyday English word (Will, Grace, Long): weak when alone
};

// One row of data/names/surname_affixes.tsv or given_name_affixes.tsv.
struct NameAffix {
  std::string_view affix;    // "ov", "zoda", "Mc", "bin"
  std::string_view culture;  // comma-separated culture codes ("ru,tj")
  char sex;                  // 'm', 'f' or 'u'
  bool weak;                 // also ends ordinary words or places (-i, -in, -ow)
};

struct Honorific {
  const char* kind;  // "courtesy", "title", "rank" or "religious"
  char sex;          // 'm', 'f' or 'u'
  bool ambiguous;    // often not a title ("Father", "Private", "Major")
};

struct RoleNoun {
  std::string_view role;  // taxonomy role label: "journalist", "human_rights_defender"
  bool plural;            // the plural form was matched
  std::string_view kind;  // "media", "legal", "civic", ...
};

struct ActorPhrase {
  std::string_view category;   // state_security, state_other, non_state or unknown
  std::string_view country;    // ISO 3166 codes, comma-separated ("TJ,KG"); empty if generic
  std::string_view head;       // generic kind of actor: "police", "security service"
  std::string_view canonical;  // full name for acronyms and aliases; may be empty
  bool acronym;                // written in capitals in the data ("FSB"): require capitals
  bool proper;                 // a proper name ("Mossad", "Centre E"): require a capital
};

// What one lower-cased word sequence is to the actor lexicons, from one probe (actor_key()):
// the state and the non-state phrase it is (null when it is none), for a sequence that is a
// phrase or begins one.
struct ActorKey {
  const ActorPhrase* state = nullptr;
  const ActorPhrase* non_state = nullptr;
};

struct IntlBody {
  std::string_view name;      // canonical name
  std::string_view acronym;   // usual acronym; may be empty
  std::string_view kind;      // intergovernmental, ngo, media or court
  std::string_view category;  // international or non_state
};

// Every answer the name finder asks of one word exactly as written ("Firuz", "Party", "Mr"),
// gathered from the case-sensitive lexicons at load so that one probe answers them all. The
// pointers are those the single lexicons return.
struct NameWord {
  const GivenName* given = nullptr;
  const Honorific* honorific = nullptr;
  const IntlBody* intl_body = nullptr;
  bool not_name = false;       // is_not_name()
  bool org_head = false;       // is_org_head()
  bool surname_first = false;  // is_surname_first()
};

// Loaded once, on first use, from the embedded data/names/*.tsv and data/actors/*.tsv files,
// then immutable: one instance is shared by all threads without locking. Keys are views into
// the embedded bytes (plus a few lower-cased or apostrophe-variant copies made at load), so
// lookups never allocate, and every returned view lives as long as the program.
class NameLexicon {
 public:
  static const NameLexicon& instance();

  NameLexicon(const NameLexicon&) = delete;
  NameLexicon& operator=(const NameLexicon&) = delete;

  // Exact, case-sensitive, as capitalised in text ("Firuz", "Xiaobo", "Jean-Pierre").
  const GivenName* given_name(std::string_view word) const;

  // Given-name morphology for names missing from the list ("Safarbek" -> 'm', "Gulbahor" ->
  // 'f'); the sex of a strong affix, or 0. Same rules as surname_affix().
  char given_name_affix(std::string_view word) const;
  const NameAffix* given_name_affix_match(std::string_view word) const;

  // Surname morphology: the sex ('m', 'f', 'u') of the matched strong affix, or 0 when none.
  // Only for words of at least 4 letters; the stem outside the affix must have at least
  // 2 letters (more where the data says so: -ev needs 3, so "Kiev" has none). The longest
  // suffix wins, then prefixes ("McCain", "O'Brien"). Weak affixes (-i, -in, -ow: "Nairobi",
  // "Berlin", "Moscow") are not reported here; surname_affix_match() returns them too.
  char surname_affix(std::string_view word) const;
  const NameAffix* surname_affix_match(std::string_view word) const;

  // Name particles ("bin", "ibn", "al", "el", "van", "de", "uulu", "kyzy"); a trailing hyphen
  // is ignored, so "al-" is a particle too.
  bool is_name_particle(std::string_view lower_word) const;
  const NameAffix* name_particle(std::string_view lower_word) const;

  // Honorifics and titles, exact as written ("Mr", "Mr.", "Gen.", "Prime Minister"). Returns
  // the kind ("courtesy", "title", "rank", "religious") or nullptr, and sets *sex.
  const char* honorific(std::string_view word, char* sex) const;
  const Honorific* honorific_info(std::string_view word) const;

  // Lower-case phrases with single spaces ("human rights defender", "riot police", "fsb").
  const RoleNoun* role_noun(std::string_view lower_phrase) const;
  // True for the last word of any role phrase ("seeker" of "asylum seeker", "journalist").
  bool ends_role_phrase(std::string_view lower_word) const;
  const ActorPhrase* state_actor(std::string_view lower_phrase) const;
  const ActorPhrase* non_state_actor(std::string_view lower_phrase) const;
  // A group's role label ("journalists" -> "journalist"), "group" when it implies none
  // ("relatives"), or "" when the phrase is not a group noun.
  std::string_view group_noun(std::string_view lower_word) const;

  // Organisation head words, case-sensitive ("Party", "Watch", "Committee").
  bool is_org_head(std::string_view word) const;
  // data/names/surnames_first.tsv: an East Asian family name written first ("Wang Lixin").
  bool is_surname_first(std::string_view word) const;
  // International bodies, NGOs and media by any listed name or acronym, case-sensitive
  // ("Human Rights Watch", "HRW", "OSCE", "Reporters sans frontières").
  const IntlBody* intl_body(std::string_view name_or_acronym) const;

  // Capitalised words that never start a person name ("Monday", "However", "Police").
  bool is_not_name(std::string_view word) const;

  // given_name(), honorific_info(), intl_body(), is_not_name(), is_org_head() and
  // is_surname_first() of one word or phrase, exact as written, from one probe; nullptr when
  // all six would say no. Most capitalised words of a text are in none of these lexicons.
  const NameWord* name_word(std::string_view word) const;

  // The most words in a role, group or actor phrase, so callers know how far to look ahead.
  int max_phrase_words() const { return max_phrase_words_; }
  // Whether some state or non-state actor phrase begins with this lower-cased word (a cheap
  // test before trying phrases).
  bool starts_actor_phrase(std::string_view lower_word) const;
  // The most words in a state or non-state actor phrase beginning with this lower-cased word,
  // or 0 when none does: no longer phrase starting there can match.
  int actor_phrase_words(std::string_view lower_word) const;
  // Whether some state or non-state actor phrase is these lower-cased words, or begins with
  // them followed by a space ("the security" of "the security services"): when not, no phrase
  // spelled with these words and more matches either.
  bool begins_actor_phrase(std::string_view lower_words) const;
  // begins_actor_phrase(), state_actor() and non_state_actor() of the same words from one
  // probe: null exactly when begins_actor_phrase() is false, else the two phrases the words
  // are (either may be null: "the security" is only the beginning of some).
  const ActorKey* actor_key(std::string_view lower_words) const;
  // Calls f(word, kind) for every lower-cased word that begins an actor phrase (kind
  // kActorFirstWord: actor_phrase_words() > 0), is a group noun or the first word of a group
  // phrase (kGroupNounWord: group_noun() of it or of the phrase not empty) or ends a
  // role phrase (kRoleLastWord: ends_role_phrase()), once per kind, so a
  // caller can merge these answers with its own tables into one (at load, not per word).
  static constexpr uint8_t kActorFirstWord = 1, kGroupNounWord = 2, kRoleLastWord = 4;
  void for_each_lower_word(const std::function<void(std::string_view, uint8_t)>& f) const;

  int max_honorific_words() const { return max_honorific_words_; }
  int max_intl_body_words() const { return max_intl_body_words_; }

  // Row counts, for tests and diagnostics.
  size_t given_name_count() const;
  size_t intl_body_count() const;

 private:
  NameLexicon();
  ~NameLexicon();
  struct Tables;
  Tables* t_;
  int max_phrase_words_ = 1;
  int max_honorific_words_ = 1;
  int max_intl_body_words_ = 1;
};

}  // namespace casebook
