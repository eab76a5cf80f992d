// Named mentions from runs of capitalised words. A run ("Islamic Renaissance Party of
// Tajikistan", "Warsaw and Dushanbe", "journalist Ana Lima") is read left to right; at each
// position the first rule that fits wins: an international body, an organisation with a head
// word, a person led by a given name, a place, a person by morphology or context.
#include "extract/named_mentions.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/ascii_case.h"
#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"
#include "core/word_literal.h"
#include "extract/clause_words.h"
#include "extract/common_mentions.h"
#include "extract/quotes.h"
#include "extract/word_classes.h"
#include "nlp/lemmatizer.h"
#include "nlp/name_lexicon.h"
#include "nlp/person_nouns.h"

namespace casebook {
namespace {

// The last word of a legal instrument's title ("Act", "Law", "Convention"): the legal words of
// data/names/not_names.tsv that end titles rather than open references ("Article 19").
bool is_legal_title_end(std::string_view word) {
  static const FlatStringMap<uint8_t> kWords = [] {  // a set: the value is 1
    std::unordered_map<std::string_view, uint8_t, StringViewHash> w;
    for_each_data_row("names/not_names.tsv", [&](const TsvRow& r) {
      if (r.size() > 1 && r[1] == "legal") w.emplace(r[0], 1);
    });
    for (const char* opener :
         {"Article", "Articles", "Section", "Chapter", "Paragraph", "Clause", "Annex", "Appendix",
          "Table", "Figure", "Page", "Part", "Case", "Verdict", "Appeal", "Criminal", "Civil"}) {
      w.erase(opener);
    }
    return flat_copy(w);
  }();
  return kWords.contains(word);
}

// The words of a data file's first column, as a set (the value is 1): every row, or only the
// rows whose column `col` holds one of `kinds`.
FlatStringMap<uint8_t> word_set(const char* file, size_t col = 0,
                                std::initializer_list<std::string_view> kinds = {}) {
  FlatStringMap<uint8_t> w;
  for_each_data_row(file, [&](const TsvRow& r) {
    if (kinds.size() == 0 ||
        (r.size() > col && std::find(kinds.begin(), kinds.end(), r[col]) != kinds.end())) {
      w.insert(r[0], 1);
    }
  });
  return w;
}

// The word before a storm's name ("Hurricane", "Cyclone"): the storm kind of
// data/names/not_names.tsv. "Cyclone Nadia" is weather, not a woman.
bool is_storm_word(std::string_view word) {
  static const FlatStringMap<uint8_t> kWords = word_set("names/not_names.tsv", 1, {"storm"});
  return kWords.contains(word);
}

// Weekdays and months of data/names/not_names.tsv: after a title they are given names ("Mr
// Sunday Okoro", "Mrs April Mensah").
bool is_calendar_word(std::string_view word) {
  static const FlatStringMap<uint8_t> kWords =
      word_set("names/not_names.tsv", 1, {"weekday", "month"});
  return kWords.contains(word);
}

// A weekday's short form of data/time/weekdays.tsv ("thu", "sat"), lower case.
bool is_weekday_abbreviation(std::string_view lower) {
  static const FlatStringMap<uint8_t> kWords = word_set("time/weekdays.tsv", 2, {"abbr"});
  return kWords.contains(lower);
}

// Lower-case nouns of a facility or a part of a town ("prison", "metro", "centre"):
// data/places/facility_nouns.tsv. The capitalised words right before one name that place.
bool is_facility_noun(std::string_view lower) {
  static const FlatStringMap<uint8_t> kNouns = word_set("places/facility_nouns.tsv");
  return kNouns.contains(lower);
}

// Nouns that name a person without a victim profile ("a party coordinator", "a 32-year-old
// man"): data/names/person_nouns.tsv.
bool is_plain_person_noun(std::string_view lower) {
  static const FlatStringMap<uint8_t> kNouns = word_set("names/person_nouns.tsv");
  return kNouns.contains(lower);
}

struct StateOrgWords {
  std::unordered_map<std::string_view, std::string_view> head, qualifier;
  StateOrgWords() {
    for_each_data_row("actors/state_org_words.tsv", [&](const TsvRow& r) {
      if (r.size() < 3) return;
      (r[1] == "head" ? head : qualifier)[r[0]] = r[2];
    });
  }
  static const StateOrgWords& instance() {
    static const StateOrgWords w;
    return w;
  }
};

bool is_generic_org_head(std::string_view w) {
  return is_literal(w, "service") || is_literal(w, "committee") || is_literal(w, "agency") ||
         is_literal(w, "bureau") || is_literal(w, "department") || is_literal(w, "directorate") ||
         is_literal(w, "office") || is_literal(w, "unit") || is_literal(w, "administration") ||
         is_literal(w, "services") || is_literal(w, "forces") || is_literal(w, "force");
}

class RunReader {
 public:
  RunReader(DocumentContext* ctx)
      : ctx_(*ctx),
        at_(ctx->at),
        lex_(NameLexicon::instance()),
        gaz_(Gazetteer::instance()),
        token_words_(at_.tokens.size(), nullptr),
        token_surname_sex_(at_.tokens.size(), kUnknownSex),
        word_roles_(at_.words.size(), &kUnaskedRole),
        word_plain_(at_.words.size(), kUnknownSex) {}

  void read_all() {
    for (uint32_t s = 0; s < at_.sentences.size(); ++s) {
      const Sentence& sen = at_.sentences[s];
      uint32_t i = sen.first_token;
      while (i < sen.end_token) {
        if (!starts_run(i)) {
          ++i;
          continue;
        }
        uint32_t e = run_end(i, sen.end_token);
        read_run(i, e, sen);
        i = e;
      }
    }
    find_known_surnames();
    link_acronyms_in_parentheses();
  }

  // A surname alone, anywhere in the text, once a full name has introduced it ("Lima said",
  // also in a headline above the full name).
  // (Only free capitalised words are asked: next_free_capital passes over the rest.)
  void find_known_surnames() {
    if (known_surnames_.empty()) return;  // no full name yet: no surname to find
    const auto n = static_cast<uint32_t>(at_.tokens.size());
    for (uint32_t t = next_free_capital(0, n); t < n; t = next_free_capital(t + 1, n)) {
      if (!known_surnames_.count(std::string(tok(t))) || !lone_word_can_be_name(t)) continue;
      Mention m;
      m.first_token = t;
      m.end_token = t + 1;
      m.kind = MentionKind::kPerson;
      m.rule = "person-known-surname";
      ctx_.add(std::move(m));
    }
  }

 private:
  // at_.token_text(i) without substr's range check, which kept GCC from inlining it into the
  // rules that ask for tokens' text (a token's span always lies inside the text).
  std::string_view tok(size_t i) const {
    const Token& k = at_.tokens[i];
    return std::string_view(at_.text.data() + k.start, k.end - k.start);
  }
  std::string_view low(size_t i) const { return at_.lower[i]; }
  bool is_word(size_t i) const { return at_.tokens[i].kind == TokenKind::kWord; }
  bool is_cap(size_t i) const {
    return is_word(i) && (at_.has(i, kCapitalized) || at_.has(i, kAllCaps));
  }
  bool free(size_t i) const { return ctx_.token_mention[i] < 0; }
  // The first token from t on (n when none) that is free(t) and is_cap(t), on arrays read
  // through locals, so that the loop over a page's tokens runs in registers.
  uint32_t next_free_capital(uint32_t t, uint32_t n) const {
    const Token* tokens = at_.tokens.data();
    const int* held = ctx_.token_mention.data();
    for (; t < n; ++t) {
      const Token& k = tokens[t];
      if (held[t] < 0 && k.kind == TokenKind::kWord && (k.flags & (kCapitalized | kAllCaps)) != 0) {
        return t;
      }
    }
    return n;
  }

  // The name lexicon's case-sensitive answers for token t's text (given name, honorific,
  // international body, not a name, organisation head, family name first), from one probe at
  // the first question: the rules below ask about the same capitalised token several times.
  const NameWord& names(size_t t) const {
    const NameWord*& w = token_words_[t];
    if (w == nullptr) {
      w = lex_.name_word(tok(t));
      if (w == nullptr) w = &kNoNameWord;
    }
    return *w;
  }
  // lex_.role_noun(low(t)) and is_plain_person_noun(low(t)), kept by the lower-cased word's id
  // for the page (person_context asks them of the same words around each name).
  const RoleNoun* role_at(size_t t) const {
    const RoleNoun*& r = word_roles_[at_.lower_id[t]];
    if (r == &kUnaskedRole) r = lex_.role_noun(low(t));
    return r;
  }
  bool plain_at(size_t t) const {
    char& p = word_plain_[at_.lower_id[t]];
    if (p == kUnknownSex) p = is_plain_person_noun(low(t)) ? 1 : 0;
    return p != 0;
  }
  // Whether some role phrase ends with low(t) ("police" of "riot police"); a word with a space
  // in it, which no token has, is let through.
  bool ends_role_phrase_at(size_t t) const {
    return low(t).find(' ') != std::string_view::npos || lex_.ends_role_phrase(low(t));
  }
  // lex_.honorific(tok(t), sex).
  const char* honorific_at(size_t t, char* sex) const {
    const Honorific* h = names(t).honorific;
    if (h == nullptr) return nullptr;
    *sex = h->sex;
    return h->kind;
  }
  // lex_.surname_affix(tok(t)), worked out once per token.
  char surname_affix_at(size_t t) const {
    char& sex = token_surname_sex_[t];
    if (sex == kUnknownSex) sex = lex_.surname_affix(tok(t));
    return sex;
  }
  // Storm and legal words are rows of data/names/not_names.tsv: a word that is not one is
  // refused on the token's record.
  bool storm_word_at(size_t t) const { return names(t).not_name && is_storm_word(tok(t)); }
  bool legal_title_end_at(size_t t) const {
    return names(t).not_name && is_legal_title_end(tok(t));
  }
  bool is_sentence_first(size_t i) const {
    return at_.sentences[at_.sentence_of[i]].first_token == i ||
           (i > 0 && at_.has(i - 1, kOpenQuote));
  }

