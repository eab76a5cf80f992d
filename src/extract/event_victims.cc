// Who an act was done to: the victims, owners and people an event's clause and its
// surroundings name (see event_victims.h).
#include "extract/event_victims.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "extract/clause_words.h"
#include "extract/word_classes.h"

namespace casebook {
namespace {

bool is_auxiliary(std::string_view w) {
  return w == "has" || w == "have" || w == "had" || w == "been" || w == "was" || w == "were" ||
         w == "is" || w == "are" || w == "be" || w == "being";
}

bool is_preposition_like(std::string_view w) {
  return w == "at" || w == "in" || w == "on" || w == "for" || w == "with" || w == "and" ||
         w == "of" || w == "to" || w == "by" || w == "from" || w == "after" || w == "over" ||
         w == "as" || w == "or";
}

}  // namespace

VictimReader::VictimReader(const DocumentContext& ctx) : ctx_(ctx), at_(ctx.at) {}

// "at her office, which police searched": the owner of the thing a relative clause is about.
std::vector<int> VictimReader::owner_before_relative(uint32_t clause_start) const {
  if (clause_start < 3) return {};
  std::string_view opener = at_.lower[clause_start - 1];
  if (opener != "which" && opener != "that") return {};
  uint32_t t = clause_start - 1;
  if (at_.token_text(t - 1) == ",") --t;
  // Back over the thing's noun (one or two words) to its possessor.
  for (uint32_t k = t, n = 0; k-- > 0 && n < 3; ++n) {
    int m = ctx_.token_mention[k];
    if (m >= 0) {
      const Mention& mm = ctx_.mentions[m];
      bool possessive = (mm.kind == MentionKind::kPronoun && mm.possessive && !mm.first_person &&
                         mm.entity >= 0) ||
                        (mm.end_token < at_.tokens.size() && at_.has(mm.end_token, kPossessive));
      return possessive && person_like({m}) ? std::vector<int>{m} : std::vector<int>{};
    }
    if (at_.has(k, kPossessive)) continue;
    if (at_.tokens[k].kind != TokenKind::kWord || !at_.has(k, kLowerCase)) return {};
  }
  return {};
}

// "Her Instagram account, which has 80,000 followers, has been blocked": the owner of a
// passive's subject, back over the verb group, a relative clause between commas and up to
// three words of the thing's name.
std::vector<int> VictimReader::owner_of_passive_subject(uint32_t verb) const {
  const uint32_t first = at_.sentences[at_.sentence_of[verb]].first_token;
  uint32_t t = verb;
  while (t > first && (is_auxiliary(at_.lower[t - 1]) || at_.lower[t - 1] == "since")) --t;
  if (t > first && at_.token_text(t - 1) == ",") {
    uint32_t k = t - 1;
    while (k > first && at_.token_text(k - 1) != ",") --k;
    if (k == first || (at_.lower[k] != "which" && at_.lower[k] != "that")) return {};
    t = k - 1;
  }
  for (uint32_t k = t, n = 0; k > first && n < 3; --k, ++n) {
    if (int owner = owner_before(k); owner >= 0) return {owner};
    if (at_.tokens[k - 1].kind != TokenKind::kWord) return {};
  }
  return {};
}

// "..., leaving about 300 families without shelter", "leaving dozens homeless": the people
// a demolition leaves without a home.
std::vector<int> VictimReader::left_homeless(uint32_t t, uint32_t end) const {
  for (; t < end; ++t) {
    if (at_.lower[t] != "leaving" && at_.lower[t] != "left") continue;
    for (uint32_t k = t + 1; k < end && k < t + 5; ++k) {
      int m = ctx_.token_mention[k];
      if (m >= 0 && person_like({m})) return {m};
    }
  }
  return {};
}

// "the home of X", "X's house": a dwelling or property named before token t in the
// sentence, and its owner.
std::vector<int> VictimReader::owner_of_property_before(uint32_t t, uint32_t first) const {
  for (uint32_t k = t; k-- > first;) {
    std::string_view w = at_.lower[k];
    if (w != "home" && w != "house" && w != "flat" && w != "apartment" && w != "office" &&
        w != "property" && w != "farm" && w != "land" && w != "business" && w != "shop") {
      continue;
    }
    if (int owner = owner_before(k); owner >= 0) return {owner};
    if (k + 2 < t && at_.lower[k + 1] == "of") {
      uint32_t n = k + 2;
      if (at_.lower[n] == "the" || at_.lower[n] == "a") ++n;
      int m = ctx_.token_mention[n];
      if (m >= 0 && person_like({m})) return named_in_apposition({m});
      // "the home of the party's president, X": the person apposed to the role.
      for (uint32_t j = n; j < t && j < n + 8; ++j) {
        int p = ctx_.token_mention[j];
        if (p >= 0 && ctx_.mentions[p].kind == MentionKind::kPerson) return {p};
        if (at_.lower[j] == "and" || at_.lower[j] == ";") break;
      }
    }
  }
  return {};
}

// A rights group, an international body, a lawyer or an expert: "Amnesty International",
// "rights groups", "the UN refugee agency", "his lawyer".
bool VictimReader::speaks_for_victims(const Mention& m) const {
  if (m.kind == MentionKind::kOrganization)
    return m.category == "non_state" || m.category == "international";
  if (m.kind != MentionKind::kGroup && m.kind != MentionKind::kDescriptor) return false;
  std::string_view last = at_.lower[m.end_token - 1];
  return last == "groups" || last == "organisations" || last == "organizations" ||
         last == "experts" || last == "lawyers" || last == "lawyer" || last == "activists" ||
         last == "defenders" || last == "monitors";
}

// Whether a person, or a pronoun, is named among tokens [first, end).
bool VictimReader::someone_inside(uint32_t first, uint32_t end) const {
  for (uint32_t t = first; t < end; ++t) {
    int m = ctx_.token_mention[t];
    if (m >= 0 && (person_like({m}) || ctx_.mentions[m].kind == MentionKind::kPronoun)) return true;
  }
  return false;
}

// Whether a phrase trigger's verb is followed by "the/a/an" and the phrase holds no one.
bool VictimReader::thing_inside(uint32_t first, uint32_t end) const {
  std::string_view d = at_.lower[first + 1];
  if (d != "the" && d != "a" && d != "an") return false;
  for (uint32_t t = first + 1; t < end; ++t) {
    int m = ctx_.token_mention[t];
    if (m >= 0 && ctx_.mentions[m].kind != MentionKind::kPlace) return false;
  }
  return true;
}

// "guards beat Ana Lima", "they beat him", "beat the jailed activist X", "beat several
// protesters": a past tense that looks like its base form, with a person right after it.
// Not "the police beat" (no person follows) nor "a beat reporter".
bool VictimReader::person_object_follows(uint32_t t) const {
  if (t >= at_.tokens.size()) return false;
  std::string_view w = at_.lower[t];
  if (w == "him" || w == "her" || w == "them" || w == "me" || w == "us") return true;
  // "beat several protesters", "beat two students", "beat dozens of demonstrators"; "beat his
  // wife", "hit the wife of X" (not "beat his head against the wall").
  if (w == "the" || w == "a" || w == "an" || w == "several" || w == "many" || w == "some" ||
      w == "dozens" || w == "hundreds" || w == "scores" || w == "two" || w == "three" ||
      w == "his" || w == "their" || w == "my" || w == "our" || w == "your" ||
      at_.tokens[t].kind == TokenKind::kNumber) {
    for (uint32_t k = t + 1; k < at_.tokens.size() && k < t + 4; ++k) {
      int m = ctx_.token_mention[k];
      if (m >= 0) {
        MentionKind kind = ctx_.mentions[m].kind;
        return kind == MentionKind::kPerson || kind == MentionKind::kDescriptor ||
               kind == MentionKind::kGroup || kind == MentionKind::kRelative;
      }
      if (!at_.has(k, kLowerCase)) return false;
    }
    return false;
  }
  // "a beat reporter": after a determiner the word is no verb.
  std::string_view before = t >= 2 ? at_.lower[t - 2] : std::string_view();
  if (before == "a" || before == "an" || before == "the") return false;
  // "Police detain students", "Court jails Danish man" (a headline's bare descriptor),
  // "arrest opposition leader Ana Berg" (up to two words before the person).
  uint32_t k = t;
  while (k < t + 2 && k + 1 < at_.tokens.size() && ctx_.token_mention[k] < 0 &&
         at_.tokens[k].kind == TokenKind::kWord && !is_preposition_like(at_.lower[k])) {
    ++k;
  }
  int m = ctx_.token_mention[k];
  if (m < 0 || ctx_.mentions[m].first_token != k) return false;
  MentionKind kind = ctx_.mentions[m].kind;
  if (k > t) {
    // "The police beat reporter Ana Lima wrote about it": a verb after the person makes the
    // words before it a noun phrase, "beat" a modifier, and the person its subject.
    uint32_t after = ctx_.mentions[m].end_token;
    if (after < at_.tokens.size() && at_.tokens[after].kind == TokenKind::kWord &&
        at_.lower[after] != at_.verb_lemma[after]) {
      return false;
    }
    return kind == MentionKind::kPerson || kind == MentionKind::kDescriptor;
  }
  return kind == MentionKind::kPerson || kind == MentionKind::kDescriptor ||
         kind == MentionKind::kGroup || kind == MentionKind::kRelative;
}

// "X and Y said they were tortured": an unresolved "they" stands for the people last
// named together in this or the sentence before.
std::vector<int> VictimReader::coordinated_people_before(uint32_t t) const {
  uint32_t sentence = at_.sentence_of[t];
  for (uint32_t k = t; k-- > 0;) {
    if (sentence - at_.sentence_of[k] > 1) break;
    int m = ctx_.token_mention[k];
    if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson ||
        ctx_.mentions[m].first_token != k) {
      continue;
    }
    // k starts a person; is it the last of a coordination "X and Y"?
    std::vector<int> group = {m};
    uint32_t j = k;
    while (j >= 2 && (at_.lower[j - 1] == "and" || at_.token_text(j - 1) == ",")) {
      // The token right after the previous person: past a serial comma (", and") and an
      // apposition that opens with an article or a possessive ("A, a nurse, and B").
      uint32_t after = j - 1;
      if (at_.lower[after] == "and" && after >= 1 && at_.token_text(after - 1) == ",") --after;
      if (at_.token_text(after) == ",") {
        for (uint32_t q = after; q-- > 0 && after - q <= 7;) {
          if (at_.token_text(q) == ",") {
            if (q + 1 < after &&
                (is_article(at_.lower[q + 1]) || is_possessive_determiner(at_.lower[q + 1]))) {
              after = q;
            }
            break;
          }
          int a = ctx_.token_mention[q];
          if ((a >= 0 && ctx_.mentions[a].kind == MentionKind::kPerson) ||
              (at_.tokens[q].kind != TokenKind::kWord && !at_.has(q, kPossessive))) {
            break;
          }
        }
      }
      if (after == 0) break;
      int prev = ctx_.token_mention[after - 1];
      if (prev < 0 || ctx_.mentions[prev].kind != MentionKind::kPerson) break;
      group.push_back(prev);
      j = ctx_.mentions[prev].first_token;
    }
    if (group.size() < 2) return {};
    std::reverse(group.begin(), group.end());  // in the text's order
    return group;
  }
  return {};
}

