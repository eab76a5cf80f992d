// In-document coreference: names, surnames, acronyms, pronouns and relatives become entities.
#include "extract/entities.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/ascii_case.h"
#include "extract/age_group.h"
#include "extract/clause_words.h"
#include "extract/common_mentions.h"
#include "extract/event_victims.h"
#include "extract/quotes.h"
#include "extract/word_classes.h"
#include "nlp/gazetteer.h"
#include "nlp/lemmatizer.h"
#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  ascii_lower_in_place(out);
  return out;
}

std::string strip_the(std::string_view s) {
  if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The ")) s.remove_prefix(4);
  return std::string(s);
}

// Whether w is one of the space-separated words of s. Asked for every known name for every
// one-word mention, so it splits nothing into a vector.
bool has_word(std::string_view s, std::string_view w) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i && s.substr(i, j - i) == w) return true;
    i = j + 1;
  }
  return false;
}

class EntityBuilder {
 public:
  EntityBuilder(DocumentContext* ctx, std::vector<Quote>* quotes)
      : ctx_(*ctx), at_(ctx->at), quotes_(*quotes) {}

  void build() {
    // Fewer entities than half the mentions on most pages: no Entity moved as the vector grows.
    ctx_.entities.reserve(ctx_.mentions.size() / 2 + 8);
    dominant_country_ = ctx_.dominant_country();
    link_places();
    link_named(MentionKind::kOrganization);
    link_named(MentionKind::kStateActor);
    link_named(MentionKind::kGroup);
    link_people();
    link_descriptors();
    find_quotes();
    find_narrator();
    link_marriages();
    resolve_pronouns_and_relatives();
    merge_named_relatives();
    merge_the_family();
    link_descriptors_of_relatives();
    fill_attributes();
  }

 private:
  int new_entity(const char* kind, std::string name, const Mention& first) {
    Entity e;
    e.kind = kind;
    e.name = std::move(name);
    e.rule = first.rule;
    ctx_.entities.push_back(std::move(e));
    return static_cast<int>(ctx_.entities.size()) - 1;
  }

  void attach(Mention& m, int entity) {
    m.entity = entity;
    ctx_.entities[entity].mentions.push_back(ctx_.span(m.start, m.end));
  }

  void link_places() {
    const Gazetteer& gaz = Gazetteer::instance();
    std::unordered_map<uint32_t, int> by_place;
    std::unordered_map<std::string_view, int> place_names;  // mentions per written name
    for (const Mention& m : ctx_.mentions) {
      if (m.kind == MentionKind::kPlace && m.place != nullptr)
        place_names[ctx_.span_text(m.start, m.end)]++;
    }
    for (Mention& m : ctx_.mentions) {
      if (m.kind != MentionKind::kPlace || m.place == nullptr) continue;
      auto candidates = gaz.lookup(ctx_.span_text(m.start, m.end));
      // A capital or a large city keeps its default reading ("Moscow" is not the Moscow in
      // Idaho because the text mentions the United States); otherwise the countries the
      // document mentions decide ("Georgia" beside Atlanta is the US state).
      // (A word that is a place only after a place preposition, "in Oral", is found by the
      // mention's own lookup.)
      const Place* first = candidates.empty() ? m.place : candidates[0];
      bool settled = first != nullptr && first->type == PlaceType::kCity &&
                     (first->capital || first->population >= 1000000);
      // A country's name gives way only to a region of that name ("Georgia", the US state),
      // not to a town (a family sent back to Mexico, in a story about a Texas court, is not in
      // Mexico, Missouri).
      if (first != nullptr && first->type == PlaceType::kCountry) {
        settled = std::none_of(candidates.begin() + 1, candidates.end(), [&](const Place* p) {
          return p->type == PlaceType::kRegion && p->country != first->country;
        });
      }
      // "the state of Guerrero": the mention finder chose the region; it stands.
      if (m.place->type == PlaceType::kRegion && m.first_token >= 2 &&
          at_.lower[m.first_token - 1] == "of") {
        const std::string_view area = at_.lower[m.first_token - 2];
        settled = settled || area == "state" || area == "province" || area == "region" ||
                  area == "department";
      }
      // "San Isidro, Honduras", "Portland, Maine": the country or region written after the
      // comma chooses among the places of that name.
      // A town the gazetteer knows only elsewhere is a town of the text's own in that country.
      if (const Place* area = area_after_comma(m); area != nullptr && first != nullptr) {
        if (const Place* p = place_in(area, candidates); p != nullptr) {
          m.place = p;
          settled = true;
        } else if (area->type != PlaceType::kRegion && first->type == PlaceType::kCity &&
                   first->country != area->country) {
          Place& local = ctx_.local_places.emplace_back();
          local = *first;
          local.id = kLocalPlaceIds + static_cast<uint32_t>(ctx_.local_places.size() - 1);
          local.country = area->country;
          local.region = area->type == PlaceType::kCity ? area->region : std::string_view();
          local.population = 0;
          local.capital = false;
          m.place = &local;
          settled = true;
        }
      }
      if (candidates.size() > 1 && !settled) {
        // The name's own mentions were counted for its default country when found ("Niger"
        // four times in a story about Niger State): they must not vote for themselves.
        std::unordered_map<std::string, int> counts = ctx_.country_counts;
        if (first->type == PlaceType::kCountry) {
          counts[std::string(first->country)] -= place_names[ctx_.span_text(m.start, m.end)];
        }
        if (const Place* p = gaz.disambiguate(candidates, counts)) m.place = p;
      }
      auto [it, added] = by_place.try_emplace(m.place->id, -1);
      if (added) {
        it->second = new_entity("place", std::string(m.place->name), m);
        Entity& e = ctx_.entities[it->second];
        e.country = std::string(m.place->country);
        // "the village of Kowalo", unknown to the gazetteer: in the country the text is about.
        if (m.place->id >= kLocalPlaceIds && e.country.empty()) e.country = dominant_country_;
        e.region = std::string(m.place->region);
        switch (m.place->type) {
          case PlaceType::kCountry:
            e.place_type = "country";
            break;
          case PlaceType::kRegion:
            e.place_type = "region";
            break;
          case PlaceType::kCity:
            e.place_type = "city";
            break;
          case PlaceType::kContinent:
            e.place_type = "continent";
            break;
        }
        place_of_entity_[it->second] = m.place;
      }
      std::string written(ctx_.span_text(m.start, m.end));
      Entity& e = ctx_.entities[it->second];
      if (written != e.name &&
          std::find(e.aliases.begin(), e.aliases.end(), written) == e.aliases.end()) {
        e.aliases.push_back(written);
      }
      attach(m, it->second);
    }
  }

  // The country or region written right after mention m and a comma ("San Isidro,
  // Honduras", "Portland, Maine"), or nullptr.
  // Also "Oral district of Cambodia", "Kisumu county, Kenya" (after a word of an area and
  // "of"), and a city the text's place lies in ("Avondale, Harare", a suburb: the city's
  // country places it).
  const Place* area_after_comma(const Mention& m) const {
    uint32_t comma = m.end_token;
    if (comma + 2 < at_.tokens.size() && at_.lower[comma + 1] == "of" &&
        (at_.lower[comma] == "district" || at_.lower[comma] == "province" ||
         at_.lower[comma] == "region" || at_.lower[comma] == "county")) {
      ++comma;  // the "of", read as the comma
    } else if (comma + 1 >= at_.tokens.size() || at_.token_text(comma) != ",") {
      return nullptr;
    }
    const int k = ctx_.token_mention[comma + 1];
    if (k < 0 || ctx_.mentions[k].first_token != comma + 1) return nullptr;
    const Place* area = ctx_.mentions[k].place;
    if (ctx_.mentions[k].kind != MentionKind::kPlace || area == nullptr) return nullptr;
    const bool city =
        area->type == PlaceType::kCity && (area->capital || area->population >= 500000);
    if (area->type != PlaceType::kCountry && area->type != PlaceType::kRegion && !city) {
      return nullptr;
    }
    // Not the subject of the next clause: "a news conference in Tripoli, Lebanon has denied ...".
    const uint32_t after = ctx_.mentions[k].end_token;
    if (after < at_.tokens.size() && at_.tokens[after].kind == TokenKind::kWord &&
        !is_preposition(at_.lower[after]) && at_.lower[after] != "and") {
      return nullptr;
    }
    // A city is no area of a list's other towns ("a tour of Lyon, Porto, Turin"), nor of a
    // capital or a large city.
    if (city) {
      if (m.place != nullptr && (m.place->capital || m.place->population >= 1000000))
        return nullptr;
      if (after + 1 < at_.tokens.size() && at_.token_text(after) == ",") {
        const int next = ctx_.token_mention[after + 1];
        if (at_.lower[after + 1] == "and" ||
            (next >= 0 && ctx_.mentions[next].kind == MentionKind::kPlace)) {
          return nullptr;
        }
      }
    }
    return area;
  }

  // The candidate that lies in `area`, or nullptr.
  static const Place* place_in(const Place* area, std::span<const Place* const> candidates) {
    for (const Place* p : candidates) {
      if (p == area || p->country != area->country) continue;
      if (area->type == PlaceType::kRegion && p->region != area->name) continue;
      return p;
    }
    return nullptr;
  }

