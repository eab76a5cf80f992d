// Mentions: spans of the text that name or point at an entity (a person, an organisation, a
// state actor, a group, a place, or a pronoun), found by the rules in this folder, before
// they are linked into entities. The DocumentContext carries them through the extract stage.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "casebook/extraction.h"
#include "core/word_literal.h"
#include "nlp/annotated_text.h"
#include "nlp/gazetteer.h"

namespace casebook {

enum class MentionKind : uint8_t {
  kPerson,
  kOrganization,
  kStateActor,
  kGroup,
  kPlace,
  kPronoun,
  kRelative,    // "his father", "Lima's father": an unnamed person known through a relative
  kDescriptor,  // "an opposition activist", "the lawyer": a person known by a role noun
};

struct Mention {
  uint32_t first_token = 0, end_token = 0;  // token range [first, end)
  uint32_t start = 0, end = 0;              // byte range
  MentionKind kind = MentionKind::kPerson;
  int entity = -1;            // index into DocumentContext::entities once linked
  const char* rule = "";      // the rule that found it
  char sex = 0;               // 'm', 'f' or 0
  bool plural = false;        // groups, "they"
  bool first_person = false;  // I, my, we, our
  bool possessive = false;    // my, his, her, their: a determiner, never an argument itself
  const Place* place = nullptr;
  std::string_view category;  // state actors: state_security | state_other; non-state: non_state
  std::string country;        // ISO alpha-2 when known
  std::string role;           // taxonomy role label from an adjacent role noun
  std::string name;           // the canonical form for linking (e.g. org name without "the")
  std::string kin;            // for kRelative: the relation kind ("father", "daughter_in_law")
  int kin_of = -1;            // for kRelative: the mention index of the named relative
  int anaphor_count = 0;      // "the three": how many people the listed names must be
};

// A cue phrase found in the text (data/events/cues.tsv): negation, hypothetical, generic,
// reprisal, charge...
struct CueHit {
  std::string_view kind;
  uint32_t length = 0;  // tokens
};

// Ids of the places a text names that the gazetteer does not know (DocumentContext::
// local_places): above any gazetteer id.
constexpr uint32_t kLocalPlaceIds = 0x80000000u;

struct DocumentContext {
  const AnnotatedText& at;
  std::vector<CueHit> cue_at;  // token index -> the longest cue starting there (length 0: none)
  std::vector<Mention> mentions;
  std::vector<int> token_mention;  // token index -> mention index, -1 when none
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::unordered_map<std::string, int> country_counts;      // ISO alpha-2 -> mentions
  std::unordered_map<std::string, uint32_t> country_first;  // ISO alpha-2 -> first token
  // Countries a title outside the text names ("Land defender shot dead in Honduras"): of the
  // places a name may be, one in these is meant ("the department of Colón").
  std::vector<std::string> title_countries;
  // Places the text names after "the village of", "the district of" that the gazetteer does
  // not know (named_mentions.cc); a deque, so that mentions may point at them.
  std::deque<Place> local_places;

  // A page has about one mention per 10 tokens: room for them up front, so that no Mention
  // (four strings) is moved as the vector grows.
  explicit DocumentContext(const AnnotatedText& a) : at(a), token_mention(a.tokens.size(), -1) {
    mentions.reserve(a.tokens.size() / 8 + 16);
  }

  // Adds a mention unless one of its tokens already belongs to another; returns its index
  // or -1.
  int add(Mention m);
  // The mention covering token t, or nullptr.
  const Mention* at_token(size_t t) const {
    return token_mention[t] < 0 ? nullptr : &mentions[token_mention[t]];
  }
  // One mention of country `cc` at token `t`.
  void count_country(std::string_view cc, uint32_t t) {
    std::string key(cc);
    country_counts[key]++;
    auto [it, added] = country_first.try_emplace(key, t);
    if (!added && t < it->second) it->second = t;
  }
  // The country the document mentions most; of equals, the one it names first ("police in
  // Kulob ... who has lived in Poland": Tajikistan); "" for none.
  std::string dominant_country() const {
    std::string best;
    int n = 0;
    uint32_t first = UINT32_MAX;
    for (const auto& [cc, count] : country_counts) {
      uint32_t at = country_first.at(cc);
      if (count > n || (count == n && at < first)) {
        best = cc;
        n = count;
        first = at;
      }
    }
    return best;
  }

  std::string_view span_text(uint32_t start, uint32_t end) const {
    return at.text.substr(start, end - start);
  }
  Span span(uint32_t start, uint32_t end) const {
    return Span{start, end, std::string(span_text(start, end))};
  }
};

}  // namespace casebook
