// Event finding: triggers, then arguments from the clause, then date, place, perpetrators,
// reason and outcome; the same act told twice in a paragraph becomes one event.
#include "extract/events.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <deque>
#include <span>
#include <string>

#include "core/tsv.h"
#include "core/word_literal.h"
#include "extract/act_senses.h"
#include "extract/clause_words.h"
#include "extract/common_mentions.h"
#include "extract/event_clause.h"
#include "extract/event_context.h"
#include "extract/event_merge.h"
#include "extract/event_victims.h"
#include "extract/law_enforcement.h"
#include "extract/quotes.h"
#include "extract/veto_table.h"
#include "extract/word_classes.h"
#include "nlp/lemmatizer.h"
#include "nlp/person_nouns.h"
#include "nlp/trigger_lexicon.h"

namespace casebook {
namespace {

// Whether a word's forms have trigger rows or begin cues: has_cues' and has_rows' answers by
// lower-cased word id, and trigger_forms_note's byte (every note has both "asked" bits).
constexpr uint8_t kCuesAsked = 1, kCues = 2, kRowsAsked = 4, kRows = 8;

bool has_trigger_rows(const TriggerWordHits& h) {
  return !h.phrases.empty() || !h.verbs.empty() || !h.nouns.empty() || !h.adjs.empty();
}

using Candidate = TriggerCandidate;

bool is_repression(std::string_view type) {
  return !is_literal(type, "release") && !is_literal(type, "asylum_decision") &&
         !is_literal(type, "protest") && !is_literal(type, "advocacy") &&
         !is_literal(type, "boycott");
}

// data/events/vetoes.tsv: (trigger lemma, word, before|after) senses that are no events.
// Asked of every candidate trigger: each neighbour word is looked up once in the rows indexed
// by it (veto_table.h), and the trigger's tokens compared only with the rows it finds.
bool vetoed(const AnnotatedText& at, const std::vector<std::string_view>& lemmas, uint32_t first,
            uint32_t end) {
  const VetoTable& table = VetoTable::instance();
  auto names_trigger = [&](uint16_t row) {
    const std::string& trigger = table.rows()[row].trigger;
    for (uint32_t t = first; t < end; ++t) {
      if (lemmas[t] == trigger || at.lower[t] == trigger) return true;
    }
    return false;
  };
  if (first > 0) {
    for (uint16_t row : table.rows_with(at.lower[first - 1], /*before=*/true)) {
      if (names_trigger(row)) return true;
    }
  }
  if (end < at.tokens.size()) {
    uint32_t t = end;
    std::string_view w = at.lower[t];
    // Past one determiner or possessive: "arrested the erosion", "shot his team".
    if ((is_article(w) || is_possessive_determiner(w)) && t + 1 < at.tokens.size()) {
      ++t;
    }
    for (uint16_t row : table.rows_with(at.lower[t], /*before=*/false)) {
      if (names_trigger(row)) return true;
    }
  }
  return false;
}

bool is_response_with_actor(std::string_view type) {
  return is_literal(type, "protest") || is_literal(type, "advocacy") || is_literal(type, "boycott");
}

// Acts done to a person's body, liberty or standing before a court: no institution can
// undergo them.
bool done_to_people(std::string_view type) {
  return is_literal(type, "killing") || is_literal(type, "torture_ill_treatment") ||
         is_literal(type, "arrest_detention") || is_literal(type, "abduction") ||
         is_literal(type, "enforced_disappearance") || is_literal(type, "interrogation") ||
         is_literal(type, "prosecution") || is_literal(type, "assault") ||
         is_literal(type, "travel_ban") || is_literal(type, "deportation_extradition");
}

class EventFinder {
 public:
  EventFinder(DocumentContext* ctx, const CivilDate& reference, std::vector<Event>* events)
      : ctx_(*ctx),
        at_(ctx->at),
        lex_(TriggerLexicon::instance()),
        events_(*events),
        context_(*ctx, reference),
        reader_(*ctx) {}

  void run() {
    build_lemmas();
    find_cues();
    // Every sentence's candidates first (finding them reads nothing make_event writes), so
    // that the events' vector is reserved for all of them at once: no Event is moved as it
    // grows (with room for 32, a page with more acts moved each Event once per doubling).
    std::vector<Candidate> found;
    std::vector<uint32_t> found_end(at_.sentences.size());  // by sentence: its candidates' end
    for (uint32_t s = 0; s < at_.sentences.size(); ++s) {
      find_triggers(at_.sentences[s], &found);
      found_end[s] = static_cast<uint32_t>(found.size());
    }
    events_.reserve(events_.size() + found.size());
    for (uint32_t s = 0, c = 0; s < at_.sentences.size(); ++s) {
      const size_t before = events_.size();
      for (; c < found_end[s]; ++c) make_event(found[c]);
      mark_listed_kinds(before);
      add_spoken_threats(before);
      charges_of_the_held(before);
      killers_from_the_shooting(before);
    }
    merge_repeats(ctx_, trigger_tokens_, &events_);
    mark_justice_for_violence(ctx_.entities, &events_);
    mark_justice_story(&events_, &ctx_.entities);
  }

 private:
  // One lemma a token for phrase matching: the verb lemma when the word is an inflected verb
  // form, else the noun lemma.
  void build_lemmas() {
    lemmas_.resize(at_.tokens.size());
    lemma_id_.resize(at_.tokens.size());
    for (size_t i = 0; i < at_.tokens.size(); ++i) {
      bool inflected = at_.verb_id[i] != at_.lower_id[i];
      lemmas_[i] = inflected ? at_.verb_lemma[i] : at_.noun_lemma[i];
      lemma_id_[i] = inflected ? at_.verb_id[i] : at_.noun_id[i];
    }
    // "prevented from leaving Iran": a country's one-word name reads as "country" for the
    // phrases ("prevent from leave * country"); requirements still see the word itself.
    for (const Mention& m : ctx_.mentions) {
      if (m.kind == MentionKind::kPlace && m.place != nullptr &&
          m.place->type == PlaceType::kCountry && m.end_token == m.first_token + 1) {
        lemmas_[m.first_token] = "country";
      }
    }
    hits_of_word_.assign(at_.words.size(), kNotAsked);
    forms_of_word_.assign(at_.words.size(), 0);
    std::copy_n(at_.lemma_notes.begin(), std::min(at_.words.size(), at_.lemma_notes.size()),
                forms_of_word_.begin());
    cues_ = lex_.cues();
    cue_second_.assign(cues_.size(), CueSecond{});
    entries_ = lex_.entries();
    phrase_at_.assign(entries_.size(), kNotAsked);
    word_hits_.clear();
  }

  // The trigger lexicon's entries for word `id` of the document: looked up once per distinct
  // word, since a page repeats its words (and the cue and trigger passes ask about the same).
  const TriggerWordHits& hits_of(uint32_t id) {
    uint32_t& at = hits_of_word_[id];
    if (at == kNotAsked) {
      TriggerWordHits h = lex_.hits(at_.words[id]);
      if (h.verbs.empty() && h.nouns.empty() && h.adjs.empty() && h.phrases.empty() &&
          h.cues.empty()) {
        at = kNoHits;
      } else {
        at = static_cast<uint32_t>(word_hits_.size());
        word_hits_.push_back(h);
      }
    }
    return at == kNoHits ? kEmptyHits : word_hits_[at];
  }

  // Whether the trigger lexicon has anything for a word token's forms, by its lower-cased word
  // id (the forms, and so the answers, are the word's: its lemma, lower-cased form, verb and
  // noun lemma): kCues when its lemma or lower-cased form begins a cue, kRows when one of the
  // four has trigger rows (phrases, verbs, nouns or adjectives). Most words have neither, and
  // a token whose word has none is passed over at once by find_cues and find_triggers.
  // The annotator's byte (trigger_forms_note), where it kept one, holds the same answers.
  bool has_cues(uint32_t i) {
    uint8_t& forms = forms_of_word_[at_.lower_id[i]];
    if (!(forms & kCuesAsked)) {
      forms |= kCuesAsked;
      if (!hits_of(lemma_id_[i]).cues.empty() || !hits_of(at_.lower_id[i]).cues.empty()) {
        forms |= kCues;
      }
    }
    return forms & kCues;
  }
  bool has_rows(uint32_t i) {
    uint8_t& forms = forms_of_word_[at_.lower_id[i]];
    if (!(forms & kRowsAsked)) {
      forms |= kRowsAsked;
      for (uint32_t f : {lemma_id_[i], at_.lower_id[i], at_.verb_id[i], at_.noun_id[i]}) {
        if (has_trigger_rows(hits_of(f))) forms |= kRows;
      }
    }
    return forms & kRows;
  }

  // The first word token from i on (n when none) that find_cues tries: not one of a word
  // has_cues has found to begin no cue. Read through locals (has_cues stores a byte through a
  // member's reference, which would have the compiler load every array again per token).
  uint32_t next_cue_token(uint32_t i, uint32_t n) const {
    const Token* tokens = at_.tokens.data();
    const uint32_t* ids = at_.lower_id.data();
    const uint8_t* forms = forms_of_word_.data();
    for (; i < n; ++i) {
      if (tokens[i].kind != TokenKind::kWord) continue;
      if ((forms[ids[i]] & (kCuesAsked | kCues)) == kCuesAsked) continue;
      return i;
    }
    return n;
  }

  // Every cue of the document, once: the longest one starting at each token.
  void find_cues() {
    std::span<const std::string_view> lemmas(lemmas_);
    ctx_.cue_at.assign(at_.tokens.size(), CueHit{});
    const auto n = static_cast<uint32_t>(at_.tokens.size());
    for (uint32_t i = next_cue_token(0, n); i < n; i = next_cue_token(i + 1, n)) {
      if (!has_cues(i)) continue;
      for (uint32_t first : {lemma_id_[i], at_.lower_id[i]}) {
        for (const CueEntry* c : hits_of(first).cues) {
          if (!cue_may_match(*c, i)) continue;
          int len = lex_.match_cue(*c, lemmas, i, /*lemmatize=*/false);
          if (len > static_cast<int>(ctx_.cue_at[i].length)) {
            ctx_.cue_at[i] = CueHit{c->kind, static_cast<uint32_t>(len)};
          }
        }
        if (first == at_.lower_id[i]) break;
      }
    }
  }

  // The word ids of the forms a cue's second word may take, for this document.
  struct CueSecond {
    enum State : uint8_t { kNotAsked, kAnyWord, kIds };
    State state = kNotAsked;
    uint32_t ids[3] = {};
  };

  // False when cue c cannot match at token i: its second word is plain and token i + 1's lemma
  // is none of that word's forms (match_cue would say 0 for the same reason). Most tries of
  // cues that start with a common word ("for", "in") end here, on ids: a form the document
  // never uses has no id, and no token has it. (Phrase rows are refused on the ids of all
  // their later words, by sentence: phrase_may_match.)
  bool cue_may_match(const CueEntry& c, uint32_t i) {
    const auto at = reinterpret_cast<uintptr_t>(&c) - reinterpret_cast<uintptr_t>(cues_.data());
    const size_t k = at / sizeof(CueEntry);
    if (k >= cue_second_.size()) return true;
    CueSecond& second = cue_second_[k];
    if (second.state == CueSecond::kNotAsked) {
      std::string_view forms[3];
      uint64_t hashes[3];
      second.state = CueSecond::kAnyWord;
      if (lex_.cue_second_forms(c, forms, hashes)) {
        second.state = CueSecond::kIds;
        for (int f = 0; f < 3; ++f) second.ids[f] = at_.word_ids.find(forms[f], hashes[f]);
      }
    }
    if (second.state == CueSecond::kAnyWord) return true;
    if (i + 1 >= lemma_id_.size()) return false;
    const uint32_t next = lemma_id_[i + 1];
    return next == second.ids[0] || next == second.ids[1] || next == second.ids[2];
  }

  // "Guards subjected him to torture", "took Omar to a room for interrogation", "put him in
  // solitary confinement": the object of a verb of subjecting, taking or placing undergoes the
  // act its noun names after a preposition (past a place phrase: "to a room"), else -1.
  int subjected_object(uint32_t trigger) const {
    const uint32_t first = at_.sentences[at_.sentence_of[trigger]].first_token;
    auto leads_in = [](std::string_view w) {
      return w == "to" || w == "for" || w == "in" || w == "into" || w == "under";
    };
    uint32_t prep = trigger;
    while (prep > first && trigger - prep < 3 && !leads_in(at_.lower[prep - 1])) --prep;
    if (prep <= first + 1 || !leads_in(at_.lower[prep - 1])) return -1;
    for (uint32_t t = prep - 1; t-- > first && prep - 1 - t <= 5;) {
      if (at_.tokens[t].kind == TokenKind::kPunct) return -1;
      const int m = ctx_.token_mention[t];
      if (m < 0) continue;
      if (!reader_.person_like({m})) return -1;
      // "them" read as one person is a guess the act should not rest on.
      const Mention& mm = ctx_.mentions[m];
      if (mm.kind == MentionKind::kPronoun && mm.plural && mm.entity >= 0 &&
          ctx_.entities[mm.entity].kind == "person") {
        return -1;
      }
      uint32_t v = ctx_.mentions[m].first_token;
      // Past an article or a title ("subjected Mr. Marek to torture").
      while (v > first && (is_article(at_.lower[v - 1]) || at_.has(v - 1, kAbbreviation))) --v;
      if (v <= first) return -1;
      const std::string_view verb = at_.verb_lemma[v - 1];
      const bool moves = verb == "subject" || verb == "expose" || verb == "take" ||
                         verb == "put" || verb == "place" || verb == "send" || verb == "bring" ||
                         verb == "transfer" || verb == "throw" || verb == "lock" || verb == "drag";
      // "took", not "take" as a noun; "put" is its own past.
      return moves && (at_.lower[v - 1] != verb || verb == "put") ? m : -1;
    }
    return -1;
  }


  // "Torture is absolutely prohibited under the Covenant", "Article 9 prohibits arbitrary
  // arrest": an act named by a rule of law is a kind of act, not one incident. The noun with
  // no article or possessor of its own, then a form of "be" and a word of banning; or a verb
  // of banning right before it.
  bool named_by_a_norm(const Candidate& c, const Sentence& s) const {
    auto banning = [](std::string_view w) {
      return w == "prohibited" || w == "banned" || w == "forbidden" || w == "outlawed" ||
             w == "illegal" || w == "unlawful" || w == "punishable" || w == "criminalised" ||
             w == "criminalized";
    };
    uint32_t b = c.first;
    while (b > s.first_token && at_.has(b - 1, kLowerCase) && c.first - b < 2 &&
           !is_article(at_.lower[b - 1]) && !is_preposition(at_.lower[b - 1]) &&
           at_.lower[b - 1] != "and" && at_.lower[b - 1] != "or" &&
           at_.verb_lemma[b - 1] == at_.lower[b - 1]) {
      --b;  // "arbitrary arrest": an adjective of its own phrase
    }
    // "prohibits", not "a ban", nor "the newspaper was banned" (a passive tells an act).
    auto bans = [&](uint32_t t) {
      const std::string_view v = at_.verb_lemma[t];
      if (t > 0 && (is_be(at_.lower[t - 1]) || at_.lower[t - 1] == "been")) return false;
      return at_.lower[t] != v && (v == "prohibit" || v == "ban" || v == "forbid" ||
                                   v == "outlaw" || v == "criminalise" || v == "criminalize");
    };
    if (b > s.first_token) {
      // "prohibits arbitrary arrest and detention", "bans torture and cruel, inhuman and
      // degrading treatment": an act of the banned list, over its lower-case words.
      for (uint32_t t = b; t-- > s.first_token && b - t <= 8;) {
        if (bans(t)) return true;
        if (!at_.has(t, kLowerCase) && at_.lower[t] != ",") break;
      }
      if (at_.lower[b - 1] != "," && at_.lower[b - 1] != "and") return false;
    }
    for (uint32_t t = c.end; t < s.end_token && t < c.end + 8; ++t) {
      if (!is_be(at_.lower[t])) continue;
      for (uint32_t k = t + 1; k < s.end_token && k <= t + 3; ++k) {
        if (banning(at_.lower[k])) return true;
      }
      return false;
    }
    return false;
  }

  // "ordered the arrest of", "oversaw the torture of", "authorised the raids on": a verb of
  // command right before the act's noun phrase (past its article or possessive), so the
  // clause's subject is who had the act done.
  bool ordered_by_subject(uint32_t trigger) const {
    const uint32_t first = at_.sentences[at_.sentence_of[trigger]].first_token;
    uint32_t t = trigger;
    while (t > first && trigger - t < 2 && opens_noun_phrase(at_.lower[t - 1])) --t;
    // Inflected, and not a gerund ("accused him of orchestrating the murder": the accuser
    // is the subject).
    if (t == first || at_.verb_lemma[t - 1] == at_.lower[t - 1] ||
        at_.lower[t - 1].ends_with("ing")) {
      return false;
    }
    const std::string_view v = at_.verb_lemma[t - 1];
    return v == "order" || v == "oversee" || v == "supervise" || v == "direct" ||
           v == "authorize" || v == "authorise" || v == "command" || v == "orchestrate" ||
           v == "mastermind" || v == "sanction" || v == "approve";
  }

  // "During interrogations on 14 March, X was beaten", "After his arrest in May, X was held
  // in solitary confinement": an act named in a phrase opening the sentence was done to the
  // person the passive clause after its comma is about, else -1.
  int subject_after_opening(uint32_t trigger, const Sentence& s) const {
    const uint32_t first = s.first_token;
    const std::string_view opener = at_.lower[first];
    if (opener != "during" && opener != "after" && opener != "following" && opener != "before" &&
        opener != "since" && opener != "throughout") {
      return -1;
    }
    for (uint32_t t = first + 1; t < trigger; ++t) {  // the act's noun phrase, nothing else
      if (!at_.has(t, kLowerCase) && at_.lower[t] != "his" && at_.lower[t] != "her") return -1;
    }
    for (uint32_t t = trigger + 1; t + 1 < s.end_token && t < trigger + 10; ++t) {
      if (at_.token_text(t) != ",") continue;
      const int m = ctx_.token_mention[t + 1];
      if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson) return -1;
      // Only one the clause tells something was done to ("X was beaten"), not one who acts
      // ("During the trial, X argued").
      const uint32_t v = ctx_.mentions[m].end_token;
      return v < s.end_token && is_be(at_.lower[v]) ? m : -1;
    }
    return -1;
  }

  // Whether the sentence of the candidate, or one of the two before it in its paragraph, tells
  // of a kidnapping: "abducted", "kidnapped", "ransom", "captors".
  bool held_by_kidnappers(const Candidate& c) const {
    const uint32_t sentence = at_.sentence_of[c.first];
    const uint32_t paragraph = at_.sentences[sentence].paragraph;
    for (uint32_t k = sentence + 1, n = 0; k-- > 0 && n < 3; ++n) {
      const Sentence& s = at_.sentences[k];
      if (s.paragraph != paragraph) break;
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        // (The act told, not the charge: "charged with kidnapping and held without bond".)
        const std::string_view x = at_.lower[t], w = at_.noun_lemma[t];
        if (x == "abducted" || x == "kidnapped" || w == "ransom" || w == "captor" ||
            w == "kidnapper" || w == "abductor") {
          return true;
        }
      }
    }
    return false;
  }

  // Whether the act noun at `first` is the object of a gerund after "for" a few words before
  // it: "for taking part in the protest", "for joining the strike".
  bool deed_after_for(uint32_t first) const {
    const uint32_t sentence_first = at_.sentences[at_.sentence_of[first]].first_token;
    for (uint32_t k = first, n = 0; k-- > sentence_first + 1 && n < 6; ++n) {
      if (at_.tokens[k].kind != TokenKind::kWord) return false;
      if (at_.lower[k].ends_with("ing") && at_.lower[k - 1] == "for") return true;
    }
    return false;
  }

  // "Police broke up the protest", "riot police crushed a rally by students", "the ban on the
  // march": the act noun is the object of a verb that stops or forbids it, so the verb's subject
  // is who suppressed the protest, not who took part in it.
  bool stopped_by_subject(uint32_t first) const {
    const uint32_t sentence_first = at_.sentences[at_.sentence_of[first]].first_token;
    for (uint32_t k = first, n = 0; k-- > sentence_first && n < 5; ++n) {
      const std::string_view w = at_.lower[k];
      const std::string_view v = at_.verb_lemma[k];
      if (v == "disperse" || v == "crush" || v == "suppress" || v == "quell" || v == "ban" ||
          v == "prohibit" || v == "forbid" || v == "outlaw" || v == "block" || v == "halt" ||
          v == "stop" || v == "storm" || v == "prevent" || v == "thwart" || v == "foil") {
        return true;
      }
      // "broke up", "cracked down on", "put down".
      if ((w == "up" && k > sentence_first && at_.verb_lemma[k - 1] == "break") ||
          (w == "down" && k > sentence_first &&
           (at_.verb_lemma[k - 1] == "crack" || at_.verb_lemma[k - 1] == "put"))) {
        return true;
      }
      if (at_.tokens[k].kind != TokenKind::kWord || ctx_.token_mention[k] >= 0) return false;
      if (!is_article(w) && !is_possessive_determiner(w) && w != "on" && w != "down" &&
          !at_.has(k, kLowerCase)) {
        return false;
      }
    }
    return false;
  }