  // The country of the place nearest the mention that its sentence names after "in" or
  // "at" ("by police in Kashgar", not "who lives in Germany" further off), or "" when none.
  std::string place_country_of(const Mention& m) const {
    const Sentence& s = at_.sentences[at_.sentence_of[m.first_token]];
    std::string found;
    uint32_t best = UINT32_MAX;
    for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
      const int k = ctx_.token_mention[t];
      if (k < 0 || ctx_.mentions[k].first_token != t) continue;
      const Mention& p = ctx_.mentions[k];
      if (p.kind != MentionKind::kPlace || p.place == nullptr || p.place->country.empty()) {
        continue;
      }
      const std::string_view before = at_.lower[t - 1];
      if (before != "in" && before != "at") continue;
      const uint32_t d = t > m.first_token ? t - m.first_token : m.first_token - t;
      if (d < best) {
        best = d;
        found = std::string(p.place->country);
      }
    }
    return found;
  }

  // Organisations by name (an acronym defined in the text carries its long form's name),
  // state actors by what they are and their country, groups by their noun.
  // A state actor introduced by "a" or "an" with words that qualify it, when the body before
  // was introduced so with other words ("An Istanbul court ... A military court ..."), is
  // another body. (Not after a bare "Court convicts ..." headline or "the court".)
  void link_named(MentionKind kind) {
    std::unordered_map<std::string, int> by_key;
    std::unordered_map<int, std::vector<std::string>> qualifiers;  // by entity, as introduced
    for (Mention& m : ctx_.mentions) {
      if (m.kind != kind) continue;
      std::string key;
      std::string name =
          strip_the(m.name.empty() ? ctx_.span_text(m.start, m.end) : std::string_view(m.name));
      std::string country = m.country;
      if (kind == MentionKind::kStateActor) {
        // "taken from her home by police in Hotan": a body with no country of its own is the
        // state of the place its sentence names after "in" or "at", before the country the
        // text is most about.
        if (country.empty() && m.category.substr(0, 5) == "state") country = place_country_of(m);
        if (country.empty() && m.category.substr(0, 5) == "state") country = dominant_country_;
        // A body of several countries ("GKNB": TJ,KG): the one the document is about, else
        // the first listed.
        if (size_t comma = country.find(','); comma != std::string::npos) {
          bool listed =
              !dominant_country_.empty() &&
              ("," + country + ",").find("," + dominant_country_ + ",") != std::string::npos;
          country = listed ? dominant_country_ : country.substr(0, comma);
        }
        // "Tajik authorities" and "the authorities" are one actor: key on the noun alone.
        std::string noun = lower_ascii(
            ctx_.span_text(at_.tokens[m.end_token - 1].start, at_.tokens[m.end_token - 1].end));
        if (std::string_view(m.rule) == "state-body-name") noun = lower_ascii(name);
        key.reserve(noun.size() + country.size() + m.category.size() + 2);  // one allocation
        key.append(noun).append("|").append(country).append("|").append(m.category);
      } else {
        key = lower_ascii(name);
      }
      auto [it, added] = by_key.try_emplace(std::move(key), -1);
      const std::string qualifier = kind == MentionKind::kStateActor
                                        ? indefinite_qualifier(at_, m.first_token, m.end_token)
                                        : std::string();
      if (!added && !qualifier.empty()) {
        const std::vector<std::string>& seen = qualifiers[it->second];
        added = !seen.empty() && std::find(seen.begin(), seen.end(), qualifier) == seen.end();
      }
      const std::string_view written = ctx_.span_text(m.start, m.end);
      if (added) {
        const char* k = kind == MentionKind::kOrganization ? "organization"
                        : kind == MentionKind::kStateActor ? "state_actor"
                                                           : "group";
        it->second = new_entity(k, name, m);
        Entity& e = ctx_.entities[it->second];
        e.country = country;
        e.category = std::string(m.category);
        if (!m.role.empty()) e.roles.push_back(m.role);
        if (kind == MentionKind::kOrganization && written != e.name)
          e.aliases.push_back(std::string(written));
      } else {
        Entity& e = ctx_.entities[it->second];
        // Prefer the most specific name seen ("Tajik authorities" over "authorities").
        if (name.size() > e.name.size() && kind != MentionKind::kOrganization) e.name = name;
        if (kind == MentionKind::kOrganization && written != e.name &&
            std::find(e.aliases.begin(), e.aliases.end(), written) == e.aliases.end()) {
          e.aliases.push_back(std::string(written));
        }
      }
      if (!qualifier.empty()) qualifiers[it->second].push_back(qualifier);
      attach(m, it->second);
    }
  }

  // Full names first; then a surname or given name alone joins the full name that contains
  // it, the one mentioned most recently before it (else the first after it).
  void link_people() {
    std::unordered_map<std::string, int> by_name;
    std::vector<int> singles;
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      Mention& m = ctx_.mentions[i];
      if (m.kind != MentionKind::kPerson) continue;
      if (m.end_token - m.first_token == 1) {
        singles.push_back(static_cast<int>(i));
        continue;
      }
      std::string name(ctx_.span_text(m.start, m.end));
      auto [it, added] = by_name.try_emplace(name, -1);
      if (added) {
        // "Ixcoy Tzul" after "Rubén Ixcoy Tzul": the shorter name ends the longer one.
        for (const auto& [other, e] : by_name) {
          if (other.size() > name.size() + 1 &&
              other.compare(other.size() - name.size(), name.size(), name) == 0 &&
              other[other.size() - name.size() - 1] == ' ') {
            it->second = e;
            break;
          }
        }
        if (it->second < 0) it->second = new_entity("person", name, m);
      }
      attach(m, it->second);
      if (m.sex) sex_votes_[it->second] += m.sex == 'm' ? 1 : -1;
    }
    // Who is introduced as someone's relative: "his brother, X", "her father X", "X, the
    // brother of Y".
    for (const Mention& other : ctx_.mentions) {
      if (other.kind != MentionKind::kPerson || other.entity < 0 ||
          other.end_token - other.first_token < 2) {
        continue;
      }
      uint32_t t = before_honorific(other.first_token);           // "his wife, Mrs. X"
      if (t > 0 && at_.lower[t - 1].ends_with("-year-old")) --t;  // "71-year-old X"
      if (t > 0 && at_.token_text(t - 1) == ",") {
        --t;
        // "the father of the activist Y, X,": X is named after the kinship phrase's anchor.
        if (kin_phrase_ends_at(t)) kin_named_.insert(other.entity);
      }
      if (t > 0 && kinship_noun(at_.lower[t - 1]) != nullptr) kin_named_.insert(other.entity);
      // "X, the brother of Y," / "X, her brother,": the relative is named first.
      uint32_t k = other.end_token;
      if (k + 2 < at_.tokens.size() && at_.token_text(k) == ",") {
        std::string_view det = at_.lower[k + 1];
        if (det == "the" || det == "his" || det == "her" || det == "their" || det == "a") ++k;
        if (kinship_noun(at_.lower[k + 1]) != nullptr) kin_named_.insert(other.entity);
      }
    }
    // Where each full name is mentioned, by entity, in text order; and who was a subject.
    std::unordered_map<int, std::vector<uint32_t>> starts;
    for (const Mention& other : ctx_.mentions) {
      if (other.kind == MentionKind::kPerson && other.entity >= 0)
        starts[other.entity].push_back(other.start);
    }
    for (auto& [e, v] : starts) std::sort(v.begin(), v.end());
    std::unordered_set<int> subjects;
    for (const auto& [name, e] : by_name) {
      if (was_subject(e)) subjects.insert(e);
    }
    std::vector<int> sharers;
    for (int i : singles) {
      Mention& m = ctx_.mentions[i];
      std::string_view w = ctx_.span_text(m.start, m.end);
      int best = -1;
      uint32_t best_distance = UINT32_MAX;
      bool best_after = true;
      // Two people share the name ("Rustam Nazarov ... his brother, Farhod Nazarov ...
      // Nazarov said"): the one who was a sentence's subject is the likelier referent.
      // Only the sharers already named, when one is: "the family of Sherzod X. X left. ...
      // Firdavs X was arrested" ("X left" is Sherzod's, named before it).
      auto named_before = [&](int e) {
        const std::vector<uint32_t>& v = starts[e];
        return !v.empty() && v.front() < m.start;
      };
      // The entities of the names holding w, in by_name's order: each pass below reads them
      // (splitting every name into words once per mention, not once per pass).
      sharers.clear();
      for (const auto& [name, e] : by_name) {
        if (has_word(name, w)) sharers.push_back(e);
      }
      bool any_before = false;
      for (int e : sharers) any_before = any_before || named_before(e);
      int sharing = 0, sharing_subjects = 0;
      for (int e : sharers) {
        bool shares = !any_before || named_before(e);
        sharing += shares;
        sharing_subjects += shares && subjects.count(e);
      }
      if (sharing_subjects == 0) sharing = 1;  // no subject among them: the nearest decides
      // "exiled activist Rustam Orazov ... his brother, Dovlet Orazov ... Orazov said": a
      // relative introduced by a kinship noun is called by it or in full, so the surname alone
      // is the sharer who was not introduced as someone's relative.
      auto candidate = [&](int e) {
        return (!any_before || named_before(e)) && (sharing <= 1 || subjects.count(e) > 0);
      };
      int kin_named = 0, not_kin_named = 0;
      for (int e : sharers) {
        if (!candidate(e)) continue;
        (kin_named_.count(e) ? kin_named : not_kin_named)++;
      }
      const bool skip_kin = kin_named > 0 && not_kin_named > 0;
      for (int e : sharers) {
        if (!candidate(e)) continue;
        if (skip_kin && kin_named_.count(e)) continue;
        // Distance to the entity's nearest earlier full-name mention; later ones count only
        // if there is none before.
        const std::vector<uint32_t>& v = starts[e];
        auto it = std::lower_bound(v.begin(), v.end(), m.start);
        if (it != v.begin()) {
          uint32_t d = m.start - *(it - 1);
          if (best_after || d < best_distance) {
            best = e;
            best_distance = d;
            best_after = false;
          }
        } else if (it != v.end() && best_after) {
          uint32_t d = *it - m.start;
          if (d < best_distance) {
            best = e;
            best_distance = d;
          }
        }
      }
      if (best < 0) {
        std::string name(w);
        auto [it, added] = by_name.try_emplace(name, -1);
        if (added) it->second = new_entity("person", name, m);
        best = it->second;
      }
      attach(m, best);
      // "Tursun said" after "Mihray Tursun": a surname that is also a given name ("Tursun" a
      // man's) says nothing of the person's sex.
      const std::string& full = ctx_.entities[best].name;
      const bool surname =
          full.size() > w.size() && full.ends_with(w) && full[full.size() - w.size() - 1] == ' ';
      if (m.sex && !surname) sex_votes_[best] += m.sex == 'm' ? 1 : -1;
    }
  }

  bool was_subject(int entity) const {
    for (const Mention& m : ctx_.mentions) {
      if (m.entity != entity || m.kind != MentionKind::kPerson) continue;
      uint32_t first = at_.sentences[at_.sentence_of[m.first_token]].first_token;
      if (m.first_token == first ||
          (m.first_token > first && at_.has(m.first_token - 1, kOpenQuote)))
        return true;
    }
    return false;
  }

  // A descriptor ("an opposition activist") is the person named beside it ("the activist,
  // Ana Lima," / "activist Ana Lima" / "Lima, a lawyer,"), else the one person the text gives
  // that role, the nearest one after it first (a lede names its subject a sentence or two
  // later). With no such person it stays an unnamed person of its own.
  void link_descriptors() {
    // First the descriptors a name stands beside; their head nouns then identify the person
    // for the others ("An opposition activist was stabbed ... The activist, Kamran Aliyev,").
    for (Mention& m : ctx_.mentions) {
      if (m.kind != MentionKind::kDescriptor) continue;
      int e = apposed_person(m);
      if (e < 0) e = person_before_apposition(m);
      if (e < 0) continue;
      add_role(e, m.role);
      descriptor_heads_[e].insert(head_noun(m.name));
      attach(m, e);
    }
    std::map<std::string, int> unnamed;
    for (Mention& m : ctx_.mentions) {
      if (m.kind != MentionKind::kDescriptor || m.entity >= 0) continue;
      // "her father, a retired teacher,": the relative's, known once relatives are resolved.
      if (int k = mention_before_apposition(m);
          k >= 0 && ctx_.mentions[k].kind == MentionKind::kRelative && !ctx_.mentions[k].plural) {
        apposed_to_relative_.emplace_back(static_cast<int>(&m - ctx_.mentions.data()), k);
        continue;
      }
      int e = person_with_role(m);
      if (e < 0) e = person_named_next(m);
      if (e < 0) e = person_of_the_lead(m);
      if (e < 0) {
        auto [it, added] = unnamed.try_emplace(m.name, -1);
        if (added) {
          it->second = new_entity("person", m.name, m);
          ctx_.entities[it->second].named = false;
          if (!m.role.empty()) ctx_.entities[it->second].roles.push_back(m.role);
        }
        e = it->second;
      }
      attach(m, e);
    }
  }

  // The news lede's "a/an <role>" named at the start of the next sentence: "Gunmen shot dead
  // a farmers' rights advocate on Wednesday. Rodel Manalastas, 52, was riding home ...".
  // Only when the lede names no one before the descriptor and has no other unnamed
  // descriptor, and the name is new there; not "A lawyer was detained. Police spokesman Ana
  // Lima said ..." (the name does not open the sentence) nor a name seen before.
  int person_named_next(const Mention& m) const {
    uint32_t t = m.first_token;
    while (t > 0 && m.first_token - t < 5 && at_.lower[t - 1] != "a" && at_.lower[t - 1] != "an" &&
           (at_.has(t - 1, kLowerCase) || at_.token_text(t - 1) == "'" ||
            at_.token_text(t - 1) == "’" || at_.has(t - 1, kPossessive) ||
            (at_.tokens[t - 1].kind == TokenKind::kWord && ctx_.token_mention[t - 1] < 0))) {
      --t;  // back over modifiers: "a farmers' rights advocate", "an Eritrean asylum seeker"
    }
    if (t == 0 || (at_.lower[t - 1] != "a" && at_.lower[t - 1] != "an")) return -1;
    uint32_t sentence = at_.sentence_of[m.first_token];
    if (sentence + 1 >= at_.sentences.size()) return -1;
    for (const Mention& o : ctx_.mentions) {
      // "the blogger said" after "an exiled blogger" is the same person again.
      if (&o != &m && o.kind == MentionKind::kDescriptor && o.entity < 0 && o.name != m.name &&
          at_.sentence_of[o.first_token] == sentence) {
        return -1;
      }
      // "X was found guilty of killing a nurse. Y was freed.": a person named before the
      // descriptor in its sentence is who the sentence is about; the descriptor is someone else.
      if (o.kind == MentionKind::kPerson && o.end_token - o.first_token >= 2 &&
          o.first_token < m.first_token && at_.sentence_of[o.first_token] == sentence) {
        return -1;
      }
    }
    uint32_t first = at_.sentences[sentence + 1].first_token;
    int p = ctx_.token_mention[first];
    if (p < 0 || ctx_.mentions[p].kind != MentionKind::kPerson)
      p = possessive_person_in(sentence + 1);
    if (p < 0 || ctx_.mentions[p].kind != MentionKind::kPerson || ctx_.mentions[p].entity < 0 ||
        ctx_.mentions[p].end_token - ctx_.mentions[p].first_token < 2) {
      return -1;
    }
    first = ctx_.mentions[p].first_token;
    int e = ctx_.mentions[p].entity;
    for (const Mention& o : ctx_.mentions) {
      if (o.entity == e && o.first_token < first) return -1;  // named before: another person
    }
    // A different occupation is another person; a status ("a former detainee", "an asylum
    // seeker") goes with any occupation ("X, a 34-year-old teacher,").
    const auto& roles = ctx_.entities[e].roles;
    const RoleNoun* r = NameLexicon::instance().role_noun(m.name);
    bool status = r != nullptr && r->kind == "status";
    if (!status && !roles.empty() && std::find(roles.begin(), roles.end(), m.role) == roles.end())
      return -1;
    return e;
  }

  // "Indigenous land defender shot dead" above "Gunmen killed Ana Lima, a community leader,
  // ...": a headline's unnamed role noun is the one person its lead names and describes in an
  // apposition, whatever role the lead gives her. Not when the headline names someone, nor
  // when the lead names two people or more, nor one who only speaks ("Ana Lima said"), nor a
  // headline that is not the text's first lines.
  int person_of_the_lead(const Mention& m) const {
    const uint32_t sentence = at_.sentence_of[m.first_token];
    for (uint32_t s = 0; s <= sentence; ++s) {
      if (!at_.is_headline(s)) return -1;
    }
    uint32_t lead = sentence + 1;
    while (lead < at_.sentences.size() && lead <= sentence + 3 && at_.is_headline(lead)) ++lead;
    if (lead >= at_.sentences.size() || at_.is_headline(lead)) return -1;
    // A headline that names someone is about them.
    for (uint32_t s = 0; s <= sentence; ++s) {
      for (uint32_t t = at_.sentences[s].first_token; t < at_.sentences[s].end_token; ++t) {
        const int k = ctx_.token_mention[t];
        if (k >= 0 && ctx_.mentions[k].kind == MentionKind::kPerson) return -1;
      }
    }
    const Sentence& ls = at_.sentences[lead];
    int found = -1;
    uint32_t found_end = 0;
    for (uint32_t t = ls.first_token; t < ls.end_token; ++t) {
      const int k = ctx_.token_mention[t];
      if (k < 0 || ctx_.mentions[k].first_token != t) continue;
      const Mention& o = ctx_.mentions[k];
      if (o.kind != MentionKind::kPerson || o.entity < 0) continue;
      if (o.end_token - o.first_token < 2 || (found >= 0 && found != o.entity)) return -1;
      found = o.entity;
      found_end = o.end_token;
    }
    if (found < 0) return -1;
    // The lead gives the one it is about an apposition: ", a 47-year-old teacher," or ", 47,";
    // a name with a title before it ("President X", "Chechen leader X") is someone the story
    // speaks of.
    if (found_end + 2 >= ls.end_token || at_.token_text(found_end) != ",") return -1;
    const std::string_view next = at_.lower[found_end + 1];
    if (next != "a" && next != "an" && at_.tokens[found_end + 1].kind != TokenKind::kNumber) {
      return -1;
    }
    // The one who speaks in the lead ("..., said Ana Lima, a lawyer") is no one it is about:
    // no other actor stands between her and the speech verb after her.
    for (uint32_t t = found_end; t < ls.end_token; ++t) {
      const std::string_view w = at_.lower[t];
      if (w == "said" || w == "says" || w == "told" || w == "tells" || w == "added") return -1;
      const int k = ctx_.token_mention[t];
      if (k >= 0 && ctx_.mentions[k].first_token == t &&
          ctx_.mentions[k].kind != MentionKind::kDescriptor &&
          ctx_.mentions[k].kind != MentionKind::kPlace) {
        break;
      }
    }
    return found;
  }

  // The sentence's first named person when that person is a possessor ("the door of Ana
  // Lima's house"), or -1: whose home or family the next sentence goes to is the lede's
  // subject; a name standing alone there may be anyone's ("Police spokesman Ana Lima said").
  int possessive_person_in(uint32_t sentence) const {
    const auto& s = at_.sentences[sentence];
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      int k = ctx_.token_mention[t];
      if (k < 0 || ctx_.mentions[k].kind != MentionKind::kPerson) continue;
      const Mention& o = ctx_.mentions[k];
      return o.end_token < at_.tokens.size() && at_.has(o.end_token, kPossessive) ? k : -1;
    }
    return -1;
  }

  void add_role(int e, const std::string& role) {
    auto& roles = ctx_.entities[e].roles;
    if (!role.empty() && std::find(roles.begin(), roles.end(), role) == roles.end())
      roles.push_back(role);
  }

  // "Lima, a lawyer," : the person just before ", a/an/the".
  int person_before_apposition(const Mention& m) const {
    const int k = mention_before_apposition(m);
    if (k < 0 || ctx_.mentions[k].kind != MentionKind::kPerson) return -1;
    return ctx_.mentions[k].entity;
  }

  // The mention just before ", a/an/the <modifiers>" that opens the descriptor m, or -1.
  int mention_before_apposition(const Mention& m) const {
    // Back over modifiers to the determiner ("an exiled blogger"), then past it.
    uint32_t t = m.first_token;
    while (t > 0 && m.first_token - t < 4) {
      std::string_view w = at_.lower[t - 1];
      --t;
      if (w == "a" || w == "an" || w == "the") break;
      if (at_.tokens[t].kind != TokenKind::kWord) return -1;
      // "a Russian man": a capitalised modifier, so long as it is no one's name.
      int named = ctx_.token_mention[t];
      if (!at_.has(t, kLowerCase) &&
          (named < 0 || ctx_.mentions[named].kind == MentionKind::kPerson)) {
        if (named >= 0 || !at_.has(t, kCapitalized)) return -1;
      }
    }
    // "Lima, a lawyer," and "Lima is a lawyer" / "Lima, who is a lawyer".
    if (t < 2) return -1;
    std::string_view before = at_.lower[t - 1];
    if (before == "is" || before == "was") {
      if (t >= 3 && at_.lower[t - 2] == "who" && at_.token_text(t - 3) == "," && t >= 4) t -= 2;
    } else if (before != ",") {
      return -1;
    }
    return ctx_.token_mention[t - 2];
  }

  static std::string head_noun(const std::string& phrase) {
    size_t sp = phrase.rfind(' ');
    return sp == std::string::npos ? phrase : phrase.substr(sp + 1);
  }

  // "His brother, Jahangir Uddin,": the person named right after a kinship noun and a comma.
  bool introduced_as_kin(const Mention& p) const {
    const uint32_t t = p.first_token;
    return t >= 2 && at_.token_text(t - 1) == "," && kinship_noun(at_.lower[t - 2]) != nullptr;
  }

  // Whether the person at p speaks in its sentence of someone else: "said Ana Lima", "Ana
  // Lima, the paper's editor, said" with a "he" or "she" that does not fit her sex ('"He was
  // brave," said Ana Lima'). Not "Ana Lima said officers beat her": she tells of herself.
  bool speaks_of_another(const Mention& p) const {
    if (!speaks(p)) return false;
    const Sentence& s = at_.sentences[at_.sentence_of[p.first_token]];
    bool other = false;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const std::string_view w = at_.lower[t];
      const char sex = w == "he" || w == "him" || w == "his"     ? 'm'
                       : w == "she" || w == "her" || w == "hers" ? 'f'
                                                                 : 0;
      if (sex == 0) continue;
      if (person_sex_fits(p.entity, sex)) return false;
      other = true;
    }
    return other;
  }

  // Whether the person at p is who speaks in its sentence: "said Ana Lima", "Ana Lima, the
  // paper's editor, said". Not past another person or body named after her.
  bool speaks(const Mention& p) const {
    auto speech = [&](uint32_t t) { return is_speech_verb(at_.lower[t], /*names_only=*/true); };
    if (p.first_token > 0 && speech(p.first_token - 1)) return true;
    const uint32_t end = at_.sentences[at_.sentence_of[p.first_token]].end_token;
    for (uint32_t t = p.end_token; t < end && t < p.end_token + 12; ++t) {
      if (speech(t)) return true;
      const int k = ctx_.token_mention[t];
      if (k >= 0 && ctx_.mentions[k].first_token == t &&
          ctx_.mentions[k].kind != MentionKind::kDescriptor &&
          ctx_.mentions[k].kind != MentionKind::kPlace) {
        return false;
      }
    }
    return false;
  }

  // Whether "a" or "an" opens the descriptor's phrase, past its lower-case modifiers ("a
  // prominent lawyer").
  bool brings_in_someone(const Mention& m) const {
    uint32_t k = m.first_token;
    const uint32_t first = at_.sentences[at_.sentence_of[k]].first_token;
    for (int n = 0; n < 3 && k > first && at_.tokens[k - 1].kind == TokenKind::kWord &&
                    at_.has(k - 1, kLowerCase) && at_.lower[k - 1] != "a" &&
                    at_.lower[k - 1] != "an" && at_.lower[k - 1] != "the";
         ++n) {
      --k;
    }
    return k > first && (at_.lower[k - 1] == "a" || at_.lower[k - 1] == "an");
  }

  int person_with_role(const Mention& m) const {
    // Roles known so far from appositions and role nouns before names.
    const NameLexicon& lex = NameLexicon::instance();
    int best = -1;
    int best_score = INT32_MAX;
    int other = -1;  // a second person with the role, if any
    uint32_t sentence = at_.sentence_of[m.first_token];
    // "X, a researcher, spoke to us. A lecturer was sentenced": "a" or "an" brings in someone
    // new, who may be named after (a lede's "a lawyer ... The lawyer, X,"), not someone before.
    const bool indefinite = brings_in_someone(m);
    for (const Mention& p : ctx_.mentions) {
      if (p.kind != MentionKind::kPerson || p.entity < 0) continue;
      if (indefinite && at_.sentence_of[p.first_token] < sentence) continue;
      // The role noun right before the name, in its sentence ("activist Ana Lima"; not "...
      // killing a nurse</p><p>Sam Dunn was freed").
      // Or the same head noun: "opposition activist" for "the Tajik opposition activist X",
      // whose word before the name, "activist", has a role of its own.
      const bool role_before =
          p.first_token > 0 &&
          at_.sentence_of[p.first_token - 1] == at_.sentence_of[p.first_token] &&
          lex.role_noun(at_.lower[p.first_token - 1]) != nullptr;
      bool has_role = role_before && (lex.role_noun(at_.lower[p.first_token - 1])->role == m.role ||
                                      at_.lower[p.first_token - 1] == head_noun(m.name));
      // "protest leader Maria X": a role of two words right before the name.
      if (!has_role && p.first_token > 1 &&
          at_.sentence_of[p.first_token - 2] == at_.sentence_of[p.first_token]) {
        std::string two(at_.lower[p.first_token - 2]);
        two.append(" ").append(at_.lower[p.first_token - 1]);
        has_role = two == m.name;
      }
      const auto& roles = ctx_.entities[p.entity].roles;
      has_role = has_role || std::find(roles.begin(), roles.end(), m.role) != roles.end();
      if (auto it = descriptor_heads_.find(p.entity); it != descriptor_heads_.end()) {
        has_role = has_role || it->second.count(head_noun(m.name)) > 0;
      }
      if (!has_role) continue;
      // "Reporter shot dead" above '"He was brave," said Ana Lima, the paper's editor': a
      // headline's role noun looks ahead to the one the story is about, not to who speaks of it.
      // Nor to a relative the story introduces ("His brother, Y, a former union organiser").
      if (at_.sentence_of[p.first_token] > sentence && at_.is_headline(sentence) &&
          (speaks_of_another(p) || introduced_as_kin(p))) {
        continue;
      }
      if (best >= 0 && p.entity != best) other = p.entity;
      uint32_t ps = at_.sentence_of[p.first_token];
      int score =
          ps >= sentence ? static_cast<int>(ps - sentence) : 10 + static_cast<int>(sentence - ps);
      if (score < best_score) {
        best_score = score;
        best = p.entity;
      }
    }
    // "the blogger told our correspondent" paragraphs after "the exiled blogger X": the one
    // person the text gives that role, before the descriptor, however far back.
    // Only a full name: a lone capitalised word may be a misread headline word.
    bool only_one = best >= 0 && (other < 0 || other == best) &&
                    ctx_.entities[best].name.find(' ') != std::string::npos;
    return best_score <= 13 || only_one ? best : -1;
  }

  void find_quotes() {
    casebook::find_quotes(ctx_, &quotes_, &quote_ranges_);
    // By token, the last quotation (index in quote_ranges_) whose marks enclose it, or -1:
    // the rules below ask it of many tokens and mentions, and a page may quote often.
    quote_at_.assign(at_.tokens.size(), -1);
    for (size_t j = 0; j < quote_ranges_.size(); ++j) {
      const QuoteRange& q = quote_ranges_[j];
      for (uint32_t t = q.open + 1; t < q.close && t < quote_at_.size(); ++t) {
        quote_at_[t] = static_cast<int>(j);
      }
    }
  }
  // The last quotation enclosing token t (open < t < close), or -1.
  int quote_at(uint32_t t) const { return t < quote_at_.size() ? quote_at_[t] : -1; }

  // "My name is Farid Sultanov and I have lived in Berlin since 2019": a testimony's narrator,
  // whom "I", "my" and "me" outside quotation marks stand for. -1 when the text gives no name.
  void find_narrator() {
    // An interview: the answers ("A: I left Minsk ...") are told by the one the text is with.
    if (int e = interviewee(); e >= 0) {
      narrator_ = e;
      return;
    }
    const auto& tokens = at_.tokens;
    for (uint32_t t = 0; t + 3 < tokens.size(); ++t) {
      bool named = at_.lower[t] == "my" && at_.lower[t + 1] == "name" && at_.lower[t + 2] == "is";
      if (!named) continue;
      const bool quoted = quote_at(t) >= 0;
      int m = ctx_.token_mention[t + 3];
      if (quoted || m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson ||
          ctx_.mentions[m].entity < 0) {
        continue;
      }
      narrator_ = ctx_.mentions[m].entity;
      return;
    }
    // "On October 12, my father was detained ... My younger sister was dismissed": a text
    // told in the first person that does not give its narrator's name still has one, an
    // unnamed person whom the relatives it speaks of are tied to. Three unquoted "I", "my"
    // or "me" in two paragraphs or more, the first in the text's first three sentences, make
    // a testimony.
    int first = -1, count = 0;
    uint32_t first_paragraph = UINT32_MAX;
    bool two_paragraphs = false;
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) {
      const Mention& m = ctx_.mentions[i];
      if (m.kind != MentionKind::kPronoun || !m.first_person || m.plural) continue;
      const bool quoted = quote_at(m.first_token) >= 0;
      if (quoted || quote_or_headline(at_.sentence_of[m.first_token])) continue;
      uint32_t paragraph = at_.sentences[at_.sentence_of[m.first_token]].paragraph;
      if (first < 0 || m.start < ctx_.mentions[first].start) first = static_cast<int>(i);
      if (first_paragraph == UINT32_MAX) first_paragraph = paragraph;
      two_paragraphs = two_paragraphs || paragraph != first_paragraph;
      ++count;
    }
    // The narrator speaks from the start: an article that quotes someone at length opens in
    // the third person.
    if (count == 0 || body_sentences_before(at_.sentence_of[ctx_.mentions[first].first_token]) > 2)
      return;
    // "Statement by Dilnoza Karimova, lawyer", "Testimony of X", "By X" above a text told in
    // the first person: the one named there tells it, however short the text.
    if (int signed_by = head_signatory(ctx_.mentions[first].first_token); signed_by >= 0) {
      narrator_ = signed_by;
      return;
    }
    if (count < 3 || !two_paragraphs) return;
    narrator_ = new_entity("person", "the narrator", ctx_.mentions[first]);
    ctx_.entities[narrator_].named = false;
  }

  // The named person an interview is with, when the text has paragraphs opened by "Q:" and at
  // least two opened by "A:": the first named after "with" in its first three sentences ("An
  // Interview with Lawyer X"), else the first named in a question ("Q: Mr. X, when did
  // you ..."); -1 when none.
  int interviewee() const {
    int questions = 0, answers = 0, in_question = -1;
    for (size_t si = 0; si < at_.sentences.size(); ++si) {
      const Sentence& s = at_.sentences[si];
      if (si > 0 && at_.sentences[si - 1].paragraph == s.paragraph) continue;
      if (s.first_token + 1 >= s.end_token || at_.token_text(s.first_token + 1) != ":") continue;
      const std::string_view w = at_.token_text(s.first_token);
      if (w == "A") ++answers;
      if (w != "Q") continue;
      ++questions;
      for (uint32_t t = s.first_token + 2; t < s.end_token && in_question < 0; ++t) {
        const int m = ctx_.token_mention[t];
        if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kPerson) {
          in_question = ctx_.mentions[m].entity;
        }
      }
    }
    if (questions == 0 || answers < 2) return -1;
    for (uint32_t t = 1; t < at_.tokens.size(); ++t) {
      if (at_.sentence_of[t] > 2) break;
      const int m = ctx_.token_mention[t];
      if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson ||
          ctx_.mentions[m].first_token != t || ctx_.mentions[m].entity < 0) {
        continue;
      }
      uint32_t b = t;
      while (b > 0 && at_.has(b - 1, kCapitalized) && at_.lower[b - 1] != "with") --b;
      if (b > 0 && at_.lower[b - 1] == "with") return ctx_.mentions[m].entity;
    }
    return in_question;
  }

  // The person a text's head names as its author, before token `before` and within its first
  // three sentences: after a by-line's "By", or after "statement", "testimony", "letter",
  // "account", "appeal" or "declaration" and "by", "of" or "from". -1 when none.
  int head_signatory(uint32_t before) const {
    // In text order: the mentions vector holds named mentions before common ones.
    for (uint32_t t = 1; t < before; ++t) {
      const int mi = ctx_.token_mention[t];
      if (mi < 0 || ctx_.mentions[mi].first_token != t) continue;
      const Mention& m = ctx_.mentions[mi];
      if (m.kind != MentionKind::kPerson || m.entity < 0) continue;
      const uint32_t si = at_.sentence_of[m.first_token];
      if (body_sentences_before(si) > 2) break;
      const uint32_t k = m.first_token - 1;
      const std::string_view prep = at_.lower[k];
      if (prep != "by" && prep != "of" && prep != "from") continue;
      const bool opens_line = k == at_.sentences[si].first_token;
      if (prep == "by" && opens_line) return m.entity;  // a by-line
      if (k == 0) continue;
      const std::string_view kind = at_.lower[k - 1];
      if (kind == "statement" || kind == "testimony" || kind == "letter" || kind == "account" ||
          kind == "appeal" || kind == "declaration") {
        return m.entity;
      }
    }
    return -1;
  }

  // How many sentences before sentence si are the text's body, not its head's lines (a
  // headline, a by-line, "Published: 3 April 2024"): a paragraph of one sentence with no
  // closing stop.
  uint32_t body_sentences_before(uint32_t si) const {
    uint32_t n = 0;
    for (uint32_t k = 0; k < si; ++k) n += !at_.is_headline(k);
    return n;
  }

  // A sentence holding a double quotation mark (a quotation the quote finder may not have
  // closed), or a headline (a paragraph of one sentence with no closing stop, "The FBI
  // Followed Me"): neither is a narrator speaking.
  bool quote_or_headline(uint32_t si) const {
    const Sentence& s = at_.sentences[si];
    std::string_view text = at_.text.substr(s.start, s.end - s.start);
    if (text.find('"') != std::string_view::npos || text.find("\u201c") != std::string_view::npos ||
        text.find("\u201d") != std::string_view::npos) {
      return true;
    }
    return at_.is_headline(si);
  }

  bool person_sex_fits(int entity, char sex) const {
    if (sex == 0) return true;
    const std::string& known = ctx_.entities[entity].sex;
    if (!known.empty()) return known == (sex == 'm' ? "male" : "female");
    auto it = sex_votes_.find(entity);
    if (it == sex_votes_.end() || it->second == 0) return true;
    return (it->second > 0) == (sex == 'm');
  }

  // Pronouns and relatives, in text order, so each can lean on what came before it:
  // he/she/his/her → the most recent fitting person in this or the two sentences before;
  // they/their → the most recent group, plural relatives or actor; I/my/we inside a quote →
  // its speaker. A relative ("his father", "Lima's brother") becomes an unnamed entity tied
  // to its anchor by a kinship relation, unless a name stands beside it ("his brother,
  // Farhod Nazarov,"), which then carries the relation.
  // "summoned his father, Rustam Nazarov, and his brother": the second "his" is the first
  // one's, not the name between them. The entity of the first, or -1.
  int coordinated_owner(const Mention& m) const {
    if (!m.possessive || m.first_token < 2) return -1;
    uint32_t t = m.first_token - 1;
    if (at_.lower[t] != "and" && at_.lower[t] != "or") return -1;
    std::string_view word = at_.lower[m.first_token];
    for (uint32_t k = t, n = 0; k-- > 0 && n < 10; ++n) {
      std::string_view w = at_.token_text(k);
      if (w == "." || w == ";" || at_.sentence_of[k] != at_.sentence_of[t]) return -1;
      int r = ctx_.token_mention[k];
      if (r < 0) continue;
      const Mention& rel = ctx_.mentions[r];
      if (rel.kind == MentionKind::kPerson) {
        k = rel.first_token;  // the apposition's name
        continue;
      }
      if (rel.kind != MentionKind::kRelative || rel.kin_of < 0) return -1;
      const Mention& owner = ctx_.mentions[rel.kin_of];
      if (owner.kind != MentionKind::kPronoun || at_.lower[owner.first_token] != word) return -1;
      return owner.entity;
    }
    return -1;
  }

  // "Ana Lima, whose son was detained", "a woman whose husband is missing": the noun
  // phrase right before "whose" (past a comma) owns what follows; nobody when that is no
  // mention of someone.
  int head_of_whose(const Mention& m) const {
    uint32_t t = m.first_token;
    if (t > 0 && at_.token_text(t - 1) == ",") --t;
    if (t == 0) return -1;
    const int h = ctx_.token_mention[t - 1];
    if (h < 0 || ctx_.mentions[h].end_token != t) return -1;
    const MentionKind kind = ctx_.mentions[h].kind;
    if (kind != MentionKind::kPerson && kind != MentionKind::kRelative &&
        kind != MentionKind::kDescriptor && kind != MentionKind::kGroup) {
      return -1;
    }
    return ctx_.mentions[h].entity;
  }

  void resolve_pronouns_and_relatives() {
    std::vector<int> order;
    for (size_t i = 0; i < ctx_.mentions.size(); ++i) order.push_back(static_cast<int>(i));
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return ctx_.mentions[a].start < ctx_.mentions[b].start; });
    std::map<std::pair<std::string, int>, int> by_kin;
    for (size_t pos = 0; pos < order.size(); ++pos) {
      Mention& m = ctx_.mentions[order[pos]];
      if (m.kind == MentionKind::kPronoun && m.anaphor_count > 0) {
        continue;  // "the three": the names listed before, which the event finder reads
      } else if (m.kind == MentionKind::kPronoun) {
        int e = -1;
        if (m.first_person) {
          const int q = quote_at(m.first_token);
          const bool quoted = q >= 0;
          if (quoted) e = quote_ranges_[q].speaker;
          // A testimony told in the first person by a narrator who gives their name.
          if (!quoted) e = narrator_;
          if (m.plural) e = -1;  // "we" is the speaker's group, not the speaker
        } else if (at_.lower[m.first_token] == "whose") {
          e = head_of_whose(m);
        } else {
          e = coordinated_owner(m);
          if (e < 0) e = antecedent(order, pos);
        }
        if (e >= 0) {
          m.entity = e;
          ctx_.entities[e].mentions.push_back(ctx_.span(m.start, m.end));
          if (m.sex && ctx_.entities[e].kind == "person") sex_votes_[e] += m.sex == 'm' ? 1 : -1;
        }
      } else if (m.kind == MentionKind::kRelative) {
        resolve_relative(m, &by_kin);
      }
    }
  }

  // Named people first: an unnamed "a lawyer" is an antecedent only when no named person
  // fits within reach.
  // Within the pronoun's own sentence the nearest person fits first, named or not: in "The
  // student activist was last heard of before her detention" "her" is the activist, not a woman
  // named in the sentence before.
  // A possessor ("Lima's father") is an antecedent only when nothing else fits, and only in
  // the pronoun's sentence: "police searched Kiknadze's flat and detained his brother". For
  // "they" and "their" it comes before the sentences back ("the brothers' father ... their
  // arrest").
  // A pronoun outside quotation marks looks first among mentions outside them: in
  // '"They did not let us send my father medicine," X said. His brother ...' "his" is X, not
  // the father the speaker spoke of. Only when no one outside fits is a quoted mention taken
  // ('"My son was taken," said Ana. He was 17.').
  int antecedent(const std::vector<int>& order, size_t pos) const {
    const Mention& p = ctx_.mentions[order[pos]];
    if (int e = opening_phrase_subject(p); e >= 0) return e;
    if (int e = surname_sharer(order, pos); e >= 0) return e;
    if (!quoted(p.first_token)) {
      int e = antecedent(order, pos, /*unquoted_only=*/true);
      if (e >= 0) return subject_over_of_phrase(p, e);
    }
    // '"No ban was put on Ms. X," he said': the speaker after a quotation is not one the
    // quotation speaks of.
    if (!quoted(p.first_token) && closes_quotation_before(p.first_token)) return -1;
    if (int e = antecedent(order, pos, /*unquoted_only=*/false); e >= 0) return e;
    return paragraph_subject(order, pos);
  }

  // Whether a quotation closes right before token t (past a comma): '"...," he said'.
  bool closes_quotation_before(uint32_t t) const {
    for (uint32_t k = t, n = 0; k-- > 0 && n < 2; ++n) {
      if (at_.has(k, kCloseQuote)) return true;
      if (at_.token_text(k) != ",") return false;
    }
    return false;
  }

  // "Alena Lis, teacher. Detained on 14 March. Sentenced in September. Her husband, Ihar,
  // was questioned.": past sentences that name no one, a singular pronoun goes on with the
  // person its paragraph opens with, when no other person stands between.
  int paragraph_subject(const std::vector<int>& order, size_t pos) const {
    const Mention& p = ctx_.mentions[order[pos]];
    if (p.plural || p.first_person) return -1;
    const uint32_t para = at_.sentences[at_.sentence_of[p.first_token]].paragraph;
    int found = -1;
    for (size_t k = pos; k-- > 0;) {
      const Mention& c = ctx_.mentions[order[k]];
      if (at_.sentences[at_.sentence_of[c.first_token]].paragraph != para) break;
      if (c.kind != MentionKind::kPerson && c.kind != MentionKind::kRelative &&
          c.kind != MentionKind::kDescriptor) {
        continue;
      }
      if (found >= 0 && c.entity != found) return -1;  // two people: no guess
      found = c.entity;
    }
    if (found < 0 || ctx_.entities[found].kind != "person" || !ctx_.entities[found].named ||
        !person_sex_fits(found, p.sex)) {
      return -1;
    }
    // The person opens the paragraph.
    uint32_t t = p.first_token;
    while (t > 0 && !at_.has(t, kParagraphStart)) --t;
    const int first = ctx_.token_mention[t];
    return first >= 0 && ctx_.mentions[first].entity == found ? found : -1;
  }

  // "Navid Rostami lives in exile. Agents on the orders of Colonel X arrested his brother,
  // Kaveh Rostami": a possessive before a kinship noun whose relative is then named stands for
  // the nearest person before it who shares the relative's surname, else -1.
  int surname_sharer(const std::vector<int>& order, size_t pos) const {
    const Mention& p = ctx_.mentions[order[pos]];
    // ("Their father, Yousef Haddad": the father of them all, not of the last Haddad named.)
    if (!p.possessive || p.first_person || p.plural) return -1;
    const int kin = p.end_token < at_.tokens.size() ? ctx_.token_mention[p.end_token] : -1;
    if (kin < 0 || ctx_.mentions[kin].kind != MentionKind::kRelative) return -1;
    const uint32_t comma = ctx_.mentions[kin].end_token;
    if (comma + 1 >= at_.tokens.size() || at_.token_text(comma) != ",") return -1;
    const int named = ctx_.token_mention[comma + 1];
    if (named < 0 || ctx_.mentions[named].kind != MentionKind::kPerson ||
        ctx_.mentions[named].entity < 0) {
      return -1;
    }
    auto surname = [&](int e) {
      const std::string& n = ctx_.entities[e].name;
      const size_t space = n.rfind(' ');
      return space == std::string::npos ? std::string_view() : std::string_view(n).substr(space + 1);
    };
    const int relative = ctx_.mentions[named].entity;
    const std::string_view family = surname(relative);
    if (family.empty()) return -1;
    for (size_t k = pos; k-- > 0;) {
      const Mention& c = ctx_.mentions[order[k]];
      if (c.kind != MentionKind::kPerson || c.entity < 0 || c.entity == relative) continue;
      if (ctx_.entities[c.entity].kind == "person" && surname(c.entity) == family &&
          person_sex_fits(c.entity, p.sex)) {
        return c.entity;
      }
    }
    return -1;
  }

  // "During his detention, Haddad was beaten", "After her release, Lina Saleh said": a
  // possessive in a phrase opening the sentence stands for the person named right after its
  // comma, the subject it introduces.
  int opening_phrase_subject(const Mention& p) const {
    std::string_view w = at_.lower[p.first_token];
    if (p.plural || (w != "his" && w != "her")) return -1;
    const Sentence& s = at_.sentences[at_.sentence_of[p.first_token]];
    const uint32_t first = s.first_token;
    if (p.first_token != first + 1) return -1;
    std::string_view opener = at_.lower[first];
    if (opener != "during" && opener != "after" && opener != "before" && opener != "since" &&
        opener != "upon" && opener != "following" && opener != "despite" && opener != "until" &&
        opener != "throughout") {
      return -1;
    }
    for (uint32_t t = p.end_token; t < s.end_token && t < p.end_token + 6; ++t) {
      if (at_.tokens[t].kind != TokenKind::kPunct) continue;
      if (at_.token_text(t) != "," || t + 1 >= s.end_token) return -1;
      const int m = ctx_.token_mention[t + 1];
      if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson) return -1;
      const int e = ctx_.mentions[m].entity;
      return e >= 0 && person_sex_fits(e, p.sex) ? e : -1;
    }
    return -1;
  }

  bool quoted(uint32_t t) const { return quote_at(t) >= 0; }

  // "X marched after the death of Y. She was arrested on 9 January": a "he" or "she" that
  // opens its sentence goes on with the person the sentence before opened with, not with one
  // whose death it told ("the death of", "the killing of", "the funeral of"), when both fit.
  // (Not "X spoke of the arrest of Y. She was freed": Y may well be.)
  int subject_over_of_phrase(const Mention& p, int e) const {
    const uint32_t sentence = at_.sentence_of[p.first_token];
    if (p.plural || p.sex == 0 || sentence == 0 ||
        at_.sentences[sentence].first_token != p.first_token) {
      return e;
    }
    const Sentence& before = at_.sentences[sentence - 1];
    if (before.paragraph != at_.sentences[sentence].paragraph) return e;
    const int opener = ctx_.token_mention[before.first_token];
    if (opener < 0 || ctx_.mentions[opener].kind != MentionKind::kPerson) return e;
    const int subject = ctx_.mentions[opener].entity;
    if (subject < 0 || subject == e || !person_sex_fits(subject, p.sex)) return e;
    // The chosen one is named in that sentence only right after "of", or only as the subject
    // of a clause the opener's act was after, before or because of ("X left Russia days after
    // President Y announced a mobilisation. He applied for asylum").
    bool aside = false;
    for (uint32_t t = before.first_token + 1; t < before.end_token; ++t) {
      const int m = ctx_.token_mention[t];
      if (m < 0 || ctx_.mentions[m].first_token != t || ctx_.mentions[m].entity != e) continue;
      // (Not one acted on there: "X spoke after Y was arrested. He was freed" is Y.)
      const uint32_t after = ctx_.mentions[m].end_token;
      if (in_adverbial_clause(t, before.first_token) && after < before.end_token &&
          !is_be(at_.lower[after]) && at_.lower[after] != "had") {
        aside = true;
        continue;
      }
      if (t < 2 || at_.lower[t - 1] != "of") return e;
      const std::string_view n = at_.noun_lemma[t - 2];
      if (n != "death" && n != "killing" && n != "murder" && n != "funeral" &&
          n != "assassination" && n != "memory") {
        return e;
      }
      aside = true;
    }
    return aside ? subject : e;
  }

  // Whether the mention opening at token t is the subject of a clause opened by "after",
  // "before", "when", "because", ... a few words before it (past a title: "after President
  // Y announced").
  bool in_adverbial_clause(uint32_t t, uint32_t first) const {
    for (uint32_t k = t, n = 0; k-- > first && n < 3; ++n) {
      const std::string_view w = at_.lower[k];
      if (w == "after" || w == "before" || w == "when" || w == "because" || w == "since" ||
          w == "while" || w == "until" || w == "although" || w == "though" || w == "as") {
        return true;
      }
      if (at_.tokens[k].kind != TokenKind::kWord || at_.has(k, kLowerCase)) return false;
    }
    return false;
  }

  int antecedent(const std::vector<int>& order, size_t pos, bool unquoted_only) const {
    int e = antecedent(order, pos, unquoted_only, /*named_only=*/false, /*same_sentence=*/true);
    if (e >= 0) return e;
    // "The brothers' father lost his job a week after their arrest": the owner named in the
    // sentence before a body in an earlier one.
    if (ctx_.mentions[order[pos]].plural) {
      e = antecedent(order, pos, unquoted_only, /*named_only=*/false, /*same_sentence=*/true,
                     /*possessors=*/true);
      if (e >= 0) return e;
    }
    e = antecedent(order, pos, unquoted_only, /*named_only=*/true);
    if (e >= 0) return e;
    e = antecedent(order, pos, unquoted_only, /*named_only=*/false);
    if (e >= 0) return e;
    return antecedent(order, pos, unquoted_only, /*named_only=*/false, /*same_sentence=*/true,
                      /*possessors=*/true);
  }

  int antecedent(const std::vector<int>& order, size_t pos, bool unquoted_only, bool named_only,
                 bool same_sentence = false, bool possessors = false) const {
    const Mention& p = ctx_.mentions[order[pos]];
    uint32_t sentence = at_.sentence_of[p.first_token];
    // Inside a quotation, "he" and "she" are someone the speaker speaks of, not the speaker
    // (“He is still detained,” said Ana Lima).
    const int quote = quote_at(p.first_token);
    const int speaker = quote >= 0 ? quote_ranges_[quote].speaker : -1;
    // At most 60 mentions back, so a pathological sentence stays linear.
    for (size_t k = pos; k-- > 0 && pos - k <= 60;) {
      const Mention& c = ctx_.mentions[order[k]];
      if (sentence - at_.sentence_of[c.first_token] > (same_sentence ? 0 : 2)) break;
      int e = c.entity;
      if (e < 0 || c.first_person || (e == speaker && !p.plural)) continue;
      if (unquoted_only && quoted(c.first_token)) continue;
      if (named_only && !p.plural && !ctx_.entities[e].named && c.kind != MentionKind::kRelative)
        continue;
      // "Her mother was detained. [new paragraph] In 2019 she learned ...": across a paragraph
      // a pronoun goes on with the named person, not with an unnamed relative of the last one.
      if (named_only && !p.plural && !ctx_.entities[e].named &&
          at_.sentences[at_.sentence_of[c.first_token]].paragraph !=
              at_.sentences[sentence].paragraph) {
        continue;
      }
      if (c.end_token < at_.tokens.size() && at_.has(c.end_token, kPossessive) != possessors)
        continue;
      if (subject_of_pronouns_verb(c, p)) continue;
      if (inside_closed_relative(c, p)) continue;
      if (!p.plural && same_sentence && object_behind_noun_phrase(order, k, p)) continue;
      if (same_sentence && agent_before_possessive(order, k, p)) continue;
      if (quote >= 0 && !quoted(c.first_token) && audience_of_speech(c)) continue;
      if (!p.plural && hearer_of_telling(c, p)) continue;
      const Entity& ent = ctx_.entities[e];
      // "Haddad and Saleh said they were beaten": "they" is the people named together, which
      // no single entity is; the event finder reads the unresolved pronoun as that list.
      if (p.plural && ent.kind == "person" && c.first_token >= 2 &&
          at_.lower[c.first_token - 1] == "and") {
        int prev = ctx_.token_mention[c.first_token - 2];
        if (prev >= 0 && ctx_.mentions[prev].kind == MentionKind::kPerson) return -1;
      }
      if (!p.plural) {
        if (ent.kind == "person" && person_sex_fits(e, p.sex)) {
          // "summoned X, the father of Y, and warned him": Y only completes the noun "father";
          // the head of that phrase (the father, X) is who the pronoun goes on about.
          int head = relative_headed_by(order[k], e);
          if (head >= 0 && person_sex_fits(head, p.sex)) return head;
          int owner = possessor_of_relative(c, p);
          if (owner >= 0) return owner;
          int family = family_anchor(e, c, p);
          return family >= 0 ? family : e;
        }
      } else if (teller_of_hearer(c, p)) {
        // "Officers told them they were barred": those told, not those who tell.
        continue;
      } else if (ent.kind == "organization" && c.first_token > 0 &&
                 (at_.lower[c.first_token - 1] == "at" || at_.lower[c.first_token - 1] == "in" ||
                  at_.lower[c.first_token - 1] == "from" ||
                  at_.lower[c.first_token - 1] == "outside" ||
                  at_.lower[c.first_token - 1] == "near")) {
        // "were stopped at Beijing Capital International Airport. Officers told them": a body
        // named as where something happened is a place there, not the people.
        continue;
      } else if (ent.kind == "group" || ent.kind == "state_actor" || ent.kind == "organization") {
        // "X, Y and Z were arrested after an investigation into the minister's companies. A
        // court convicted them": a body in a prepositional phrase gives way to the people
        // named together as the sentence's subject.
        if (ent.category == "non_state" && in_phrase_after_people_list(c)) return -1;
        // "beaten by police, and three of them were detained": a count of them is people.
        if (counted_pronoun(p) && ent.kind != "group") continue;
        // "the couple": relatives named as a pair ("the parents of X"), no other group.
        // (By the rule's text: string literals need not share one address across files.)
        if (std::string_view(p.rule) == kCoupleAnaphorRule && c.kind != MentionKind::kRelative)
          continue;
        // "her daughters and grandchildren ... they": the head of the coordination.
        if (c.first_token >= 2 && at_.lower[c.first_token - 1] == "and") {
          int head = ctx_.token_mention[c.first_token - 2];
          if (head >= 0 && ctx_.mentions[head].entity >= 0 && ctx_.mentions[head].kind == c.kind) {
            return ctx_.mentions[head].entity;
          }
        }
        return e;
      }
    }
    return -1;
  }

  // Whether c tells someone named right after its verb what the pronoun p opens: "officers
  // told them they were barred", "police informed the families that they ...".
  bool teller_of_hearer(const Mention& c, const Mention& p) const {
    const uint32_t v = c.end_token;
    if (v + 2 > p.first_token || at_.sentence_of[v] != at_.sentence_of[p.first_token]) {
      return false;
    }
    const std::string_view lemma = at_.verb_lemma[v];
    if (lemma != "tell" && lemma != "inform" && lemma != "warn" && lemma != "assure") return false;
    const int heard = ctx_.token_mention[v + 1];
    if (heard < 0) return false;
    uint32_t after = ctx_.mentions[heard].end_token;
    if (after < p.first_token && at_.lower[after] == "that") ++after;
    return after == p.first_token;
  }

  // "Dosov told his lawyer Iskakov that officers had kicked him": the one told, right after
  // a verb of telling, is not whom "him" in the "that" clause after it means; the teller, a
  // person, is (were it the one told, the teller would have said "you").
  bool hearer_of_telling(const Mention& c, const Mention& p) const {
    const uint32_t end = c.end_token;
    if (end >= p.first_token || end + 1 >= at_.tokens.size() || at_.lower[end] != "that") {
      return false;
    }
    for (uint32_t k = c.first_token, n = 0; k-- > 0 && n < 4; ++n) {
      const std::string_view v = at_.verb_lemma[k];
      // (Not "Police told X that his son ...": only a person who tells of himself; not a
      // warning, which is about the one warned.)
      if (v == "tell" || v == "inform") {
        if (at_.sentence_of[k] != at_.sentence_of[p.first_token] || k == 0) return false;
        const int teller = ctx_.token_mention[k - 1];
        if (teller < 0) return false;
        const int e = ctx_.mentions[teller].entity;
        return e >= 0 && ctx_.entities[e].kind == "person" && person_sex_fits(e, p.sex);
      }
      if (at_.tokens[k].kind != TokenKind::kWord) return false;
    }
    return false;
  }

  // Whether mention c stands in a prepositional phrase ("into the minister's companies")
  // and its sentence opens with people named together ("X, Y and Z were arrested").
  bool in_phrase_after_people_list(const Mention& c) const {
    const uint32_t first = at_.sentences[at_.sentence_of[c.first_token]].first_token;
    bool phrase = false;
    for (uint32_t k = c.first_token, n = 0; k-- > first && n < 8 && !phrase; ++n) {
      phrase = is_preposition(at_.lower[k]);
      if (at_.tokens[k].kind == TokenKind::kPunct && !at_.has(k, kPossessive)) break;
    }
    if (!phrase) return false;
    int names = 0;
    bool joined = false;
    for (uint32_t t = first; t < c.first_token; ++t) {
      const int m = ctx_.token_mention[t];
      if (m >= 0 && ctx_.mentions[m].first_token == t) {
        if (ctx_.mentions[m].kind != MentionKind::kPerson) break;
        ++names;
        t = ctx_.mentions[m].end_token - 1;
        continue;
      }
      if (at_.lower[t] == "and") {
        joined = true;
        continue;
      }
      if (at_.token_text(t) != ",") break;
    }
    return names >= 2 && joined;
  }

  // "X, who shared a stage with Y and Z, told reporters about her detention": a name inside
  // a relative clause set off by commas, closed before the pronoun in the same sentence, is
  // not what the main clause's pronoun stands for; the clause's head is.
  bool inside_closed_relative(const Mention& c, const Mention& p) const {
    const uint32_t sentence = at_.sentence_of[p.first_token];
    if (at_.sentence_of[c.first_token] != sentence || c.end_token >= p.first_token) return false;
    const uint32_t first = at_.sentences[sentence].first_token;
    bool opened = false;
    for (uint32_t t = c.first_token; t-- > first + 1;) {
      if (at_.token_text(t) == ",") return false;
      std::string_view w = at_.lower[t];
      if ((w == "who" || w == "whose" || w == "whom") && at_.token_text(t - 1) == ",") {
        opened = true;
        break;
      }
    }
    if (!opened) return false;
    for (uint32_t t = c.end_token; t < p.first_token; ++t) {
      if (at_.token_text(t) == ",") return true;
    }
    return false;
  }

  // "Police detained X at a rally for Y and beat him": a name that only completes a noun
  // ("a rally for Y", "a supporter of Y") gives way, for an object pronoun after "and" plus a
  // verb, to a person earlier in the sentence whom the pronoun fits (the first verb's object).
  bool object_behind_noun_phrase(const std::vector<int>& order, size_t k, const Mention& p) const {
    const Mention& c = ctx_.mentions[order[k]];
    const uint32_t f = p.first_token;
    if (f < 2 || at_.lower[f - 2] != "and" || !at_.has(f - 1, kLowerCase) ||
        (at_.lower[f] != "him" && at_.lower[f] != "her")) {
      return false;
    }
    const uint32_t b = c.first_token;
    if (b < 2 || !(at_.lower[b - 1] == "for" || at_.lower[b - 1] == "of" ||
                   at_.lower[b - 1] == "about" || at_.lower[b - 1] == "against")) {
      return false;
    }
    // The noun the name completes: a lower-case word in no inflected verb form ("rally",
    // "supporter"; not "accused of", "thinking about").
    const uint32_t n = b - 2;
    if (!at_.has(n, kLowerCase) || at_.verb_lemma[n] != at_.lower[n] ||
        at_.lower[n].ends_with("ing"))
      return false;
    const uint32_t sentence = at_.sentence_of[f];
    for (size_t j = k; j-- > 0;) {
      const Mention& e = ctx_.mentions[order[j]];
      if (at_.sentence_of[e.first_token] != sentence) break;
      if (e.entity < 0 || e.first_person) continue;
      const Entity& ent = ctx_.entities[e.entity];
      if (ent.kind == "person" && person_sex_fits(e.entity, p.sex)) return true;
    }
    return false;
  }

  // "The students were beaten by police after their arrest": a possessive after a passive's
  // agent is the passive's subject's, when the sentence names one before the "by" that the
  // pronoun fits (people for "their", a person for "his" or "her").
  bool agent_before_possessive(const std::vector<int>& order, size_t k, const Mention& p) const {
    if (!p.possessive) return false;
    const Mention& c = ctx_.mentions[order[k]];
    if (c.end_token > p.first_token) return false;
    uint32_t by = c.first_token;
    // Past a body's name before a noun: "by National Guard officers".
    for (int n = 0; n < 4 && by > 0 && at_.lower[by - 1] != "by"; ++n) {
      if (!at_.has(by - 1, kCapitalized)) return false;
      --by;
    }
    if (by < 2 || at_.lower[by - 1] != "by") return false;
    const uint32_t sentence = at_.sentence_of[p.first_token];
    for (size_t j = k; j-- > 0;) {
      const Mention& e = ctx_.mentions[order[j]];
      if (at_.sentence_of[e.first_token] != sentence) break;
      if (e.first_token >= by - 1 || e.entity < 0 || e.first_person || e.possessive) continue;
      const MentionKind kind = e.kind;
      const bool people = kind == MentionKind::kGroup || e.plural;
      const bool person = kind == MentionKind::kPerson || kind == MentionKind::kRelative ||
                          kind == MentionKind::kDescriptor;
      if (p.plural ? people : (person && !e.plural && person_sex_fits(e.entity, p.sex)))
        return true;
    }
    return false;
  }

  // '"They beat us," X told reporters', 'X spoke to reporters. "They beat us," he said':
  // those spoken to are not whom a pronoun inside a quotation stands for.
  bool audience_of_speech(const Mention& c) const {
    uint32_t b = c.first_token;
    if (b > 0 && is_article(at_.lower[b - 1])) --b;
    if (b == 0) return false;
    const std::string_view before = at_.verb_lemma[b - 1];
    if (before == "tell" || before == "inform") return true;
    if (b < 2 || at_.lower[b - 1] != "to") return false;
    const std::string_view verb = at_.verb_lemma[b - 2];
    return verb == "speak" || verb == "talk" || verb == "say" || verb == "explain" ||
           verb == "describe";
  }

  // "three of them", "several of them": a plural pronoun after a count and "of".
  bool counted_pronoun(const Mention& p) const {
    if (!p.plural || p.first_token < 2 || at_.lower[p.first_token - 1] != "of") return false;
    return at_.tokens[p.first_token - 2].kind == TokenKind::kNumber ||
           is_partitive_count(at_.lower[p.first_token - 2]);
  }

  // A noun for someone's custody or its end: "her detention", "his sentence".
  static bool custody_noun(std::string_view n) {
    return n == "detention" || n == "arrest" || n == "custody" || n == "sentence" ||
           n == "remand" || n == "imprisonment" || n == "conviction" || n == "deportation" ||
           n == "extradition" || n == "release";
  }

  // "urged the authorities to quash the verdicts and release them", "police beat him": the
  // subject of the verb an object pronoun depends on is not what the pronoun stands for.
  // The candidate is followed by the pronoun's verb, or by "to" and no punctuation up to it.
  bool subject_of_pronouns_verb(const Mention& c, const Mention& p) const {
    std::string_view w = at_.lower[p.first_token];
    // "Judge X extended her detention", "the court upheld his sentence": no one orders their
    // own custody; the possessive right after the verb is someone else.
    if (p.possessive && c.end_token + 1 == p.first_token && p.end_token < at_.tokens.size() &&
        at_.verb_lemma[c.end_token] != at_.lower[c.end_token] &&
        custody_noun(at_.noun_lemma[p.end_token])) {
      return true;
    }
    if (w != "him" && w != "them" && (w != "her" || p.possessive)) return false;
    if (c.end_token >= p.first_token) return false;
    std::string_view next = at_.lower[c.end_token];
    // "police beat him", "soldiers detained them", "guards had tortured them": the pronoun
    // right after the candidate's verb, inflected or a verb's own form ("beat", "hit", "put"),
    // past auxiliaries and adverbs.
    uint32_t verb = c.end_token;
    while (verb + 1 < p.first_token && verb < c.end_token + 3 &&
           (is_be(at_.lower[verb]) || is_modal(at_.lower[verb]) || at_.lower[verb] == "had" ||
            at_.lower[verb] == "has" || at_.lower[verb] == "have" ||
            is_adverb_like(at_.lower[verb]))) {
      ++verb;
    }
    if (verb + 1 == p.first_token &&
        (at_.verb_lemma[verb] != at_.lower[verb] ||
         Lemmatizer::instance().is_lemma(at_.lower[verb], Pos::kVerb))) {
      return true;
    }
    // "detained by police, who beat them": the head of a relative clause is its verb's
    // subject, not the object right after that verb.
    if (uint32_t rel = c.end_token; rel + 2 < p.first_token) {
      if (at_.lower[rel] == ",") ++rel;
      if (at_.lower[rel] == "who" || at_.lower[rel] == "that") {
        uint32_t v = rel + 1;
        while (v + 1 < p.first_token && v < rel + 4 &&
               (at_.lower[v] == "had" || at_.lower[v] == "then" || is_adverb_like(at_.lower[v]))) {
          ++v;
        }
        if (v + 1 == p.first_token && at_.has(v, kLowerCase) &&
            (at_.verb_lemma[v] != at_.lower[v] ||
             Lemmatizer::instance().is_lemma(at_.lower[v], Pos::kVerb))) {
          return true;
        }
      }
    }
    // "police put both under house arrest and accused them": the subject of two verbs
    // joined by "and" is not the second one's object either.
    if (p.first_token >= 2 && at_.lower[p.first_token - 2] == "and" &&
        at_.verb_lemma[p.first_token - 1] != at_.lower[p.first_token - 1] &&
        (at_.verb_lemma[verb] != at_.lower[verb] || is_same_form_participle(at_.lower[verb])) &&
        verb + 2 < p.first_token && p.first_token - verb <= 14) {
      bool one_clause = true;
      for (uint32_t t = verb + 1; t + 2 < p.first_token && one_clause; ++t) {
        const std::string_view x = at_.lower[t];
        one_clause = (at_.tokens[t].kind != TokenKind::kPunct || at_.has(t, kPossessive)) &&
                     x != "that" && x != "who" && x != "which";
        // (Not "police detained X and they beat him": a subject after "and" is its own.)
        if (one_clause && ctx_.token_mention[t] >= 0 &&
            ctx_.mentions[ctx_.token_mention[t]].kind == MentionKind::kPronoun &&
            !ctx_.mentions[ctx_.token_mention[t]].possessive) {
          one_clause = t != p.first_token - 2;
        }
      }
      if (one_clause) return true;
    }
    // "a man threatened to kill him", "guards tried to stop them": the subject of the verb
    // before the infinitive does the infinitive's act too.
    if (verb + 3 == p.first_token && at_.verb_lemma[verb] != at_.lower[verb] &&
        at_.lower[verb + 1] == "to" &&
        Lemmatizer::instance().is_lemma(at_.lower[verb + 2], Pos::kVerb)) {
      return true;
    }
    // Else only the subject of an infinitive ("the authorities to release"), not "to a pipe".
    if (next != "to" || c.end_token + 1 >= p.first_token ||
        !Lemmatizer::instance().is_lemma(at_.lower[c.end_token + 1], Pos::kVerb)) {
      return false;
    }
    for (uint32_t t = c.end_token; t < p.first_token; ++t) {
      if (at_.tokens[t].kind == TokenKind::kPunct || at_.lower[t] == "that" ||
          at_.lower[t] == "who" || at_.lower[t] == "which") {
        return false;
      }
    }
    return p.first_token - c.end_token <= 8;
  }

  // The entity a relation's end names (an entity index written out), or -1.
  int entity_index(const std::string& id) const {
    int e = -1;
    if (std::from_chars(id.data(), id.data() + id.size(), e).ec != std::errc() || e < 0 ||
        static_cast<size_t>(e) >= ctx_.entities.size()) {
      return -1;
    }
    return e;
  }

  // The one person the text already tied to `anchor` the other way round: after "X, the
  // father of Y," the words "his son" (his = X) are Y. -1 when none or several fit.
  int known_relative(const Mention& m, int anchor) const {
    static const std::map<std::string, std::vector<std::string>> kInverse = {
        {"son", {"father", "mother", "parent"}},      {"daughter", {"father", "mother", "parent"}},
        {"child", {"father", "mother", "parent"}},    {"father", {"son", "daughter", "child"}},
        {"mother", {"son", "daughter", "child"}},     {"brother", {"brother", "sister", "sibling"}},
        {"sister", {"brother", "sister", "sibling"}}, {"spouse", {"spouse"}},
    };
    auto inv = kInverse.find(m.kin);
    if (inv == kInverse.end()) return -1;
    const std::string a = std::to_string(anchor);
    int found = -1;
    for (const Relation& r : ctx_.relations) {
      const std::string* end = nullptr;
      if (r.from == a &&
          std::find(inv->second.begin(), inv->second.end(), r.kind) != inv->second.end()) {
        end = &r.to;  // the anchor is the other's father: the other is his child
      } else if (r.to == a && r.kind == m.kin) {
        end = &r.from;  // the other is already the anchor's son
      }
      const int other = end == nullptr ? -1 : entity_index(*end);
      if (other < 0) continue;
      if (other == anchor || ctx_.entities[other].kind != "person") continue;
      if (!person_sex_fits(other, m.sex)) continue;
      if (found >= 0 && found != other) return -1;
      found = other;
    }
    return found;
  }

  // "threatened to arrest her mother unless she confessed": a relative named through its
  // possessive ("her mother") inside the clause, not as its subject, is less salient than the
  // person the possessive stands for, who is what "she" goes on about. The owner, or -1.
  int possessor_of_relative(const Mention& c, const Mention& p) const {
    if (c.kind != MentionKind::kRelative || c.kin_of < 0 || c.plural) return -1;
    std::string_view w = at_.lower[p.first_token];
    if (w != "he" && w != "she" && w != "him" && w != "her") return -1;
    const Mention& owner = ctx_.mentions[c.kin_of];
    if (owner.kind != MentionKind::kPronoun || owner.end_token != c.first_token ||
        owner.entity < 0 || owner.entity == c.entity) {
      return -1;
    }
    // "Her mother said ...", "... that his brother had received a call": the relative is the
    // subject of its clause, and the one the clause goes on about.
    const auto& s = at_.sentences[at_.sentence_of[c.first_token]];
    if (owner.first_token == s.first_token) return -1;
    if (c.end_token < s.end_token) {
      std::string_view next = at_.lower[c.end_token];
      if (at_.verb_lemma[c.end_token] != next || next == "is" || next == "are" || next == "will" ||
          next == "can" || next == "would" || next == "could" || next == "must") {
        return -1;
      }
    }
    if (ctx_.entities[owner.entity].kind != "person" || !person_sex_fits(owner.entity, p.sex))
      return -1;
    return owner.entity;
  }

  // "Ismoil Davlatov, father of the journalist X, died ... His family says": a relative whose
  // paragraph opens with his own name is who the paragraph is about (not "His father, Rahim,
  // was questioned", where the kinship noun comes first).
  bool introduced_by_name(int candidate, const Mention& p) const {
    const uint32_t para = at_.sentences[at_.sentence_of[p.first_token]].paragraph;
    const Mention* first = nullptr;
    for (const Mention& m : ctx_.mentions) {
      if (m.entity != candidate || m.first_token >= p.first_token) continue;
      if (at_.sentences[at_.sentence_of[m.first_token]].paragraph != para) continue;
      if (first == nullptr || m.first_token < first->first_token) first = &m;
    }
    return first != nullptr && first->kind == MentionKind::kPerson &&
           first->first_token == at_.sentences[at_.sentence_of[first->first_token]].first_token;
  }

  // "his father, Rahim, was questioned ... his younger brother was dismissed": in a story of
  // one person's relatives, the owner of a kinship noun is that person (the anchor the last
  // candidate is a relative of), not the relative, when the anchor fits as well. Only for a
  // possessive that owns a kinship noun. -1 when the candidate is no one's relative.
  int family_anchor(int candidate, const Mention& c_mention, const Mention& p) const {
    if (!p.possessive || p.plural) return -1;
    if (at_.sentence_of[c_mention.first_token] == at_.sentence_of[p.first_token]) return -1;
    if (introduced_by_name(candidate, p)) return -1;
    // The kinship noun it owns, past an adjective or two ("his younger brother").
    int next = -1;
    for (uint32_t t = p.end_token; t < at_.tokens.size() && t < p.end_token + 3 && next < 0; ++t) {
      const int m = ctx_.token_mention[t];
      if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kRelative) next = m;
      if (m >= 0 && next < 0) return -1;
    }
    if (next < 0) return -1;
    // "his father ... about his son's activities": the father's son is the anchor himself.
    auto generation = [](std::string_view k) {
      if (k == "father" || k == "mother" || k == "parent") return 1;
      if (k == "son" || k == "daughter" || k == "child") return -1;
      return 0;
    };
    const int kin = generation(ctx_.mentions[next].kin);
    const std::string c = std::to_string(candidate);
    int anchor = -1;
    for (const Relation& r : ctx_.relations) {
      if (r.from != c) continue;
      if (kin != 0 && generation(r.kind) == -kin) return -1;
      const int a = entity_index(r.to);
      if (a < 0 || a == candidate) continue;
      if (ctx_.entities[a].kind != "person" || !ctx_.entities[a].named ||
          !person_sex_fits(a, p.sex)) {
        continue;
      }
      if (anchor >= 0 && anchor != a) return -1;
      anchor = a;
    }
    return anchor;
  }

  // The person of the relative noun whose "of" phrase mention `anchor` completes ("the father
  // of the exiled writer [anchor]"), or -1. A possessive anchor ("Y's father") never gets here,
  // as possessives are no antecedents.
  // (Only a mention ending at most 8 tokens before the anchor can head it, and every mention
  // holds its tokens in token_mention: such mentions are found there from their last token,
  // and tried in the mentions' order, not by a walk over every mention of the page.)
  int relative_headed_by(int anchor, int anchor_entity) const {
    const Mention& a = ctx_.mentions[anchor];
    int near[9];
    int count = 0;
    for (uint32_t k = a.first_token > 9 ? a.first_token - 9 : 0; k < a.first_token; ++k) {
      const int m = ctx_.token_mention[k];
      if (m >= 0 && ctx_.mentions[m].end_token == k + 1) near[count++] = m;
    }
    // In the mentions' order (at most nine: an insertion sort, which GCC's bound checks also
    // follow, unlike std::sort's).
    for (int i = 1; i < count; ++i) {
      for (int j = i; j > 0 && near[j - 1] > near[j]; --j) std::swap(near[j - 1], near[j]);
    }
    for (int i = 0; i < count; ++i) {
      const Mention& r = ctx_.mentions[near[i]];
      if (r.kind != MentionKind::kRelative || r.kin_of < 0 || r.plural) continue;
      if (r.end_token > a.first_token || a.first_token - r.end_token > 8) continue;
      // The anchor stands in the "of" phrase after the noun, not before it ("her sister").
      const Mention& of = ctx_.mentions[r.kin_of];
      if (of.entity != anchor_entity || of.first_token < r.end_token ||
          of.first_token > a.first_token || at_.lower[r.end_token] != "of") {
        continue;
      }
      if (r.entity >= 0 && r.entity != anchor_entity && ctx_.entities[r.entity].kind == "person") {
        return r.entity;
      }
    }
    return -1;
  }

  // "her father, a retired teacher,": the role is the relative's; with no entity for the
  // relative, the descriptor is an unnamed person of its own.
  void link_descriptors_of_relatives() {
    for (const auto& [d, r] : apposed_to_relative_) {
      Mention& m = ctx_.mentions[d];
      int e = ctx_.mentions[r].entity;
      if (e < 0 || ctx_.entities[e].kind != "person") {
        e = new_entity("person", m.name, m);
        ctx_.entities[e].named = false;
      }
      add_role(e, m.role);
      attach(m, e);
    }
  }

  // "the brother of an exiled blogger ... his brother, Farhod Nazarov": once a relative is
  // named, the unnamed one of the same kin and anchor is the same person.
  void merge_named_relatives() {
    for (const auto& [key, unnamed] : unnamed_relatives_) {
      auto it = named_relatives_.find(key);
      if (it == named_relatives_.end() || it->second == unnamed) continue;
      // "two brothers of X ... his younger brother, Y": a group of relatives is not the one
      // named among them.
      if (ctx_.entities[unnamed].kind != "person") continue;
      move_mentions(unnamed, it->second);
      std::string from_id = std::to_string(unnamed);
      ctx_.relations.erase(std::remove_if(ctx_.relations.begin(), ctx_.relations.end(),
                                          [&](const Relation& r) { return r.from == from_id; }),
                           ctx_.relations.end());
    }
  }

  // "X's family ... police searched the family home ... The family says": "the family" with
  // no owner of its own is the one family the text named through a person, when it named
  // exactly one ("family of X", "relatives of X").
  void merge_the_family() {
    for (size_t g = 0; g < ctx_.entities.size(); ++g) {
      const Entity& ge = ctx_.entities[g];
      if (ge.kind != "group" || ge.mentions.empty()) continue;
      // "the family", "the relatives", "the parents": the kin of the group's noun.
      const KinshipNoun* noun = kinship_noun(ge.name);
      if (noun == nullptr || !noun->plural) continue;
      int kin_group = -1;
      bool several = false;
      for (const auto& [key, e] : unnamed_relatives_) {
        if (key.first != noun->kind || ctx_.entities[e].kind != "group") continue;
        several = several || (kin_group >= 0 && kin_group != e);
        kin_group = e;
      }
      if (kin_group < 0 || several) continue;
      const bool definite =
          std::all_of(ctx_.mentions.begin(), ctx_.mentions.end(), [&](const Mention& m) {
            return m.entity != static_cast<int>(g) ||
                   (m.first_token > 0 && at_.lower[m.first_token - 1] == "the") ||
                   at_.lower[m.first_token] == "the";
          });
      if (!definite) continue;
      move_mentions(static_cast<int>(g), kin_group);
    }
  }

  // Every mention of entity `from` becomes one of `to`, in text order; `from` is left with
  // none, so no id is given to it.
  void move_mentions(int from, int to) {
    for (Mention& m : ctx_.mentions) {
      if (m.entity == from) m.entity = to;
    }
    Entity& from_e = ctx_.entities[from];
    Entity& to_e = ctx_.entities[to];
    to_e.mentions.insert(to_e.mentions.end(), from_e.mentions.begin(), from_e.mentions.end());
    std::sort(to_e.mentions.begin(), to_e.mentions.end(),
              [](const Span& a, const Span& b) { return a.start < b.start; });
    from_e.mentions.clear();
  }

  // "X and his brother Y live apart. Their father was summoned": "their" left unresolved
  // after a sibling of a named person, in the sentence before or its own, is the siblings,
  // and the parent is that named person's too. -1 otherwise.
  int first_of_siblings(const Mention& their) const {
    if (their.kind != MentionKind::kPronoun || !their.plural || !their.possessive) return -1;
    const uint32_t sentence = at_.sentence_of[their.first_token];
    for (const Mention& r : ctx_.mentions) {
      if (r.first_token >= their.first_token) continue;  // mentions are not in text order
      if (r.kind != MentionKind::kRelative || r.kin_of < 0 || r.entity < 0) continue;
      if (sentence - at_.sentence_of[r.first_token] > 1) continue;
      if (r.kin != "brother" && r.kin != "sister" && r.kin != "sibling") continue;
      // "X and his brother", "his younger brother, Y, was arrested": the one the sibling is
      // the sibling of, when that is a named person.
      const int e = ctx_.mentions[r.kin_of].entity;
      if (e >= 0 && ctx_.entities[e].kind == "person" && ctx_.entities[e].named) return e;
    }
    return -1;
  }

  // Whether entity e is a group of people that is not itself someone's relatives: "the
  // activists", "the Omarov brothers", not "his family" or "her parents".
  bool people_group_anchor(int e) const {
    if (ctx_.entities[e].kind != "group") return false;
    return std::none_of(ctx_.mentions.begin(), ctx_.mentions.end(), [&](const Mention& r) {
      return r.entity == e && r.kind == MentionKind::kRelative;
    });
  }

  // "the brother of an exiled blogger", "relatives of the jailed lawyer": the relative's
  // anchor is a person known by a role, after "of". Not a description of someone named
  // already: "X was born in 1966, the son of a teacher", "X is the son of a farmer", "known as
  // the wife of a general".
  bool described_after_of(const Mention& m) const {
    if (m.kin_of < 0) return false;
    const Mention& a = ctx_.mentions[m.kin_of];
    if (a.kind != MentionKind::kDescriptor || a.first_token <= m.end_token ||
        m.end_token >= at_.tokens.size() || at_.lower[m.end_token] != "of") {
      return false;
    }
    uint32_t t = m.first_token;
    while (t > 0 && (at_.lower[t - 1] == "the" || at_.lower[t - 1] == "a" ||
                     at_.lower[t - 1] == "an" || at_.tokens[t - 1].kind == TokenKind::kNumber)) {
      --t;
    }
    if (t == 0 || at_.sentence_of[t - 1] != at_.sentence_of[m.first_token]) return true;
    std::string_view before = at_.lower[t - 1];
    return before != "," && before != "as" && !is_be(before) && before != "became" &&
           before != "remains";
  }

  void resolve_relative(Mention& m, std::map<std::pair<std::string, int>, int>* by_kin) {
    int named = apposed_person(m);
    if (named < 0) named = person_before_relative(m);
    if (named < 0) named = person_after_anchor(m);
    int anchor = m.kin_of >= 0 ? ctx_.mentions[m.kin_of].entity : -1;
    if (m.kin_of >= 0 && (anchor < 0 || ctx_.entities[anchor].kind != "person")) {
      if (int e = first_of_siblings(ctx_.mentions[m.kin_of]); e >= 0) anchor = e;
    }
    // "Ana Lima and Ivan Petrov were arrested. Their father was detained": "their" is the
    // people named together, which no single entity is; the relative is each one's.
    std::vector<int> listed;
    if (m.kin_of >= 0 && anchor < 0) {
      const Mention& their = ctx_.mentions[m.kin_of];
      if (their.kind == MentionKind::kPronoun && their.plural && their.possessive) {
        for (int k : VictimReader(ctx_).coordinated_people_before(their.first_token)) {
          const int p = ctx_.mentions[k].entity;
          if (p >= 0 && std::find(listed.begin(), listed.end(), p) == listed.end())
            listed.push_back(p);
        }
        if (!listed.empty()) anchor = listed[0];
      }
    }
    // "his parents ... they called their son a traitor": the son of X's parents is X.
    if (named < 0 && anchor >= 0 && ctx_.entities[anchor].kind == "group" &&
        (m.kin == "son" || m.kin == "daughter" || m.kin == "child") && !m.plural) {
      const std::string a = std::to_string(anchor);
      for (const Relation& r : ctx_.relations) {
        const int child = r.from == a && r.kind == "parent" ? entity_index(r.to) : -1;
        if (child < 0 || !person_sex_fits(child, m.sex)) continue;
        m.entity = child;
        ctx_.entities[child].mentions.push_back(ctx_.span(m.start, m.end));
        return;
      }
    }
    // Only a named person anchors a relative: "their son" of a family or "his son" of an
    // unnamed father would chain descriptions without adding a findable case.
    // A group of people anchors one too ("the two activists ... their father"), so that the
    // act done to the relative is not lost, but not a group of relatives ("his family ...
    // their son").
    // A person known only by a role, right after "of", anchors one too ("detained the brother
    // of an exiled blogger"): the act is the brother's, not the blogger's.
    bool anchored = anchor >= 0 && ((ctx_.entities[anchor].kind == "person" &&
                                     (ctx_.entities[anchor].named || anchor == narrator_ ||
                                      described_after_of(m))) ||
                                    people_group_anchor(anchor));
    int e = named;
    if (e < 0 && anchored && !m.plural) {
      if (int known = known_relative(m, anchor); known >= 0) {
        m.entity = known;
        ctx_.entities[known].mentions.push_back(ctx_.span(m.start, m.end));
        return;
      }
    }
    if (e < 0 && anchored) {
      // "father of X" for one relative; for several, the words the text used
      // ("grandchildren of X", "family members of X"); and for one relative of a kind the
      // relations have no word for, the text's noun, so that "the uncle and cousin of X" are
      // two people ("uncle of X", "cousin of X"; the relation says "relative").
      std::string label = m.kin;
      std::replace(label.begin(), label.end(), '_', '-');
      std::string key = m.kin;  // groups of one kind are one group ("family", "relatives")
      if (m.plural) label = lower_ascii(ctx_.span_text(m.start, m.end));
      if (!m.plural && m.kin == "relative" && m.end_token == m.first_token + 1) {
        std::string noun = lower_ascii(ctx_.span_text(m.start, m.end));
        if (noun != "relative" && noun != "kin") label = key = noun;
      }
      auto [it, added] = by_kin->try_emplace({key, anchor}, -1);
      if (added) {
        std::string of = ctx_.entities[anchor].name;
        for (size_t k = 1; k < listed.size(); ++k)
          of += (k + 1 == listed.size() ? " and " : ", ") + ctx_.entities[listed[k]].name;
        it->second = new_entity(m.plural ? "group" : "person", label + " of " + of, m);
        ctx_.entities[it->second].named = false;
        if (m.sex == 'm') ctx_.entities[it->second].sex = "male";
        if (m.sex == 'f') ctx_.entities[it->second].sex = "female";
      }
      e = it->second;
    }
    // "many whose sons were jailed": with no one named to own them, the
    // relatives are people of their own, as they would be without "whose".
    if (e < 0 && anchor < 0 && m.kin_of >= 0 &&
        at_.lower[ctx_.mentions[m.kin_of].first_token] == "whose") {
      e = new_entity(m.plural ? "group" : "person", lower_ascii(ctx_.span_text(m.start, m.end)), m);
      ctx_.entities[e].named = false;
    }
    if (e < 0) return;
    m.entity = e;
    ctx_.entities[e].mentions.push_back(ctx_.span(m.start, m.end));
    // "His wife, Zhou Min": the kinship noun tells the named person's sex better than the
    // given name does.
    if (named >= 0 && m.sex) sex_votes_[named] += m.sex == 'm' ? 3 : -3;
    // A relation ties a relative to a person, by whom a case is found; a group's relatives
    // ("the activists' parents") keep it only in their name.
    if (anchored && ctx_.entities[anchor].kind == "person") {
      add_kin_relation(m, e, anchor);
      for (size_t k = 1; k < listed.size(); ++k) add_kin_relation(m, e, listed[k]);
      (named >= 0 ? named_relatives_ : unnamed_relatives_)[{m.kin, anchor}] = e;
    }
  }

  // Whether the words before token `end` are a kinship phrase with its anchor: "the father
  // of the activist Y", "the mother of Y" (a kinship noun, "of", maybe a role, then a name).
  bool kin_phrase_ends_at(uint32_t end) const {
    if (end == 0) return false;
    const int y = ctx_.token_mention[end - 1];
    if (y < 0 || ctx_.mentions[y].kind != MentionKind::kPerson) return false;
    uint32_t t = ctx_.mentions[y].first_token;
    for (uint32_t n = 0; t > 0 && n < 4 && at_.lower[t - 1] != "of"; ++n) {
      if (!at_.has(t - 1, kLowerCase)) return false;  // "the", "exiled", "activist"
      --t;
    }
    return t >= 2 && at_.lower[t - 1] == "of" && kinship_noun(at_.lower[t - 2]) != nullptr;
  }

  // "the father of the activist Murad Atayev, 71-year-old Berdi Atayev, was detained": the
  // person named after the anchor's name and a comma is the relative (not after a role word
  // alone: in "the mother of the activist, Omar Haddad," the name is the activist's).
  int person_after_anchor(const Mention& m) const {
    if (m.kin_of < 0 || m.plural) return -1;
    const uint32_t n = static_cast<uint32_t>(at_.tokens.size());
    const Mention* a = &ctx_.mentions[m.kin_of];
    // "of the activist Omar Haddad": the role word's name.
    if (a->kind == MentionKind::kDescriptor && a->end_token < n &&
        ctx_.token_mention[a->end_token] >= 0) {
      a = &ctx_.mentions[ctx_.token_mention[a->end_token]];
    }
    if (a->first_token <= m.first_token || a->kind != MentionKind::kPerson) return -1;
    uint32_t t = a->end_token;
    if (t + 1 >= n || at_.token_text(t) != "," || !same_sentence_tokens(t, t + 1)) return -1;
    ++t;
    if (at_.lower[t].ends_with("-year-old") && t + 1 < n) ++t;  // "71-year-old Berdi Atayev"
    const int k = ctx_.token_mention[t];
    if (k < 0 || ctx_.mentions[k].kind != MentionKind::kPerson || ctx_.mentions[k].first_token != t)
      return -1;
    const int e = ctx_.mentions[k].entity;
    if (e < 0 || e == a->entity || !person_sex_fits(e, m.sex)) return -1;
    // Closed by a comma or the sentence's end, not a list ("Y, Z and W were detained").
    const uint32_t after = ctx_.mentions[k].end_token;
    if (after < n && same_sentence_tokens(t, after) && at_.token_text(after) != "," &&
        at_.token_text(after) != ".") {
      return -1;
    }
    return e;
  }

  bool same_sentence_tokens(uint32_t a, uint32_t b) const {
    return at_.sentence_of[a] == at_.sentence_of[b];
  }

  // "Karim Sadri, the father of the exiled blogger Omid Sadri,": the person before the
  // apposition is the relative. Not the anchor itself ("Omid Sadri's father").
  int person_before_relative(const Mention& m) const {
    uint32_t t = m.first_token;
    // Back over modifiers to the determiner: "X, the 64-year-old mother of Y".
    uint32_t d = t;
    while (d > 0 && t - d < 6 && ctx_.token_mention[d - 1] < 0 &&
           (at_.has(d - 1, kLowerCase) || at_.tokens[d - 1].kind == TokenKind::kNumber ||
            at_.token_text(d - 1) == "-") &&
           at_.lower[d - 1] != "the" && at_.lower[d - 1] != "a" && at_.lower[d - 1] != "an") {
      --d;
    }
    if (d >= 1 && is_article(at_.lower[d - 1])) t = d - 1;
    // "Johan Holm, her husband, called for her release": a possessive's relative set off by
    // commas (not "X, her husband said,").
    if (d >= 1 && d == t && is_possessive_determiner(at_.lower[d - 1]) &&
        m.end_token < at_.tokens.size() && at_.token_text(m.end_token) == ",") {
      t = d - 1;
    }
    // "Anna Velikova is the wife of Tomasz Velikov": the sentence's subject, said to be the
    // relative.
    if (t >= 2 && (at_.lower[t - 1] == "is" || at_.lower[t - 1] == "was")) {
      const int k = ctx_.token_mention[t - 2];
      if (k < 0 || ctx_.mentions[k].kind != MentionKind::kPerson ||
          ctx_.mentions[k].first_token != at_.sentences[at_.sentence_of[t]].first_token) {
        return -1;
      }
      const int e = ctx_.mentions[k].entity;
      return m.kin_of >= 0 && ctx_.mentions[m.kin_of].entity == e ? -1 : e;
    }
    if (t < 2 || at_.token_text(t - 1) != ",") return -1;
    // "Halina Pashkevich, 63, the mother of Y": past the age set off by commas.
    if (t >= 4 && at_.tokens[t - 2].kind == TokenKind::kNumber && at_.token_text(t - 3) == ",")
      t -= 2;
    int k = ctx_.token_mention[t - 2];
    if (k < 0 || ctx_.mentions[k].kind != MentionKind::kPerson) return -1;
    int e = ctx_.mentions[k].entity;
    if (m.kin_of >= 0 && ctx_.mentions[m.kin_of].entity == e) return -1;
    return e;
  }

  // "my father, Safar Nazarov," / "his brother Farhod Nazarov": a person right after; also
  // after a role ("another exile, the journalist Gulnara Berdyeva,").
  int apposed_person(const Mention& m) const {
    uint32_t t = m.end_token;
    bool comma = t < at_.tokens.size() && at_.token_text(t) == ",";
    if (comma) ++t;
    t = past_honorific(t);  // "his wife, Mrs. Dilbar X,"
    // "found guilty of killing a nurse</p><p>Sam Dunn was freed": never across a sentence.
    if (t >= at_.tokens.size() || at_.sentence_of[t] != at_.sentence_of[m.first_token]) return -1;
    if (comma && is_article(at_.lower[t])) return person_after_role(t + 1);
    int k = ctx_.token_mention[t];
    if (k < 0 || ctx_.mentions[k].kind != MentionKind::kPerson) return -1;
    return ctx_.mentions[k].entity;
  }

  // A courtesy or academic title before a name (data/names/honorifics.tsv), not one that is
  // often no title ("Father", "Major").
  bool honorific(uint32_t t) const {
    const Honorific* h = NameLexicon::instance().honorific_info(at_.token_text(t));
    return h != nullptr && !h->ambiguous;
  }
  // The token after an honorific at t ("Mrs." or "Mrs" "."), else t.
  uint32_t past_honorific(uint32_t t) const {
    if (t >= at_.tokens.size() || !honorific(t)) return t;
    ++t;
    if (t < at_.tokens.size() && at_.token_text(t) == ".") ++t;
    return t;
  }
  // The honorific's first token when one stands right before t, else t.
  uint32_t before_honorific(uint32_t t) const {
    if (t >= 2 && at_.token_text(t - 1) == "." && honorific(t - 2)) return t - 2;
    if (t > 0 && honorific(t - 1)) return t - 1;
    return t;
  }

  // The person named after "the <lower-case role words>": "the journalist Gulnara Berdyeva",
  // "the exiled opposition blogger X". Not "the police, X" nor "the next day, X".
  int person_after_role(uint32_t j) const {
    const uint32_t n = static_cast<uint32_t>(at_.tokens.size());
    bool role = false;
    for (uint32_t words = 0; j < n && words < 5; ++words) {
      int k = ctx_.token_mention[j];
      if (k >= 0) {
        const Mention& o = ctx_.mentions[k];
        if (o.kind == MentionKind::kPerson) return role ? o.entity : -1;
        if (o.kind != MentionKind::kDescriptor) return -1;
        role = true;
        j = o.end_token;
        continue;
      }
      if (!at_.has(j, kLowerCase)) return -1;
      role = role || NameLexicon::instance().role_noun(at_.lower[j]) != nullptr;
      ++j;
    }
    return -1;
  }

  void add_kin_relation(const Mention& m, int from, int to) {
    if (from == to) return;
    for (const Relation& r : ctx_.relations) {
      if (r.from == std::to_string(from) && r.to == std::to_string(to) && r.kind == m.kin) return;
    }
    Relation r;
    r.kind = m.kin;
    r.from = std::to_string(from);  // entity indexes; turned into ids when entities are numbered
    r.to = std::to_string(to);
    r.rule = "kinship-noun";
    const Mention& anchor = ctx_.mentions[m.kin_of];
    uint32_t s = std::min(m.start, anchor.start), e = std::max(m.end, anchor.end);
    if (int k = ctx_.token_mention[std::min<size_t>(m.end_token + 1, at_.tokens.size() - 1)];
        k >= 0 && ctx_.mentions[k].entity == from &&
        ctx_.mentions[k].kind == MentionKind::kPerson) {
      e = std::max(e, ctx_.mentions[k].end);
    }
    r.evidence = ctx_.span(s, e);
    ctx_.relations.push_back(std::move(r));
  }

  // "Ivo Marek is married to Anna Lind", "Ivo Marek, married to Anna Lind,": a spouse
  // relation between two named people, so that "Marek's wife" told later is Anna Lind.
  void link_marriages() {
    for (uint32_t t = 1; t + 2 < at_.tokens.size(); ++t) {
      if (at_.lower[t] != "married" || at_.lower[t + 1] != "to") continue;
      const int after = ctx_.token_mention[t + 2];
      uint32_t b = t;  // back over "is", "was", "has been" or a comma to the first person
      while (b > 0 && t - b < 2 &&
             (is_be(at_.lower[b - 1]) || at_.lower[b - 1] == "been" ||
              at_.lower[b - 1] == "has" || at_.token_text(b - 1) == ",")) {
        --b;
      }
      const int before = b > 0 ? ctx_.token_mention[b - 1] : -1;
      if (before < 0 || after < 0 || ctx_.mentions[before].kind != MentionKind::kPerson ||
          ctx_.mentions[after].kind != MentionKind::kPerson || b == t) {
        continue;
      }
      const int a = ctx_.mentions[before].entity, c = ctx_.mentions[after].entity;
      if (a < 0 || c < 0 || a == c) continue;
      Relation r;
      r.kind = "spouse";
      r.from = std::to_string(c);
      r.to = std::to_string(a);
      r.rule = "married-to";
      r.evidence = ctx_.span(ctx_.mentions[before].start, ctx_.mentions[after].end);
      ctx_.relations.push_back(std::move(r));
    }
  }

  void fill_attributes() {
    const NameLexicon& lex = NameLexicon::instance();
    for (const Mention& m : ctx_.mentions) {
      if (m.kind != MentionKind::kPerson || m.entity < 0) continue;
      Entity& ent = ctx_.entities[m.entity];
      if (!ent.age_group.empty()) continue;
      ent.age_group = age_group_near(at_, m.first_token, m.end_token);
    }
    for (const auto& [e, votes] : sex_votes_) {
      Entity& ent = ctx_.entities[e];
      if (ent.kind != "person" || !ent.sex.empty() || votes == 0) continue;
      ent.sex = votes > 0 ? "male" : "female";
    }
    // Roles from a role noun before a person's mention ("journalist Ana Lima") or in
    // apposition after it ("Lima, a lawyer,").
    for (const Mention& m : ctx_.mentions) {
      if (m.kind != MentionKind::kPerson || m.entity < 0) continue;
      std::string role;
      if (m.first_token > 0) {
        if (const RoleNoun* r = lex.role_noun(at_.lower[m.first_token - 1])) role = r->role;
      }
      uint32_t t = m.end_token;
      if (role.empty() && t + 2 < at_.tokens.size() && at_.token_text(t) == ",") {
        // "Tunde Okoro, 45, a trader": past the age.
        if (t + 3 < at_.tokens.size() && at_.tokens[t + 1].kind == TokenKind::kNumber &&
            at_.token_text(t + 2) == ",") {
          t += 2;
        }
        for (uint32_t k = t + 1; k < at_.tokens.size() && k < t + 6; ++k) {
          // "Ifeoma Chukwu, told reporters": a verb after the comma opens no apposition ("X,
          // acting editor," is one: a participle in -ing may qualify the noun).
          if (at_.verb_lemma[k] != at_.lower[k] && at_.noun_lemma[k] == at_.lower[k] &&
              !at_.lower[k].ends_with("ing")) {
            break;
          }
          if (const RoleNoun* r = lex.role_noun(at_.lower[k])) {
            role = r->role;
            break;
          }
          // "X, the mother of journalist Y": the role after "of" is Y's; "X, and an academic,
          // Y": the one after "and" too.
          if (at_.token_text(k) == "," || at_.token_text(k) == "." || at_.lower[k] == "of" ||
              at_.lower[k] == "and" || at_.lower[k] == "or") {
            break;
          }
        }
      }
      if (!role.empty()) {
        auto& roles = ctx_.entities[m.entity].roles;
        if (std::find(roles.begin(), roles.end(), role) == roles.end()) roles.push_back(role);
      }
    }
  }

  DocumentContext& ctx_;
  const AnnotatedText& at_;
  std::vector<Quote>& quotes_;
  std::string dominant_country_;
  std::unordered_map<int, const Place*> place_of_entity_;
  std::unordered_map<int, int> sex_votes_;
  // Descriptors apposed to a relative ("her father, a retired teacher,"): (descriptor mention,
  // relative mention), linked once the relatives have entities.
  std::vector<std::pair<int, int>> apposed_to_relative_;
  std::unordered_set<int> kin_named_;  // people introduced by a kinship noun ("his brother, X")
  std::unordered_map<int, std::unordered_set<std::string>> descriptor_heads_;
  std::map<std::pair<std::string, int>, int> unnamed_relatives_, named_relatives_;
  std::vector<QuoteRange> quote_ranges_;
  std::vector<int> quote_at_;  // by token: quote_at's answer
  int narrator_ = -1;  // the entity of a first-person testimony's named narrator
};

}  // namespace

void build_entities(DocumentContext* ctx, std::vector<Quote>* quotes) {
  EntityBuilder builder(ctx, quotes);
  builder.build();
}

}  // namespace casebook