  static bool is_connector(std::string_view w) {
    return is_literal(w, "of") || is_literal(w, "for") || is_literal(w, "and") ||
           is_literal(w, "the") || is_literal(w, "on") || is_literal(w, "in") ||
           is_literal(w, "against") || is_literal(w, "to") || is_literal(w, "de") ||
           is_literal(w, "del") || is_literal(w, "la") || is_literal(w, "van") ||
           is_literal(w, "von") || is_literal(w, "da") || is_literal(w, "dos") ||
           is_literal(w, "bin") || is_literal(w, "ibn") || is_literal(w, "bint") ||
           is_literal(w, "es") || is_literal(w, "des") || is_literal(w, "du") ||
           is_literal(w, "di") || is_literal(w, "&");
  }
  static bool is_preposition(std::string_view w) {
    return is_literal(w, "from") || is_literal(w, "with") || is_literal(w, "by") ||
           is_literal(w, "at") || is_literal(w, "under") || is_literal(w, "after") ||
           is_literal(w, "before") || is_literal(w, "during") || is_literal(w, "like") ||
           is_literal(w, "unlike");
  }
  // "al-Hassan", "el-Sayed": a lower-case particle glued to a capitalised name.
  bool is_glued_particle(size_t i) const {
    std::string_view w = tok(i);
    return w.size() > 3 &&
           (is_literal(w.substr(0, 3), "al-") || is_literal(w.substr(0, 3), "el-")) &&
           std::isupper(static_cast<unsigned char>(w[3]));
  }

  bool starts_run(size_t i) const {
    return free(i) && (is_cap(i) || is_glued_particle(i)) && !tagged(i);
  }

  // "#FreeElnurAliyev", "@LenaOrlova": a hashtag or a handle glued to its mark names no one.
  bool tagged(size_t i) const {
    if (i == 0 || at_.tokens[i - 1].end != at_.tokens[i].start) return false;
    const std::string_view mark = tok(i - 1);
    return mark == "#" || mark == "@";
  }

  // "the Citizens' Alliance", "the Journalists' Union": a plural possessive between two
  // capitalised words stays inside the name.
  bool plural_possessive_inside(uint32_t j, uint32_t limit) const {
    return j > 0 && (is_literal(tok(j), "'") || is_literal(tok(j), "’")) && is_cap(j - 1) &&
           low(j - 1).ends_with("s") && j + 1 < limit && free(j + 1) && is_cap(j + 1);
  }