  // "X lodged a complaint of ill-treatment": for an act noun after "a complaint of" that a verb
  // of lodging governs, the complainant (a person before that verb), -2 when none is named,
  // -1 when the act is not complained of so.
  int complained_of(const Candidate& c) const {
    if (c.is_verb || c.first < 3 || at_.lower[c.first - 1] != "of") return -1;
    const std::string_view claim = at_.noun_lemma[c.first - 2];
    if (claim != "complaint" && claim != "allegation" && claim != "accusation") return -1;
    const uint32_t first = at_.sentences[at_.sentence_of[c.first]].first_token;
    for (uint32_t k = c.first - 2, n = 0; k-- > first && n < 4; ++n) {
      const std::string_view v = at_.verb_lemma[k];
      if (v == "lodge" || v == "file" || v == "make" || v == "submit" || v == "bring" ||
          v == "register") {
        const int m = k > first ? ctx_.token_mention[k - 1] : -1;
        const bool person = m >= 0 && (reader_.person_like({m}) ||
                                       ctx_.mentions[m].kind == MentionKind::kDescriptor);
        return person ? m : -2;
      }
    }
    return -1;
  }

  // "A complaint of torture was filed by X", "allegations of abuse made by X": the "by" of a
  // verb after the act names who complained, not who did it; a person complaining of it is
  // the one it was done to.
  void complainant_is_no_doer(const Candidate& c, const ClauseReading& r,
                              std::vector<int>* victims, std::vector<int>* perps) const {
    if (c.first < 2 || at_.lower[c.first - 1] != "of") return;
    const std::string_view claim = at_.noun_lemma[c.first - 2];
    if (claim != "complaint" && claim != "allegation" && claim != "claim" &&
        claim != "accusation" && claim != "report") {
      return;
    }
    const int agent = r.agent.front();
    const uint32_t by = ctx_.mentions[agent].first_token;
    bool verb_between = false;
    for (uint32_t t = c.end; t < by; ++t) {
      verb_between = verb_between ||
                     (at_.has(t, kLowerCase) && at_.lower[t] != at_.verb_lemma[t] &&
                      at_.lower[t].ends_with("ed")) ||
                     at_.lower[t] == "made";
    }
    if (!verb_between) return;  // "reports of torture by guards": the guards did it
    std::erase_if(*perps, [&](int m) {
      return std::find(r.agent.begin(), r.agent.end(), m) != r.agent.end();
    });
    if (victims->empty() && reader_.person_like(r.agent)) *victims = r.agent;
  }

  // A word is read as a verb when it is inflected as one (detained, beating, arrests after a
  // subject) or follows "to", a modal or an auxiliary; a bare "arrest" is read as a noun.
  bool reads_as_verb(uint32_t i) const {
    std::string_view w = at_.lower[i];
    // "the shot was fired by a guard": a word that is also a noun, after a determiner and
    // before a form of "be", is the noun. (Not an -ed form: "the accused were convicted" are
    // people.)
    if (i > 0 && i + 1 < at_.tokens.size() && is_article(at_.lower[i - 1]) &&
        at_.noun_lemma[i] == w && !w.ends_with("ed") && is_be(at_.lower[i + 1])) {
      return false;
    }
    // "the Warsaw gathering", "a beating": an -ing form after a determiner or a name is a noun.
    if (w.size() > 4 && w.substr(w.size() - 3) == "ing" && i > 0) {
      std::string_view b = at_.lower[i - 1];
      if (opens_noun_phrase(b) || b == "that" ||
          (ctx_.token_mention[i - 1] >= 0 &&
           ctx_.mentions[ctx_.token_mention[i - 1]].kind != MentionKind::kPronoun)) {
        return false;
      }
    }
    if (at_.verb_lemma[i] != w) {
      bool plural_noun = w.size() > 1 && w.back() == 's' && at_.noun_lemma[i] != w;
      if (!plural_noun) return true;
      // "found with gunshot wounds", "treated for stab wounds": after a preposition and a
      // modifier noun, the -s form is a plural noun.
      if (i >= 2 && at_.has(i - 1, kLowerCase) && at_.tokens[i - 1].kind == TokenKind::kWord) {
        std::string_view p = at_.lower[i - 2];
        // "died of gunshot wounds", "sustained stab wounds".
        if (p == "with" || p == "for" || p == "from") return false;
        // After "of" only with no object after it ("the group of officers beats protesters").
        if (p == "of" &&
            (i + 1 >= at_.tokens.size() || at_.tokens[i + 1].kind != TokenKind::kWord ||
             is_preposition(at_.lower[i + 1]) || at_.lower[i + 1] == "and")) {
          return false;
        }
        std::string_view pv = at_.verb_lemma[i - 2];
        if (pv == "sustain" || pv == "suffer" || pv == "receive") return false;
      }
      // "arrests" may be a noun: a determiner or number before it says so.
      if (i > 0) {
        std::string_view b = at_.lower[i - 1];
        // "on smuggling charges", "monitoring arrests": a plural after an -ing word it
        // compounds with, or whose object it is.
        if (b.size() > 4 && b.ends_with("ing") && at_.has(i - 1, kLowerCase)) return false;
        if (b == "the" || b == "of" || b == "mass" || b == "and" || b == "more" || b == "many" ||
            b == "new" || b == "recent" || at_.tokens[i - 1].kind == TokenKind::kNumber) {
          return false;
        }
        // "seek longer sentences", "harsh sentences": an adjective of severity before it.
        if (b == "long" || b == "longer" || b == "harsh" || b == "harsher" || b == "heavy" ||
            b == "heavier" || b == "stiff" || b == "stiffer" || b == "lengthy" || b == "light" ||
            b == "lighter" || b == "short" || b == "shorter" || b == "tough" || b == "tougher") {
          return false;
        }
        // "families face arrests", "condemned arrests": the object of a verb that takes acts
        // as things (two verbs do not follow each other).
        std::string_view v = at_.verb_lemma[i - 1];
        if ((v == "face" || v == "fear" || v == "suffer" || v == "endure" || v == "risk" ||
             v == "condemn" || v == "denounce" || v == "decry" || v == "protest" || v == "report" ||
             v == "document")) {
          return false;
        }
      }
      return true;
    }
    if (i == 0) return false;
    // "was rearrested": an -ed word WordNet lacks, after a form of "be" or "have", is a
    // participle.
    if (w.size() > 4 && w.ends_with("ed") &&
        (is_be(at_.lower[i - 1]) || at_.lower[i - 1] == "has" || at_.lower[i - 1] == "have" ||
         at_.lower[i - 1] == "had")) {
      return true;
    }
    auto opens_verb = [](std::string_view b) {
      return b == "to" || b == "will" || b == "would" || b == "could" || b == "did" || b == "not" ||
             b == "n't" || b == "might" || b == "may" || b == "can";
    };
    std::string_view b = at_.lower[i - 1];
    // "was subjected to torture", "led to arrests", "prior to arrest": "to" as a preposition
    // after a word that takes it, before a noun (not "due to protest", "access to monitor").
    if (b == "to" && i >= 2) {
      // "subjected him to torture": over the verb's object.
      uint32_t j = i - 2;
      if (const int m = ctx_.token_mention[j]; m >= 0 && ctx_.mentions[m].first_token > 0) {
        j = ctx_.mentions[m].first_token - 1;
        while (j > 0 && (is_article(at_.lower[j]) || at_.has(j, kAbbreviation))) --j;
      }
      const std::string_view v = at_.verb_lemma[j];
      const std::string_view p = at_.lower[i - 2];
      if (v == "subject" || v == "expose" || v == "lead" || v == "contribute" || v == "resort" ||
          v == "amount" || v == "object" || v == "relate" || p == "owing" || p == "addition" ||
          p == "response" || p == "prior" || p == "subject" || p == "opposition" ||
          p == "according" || p == "vulnerable" || p == "prone" || p == "similar") {
        return false;
      }
    }
    if (opens_verb(b)) return true;
    // "the internet was cut", "he was hit": a participle written as the base form, after a
    // form of "be" or "have".
    if (is_same_form_participle(w) && (is_be(b) || b == "has" || b == "have" || b == "had")) {
      return true;
    }
    // "paid two men to drown and torture three goats": a base form joined to a verb after "to",
    // with an object phrase after it (not "the right to assemble and free speech").
    if ((b == "and" || b == "or") && i >= 3 && i + 1 < at_.tokens.size() &&
        opens_verb(at_.lower[i - 3]) && at_.tokens[i - 2].kind == TokenKind::kWord &&
        Lemmatizer::instance().is_lemma(at_.lower[i - 2], Pos::kVerb) &&
        (opens_noun_phrase(at_.lower[i + 1]) || is_partitive_count(at_.lower[i + 1]))) {
      return true;
    }
    // "saw officers detain six people": a base form after the object of a verb of seeing.
    if (const int m = ctx_.token_mention[i - 1];
        m >= 0 && ctx_.mentions[m].end_token == i && ctx_.mentions[m].first_token > 0) {
      uint32_t v = ctx_.mentions[m].first_token;
      while (v > 0 && is_article(at_.lower[v - 1])) --v;
      const std::string_view seen = v > 0 ? at_.verb_lemma[v - 1] : std::string_view();
      if (v > 0 && at_.has(v - 1, kLowerCase) && is_seeing_verb(seen)) return true;
    }
    return reader_.person_object_follows(i + 1);
  }

  // Whether a form of "be" comes right before the word at i, past adverbs ("was badly beaten").
  bool after_be(uint32_t i) const {
    uint32_t b = i;
    while (b > 0 && is_adverb_like(at_.lower[b - 1]) && !is_be(at_.lower[b - 1])) --b;
    return b > 0 && is_be(at_.lower[b - 1]);
  }

  // The active "charge" row with no context words takes only "charged" after its subject: not
  // "Charges were brought" or "a charged atmosphere", which leave the word to the noun rows.
  bool unmarked_charge(const TriggerEntry& e, uint32_t i) const {
    if (!is_literal(e.voice, "active") || !is_literal(e.text, "charge")) return false;
    return at_.lower[i] != "charged" || i == 0 || is_article(at_.lower[i - 1]) ||
           at_.tokens[i - 1].kind != TokenKind::kWord;
  }

  // A passive verb row with no context words takes only a participle after a form of "be"
  // ("were charged", "have been also charged"): not "under trumped-up charges" (a noun) nor
  // "a move she charged was reprisal".
  bool unmarked_passive(const TriggerEntry& e, uint32_t i) const {
    if (!is_literal(e.voice, "passive")) return false;
    if (at_.lower[i].ends_with("s")) return true;
    uint32_t b = i;
    while (b > 0 && is_adverb_like(at_.lower[b - 1]) && !is_be(at_.lower[b - 1])) --b;
    if (b > 0 && is_be(at_.lower[b - 1])) return false;
    // "was arrested on Monday and charged on Tuesday": the "be" of the participle before
    // "and" marks this one too.
    if (b > 2 && at_.lower[b - 1] == "and") {
      const uint32_t first = at_.sentences[at_.sentence_of[i]].first_token;
      for (uint32_t k = b - 1; k-- > first + 1 && b - k < 12;) {
        if (at_.tokens[k].kind == TokenKind::kPunct && at_.token_text(k) != ",") break;
        if (at_.verb_lemma[k] != at_.lower[k] && at_.lower[k].ends_with("ed") &&
            is_be(at_.lower[k - 1])) {
          return false;
        }
      }
    }
    return true;
  }

  // Asked for the same row and sentence once per word of the sentence that has that row,
  // so each answer is kept for the sentence.
  bool requirements_met(const TriggerEntry& e, const Sentence& s) const {
    if (e.requires_any.empty()) return true;
    size_t row = &e - lex_.entries().data();
    uint32_t sentence = static_cast<uint32_t>(&s - at_.sentences.data());
    if (row < lex_.entries().size() && &s >= at_.sentences.data() &&
        sentence < at_.sentences.size()) {
      if (requirements_sentence_.empty()) {
        requirements_sentence_.assign(lex_.entries().size(), kNoSentence);
        requirements_answer_.assign(lex_.entries().size(), 0);
      }
      if (requirements_sentence_[row] != sentence) {
        requirements_sentence_[row] = sentence;
        requirements_answer_[row] = requirements_in(e, s) || carried_over(e, sentence);
      }
      return requirements_answer_[row] != 0;
    }
    return requirements_in(e, s) || carried_over(e, sentence);
  }