// Whether entity `id` (an index, as relations hold them here) is someone's relative.
bool VictimReader::is_kin_of_someone(const std::string& id) const {
  for (const Relation& r : ctx_.relations) {
    if (r.from == id && r.rule == "kinship-noun") return true;
  }
  return false;
}

bool VictimReader::is_kin_of_named_person(const std::string& id) const {
  for (const Relation& r : ctx_.relations) {
    if (r.from != id || r.rule != "kinship-noun") continue;
    const Entity& to = ctx_.entities[std::stoi(r.to)];
    if (to.kind == "person" && to.named) return true;
  }
  return false;
}

std::vector<std::string> VictimReader::entities_of(const std::vector<int>& mentions) const {
  std::vector<std::string> out;
  for (int m : mentions) {
    if (m < 0) continue;
    const Mention& mm = ctx_.mentions[m];
    if (mm.kind == MentionKind::kPronoun && mm.plural && mm.entity < 0 && !mm.first_person) {
      std::vector<int> listed = coordinated_people_before(mm.first_token);
      if (mm.anaphor_count > 0 && listed.size() != static_cast<size_t>(mm.anaphor_count)) continue;
      for (int p : listed) {
        std::string id = std::to_string(ctx_.mentions[p].entity);
        if (ctx_.mentions[p].entity >= 0 && std::find(out.begin(), out.end(), id) == out.end())
          out.push_back(id);
      }
      continue;
    }
    int e = ctx_.mentions[m].entity;
    if (e < 0) continue;
    std::string id = std::to_string(e);
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  return out;
}

// Right before a noun trigger, a verb of undergoing that governs it: "X faced arrest", "X
// suffered torture", "X remains in police custody", "X was subjected to torture". The verb
// must be near the noun with nothing that starts another phrase between them, so "X said he
// was alarmed by news of the arrest" makes X no victim.
bool VictimReader::undergoes(int subject, uint32_t trigger) const {
  const uint32_t from = ctx_.mentions[subject].end_token;
  for (uint32_t t = trigger, k = 0; t-- > from && k < 5; ++k) {
    std::string_view w = at_.lower[t];
    if (w == "," || w == "by" || w == "about" || w == "over" || w == "after" || w == "before" ||
        w == "against" || w == "that" || w == "which" || w == "who" || w == "when" ||
        w == "while" || w == "during" || w == "at" || w == "reports" || w == "news") {
      return false;
    }
    std::string_view l = at_.verb_lemma[t];
    if (l == "face" || l == "suffer" || l == "undergo" || l == "endure" || l == "survive" ||
        l == "experience" || l == "remain" || l == "be" || l == "receive" || l == "get" ||
        l == "risk" || l == "spend" || l == "serve" || l == "die" || l == "stay" || l == "was" ||
        l == "were" || l == "is" || l == "are" || l == "subject") {
      return true;
    }
  }
  return false;
}

bool VictimReader::all_state_actors(const std::vector<int>& mentions) const {
  for (int m : mentions) {
    if (ctx_.mentions[m].kind != MentionKind::kStateActor) return false;
  }
  return true;
}

// ", among them the union's deputy leader, X, and Y" or ", including X" right after the
// verb: the people named, up to a relative pronoun, a verb or the end of the sentence.
std::vector<int> VictimReader::named_among(uint32_t t, uint32_t end) const {
  std::vector<int> out;
  // "eight nurses stay behind bars including X": the comma may be missing before "including".
  if (t + 1 < end && at_.lower[t] == "including") {
    ++t;
  } else if (t + 2 >= end || at_.token_text(t) != ",") {
    return out;
  } else if (at_.lower[t + 1] == "including") {
    t += 2;
  } else if (at_.lower[t + 1] == "among" &&
             (at_.lower[t + 2] == "them" || at_.lower[t + 2] == "whom")) {
    t += 3;
  } else {
    return out;
  }
  for (uint32_t k = 0; t < end && k < 48; ++k) {
    int n = ctx_.token_mention[t];
    if (n >= 0) {
      if (ctx_.mentions[n].kind == MentionKind::kPerson) out.push_back(n);
      t = std::max(t + 1, ctx_.mentions[n].end_token);
      continue;
    }
    std::string_view w = at_.lower[t];
    if (w == "who" || w == "whom" || w == "which" || w == ";" || w == "." || is_clause_opener(w) ||
        (at_.has(t, kLowerCase) && at_.verb_lemma[t] != w)) {
      break;
    }
    ++t;
  }
  return out;
}

// "journalists Ana Lima and Rui Costa", "the union's acting president, Ana Lima": a group,
// organisation or role noun with names right after it stands for those people.
std::vector<int> VictimReader::named_in_apposition(const std::vector<int>& victims) const {
  std::vector<int> out;
  for (int v : victims) {
    const Mention& m = ctx_.mentions[v];
    // A state actor too, when people are apposed to it ("one of the detained legislators,
    // Ana Lima, was released"); there the apposition must close, below.
    bool state = m.kind == MentionKind::kStateActor;
    bool stand_in = m.kind == MentionKind::kGroup || m.kind == MentionKind::kOrganization ||
                    m.kind == MentionKind::kDescriptor || state;
    std::vector<int> names;
    bool joined = false, introduced = false;  // "stewards and organisers – X, Y"
    // "two men over the murder of X", "supporters of X": a name after a preposition, with no
    // comma or dash since, is the preposition's object, not apposed to the group.
    bool after_preposition = false;
    if (stand_in) {
      uint32_t t = m.end_token;
      // Within the sentence: a list line with no full stop does not run into the next line's
      // name ("found guilty of killing a nurse" / "Sam Dunn, 48, ...").
      const uint32_t end = at_.sentences[at_.sentence_of[m.first_token]].end_token;
      // Up to six lower-case role words, places, or a comma, colon or dash between
      // ("acting president,", "namely:", "four men –", "including the Paris-based").
      for (uint32_t k = 0; k < 7 && t < end; ++k) {
        int n = ctx_.token_mention[t];
        if (n >= 0 && ctx_.mentions[n].kind == MentionKind::kPerson) break;
        std::string_view w = at_.token_text(t);
        bool mark = w == ":" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94" || w == "-" || w == "--";
        // "reporters of the weekly Novy Den – A and B": the outlet after a preposition
        // too.
        bool other_noun =
            n >= 0 && k > 0 &&
            ((joined && (ctx_.mentions[n].kind == MentionKind::kGroup ||
                         ctx_.mentions[n].kind == MentionKind::kDescriptor)) ||
             (after_preposition && ctx_.mentions[n].kind == MentionKind::kOrganization));
        bool filler =
            w == "," || mark || other_noun ||
            (n >= 0 && ctx_.mentions[n].kind == MentionKind::kPlace) ||
            (at_.tokens[t].kind == TokenKind::kWord && at_.has(t, kLowerCase) &&
             at_.lower[t] != "who" && at_.lower[t] != "were" && at_.lower[t] != "was" && n < 0);
        if (!filler) break;
        joined = joined || at_.lower[t] == "and";
        introduced = introduced || mark;
        if (is_preposition(at_.lower[t])) after_preposition = true;
        if (w == "," || mark) after_preposition = false;
        if (other_noun) {
          t = ctx_.mentions[n].end_token;
          continue;
        }
        ++t;
      }
      while (t < end) {
        int n = ctx_.token_mention[t];
        if (n < 0 || ctx_.mentions[n].kind != MentionKind::kPerson) break;
        names.push_back(n);
        t = ctx_.mentions[n].end_token;
        // "A, 31, and B, 45": past an age.
        if (t + 2 < at_.tokens.size() && at_.token_text(t) == "," &&
            at_.tokens[t + 1].kind == TokenKind::kNumber && at_.token_text(t + 2) == ",") {
          t += 2;
        }
        // ", and" (the serial comma) joins the last name too.
        if (t + 2 < at_.tokens.size() && at_.token_text(t) == "," && at_.lower[t + 1] == "and") ++t;
        if (t + 1 < at_.tokens.size() && (at_.lower[t] == "and" || at_.token_text(t) == ",") &&
            ctx_.token_mention[t + 1] >= 0 &&
            ctx_.mentions[ctx_.token_mention[t + 1]].kind == MentionKind::kPerson) {
          ++t;
          continue;
        }
        break;
      }
      // "members and Ana Lima were held": after "and", names stand for the group only when a
      // dash or colon introduces them.
      if (joined && !introduced) names.clear();
      // "two reporters of the weekly Novy Vestnik, A and B": past the preposition's own name,
      // the names after the comma are the group's.
      if (after_preposition && !names.empty()) {
        uint32_t e = ctx_.mentions[names.front()].end_token;
        if (names.size() > 1 && e < at_.tokens.size() && at_.token_text(e) == ",") {
          names.erase(names.begin());
        } else {
          names.clear();
        }
      }
      // "the detained soldiers, Ana Lima said,": a name followed by a speech verb is the
      // speaker. For a state actor, a comma must also open and close the apposition.
      if (!names.empty()) {
        uint32_t open = ctx_.mentions[names.front()].first_token;
        uint32_t close = ctx_.mentions[names.back()].end_token;
        if (close < at_.tokens.size()) {
          std::string_view next = at_.verb_lemma[close];
          if (next == "say" || next == "tell" || next == "add" || next == "report" ||
              next == "write")
            names.clear();
        }
        bool closed = open == m.end_token + 1 && at_.token_text(m.end_token) == "," &&
                      close + 1 < at_.tokens.size() && at_.token_text(close) == ",";
        // "President Win Myint was detained": a title written before the name is the person's.
        bool titled = open == m.end_token && m.end_token == m.first_token + 1 &&
                      !at_.has(m.first_token, kLowerCase);
        if (state && !closed && !titled) names.clear();
      }
    }
    if (names.empty()) {
      out.push_back(v);
    } else {
      out.insert(out.end(), names.begin(), names.end());
    }
  }
  return out;
}

// A possessive clitic at token t: "'s", or the lone apostrophe of a plural ("parents'").
bool VictimReader::possessive_at(uint32_t t) const {
  return at_.has(t, kPossessive) || at_.token_text(t) == "'" ||
         at_.token_text(t) == "\xE2\x80\x99";
}

// owned: the act is on property ("searched his apartment", "confiscated her passport"),
// so a possessive right after the verb names the victim.
std::vector<int> VictimReader::owner_after(uint32_t from, uint32_t limit, bool recipient,
                                           bool owned) const {
  for (uint32_t t = from; owned && t < limit && t < from + 3; ++t) {
    int m = ctx_.token_mention[t];
    if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kPronoun && ctx_.mentions[m].possessive &&
        !ctx_.mentions[m].first_person && ctx_.mentions[m].entity >= 0 && person_like({m})) {
      // "searched her parents' flat", "his father's house": the relative owns the thing.
      const int r = t + 1 < limit ? ctx_.token_mention[t + 1] : -1;
      if (r >= 0 && ctx_.mentions[r].kind == MentionKind::kRelative &&
          ctx_.mentions[r].first_token == t + 1) {
        const uint32_t e = ctx_.mentions[r].end_token;
        if (e < limit && possessive_at(e)) {
          return {r};
        }
      }
      return {m};
    }
    // "searched Maria Lopez's flat": a name with its possessive clitic.
    if (m >= 0 && ctx_.mentions[m].first_token == t && person_like({m})) {
      uint32_t e = ctx_.mentions[m].end_token;
      if (e < limit && at_.has(e, kPossessive)) return {m};
    }
  }
  for (uint32_t t = from; t + 1 < limit && t < from + 12; ++t) {
    std::string_view w = at_.lower[t];
    // "to investigate the allegations of ill-treatment, and to disclose the whereabouts of X":
    // a comma before another infinitive starts another clause, whose "of" is its own.
    if (w == "," && t + 2 < limit && (at_.lower[t + 1] == "and" || at_.lower[t + 1] == "or") &&
        at_.lower[t + 2] == "to") {
      break;
    }
    bool intro = w == "of" ||
                 (w == "to" && t > 0 &&
                  (at_.lower[t - 1] == "belonging" || recipient ||
                   // "the sentence handed to X", "the prison term given to X"
                   at_.verb_lemma[t - 1] == "hand" || at_.verb_lemma[t - 1] == "give")) ||
                 (w == "by" && t > 0 && at_.lower[t - 1] == "owned");
    if (!intro) continue;
    uint32_t k = t + 1;
    while (k < limit && k < t + 5 && ctx_.token_mention[k] < 0 &&
           at_.tokens[k].kind == TokenKind::kWord && at_.has(k, kLowerCase)) {
      ++k;  // "of the exiled opposition activist X"
    }
    // "of the nurses' union leader X": a possessor only modifies the person after it.
    if (k < limit && ctx_.token_mention[k] >= 0) {
      uint32_t e = ctx_.mentions[ctx_.token_mention[k]].end_token;
      if (e < limit && possessive_at(e)) {
        k = e + 1;
        while (k < limit && k < e + 4 && ctx_.token_mention[k] < 0 &&
               at_.tokens[k].kind == TokenKind::kWord && at_.has(k, kLowerCase)) {
          ++k;
        }
      }
    }
    if (k < limit) {
      // "of the exiled economist X": the role noun, which stands for the name after it.
      int m = ctx_.token_mention[k];
      if (m >= 0 && (person_like({m}) || ctx_.mentions[m].kind == MentionKind::kDescriptor))
        return {m};
    }
  }
  return {};
}

