// Exiles and their relatives at home (see exile_relatives.h).
#include "extract/exile_relatives.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/tsv.h"
#include "nlp/gazetteer.h"

namespace casebook {
namespace {

// Roles that mean the person lives outside their country because of what they did or are.
bool exile_role(std::string_view role) {
  return role == "exile" || role == "refugee" || role == "asylum_seeker";
}

// Words right before a person's name that make them an exile: "exiled activist X",
// "the self-exiled X". Not "the exiled party's leader X" (the party is exiled; rare).
bool exile_modifier(std::string_view w) {
  return w == "exiled" || w == "self-exiled" || w == "émigré" || w == "emigre" ||
         w == "expatriate" || w == "diaspora";
}

// The kinship kinds of data/relations/kinship.tsv (column 3).
const std::unordered_set<std::string>& kinship_kinds() {
  static const std::unordered_set<std::string> kinds = [] {
    std::unordered_set<std::string> k;
    for_each_data_row("relations/kinship.tsv", [&](const TsvRow& r) { k.emplace(r[2]); });
    return k;
  }();
  return kinds;
}

// A relation's end as the extraction holds it before numbering: an entity index.
bool entity_index(const std::string& s) {
  return !s.empty() && s.size() < 9 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void add_role(Entity* e, const char* role) {
  if (std::find(e->roles.begin(), e->roles.end(), role) == e->roles.end())
    e->roles.emplace_back(role);
}

class ExileFinder {
 public:
  explicit ExileFinder(DocumentContext* ctx) : ctx_(*ctx), at_(ctx->at) {}

  void run() {
    std::vector<bool> exile(ctx_.entities.size(), false);
    for (size_t e = 0; e < ctx_.entities.size(); ++e) {
      for (const std::string& r : ctx_.entities[e].roles) exile[e] = exile[e] || exile_role(r);
    }
    for (const Mention& m : ctx_.mentions) {
      if (m.entity < 0 || ctx_.entities[m.entity].kind != "person") continue;
      // "I" counts when a testimony's narrator is named: "I have lived in Berlin since 2019".
      bool narrator = m.kind == MentionKind::kPronoun && m.first_person && !m.plural;
      if (m.kind != MentionKind::kPerson && m.kind != MentionKind::kDescriptor && !narrator)
        continue;
      if (modified_as_exile(m) || said_to_live_in_exile(m)) exile[m.entity] = true;
    }
    for (size_t e = 0; e < exile.size(); ++e) {
      if (exile[e] && !has_exile_role(ctx_.entities[e])) add_role(&ctx_.entities[e], "exile");
    }
    // Kinship runs both ways here: the father of an exile, and the exile's son's father.
    const auto& kin = kinship_kinds();
    for (const Relation& r : ctx_.relations) {
      if (!kin.count(r.kind) || !entity_index(r.from) || !entity_index(r.to)) continue;
      int from = std::stoi(r.from), to = std::stoi(r.to);
      if (static_cast<size_t>(from) >= exile.size() || static_cast<size_t>(to) >= exile.size())
        continue;
      if (exile[to] && !exile[from]) add_role(&ctx_.entities[from], "relative_of_exile");
      if (exile[from] && !exile[to]) add_role(&ctx_.entities[to], "relative_of_exile");
    }
  }

 private:
  static bool has_exile_role(const Entity& e) {
    for (const std::string& r : e.roles)
      if (exile_role(r)) return true;
    return false;
  }

  // "exiled activist X", "the exiled X", "exiled opposition leader X": up to three words
  // before the mention, none of them punctuation.
  bool modified_as_exile(const Mention& m) const {
    for (uint32_t k = m.first_token, n = 0; k-- > 0 && n < 4; ++n) {
      if (at_.tokens[k].kind != TokenKind::kWord) return false;
      if (exile_modifier(at_.lower[k])) return true;
      if (ctx_.token_mention[k] >= 0 &&
          ctx_.mentions[ctx_.token_mention[k]].kind != MentionKind::kDescriptor) {
        return false;  // another name or actor in between
      }
    }
    return false;
  }

  // "X, who lives in exile in Berlin," / "X, now in exile," / "X, a blogger who fled to
  // Turkey": "in exile", or a flight abroad, soon after the mention, in the same sentence,
  // with no other person named in between. Not "the attackers fled the scene".
  bool said_to_live_in_exile(const Mention& m) const {
    uint32_t sentence_end = at_.sentences[at_.sentence_of[m.first_token]].end_token;
    for (uint32_t k = m.end_token; k + 1 < sentence_end && k < m.end_token + 8; ++k) {
      if (at_.lower[k] == "in" && at_.lower[k + 1] == "exile") return true;
      if (flight_abroad(k, sentence_end)) return true;
      if (lives_abroad(k, sentence_end)) return true;
      int other = ctx_.token_mention[k];
      if (other >= 0 && ctx_.mentions[other].entity != m.entity &&
          ctx_.mentions[other].kind != MentionKind::kPlace) {
        return false;
      }
    }
    return false;
  }

  // "fled to Turkey", "fled the country", "emigrated abroad", "escaped into exile": a verb of
  // leaving, then within three words a country or a word that means abroad.
  bool flight_abroad(uint32_t k, uint32_t sentence_end) const {
    std::string_view w = at_.lower[k];
    // "I left Belarus in 2021": leaving the country the story is about, right after the verb.
    if ((w == "left" || w == "leave") && k + 1 < sentence_end && !dominant_.empty()) {
      int p = ctx_.token_mention[k + 1];
      return p >= 0 && ctx_.mentions[p].kind == MentionKind::kPlace &&
             ctx_.mentions[p].place != nullptr &&
             ctx_.mentions[p].place->type == PlaceType::kCountry &&
             ctx_.mentions[p].place->country == dominant_;
    }
    if (w != "fled" && w != "flee" && w != "flees" && w != "emigrated" && w != "escaped")
      return false;
    for (uint32_t j = k + 1; j < sentence_end && j <= k + 3; ++j) {
      std::string_view x = at_.lower[j];
      if (x == "abroad" || x == "country" || x == "exile" || x == "homeland") return true;
      int p = ctx_.token_mention[j];
      if (p >= 0 && ctx_.mentions[p].kind == MentionKind::kPlace &&
          ctx_.mentions[p].place != nullptr &&
          ctx_.mentions[p].place->type == PlaceType::kCountry) {
        return true;
      }
    }
    return false;
  }

  // "who has lived in Berlin since 2019", "now based in Vilnius": living in a place of
  // another country than the story's.
  bool lives_abroad(uint32_t k, uint32_t sentence_end) const {
    std::string_view w = at_.lower[k];
    if (w != "lives" && w != "lived" && w != "living" && w != "based" && w != "resides")
      return false;
    const std::string& home = dominant_;
    if (home.empty()) return false;
    for (uint32_t j = k + 1; j < sentence_end && j <= k + 3; ++j) {
      int p = ctx_.token_mention[j];
      if (p < 0 || ctx_.mentions[p].kind != MentionKind::kPlace) continue;
      const Place* place = ctx_.mentions[p].place;
      if (place == nullptr || place->country.empty()) return false;
      if (place->country != home) return true;
      // The residence alone may have won a tie for the story's country ("I have lived in
      // Berlin since 2019 ... officers in Dushanbe"): then another country is home.
      auto it = ctx_.country_counts.find(std::string(place->country));
      if (it == ctx_.country_counts.end() || it->second > 1) return false;
      for (const auto& [cc, n] : ctx_.country_counts) {
        if (cc != place->country && n >= 1) return true;
      }
      return false;
    }
    return false;
  }

  DocumentContext& ctx_;
  const AnnotatedText& at_;
  const std::string dominant_ = ctx_.dominant_country();
};

}  // namespace

void mark_relatives_of_exiles(DocumentContext* ctx) { ExileFinder(ctx).run(); }

}  // namespace casebook