  // "X was arrested on July 11 ... He was released on July 14.": a release takes its context
  // from the sentence before it in the same paragraph too. Not a release from hospital. So
  // does a questioning: "Two men from the security service came at night. They questioned me
  // until morning."
  bool carried_over(const TriggerEntry& e, uint32_t sentence) const {
    // And a dismissal whose job the sentence before names ("would lose her job at the
    // hospital. Two weeks later she was dismissed.").
    const bool dismissal = is_literal(e.type, "harassment") &&
                           (is_literal(e.text, "dismiss") || is_literal(e.text, "fire"));
    // And blows in custody the sentence before tells of ("I was questioned for eleven hours.
    // An officer slapped me.").
    const bool blows = is_literal(e.type, "torture_ill_treatment") && is_literal(e.pos, "verb") &&
                       (is_literal(e.text, "beat") || is_literal(e.text, "kick") ||
                        is_literal(e.text, "punch") || is_literal(e.text, "slap"));
    // And a death right after a shooting or a stabbing in the paragraph ("The passenger fired
    // six shots, hitting him in the head. He died at the scene.").
    if (is_literal(e.type, "killing") && is_literal(e.text, "die") && sentence > 0 &&
        sentence < at_.sentences.size() &&
        at_.sentences[sentence - 1].paragraph == at_.sentences[sentence].paragraph) {
      const Sentence& before = at_.sentences[sentence - 1];
      for (uint32_t t = before.first_token; t < before.end_token; ++t) {
        const std::string_view v = at_.verb_lemma[t], n = at_.noun_lemma[t];
        if (v == "shoot" || v == "stab" || n == "shot" || n == "gunshot" || n == "bullet") {
          return true;
        }
      }
      return false;
    }
    // And "My application was rejected" in a story of an asylum claim told before, anywhere in
    // the document.
    if (is_literal(e.type, "asylum_decision") && sentence < at_.sentences.size()) {
      for (uint32_t k = sentence; k-- > 0;) {
        if (requirements_in(e, at_.sentences[k])) return true;
      }
      return false;
    }
    if ((!is_literal(e.type, "release") && !is_literal(e.type, "interrogation") && !dismissal &&
         !blows) ||
        sentence == 0 || sentence >= at_.sentences.size()) {
      return false;
    }
    const Sentence& s = at_.sentences[sentence];
    const Sentence& before = at_.sentences[sentence - 1];
    if (before.paragraph != s.paragraph) return false;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (at_.lower[t] == "hospital" || at_.lower[t] == "clinic") return false;
    }
    // Blows take only custody itself from the sentence before, not any word of the police:
    // "Police evicted the families. Villagers who refused were beaten" is no beating in custody.
    if (blows) return in_custody(before);
    if (requirements_in(e, before)) return true;
    // A questioning two sentences on: "Two men from the security service came at night. They
    // showed no papers. They questioned me until morning."
    return is_literal(e.type, "interrogation") && sentence >= 2 &&
           at_.sentences[sentence - 2].paragraph == s.paragraph &&
           requirements_in(e, at_.sentences[sentence - 2]);
  }

  // Whether the sentence tells of someone held or questioned: "was questioned for eleven
  // hours", "in his cell", "at the police station".
  bool in_custody(const Sentence& s) const {
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const std::string_view v = at_.verb_lemma[t], n = at_.noun_lemma[t];
      if (v == "detain" || v == "question" || v == "interrogate" || v == "arrest" ||
          n == "custody" || n == "detention" || n == "cell" || n == "prison" || n == "jail" ||
          n == "interrogation" || n == "station" || n == "colony" || n == "detainee" ||
          n == "prisoner") {
        return true;
      }
    }
    return false;
  }

  // Compares word ids: a required word the document never uses is met nowhere in it. A row is
  // asked about in many sentences and lists up to 42 words, so the ids of its words that the
  // document uses are looked up once per row and document (required_ids), and each word id
  // of the sentence is marked once (mark_sentence) rather than each token compared with each
  // required id.
  bool requirements_in(const TriggerEntry& e, const Sentence& s) const {
    const std::span<const uint32_t> ids = required_ids(e);
    if (ids.data() == nullptr) return requirements_in_text(e, s);
    if (ids.empty()) return false;
    const uint32_t sentence = static_cast<uint32_t>(&s - at_.sentences.data());
    if (&s < at_.sentences.data() || sentence >= at_.sentences.size()) {
      // Not one of the document's sentences: each token against each id.
      for (uint32_t t = s.first_token; t < s.end_token; ++t) {
        for (uint32_t r : ids) {
          if (lemma_id_[t] == r || at_.lower_id[t] == r || at_.verb_id[t] == r ||
              at_.noun_id[t] == r) {
            return true;
          }
        }
      }
      return false;
    }
    mark_sentence(sentence);
    for (uint32_t r : ids) {
      if (sentence_of_word_[r] == sentence) return true;
    }
    return false;
  }

  // False when phrase row e cannot match inside sentence s: a word of its phrase after the
  // first (lex_.phrase_later_words) is the lemma of none of the sentence's tokens, so
  // match_phrase finds no match there, or one that ends past the sentence, which
  // find_triggers drops. Asked of every phrase row filed under a token's forms before
  // match_phrase, on ids: the ids of the row's forms in this document are looked up once per
  // row (phrase_ids; a form the document never uses has none, and the row matches nowhere),
  // and the sentence's ids are marked once (mark_sentence).
  bool phrase_may_match(const TriggerEntry& e, uint32_t sentence) {
    if (sentence >= at_.sentences.size()) return true;
    const size_t row = static_cast<size_t>(&e - entries_.data());
    if (&e < entries_.data() || row >= entries_.size()) return true;
    uint32_t& at = phrase_at_[row];
    if (at == kNotAsked) at = phrase_ids(e);
    if (at == kMatchesNowhere) return false;
    const uint32_t words = phrase_ids_[at];
    if (words == 0) return true;
    mark_sentence(sentence);
    const uint32_t* ids = phrase_ids_.data() + at + 1;
    for (uint32_t w = 0; w < words; ++w, ids += 3) {
      if (sentence_of_word_[ids[0]] != sentence && sentence_of_word_[ids[1]] != sentence &&
          sentence_of_word_[ids[2]] != sentence) {
        return false;
      }
    }
    return true;
  }

  // Where phrase row e's ids start in phrase_ids_ (the count of words, then three ids a word,
  // a form the document lacks standing in for by one it has), or kMatchesNowhere when a word
  // has no form the document uses. A word that may be "country" is left out: build_lemmas
  // reads a country's one-word name as "country" and leaves its id.
  uint32_t phrase_ids(const TriggerEntry& e) {
    const auto at = static_cast<uint32_t>(phrase_ids_.size());
    phrase_ids_.push_back(0);
    for (const PhraseWordForms& w : lex_.phrase_later_words(e)) {
      uint32_t ids[3];
      uint32_t found = 0;
      bool country = false;
      for (uint32_t f = 0; f < w.count; ++f) {
        country = country || w.forms[f] == "country";
        const uint32_t id = at_.word_ids.find(w.forms[f], w.hashes[f]);
        if (id != WordInterner::kAbsent) ids[found++] = id;
      }
      if (country) continue;
      if (found == 0) {
        phrase_ids_.resize(at);
        return kMatchesNowhere;
      }
      for (uint32_t f = 0; f < 3; ++f) phrase_ids_.push_back(ids[f < found ? f : 0]);
      ++phrase_ids_[at];
    }
    return at;
  }

  // Marks the ids of the sentence's tokens (each token's lemma, lower-cased form, verb and noun
  // lemma) with its index in sentence_of_word_, by word id. A mark is only ever set to a
  // sentence that holds the word, so marks left from other sentences answer nothing wrong.
  void mark_sentence(uint32_t sentence) const {
    if (sentence == marked_sentence_) return;
    const Sentence& s = at_.sentences[sentence];
    if (sentence_of_word_.empty()) sentence_of_word_.assign(at_.words.size(), kNoSentence);
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      sentence_of_word_[lemma_id_[t]] = sentence;
      sentence_of_word_[at_.lower_id[t]] = sentence;
      sentence_of_word_[at_.verb_id[t]] = sentence;
      sentence_of_word_[at_.noun_id[t]] = sentence;
    }
    marked_sentence_ = sentence;
  }

  // The ids of row e's required words that the document uses, in a span of required_ids_
  // (kept by row in required_at_ for the document); a null span for a row not of the lexicon.
  std::span<const uint32_t> required_ids(const TriggerEntry& e) const {
    const size_t row = static_cast<size_t>(&e - lex_.entries().data());
    if (&e < lex_.entries().data() || row >= lex_.entries().size()) return {};
    if (required_at_.empty()) required_at_.assign(lex_.entries().size(), kNotAsked);
    uint32_t& at = required_at_[row];
    if (at == kNotAsked) {
      at = static_cast<uint32_t>(required_ids_.size());
      required_ids_.push_back(0);  // the count, then the ids
      for (std::string_view r : e.requires_any) {
        uint32_t id = at_.word_ids.find(r);
        if (id == WordInterner::kAbsent) continue;
        required_ids_.push_back(id);
        ++required_ids_[at];
      }
    }
    const uint32_t* row_ids = required_ids_.data() + at;
    return {row_ids + 1, row_ids[0]};
  }

  // "The union, whose leaders left the country, said the expulsions of students were a
  // punishment": of rows of different types whose context words are present, one with a
  // context word right beside the trigger at i (here "students": an expulsion from university)
  // when the first row's is far off. `first` is the first row met, in the lexicon's order.
  const TriggerEntry* nearest_met_row(std::span<const TriggerEntry* const> rows,
                                      const TriggerEntry* first, const Sentence& s, uint32_t i,
                                      std::string_view pos) const {
    const TriggerEntry* best = first;
    // Only for an act noun, whose "of" or "from" names its kind right after it ("the
    // expulsions of students"); a verb keeps the lexicon's order ("seized from her home by
    // unidentified men" is an abduction).
    if (!is_literal(pos, "noun")) return first;
    uint32_t best_distance = UINT32_MAX;
    bool after = false;
    for (const TriggerEntry* o : rows) {
      if (o == first) {
        after = true;
        continue;
      }
      if (!after || o->type == first->type || o->requires_any.empty() || !requirements_met(*o, s)) {
        continue;
      }
      if (best_distance == UINT32_MAX) best_distance = required_distance(*first, s, i);
      // The lexicon's order stands unless its row's word is off the noun's phrase and the
      // other's right beside the noun.
      if (best_distance <= 2) return first;
      const uint32_t d = required_distance(*o, s, i);
      if (d <= 2 && d < best_distance) {
        best = o;
        best_distance = d;
      }
    }
    return best;
  }

  // How far from token i the nearest context word of row e stands in sentence s.
  uint32_t required_distance(const TriggerEntry& e, const Sentence& s, uint32_t i) const {
    uint32_t best = UINT32_MAX - 1;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (t == i) continue;
      for (std::string_view r : e.requires_any) {
        if (lemmas_[t] == r || at_.lower[t] == r || at_.verb_lemma[t] == r ||
            at_.noun_lemma[t] == r) {
          best = std::min(best, t > i ? t - i : i - t);
          break;
        }
      }
    }
    return best;
  }

  // The same test on the strings, for a row that is not one of the lexicon's.
  // "Factory security guards beat the strikers": "guard" is a custody word for a row of
  // blows in custody ("beaten by guards"), but not a private guard's; a row met only through one
  // gives way to the plain row (an assault).
  bool met_only_by_private_guards(const TriggerEntry& e, const Sentence& s) const {
    if (std::find(e.requires_any.begin(), e.requires_any.end(), "guard") == e.requires_any.end())
      return false;
    bool private_guard = false;
    for (uint32_t t = s.first_token + 1; t < s.end_token && !private_guard; ++t) {
      const std::string_view w = at_.lower[t - 1];
      private_guard = at_.noun_lemma[t] == "guard" &&
                      (w == "security" || w == "private" || w == "factory" || w == "company" ||
                       w == "mine" || w == "plantation" || w == "estate");
    }
    if (!private_guard) return false;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      for (std::string_view r : e.requires_any) {
        if (r != "guard" && (lemmas_[t] == r || at_.lower[t] == r || at_.verb_lemma[t] == r ||
                             at_.noun_lemma[t] == r)) {
          return false;
        }
      }
    }
    return true;
  }

  bool requirements_in_text(const TriggerEntry& e, const Sentence& s) const {
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      for (std::string_view r : e.requires_any) {
        if (lemmas_[t] == r || at_.lower[t] == r || at_.verb_lemma[t] == r ||
            at_.noun_lemma[t] == r) {
          return true;
        }
      }
    }
    return false;
  }

  // The first token from i on (end when none) that find_triggers tries: a word, in no time
  // expression ("in March 2021" is a date, not a march), in no mention but a group's (a name,
  // "Amnesty", is no trigger), and not a word has_rows has found to have no rows. Most tokens
  // are passed over here, on arrays read through locals (a byte stored through a member's
  // reference in the loop would have the compiler load every array again for each token).
  uint32_t next_trigger_token(uint32_t i, uint32_t end) const {
    const Token* tokens = at_.tokens.data();
    const uint8_t* in_time = at_.in_time.data();
    const int* held = ctx_.token_mention.data();
    const Mention* mentions = ctx_.mentions.data();
    const uint32_t* ids = at_.lower_id.data();
    const uint8_t* forms = forms_of_word_.data();
    for (; i < end; ++i) {
      if (tokens[i].kind != TokenKind::kWord || in_time[i]) continue;
      if (held[i] >= 0 && mentions[held[i]].kind != MentionKind::kGroup) continue;
      if ((forms[ids[i]] & (kRowsAsked | kRows)) == kRowsAsked) continue;
      return i;
    }
    return end;
  }

  void find_triggers(const Sentence& s, std::vector<Candidate>* out) {
    std::span<const std::string_view> lemmas(lemmas_);
    uint32_t covered_until = s.first_token;
    const TriggerWordHits* hits[4];
    const auto sentence = static_cast<uint32_t>(&s - at_.sentences.data());  // or past them
    // (next_trigger_token passes over the tokens refused at once.)
    for (uint32_t i = next_trigger_token(s.first_token, s.end_token); i < s.end_token;
         i = next_trigger_token(i + 1, s.end_token)) {
      if (!has_rows(i)) continue;  // no rows: nothing below would match or be covered
      // The longest phrase first ("taken into custody", "forced out of their home").
      const TriggerEntry* best = nullptr;
      int best_len = 0;
      const uint32_t firsts[4] = {lemma_id_[i], at_.lower_id[i], at_.verb_id[i], at_.noun_id[i]};
      // One lexicon lookup per distinct form, shared by the phrase and single-word rows: form f
      // finds its entries in hits[of[f]] (hits lives across tokens, so it is not cleared).
      int of[4];
      for (int f = 0; f < 4; ++f) {
        const uint32_t first = firsts[f];
        int same = -1;
        for (int g = 0; g < f && same < 0; ++g) same = firsts[g] == first ? g : -1;
        if (same >= 0) {
          of[f] = of[same];
          continue;
        }
        of[f] = f;
        hits[f] = &hits_of(first);
        for (const TriggerEntry* e : hits[f]->phrases) {
          if (!phrase_may_match(*e, sentence)) continue;  // match_phrase would find none in s
          int len = lex_.match_phrase(*e, lemmas, i, /*lemmatize=*/false);
          if (len == 0) {
            // Retry on the surface forms for phrases written with them ("whereabouts unknown").
            continue;
          }
          if (i + len > s.end_token) continue;
          // (Refused here, so the words it would cover are read on their own: "On Tuesday
          // prosecutors charged X" is the verb.)
          if (len > best_len && requirements_met(*e, s) &&
              !misread_on_charge(*e, i, i + static_cast<uint32_t>(len))) {
            best = e;
            best_len = len;
          }
        }
      }
      if (best != nullptr) {
        if (i >= covered_until) {
          out->push_back({best, i, i + static_cast<uint32_t>(best_len), true});
          covered_until = i + best_len;
        }
        continue;
      }
      if (i < covered_until) continue;
      // Only a word with verb rows needs reading as a verb or not (no rows, no event).
      bool verb = !hits[of[2]]->verbs.empty() && reads_as_verb(i);
      // Where several rows share a word, one whose context words are present beats one that
      // needs none ("shot dead" is a killing, "shot" alone an assault).
      auto try_single = [&](std::span<const TriggerEntry* const> rows, std::string_view pos) {
        const TriggerEntry* plain = nullptr;
        for (const TriggerEntry* e : rows) {
          // "a teacher was struck on the head", "he was marched to a cell": a protest verb
          // after a form of "be" is done to someone, no protest.
          if (is_literal(pos, "verb") && is_literal(e->type, "protest") &&
              !at_.lower[i].ends_with("ing") && after_be(i)) {
            continue;
          }
          if (e->requires_any.empty()) {
            if (plain == nullptr &&
                !(is_literal(pos, "verb") && (unmarked_passive(*e, i) || unmarked_charge(*e, i)))) {
              plain = e;
            }
            continue;
          }
          if (requirements_met(*e, s) && !(is_literal(pos, "verb") && senses_.thing_taken(*e, i)) &&
              !met_only_by_private_guards(*e, s)) {
            e = nearest_met_row(rows, e, s, i, pos);
            out->push_back({e, i, i + 1, is_literal(pos, "verb")});
            // "X was held for two days" and "police held X for two days": a row for each
            // voice; the clause, read later, keeps the one whose voice it has.
            if (!is_literal(e->voice, "any")) {
              for (const TriggerEntry* o : rows) {
                if (o != e && o->type == e->type && !is_literal(o->voice, "any") &&
                    o->voice != e->voice && !o->requires_any.empty() && requirements_met(*o, s)) {
                  out->push_back({o, i, i + 1, is_literal(pos, "verb")});
                  break;
                }
              }
            }
            return true;
          }
        }
        if (plain == nullptr) return false;
        out->push_back({plain, i, i + 1, is_literal(pos, "verb")});
        return true;
      };
      if (verb && try_single(hits[of[2]]->verbs, "verb")) continue;
      if (try_single(hits[of[3]]->nouns, "noun")) continue;
      try_single(hits[of[1]]->adjs, "adj");
    }
  }

  static bool alleged_only(std::string_view type) {
    return is_literal(type, "protest") || is_literal(type, "advocacy") ||
           is_literal(type, "boycott");
  }

  // Whether a clause above the act knows of none: "knew of no case in which a relative had
  // been prosecuted", "was not aware of any returnee having been detained", "sources did not
  // indicate that returnees face ill-treatment", "no reports of arrests". Read back from the
  // trigger within its sentence, not past "but" or a semicolon. A denial is no such clause:
  // "denied that his office had asked for the detention" and "denied that the raid was
  // unlawful" deny something else than the act.
  bool denied_above(uint32_t trigger) const {
    const uint32_t first = at_.sentences[at_.sentence_of[trigger]].first_token;
    uint32_t complement = 0;  // "that", "of", "in which", "whether" between it and the act
    for (uint32_t t = trigger, n = 0; t-- > first && n < 14; ++n) {
      const std::string_view w = at_.lower[t];
      if (w == "but" || w == ";" || w == "although" || w == "though") return false;
      // "... and the activist was detained": a new subject after "and".
      if (w == "and" && t + 1 < trigger &&
          (is_article(at_.lower[t + 1]) || ctx_.token_mention[t + 1] >= 0)) {
        return false;
      }
      if (w == "that" || w == "of" || w == "which" || w == "whether" || w == "where") {
        if (complement == 0) complement = t;
        continue;
      }
      if (complement == 0) continue;
      if (w == "no" && t + 1 < trigger) {
        const std::string_view n1 = at_.noun_lemma[t + 1];
        const bool knowing = n1 == "case" || n1 == "evidence" || n1 == "indication" ||
                             n1 == "record" || n1 == "report" || n1 == "sign" ||
                             n1 == "instance" || n1 == "information";
        // "found no evidence of fraud in the charge sheet": after "of", only the act itself.
        if (knowing && (at_.lower[complement] != "of" || trigger <= complement + 3)) return true;
      }
      if (w == "unaware") return true;
      // "did not indicate that", "was not aware of any", "I do not accept that", "Nor do I
      // accept that" (a finding that rejects a claim). Not "did not know where she was held":
      // where or whether she was held, she was held.
      const std::string_view opener = at_.lower[complement];
      if ((w == "not" || w == "n't" || w == "never" || w == "nor") &&
          (opener == "that" || opener == "of")) {
        for (uint32_t k = t + 1; k < trigger && k <= t + 3; ++k) {
          const std::string_view v = at_.verb_lemma[k];
          if (at_.lower[k] == "aware" || v == "know" || v == "indicate" || v == "show" ||
              v == "suggest" || v == "confirm" || v == "find" || v == "record" ||
              v == "document" || v == "see" || v == "hear" || v == "accept" || v == "believe") {
            return true;
          }
          const std::string_view x = at_.lower[k];
          if (x != "yet" && x != "been" && x != "do" && x != "does" && x != "did" &&
              x != "i" && x != "we") {
            break;
          }
        }
      }
    }
    return false;
  }

  // "unidentified armed men abducted X ... Her whereabouts remained unknown": those who took
  // the same people in this or the two sentences before are who keep them out of sight, not
  // the state body the story names most. Empty when no such act names its doers.
  std::vector<std::string> takers_of(const std::vector<std::string>& victims,
                                     uint32_t sentence) const {
    if (victims.empty()) return {};
    for (size_t i = events_.size() - 1; i-- > 0;) {  // not the event being made, the last one
      const Event& o = events_[i];
      const uint32_t os = at_.sentence_of[trigger_tokens_[i]];
      if (os > sentence || sentence - os > 2) break;
      if (o.negated || o.hypothetical || o.perpetrators.empty()) continue;
      if (!is_literal(o.type, "abduction") && !is_literal(o.type, "arrest_detention")) continue;
      const bool same = std::any_of(victims.begin(), victims.end(), [&](const std::string& v) {
        return std::find(o.victims.begin(), o.victims.end(), v) != o.victims.end();
      });
      // Only armed or state actors ("unidentified armed men", "security forces"), not a
      // person or a group read as a doer.
      const bool actors = std::all_of(o.perpetrators.begin(), o.perpetrators.end(), [&](auto& p) {
        return ctx_.entities[std::stoi(p)].kind == "state_actor";
      });
      if (same && actors) return o.perpetrators;
    }
    return {};
  }

  // "The lawyer of the convicted, D. Nurova, said ...", "relatives of the detained": a
  // participle as a noun after "of the" names people whose act was told before, not a new one.
  bool people_named_by_their_act(const Candidate& c) const {
    if (c.end != c.first + 1 || c.first < 2 || c.end >= at_.tokens.size()) return false;
    if (at_.lower[c.first - 1] != "the" || at_.lower[c.first - 2] != "of") return false;
    const std::string_view w = at_.lower[c.first];
    if (w == at_.verb_lemma[c.first] || !w.ends_with("ed")) return false;
    const std::string_view next = at_.lower[c.end];
    return at_.tokens[c.end].kind == TokenKind::kPunct || next == "and" || next == "or" ||
           is_be(next) || next == "have" || next == "has" || next == "who" ||
           (at_.has(c.end, kLowerCase) && at_.verb_lemma[c.end] != next && next.ends_with("ed"));
  }

  // "Torture and Ill-Treatment", "3.4 Treatment of returned asylum seekers": a heading of a
  // section further down the document, a short line naming its topic with no verb, tells no
  // act (the headline at the top, "Reporter detained at border", does).
  // "III. Enforced Disappearances in the North", "2. Arrests": a heading after its number,
  // which the splitter leaves as a sentence of its own, is a section's, not the title.
  bool numbered_heading(uint32_t si) const {
    // The number opens the heading's own sentence, or is a sentence of its own before it.
    const Sentence& own = at_.sentences[si];
    uint32_t n = own.first_token;
    if (own.end_token - n < 3 || at_.token_text(n + 1) != ".") {
      if (si == 0) return false;
      const Sentence& before = at_.sentences[si - 1];
      if (before.end_token - before.first_token != 2 ||
          at_.token_text(before.first_token + 1) != ".") {
        return false;
      }
      n = before.first_token;
    }
    if (at_.tokens[n].kind == TokenKind::kNumber) return true;
    const std::string_view w = at_.token_text(n);
    return !w.empty() && w.size() <= 5 &&
           w.find_first_not_of("IVXLC") == std::string_view::npos;
  }

  bool section_heading(const Candidate& c) const {
    const uint32_t si = at_.sentence_of[c.first];
    const bool numbered = numbered_heading(si);
    // ("2. Arrests of Journalists": a capitalised plural there is a noun.)
    if (c.is_verb && !(numbered && at_.has(c.first, kCapitalized))) return false;
    const Sentence& s = at_.sentences[si];
    // (The number split off as a sentence of its own leaves the heading no headline.)
    const bool no_stop = at_.token_text(s.end_token - 1) != "." &&
                         at_.token_text(s.end_token - 1) != "?" &&
                         at_.token_text(s.end_token - 1) != "!";
    if (!(at_.is_headline(si) || (numbered && no_stop)) || (si < 2 && !numbered)) return false;
    if (s.end_token - s.first_token > 10) return false;
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      if (t >= c.first && t < c.end) continue;
      const std::string_view w = at_.lower[t];
      if (w != at_.verb_lemma[t] && at_.has(t, kLowerCase) && !w.ends_with("s")) return false;
    }
    return true;
  }

  // "were held for three days before being released", "held for a week and then released":
  // the release comes the term after the day the holding began, when that day is the date.
  void released_after_term(uint32_t trigger, const Sentence& s, DateValue* date) const {
    if (date->start.size() != 10) return;
    // "arrested on 4 November and released after 30 days": the term right after the release.
    if (trigger + 3 < s.end_token && at_.lower[trigger + 1] == "after") {
      const uint32_t t = trigger + 1;
      int n = at_.tokens[t + 1].kind == TokenKind::kNumber
                  ? std::atoi(std::string(at_.lower[t + 1]).c_str())
                  : 0;
      const std::string_view u = at_.noun_lemma[t + 2];
      const TimeUnit unit = u == "day" ? TimeUnit::kDay : u == "week" ? TimeUnit::kWeek
                                                        : TimeUnit::kNone;
      if (n > 0 && n <= 120 && unit != TimeUnit::kNone) {
        date->start = to_iso(shift_by(parse_iso(date->start), n, unit));
        date->approximate = true;
        return;
      }
    }
    for (uint32_t t = s.first_token; t + 3 < trigger; ++t) {
      if (at_.lower[t] != "for") continue;
      int n = 0;
      const std::string_view w = at_.lower[t + 1];
      if (at_.tokens[t + 1].kind == TokenKind::kNumber) {
        n = std::atoi(std::string(w).c_str());
      } else {
        static constexpr std::string_view kWords[] = {"a", "one", "two", "three", "four", "five",
                                                      "six", "seven", "eight", "nine", "ten"};
        for (size_t k = 0; k < std::size(kWords); ++k) {
          if (w == kWords[k]) n = k == 0 ? 1 : static_cast<int>(k);
        }
      }
      const std::string_view u = at_.noun_lemma[t + 2];
      const TimeUnit unit = u == "day" ? TimeUnit::kDay : u == "week" ? TimeUnit::kWeek
                                                        : TimeUnit::kNone;
      if (n <= 0 || n > 60 || unit == TimeUnit::kNone) continue;
      // Only "before" or "and" (maybe "then") between the term and the release.
      bool joined = false;
      for (uint32_t k = t + 3; k < trigger; ++k) {
        const std::string_view x = at_.lower[k];
        if (x == "before" || x == "and") {
          joined = true;
        } else if (x != "being" && x != "then" && x != "was" && x != "were" && x != ",") {
          joined = false;
        }
      }
      if (!joined) return;
      date->start = to_iso(shift_by(parse_iso(date->start), n, unit));
      date->approximate = true;
      return;
    }
  }

  // The person between a verb and the phrase at `first` ("held X in solitary confinement"),
  // none of `subject`; empty when punctuation or no person stands there.
  std::vector<int> held_before_phrase(uint32_t first, const std::vector<int>& subject) const {
    for (uint32_t t = first, n = 0; t-- > 0 && n < 6; ++n) {
      if (at_.tokens[t].kind == TokenKind::kPunct) break;
      const int m = ctx_.token_mention[t];
      if (m < 0 || std::find(subject.begin(), subject.end(), m) != subject.end()) continue;
      if (ctx_.mentions[m].end_token != t + 1 || !reader_.person_like({m})) continue;
      return {m};
    }
    return {};
  }

  // "Mayor X was detained in a dawn raid": an office right before a person's name is that
  // person's title, and a passive after the name makes the person the one acted on, not a
  // body acting beside them. ("Interior Minister X ordered the arrest" keeps its doer.)
  bool title_of_passive_subject(int m) const {
    const Mention& title = ctx_.mentions[m];
    if (title.kind != MentionKind::kStateActor || title.end_token >= at_.tokens.size())
      return false;
    const int next = ctx_.token_mention[title.end_token];
    if (next < 0 || ctx_.mentions[next].kind != MentionKind::kPerson ||
        ctx_.mentions[next].first_token != title.end_token) {
      return false;
    }
    const uint32_t after = ctx_.mentions[next].end_token;
    return after + 1 < at_.tokens.size() && is_be(at_.lower[after]) &&
           at_.verb_lemma[after + 1] != at_.lower[after + 1];
  }

  // Whether a verb of calling for something ("called on", "urged", "demanded", "asked")
  // stands before token t in its sentence.
  bool calls_before(uint32_t t, const Sentence& s) const {
    for (uint32_t k = s.first_token; k < t; ++k) {
      const std::string_view v = at_.verb_lemma[k];
      if (v == "call" || v == "urge" || v == "demand" || v == "ask" || v == "appeal") return true;
    }
    return false;
  }

  // "inquiries at the Public Prosecution", "the Supreme State Security Prosecution": a noun
  // in capitals after a capitalised word inside a sentence is a body's name, not an act. (Not
  // in a headline, where every word has a capital.)
  bool inside_a_name(const Candidate& c) const {
    if (c.is_verb || c.end != c.first + 1 || c.first == 0) return false;
    const uint32_t s = at_.sentence_of[c.first];
    if (c.first <= at_.sentences[s].first_token + 1 || at_.is_headline(s)) return false;
    return at_.has(c.first, kCapitalized) && at_.has(c.first - 1, kCapitalized) &&
           !at_.has(c.first, kAllCaps);
  }

  // "Special Rapporteur on torture and other cruel, inhuman or degrading treatment", "the
  // Committee against Torture", "Special Rapporteur on extrajudicial, summary or arbitrary
  // executions": the act names a mandate or a body's subject, after its title and "on" or
  // "against", past lower-case adjectives and nouns, commas, "and", "or" and "of" only.
  bool mandate_subject(const Candidate& c) const {
    const uint32_t first = at_.sentences[at_.sentence_of[c.first]].first_token;
    for (uint32_t t = c.first, n = 0; t > first + 1 && n < 12; ++n) {
      --t;
      const std::string_view w = at_.lower[t];
      if (w == "on" || w == "against") {
        const std::string_view head = at_.lower[t - 1];
        return at_.has(t - 1, kCapitalized) &&
               (head == "rapporteur" || head == "rapporteurs" || head == "expert" ||
                head == "experts" || head == "group" || head == "committee" ||
                head == "subcommittee" || head == "convention" || head == "commission" ||
                head == "protocol" || head == "declaration");
      }
      if (w == "," || w == "-" || w == "and" || w == "or" || w == "of") continue;
      // Adjectives and nouns of the title; not a verb's form ("said guards beat") nor a
      // place's or a time's preposition.
      if (!at_.has(t, kLowerCase) || is_preposition(w) ||
          (at_.verb_lemma[t] != w && !w.ends_with("ing"))) {
        return false;
      }
    }
    return false;
  }

  // "sentenced A to six years and B to five years", "fined A 500 euros, B 300 euros": the verb
  // is left out before the later objects, each with the same preposition after it as the
  // first.
  void add_gapped_objects(const Sentence& s, std::vector<int>* victims) const {
    const Mention& last = ctx_.mentions[victims->back()];
    uint32_t t = last.end_token;
    if (t >= s.end_token || (at_.lower[t] != "to" && at_.lower[t] != "for")) return;
    const std::string_view prep = at_.lower[t];
    for (uint32_t k = t + 1; k + 1 < s.end_token && k < t + 10; ++k) {
      const std::string_view w = at_.lower[k];
      // "sentenced A to six years and released B": a verb of its own ends the gapping.
      if (at_.tokens[k].kind == TokenKind::kWord && at_.verb_lemma[k] != w && w.ends_with("ed"))
        return;
      if (w != "and" && w != ",") continue;
      const int m = ctx_.token_mention[k + 1];
      if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson) continue;
      const uint32_t after = ctx_.mentions[m].end_token;
      if (after >= s.end_token || at_.lower[after] != prep) continue;
      if (std::find(victims->begin(), victims->end(), m) == victims->end()) victims->push_back(m);
      t = after;
      k = after;
    }
  }

  // "Marta Lis, teacher. Detained on 14 March 2024. Sentenced on 2 September to 3 years.":
  // in an entry of a list, a sentence that opens with the act's participle tells it of the
  // person the paragraph opens with. -1 when the act does not open its sentence or the
  // paragraph opens with no person.
  int entry_subject(const Candidate& c, const Sentence& s) const {
    if (!c.is_verb || c.first != s.first_token || !at_.has(c.first, kCapitalized) ||
        at_.lower[c.first] == at_.verb_lemma[c.first] || at_.has(c.first, kParagraphStart) ||
        at_.is_headline(at_.sentence_of[c.first])) {
      return -1;
    }
    uint32_t t = c.first;
    while (t > 0 && !at_.has(t, kParagraphStart)) --t;
    const int m = ctx_.token_mention[t];
    return m >= 0 && ctx_.mentions[m].kind == MentionKind::kPerson ? m : -1;
  }

  // A sentence that asks whether acts happened: "Please provide information on the legal
  // basis for the arrest of X", "Has X been charged?". It tells no act (a question with
  // "why" or "where", "Why was he arrested?", takes the act as told and is not one of these).
  bool asks_about(const Sentence& s, uint32_t trigger) const {
    uint32_t t = s.first_token;
    while (t < s.end_token && (at_.tokens[t].kind == TokenKind::kNumber ||
                               at_.tokens[t].kind == TokenKind::kPunct)) {
      ++t;  // "2. Please provide ...", "(a) Has ..."
    }
    t = past_question_label(at_, t, s.end_token);  // "Q: Were you charged with a crime?"
    if (t + 1 >= s.end_token) return false;
    const std::string_view w = at_.lower[t];
    if (w == "please") {
      const std::string_view v = at_.verb_lemma[t + 1];
      return v == "provide" || v == "indicate" || v == "explain" || v == "clarify" ||
             v == "give" || v == "share" || v == "describe" || v == "inform" || v == "confirm" ||
             v == "specify";
    }
    uint32_t last = s.end_token - 1;
    while (last > t && at_.has(last, kCloseQuote)) --last;
    if (at_.token_text(last) != "?") return false;
    // "Will he stand up for those who have been detained?": a clause of its own tells its act.
    for (uint32_t k = t; k < trigger; ++k) {
      const std::string_view x = at_.lower[k];
      if (x == "who" || x == "whom" || x == "whose" || x == "which" || x == "after" ||
          x == "since" || x == "because" || x == "when") {
        return false;
      }
    }
    return opens_yes_no_question(w);
  }

  // "Free Lena Rask now!", chants of "Release them!": a verb in its plain form that opens a
  // sentence or a quotation, before its object, is a call, not an act told. Not a word that
  // is not its own verb lemma ("Freed", "Jailed").
  bool imperative(uint32_t trigger, std::string_view pos, const Sentence& s) const {
    if (!is_literal(pos, "verb")) return false;
    const bool opens = (trigger == s.first_token ||
                        (trigger > s.first_token && at_.has(trigger - 1, kOpenQuote))) &&
                       at_.has(trigger, kCapitalized);
    const bool pleads = trigger > s.first_token && at_.lower[trigger - 1] == "please";
    if (!(opens || pleads) || at_.lower[trigger] != at_.verb_lemma[trigger]) return false;
    // Its object follows at once: a name, a pronoun or a determiner ("Release them", "Free
    // all political prisoners"), not a noun it heads ("Arrest warrants were issued").
    if (trigger + 1 >= s.end_token) return false;
    const std::string_view next = at_.lower[trigger + 1];
    return (at_.has(trigger + 1, kCapitalized) &&
            at_.tokens[trigger + 1].kind == TokenKind::kWord) ||
           next == "him" || next == "her" || next == "them" || next == "us" || next == "me" ||
           next == "all" || next == "the" || next == "our" || next == "those" || next == "these";
  }

  // "Had the police arrested him, his family would have been told", "Were she to be
  // detained, ...", "Should he be arrested, ...": a condition put by inverting its verb
  // before the subject, up to its comma, tells an act that did not happen or has not yet.
  bool inverted_condition(uint32_t trigger, const Sentence& s) const {
    const uint32_t first = s.first_token;
    if (trigger <= first + 1) return false;
    const std::string_view w = at_.lower[first];
    if (w != "had" && w != "were" && w != "should") return false;
    // The subject right after the verb: a name, a pronoun or a noun phrase, not a participle
    // ("Had been warned" opens no condition).
    const int m = ctx_.token_mention[first + 1];
    const std::string_view det = at_.lower[first + 1];
    if (m < 0 && !is_article(det) && det != "such" && det != "this" && det != "that" &&
        det != "these" && det != "those") {
      return false;
    }
    for (uint32_t t = first + 1; t < trigger; ++t) {
      if (at_.token_text(t) == "," || at_.token_text(t) == ";") return false;
    }
    for (uint32_t t = trigger; t < s.end_token; ++t) {
      if (at_.token_text(t) == ",") return true;  // the condition's comma, after the act
    }
    return false;
  }

  // "Claims that X was tortured in custody are false", "reports that police beat X are
  // fabrications": the text says the act told in the claim did not happen.
  bool claim_called_false(uint32_t trigger, const Sentence& s) const {
    uint32_t that = trigger;
    while (that > s.first_token && trigger - that < 10 && at_.lower[that - 1] != "that") --that;
    if (that <= s.first_token + 1 || at_.lower[that - 1] != "that") return false;
    const std::string_view claim = at_.noun_lemma[that - 2];
    if (claim != "claim" && claim != "report" && claim != "allegation" && claim != "rumour" &&
        claim != "rumor" && claim != "accusation" && claim != "assertion" && claim != "story") {
      return false;
    }
    for (uint32_t t = trigger + 1; t + 1 < s.end_token; ++t) {
      if (!is_be(at_.lower[t])) continue;
      for (uint32_t k = t + 1; k < s.end_token && k <= t + 3; ++k) {
        const std::string_view w = at_.lower[k];
        if (w == "false" || w == "untrue" || w == "fabricated" || w == "baseless" ||
            w == "groundless" || w == "unfounded" || w == "lies" || w == "lie" ||
            w == "fabrications" || w == "fabrication" || w == "fake" || w == "fiction") {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  // "We request that Colonel X be designated for an asset freeze", "recommend that the
  // officers be prosecuted": a clause in the subjunctive after a verb of asking tells an act
  // asked for. ("be" in its plain form after the subject, within the clause before the act.)
  bool requested_that(uint32_t trigger, const Sentence& s) const {
    for (uint32_t t = trigger, n = 0; t-- > s.first_token && n < 10; ++n) {
      if (at_.lower[t] != "be") continue;
      // "that the officers be prosecuted for torture": the torture is the charge, done.
      if (t + 1 < trigger && at_.lower[trigger - 1] == "for") {
        const std::string_view justice = at_.verb_lemma[t + 1];
        if (justice == "prosecute" || justice == "charge" || justice == "try" ||
            justice == "convict" || justice == "punish" || justice == "investigate" ||
            justice == "arrest" || justice == "sentence" || justice == "hold") {
          return false;
        }
      }
      for (uint32_t k = t, m = 0; k-- > s.first_token && m < 6; ++m) {
        if (at_.lower[k] != "that" || k == s.first_token) continue;
        const std::string_view v = at_.verb_lemma[k - 1];
        return v == "request" || v == "ask" || v == "urge" || v == "recommend" ||
               v == "propose" || v == "demand" || v == "insist" || v == "suggest";
      }
      return false;
    }
    return false;
  }

  // "called for the release of", "campaigns for his release", "demanded the release": a
  // release that is asked for has not happened.
  // So is "sought arrests", "called for the prosecution of"; and an arrest someone escapes
  // ("evading arrest", "resisted arrest", "fled to avoid arrest") has not happened either.
  // Any release may be asked for: "called on the authorities to lift the travel ban".
  bool requested(uint32_t first, bool is_verb, std::string_view type) const {
    std::string_view lemma = lemmas_[first];
    bool asked_for = is_literal(type, "release") || lemma == "release" || lemma == "freedom" ||
                     lemma == "arrest" || lemma == "prosecution" || lemma == "sentence";
    if (!asked_for) return false;
    // A verb form is asked for only right after the asking ("demanding arrests"), not in
    // "protesters demanding reforms were arrested". "seek longer sentences" asks for them.
    bool noun_only = lemma == "arrest" || lemma == "prosecution" || lemma == "sentence";
    // A release asked for reaches back over an infinitive: "called on the prosecutor to
    // order his release", "call on the authorities to quash the convictions and release them"
    // (ten words, never across punctuation or a form of "be", which starts another clause).
    uint32_t window = noun_only ? (is_verb ? 1 : 4) : 10;
    const uint32_t sentence_first = at_.sentences[at_.sentence_of[first]].first_token;
    for (uint32_t t = first, k = 0; t-- > sentence_first && k < window; ++k) {
      if (k >= 4 && at_.tokens[t].kind == TokenKind::kPunct) break;
      if (k >= 1 && at_.verb_lemma[t] == "be") break;
      // "held for nine hours before being released": the release is the clause's own verb.
      if (k == 0 && at_.lower[t] == "being") break;
      std::string_view l = at_.verb_lemma[t];
      // "questioned for six hours and released": a duration, not a release asked for.
      if (l == "for" && duration_after(t)) continue;
      // "her last chance of securing her release", "hopes for his release".
      if (l == "for" || l == "demand" || l == "urge" || l == "seek" || l == "call" || l == "want" ||
          l == "press" || l == "push" || l == "secure" || at_.noun_lemma[t] == "chance" ||
          at_.noun_lemma[t] == "hope" || at_.noun_lemma[t] == "prospect") {
        return true;
      }
      // "asked the court to release X" (not "were asked about their contacts").
      if ((l == "ask" || l == "request" || l == "petition" || l == "plead" || l == "beg") &&
          is_verb && at_.lower[first - 1] == "to") {
        return true;
      }
      if (lemma == "arrest" && k < 2 &&
          (l == "evade" || l == "resist" || l == "escape" || l == "avoid" || l == "elude" ||
           l == "dodge")) {
        return true;
      }
    }
    return false;
  }

  // "X is due to be tried on 2 January", "whose trial is due to resume next week": what is due
  // has not happened yet. (Not "due to his work", a cause.)
  bool due_to_come(const Candidate& c, const Sentence& s) const {
    auto due_at = [&](uint32_t k) {
      return k + 2 < s.end_token && at_.lower[k] == "due" && at_.lower[k + 1] == "to" &&
             at_.verb_lemma[k + 2] == at_.lower[k + 2] &&
             at_.tokens[k + 2].kind == TokenKind::kWord && ctx_.token_mention[k + 2] < 0 &&
             !is_possessive_determiner(at_.lower[k + 2]) && !is_article(at_.lower[k + 2]) &&
             k > s.first_token && is_be(at_.lower[k - 1]);
    };
    for (uint32_t k = c.first, n = 0; k-- > s.first_token && n < 4; ++n) {
      if (due_at(k)) return true;
    }
    if (!c.is_verb) {
      for (uint32_t k = c.end; k < s.end_token && k < c.end + 3; ++k) {
        if (due_at(k)) return true;
      }
    }
    return false;
  }

  // "charges of propaganda, which carry a prison sentence of up to one year": the penalty an
  // offence carries is no sentence passed.
  bool penalty_carried(uint32_t trigger, const Sentence& s) const {
    const std::string_view n = at_.noun_lemma[trigger];
    if (n != "sentence" && n != "term" && n != "penalty" && n != "imprisonment" && n != "prison" &&
        n != "jail") {
      return false;
    }
    // ("punishable by up to two years of imprisonment": a term may stand between.)
    for (uint32_t k = trigger, steps = 0; k-- > s.first_token && steps < 8; ++steps) {
      const std::string_view v = at_.verb_lemma[k];
      if ((v == "carry" || v == "attract") && at_.lower[k + 1] != "out") return true;
      if (at_.lower[k] == "punishable") return true;
      if (at_.tokens[k].kind == TokenKind::kPunct) return false;
    }
    return false;
  }

  // "The media law allows the authorities to detain journalists for 30 days": what a law lets
  // someone do is a power, not an act done.
  bool permitted_by_law(uint32_t trigger, const Sentence& s) const {
    if (trigger < s.first_token + 3 || at_.lower[trigger - 1] != "to") return false;
    for (uint32_t k = trigger - 1, n = 0; k-- > s.first_token && n < 6; ++n) {
      const std::string_view v = at_.verb_lemma[k];
      if (v != "allow" && v != "permit" && v != "empower" && v != "authorize" && v != "authorise" &&
          v != "enable" && v != "entitle") {
        if (at_.tokens[k].kind == TokenKind::kPunct) return false;
        continue;
      }
      for (uint32_t t = s.first_token; t < k; ++t) {
        const std::string_view n2 = at_.noun_lemma[t];
        if (n2 == "law" || n2 == "act" || n2 == "code" || n2 == "decree" || n2 == "bill" ||
            n2 == "legislation" || n2 == "amendment" || n2 == "article" || n2 == "regulation" ||
            n2 == "provision" || n2 == "statute") {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  // "Enforced disappearance is a crime under international law", "Torture is absolutely
  // prohibited": an act noun that opens its sentence, said to be a crime or forbidden, is
  // the kind of act, not one done.
  bool act_defined(const Candidate& c, const Sentence& s) const {
    uint32_t first = s.first_token;
    while (first < c.first && at_.tokens[first].kind != TokenKind::kWord) ++first;
    if (c.first > first + 1 || c.end + 1 >= s.end_token) return false;
    // "Arbitrary detention is ...", not "His arrest is a violation" (one act, someone's).
    if (c.first == first + 1) {
      const std::string_view d = at_.lower[first];
      if (is_article(d) || is_possessive_determiner(d) || d == "this" || d == "that" ||
          d == "the" || ctx_.token_mention[first] >= 0) {
        return false;
      }
    }
    const std::string_view be = at_.lower[c.end];
    if (be != "is" && be != "are" && be != "remains" && be != "constitutes") return false;
    for (uint32_t t = c.end + 1; t < s.end_token && t < c.end + 4; ++t) {
      const std::string_view w = at_.lower[t];
      if (w == "crime" || w == "prohibited" || w == "illegal" || w == "forbidden" ||
          w == "banned" || w == "unlawful" || w == "violation" || w == "punishable" ||
          w == "outlawed" || w == "criminalised" || w == "criminalized") {
        return true;
      }
    }
    return false;
  }

  // Whether "to drop" (or "to withdraw") at t is what someone is urged, called on or asked
  // to do: "urged prosecutors to drop the charges".
  bool dropping_asked_for(uint32_t t, uint32_t sentence_first) const {
    const std::string_view v = at_.verb_lemma[t];
    if ((v != "drop" && v != "withdraw") || t < sentence_first + 2 || at_.lower[t - 1] != "to") {
      return false;
    }
    for (uint32_t k = t - 1, n = 0; k-- > sentence_first && n < 8; ++n) {
      const std::string_view l = at_.verb_lemma[k];
      if (l == "urge" || l == "call" || l == "ask" || l == "demand" || l == "press" ||
          l == "request" || l == "appeal") {
        return true;
      }
      if (at_.tokens[k].kind == TokenKind::kPunct) return false;
    }
    return false;
  }

  // "urged Kazakhstan to stop harassing", "called on the authorities to end the harassment":
  // the mention asked to stop the act at `trigger`, else -1.
  int asked_to_stop(uint32_t trigger, uint32_t sentence_first) const {
    uint32_t t = trigger;
    if (t > sentence_first && is_article(at_.lower[t - 1])) --t;
    if (t < sentence_first + 3) return -1;
    const std::string_view stop = at_.verb_lemma[t - 1];
    if ((stop != "stop" && stop != "end" && stop != "cease" && stop != "halt") ||
        at_.lower[t - 2] != "to") {
      return -1;
    }
    const uint32_t to = t - 2;
    for (uint32_t v = to; v-- > sentence_first && to - v <= 8;) {
      const std::string_view l = at_.verb_lemma[v];
      if (l != "urge" && l != "call" && l != "ask" && l != "press" && l != "tell" &&
          l != "demand") {
        continue;
      }
      for (uint32_t k = v + 1; k < to; ++k) {
        const int m = ctx_.token_mention[k];
        if (m < 0 || ctx_.mentions[m].entity < 0) continue;
        const MentionKind kind = ctx_.mentions[m].kind;
        if (kind == MentionKind::kStateActor || kind == MentionKind::kPlace ||
            kind == MentionKind::kOrganization || kind == MentionKind::kGroup) {
          return m;
        }
      }
      return -1;
    }
    return -1;
  }

  // "for six hours", "for a week", "for several days": a unit of time within three words.
  bool duration_after(uint32_t t) const {
    for (uint32_t k = t + 1; k < at_.tokens.size() && k <= t + 3; ++k) {
      if (is_time_unit(at_.lower[k])) return true;
    }
    return false;
  }

  // "The asylum application of X, a Kazakh activist, was rejected": the passive verb of the
  // claim's own clause decides it. "pending" when no such verb follows.
  std::string decided_claim(uint32_t from, uint32_t sentence_end) const {
    for (uint32_t t = from + 1; t < sentence_end && t < from + 16; ++t) {
      std::string_view w = at_.token_text(t);
      if (w == ";" || w == "." || w == ":") break;
      std::string_view be = at_.lower[t - 1];
      if (be != "was" && be != "were" && be != "been" && be != "is" && be != "are") continue;
      std::string_view l = at_.verb_lemma[t];
      if (l == "reject" || l == "refuse" || l == "deny" || l == "dismiss") return "rejected";
      if (l == "grant" || l == "approve" || l == "accept") return "granted";
    }
    return "pending";
  }

  // The "that" of the next "and that" in [from, to), else UINT32_MAX.
  uint32_t second_reported_clause(uint32_t from, uint32_t to) const {
    for (uint32_t t = from + 1; t + 1 < to; ++t) {
      if (at_.lower[t] == "and" && at_.lower[t + 1] == "that") return t + 1;
    }
    return UINT32_MAX;
  }

  // The person told, right after "told" or "warned" ("told my mother that ..."): an entity
  // id, or "" when none is.
  std::string hearer_of(uint32_t verb) const {
    const std::string_view v = at_.verb_lemma[verb];
    if ((v != "tell" && v != "warn" && v != "inform") || verb + 1 >= at_.tokens.size()) return {};
    uint32_t t = verb + 1;
    int m = ctx_.token_mention[t];
    // "told his mother": past the possessive to the relative.
    if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kPronoun && ctx_.mentions[m].possessive &&
        t + 1 < at_.tokens.size()) {
      m = ctx_.token_mention[t + 1];
    }
    if (m < 0 || ctx_.mentions[m].entity < 0) return {};
    const MentionKind k = ctx_.mentions[m].kind;
    if (k != MentionKind::kPerson && k != MentionKind::kRelative && k != MentionKind::kPronoun &&
        k != MentionKind::kDescriptor && k != MentionKind::kGroup) {
      return {};
    }
    const std::string& kind = ctx_.entities[ctx_.mentions[m].entity].kind;
    if (kind != "person" && kind != "group") return {};
    return std::to_string(ctx_.mentions[m].entity);
  }

  // "A police officer told his mother that if Nazarov did not return, his brother would be
  // arrested": an act an official says will follow unless someone complies is a threat, real,
  // made by whoever said it. Only a state actor speaking, or people first named "from" one
  // ("two men from the security service ... the men said"), and only with a condition ("if",
  // "unless", "otherwise") between the speech verb and the act. One threat per sentence.
  void add_spoken_threats(size_t first) {
    const size_t end = events_.size();
    for (size_t i = first; i < end; ++i) {
      if (!events_[i].hypothetical || events_[i].negated || events_[i].victims.empty() ||
          !is_repression(events_[i].type) || is_literal(events_[i].type, "threat_intimidation")) {
        continue;
      }
      const uint32_t trigger = at_.token_at(events_[i].trigger.start);
      const Sentence& s = at_.sentences[at_.sentence_of[trigger]];
      uint32_t verb = UINT32_MAX;
      for (uint32_t t = s.first_token; t < trigger; ++t) {
        if (is_speech_verb(at_.lower[t])) verb = t;
      }
      if (verb == UINT32_MAX) continue;
      // The condition after the speech verb, before the act or after it ("she was told that
      // she would lose her job if she kept speaking to journalists"); after an active speech
      // verb, only with a modal of its own clause and no other verb before the modal ("the
      // officer said his mother would lose her pension if he did not stop").
      const bool passive = passive_speech(verb, s.first_token);
      bool modal = false;
      for (uint32_t t = verb + 1; t < trigger && !modal; ++t) {
        if (verb_between(at_, t, t + 1) || at_.lower[t].ends_with("ing")) {
          // "told him that his son was a traitor and that he would lose his pension unless
          // ...": a second clause the same speech verb reports starts the search again.
          t = second_reported_clause(t, trigger);
          if (t == UINT32_MAX) break;
          continue;
        }
        modal = is_modal(at_.lower[t]);
      }
      bool condition = false;
      for (uint32_t t = verb + 1; t < (passive || modal ? s.end_token : trigger) && !condition;
           ++t) {
        const std::string_view w = at_.lower[t];
        condition = w == "if" || w == "unless" || w == "otherwise";
      }
      if (!condition) continue;
      int speaker = state_speaker_before(verb, s.first_token);
      // "She was told that ...": the speaker is who would do the act, when the context names
      // a state body for it ("summoned to the police station ... and told").
      if (speaker < 0 && passive && !events_[i].perpetrators.empty()) {
        const int p = std::stoi(events_[i].perpetrators[0]);
        if (ctx_.entities[p].kind == "state_actor") speaker = p;
      }
      if (speaker < 0) continue;
      const std::string who = std::to_string(speaker);
      if (std::find(events_[i].victims.begin(), events_[i].victims.end(), who) !=
          events_[i].victims.end()) {
        continue;
      }
      bool told = false;
      for (size_t k = first; k < events_.size(); ++k) {
        told = told || (is_literal(events_[k].type, "threat_intimidation") &&
                        events_[k].evidence.start == events_[i].evidence.start);
      }
      if (told) continue;
      Event threat = events_[i];
      threat.type = "threat_intimidation";
      threat.cameo = std::string(lex_.cameo_of("threat_intimidation"));
      threat.hypothetical = false;
      threat.perpetrators = {who};
      // "Police told my mother that I would be arrested if I returned": the relative told is
      // threatened too.
      if (const std::string hearer = hearer_of(verb); !hearer.empty() && hearer != who &&
          std::find(threat.victims.begin(), threat.victims.end(), hearer) ==
              threat.victims.end()) {
        threat.victims.push_back(hearer);
      }
      threat.trigger = ctx_.span(at_.tokens[verb].start, at_.tokens[verb].end);
      threat.rule = "spoken-threat";
      threat.outcome.clear();
      threat.reason.reset();
      threat.law_enforcement = false;
      threat.confidence = 0.6;
      events_.push_back(std::move(threat));
      // The per-event lists kept beside the events (merge_repeats, mark_listed_kinds).
      trigger_tokens_.push_back(verb);
      listed_kind_.push_back(false);
    }
  }

  // "the judge remanded him in custody on charges of ...": the charges named after an
  // act in its sentence, with no one of their own, are those of the one the act took.
  // "X was killed on April 24 when two gunmen fired eight shots at him": a killing its own
  // clause names no doer of takes the doers of a shooting or stabbing of the same people that
  // its sentence tells.
  void killers_from_the_shooting(size_t first) {
    for (size_t i = first; i < events_.size(); ++i) {
      Event& killing = events_[i];
      if (!is_literal(killing.type, "killing") || !killing.perpetrators.empty() ||
          killing.negated || killing.hypothetical) {
        continue;
      }
      if (killing.victims.empty()) continue;
      for (size_t j = first; j < events_.size(); ++j) {
        const Event& shot = events_[j];
        if (j == i || !is_literal(shot.type, "assault") || shot.perpetrators.empty() ||
            shot.negated || shot.hypothetical || shot.victims != killing.victims) {
          continue;
        }
        // A shooting or a stabbing, by others than the dead.
        const std::string_view v = at_.verb_lemma[trigger_tokens_[j]];
        if (v != "shoot" && v != "fire" && v != "stab" && v != "open") continue;
        const bool own = std::any_of(
            shot.perpetrators.begin(), shot.perpetrators.end(), [&](const std::string& p) {
              return std::find(killing.victims.begin(), killing.victims.end(), p) !=
                     killing.victims.end();
            });
        if (own) continue;
        killing.perpetrators = shot.perpetrators;
        break;
      }
    }
  }

  void charges_of_the_held(size_t first) {
    for (size_t i = first; i < events_.size(); ++i) {
      Event& ev = events_[i];
      if (!is_literal(ev.type, "prosecution") || !ev.victims.empty() || ev.hypothetical ||
          ev.negated || at_.lower[trigger_tokens_[i]] != "on") {
        continue;
      }
      for (size_t k = i; k-- > first;) {
        const Event& held = events_[k];
        if (held.victims.empty() || held.negated || held.hypothetical) continue;
        if (!is_literal(held.type, "arrest_detention") && !is_literal(held.type, "prosecution"))
          continue;
        if (held.trigger.start > ev.trigger.start) continue;
        ev.victims = held.victims;
        std::erase_if(ev.perpetrators, [&](const std::string& p) {
          return std::find(ev.victims.begin(), ev.victims.end(), p) != ev.victims.end();
        });
        break;
      }
    }
  }

  // "was told", "were reportedly warned": a speech verb in the passive.
  bool passive_speech(uint32_t verb, uint32_t sentence_first) const {
    uint32_t k = verb;
    if (k > sentence_first && at_.lower[k - 1] == "reportedly") --k;
    if (k == sentence_first) return false;
    const std::string_view b = at_.lower[k - 1];
    if (b == "was" || b == "were" || b == "been" || b == "being") return true;
    // "was called to the police station twice and warned that ...": a second participle of
    // the same passive.
    if (b != "and") return false;
    for (uint32_t t = k - 1; t-- > sentence_first + 1 && k - t < 12;) {
      const std::string_view w = at_.lower[t];
      if (w == "," || w == ";" || is_clause_opener(w)) return false;
      if ((w == "was" || w == "were" || w == "been") && at_.verb_lemma[t + 1] != at_.lower[t + 1] &&
          at_.lower[t + 1].ends_with("ed")) {
        return true;
      }
    }
    return false;
  }

  // The state actor who speaks at the speech verb `verb`: the mention right before it ("the
  // officer said", "one of them said"), when it is a state actor, or people first named as
  // "from" one ("two men from the security service"). -1 otherwise.
  int state_speaker_before(uint32_t verb, uint32_t sentence_first) const {
    int m = -1;
    for (uint32_t t = verb; t > sentence_first && verb - t < 4 && m < 0; --t) {
      m = ctx_.token_mention[t - 1];
    }
    // "An officer slapped me several times and said ...": the subject of the verb the speech
    // verb is coordinated with, when it opens the sentence.
    if (verb > sentence_first && at_.lower[verb - 1] == "and") {
      m = -1;
      for (uint32_t t = sentence_first; t < verb && t < sentence_first + 4 && m < 0; ++t) {
        m = ctx_.token_mention[t];
      }
    }
    if (m < 0 || ctx_.mentions[m].entity < 0) return -1;
    const int e = ctx_.mentions[m].entity;
    const Entity& ent = ctx_.entities[e];
    if (ent.kind == "state_actor") return e;
    if (ent.kind != "group" && ent.kind != "person") return -1;
    for (const Mention& o : ctx_.mentions) {
      if (o.entity != e || o.kind == MentionKind::kPronoun) continue;
      // Its first naming: "from" or "of" and a state actor right after it.
      const uint32_t after = o.end_token;
      if (after + 1 < at_.tokens.size() &&
          (at_.lower[after] == "from" || at_.lower[after] == "of")) {
        uint32_t k = after + 1;
        if (is_article(at_.lower[k]) && k + 1 < at_.tokens.size()) ++k;
        const int a = ctx_.token_mention[k];
        if (a >= 0 && ctx_.mentions[a].kind == MentionKind::kStateActor) return e;
      }
      return -1;
    }
    return -1;
  }

  // The sentence's events from `first` on that name a kind of act in a list
  // (listed_kind_of_act) are generic, unless another act of their type in the sentence is
  // not: "was subjected to torture, beatings and inhuman treatment" is one act on someone.
  void mark_listed_kinds(size_t first) {
    for (size_t i = first; i < events_.size(); ++i) {
      if (!listed_kind_[i] || events_[i].generic) continue;
      bool other = false;
      for (size_t k = first; k < events_.size(); ++k) {
        other = other || (k != i && !listed_kind_[k] && events_[k].type == events_[i].type);
      }
      if (other) continue;
      events_[i].generic = true;
      events_[i].confidence =
          static_cast<double>(std::lround(events_[i].confidence * 10) - 2) / 10.0;
    }
  }

  // A bare plural act noun in a list of kinds of acts: "farmers fear raids, kidnappings and
  // cattle theft", "evidence of extortion, abductions and arson". With no one
  // it was done to, it names a kind of act, not an incident. Not "the arrests of X and Y",
  // "these abductions", "three abductions".
  bool listed_kind_of_act(const Candidate& c) const {
    const uint32_t head = c.end - 1;
    if (c.end != c.first + 1 || at_.noun_lemma[head] == at_.lower[head] ||
        !at_.has(head, kLowerCase)) {
      return false;
    }
    if (c.first > 0) {
      std::string_view before = at_.lower[c.first - 1];
      if (opens_noun_phrase(before) || at_.tokens[c.first - 1].kind == TokenKind::kNumber ||
          is_partitive_count(before)) {
        return false;
      }
    }
    auto listed = [&](uint32_t joint, uint32_t word) {
      std::string_view j = at_.lower[joint];
      return (j == "," || j == "and" || j == "or") && at_.tokens[word].kind == TokenKind::kWord &&
             at_.has(word, kLowerCase) && !opens_noun_phrase(at_.lower[word]);
    };
    if (c.first >= 2 && listed(c.first - 1, c.first - 2)) return true;
    return c.end + 1 < at_.tokens.size() && at_.lower[c.end] != "of" && listed(c.end, c.end + 1);
  }

  // A trigger inside a phrase that says where or when something else happened: "at anti-war
  // protests" (read as a noun or, plural, as a verb), "during a rally", "after the march".
  // Not "the protest in Minsk", "they protested at the embassy".
  bool in_place_phrase(const Candidate& c) const {
    for (uint32_t k = c.first, n = 0; k-- > 0 && n < 3; ++n) {
      std::string_view w = at_.lower[k];
      if (w == "at" || w == "during" || w == "after" || w == "before" || w == "near" ||
          w == "outside" || w == "following") {
        // "After protesting on social media, she ...": a gerund keeps the sentence's subject.
        return !(k + 1 == c.first && at_.lower[c.first].ends_with("ing"));
      }
      if (at_.tokens[k].kind != TokenKind::kWord || !at_.has(k, kLowerCase)) return false;
    }
    return false;
  }

  // Whether the noun at token t heads the anchor of a time expression ("a week after the
  // deportation", "two days after his arrest") and an act of its type was already found.
  // Not a longer anchor that tells more ("38 years after the episode of the aborted
  // abduction of X in 1984").
  bool names_an_earlier_act(uint32_t t, std::string_view type) const {
    bool told =
        std::any_of(events_.begin(), events_.end(), [&](const Event& o) { return o.type == type; });
    if (!told) return false;
    const uint32_t at = at_.tokens[t].start;
    for (const TimeExpression& x : at_.times) {
      if (x.anchor_end <= x.anchor_start || at < x.anchor_start || at >= x.anchor_end) continue;
      if (t <= at_.token_at(x.anchor_start) + 1) return true;
    }
    // "Rights groups condemned the killing", "police are investigating the murder", "an
    // inquiry into the abduction": the act told before, reacted to.
    // Not "condemned the abduction of two priests", "the attack on X": an act with its
    // own people may be another.
    const uint32_t first = at_.sentences[at_.sentence_of[t]].first_token;
    if (t < first + 2 || (at_.lower[t - 1] != "the" && at_.lower[t - 1] != "this")) return false;
    if (t + 2 < at_.tokens.size() &&
        (at_.lower[t + 1] == "of" || at_.lower[t + 1] == "against" ||
         (at_.lower[t + 1] == "on" && !at_.in_time[t + 2]))) {  // not "on Tuesday"
      return false;
    }
    const std::string_view v = at_.verb_lemma[t - 2];
    return v == "condemn" || v == "denounce" || v == "deplore" || v == "decry" ||
           v == "investigate" || v == "probe" || v == "mourn" || v == "criticize" ||
           v == "criticise" || v == "protest" || at_.lower[t - 2] == "into";
  }

  // Who the act was done to, who did it and who took part, from the trigger row's victim
  // slot and the clause read around it (mention indexes).
  void read_roles(const TriggerEntry& e, const Candidate& c, const ClauseReading& r,
                  std::vector<int>* victims_out, std::vector<int>* perps_out,
                  std::vector<int>* actors_out) {
    std::vector<int>& victims = *victims_out;
    std::vector<int>& perps = *perps_out;
    std::vector<int>& actors = *actors_out;
    std::string_view slot = e.victim_slot;
    if (is_response_with_actor(e.type) && in_place_phrase(c)) {
      // "Police detained 300 people at protests": the protest is where the act happened; the
      // police did not protest, and the protest has no one it is about.
    } else if (is_response_with_actor(e.type) && !c.is_verb && deed_after_for(c.first)) {
      // "Police arrested X for taking part in the protest": the deed the arrest punishes; the
      // police did not protest ("X was fined for joining the protest": X did).
      for (int m : r.subject) {
        if (!reader_.is_actor_like(m)) actors.push_back(m);
      }
    } else if (is_response_with_actor(e.type) && !c.is_verb && stopped_by_subject(c.first)) {
      // "Police dispersed a protest by students": the students protested, not the police.
      actors = r.agent;
    } else if (is_response_with_actor(e.type)) {
      actors = r.subject;
      // Officials who boycott or a state that protests: the state is the one acting.
      for (int m : r.subject) {
        int ent = ctx_.mentions[m].entity;
        if (ent >= 0 && ctx_.entities[ent].kind == "state_actor") perps.push_back(m);
      }
      // The people a petition or a call is about, not the body it goes to.
      for (int m : r.object) {
        if (ctx_.mentions[m].kind != MentionKind::kOrganization &&
            ctx_.mentions[m].kind != MentionKind::kStateActor) {
          victims.push_back(m);
        }
      }
    } else if (r.passive) {
      victims = r.subject;
      perps = r.agent;
    } else if (!c.is_verb) {
      if (r.possessor >= 0) victims = {r.possessor};
      if (victims.empty()) victims = r.object;
      perps = r.agent;
      // Not "police arrested two men over the murder of X": the subject investigates the act.
      if (perps.empty() && !r.subject.empty() && reader_.person_like(r.subject) &&
          is_repression(e.type) && !is_literal(e.type, "release") && ordered_by_subject(c.first)) {
        perps = r.subject;  // "Colonel X ordered the arrest of Y": who orders it does it
      } else if (perps.empty() && !r.subject.empty() && reader_.is_actor_like(r.subject[0]) &&
                 !title_of_passive_subject(r.subject[0]) &&
                 (!is_crime_anyone_commits(e.type) ||
                  !context_.subject_of_justice(
                      c.first, at_.sentences[at_.sentence_of[c.first]].first_token)))
        perps = r.subject;
      else if (victims.empty() && !r.subject.empty() && !reader_.is_actor_like(r.subject[0]) &&
               (reader_.undergoes(r.subject.back(), c.first) ||
                headline_adjective(e, c, r.subject.back())))
        victims = r.subject;  // "X faced arrest", "X was in custody"; not "X condemned the arrest"
      // "Still in detention are X and Y".
      if (victims.empty() && r.subject.empty()) victims = r.listed;
    } else if (slot == "subject") {
      // "a court remanded him in custody": an actor in the subject is who acted.
      if (!r.subject.empty() && reader_.is_actor_like(r.subject[0]) && c.end - c.first > 1) {
        perps = r.subject;
        // "Guards held X in solitary confinement": the one the verb before the phrase took.
        victims = held_before_phrase(c.first, r.subject);
      } else {
        victims = r.subject;
      }
    } else {
      // "the family did not know where she was held", "her family has not been told where":
      // who does not know did not act.
      bool knowing = false;
      for (uint32_t t = c.first; t < c.end; ++t) {
        knowing = knowing || at_.verb_lemma[t] == "know" ||
                  (at_.verb_lemma[t] == "tell" && is_literal(e.type, "enforced_disappearance"));
      }
      if (!r.attributive && !knowing) perps = r.subject;
      victims = r.object;
      // "Their families have not been told where they are held": the one held is the one the
      // relatives left without word are relatives of.
      // ("they" may have been read as the families, the nearest plural).
      if (knowing) {
        const uint32_t first = at_.sentences[at_.sentence_of[c.first]].first_token;
        for (int& v : victims) {
          for (uint32_t t = first; t < c.first; ++t) {
            const int k = ctx_.token_mention[t];
            if (k < 0 || ctx_.mentions[k].kind != MentionKind::kRelative ||
                ctx_.mentions[k].kin_of < 0 || ctx_.mentions[k].entity < 0) {
              continue;
            }
            if (k == v || ctx_.mentions[k].entity == ctx_.mentions[v].entity) {
              v = ctx_.mentions[k].kin_of;
              break;
            }
          }
        }
      }
      // "he was detained on charges of insulting the president": the one held on the charges
      // is charged, not who charged him.
      // Not "Judge Kovac sentenced five protesters ... on charges of rioting": the one an
      // active act took is charged (charges_of_the_held), not its subject.
      const bool charge_phrase =
          is_literal(e.type, "prosecution") && c.first < c.end && at_.lower[c.first] == "on";
      if (charge_phrase && !r.subject.empty() && !reader_.is_actor_like(r.subject[0])) {
        perps.clear();
        if (held_by_passive_before(c.first)) victims = r.subject;  // what follows is the charge
      }
      // "The detained are: X, Y and Z": the participle as a noun, and the people after it.
      if (victims.empty() && r.attributive && r.subject.empty()) victims = r.listed;
      // "X disappeared" style verbs, or an active verb whose subject is no actor.
      // Not "two men from the security service came to my house": the owner the phrase
      // names is the one a possessor row means (complete_victims).
      bool owner_inside = false;
      for (uint32_t t = c.first + 1; slot == "possessor" && t < c.end; ++t) {
        const int m = ctx_.token_mention[t];
        if (m < 0) continue;
        const uint32_t after = ctx_.mentions[m].end_token;
        owner_inside = owner_inside || ctx_.mentions[m].possessive ||
                       (after < at_.tokens.size() && at_.has(after, kPossessive));
      }
      // Not "Ivo Marek brought charges against X": the act is aimed at someone else.
      const bool aimed_elsewhere = is_literal(e.pos, "phrase") &&
                                   aimed_against(c, at_.sentences[at_.sentence_of[c.first]]) >= 0;
      if (victims.empty() && !r.subject.empty() && !reader_.is_actor_like(r.subject[0]) &&
          slot != "object" && !owner_inside && !r.thing_object && !charge_phrase &&
          !aimed_elsewhere) {
        victims = r.subject;
        perps.clear();
      }
    }
    // "The group documented 12 cases of ill-treatment in custody and 5 criminal cases against
    // journalists": who records acts neither suffered nor did them.
    // (Not "the group reported being beaten": a verb trigger's subject is its own.)
    // ("the forced eviction of herders": a participle after "the" opens a noun phrase.)
    const bool verb_form = c.is_verb && at_.verb_lemma[c.first] != at_.lower[c.first] &&
                           !(c.first > 0 && (at_.lower[c.first - 1] == "the" ||
                                             at_.lower[c.first - 1] == "a" ||
                                             at_.lower[c.first - 1] == "an"));
    if (!r.subject.empty() && !verb_form && records_acts_between(r.subject.back(), c.first)) {
      auto subject = [&](int m) {
        return std::find(r.subject.begin(), r.subject.end(), m) != r.subject.end();
      };
      std::erase_if(victims, subject);
      std::erase_if(perps, subject);
    }
  }

  // Whether a noun trigger names acts as cases on file: "cases of", "instances of" before it.
  // (Not a bare plural: "documented arrests of protesters in the city" may be the story's own.)
  bool acts_counted(const TriggerCandidate& c) const {
    if (c.first < 2 || at_.lower[c.first - 1] != "of") return false;
    const std::string_view n = at_.lower[c.first - 2];
    return n == "cases" || n == "instances" || n == "incidents" || n == "allegations";
  }

  // A verb that takes acts as things it records or reacts to ("documented", "recorded",
  // "reported", "condemned", "expressed alarm at", "were alarmed by") between the subject
  // mention and the trigger.
  bool records_acts_between(int subject, uint32_t trigger) const {
    for (uint32_t t = ctx_.mentions[subject].end_token; t < trigger; ++t) {
      const std::string_view l = at_.verb_lemma[t];
      if (l == "document" || l == "record" || l == "report" || l == "register" || l == "count" ||
          l == "monitor" || l == "verify" || l == "condemn" || l == "denounce" || l == "decry" ||
          l == "log" || l == "list" || l == "express" || l == "alarm" || l == "deplore" ||
          l == "criticize" || l == "criticise" || l == "lament" || l == "regret") {
        // An inflected verb, not the noun "report" ("published a report documenting ..."); and
        // not "reported being beaten", "reported that ...": a clause of its own follows.
        if (at_.lower[t] == l) continue;
        const std::string_view next = t + 1 < trigger ? at_.lower[t + 1] : std::string_view();
        return next != "being" && next != "having" && next != "that";
      }
    }
    return false;
  }

  // Whether all who urge are relatives (or someone's kin) and the one urged, right after the
  // verb, is a pronoun or a relative, not a named official ("urged President X to release").
  bool urged_by_kin(const ClauseReading& r, uint32_t urged) const {
    if (r.subject.empty()) return false;
    for (int m : r.subject) {
      const bool kin = ctx_.mentions[m].kind == MentionKind::kRelative ||
                       (ctx_.mentions[m].entity >= 0 &&
                        reader_.is_kin_of_someone(std::to_string(ctx_.mentions[m].entity)));
      if (!kin) return false;
    }
    const int m = ctx_.token_mention[urged];
    return m >= 0 && ctx_.mentions[m].first_token == urged && !ctx_.mentions[m].possessive &&
           (ctx_.mentions[m].kind == MentionKind::kPronoun ||
            ctx_.mentions[m].kind == MentionKind::kRelative) &&
           reader_.person_like({m});
  }

  // "Protest leader missing after soldiers broke up blockade": a headline drops "is", so a
  // noun right before an adjective trigger is what the adjective says of.
  bool headline_adjective(const TriggerEntry& e, const Candidate& c, int subject) const {
    return is_literal(e.pos, "adj") && ctx_.mentions[subject].end_token == c.first &&
           at_.is_headline(at_.sentence_of[c.first]);
  }

  // "she was held in 2015 on charges of ...": a passive participle right before the
  // phrase at token t, past a time ("in 2015", "last week").
  bool held_by_passive_before(uint32_t t) const {
    const uint32_t first = at_.sentences[at_.sentence_of[t]].first_token;
    uint32_t k = t;
    while (k > first &&
           (at_.in_time[k - 1] ||
            (k < t && at_.in_time[k] && (at_.lower[k - 1] == "in" || at_.lower[k - 1] == "on")))) {
      --k;
    }
    if (k <= first + 1) return false;
    const std::string_view p = at_.lower[k - 1];
    return p != at_.verb_lemma[k - 1] && !p.ends_with("ing") && !p.ends_with('s') &&
           (is_be(at_.lower[k - 2]) ||
            (k >= first + 3 && is_be(at_.lower[k - 3]) && is_adverb_like(at_.lower[k - 2])));
  }

  // "designated X a foreign agent", "declared him an extremist": the person a status verb
  // gives the trigger's label to, in the few words before it; -1 when the nearest mention
  // there is no person or no such verb stands before it.
  int designated_person(uint32_t trigger, uint32_t sentence_first) const {
    for (uint32_t t = trigger; t-- > sentence_first && trigger - t <= 6;) {
      const int m = ctx_.token_mention[t];
      if (m < 0) continue;
      const Mention& mm = ctx_.mentions[m];
      const bool person =
          mm.kind == MentionKind::kPerson || mm.kind == MentionKind::kRelative ||
          mm.kind == MentionKind::kDescriptor ||
          (mm.kind == MentionKind::kPronoun && !mm.possessive && !mm.plural && !mm.first_person);
      if (!person || mm.first_token == 0) return -1;
      const std::string_view v = at_.verb_lemma[mm.first_token - 1];
      const bool status_verb = v == "designate" || v == "declare" || v == "label" || v == "brand" ||
                               v == "list" || v == "recognize" || v == "recognise" || v == "name";
      return status_verb ? m : -1;
    }
    return -1;
  }

  // "opened a criminal case against X": the person right after "against" that follows a
  // phrase ending in its noun, or -1.
  int aimed_against(const Candidate& c, const Sentence& s) const {
    if (c.end + 1 >= s.end_token || at_.lower[c.end] != "against") return -1;
    const int m = ctx_.token_mention[c.end + 1];
    if (m < 0 || !reader_.person_like({m})) return -1;
    if (ctx_.mentions[m].kind == MentionKind::kPronoun && ctx_.mentions[m].possessive) return -1;
    return m;
  }

  // "a rights group that documented torture in prisons": an act named as what someone
  // documents, monitors or investigates is a kind of act, not one incident. Not "documented
  // torture in X's case": a person named right after it.
  bool documented_kind_of_act(const Candidate& c, const Sentence& s) const {
    if (c.first == 0 || at_.verb_lemma[c.first - 1] == at_.lower[c.first - 1]) return false;
    const std::string_view v = at_.verb_lemma[c.first - 1];
    if (v != "document" && v != "monitor" && v != "investigate" && v != "research" &&
        v != "record" && v != "track" && v != "catalogue" && v != "catalog" && v != "expose") {
      return false;
    }
    for (uint32_t t = c.end; t < s.end_token && t < c.end + 4; ++t) {
      const int m = ctx_.token_mention[t];
      if (m >= 0 && (ctx_.mentions[m].kind == MentionKind::kPerson ||
                     ctx_.mentions[m].kind == MentionKind::kRelative)) {
        return false;
      }
    }
    return true;
  }

  // "he was in their custody", "taken into its custody": the owner of the custody holds,
  // and the one held is the clause's subject or the people right before "in".
  void custody_holder(const Candidate& c, const ClauseReading& r, std::vector<int>* victims_out,
                      std::vector<int>* perps_out) const {
    if (c.first < 2) return;
    std::vector<int>& victims = *victims_out;
    std::vector<int>& perps = *perps_out;
    int owner = ctx_.token_mention[c.first - 1];
    if (owner >= 0 && !ctx_.mentions[owner].possessive) owner = -1;
    if (owner < 0 && at_.has(c.first - 1, kPossessive)) owner = ctx_.token_mention[c.first - 2];
    const int holder = owner >= 0 ? ctx_.mentions[owner].entity : -1;
    if (holder >= 0 && (ctx_.entities[holder].kind == "state_actor" ||
                        ctx_.entities[holder].kind == "organization")) {
      const uint32_t k = ctx_.mentions[owner].first_token;
      if (k > 1 && (at_.lower[k - 1] == "in" || at_.lower[k - 1] == "into")) {
        std::erase(victims, owner);
        if (std::find(perps.begin(), perps.end(), owner) == perps.end()) perps.push_back(owner);
        // "left with two detainees in its custody": the people right before "in".
        const int held = ctx_.token_mention[k - 2];
        if (victims.empty() && held >= 0 && reader_.person_like({held})) victims = {held};
        // "he was in their custody": the subject of "was".
        if (victims.empty() && is_be(at_.lower[k - 2]) && !r.subject.empty() &&
            reader_.person_like(r.subject)) {
          victims = r.subject;
        }
      }
    }
  }

  // The victims the slot missed or misread, by the act's kind: a claim's owner, a body's,
  // the owner of what was searched or seized, the one a label is put on; minus whom a charge
  // names; plus those "named among" the many. False when the act is no act after all (a
  // "body" that is no one's).
  bool complete_victims(const TriggerEntry& e, const Candidate& c, const ClauseReading& r,
                        const Sentence& s, std::vector<int>* victims_out,
                        std::vector<int>* perps_out) {
    std::vector<int>& victims = *victims_out;
    std::vector<int>& perps = *perps_out;
    std::string_view slot = e.victim_slot;
    // "Kholov's asylum application had been rejected ... and a court dismissed his appeal",
    // "His asylum claim was refused": the claim's owner, right before it, is the one decided
    // upon, whatever the rest of the sentence holds.
    if (is_literal(e.type, "asylum_decision")) {
      if (int owner = reader_.owner_before(c.first); owner >= 0) {
        victims = {owner};
        std::erase(perps, owner);
      }
    }
    if (is_literal(e.text, "custody")) custody_holder(c, r, &victims, &perps);
    // "Among those denied asylum is X": the victim follows the copula.
    if (victims.empty() && slot == "subject") victims = r.listed;
    // "rejected his asylum application": the possessor inside the phrase.
    if (victims.empty() && slot == "possessor") {
      for (uint32_t t = c.first + 1; t < c.end && victims.empty(); ++t) {
        int m = ctx_.token_mention[t];
        if (m < 0 || !reader_.person_like({m})) continue;
        const Mention& mm = ctx_.mentions[m];
        bool possessive = (mm.kind == MentionKind::kPronoun && mm.possessive) ||
                          (mm.end_token < c.end && at_.has(mm.end_token, kPossessive));
        if (possessive) victims = {m};
      }
      // "His whereabouts remain unknown": the owner right before the phrase.
      if (int owner = reader_.owner_before(c.first); victims.empty() && owner >= 0) {
        victims = {owner};
        std::erase(perps, owner);
      }
    }
    // "his body was found", "the body of X was recovered": a body is someone's. Not "the
    // oversight body found that police ..." nor "the body of the report".
    if (is_literal(e.type, "killing") &&
        (is_literal(e.text, "body") || e.text.starts_with("body "))) {
      if (!reader_.person_like(reader_.named_in_apposition(victims))) return false;
      // "wounds all over his body": the noun row is "the body of X" only.
      if (is_literal(e.text, "body") && (c.end >= r.clause_end || at_.lower[c.end] != "of"))
        return false;
    }
    // "searched Maria Lopez's flat and detained his brother": the owner named right after
    // the verb is the one searched, whatever else the clause's object reaches.
    if (c.is_verb && !r.passive &&
        (is_literal(e.type, "raid_search") || is_literal(e.type, "property_seizure"))) {
      if (c.end < at_.tokens.size()) {
        int m = ctx_.token_mention[c.end];
        if (m >= 0 && ctx_.mentions[m].first_token == c.end && reader_.person_like({m}) &&
            ctx_.mentions[m].end_token < r.clause_end &&
            at_.has(ctx_.mentions[m].end_token, kPossessive)) {
          victims = {m};
        }
      }
    }
    // "the apartment and car of X", "property belonging to X", "granted asylum to X".
    // Not "taken to the detention facility of the security service": the keeper of a place.
    const bool holding_place = names_a_holding_places_keeper(at_, c.end, r.clause_end);
    if (victims.empty() && !is_response_with_actor(e.type) && !r.unknown_object && !holding_place) {
      bool owned = is_literal(e.type, "raid_search") || is_literal(e.type, "property_seizure") ||
                   is_literal(e.type, "forced_eviction") ||  // "set fire to his house"
                   is_literal(e.type, "communication_restriction") ||
                   is_literal(e.type, "travel_ban") ||
                   // "police visited the parents' home": the home's people
                   (is_literal(e.type, "harassment") && is_literal(e.text, "visit"));
      victims = reader_.owner_after(
          owned ? c.first + 1 : c.end, r.clause_end,
          is_literal(e.type, "asylum_decision") || is_literal(e.type, "release"), owned);
      if (victims.empty() && owned) victims = reader_.owner_before_relative(r.clause_start);
      if (victims.empty() && owned && r.passive)
        victims = reader_.owner_of_passive_subject(c.first);
    }
    // "took the lawyer Karim Adel into custody": the fallback "into custody" row's object is
    // the one its verb took, right before it.
    if (victims.empty() && is_literal(e.pos, "phrase") && e.text.starts_with("into "))
      victims = reader_.taken_into_custody(c.first, s.first_token);
    // "branded X a traitor", "calling X a \"foreign agent\"": the one the label is put on,
    // right before it.
    if (is_literal(e.type, "public_shaming") && is_literal(e.victim_slot, "none")) {
      if (int m = reader_.labelled(c.first, s.first_token); m >= 0) {
        victims = {m};
        std::erase(perps, m);
      }
    }
    // "occupied the home of the party's president, X, and declared it confiscated": the
    // owner of the dwelling or property named earlier in the sentence.
    if (victims.empty() &&
        (is_literal(e.type, "property_seizure") || is_literal(e.type, "raid_search") ||
         is_literal(e.type, "forced_eviction"))) {
      victims = reader_.owner_of_property_before(c.first, s.first_token);
    }
    // "demolished 60 homes, leaving about 300 families without shelter".
    if (victims.empty() && is_literal(e.type, "forced_eviction"))
      victims = reader_.left_homeless(c.end, s.end_token);
    // "an abduction case filed on behalf of the wounded driver's brother": the one a
    // complaint is made for is no victim of the act it names.
    std::erase_if(victims, [&](int m) {
      uint32_t t = ctx_.mentions[m].first_token;
      for (uint32_t k = t, n = 0; k > s.first_token && n < 6; --k, ++n) {
        if (at_.lower[k - 1] == "behalf") return true;
        if (at_.tokens[k - 1].kind != TokenKind::kWord && !at_.has(k - 1, kPossessive)) break;
      }
      return false;
    });
    // "sentenced X ... on charges of insulting the president": whom a charge names is no
    // victim of the act it is the reason for (the murder in "charged with the murder of Y"
    // keeps Y).
    if (!context_.in_charge(c.first, s.first_token)) {
      std::erase_if(victims, [&](int m) {
        return ctx_.mentions[m].first_token > c.end &&
               context_.in_charge(ctx_.mentions[m].first_token, s.first_token);
      });
    }
    // "37 protesters were detained, among them the union's leader, X": named among the many.
    // Further on in the clause too, when the act was done to a group: "forty students were
    // held for a week in March, including X and Y".
    if (!victims.empty()) {
      const bool group = std::all_of(victims.begin(), victims.end(), [&](int m) {
        return ctx_.mentions[m].kind == MentionKind::kGroup;
      });
      bool found = r.passive;
      uint32_t list = c.end;
      if (group) {
        for (uint32_t t = c.end; t < r.clause_end && t < c.end + 12; ++t) {
          if ((at_.token_text(t) == "," && t + 1 < s.end_token &&
               (at_.lower[t + 1] == "including" || at_.lower[t + 1] == "among")) ||
              at_.lower[t] == "including") {
            list = t;
            found = true;
            break;
          }
        }
      }
      if (found) {
        for (int m : reader_.named_among(list, s.end_token)) {
          if (std::find(victims.begin(), victims.end(), m) == victims.end()) victims.push_back(m);
        }
      }
    }
    return true;
  }

  // Whether the clause read around a trigger tells no act of the row's type: the wrong voice,
  // a figure of speech, a natural cause, a thing as the object, a charge's own words. The
  // senses are asked in this order; the first that answers ends the reading.
  // "were beaten 2-0 by", "beat the visitors 3-1": a match's score near the act.
  bool score_near(const Candidate& c) const {
    const uint32_t end = at_.sentences[at_.sentence_of[c.first]].end_token;
    for (uint32_t t = c.end; t + 2 < end && t < c.end + 5; ++t) {
      if (at_.tokens[t].kind == TokenKind::kNumber && at_.token_text(t + 1) == "-" &&
          at_.tokens[t + 2].kind == TokenKind::kNumber && at_.tokens[t + 1].start ==
          at_.tokens[t].end && at_.tokens[t + 2].start == at_.tokens[t + 1].end &&
          at_.token_text(t).size() <= 2 && at_.token_text(t + 2).size() <= 2 &&
          !at_.in_time[t] && !is_preposition(at_.lower[t - 1])) {
        return true;  // not "on 3-4 May", "between 10-12"
      }
    }
    return false;
  }

  // "seized the opportunity", "seize the initiative": a chance taken, no thing seized.
  bool seizes_a_chance(const Candidate& c) const {
    if (!c.is_verb || at_.verb_lemma[c.first] != "seize") return false;
    uint32_t t = c.end;
    if (t < at_.tokens.size() && (is_article(at_.lower[t]) || is_possessive_determiner(at_.lower[t])))
      ++t;
    if (t >= at_.tokens.size()) return false;
    const std::string_view w = at_.lower[t];
    return w == "opportunity" || w == "chance" || w == "initiative" || w == "moment" ||
           w == "momentum" || w == "day" || w == "imagination" || w == "occasion";
  }

  // "on fabricated smuggling charges", not "on Tuesday and charged at the crowd" nor "On
  // Tuesday prosecutors charged X": a phrase that ends in the noun "charge" ends in the noun,
  // not the verb "charged", and holds no "and" or time.
  bool misread_on_charge(const TriggerEntry& e, uint32_t first, uint32_t end) const {
    if (!is_literal(e.pos, "phrase") || !e.text.starts_with("on ") ||
        !e.text.ends_with(" charge") || end <= first + 1) {
      return false;
    }
    if (at_.lower[end - 1] == "charged") return true;
    for (uint32_t t = first + 1; t + 1 < end; ++t) {
      if (at_.lower[t] == "and" || at_.in_time[t]) return true;
    }
    return false;
  }

  bool reading_is_no_act(const TriggerEntry& e, const Candidate& c, const ClauseReading& r) {
    if (score_near(c) || seizes_a_chance(c)) return true;
    if (misread_on_charge(e, c.first, c.end)) return true;
    // "warning shots in the air above the crowd": a warning, at no one.
    if (is_literal(e.type, "assault") && is_literal(e.text, "shot") && !c.is_verb) {
      const uint32_t end = at_.sentences[at_.sentence_of[c.first]].end_token;
      for (uint32_t t = c.end; t < end && t < c.end + 4; ++t) {
        if (at_.lower[t] == "air") return true;
      }
    }
    // "the shot was fired by a guard", "rounds were fired": a weapon's shot fired is no one
    // fired from a job.
    if (is_literal(e.type, "harassment") && is_literal(e.text, "fire") && c.first > 0) {
      const uint32_t first = at_.sentences[at_.sentence_of[c.first]].first_token;
      for (uint32_t k = c.first, n = 0; k-- > first && n < 4; ++n) {
        const std::string_view noun = at_.noun_lemma[k];
        if (noun == "shot" || noun == "bullet" || noun == "round" || noun == "shell" ||
            noun == "gun" || noun == "weapon" || noun == "gas" || noun == "cartridge" ||
            noun == "projectile" || noun == "grenade" || noun == "missile" || noun == "rocket") {
          return true;
        }
      }
    }
    // "had picked it up", "took it away": a phrase's wildcard holding "it" acts on a thing.
    if (is_literal(e.pos, "phrase") && c.end > c.first + 2) {
      for (uint32_t t = c.first + 1; t + 1 < c.end; ++t) {
        if (at_.lower[t] == "it" && ctx_.token_mention[t] < 0) return true;
      }
    }
    // A row for one voice only: "X was held" is a detention, "they held a meeting" is not.
    if (c.is_verb && ((e.voice == "passive" && !r.passive) || (e.voice == "active" && r.passive))) {
      return true;
    }
    // (A person known by a role is one too: "The journalist was released on Monday".)
    if (e.voice == "passive" && !reader_.person_like(r.subject) &&
        !std::any_of(r.subject.begin(), r.subject.end(),
                     [&](int m) { return ctx_.mentions[m].kind == MentionKind::kDescriptor; })) {
      return true;
    }
    // "officers took away his father", "she was taken away by police", "police led him away":
    // the state's agents take a person. Not "police took away the banners", nor "after taking
    // them away, the gang shot a prison guard" (the guard is no doer there).
    if (is_literal(e.type, "arrest_detention") && is_literal(e.pos, "phrase") &&
        (e.text.starts_with("take ") || e.text.starts_with("lead ")) && e.text.ends_with(" away")) {
      const std::vector<int>& doers = r.passive ? r.agent : r.subject;
      const bool state = std::any_of(doers.begin(), doers.end(), [&](int m) {
        return ctx_.mentions[m].kind == MentionKind::kStateActor;
      });
      if (!state) return true;
      if (!r.passive && !reader_.person_like(r.object) &&
          std::none_of(r.object.begin(), r.object.end(),
                       [&](int m) { return ctx_.mentions[m].kind == MentionKind::kPronoun; })) {
        return true;
      }
    }
    // "police held him for four days", not "they held a press conference for two hours".
    if (e.voice == "active" && c.is_verb && is_literal(e.text, "hold") &&
        !reader_.person_like(r.object)) {
      return true;
    }
    // "Police handcuffed him", not "ordered batons, radios and handcuffs"; "soldiers publicly
    // accused X of being a rebel", not "publicly accused a neighbouring state of meddling" (a state).
    if (c.is_verb && !r.passive &&
        ((is_literal(e.text, "handcuff") && r.object.empty()) ||
         (is_literal(e.text, "publicly accuse") && !reader_.person_like(r.object)))) {
      return true;
    }
    // "jailed in absentia": sentenced while abroad, not held.
    if (is_literal(e.type, "arrest_detention") && c.end + 1 < at_.tokens.size() &&
        at_.lower[c.end] == "in" && at_.lower[c.end + 1] == "absentia") {
      return true;
    }
    // "The group warned that activists had reported beatings": an active warning with no one
    // warned, before "that", tells of a danger and threatens no one ("warned her that she
    // would be arrested" and "she was warned that ..." threaten).
    if (is_literal(e.type, "threat_intimidation") && c.is_verb && is_literal(e.text, "warn") &&
        !r.passive && c.end < at_.tokens.size() && at_.lower[c.end] == "that") {
      // A consequence to come still threatens: "warned that his passport would be
      // confiscated", "warned that anyone who shares it could be jailed".
      const uint32_t end = at_.sentences[at_.sentence_of[c.first]].end_token;
      bool to_come = false;
      for (uint32_t t = c.end + 1; t < end && !to_come; ++t) to_come = is_modal(at_.lower[t]);
      if (!to_come) return true;
    }
    // "soldiers fired on the crowd", "fired six shots at her": not "fired one parting shot at
    // the minister"; and only the past or "-ing" form (a headline's "Troops fire on marchers"
    // retells the lead, which the lead's own words tell).
    if (is_literal(e.type, "assault") && is_literal(e.pos, "phrase") &&
        (is_literal(e.text, "fire on") || is_literal(e.text, "fire ** shot at"))) {
      if (at_.lower[c.first] != "fired" && at_.lower[c.first] != "firing") return true;
      for (uint32_t t = c.first; t < c.end; ++t) {
        if (at_.lower[t] == "parting" || at_.lower[t] == "warning") return true;
      }
    }
    // "police booked him under section 153A", not "children's books" nor "books a room".
    if (is_literal(e.type, "prosecution") && is_literal(e.text, "book") && c.is_verb &&
        at_.lower[c.first] != "booked") {
      return true;
    }
    // "He was released from hospital on July 14": discharged, not freed.
    if (is_literal(e.type, "release") && c.end + 1 < at_.tokens.size() &&
        at_.lower[c.end] == "from") {
      uint32_t t = c.end + 1;
      if (t + 1 < at_.tokens.size() && is_article(at_.lower[t])) ++t;
      if (at_.lower[t] == "hospital" || at_.lower[t] == "clinic") return true;
    }
    // "She went into hiding in December and has not been seen since": unseen while in hiding
    // is no disappearance.
    if (is_literal(e.type, "enforced_disappearance") && is_literal(e.pos, "phrase")) {
      const Sentence& s = at_.sentences[at_.sentence_of[c.first]];
      for (uint32_t t = s.first_token + 1; t < s.end_token; ++t) {
        if (at_.lower[t] == "hiding" && (at_.lower[t - 1] == "into" || at_.lower[t - 1] == "in")) {
          return true;
        }
      }
    }
    // "released after serving her sentence", "had completed his term": the sentence of an
    // earlier act, told as served, is no new one.
    // (Only "her sentence", "the term": "9 were serving sentences of ten years" tells of the
    // sentences passed.)
    if (is_literal(e.type, "prosecution") && !c.is_verb && c.first >= 2 &&
        (at_.noun_lemma[c.first] == "sentence" || at_.noun_lemma[c.first] == "term") &&
        (is_possessive_determiner(at_.lower[c.first - 1]) || is_article(at_.lower[c.first - 1]))) {
      const std::string_view lemma = at_.verb_lemma[c.first - 2];
      if (lemma == "serve" || lemma == "complete" || lemma == "finish") return true;
    }
    // "Officers summoned X and Y": a plain summons takes a person; "the ministry summoned the
    // ambassador" is diplomacy, no questioning.
    if (is_literal(e.type, "interrogation") && c.is_verb && is_literal(e.text, "summon") &&
        !r.passive) {
      if (e.requires_any.empty() && !reader_.person_like(r.object)) return true;
      for (uint32_t t = c.end; t < c.end + 4 && t < r.clause_end; ++t) {
        const std::string_view n = at_.noun_lemma[t];
        if (n == "ambassador" || n == "envoy" || n == "diplomat" || n == "chargé" ||
            n == "charge") {
          return true;
        }
      }
    }
    // "The factory fired union organiser X", not "the factory fired up its furnaces": an
    // active dismissal needs a person as its object.
    if (is_literal(e.type, "harassment") && c.is_verb && !r.passive &&
        (is_literal(e.text, "fire") || is_literal(e.text, "dismiss") ||
         is_literal(e.text, "sack")) &&
        !r.object.empty() && !reader_.person_like(r.object)) {
      return true;
    }
    if (is_literal(e.type, "harassment") && c.is_verb && !r.passive && is_literal(e.text, "fire") &&
        c.end < at_.tokens.size() && at_.lower[c.end] == "up") {
      return true;
    }
    // "Riot police charged protesters with batons": what the charge is "with" is a weapon.
    if (c.is_verb && is_literal(e.text, "charge") && is_literal(e.type, "prosecution")) {
      const uint32_t end = at_.sentences[at_.sentence_of[c.first]].end_token;
      for (uint32_t t = c.end; t + 1 < end && t < c.end + 6; ++t) {
        if (at_.lower[t] != "with") continue;
        const std::string_view n = at_.noun_lemma[t + 1];
        if (n == "baton" || n == "truncheon" || n == "club" || n == "stick" || n == "shield" ||
            n == "horse" || n == "whip" || n == "bayonet" || n == "tear" || n == "water") {
          return true;
        }
        break;
      }
    }
    // "Police charged union leader X on Friday": with no crime named, a charge is legal only
    // when a name is its object; "riot police charged the crowd" is a rush at people.
    // The verb is "charged" after its subject (not "Charges were brought", "a charged
    // atmosphere"), and the name comes right after it, past a role ("union leader").
    if (e.voice == "active" && c.is_verb && is_literal(e.text, "charge") &&
        e.requires_any.empty()) {
      bool named = false;
      if (!unmarked_charge(e, c.first) && c.end == c.first + 1) {
        for (int m : r.object) {
          const Mention& o = ctx_.mentions[m];
          named =
              named || (o.kind == MentionKind::kPerson && o.first_token >= c.end &&
                        o.first_token <= c.end + 3 &&
                        std::all_of(at_.tokens.begin() + c.end, at_.tokens.begin() + o.first_token,
                                    [](const Token& k) { return k.kind == TokenKind::kWord; }));
        }
      }
      if (!named) return true;
    }
    // "his parents urged him to stop his activities": relatives urging one of their own is
    // no call for redress (and often pressure put through them).
    if (is_literal(e.type, "advocacy") && c.is_verb && is_literal(e.text, "urge") &&
        c.end < at_.tokens.size() && urged_by_kin(r, c.end)) {
      return true;
    }
    // '"I told him to stop," his widow said': a relative's plea, no threat.
    if (is_literal(e.type, "threat_intimidation") &&
        at_.verb_lemma[c.first] == "tell" && c.first + 1 < at_.tokens.size() &&
        urged_by_kin(r, c.first + 1)) {
      return true;
    }
    // "the space for independent journalism has all but disappeared": a thing that
    // disappears is no one taken. The word before the verb group, past its auxiliaries and
    // adverbs ("has all but"), is a noun naming no one.
    if (c.is_verb && is_literal(e.text, "disappear") && !r.passive && r.subject.empty()) {
      const uint32_t first = at_.sentences[at_.sentence_of[c.first]].first_token;
      uint32_t t = c.first;
      while (t > first) {
        const std::string_view w = at_.lower[t - 1];
        if (!is_be(w) && w != "has" && w != "have" && w != "had" && !is_modal(w) &&
            !is_adverb_like(w) && w != "but" && w != "virtually" && w != "simply") {
          break;
        }
        --t;
      }
      if (t > first) {
        const std::string_view w = at_.lower[t - 1];
        // (Not "his friend who disappeared", "whose child has disappeared": people.)
        const bool owned = t >= 2 && is_possessive_determiner(at_.lower[t - 2]);
        if (ctx_.token_mention[t - 1] < 0 && at_.has(t - 1, kLowerCase) && !owned &&
            w != "who" && w != "which" && w != "that" && at_.verb_lemma[t - 1] == w &&
            Lemmatizer::instance().is_lemma(w, Pos::kNoun) &&
            !is_person_noun(at_.noun_lemma[t - 1]) && kinship_noun(w) == nullptr) {
          return true;
        }
      }
    }
    if (senses_.figurative_killing(e, c, r)) return true;
    // "the trial of a new malaria vaccine", "a hearing of the budget": no one is tried.
    if (!c.is_verb && r.thing_object && is_literal(e.type, "prosecution")) return true;
    // "an assault on democracy", "an attack against press freedom": an attack in
    // words on an abstract thing.
    if (!c.is_verb && is_literal(e.type, "assault") && senses_.aimed_at_abstract_thing(c.end))
      return true;
    // "the outbreak that has now killed 3,000 people", "an earthquake struck, killing 200":
    // deaths from a disease or a disaster are no killing.
    if (is_literal(e.type, "killing") && senses_.caused_by_nature(c.first)) return true;
    if (senses_.hurt_in_accident(e, c.first)) return true;
    if (senses_.follows_in_time(e, c)) return true;
    // "the spokesman accused the activist of spying", "rights groups accused the
    // police of torture": only the state's prosecutors, police or courts accuse in law.
    // (Not "a man accused of murder", "stands accused of fraud": no object, the accused
    // before.)
    if (is_literal(e.type, "prosecution") && is_literal(e.text, "accuse") && c.is_verb &&
        !r.passive && c.end < at_.tokens.size() && at_.lower[c.end] != "of" && !r.subject.empty() &&
        !reader_.all_state_actors(r.subject)) {
      return true;
    }
    // "sentenced to ten years in prison", "life in jail": the term of a sentence, which the
    // prosecution row tells; "the poet X has been in prison since May" is a detention.
    if (is_literal(e.type, "arrest_detention") && is_literal(e.pos, "phrase") && c.first > 0 &&
        (is_literal(e.text, "in prison") || is_literal(e.text, "in jail"))) {
      std::string_view before = at_.lower[c.first - 1];
      if (is_time_unit(before) || before == "life" || before == "term" || before == "terms" ||
          before == "sentence" || before == "sentences") {
        return true;
      }
    }
    // "sentenced to three years of imprisonment", "five years' imprisonment": the term too.
    if (is_literal(e.type, "arrest_detention") && is_literal(e.text, "imprisonment") &&
        c.first >= 2) {
      uint32_t k = c.first - 1;
      if (at_.lower[k] == "of" || at_.has(k, kPossessive) || at_.token_text(k) == "'" ||
          at_.token_text(k) == "\u2019") {
        --k;
      }
      // Only after a verb of sentencing: "after 20 years of imprisonment, he came home" is
      // the time he was held.
      const uint32_t first = at_.sentences[at_.sentence_of[c.first]].first_token;
      bool sentencing = false;
      for (uint32_t t = first; t < k && !sentencing; ++t) {
        const std::string_view v = at_.verb_lemma[t];
        sentencing = v == "sentence" || v == "punish" || v == "risk" || v == "face" ||
                     v == "condemn" || v == "receive";
      }
      if (sentencing && is_time_unit(at_.lower[k])) return true;
    }
    // "two counts of kidnapping", "three counts murder": a charge's name in a list of counts.
    if (c.first > 0) {
      uint32_t k = c.first - 1;
      if (at_.lower[k] == "of" && k > 0) --k;
      if (at_.lower[k] == "count" || at_.lower[k] == "counts") return true;
    }
    // "detained in reprisal for his reporting", "jailed in retaliation for": the noun is the
    // act's reason, read by the reprisal cue, not an act of its own.
    if (!c.is_verb && senses_.inside_reprisal_cue(c.first)) return true;
    // "shamed at a meeting as a warning that his son should stop", "beaten as a warning to
    // others": the warning is the purpose of the act told, not an act of its own.
    if (!c.is_verb && is_literal(e.type, "threat_intimidation") && c.first >= 2 &&
        (at_.lower[c.first - 1] == "a" || at_.lower[c.first - 1] == "an") &&
        at_.lower[c.first - 2] == "as") {
      return true;
    }
    // "his denunciations of the policy": shaming is of someone.
    if (r.thing_object && is_literal(e.type, "public_shaming")) return true;
    // "bundled the boxes into a car": an abduction phrase whose object, inside it, is a thing.
    if (is_literal(e.type, "abduction") && is_literal(e.pos, "phrase") && c.end > c.first + 2 &&
        reader_.thing_inside(c.first, c.end)) {
      return true;
    }
    // "hung lanterns from the ceiling": someone must hang, inside the phrase or as the
    // passive's subject.
    if (is_literal(e.type, "torture_ill_treatment") && e.text.starts_with("hang ") && !r.passive &&
        !reader_.someone_inside(c.first + 1, c.end)) {
      return true;
    }
    // "the torture of horses", "the execution of the plan": a noun act of a thing.
    if (!c.is_verb && r.thing_object &&
        (is_literal(e.type, "killing") || is_literal(e.type, "torture_ill_treatment"))) {
      return true;
    }
    // "after releasing a song that criticised the police": a thing released is no release;
    // nor is "kicking a door" ill-treatment or assault, "executed the warrant" a killing,
    // "suspended the opening of the plant" harassment or "questioned the decision" questioning.
    // (An attack on a thing, "attacked the newspaper's offices", is still told, and so is
    // harassing or persecuting "the church".)
    if (c.is_verb && !r.passive && r.thing_object &&
        (is_literal(e.type, "release") || is_literal(e.type, "killing") ||
         is_literal(e.type, "torture_ill_treatment") || is_literal(e.type, "threat_intimidation") ||
         is_literal(e.type, "interrogation") ||
         (is_literal(e.type, "harassment") && !is_literal(e.text, "harass") &&
          !is_literal(e.text, "persecute")) ||
         (is_literal(e.type, "assault") && !is_literal(e.text, "attack")))) {
      return true;
    }
    // "a cargo ship formerly detained in port", "the vehicles seized": a participle after a
    // thing tells what was done to the thing; only acts on people are dropped (a seizure of
    // goods, an attack on a building are still told).
    if (c.is_verb && r.thing_before_participle &&
        ((done_to_people(e.type) && !is_literal(e.type, "assault")) ||
         is_literal(e.type, "release"))) {
      return true;
    }
    // "accused of organising riots", "charged with assaulting officers": what a charge says
    // the accused did is the prosecution's reason, not an act of its own. Only a protest or
    // an act on state agents: "the guard was charged with beating a prisoner" tells a beating.
    if ((alleged_only(e.type) || (is_literal(e.type, "assault") && !r.object.empty() &&
                                  reader_.all_state_actors(r.object))) &&
        context_.in_charge(c.first, at_.sentences[at_.sentence_of[c.first]].first_token)) {
      return true;
    }
    // "sentenced for \"abusing democratic freedoms\"", "convicted of \"inciting hatred\"": a
    // charge's name in quotation marks is the prosecution's reason, not an act, unless it
    // names a person it was done to.
    if (c.is_verb && is_literal(e.pos, "verb") && c.first >= 2 &&
        at_.has(c.first - 1, kOpenQuote) &&
        (at_.lower[c.first - 2] == "for" || at_.lower[c.first - 2] == "of" ||
         at_.lower[c.first - 2] == "with" || at_.lower[c.first - 2] == "over") &&
        !reader_.person_like(r.object)) {
      return true;
    }
    return false;
  }

  void make_event(const Candidate& c) {
    const TriggerEntry& e = *c.entry;
    if (vetoed(at_, lemmas_, c.first, c.end) || inside_a_name(c) || mandate_subject(c) ||
        section_heading(c) || people_named_by_their_act(c)) {
      return;
    }
    ClauseReading r =
        read_clause(ctx_, c.first, c.end, c.is_verb, is_response_with_actor(e.type) ? 30 : 8,
                    /*people_only=*/is_response_with_actor(e.type));
    if (reading_is_no_act(e, c, r)) return;
    // "Two days after the deportation, officers summoned his father": an act named as a
    // date's anchor, told before, is that act again.
    const bool anchor_act = !c.is_verb && names_an_earlier_act(c.first, e.type);
    const bool own_victim = r.possessor >= 0 || (c.end < at_.tokens.size() &&
                                                 at_.lower[c.end] == "of" && !r.object.empty());
    if (anchor_act && !own_victim) return;
    // Built in place at the end of the events (run() reserved room for every candidate, so
    // nothing moves), and taken off again when the candidate turns out to be no event.
    Event& ev = events_.emplace_back();
    struct TakenOffUnlessKept {
      std::vector<Event>& events;
      bool kept = false;
      ~TakenOffUnlessKept() {
        if (!kept) events.pop_back();
      }
    } made{events_};
    ev.type = std::string(e.type);
    ev.cameo = std::string(e.cameo.empty() ? lex_.cameo_of(e.type) : e.cameo);
    ev.outcome = std::string(e.outcome);
    {
      // "verb-arrest_detention-r12-passive", built in one allocation.
      const std::string row = std::to_string(e.row);
      ev.rule.reserve(e.pos.size() + e.type.size() + row.size() + 11);
      ev.rule.append(e.pos).append("-").append(e.type).append("-r").append(row);
      if (r.passive) ev.rule.append("-passive");
    }
    ev.trigger = ctx_.span(at_.tokens[c.first].start, at_.tokens[c.end - 1].end);
    const Sentence& s = at_.sentences[at_.sentence_of[c.first]];
    if (is_literal(e.type, "asylum_decision") && ev.outcome == "pending") {
      ev.outcome = decided_claim(c.end, s.end_token);
    } else if (is_literal(e.type, "asylum_decision") && ev.outcome.empty()) {
      // "His application for asylum was rejected": a bare "asylum" takes only a verdict.
      if (std::string d = decided_claim(c.end, s.end_token); d != "pending") ev.outcome = d;
    }
    // "called on the government to drop the charges against X": the charges stand; only their
    // dropping is asked for.
    if (ev.outcome == "acquitted" && dropping_asked_for(c.first, s.first_token)) {
      ev.outcome = "charged";
    }
    ev.evidence = ctx_.span(s.start, s.end);
    ev.negated = r.negated || denied_above(c.first) || claim_called_false(c.first, s);
    ev.hypothetical = r.hypothetical || requested(c.first, c.is_verb, e.type) ||
                      asks_about(s, c.first) || imperative(c.first, e.pos, s) ||
                      inverted_condition(c.first, s) || requested_that(c.first, s) ||
                      permitted_by_law(c.first, s) || penalty_carried(c.first, s) ||
                      due_to_come(c, s);
    ev.generic = r.generic;

    std::vector<int> victims, perps, actors;
    read_roles(e, c, r, &victims, &perps, &actors);
    if (!c.is_verb && !r.agent.empty()) complainant_is_no_doer(c, r, &victims, &perps);
    // "has documented cases of enforced disappearance since 2016": acts on record, many of
    // them, not one incident the text tells.
    // ("enforced disappearance" opens with a participle but is a noun phrase.)
    if (!r.subject.empty() && (!c.is_verb || is_literal(e.pos, "phrase")) && acts_counted(c) &&
        records_acts_between(r.subject.back(), c.first)) {
      ev.generic = true;
      auto subject = [&](int m) {
        return std::find(r.subject.begin(), r.subject.end(), m) != r.subject.end();
      };
      std::erase_if(victims, subject);
      std::erase_if(perps, subject);
    }
    if (!complete_victims(e, c, r, s, &victims, &perps)) return;
    // "The detained students are:" above one name to a line: the names are the students.
    if (!r.listed.empty() && !victims.empty() &&
        std::all_of(victims.begin(), victims.end(),
                    [&](int m) { return ctx_.mentions[m].kind == MentionKind::kGroup; }) &&
        std::all_of(r.listed.begin(), r.listed.end(),
                    [&](int m) { return ctx_.mentions[m].kind == MentionKind::kPerson; })) {
      victims = r.listed;
    }
    if (victims.empty() && is_literal(e.pos, "phrase") && is_repression(e.type)) {
      if (const int m = aimed_against(c, s); m >= 0) victims = {m};
    }
    if (victims.empty() && !is_literal(e.pos, "verb")) {
      if (const int m = subjected_object(c.first); m >= 0) victims = {m};
    }
    if (victims.empty() && !is_literal(e.pos, "verb")) {
      if (const int m = subject_after_opening(c.first, s); m >= 0) victims = {m};
    }
    if (victims.empty() && perps.empty() && r.subject.empty()) {
      if (const int m = entry_subject(c, s); m >= 0) victims = {m};
    }
    if (c.is_verb && !r.passive && !victims.empty()) add_gapped_objects(s, &victims);
    // "Police released X on Monday" needs no word of custody, but only a person right after
    // the verb. Whatever row: "released a video of X" and "released the names of the dead"
    // free no one ("released three of the detainees" does).
    if (c.is_verb && is_literal(e.type, "release") && is_literal(e.text, "release") && !r.passive) {
      const uint32_t victim_at =
          !victims.empty() && victims.front() >= 0 ? ctx_.mentions[victims.front()].first_token : 0;
      bool thing_of = false;
      for (uint32_t t = c.end; t < victim_at && !thing_of; ++t) {
        if (at_.lower[t] != "of" || t == c.end) continue;
        const std::string_view q = at_.lower[t - 1];
        thing_of = at_.tokens[t - 1].kind != TokenKind::kNumber && q != "some" && q != "all" &&
                   q != "many" && q != "most" && q != "several" && q != "one" && q != "two" &&
                   q != "three" && q != "four" && q != "five" && q != "dozens" && q != "hundreds" &&
                   q != "each" && q != "both" && q != "rest";
      }
      if (thing_of) return;
      if (e.requires_any.empty() &&
          (victim_at < c.end || victim_at > c.end + 3 ||
           std::any_of(at_.lower.begin() + c.end, at_.lower.begin() + victim_at,
                       [](std::string_view w) { return w == "," || w == "'s"; }))) {
        return;
      }
    }
    // "We have heard nothing from the ministry": only silence about a person is a
    // disappearance, and those who have heard nothing are never the ones missing.
    if (is_literal(e.type, "enforced_disappearance") && e.text.starts_with("hear nothing")) {
      std::erase_if(victims, [&](int m) {
        return std::find(r.subject.begin(), r.subject.end(), m) != r.subject.end();
      });
      if (!reader_.person_like(victims) && std::none_of(victims.begin(), victims.end(), [&](int m) {
            return ctx_.mentions[m].kind == MentionKind::kDescriptor;
          })) {
        return;
      }
    }
    // "the deaths were being investigated", "the killing is under investigation": an inquiry
    // into an act, with no one it is against, is no prosecution.
    if (victims.empty() && is_literal(e.type, "prosecution") &&
        (is_literal(e.text, "investigate") || is_literal(e.text, "under investigation"))) {
      return;
    }
    // "In penal colony No. 15 the regime is harsh": being in a colony, said of no one, is a
    // place, not an act. (Not "in prison" or "in custody": "I'm in prison", told by a narrator
    // not yet named, is an act.)
    if (victims.empty() && is_literal(e.type, "arrest_detention") &&
        is_literal(e.pos, "phrase") && e.text.starts_with("in ") &&
        e.text.find("penal colony") != std::string_view::npos) {
      return;
    }
    // "Relatives of X have had no news of him", "relatives were not told where she was held":
    // who lacks news of a disappeared person is the family, never the one who took them.
    if (is_literal(e.type, "enforced_disappearance") && !r.subject.empty() &&
        (e.text.find("news") != std::string_view::npos ||
         e.text.find("hear nothing") != std::string_view::npos ||
         e.text.find("know where") != std::string_view::npos ||
         e.text.find("tell where") != std::string_view::npos)) {
      std::erase_if(perps, [&](int m) {
        return std::find(r.subject.begin(), r.subject.end(), m) != r.subject.end();
      });
    }
    // "leaving the court out of its custody", "the regime claimed they were tortured": an
    // institution is no one a person's act can be done to (it can still be banned, searched
    // or threatened).
    if (done_to_people(e.type)) {
      std::erase_if(victims, [&](int m) { return reader_.names_a_body(m); });
    }
    // "Iran executed the poet X", "Belarus jailed the journalist Y": a country that does a
    // state's act to someone is its state, when the text names no organ of it.
    const int country_doer =
        perps.empty() && c.is_verb && !r.passive && !victims.empty() && is_repression(e.type)
            ? senses_.country_before(c.first, r.clause_start)
            : -1;
    // The noun the names stand for is no perpetrator either ("the detained legislators, X,").
    std::vector<std::string> stood_for = reader_.entities_of(victims);
    victims = reader_.named_in_apposition(victims);
    // "the authorities accused the hosts, a rights office, of providing a platform": a
    // government accusing an organisation speaks; only prosecutors, investigators or courts
    // accuse one in law.
    if (is_literal(e.type, "prosecution") && is_literal(e.text, "accuse") && c.is_verb &&
        !r.passive && !victims.empty() &&
        std::all_of(victims.begin(), victims.end(),
                    [&](int m) { return ctx_.mentions[m].kind == MentionKind::kOrganization; }) &&
        !senses_.names_justice_organ(r.subject)) {
      return;
    }
    ev.victims = reader_.entities_of(victims);
    // "announced asset freezes and travel bans on three officials responsible for the abuses":
    // sanctions on the state's own agents are no repression of them.
    if ((is_literal(e.type, "travel_ban") || is_literal(e.type, "property_seizure")) &&
        !ev.victims.empty() && std::all_of(ev.victims.begin(), ev.victims.end(), [&](auto& v) {
          const Entity& who = ctx_.entities[std::stoi(v)];
          return who.kind == "state_actor" && who.category.starts_with("state");
        })) {
      return;
    }
    // ...unless it names a victim no earlier act of its type had: "two weeks after the body of
    // another activist, X, was found" is X's killing, not the one told before.
    if (anchor_act &&
        (ev.victims.empty() || std::any_of(events_.begin(), events_.end() - 1,  // not ev itself
                                           [&](const Event& o) {
                                             return o.type == ev.type && o.victims == ev.victims;
                                           }))) {
      return;
    }
    // "Police routinely detain critics; they detained Ana Lima in May": an act on a named
    // person, or on a relative of one ("kicked her repeatedly and threatened to arrest her
    // mother"), is a specific act, whatever the clause's habitual words.
    if (ev.generic) {
      for (const std::string& v : ev.victims) {
        const Entity& ent = ctx_.entities[std::stoi(v)];
        if (ent.kind == "person" && (ent.named || reader_.is_kin_of_someone(v))) ev.generic = false;
        // "Relatives of the exiled journalist X have been repeatedly summoned": the relatives
        // of one named person are some people, not "relatives of exiles" at large.
        if (ent.kind == "group" && reader_.is_kin_of_named_person(v)) ev.generic = false;
      }
    }
    if (!c.is_verb && ev.victims.empty() && documented_kind_of_act(c, s)) ev.generic = true;
    if (ev.victims.empty() && act_defined(c, s)) ev.generic = true;
    if (!is_literal(e.pos, "verb") && ev.victims.empty() && named_by_a_norm(c, s))
      ev.generic = true;
    const bool listed_kind = !c.is_verb && ev.victims.empty() && listed_kind_of_act(c);
    ev.perpetrators = reader_.entities_of(perps);
    std::erase_if(ev.perpetrators, [&](const std::string& p) {
      return std::find(ev.victims.begin(), ev.victims.end(), p) != ev.victims.end();
    });
    ev.actors = reader_.entities_of(actors);
    // "Economists warned that the factory could lose jobs", "rising prices threaten the
    // harvest": a warning or a threat is intimidation only when someone gives it or gets it.
    if ((is_literal(e.text, "warn") || is_literal(e.text, "threaten")) && ev.victims.empty() &&
        ev.perpetrators.empty()) {
      return;
    }
    if (is_literal(e.type, "threat_intimidation") && ev.victims.empty() &&
        senses_.threatens_no_one(e, c))
      return;
    // "a land defender who had denounced illegal logging": a person denouncing no one shames no
    // one (a state, its media or a crowd shame someone).
    if (is_literal(e.type, "public_shaming") && c.is_verb && !r.passive && ev.victims.empty() &&
        !ev.perpetrators.empty() &&
        std::all_of(ev.perpetrators.begin(), ev.perpetrators.end(), [&](const std::string& p) {
          return ctx_.entities[std::stoi(p)].kind == "person";
        })) {
      return;
    }
    // "Human rights groups warned that he would face torture if returned": those who speak for
    // the victim warn of a danger; they do not threaten.
    if (is_literal(e.text, "warn") && !perps.empty() &&
        std::all_of(perps.begin(), perps.end(),
                    [&](int m) { return reader_.speaks_for_victims(ctx_.mentions[m]); })) {
      return;
    }
    // "Human Rights Watch called on the authorities to investigate the ill-treatment": those
    // who call for redress did not do the act they name (nor the release they ask for).
    if (!ev.perpetrators.empty() && (is_repression(e.type) || is_literal(e.type, "release")) &&
        calls_before(c.first, s) && std::all_of(perps.begin(), perps.end(), [&](int m) {
          return reader_.speaks_for_victims(ctx_.mentions[m]);
        })) {
      ev.perpetrators.clear();
    }
    if (is_literal(e.type, "organization_ban") && ev.victims.empty()) {
      // "the banned party": the organisation the trigger qualifies.
      for (uint32_t t = c.end; t < c.end + 6 && t < s.end_token; ++t) {
        int m = ctx_.token_mention[t];
        if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kOrganization) {
          ev.victims = reader_.entities_of({m});
          break;
        }
      }
    }
    // "Officials designated X a foreign agent", "declared him an extremist": the status is
    // given to a person, so it is pressure on that person, not the ban of an organisation.
    // So is a designation row's victim that is a person ("X was listed as a foreign agent").
    if (is_literal(e.type, "organization_ban")) {
      int person = ev.victims.empty() ? designated_person(c.first, s.first_token) : -1;
      // ("suspended the licence of the lawyer X": a person's licence is no ban of a body.)
      const bool persons_designated =
          !ev.victims.empty() &&
          std::all_of(ev.victims.begin(), ev.victims.end(), [&](const std::string& v) {
            return ctx_.entities[std::stoi(v)].kind == "person";
          });
      if (person >= 0 || persons_designated) {
        ev.type = "harassment";
        ev.cameo = std::string(lex_.cameo_of("harassment"));
        ev.rule.append("-person");
        if (person >= 0) ev.victims = reader_.entities_of({person});
      }
    }
    // "kidnapped near the market and held in a farmhouse until his family paid", "The trader
    // was kept in a cellar" after it: the captivity of a kidnapping is the abduction, no
    // detention.
    if (is_literal(ev.type, "arrest_detention") && is_literal(e.text, "hold") &&
        held_by_kidnappers(c)) {
      ev.type = "abduction";
      ev.cameo = std::string(lex_.cameo_of("abduction"));
      ev.rule.append("-captivity");
    }
    ev.law_enforcement = names_ordinary_crime(at_, ev.type, c.end, s, &crime_words_);
    if (ev.perpetrators.empty() && is_literal(ev.type, "enforced_disappearance")) {
      ev.perpetrators = takers_of(ev.victims, at_.sentence_of[c.first]);
    }
    context_.complete(&ev, c.first, c.end, is_repression(e.type), r.reduced);
    // "On 18 March X lodged a complaint of ill-treatment with the prosecutor's office": the
    // act complained of happened before the complaint, to the one complaining, and the body
    // the complaint went to did not do it.
    if (const int complainant = complained_of(c); complainant != -1) {
      ev.date = DateValue{};
      ev.perpetrators = reader_.entities_of(perps);
      if (ev.victims.empty() && complainant >= 0) ev.victims = reader_.entities_of({complainant});
    }
    if (is_literal(ev.type, "release")) released_after_term(c.first, s, &ev.date);
    if (ev.perpetrators.empty() && country_doer >= 0)
      ev.perpetrators = reader_.entities_of({country_doer});
    // "urged Kazakhstan to stop harassing lawyers", "called on the authorities to end the
    // harassment": those asked to stop do the act, not those who ask; and the act goes on.
    if (const int asked = asked_to_stop(c.first, s.first_token); asked >= 0 && c.first > 0) {
      ev.perpetrators = reader_.entities_of({asked});
      ev.hypothetical = false;
    }
    // "the government said \"armed elements\" had attacked a police station": the act's own
    // subject did it, though the text names no one for it.
    if (r.unnamed_subject && perps.empty()) ev.perpetrators.clear();
    // "X, a member of the banned Group 24 movement, was detained in Istanbul in April": a
    // participle before its noun tells how things stand, not an act of the clause, so the
    // clause's date and place are the detention's, not the ban's. (The state the sentence
    // names stays the likely author: "Dushanbe has dubbed the banned party terrorist".)
    // "Police on Wednesday arrested a man suspected of killing X": the arrest's day is not
    // the killing's (one after the deed is: "accused of kidnapping X in 2002").
    bool deed_dated = false;
    for (uint32_t t = c.end; r.charged_deed && t < s.end_token && !deed_dated; ++t) {
      deed_dated = at_.in_time[t];
    }
    if (r.charged_deed && !deed_dated) {
      ev.date = {};
      ev.date_year_written = false;
      ev.date_month_written = false;
    }
    if (r.attributive || r.series) {
      ev.date = {};
      ev.date_year_written = false;
      ev.date_month_written = false;
      ev.location.clear();
    }
    // Nor may the sentence's state actor, found as a fallback, be the noun they stand for.
    std::erase_if(ev.perpetrators, [&](const std::string& p) {
      return std::find(stood_for.begin(), stood_for.end(), p) != stood_for.end();
    });
    // Counted in tenths, so the figure prints as written ("0.5", not "0.49999999999999994").
    ev.confidence = (6 + (ev.victims.empty() ? 0 : 2) + (ev.perpetrators.empty() ? 0 : 1) -
                     (ev.generic ? 2 : 0)) /
                    10.0;
    trigger_tokens_.push_back(c.first);
    listed_kind_.push_back(listed_kind);
    made.kept = true;
  }

  DocumentContext& ctx_;
  const AnnotatedText& at_;
  const TriggerLexicon& lex_;
  std::vector<Event>& events_;
  EventContext context_;
  VictimReader reader_;
  ActSenses senses_{ctx_, reader_};
  std::vector<std::string_view> lemmas_;
  std::vector<uint32_t> lemma_id_;  // the id of lemmas_[i] in at_.words
  // hits_of's answers: by word id, an index into word_hits_, kNoHits or kNotAsked.
  static constexpr uint32_t kNotAsked = UINT32_MAX, kNoHits = UINT32_MAX - 1;
  static inline const TriggerWordHits kEmptyHits{};
  std::vector<uint32_t> hits_of_word_;
  std::vector<uint8_t> forms_of_word_;  // has_cues' and has_rows' answers, by lower-cased id
  CrimeWords crime_words_{at_};
  std::span<const CueEntry> cues_;
  std::vector<CueSecond> cue_second_;  // by index in cues_
  // A deque: find_triggers keeps pointers to one token's forms' entries while it asks for the
  // next form, which may add an entry (a vector's growth would leave them dangling).
  std::deque<TriggerWordHits> word_hits_;
  std::vector<uint32_t> trigger_tokens_;
  std::vector<bool> listed_kind_;  // by event: a bare plural act noun in a list, no victim
  static constexpr uint32_t kNoSentence = UINT32_MAX;
  // requirements_met's answers: by trigger row, the sentence asked about and the answer.
  mutable std::vector<uint32_t> requirements_sentence_;
  mutable std::vector<uint8_t> requirements_answer_;
  // required_ids' answers: by trigger row, kNotAsked or where the row's count and ids start in
  // required_ids_.
  mutable std::vector<uint32_t> required_at_;
  mutable std::vector<uint32_t> required_ids_;
  // phrase_may_match's answers: by trigger row, kNotAsked, kMatchesNowhere or where the row's
  // ids start in phrase_ids_.
  static constexpr uint32_t kMatchesNowhere = UINT32_MAX - 1;
  std::span<const TriggerEntry> entries_;
  std::vector<uint32_t> phrase_at_;
  std::vector<uint32_t> phrase_ids_;
  // mark_sentence's marks: by word id, the last sentence marked that holds the word.
  mutable std::vector<uint32_t> sentence_of_word_;
  mutable uint32_t marked_sentence_ = kNoSentence;
};

}  // namespace

uint8_t trigger_forms_note(std::string_view lower, std::string_view verb, std::string_view noun) {
  const TriggerLexicon& lex = TriggerLexicon::instance();
  // The finder's lemma of a word (build_lemmas): its verb lemma when that differs from the
  // word (an inflected verb form), else its noun lemma.
  const bool inflected = verb != lower;
  const TriggerWordHits as_lower = lex.hits(lower);
  const TriggerWordHits as_verb = inflected ? lex.hits(verb) : as_lower;
  const TriggerWordHits as_noun = noun == lower  ? as_lower
                                  : noun == verb ? as_verb
                                                 : lex.hits(noun);
  const TriggerWordHits& as_lemma = inflected ? as_verb : as_noun;
  uint8_t forms = kCuesAsked | kRowsAsked;
  if (!as_lemma.cues.empty() || !as_lower.cues.empty()) forms |= kCues;
  if (has_trigger_rows(as_lower) || has_trigger_rows(as_verb) || has_trigger_rows(as_noun)) {
    forms |= kRows;
  }
  return forms;
}

void find_events(DocumentContext* ctx, const CivilDate& reference, std::vector<Event>* events) {
  EventFinder finder(ctx, reference, events);
  finder.run();
}

}  // namespace casebook