// People, relatives and groups of people, directly or through a pronoun.
bool VictimReader::person_like(const std::vector<int>& mentions) const {
  for (int m : mentions) {
    if (m < 0) continue;
    const Mention& mm = ctx_.mentions[m];
    if (mm.kind == MentionKind::kPerson || mm.kind == MentionKind::kRelative ||
        mm.kind == MentionKind::kGroup) {
      return true;
    }
    if (mm.kind == MentionKind::kPronoun && mm.entity >= 0) {
      const std::string& k = ctx_.entities[mm.entity].kind;
      if (k == "person" || k == "group") return true;
    }
  }
  return false;
}

// The person whose thing the phrase at t names: "Kholov's asylum application", "his asylum
// claim", "his application for asylum", "his first asylum application". -1 when none.
int VictimReader::owner_before(uint32_t t) const {
  if (t == 0) return -1;
  // "his application for asylum", "her request for political asylum": past the thing asked.
  if (t >= 3 && (at_.lower[t - 1] == "for" ||
                 (t >= 4 && at_.lower[t - 2] == "for" && at_.has(t - 1, kLowerCase)))) {
    const uint32_t f = at_.lower[t - 1] == "for" ? t - 1 : t - 2;
    const std::string_view thing = at_.lower[f - 1];
    if (thing == "application" || thing == "request" || thing == "claim" || thing == "bid" ||
        thing == "petition" || thing == "applications" || thing == "claims") {
      t = f - 1;
    }
  }
  // "his first asylum application", "her latest claim": past an ordinal or a word of time.
  if (t >= 2) {
    const std::string_view w = at_.lower[t - 1];
    if (w == "first" || w == "second" || w == "third" || w == "latest" || w == "last" ||
        w == "new" || w == "initial" || w == "previous" || w == "renewed" || w == "final" ||
        w == "earlier" || w == "original") {
      --t;
    }
  }
  int m = ctx_.token_mention[t - 1];
  if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kPronoun && ctx_.mentions[m].possessive) {
    // "A and B were summoned. Their passports were confiscated": an unresolved "their" is the
    // people named together (entities_of reads it so).
    const Mention& their = ctx_.mentions[m];
    if (their.plural && their.entity < 0 && !their.first_person &&
        !coordinated_people_before(their.first_token).empty()) {
      return m;
    }
    return person_like({m}) ? m : -1;
  }
  if (t >= 2 && at_.has(t - 1, kPossessive)) {
    m = ctx_.token_mention[t - 2];
    if (m >= 0 && person_like({m})) return m;
  }
  return -1;
}