  uint32_t run_end(uint32_t i, uint32_t limit) const {
    uint32_t j = i + 1;
    while (j < limit && free(j)) {
      if (is_cap(j) || is_glued_particle(j)) {
        ++j;
      } else if (plural_possessive_inside(j, limit)) {
        ++j;
      } else if (is_connector(low(j)) && j + 1 < limit && free(j + 1) &&
                 !at_.in_time[j - 1] &&  // "On Monday the Interior Ministry banned ..."
                 (is_cap(j + 1) ||
                  (is_literal(low(j + 1), "the") && j + 2 < limit && is_cap(j + 2)))) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  // The byte text of tokens [a, b).
  std::string_view phrase(uint32_t a, uint32_t b) const {
    return std::string_view(at_.text.data() + at_.tokens[a].start,
                            at_.tokens[b - 1].end - at_.tokens[a].start);
  }

  void read_run(uint32_t k, uint32_t e, const Sentence& sen) {
    if (dateline_agency(k, e)) return;
    while (k < e) {
      if (!is_cap(k) && !is_glued_particle(k)) {
        ++k;  // a connector between two names
        continue;
      }
      uint32_t next = try_intl_body(k, e);
      if (!next) next = try_organization(k, e);
      if (!next) next = try_party_in_lower_case(k, e);
      if (!next) next = try_known_organisation(k, e);
      // "the protest in Florence": a lone capitalised word after a place preposition is the
      // city, though it is also a given name. Not "a letter from Florence" (a sender) nor
      // "in Florence Kamau's house" (a longer name).
      // So is a run of words that is a place's whole name: "police in Santa Clara" (not the
      // title "Santa" before a given name).
      if (!next && k > 0 &&
          (is_literal(low(k - 1), "in") || is_literal(low(k - 1), "at") ||
           is_literal(low(k - 1), "near") || is_literal(low(k - 1), "outside")) &&
          (k + 1 == e || (e - k <= 3 && !gaz_.lookup(phrase(k, e)).empty()))) {
        next = try_place(k, e);
      }
      // "Mexico City", "Quezon City": a name closed by "City" is a place before any person.
      if (!next && e - k >= 2 && is_literal(low(k + 1), "city")) next = try_place(k, e);
      if (!next) next = try_local_place(k, e);
      if (!next) next = try_name_apposed_to_kin(k, e);
      if (!next) next = try_person(k, e, sen, /*given_name_only=*/true);
      if (!next) next = try_place(k, e);
      if (!next) next = try_person(k, e, sen, /*given_name_only=*/false);
      if (!next) next = try_acronym(k);
      k = next ? next : k + 1;
    }
  }

  static bool is_settlement_noun(std::string_view w) {
    return is_literal(w, "village") || is_literal(w, "town") || is_literal(w, "city") ||
           is_literal(w, "district") || is_literal(w, "province") || is_literal(w, "county") ||
           is_literal(w, "municipality") || is_literal(w, "commune") || is_literal(w, "hamlet") ||
           is_literal(w, "settlement") || is_literal(w, "neighbourhood") ||
           is_literal(w, "neighborhood") || is_literal(w, "suburb") || is_literal(w, "township") ||
           is_literal(w, "region");
  }

  // Words that end a street's name: "Albert St.", "Nelson Avenue", "Mill Road".
  static bool is_street_word(std::string_view w) {
    return is_literal(w, "street") || is_literal(w, "st.") || is_literal(w, "avenue") ||
           is_literal(w, "ave.") || is_literal(w, "road") || is_literal(w, "rd.") ||
           is_literal(w, "boulevard") || is_literal(w, "blvd.") || is_literal(w, "lane") ||
           is_literal(w, "highway");
  }

  // A place a reader would know by that one word: a country, a region, a capital or a city of
  // 500,000 or more. A small town's name after a full name is more often a second surname
  // ("Yoandry Castillo Fonseca": Fonseca is also a Colombian town).
  bool names_a_known_place(std::string_view word) const {
    for (const Place* pl : gaz_.lookup(word)) {
      // (Not a province: "Juan Perez Lugo", "Ana Diaz Soria" end in a surname that names one.)
      if (pl->type == PlaceType::kRegion) continue;
      if (pl->type != PlaceType::kCity || pl->capital || pl->population >= 500000) return true;
    }
    return false;
  }

  uint32_t try_intl_body(uint32_t k, uint32_t e) {
    for (uint32_t len = std::min<uint32_t>(e - k, 10); len >= 1; --len) {
      if (!is_cap(k + len - 1)) continue;
      const IntlBody* body = len == 1 ? names(k).intl_body : lex_.intl_body(phrase(k, k + len));
      if (body == nullptr) continue;
      // "detained him in Fergana": after a place preposition, a body's short name that is also
      // a town is the town (the news site "Fergana" is named so after it).
      if (k > 0 && (is_literal(low(k - 1), "in") || is_literal(low(k - 1), "near") ||
                    is_literal(low(k - 1), "outside"))) {
        const auto places = gaz_.lookup(phrase(k, k + len));
        if (!places.empty() && places[0]->type != PlaceType::kContinent) return 0;
      }
      // "the Fergana Valley": the short name opens a longer place's.
      if (k + len < e && !gaz_.lookup(phrase(k, k + len + 1)).empty()) return 0;
      Mention m;
      m.first_token = k;
      m.end_token = k + len;
      m.kind = MentionKind::kOrganization;
      m.rule = "org-international-body";
      m.name = std::string(body->name);
      m.category = body->category;
      if (ctx_.add(std::move(m)) >= 0) return k + len;
    }
    return 0;
  }

  // An organisation: capitalised words up to a head word ("Party", "Watch", "Office"), then
  // an "of/for ..." tail. "Human Rights Watch" and "Office for Democratic Institutions and
  // Human Rights" are caught; "Human Rights Watch and Amnesty International" is two.
  uint32_t try_organization(uint32_t k, uint32_t e) {
    // "Members of the Journalists' Union protested", "Officers of the State Security Service
    // searched ...": a common noun opening the sentence is no part of the name after it.
    if (is_sentence_first(k) && k + 1 < e && is_literal(low(k + 1), "of") &&
        (!lex_.group_noun(low(k)).empty() || role_at(k) != nullptr || plain_at(k) ||
         lex_.state_actor(low(k)) != nullptr)) {
      return 0;
    }
    // "By Caspian Monitor staff", "In Amnesty International's view": a capitalised
    // preposition opening the line is no word of the name.
    if (is_sentence_first(k) && k + 1 < e &&
        (is_preposition(low(k)) || is_literal(low(k), "in") || is_literal(low(k), "on") ||
         is_literal(low(k), "for") || is_literal(low(k), "according"))) {
      return 0;
    }
    // An organisation's name has at most a dozen words before its head, which also keeps a
    // long run of capitalised words linear.
    uint32_t h = k;
    e = std::min(e, k + 12);
    while (h < e && !(is_cap(h) && names(h).org_head)) {
      if (!is_cap(h) && !is_connector(low(h)) && !plural_possessive_inside(h, e)) return 0;
      if (!is_cap(h) && is_literal(low(h), "and")) return 0;  // "Warsaw and Human Rights Watch"
      ++h;
    }
    if (h >= e) return 0;
    // "Peter Ngugi of the Daily Nation", "Ana Lima of Human Rights Watch": a person's name
    // before "of" is the person, and the organisation starts after it.
    if (h > k + 2 && names(k).given != nullptr) {
      uint32_t j = k + 1;
      while (j < h && is_cap(j)) ++j;
      if (j < h && j >= k + 2 && is_literal(low(j), "of")) return 0;
    }
    // "According to Human Rights Watch", "From the Uyghur Human Rights Project": a verb form
    // or a preposition opening the sentence is no part of the name.
    if (is_sentence_first(k) && k + 1 < h && !is_cap(k + 1) &&
        (is_connector(low(k)) || is_preposition(low(k)) || at_.verb_lemma[k] != low(k))) {
      return 0;
    }
    // "Police in Georgia detained...": a head word opening the sentence is a common noun.
    if (h == k && (at_.has(k, kParagraphStart) || is_sentence_first(k))) return 0;
    // "State Security Service", "Daily Mail": a head word may head another.
    while (h + 1 < e && is_cap(h + 1) && names(h + 1).org_head) ++h;
    uint32_t end = h + 1;
    // The tail after the head: "of Tajikistan", "for Security and Cooperation in Europe".
    if (end < e && (is_literal(low(end), "of") || is_literal(low(end), "for") ||
                    is_literal(low(end), "on") || is_literal(low(end), "against") ||
                    is_literal(low(end), "in") || is_literal(low(end), "to"))) {
      uint32_t j = end;
      while (j < e) {
        // "... for National Security in Khujand on April 12": a place after "in/on/at" or a
        // date ends the name ("Party of Tajikistan" keeps its "of").
        if (at_.in_time[j]) break;
        if (j > end &&
            (is_literal(low(j - 1), "in") || is_literal(low(j - 1), "on") ||
             is_literal(low(j - 1), "at")) &&
            !gaz_.lookup(tok(j)).empty()) {
          end = std::min(end, j - 1);
          break;
        }
        if (is_cap(j)) {
          ++j;
          end = j;
        } else if (is_connector(low(j)) && j + 1 < e) {
          ++j;
        } else {
          break;
        }
      }
      while (end > h + 1 && !is_cap(end - 1)) --end;
    }
    if (end - k < 2 && !at_.has(k, kAllCaps)) return 0;  // "Party" alone is not a name
    Mention m = organisation_mention(k, end, "org-head-word");
    classify_state_body(&m);
    if (ctx_.add(std::move(m)) < 0) return 0;
    note_countries(k, end);
    return end;
  }

  // Things a citizens' body is named for defending: "Lake", "River", "Rights" in "Sevarin Lake
  // Defence Committee", "Human Rights Defence Centre".
  static bool defended_thing(std::string_view w) {
    return w == "lake" || w == "river" || w == "forest" || w == "land" || w == "lands" ||
           w == "water" || w == "valley" || w == "mountain" || w == "park" || w == "coast" ||
           w == "sea" || w == "village" || w == "community" || w == "rights" || w == "environment" ||
           w == "earth" || w == "nature" || w == "heritage" || w == "language" || w == "culture" ||
           w == "workers" || w == "farmers" || w == "press" || w == "media" || w == "journalists";
  }

  // "Interior Ministry", "State Committee for National Security": named state bodies.
  void classify_state_body(Mention* m) {
    const StateOrgWords& w = StateOrgWords::instance();
    std::string_view category;
    bool generic_head = false, qualifier = false;
    std::string_view qualifier_category;
    for (uint32_t t = m->first_token; t < m->end_token; ++t) {
      std::string_view l = low(t);
      if (auto it = w.head.find(l); it != w.head.end()) category = it->second;
      if (is_generic_org_head(l)) generic_head = true;
      // "Committee for the Defence of the Guapinol River": a cause the body stands for, not
      // the domain a state body runs ("Ministry of Defence", "Defence Committee").
      // So is a thing defended named before it ("Sevarin Lake Defence Committee", "Human Rights
      // Defence Centre"); not "the Commons Defence Committee".
      const bool cause = (t + 1 < m->end_token && low(t + 1) == "of") ||
                         (t > m->first_token && defended_thing(low(t - 1)));
      if (auto it = w.qualifier.find(l); it != w.qualifier.end() && !cause) {
        qualifier = true;
        if (qualifier_category.empty()) qualifier_category = it->second;
      }
    }
    if (category.empty() && generic_head && qualifier) category = qualifier_category;
    if (category.empty()) return;
    m->kind = MentionKind::kStateActor;
    m->category = category;
    m->rule = "state-body-name";
    // A body the state list names in full ("state committee for national security"): its
    // countries ("TJ,KG"; the document's one is chosen when entities are built).
    std::string full = std::string(phrase(m->first_token, m->end_token));
    ascii_lower_in_place(full);
    if (const ActorPhrase* body = lex_.state_actor(full); body != nullptr) {
      m->category = body->category;
      m->country = std::string(body->country);
    }
    // "Tajik Interior Ministry", "Ministry of Interior of Uzbekistan": the country named.
    for (uint32_t t = m->first_token; t < m->end_token; ++t) {
      uint32_t len = 1;
      std::string_view cc = country_named_at(t, m->end_token, &len);
      if (!cc.empty()) {
        m->country = std::string(cc);
        break;
      }
    }
  }

  // "fled to Lithuania", "sought asylum in Germany", "told us by telephone from Vilnius": where
  // someone took refuge or speaks from, not where the story's acts happen. Such a place does
  // not count for the country the document is about.
  bool place_of_refuge(uint32_t k) const {
    if (k < 2) return false;
    const std::string_view p = low(k - 1), w = low(k - 2);
    // "my cousin, who lives in Turkey", "when I tried to fly to Istanbul": where someone lives
    // or was going.
    if (p == "in" && (w == "lives" || w == "living")) return true;
    if (p == "to" && (w == "fly" || w == "flew" || w == "travel" || w == "travelled" ||
                      w == "traveled")) {
      return true;
    }
    if (p == "to" || p == "in" || p == "into") {
      return w == "fled" || w == "emigrated" || w == "relocated" || w == "resettled" ||
             w == "escaped" || w == "exile" || w == "exiled" || w == "asylum" || w == "refuge";
    }
    return p == "from" && (w == "telephone" || w == "phone" || w == "speaking");
  }

  void note_countries(uint32_t a, uint32_t b) {
    for (uint32_t t = a; t < b; ++t) {
      uint32_t len = 1;
      std::string_view cc = country_named_at(t, b, &len);
      if (!cc.empty()) ctx_.count_country(cc, t);
      t += len - 1;
    }
  }

  // The country a word names by its demonym or its name, or a two-word place does ("Police
  // Service of North Korea" is North Korea's, not South Korea's); *len is the words read. "" when
  // none.
  std::string_view country_named_at(uint32_t t, uint32_t end, uint32_t* len) const {
    *len = 1;
    // Only where the second word alone names a country the two words do not ("North Korea");
    // other two-word places ("San Juan") are left to the text's own country.
    if (t + 1 < end && is_cap(t + 1) && !country_word(t + 1).empty()) {
      auto two = gaz_.lookup(phrase(t, t + 2));
      if (!two.empty()) {
        *len = 2;
        return two[0]->country;
      }
    }
    return country_word(t);
  }

  // The country one word names by its demonym or its name, or "".
  std::string_view country_word(uint32_t t) const {
    std::string_view cc = gaz_.country_of_demonym(tok(t));
    if (cc.empty()) {
      auto places = gaz_.lookup(tok(t));
      if (!places.empty() && places[0]->type == PlaceType::kCountry) cc = places[0]->country;
    }
    return cc;
  }

  // The words that make a part of a continent a place of its own: "Central Asia", "East
  // Africa", "Southeast Asia", "Eastern Europe".
  static bool is_compass(std::string_view w) {
    return is_literal(w, "central") || is_literal(w, "east") || is_literal(w, "west") ||
           is_literal(w, "north") || is_literal(w, "south") || is_literal(w, "eastern") ||
           is_literal(w, "western") || is_literal(w, "northern") || is_literal(w, "southern") ||
           is_literal(w, "southeast") || is_literal(w, "southeastern") ||
           is_literal(w, "northeast") || is_literal(w, "northeastern") ||
           is_literal(w, "southwest") || is_literal(w, "southwestern") ||
           is_literal(w, "northwest") || is_literal(w, "northwestern") ||
           is_literal(w, "sub-saharan") || is_literal(w, "inner") || is_literal(w, "latin");
  }

  uint32_t try_place(uint32_t k, uint32_t e) {
    int max_words = gaz_.max_words();
    std::string_view before = k > 0 ? low(k - 1) : "";
    PhraseContext pc =
        (is_literal(before, "in") || is_literal(before, "at") || is_literal(before, "from") ||
         is_literal(before, "near") || is_literal(before, "to") || is_literal(before, "outside") ||
         is_literal(before, "of"))
            ? PhraseContext::kAfterLocativePreposition
            : PhraseContext::kPlain;
    if (at_.in_time[k]) return 0;  // "in March 2015" is a date, not the town of March
    // "the Niger state assembly", "Benue state governor": a state written with a lower-case
    // "state" is the gazetteer's "<Name> State" (Nigeria's Niger State, not the country).
    if (e < at_.tokens.size() && is_literal(low(e), "state") && e - k <= 3) {
      auto states = gaz_.lookup(std::string(phrase(k, e)) + " State");
      if (!states.empty() && states[0]->type == PlaceType::kRegion &&
          add_place(k, e + 1, states[0], "place-lowercase-state") >= 0) {
        ctx_.count_country(states[0]->country, k);
        return e + 1;
      }
    }
    for (uint32_t len = std::min<uint32_t>(e - k, max_words); len >= 1; --len) {
      if (!is_cap(k + len - 1)) continue;
      auto places = gaz_.lookup(phrase(k, k + len), pc);
      if (places.empty()) continue;
      if (is_dateline(k, k + len))
        return k + len;  // where the story was filed, not where it happened
      // "Obi Kanwazi, 19," or "Obi Kanwazi, a student,": a town's name opening a run of
      // capitalised words that the context marks as a person's name.
      // So is "president Keita" for the town of Keita.
      if (len == 1 && pc == PhraseContext::kPlain && places[0]->type == PlaceType::kCity &&
          (person_context(k, e) || person_context(k, k + 1))) {
        return 0;
      }
      if (k > 0 && storm_word_at(k - 1)) return k + len;  // "Cyclone Amara": weather
      // "the Geneva Convention", "the Paris Agreement": a town's name opening a law's or a
      // treaty's title names no place where something happened.
      if (k + len < e && legal_title_end_at(k + len)) return k + len + 1;
      // "the Moyo family home": a surname before "family", not the town of Moyo.
      if (k + len < at_.tokens.size() &&
          (is_literal(low(k + len), "family") || is_literal(low(k + len), "household") ||
           is_literal(low(k + len), "clan"))) {
        return k + len;
      }
      // "Isa Town prison", "Nova Lipa jail": a place's name of several words the gazetteer does
      // not hold, with "Town" or before a word of custody, is not its first word's town (not
      // "Dumaguete City", which is Dumaguete, nor "Orange County district").
      if (len < e - k &&
          (is_literal(low(k + len), "town") ||
           (e < at_.tokens.size() && at_.has(e, kLowerCase) &&
            (is_literal(low(e), "prison") || is_literal(low(e), "jail") ||
             is_literal(low(e), "colony") || is_literal(low(e), "penitentiary"))))) {
        return e;
      }
      // "Tolqin Asia", "Vesti Europe": a continent closing a run of capitalised words is the
      // end of an outlet's or a group's name, not the continent. Not "Central Asia", nor
      // "Chinese Central Asia" (a region of two words).
      if (len == 1 && places[0]->type == PlaceType::kContinent && k > 0 && is_cap(k - 1) &&
          ctx_.token_mention[k - 1] < 0 && !at_.has(k - 1, kParagraphStart) &&
          at_.sentences[at_.sentence_of[k - 1]].first_token != k - 1 && !is_compass(low(k - 1))) {
        return k + len;
      }
      // "the Gulf of Guinea", "Lake Victoria's ... Bay of Bengal": water, not the country.
      if (k >= 2 && is_literal(low(k - 1), "of") &&
          (is_literal(low(k - 2), "gulf") || is_literal(low(k - 2), "bay") ||
           is_literal(low(k - 2), "sea") || is_literal(low(k - 2), "strait") ||
           is_literal(low(k - 2), "lake") || is_literal(low(k - 2), "river"))) {
        return k + len;
      }
      // "Ramos was arrested" after "Lucia Ramos": a surname the text introduced, unless a
      // place preposition asks for a place ("in Lima") or it names a country.
      if (len == 1 && pc == PhraseContext::kPlain && places[0]->type != PlaceType::kCountry &&
          known_surnames_.count(std::string(tok(k)))) {
        return 0;
      }
      // A name several places share is the one in a country the title names.
      const Place* place = places[0];
      for (const Place* pl : places) {
        if (std::find(ctx_.title_countries.begin(), ctx_.title_countries.end(), pl->country) !=
            ctx_.title_countries.end()) {
          place = pl;
          break;
        }
      }
      // "the state of Guerrero", "the province of Cebu": the region of that name, not a town.
      if (k >= 2 && is_literal(low(k - 1), "of") &&
          (is_literal(low(k - 2), "state") || is_literal(low(k - 2), "province") ||
           is_literal(low(k - 2), "region") || is_literal(low(k - 2), "department"))) {
        for (const Place* pl : places) {
          if (pl->type == PlaceType::kRegion) {
            place = pl;
            break;
          }
        }
      }
      // A one-word city that is also a common word or given name needs a place preposition.
      Mention m;
      m.first_token = k;
      m.end_token = k + len;
      m.kind = MentionKind::kPlace;
      m.rule = "place-gazetteer";
      m.place = place;
      if (ctx_.add(std::move(m)) < 0) return 0;
      // A name of several places counts for a country only when they all lie in it
      // ("Camaguey", the city and its province), or when the title chose it.
      bool one_country =
          !place->country.empty() &&
          (place != places[0] || std::all_of(places.begin(), places.end(), [&](const Place* pl) {
             return pl->country == place->country;
           }));
      if ((place->type == PlaceType::kCountry || one_country) && !place_of_refuge(k)) {
        ctx_.count_country(place->country, k);
      }
      return k + len;
    }
    // "KYIV", "MOSCOW", "KUALA LUMPUR", "NEW DELHI" in a dateline or headline: the name in
    // capitals, of up to three words.
    if (at_.has(k, kAllCaps)) {
      for (uint32_t len = 3; len >= 1; --len) {
        if (k + len > e && len > 1) continue;
        std::string title;
        bool caps = true;
        for (uint32_t t = k; t < k + len && caps; ++t) {
          caps = at_.has(t, kAllCaps) &&
                 (t == k || at_.tokens[t].start == at_.tokens[t - 1].end + 1);
          if (caps) {
            if (t > k) title += ' ';
            title += title_cased(t);
          }
        }
        if (!caps || (len == 1 && tok(k).size() < 4)) continue;
        auto places = gaz_.lookup(title, pc);
        if (!places.empty() && places[0]->type != PlaceType::kRegion) {
          // The dateline names where the report was filed, not where the act was done; its
          // country still counts towards the country the text is about.
          if (is_dateline(k, k + len)) {
            if (!places[0]->country.empty()) ctx_.count_country(places[0]->country, k);
            return k + len;
          }
          if (add_place(k, k + len, places[0], "place-gazetteer-capitals") >= 0) return k + len;
        }
      }
    }
    // "Warsaw-based": the place before "-based".
    std::string_view w = tok(k);
    size_t dash = w.rfind('-');
    if (dash != std::string_view::npos && dash > 0 &&
        (is_literal(w.substr(dash), "-based") || is_literal(w.substr(dash), "-born"))) {
      auto places = gaz_.lookup(w.substr(0, dash));
      if (!places.empty()) {
        int idx = add_place(k, k + 1, places[0], "place-x-based");
        if (idx >= 0) {
          ctx_.mentions[idx].end = ctx_.mentions[idx].start + static_cast<uint32_t>(dash);
          return k + 1;
        }
      }
    }
    return 0;
  }

  // "(Berlin) – Police detained...", "MANILA, Philippines — ...", "KYIV: ...": a place at the
  // start of a paragraph, closed by a dash or a colon.
  bool is_dateline(uint32_t a, uint32_t b) const {
    uint32_t first = a;
    if (first > 0 && is_literal(tok(first - 1), "(")) --first;
    if (!opens_line(first)) return false;
    // "MOSCOW, June 9 (Reuters) —", "MANILA, 11 June 2025 —", "NAIROBI, March 9 (Horn Wire) -":
    // capitalised words, numbers, commas and an agency in brackets up to the dash.
    for (uint32_t t = b; t < at_.tokens.size() && t < b + 10; ++t) {
      std::string_view w = tok(t);
      if (is_literal(w, "\xE2\x80\x93") || is_literal(w, "\xE2\x80\x94") || is_literal(w, "-") ||
          is_literal(w, "--") || is_literal(w, ":"))
        return true;
      if (!is_literal(w, ")") && !is_literal(w, "(") && !is_literal(w, ",") && !is_cap(t) &&
          at_.tokens[t].kind != TokenKind::kNumber) {
        return false;
      }
    }
    return false;
  }

  // "the banned Democratic Choice party", "the ruling Justice and Development party": a name
  // closed by "party" or "movement" in lower case, after a lower-case word ("the", "banned").
  // Not a demonym or a place alone ("the Kazakh party").
  uint32_t try_party_in_lower_case(uint32_t k, uint32_t e) {
    if (k == 0 || e >= at_.tokens.size() || !at_.has(k - 1, kLowerCase) ||
        (!is_literal(low(e), "party") && !is_literal(low(e), "movement")) ||
        !at_.has(e, kLowerCase) || !is_cap(e - 1)) {
      return 0;
    }
    if (e == k + 1 && (!gaz_.country_of_demonym(tok(k)).empty() || !gaz_.lookup(tok(k)).empty()))
      return 0;
    for (uint32_t t = k; t < e; ++t) {
      if (!is_cap(t) && !is_connector(low(t))) return 0;
    }
    Mention m = organisation_mention(k, e + 1, "org-lowercase-party");
    if (ctx_.add(std::move(m)) < 0) return 0;
    return e + 1;
  }

  // "the village of Kowalo", "the district of Upper Kotido": a place of the kind its noun
  // says, though the gazetteer does not know it (then a place of the text's own, with no
  // country: the document's is taken for it).
  uint32_t try_local_place(uint32_t k, uint32_t e) {
    // The noun in lower case: not "Marlow County of Felony Theft".
    if (k < 2 || !is_literal(low(k - 1), "of") || !at_.has(k - 2, kLowerCase)) return 0;
    const PlaceType* type = place_noun(low(k - 2));
    if (type == nullptr) return 0;
    if (uint32_t known = try_place(k, e)) return known;
    uint32_t end = k;
    while (end < e && end < k + 3 && is_cap(end) && at_.tokens[end].kind == TokenKind::kWord) {
      ++end;
    }
    if (end == k) return 0;
    // "the river port of Nueva Palmira": a known place closing the name is the place.
    for (uint32_t j = k + 1; j < end; ++j) {
      if (!gaz_.lookup(phrase(j, end)).empty()) return 0;
    }
    Place& place = ctx_.local_places.emplace_back();
    place.id = kLocalPlaceIds + static_cast<uint32_t>(ctx_.local_places.size() - 1);
    place.type = *type;
    place.name = phrase(k, end);
    // "the northern Ugandan district of X": a country named a few words before the noun.
    for (uint32_t j = k - 2; j-- > 0 && k - 2 - j <= 3;) {
      if (at_.tokens[j].kind != TokenKind::kWord) break;
      if (std::string_view cc = country_word(j); !cc.empty()) {
        place.country = cc;
        break;
      }
    }
    place.population = 0;
    place.capital = false;
    if (add_place(k, end, &place, "place-after-noun") < 0) {
      ctx_.local_places.pop_back();
      return 0;
    }
    return end;
  }

  // data/places/place_nouns.tsv: "village" -> a city, "district" -> a region; nullptr for
  // other words.
  static const PlaceType* place_noun(std::string_view lower) {
    static const FlatStringMap<PlaceType> kNouns = [] {
      std::unordered_map<std::string_view, PlaceType, StringViewHash> m;
      for_each_data_row("places/place_nouns.tsv", [&](const TsvRow& r) {
        m[r[0]] = r.size() > 1 && r[1] == "region" ? PlaceType::kRegion : PlaceType::kCity;
      });
      return flat_copy(m);
    }();
    return kNouns.find(lower);
  }

  // A word in capitals with its first letter kept and the rest lower-cased as the token's
  // lower form has them ("BOGOTÁ" -> "Bogotá": not byte by byte, which leaves the "Á").
  std::string title_cased(uint32_t t) const {
    std::string title(tok(t));
    const std::string_view lower = at_.lower[t];
    if (static_cast<unsigned char>(title[0]) < 0x80 && lower.size() == title.size()) {
      title.replace(1, std::string::npos, lower.substr(1));
    } else {
      for (size_t i = 1; i < title.size(); ++i) {
        title[i] = ascii_lower(title[i]);
      }
    }
    return title;
  }

  // Whether token t opens a paragraph or a line.
  bool opens_line(uint32_t t) const {
    return t == 0 || at_.has(t, kParagraphStart) ||
           at_.text.substr(at_.tokens[t - 1].end, at_.tokens[t].start - at_.tokens[t - 1].end)
                   .find('\n') != std::string_view::npos;
  }

  // "NAIROBI, March 9 (Horn Wire) -": the agency in a date line's brackets, [k, e), is no one
  // the story tells of (it had been taken for the doer of the lead's acts).
  bool dateline_agency(uint32_t k, uint32_t e) const {
    if (k < 2 || e + 1 >= at_.tokens.size() || !is_literal(tok(k - 1), "(") ||
        !is_literal(tok(e), ")")) {
      return false;
    }
    const std::string_view dash = tok(e + 1);
    if (!is_literal(dash, "\xE2\x80\x93") && !is_literal(dash, "\xE2\x80\x94") &&
        !is_literal(dash, "-") && !is_literal(dash, "--")) {
      return false;
    }
    // Before the bracket: the place in capitals, then only commas, numbers and capitalised
    // words, from the start of the line.
    uint32_t t = k - 1;
    while (t > 0 && k - t < 8 && !opens_line(t)) {
      --t;
      if (!is_cap(t) && !is_literal(tok(t), ",") && at_.tokens[t].kind != TokenKind::kNumber) {
        return false;
      }
    }
    return opens_line(t) && t + 1 < k && at_.has(t, kAllCaps);
  }

  int add_place(uint32_t a, uint32_t b, const Place* place, const char* rule) {
    Mention m;
    m.first_token = a;
    m.end_token = b;
    m.kind = MentionKind::kPlace;
    m.rule = rule;
    m.place = place;
    return ctx_.add(std::move(m));
  }

  // Whether tokens t and t + 1 name a country or its people ("Sri Lanka", "Sri Lankan"), when
  // the first is a title that may open a name ("Sri").
  bool two_word_country(size_t t) const {
    char sex = 0;
    if (!is_cap(t) || !is_cap(t + 1) || honorific_at(t, &sex) == nullptr) return false;
    const std::string_view pair =
        at_.text.substr(at_.tokens[t].start, at_.tokens[t + 1].end - at_.tokens[t].start);
    if (!gaz_.country_of_demonym(pair).empty()) return true;
    for (const Place* pl : gaz_.lookup(pair)) {
      if (pl->type == PlaceType::kCountry) return true;
    }
    return false;
  }

  // Whether the capitalised word at t may stand alone for a person: not after "a" or "an"
  // ("a Christian"), not before a plural noun it qualifies ("Christian communities"), no digits
  // ("N3"), no inflected "-ed" verb ("Rescued").
  bool lone_word_can_be_name(size_t t) const {
    if (t > 0 && (is_literal(low(t - 1), "a") || is_literal(low(t - 1), "an"))) return false;
    if (t + 1 < at_.tokens.size() && at_.has(t + 1, kLowerCase) && is_word(t + 1) &&
        at_.noun_lemma[t + 1] != low(t + 1) && at_.verb_lemma[t + 1] == low(t + 1)) {
      return false;
    }
    std::string_view w = low(t);
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    return !(w.ends_with("ed") && at_.verb_lemma[t] != w);
  }

  // A title right before token t ("Mr Sunday", "Mrs. April").
  bool after_title(size_t t) const {
    char sex = 0;
    if (t > 0 && honorific_at(t - 1, &sex) != nullptr) return true;
    return t > 1 && is_literal(tok(t - 1), ".") && honorific_at(t - 2, &sex) != nullptr;
  }

  // "Aung Thu", "Kyaw Min Thu", "Aung Sat": a weekday's short form written without a period
  // right after a capitalised name word is a syllable of the name (Burmese names have many),
  // unless a date follows it ("Thu 5 May", "Thu, 5 May 2024") or the time finder read it.
  bool weekday_abbreviation_in_name(size_t t) const {
    if (t == 0 || !is_weekday_abbreviation(low(t)) || at_.in_time[t] || at_.has(t, kAllCaps)) {
      return false;
    }
    if (!is_cap(t - 1) || names(t - 1).not_name || at_.in_time[t - 1] ||
        at_.tokens[t].start != at_.tokens[t - 1].end + 1) {
      return false;
    }
    size_t n = t + 1;
    if (n < at_.tokens.size() && (is_literal(tok(n), ".") || is_literal(tok(n), ","))) ++n;
    return n >= at_.tokens.size() ||
           (at_.tokens[n].kind != TokenKind::kNumber && !at_.in_time[n]);
  }

  // Whether token t is a lower-case noun of a facility or a place ("metro", "prison").
  bool before_facility_noun(size_t t) const {
    return t < at_.tokens.size() && at_.has(t, kLowerCase) && is_facility_noun(low(t));
  }

  bool is_name_token(size_t t) const {
    if (!is_cap(t) && !is_glued_particle(t)) return false;
    // "Mainland-born Chen", "Oxford-educated Ana Lima": a compound adjective before the name.
    std::string_view w = low(t);
    if (w.ends_with("-born") || w.ends_with("-based") || w.ends_with("-educated") ||
        w.ends_with("-raised") || w.ends_with("-trained")) {
      return false;
    }
    if (at_.has(t, kAllCaps) && tok(t).size() > 1 && !names(t).given) return false;
    // "Rafiqul Islam", "Nazrul Islam": after a given name, "Islam" is a common Bengali family
    // name, not the religion.
    const bool family_name = w == "islam" && t > 0 && is_cap(t - 1) && names(t - 1).given;
    if ((names(t).not_name && !(is_calendar_word(tok(t)) && after_title(t)) &&
         !weekday_abbreviation_in_name(t) && !family_name) ||
        names(t).org_head) {
      return false;
    }
    // "held in Evin prison", "Tora jail", "the Karrada neighborhood": the name of a
    // place.
    if (before_facility_noun(t + 1)) return false;
    // "Sri Lankan", "Sri Lanka": a word of a two-word country or demonym ("Sri" is also an
    // honorific).
    return !(t > 0 && two_word_country(t - 1)) &&
           !(t + 1 < at_.tokens.size() && two_word_country(t));
  }

  // The last word of a place's or a building's name.
  static bool facility_word(std::string_view w) {
    // (Not words that are also common surnames: "Lane", "Park", "Church", "Bridge", "Lake".)
    return w == "station" || w == "street" || w == "square" || w == "road" || w == "avenue" ||
           w == "market" || w == "airport" || w == "prison" || w == "colony" || w == "camp" ||
           w == "district" || w == "village" || w == "mosque" || w == "hospital" ||
           w == "stadium" || w == "boulevard" || w == "highway" || w == "mountains";
  }

  // Context that marks a capitalised sequence as a person: a role noun before it
  // ("journalist Ana Lima"), a speech verb next to it ("said Lima"), or an apposition after
  // it ("Lima, a lawyer,").
  bool person_context(uint32_t a, uint32_t b) const {
    // "Kelmor Station", "Lenin Square", "Central Market": a place's name, whatever stands
    // beside it.
    // (Not after a known given name: "Tomas Lane", "Mina Park".)
    if (facility_word(low(b - 1)) && !(b - a >= 2 && names(a).given != nullptr)) return false;
    if (a > 0 && (role_at(a - 1) != nullptr || plain_at(a - 1))) return true;
    // "a radio journalist, Ana Lima," — the role noun, a comma, then a full name. So after
    // any singular noun for a person: "a hospital spokeswoman, X Y,", "the farmer, X Y,".
    if (b - a >= 2 && a > 1 && is_literal(tok(a - 1), ",")) {
      const RoleNoun* role = role_at(a - 2);
      if (role != nullptr && !role->plural) return true;
      if (role == nullptr && at_.has(a - 2, kLowerCase) &&
          (plain_at(a - 2) ||
           (at_.noun_lemma[a - 2] == low(a - 2) && is_person_noun(low(a - 2))))) {
        return true;
      }
    }
    // "one of the detained legislators, Ana Lima, was ...", "two lawyers, Ana Lima and Rui
    // Costa,": after a plural role noun the apposition must close (a comma or "and").
    if (b - a >= 2 && a > 1 && b < at_.tokens.size() && is_literal(tok(a - 1), ",") &&
        (is_literal(tok(b), ",") || is_literal(low(b), "and")) && role_at(a - 2) != nullptr &&
        role_at(a - 2)->plural) {
      return true;
    }
    // A two-word role ("asylum seeker Ana Lima") ends in a word that ends a role phrase:
    // asked first, the phrase is built and looked up only then.
    if (a > 1 && ends_role_phrase_at(a - 1) &&
        lex_.role_noun(std::string(low(a - 2)) + " " + std::string(low(a - 1))))
      return true;
    // "A woman from Odrun said", "shot near Kelmor Station, his mother said": after a word of
    // place, a speech verb or an apposition next to the words marks no person.
    // (One word only: "the Officer in Charge Jordan Mills said" names him.)
    const bool placed = b == a + 1 && a > 0 &&
                        (is_literal(low(a - 1), "from") || is_literal(low(a - 1), "near") ||
                                  is_literal(low(a - 1), "in") || is_literal(low(a - 1), "at") ||
                                  is_literal(low(a - 1), "outside") ||
                                  is_literal(low(a - 1), "inside") || is_literal(low(a - 1), "into"));
    if (!placed && b < at_.tokens.size() && is_speech_verb(low(b), /*names_only=*/true)) return true;
    if (a > 0 && is_speech_verb(low(a - 1), /*names_only=*/true)) return true;
    if (!placed && b + 2 < at_.tokens.size() && is_literal(tok(b), ",") &&
        apposed_person_noun(b + 1)) {
      return true;
    }
    // "Ana Lima, 34, was detained", "Rui Costa, 19; ...": an age in commas.
    if (b + 2 < at_.tokens.size() && is_literal(tok(b), ",") &&
        at_.tokens[b + 1].kind == TokenKind::kNumber && tok(b + 1).size() <= 3 &&
        (is_literal(tok(b + 2), ",") || is_literal(tok(b + 2), ";") ||
         is_literal(tok(b + 2), ")"))) {
      return true;
    }
    // "including Cristiana Chamorro and Felix Maradiaga": two words coordinated with a name
    // that opens with a known given name.
    if (b - a == 2 && b + 2 < at_.tokens.size() &&
        (is_literal(low(b), "and") || is_literal(tok(b), ",")) && is_cap(b + 1) && is_cap(b + 2) &&
        names(b + 1).given != nullptr) {
      return true;
    }
    // "Felix Maradiaga and Cristiana Chamorro": two words after "and" and a person's name.
    if (b - a == 2 && a >= 2 && is_literal(low(a - 1), "and") && ctx_.token_mention[a - 2] >= 0 &&
        ctx_.mentions[ctx_.token_mention[a - 2]].kind == MentionKind::kPerson) {
      return true;
    }
    // "Chan Thy was arrested", "police detained Meas Rithy,": two or three capitalised words
    // that an act done only to people has as its patient, one of them no English word.
    if (b - a >= 2 && b - a <= 3 && person_patient(a, b)) return true;
    // "Ada Kano, who publishes a paper": two or more words, then ", who".
    if (b - a >= 2 && b + 1 < at_.tokens.size() && is_literal(tok(b), ",") &&
        (is_literal(low(b + 1), "who") || is_literal(low(b + 1), "whose"))) {
      return true;
    }
    // "arrested one Ana Lima", "the killing of one Rui Costa": a full name after "one".
    if (b - a >= 2 && a >= 2 && is_literal(low(a - 1), "one") &&
        (at_.verb_lemma[a - 2] != low(a - 2) || is_literal(low(a - 2), "of"))) {
      return true;
    }
    // "identified as Ana Lima", "namely: Ana Lima".
    if (a >= 2 && is_literal(low(a - 1), "as") && is_literal(low(a - 2), "identified")) return true;
    if (a >= 1 && is_literal(low(a - 1), "namely")) return true;
    if (a >= 2 && is_literal(tok(a - 1), ":") && is_literal(low(a - 2), "namely")) return true;
    // The next item of a list of people: "Ana Lima, Rui Costa and Marta Sousa" (a full name:
    // "Lima, Pamiri politician Rui Costa" does not make "Pamiri" a person).
    if (b - a >= 2 && a >= 2 && (is_literal(tok(a - 1), ",") || is_literal(low(a - 1), "and"))) {
      int prev = ctx_.token_mention[a - 2];
      if (prev >= 0 && ctx_.mentions[prev].kind == MentionKind::kPerson &&
          ctx_.mentions[prev].end_token == a - 1) {
        return true;
      }
    }
    return false;
  }

  // Whether [a, b) is what an act done only to people is done to: the subject of "was
  // arrested", "were sentenced", "died", or the object right after "detained", "abducted", closed
  // by punctuation, "and" or a preposition. One of its words must be no English word ("Sok Malis",
  // not "Radio Free" or "Human Rights").
  bool person_patient(uint32_t a, uint32_t b) const {
    // A past form (not the base, not "-s") of a verb of such acts, by its lemma.
    auto act = [&](uint32_t t) {
      static constexpr std::string_view kActs[] = {
          "arrest", "detain", "sentence", "jail",    "release", "free",     "abduct",     "kidnap",
          "kill",   "murder", "charge",   "convict", "acquit",  "summon",   "question",   "torture",
          "beat",   "deport", "expel",    "pardon",  "execute", "imprison", "interrogate"};
      const std::string_view w = low(t), v = at_.verb_lemma[t];
      return v != w && (w.ends_with("ed") || w.ends_with("en")) &&
             std::find(std::begin(kActs), std::end(kActs), v) != std::end(kActs);
    };
    const Lemmatizer& lem = Lemmatizer::instance();
    // (Not a thing's name after a determiner: "the van in whose Kia Sportage X was arrested".)
    // Nor the end of a longer run of capitalised words ("Kia Sportage X").
    if (a > 0 &&
        (opens_noun_phrase(low(a - 1)) || is_literal(low(a - 1), "whose") ||
         (is_cap(a - 1) && !at_.in_time[a - 1] && at_.sentence_of[a - 1] == at_.sentence_of[a] &&
          at_.sentences[at_.sentence_of[a]].first_token != a - 1))) {
      return false;
    }
    bool foreign = false;
    for (uint32_t t = a; t < b; ++t) {
      // (Nor a role in title case: "detained Labour Activist X".)
      if (!is_cap(t) || role_at(t) != nullptr || plain_at(t)) return false;
      foreign =
          foreign || (!lem.is_lemma(low(t), Pos::kNoun) && !lem.is_lemma(low(t), Pos::kVerb) &&
                      at_.noun_lemma[t] == low(t) && at_.verb_lemma[t] == low(t));
    }
    if (!foreign) return false;
    const size_t n = at_.tokens.size();
    if (b + 1 < n && (is_literal(low(b), "was") || is_literal(low(b), "were")) && act(b + 1)) {
      return true;
    }
    // "Lobsang Tenzin died in custody", "X has disappeared": what only people do.
    if (b < n) {
      uint32_t v = b;
      if (v + 1 < n && (is_literal(low(v), "has") || is_literal(low(v), "had"))) ++v;
      if (is_literal(low(v), "died") || is_literal(low(v), "disappeared") ||
          is_literal(low(v), "vanished")) {
        return true;
      }
    }
    // "Pen Sokha and Ouk Samnang were arrested": the first of two.
    if (b + 1 < n && is_literal(low(b), "and")) {
      uint32_t c = b + 1;
      while (c < n && c < b + 4 && is_cap(c)) ++c;
      if (c > b + 2 && c + 1 < n && is_literal(low(c), "were") && act(c + 1)) return true;
    }
    if (a == 0 || !act(a - 1) || !at_.has(a - 1, kLowerCase)) return false;
    if (b >= n) return true;
    const std::string_view w = low(b);
    return at_.tokens[b].kind == TokenKind::kPunct || is_literal(w, "and") || is_preposition(w);
  }

  // ", a political activist", ", the union's regional organiser", ", a 32-year-old man",
  // ", his brother": a determiner, at most three modifiers, then a noun for a person.
  // Not ", the capital" or ", a rights group".
  bool apposed_person_noun(uint32_t t) const {
    std::string_view d = low(t);
    if (!is_literal(d, "a") && !is_literal(d, "an") && !is_literal(d, "the") &&
        !is_literal(d, "his") && !is_literal(d, "her") && !is_literal(d, "their")) {
      return false;
    }
    for (uint32_t k = t + 1; k < at_.tokens.size() && k < t + 5; ++k) {
      if (role_at(k) != nullptr || plain_at(k)) return true;
      bool modifier = at_.tokens[k].kind == TokenKind::kWord ||
                      at_.tokens[k].kind == TokenKind::kNumber || at_.has(k, kPossessive);
      if (!modifier || at_.sentence_of[k] != at_.sentence_of[t]) return false;
    }
    return false;
  }

  // "the weekly Vestnik ... The Vestnik was fined": a name the document has already given
  // an organisation (by the noun before it) names it again, the longest first.
  uint32_t try_known_organisation(uint32_t k, uint32_t e) {
    if (known_organisations_.empty()) return 0;
    for (uint32_t len = std::min<uint32_t>(e - k, 6); len >= 1; --len) {
      if (!is_cap(k + len - 1) || !known_organisations_.count(std::string(phrase(k, k + len))))
        continue;
      return ctx_.add(organisation_mention(k, k + len, "org-named-before")) >= 0 ? k + len : 0;
    }
    return 0;
  }

  // An organisation's mention over tokens [a, b), found by `rule`.
  Mention organisation_mention(uint32_t a, uint32_t b, const char* rule) const {
    Mention m;
    m.first_token = a;
    m.end_token = b;
    m.kind = MentionKind::kOrganization;
    m.rule = rule;
    m.name = std::string(phrase(a, b));
    return m;
  }

  // A lower-case noun that, capitalised, heads organisations' names ("weekly", "newspaper",
  // "party", "agency"). Not a role or person noun ("the lawyer Ana Lima").
  bool names_kind_of_organisation(std::string_view lower) const {
    if (lower.empty() || lex_.role_noun(lower) != nullptr || is_plain_person_noun(lower))
      return false;
    std::string cap(lower);
    cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
    return lex_.is_org_head(cap);
  }

  // Whether the capitalised words [p, q) after such a noun can be an organisation's own name:
  // not a place or a demonym ("the party in Russia", "the group's Russian members"), not a
  // person's ("the executive Rui Costa", a known surname), and not one common English word
  // ("the group Published").
  bool can_name_organisation(uint32_t p, uint32_t q) const {
    if (names(p).given != nullptr || !gaz_.lookup(phrase(p, q)).empty()) return false;
    if (!gaz_.country_of_demonym(tok(p)).empty()) return false;
    // "BJP-friendly": a compound adjective.
    for (uint32_t t = p; t < q; ++t) {
      std::string_view w = tok(t);
      for (size_t i = w.find('-'); i != std::string_view::npos && i + 1 < w.size();
           i = w.find('-', i + 1)) {
        if (std::islower(static_cast<unsigned char>(w[i + 1]))) return false;
      }
    }
    if (q - p == 1 && (known_surnames_.count(std::string(tok(p))) > 0 || names(p).not_name ||
                       Lemmatizer::instance().is_lemma(at_.noun_lemma[p], Pos::kNoun) ||
                       Lemmatizer::instance().is_lemma(at_.verb_lemma[p], Pos::kVerb) ||
                       low(p).find_first_of("'\xE2") != std::string_view::npos)) {
      return false;
    }
    return true;
  }

  // Whether the word at token t opens a yes-no question ("Can you ...?", "Q: Were you ...?"):
  // it is an auxiliary or a modal, the first word of its sentence or of the words after a
  // "Q:" label, and the sentence ends with a question mark.
  bool opens_question(uint32_t t, const Sentence& sen) const {
    if (!opens_yes_no_question(low(t))) return false;
    if (t != sen.first_token && t != past_question_label(at_, sen.first_token, sen.end_token)) {
      return false;
    }
    uint32_t last = sen.end_token - 1;
    while (last > t && at_.has(last, kCloseQuote)) --last;
    return is_literal(tok(last), "?");
  }

  // A line written in title case ("Journalist Set Free After Two Years"): most of its words
  // of four letters or more are capitalised, and there are at least three of them.
  bool in_title_case(const Sentence& sen) {
    if (title_case_sentence_ == sen.first_token) return title_case_;
    title_case_sentence_ = sen.first_token;
    int words = 0, caps = 0;
    for (uint32_t t = sen.first_token; t < sen.end_token; ++t) {
      if (at_.tokens[t].kind != TokenKind::kWord || tok(t).size() < 4) continue;
      // "Police visited Zhou Wenbin on Monday.": a weekday or a month is capitalised in any
      // line, so it tells nothing of the line's case.
      if (at_.in_time[t]) continue;
      ++words;
      caps += is_cap(t) ? 1 : 0;
    }
    title_case_ = caps >= 3 && caps * 5 >= words * 4;
    return title_case_;
  }

  // Where a person's name that starts at token p ends, within the capitalised run ending at
  // e: at most four words, stopped by a generational suffix ("Jr."), by a well-known place
  // after a complete name, and in a line written in title case by a common English word.
  uint32_t name_extent(uint32_t p, uint32_t e, bool title_case) {
    uint32_t q = p;
    // "the Tomas Weller Jr. Hate Crimes Act": a generational suffix ends the name.
    auto ends_name = [&](uint32_t t) {
      std::string_view w = low(t);
      return is_literal(w, "jr.") || is_literal(w, "jr") || is_literal(w, "sr.") ||
             is_literal(w, "sr") || is_literal(w, "ii") || is_literal(w, "iii") ||
             is_literal(w, "iv");
    };
    while (q < e && q - p < 4 && !(q > p + 1 && ends_name(q - 1)) &&
           (is_name_token(q) || (q > p && is_connector(low(q)) && lex_.is_name_particle(low(q))))) {
      // Stop before a place that follows a complete name ("Ana Lima Warsaw" is rare; a name
      // then a place in one run usually means two things).
      // "Paulo Ryan Lima": after a middle given name the name goes on.
      if (q > p + 1 && !names(q).given && !surname_affix_at(q) && !names(q - 1).given &&
          names_a_known_place(tok(q))) {
        break;
      }
      // "Tomas Weller Set Free": in a line written in title case, a common English word after
      // a name of two words starts the rest of the line.
      // Not a particle ("El", "de") nor a surname that is also a trade ("Smith").
      if (title_case && q > p + 1 && tok(q).size() >= 3 && !names(q).given &&
          !surname_affix_at(q) && !lex_.is_name_particle(low(q)) &&
          !lex_.is_name_particle(low(q - 1)) && !is_person_noun(low(q)) &&
          (Lemmatizer::instance().is_lemma(at_.noun_lemma[q], Pos::kNoun) ||
           Lemmatizer::instance().is_lemma(at_.verb_lemma[q], Pos::kVerb))) {
        break;
      }
      ++q;
    }
    return q;
  }

  // "Exiled Bahraini activist held in Serbia", "Jailed Bahraini rapper freed": capitalised
  // words ending in a demonym, right before a lower-case noun for a person, describe that
  // person; they are no name. Not when a word before the demonym is a known given name or a
  // surname the text introduced.
  bool describes_person_noun(uint32_t p, uint32_t q) const {
    if (q - p < 2 || q >= at_.tokens.size() || !at_.has(q, kLowerCase) || !is_word(q) ||
        gaz_.country_of_demonym(tok(q - 1)).empty()) {
      return false;
    }
    if (role_at(q) == nullptr && !plain_at(q) && !is_person_noun(at_.noun_lemma[q])) return false;
    for (uint32_t t = p; t + 1 < q; ++t) {
      if (names(t).given != nullptr || known_surnames_.count(std::string(tok(t))) > 0) return false;
    }
    return true;
  }

  // Whether every token of [p, q) is a capitalised word: no connector ("to the") joins two
  // names there.
  bool all_capitalised(uint32_t p, uint32_t q) const {
    for (uint32_t t = p; t < q; ++t) {
      if (!is_cap(t)) return false;
    }
    return true;
  }

  bool has_surname_affix(uint32_t p, uint32_t q) const {
    bool affix = false;
    for (uint32_t t = p; t < q; ++t) affix = affix || surname_affix_at(t) != 0;
    return affix;
  }

  // Whether the words [p, q) read as a person's name: two or more words with a given name, a
  // surname's ending, a person's context or a family name first; one word only as a known
  // surname, in a person's context, with a surname's ending, or as a given name that opens
  // no sentence and names no place; never a demonym, a common noun opening the sentence, or
  // a place whose first word is a given name.
  bool reads_as_person(uint32_t p, uint32_t q, bool honorific, const Sentence& sen,
                       bool surname_first) {
    const uint32_t n = q - p;
    const bool given = names(p).given != nullptr;
    const bool affix = has_surname_affix(p, q);
    bool sentence_initial = p == sen.first_token;
    bool context = honorific || person_context(p, q);
    bool accept = false;
    if (n >= 2) {
      accept = given || affix || context || surname_first;
    } else {
      std::string_view w = tok(p);
      bool known_surname = known_surnames_.count(std::string(w)) > 0;
      // "Sofia Achieng ... Later, Sofia was arrested": the given name of a full name this
      // text already gave, though a town has that name too.
      if (given && known_given_names_.count(std::string(w)) > 0) return true;
      accept = known_surname || context || (affix && w.size() >= 5) ||
               (given && !sentence_initial && !gaz_.lookup(w).size());
      // "Roman", "Bahraini": a demonym alone is not a name.
      if (!gaz_.country_of_demonym(w).empty() && !known_surname) accept = false;
      // "a Roman general", "mostly Christian villages", "N5,000", "Rescued after
      // a week": an adjective, a sum or a verb, not a one-word name.
      if (!honorific && !lone_word_can_be_name(p)) accept = false;
      // "Agents told his wife ...": a capitalised common noun opening the sentence.
      if (sentence_initial && !known_surname && !given && !honorific &&
          (lex_.state_actor(low(p)) != nullptr || lex_.non_state_actor(low(p)) != nullptr ||
           role_at(p) != nullptr || !lex_.group_noun(low(p)).empty() || plain_at(p))) {
        accept = false;
      }
    }
    // "Hong Kong", "Ciudad Juarez": a place whose first word is also a given name.
    if (accept && !honorific && !gaz_.lookup(phrase(p, q)).empty()) accept = false;
    return accept;
  }

  uint32_t try_person(uint32_t k, uint32_t e, const Sentence& sen, bool given_name_only) {
    // "on Jan 5", "in Jan 2020": a word the time finder read as part of a date opens no name,
    // though "Jan" is also a given name ("Jan Novak").
    if (at_.in_time[k]) return 0;
    uint32_t p = k;
    char sex = 0;
    // "Journalist Ana Lima" at the start of a sentence: the role noun is not part of the name.
    if (k == sen.first_token && k + 1 < e && role_at(k) != nullptr) ++p;
    // "Attorney General Ana Lima", "District Attorney Rui Costa": the longest title of
    // data/names/honorifics.tsv first, then a one-word one ("Judge", "Dr.").
    const char* hon = nullptr;
    for (uint32_t len = 3; len >= 2 && hon == nullptr; --len) {
      if (p + len > e) continue;
      bool caps = true;
      for (uint32_t t = p; t < p + len; ++t) caps = caps && is_cap(t);
      if (caps && (hon = lex_.honorific(phrase(p, p + len), &sex)) != nullptr) p += len;
    }
    if (hon == nullptr && (hon = honorific_at(p, &sex)) != nullptr) {
      ++p;
      if (p < e && is_literal(tok(p), ".")) ++p;
    }
    if (p >= e) return 0;  // "the Attorney General said": a title with no name
    // "near the Kastrychnitskaya metro station", "taken to the Padinska Skela detention
    // centre": capitalised words right before a lower-case noun of a facility or a place name
    // that place, not a person. Passed over whole once places were tried, so no word of them
    // is read as a name of its own.
    if (hon == nullptr && before_facility_noun(e) && all_capitalised(p, e)) {
      return given_name_only ? 0 : e;
    }
    // "Will Maria Lopez Face Trial?": a modal opening a question is no given name.
    if (p == sen.first_token && p + 1 < e && is_modal(low(p)) && names(p + 1).given) ++p;
    // "Q: Can you tell us how you were arrested?": nor is a word alone that opens a yes-no
    // question, after an interviewer's label or not.
    if (p + 1 == e && opens_question(p, sen)) return 0;
    // "Police Detain Lawyer Andrei Voronovich": in a headline with every word capitalised,
    // common words before a given name ("Detain", "Lawyer") are no part of the name.
    if (hon == nullptr && in_title_case(sen) && !names(p).given) {
      for (uint32_t j = p + 1; j < e && j <= p + 3 && is_cap(j); ++j) {
        if (names(j).given == nullptr) continue;
        bool common = true;
        for (uint32_t t = p; t < j && common; ++t) {
          common = Lemmatizer::instance().is_lemma(at_.noun_lemma[t], Pos::kNoun) ||
                   Lemmatizer::instance().is_lemma(at_.verb_lemma[t], Pos::kVerb);
        }
        if (common) p = j;
        break;
      }
    }
    uint32_t q = name_extent(p, e, in_title_case(sen));
    if (q == p) return 0;
    if (hon == nullptr && describes_person_noun(p, q)) return 0;
    if (p > 0 && storm_word_at(p - 1)) return 0;
    // "Grant County", "Marlow District": a capitalised word for an administrative unit right
    // after the first words makes them a place's name the gazetteer may lack, not a person's.
    // The words are passed over whole, so "County" is not read as a name of its own.
    // So does a street's ("Albert St.", "Nelson Avenue").
    for (uint32_t t = p + 1; t <= q && t < at_.tokens.size(); ++t) {
      if (is_cap(t) && (is_settlement_noun(low(t)) || is_street_word(low(t)))) return t + 1;
    }
    // "the Official Secrets Act", "the Public Order Law": words of a law's title.
    if (q < e && legal_title_end_at(q)) return 0;
    // "the village of Tam Lo", "the district of Ban Hin": a place the gazetteer lacks.
    if (p >= 2 && is_literal(low(p - 1), "of") && is_settlement_noun(low(p - 2))) return 0;
    // "The Sea Lark was detained in port", "the Grand Hotel, ...": a name after "the" that
    // stands alone as a noun phrase names a thing (a ship, a building); "the Ana Lima case"
    // and "the journalist Ana Lima" keep their person.
    bool given_inside = false;  // "the House Speaker Ana Lima": a person after a title
    for (uint32_t t = p + 1; t < q; ++t) given_inside = given_inside || names(t).given;
    // Two words ("The Sea Lark"), or more that end in a common noun ("the Tomas Weller
    // Award"); not "the Interior Minister Karim Haddad", whose last words are a person's.
    const bool thing_like = q - p == 2 || (q - p > 2 && Lemmatizer::instance().is_lemma(
                                                            at_.noun_lemma[q - 1], Pos::kNoun));
    if (hon == nullptr && p == k && p > 0 && is_literal(low(p - 1), "the") && !given_inside &&
        thing_like && q < at_.tokens.size() &&
        (at_.tokens[q].kind == TokenKind::kPunct || is_be(low(q)) || is_literal(low(q), "has") ||
         is_literal(low(q), "had") || is_literal(low(q), "have") || is_modal(low(q)))) {
      // Passed over whole once places were tried ("The Hague" is one), so no word of it is
      // read as a name of its own.
      return given_name_only ? 0 : q;
    }
    // "the weekly Novy Vestnik", "the rights group Memorial": a name right after a lower-case
    // noun that heads organisations' names (data/names/org_heads.tsv) is the organisation's.
    if (hon == nullptr && p == k && p > 0 && at_.has(p - 1, kLowerCase) &&
        names_kind_of_organisation(low(p - 1)) && can_name_organisation(p, q)) {
      if (ctx_.add(organisation_mention(p, q, "org-after-kind-noun")) < 0) return 0;
      known_organisations_.insert(std::string(phrase(p, q)));
      return q;
    }
    // "Wang Lixin", "Nguyen Van Dai": a family name written first, then given names, which
    // are no ethnonym ("Han Chinese") and no common English word ("Mao Zedong Thought").
    bool surname_first = q - p >= 2 && names(p).surname_first && hon == nullptr &&
                         !names(p).given && gaz_.country_of_demonym(tok(p + 1)).empty();
    if (surname_first) {
      for (uint32_t t = p + 2; t < q; ++t) {
        if (!names(t).given && Lemmatizer::instance().is_lemma(low(t), Pos::kNoun)) {
          q = t;
          break;
        }
      }
    }
    const uint32_t n = q - p;
    const bool given = names(p).given != nullptr;
    if (given_name_only && !given) return 0;
    const bool affix = has_surname_affix(p, q);
    if (!reads_as_person(p, q, hon != nullptr, sen, surname_first)) return 0;
    Mention m;
    m.first_token = p;
    m.end_token = q;
    m.kind = MentionKind::kPerson;
    m.rule = given            ? "person-given-name"
             : affix          ? "person-surname-morphology"
             : hon != nullptr ? "person-honorific"
             : n == 1         ? "person-known-surname"
                              : "person-context";
    if (given) {
      char gs = names(p).given->sex;
      if (gs == 'm' || gs == 'f') m.sex = gs;
    }
    if (sex == 'm' || sex == 'f') m.sex = sex;
    if (ctx_.add(std::move(m)) < 0) return 0;
    if (n >= 2) known_surnames_.insert(std::string(tok(q - 1)));
    if (n >= 2 && given && !surname_first) known_given_names_.insert(std::string(tok(p)));
    // "Juan López Mejía" is later "López": the paternal surname of a Spanish or Portuguese
    // double surname, unless it is a second given name ("Juan Carlos Pérez").
    if (n >= 3 && !names(q - 2).given) known_surnames_.insert(std::string(tok(q - 2)));
    return q;
  }

  // "his younger sister, Zulpiya, was sentenced": one capitalised word set off by commas right
  // after a kinship noun is that relative's name, though no lexicon knows it and the
  // gazetteer knows a town of that name.
  uint32_t try_name_apposed_to_kin(uint32_t k, uint32_t e) {
    if (k + 1 != e || k < 2 || k + 1 >= at_.tokens.size()) return 0;
    // Closed by a comma, or by the end of the sentence ("said Ulloa's daughter, Nidia.").
    if (!is_literal(tok(k - 1), ",") ||
        (!is_literal(tok(k + 1), ",") && !is_literal(tok(k + 1), ".") &&
         !is_literal(tok(k + 1), ";"))) {
      return 0;
    }
    if (kinship_noun(low(k - 2)) == nullptr || names(k).not_name || names(k).org_head ||
        at_.in_time[k]) {
      return 0;
    }
    Mention m;
    m.first_token = k;
    m.end_token = k + 1;
    m.kind = MentionKind::kPerson;
    m.rule = "person-apposed-to-kin";
    if (ctx_.add(std::move(m)) < 0) return 0;
    known_surnames_.insert(std::string(tok(k)));  // "Gulnar, a nurse, was taken" later on
    return k + 1;
  }

  // "URGENT ACTION: LAWYER DETAINED": in a line written all in capitals, an English word, or
  // a long word, is shouted, no acronym (acronyms are short: "NDP", "OHCHR").
  bool shouted_word(uint32_t k) const {
    const Sentence& s = at_.sentences[at_.sentence_of[k]];
    int words = 0;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (at_.tokens[t].kind != TokenKind::kWord) continue;
      if (!at_.has(t, kAllCaps)) return false;
      ++words;
    }
    if (words < 3) return false;
    const Lemmatizer& lem = Lemmatizer::instance();
    return tok(k).size() >= 6 || opens_noun_phrase(low(k)) || is_preposition(low(k)) ||
           at_.verb_lemma[k] != low(k) || at_.noun_lemma[k] != low(k) ||
           lem.is_lemma(low(k), Pos::kVerb) || lem.is_lemma(low(k), Pos::kNoun);
  }

  // An unknown all-capitals word of three or more letters is most often an organisation's
  // acronym ("the NDP said"); defined ones are linked to their long form later.
  uint32_t try_acronym(uint32_t k) {
    if (!at_.has(k, kAllCaps) || tok(k).size() < 3 || names(k).not_name) return 0;
    // "the KGB", "the FSB": a state body of data/actors/state_actors.tsv, which the common
    // mentions read as a state actor with its category and country.
    if (lex_.state_actor(low(k)) != nullptr) return 0;
    if (shouted_word(k)) return 0;
    Mention m;
    m.first_token = k;
    m.end_token = k + 1;
    m.kind = MentionKind::kOrganization;
    m.rule = "org-acronym";
    m.name = std::string(tok(k));
    return ctx_.add(std::move(m)) >= 0 ? k + 1 : 0;
  }

  // "Long Name (ACR)" and "Long Name, or ACR,": the acronym becomes the long form's alias.
  void link_acronyms_in_parentheses() {
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      Mention& m = ctx_.mentions[i];
      if (m.kind != MentionKind::kOrganization && m.kind != MentionKind::kStateActor) continue;
      uint32_t t = m.end_token;
      uint32_t acr = 0;
      if (t + 2 < at_.tokens.size() && is_literal(tok(t), "(") && at_.has(t + 1, kAllCaps) &&
          is_literal(tok(t + 2), ")")) {
        acr = t + 1;
      } else if (t + 3 < at_.tokens.size() && is_literal(tok(t), ",") &&
                 is_literal(low(t + 1), "or") && at_.has(t + 2, kAllCaps)) {
        acr = t + 2;
      }
      if (acr == 0) continue;
      acronym_of_[std::string(tok(acr))] = static_cast<int>(i);
    }
    for (Mention& m : ctx_.mentions) {
      if (m.end_token - m.first_token != 1) continue;
      auto it = acronym_of_.find(std::string(tok(m.first_token)));
      if (it == acronym_of_.end()) continue;
      const Mention& long_form = ctx_.mentions[it->second];
      if (&long_form == &m) continue;
      m.kind = long_form.kind;
      m.name = long_form.name;
      m.category = long_form.category;
      m.country = long_form.country;
      m.rule = "org-acronym-defined";
    }
  }