bool VictimReader::is_actor_like(int m) const {
  if (m < 0) return false;
  const Mention& mm = ctx_.mentions[m];
  if (mm.kind == MentionKind::kStateActor || mm.kind == MentionKind::kOrganization) return true;
  if (mm.kind == MentionKind::kPronoun && mm.entity >= 0) {
    const std::string& k = ctx_.entities[mm.entity].kind;
    return k == "state_actor" || k == "organization";
  }
  return false;
}

bool VictimReader::names_a_body(int m) const {
  if (m < 0) return false;
  const Mention& mm = ctx_.mentions[m];
  if (mm.kind == MentionKind::kStateActor && mm.end_token > mm.first_token)
    return is_body_noun(at_.lower[mm.end_token - 1]);
  if (mm.kind != MentionKind::kPronoun || mm.entity < 0) return false;
  const Entity& e = ctx_.entities[mm.entity];
  if (e.kind != "state_actor") return false;
  std::string_view name = e.name;
  std::string last(
      name.substr(name.rfind(' ') == std::string_view::npos ? 0 : name.rfind(' ') + 1));
  for (char& ch : last) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return is_body_noun(last);
}

// The person a verb took, right before an "into custody" phrase, back over up to ten words
// of the clause and never past punctuation: "took the lawyer Karim Adel into custody".
std::vector<int> VictimReader::taken_into_custody(uint32_t trigger, uint32_t sentence_first) const {
  for (uint32_t t = trigger, n = 0; t-- > sentence_first && n < 10; ++n) {
    if (at_.tokens[t].kind == TokenKind::kPunct) break;
    int m = ctx_.token_mention[t];
    if (m >= 0 && person_like({m})) return {m};
  }
  return {};
}

// The one a label is put on, right before it, past "a", "an", "as" and punctuation:
// "branded X a traitor", "calling X a \"foreign agent\"". -1 when none.
int VictimReader::labelled(uint32_t trigger, uint32_t sentence_first) const {
  for (uint32_t t = trigger, n = 0; t-- > sentence_first && n < 5; ++n) {
    int m = ctx_.token_mention[t];
    if (m >= 0 && person_like({m})) return m;
    std::string_view w = at_.lower[t];
    if (w != "a" && w != "an" && w != "as" && at_.tokens[t].kind != TokenKind::kPunct) break;
  }
  return -1;
}

}  // namespace casebook