  DocumentContext& ctx_;
  const AnnotatedText& at_;
  const NameLexicon& lex_;
  const Gazetteer& gaz_;
  std::unordered_set<std::string> known_surnames_;
  std::unordered_set<std::string> known_given_names_;  // first words of full names seen
  // in_title_case's answer for the sentence that starts at that token.
  uint32_t title_case_sentence_ = UINT32_MAX;
  bool title_case_ = false;
  // Names given to an organisation by the noun before them ("the weekly Vestnik").
  std::unordered_set<std::string> known_organisations_;
  std::unordered_map<std::string, int> acronym_of_;
  // names() and surname_affix_at() by token: null and kUnknownSex until first asked.
  static constexpr char kUnknownSex = 1;
  static inline const NameWord kNoNameWord{};
  mutable std::vector<const NameWord*> token_words_;
  mutable std::vector<char> token_surname_sex_;
  static inline const RoleNoun kUnaskedRole{};
  mutable std::vector<const RoleNoun*> word_roles_;  // role_at() by word id, kUnaskedRole first
  mutable std::vector<char> word_plain_;             // plain_at() by word id, kUnknownSex first
};

}  // namespace

void find_named_mentions(DocumentContext* ctx) {
  RunReader reader(ctx);
  reader.read_all();
}

}  // namespace casebook
