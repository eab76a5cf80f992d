// Clause reading around a trigger (see event_clause.h).
#include "extract/event_clause.h"

#include <algorithm>
#include <string>

#include "extract/clause_words.h"
#include "extract/mention_lists.h"
#include "extract/quotes.h"
#include "extract/word_classes.h"
#include "nlp/gazetteer.h"
#include "nlp/lemmatizer.h"
#include "nlp/person_nouns.h"

namespace casebook {

bool is_argument(const Mention& m) {
  switch (m.kind) {
    case MentionKind::kPerson:
    case MentionKind::kGroup:
    case MentionKind::kOrganization:
    case MentionKind::kStateActor:
      return true;
    case MentionKind::kPronoun:
      // An unresolved "they" still fills its slot: the event finder may read it as the
      // people named together just before.
      return (m.entity >= 0 || (m.plural && !m.first_person)) && !m.possessive;
    case MentionKind::kRelative:
    case MentionKind::kDescriptor:
      return m.entity >= 0;
    default:
      return false;
  }
}

namespace {

class ClauseReader {
 public:
  ClauseReader(const DocumentContext& ctx, uint32_t first, uint32_t end, bool is_verb,
               uint32_t object_window, bool people_only)
      : ctx_(ctx),
        at_(ctx.at),
        first_(first),
        end_(end),
        is_verb_(is_verb),
        object_window_(object_window),
        people_only_(people_only) {}

  ClauseReading read() {
    const Sentence& s = at_.sentences[at_.sentence_of[first_]];
    sentence_end_ = s.end_token;
    find_bounds(s);
    int aux = is_verb_ ? auxiliary() : -1;
    // The participle of the trigger: its first word, or for a phrase ("publicly shamed",
    // "forced out of their home") the first inflected word in it.
    bool participle = false;
    uint32_t inflected = first_;
    for (uint32_t t = first_; t < end_ && t < first_ + 2 && !participle; ++t) {
      // (An -ed word WordNet lacks, "rearrested", after an auxiliary is one too.)
      participle = at_.lower[t] != at_.verb_lemma[t] ||
                   (aux >= 0 && (is_same_form_participle(at_.lower[t]) ||
                                 (at_.lower[t].size() > 4 && at_.lower[t].ends_with("ed"))));
      inflected = t;
    }
    r_.passive = aux >= 0 && participle && !progressive(aux, inflected);
    if (is_verb_ && aux < 0 && participle && first_ > 0 && end_ == first_ + 1) {
      std::string_view d = low(first_ - 1);
      r_.attributive = opens_noun_phrase(d) && d != "this" && d != "your";
      // "Lawyer for jailed editor", "release of detained activists": after a preposition,
      // before the noun it qualifies.
      // Also past a demonym ("Lawyer for jailed Kazakh activists").
      const uint32_t noun = end_ < sentence_end_ ? past_demonym(end_) : end_;
      // "other detained activists", "two jailed editors": after a quantifier too.
      const bool quantifier = d == "other" || d == "fellow" || is_partitive_count(d) ||
                              at_.tokens[first_ - 1].kind == TokenKind::kNumber;
      if (!r_.attributive && (d == "for" || d == "of" || d == "with" || d == "to" || quantifier) &&
          !low(first_).ends_with("ing") && noun < sentence_end_ && ctx_.token_mention[noun] >= 0 &&
          ctx_.mentions[ctx_.token_mention[noun]].first_token == noun &&
          ctx_.mentions[ctx_.token_mention[noun]].kind != MentionKind::kPronoun) {
        r_.attributive = true;
      }
    }
    uint32_t subject_limit = aux >= 0 ? static_cast<uint32_t>(aux) : first_;
    find_subject(subject_limit);
    // "a video he filmed of riot police firing tear gas at marchers": an -ing form right after
    // the people an "of" names is what they do.
    if (is_verb_ && aux < 0 && low(first_).ends_with("ing") && first_ >= 2) {
      const int m = ctx_.token_mention[first_ - 1];
      if (m >= 0 && ctx_.mentions[m].end_token == first_ && is_argument(ctx_.mentions[m]) &&
          ctx_.mentions[m].first_token > r_.clause_start &&
          low(ctx_.mentions[m].first_token - 1) == "of") {
        r_.subject = {m};
      }
    }
    // "Kazakhstan deports blogger's cousin, blocks family website": a verb right after a
    // comma that closes another verb's object has that verb's subject, not its object.
    if (is_verb_ && aux < 0 && !r_.subject.empty() && first_ >= 2 &&
        at_.verb_lemma[first_] != low(first_) && at_.token_text(first_ - 1) == "," &&
        ctx_.mentions[r_.subject.back()].end_token == first_ - 1 &&
        inflected_verb_in(r_.clause_start, ctx_.mentions[r_.subject.front()].first_token)) {
      r_.subject.clear();
    }

    if (r_.subject.empty() && aux >= 0) subject_before_apposition(s, subject_limit);
    if (r_.subject.empty() && aux >= 0) subject_of_host_clause(s, static_cast<uint32_t>(aux));
    if (r_.passive) infinitive_subject(s, static_cast<uint32_t>(aux));
    if (r_.passive) object_before_being(static_cast<uint32_t>(aux));
    if (is_verb_ && aux < 0) object_of_seeing();
    if (is_verb_ && aux < 0) doer_before_for();
    if (is_verb_ && aux < 0) ruling_before_gerund();
    // "312 people have been detained and nine killed": the count is who was killed, and it
    // names no one.
    if (is_verb_ && first_ >= r_.clause_start + 2 && low(first_ - 2) == "and" &&
        is_count(first_ - 1)) {
      r_.subject.clear();
    }
    if (aux < 0) reduced_passive_with_agent();
    if (r_.passive || !is_verb_) {
      find_agent();
    }
    if (!r_.passive) find_object();
    if (!is_verb_) find_possessor();
    // A participle right after its noun: "activists detained last week". Also when a name
    // comes later, past a place phrase and a comma: in "the three journalists detained in
    // Minsk, A and B, were released" the names are the journalists', not the object.
    const bool apposed_after_phrase =
        !r_.object.empty() && end_ == first_ + 1 && end_ < r_.clause_end &&
        low(first_).ends_with("ed") && (is_preposition(low(end_)) || at_.token_text(end_) == ",") &&
        ctx_.mentions[r_.object.front()].first_token > end_ &&
        at_.token_text(ctx_.mentions[r_.object.front()].first_token - 1) == ",";
    // "X convicted of stabbing a guard", "X arrested for marching": a justice verb's
    // participle right before its charge has no object of its own; what follows is the charge.
    const bool charge_follows = end_ == first_ + 1 && end_ < r_.clause_end &&
                                low(first_).ends_with("ed") && charged_with(end_);
    if (charge_follows) r_.object.clear();
    if (is_verb_ && aux < 0 && (r_.object.empty() || apposed_after_phrase) && !r_.thing_object &&
        !phrase_holds_its_object() && first_ > 0 &&
        (at_.lower[first_] != at_.verb_lemma[first_] ||
         (headline_ && is_same_form_participle(at_.lower[first_]))) &&  // "Activist put on ..."
        !object_phrase_follows()) {
      int m = ctx_.token_mention[first_ - 1];
      // "Omar Tesh, charged with treason, remains in jail", "X, arrested on Monday, was
      // released": between commas after the name, with no object of its own.
      // (Not the noun phrase of a list: "threats to relatives, forced returns to Laos and fines".)
      // The phrase closes with a comma before the sentence's own verb ("Thandar Win, a reporter
      // for the Voice, died in custody" has none: "died" is that verb), and the name before it
      // is a person's or people's, not an outlet's.
      const bool participle_phrase = end_ == first_ + 1 || is_preposition(low(first_ + 1));
      // (A headline leaves out "were": "Nurses, teachers, detained in Minsk".)
      bool closed = at_.is_headline(at_.sentence_of[first_]);
      for (uint32_t t = end_; t + 1 < s.end_token && !closed; ++t)
        closed = low(t) == "," || low(t) == ";";
      if (m < 0 && first_ >= 2 && at_.token_text(first_ - 1) == "," && participle_phrase &&
          closed &&
          (charge_follows ||
           (end_ < r_.clause_end && (is_preposition(low(end_)) || at_.token_text(end_) == ",")))) {
        const int named = ctx_.token_mention[first_ - 2];
        const MentionKind kind = named >= 0 ? ctx_.mentions[named].kind : MentionKind::kPlace;
        if (kind == MentionKind::kPerson || kind == MentionKind::kRelative ||
            kind == MentionKind::kDescriptor || kind == MentionKind::kGroup) {
          m = named;
        }
      }
      // Not "they detained his brother": a subject pronoun is the verb's subject.
      std::string_view before = low(first_ - 1);
      bool subject_pronoun = before == "they" || before == "he" || before == "she" ||
                             before == "we" || before == "i" || before == "you";
      // (A headline's one office holder may be whom the act took: "Kurdish mayor detained".)
      const bool official_in_headline =
          m >= 0 && headline_ && ctx_.mentions[m].kind == MentionKind::kStateActor &&
          is_single_official(at_.noun_lemma[ctx_.mentions[m].end_token - 1]) &&
          (end_ >= s.end_token || is_preposition(low(end_)) ||
           at_.tokens[end_].kind == TokenKind::kPunct);
      if (m >= 0 && is_argument(ctx_.mentions[m]) && !subject_pronoun &&
          (ctx_.mentions[m].kind != MentionKind::kStateActor || official_in_headline)) {
        r_.passive = true;
        r_.subject = {m};
        r_.object.clear();
        if (int head = opening_head_of(m, s); head >= 0) r_.subject = {head};
      }
    }
    // "a cargo ship formerly detained in port for owing its crew their wages": a participle
    // after a thing, with no object of its own right after it, is a reduced relative on the
    // thing; what follows is no object of the act.
    if (is_verb_ && aux < 0 && participle && first_ > 0 && end_ == first_ + 1 &&
        end_ < r_.clause_end && !low(inflected).ends_with("ing") &&
        !low(inflected).ends_with('s') &&
        (is_preposition(low(end_)) || at_.tokens[end_].kind == TokenKind::kPunct ||
         at_.in_time[end_])) {
      r_.thing_before_participle = thing_phrase_before(first_);
    }
    if (is_verb_ && aux < 0 && r_.object.empty() && !r_.passive && participle) {
      predicated_participle();
    }
    if (is_verb_ && aux < 0 && !r_.passive && participle) participle_after_noun_phrase();
    // "She is the third correspondent expelled since 2021": a place in a series counts acts
    // over the span the sentence gives, which dates none of them.
    if (is_verb_ && aux < 0 && participle && counts_a_series()) r_.series = true;
    if (r_.passive && !r_.subject.empty()) add_companions(&r_.subject);
    if (!r_.passive && !r_.object.empty()) add_companions(&r_.object);
    // "X faces charges alongside Y": with no object, the subject has the company.
    if (!r_.passive && r_.object.empty() && !r_.subject.empty()) add_companions(&r_.subject);
    // "The detained students are:" too: a group subject the names after it stand for.
    if (r_.subject.empty() || std::all_of(r_.subject.begin(), r_.subject.end(), [&](int m) {
          return ctx_.mentions[m].kind == MentionKind::kGroup;
        })) {
      find_listed_after_copula(s);
    }
    if (r_.passive && r_.subject.empty()) r_.subject = r_.listed;
    if (is_verb_ && !r_.passive && r_.subject.empty()) r_.unnamed_subject = unnamed_subject();
    r_.reduced = is_verb_ && aux < 0 && (r_.attributive || (r_.passive && !object_complement()));
    find_flags(aux >= 0 ? static_cast<uint32_t>(aux) : first_);
    if (feared_) r_.hypothetical = true;
    return r_;
  }

 private:
  std::string_view low(size_t t) const { return at_.lower[t]; }

  // Whether "and"/"but" at t joins two clauses with no comma: an inflected verb before it
  // ("arrived", "came") and a person, group or actor right after it (past "the").
  bool subject_after_verb_and(uint32_t t, const Sentence& s) const {
    if ((low(t) != "and" && low(t) != "but") || t <= s.first_token + 1 || t + 1 >= first_) {
      return false;
    }
    const uint32_t v = t - 1;
    if (at_.tokens[v].kind != TokenKind::kWord || ctx_.token_mention[v] >= 0 ||
        at_.verb_lemma[v] == low(v) ||
        !Lemmatizer::instance().is_lemma(at_.verb_lemma[v], Pos::kVerb)) {
      return false;
    }
    uint32_t k = t + 1;
    if (low(k) == "the" && k + 1 < first_) ++k;
    const int m = ctx_.token_mention[k];
    if (m < 0 || ctx_.mentions[m].first_token != k || !is_argument(ctx_.mentions[m])) return false;
    // The mention is the second clause's subject: a verb follows it before the trigger.
    return verb_between(ctx_.mentions[m].end_token, first_ + 1);
  }

  // "Prosecutors ordered him held", "kept the editor detained": the participle completes the
  // object of a verb before it, whose subject did the act.
  bool object_complement() const {
    if (r_.subject.empty()) return false;
    const uint32_t b = ctx_.mentions[r_.subject.front()].first_token;
    if (b == 0) return false;
    const uint32_t v = b >= 2 && is_article(low(b - 1)) ? b - 2 : b - 1;
    return at_.tokens[v].kind == TokenKind::kWord && at_.verb_lemma[v] != low(v) &&
           Lemmatizer::instance().is_lemma(at_.verb_lemma[v], Pos::kVerb) &&
           ctx_.token_mention[v] < 0;
  }

  // "Kazakh activists", where the group's mention starts at "activists": the token after a
  // capitalised demonym that no mention holds, when a mention starts there; else t.
  uint32_t past_demonym(uint32_t t) const {
    if (t + 1 >= at_.tokens.size() || ctx_.token_mention[t] >= 0 || at_.has(t, kLowerCase) ||
        Gazetteer::instance().country_of_demonym(at_.token_text(t)).empty()) {
      return t;
    }
    const int m = ctx_.token_mention[t + 1];
    return m >= 0 && ctx_.mentions[m].first_token == t + 1 ? t + 1 : t;
  }

  // "armed elements had attacked", "that \"rioters\" attacked": right before the verb (past
  // its auxiliaries and a closing quote mark), a plural noun, or a noun after an article, that
  // is no mention and lies in the trigger's clause.
  bool unnamed_subject() const {
    uint32_t k = first_;
    while (k > r_.clause_start) {
      const std::string_view w = low(k - 1);
      if (w != "had" && w != "has" && w != "have" && w != "reportedly" && w != "allegedly" &&
          !at_.has(k - 1, kCloseQuote)) {
        break;
      }
      --k;
    }
    if (k <= r_.clause_start) return false;
    const uint32_t n = k - 1;
    if (at_.tokens[n].kind != TokenKind::kWord || !at_.has(n, kLowerCase) ||
        ctx_.token_mention[n] >= 0 || at_.noun_lemma[n] == low(n) ||
        !Lemmatizer::instance().is_lemma(at_.noun_lemma[n], Pos::kNoun)) {
      return false;
    }
    // The noun phrase opens the clause ("that armed elements", "\"armed elements\"").
    uint32_t b = n;
    while (b > r_.clause_start && at_.tokens[b - 1].kind == TokenKind::kWord &&
           at_.has(b - 1, kLowerCase) && ctx_.token_mention[b - 1] < 0 && n - b < 2) {
      --b;
    }
    if (b > r_.clause_start && at_.has(b - 1, kOpenQuote)) --b;
    return b == r_.clause_start;
  }

  // Whether the comma at token `comma` opens a reporting clause: up to seven words, then a
  // speech verb, before any other punctuation (", a police spokesman said", ", three witnesses
  // and a hospital official said", '," said X').
  bool reported_by_after(uint32_t comma) const {
    // '... fraud cases," said X': past the quotation's closing mark too.
    uint32_t from = comma + 1;
    if (from < r_.clause_end && at_.has(from, kCloseQuote)) ++from;
    for (uint32_t k = from; k < r_.clause_end && k <= from + 7; ++k) {
      if (at_.tokens[k].kind == TokenKind::kPunct) return false;
      if (k > comma + 1 && is_speech_verb(low(k))) return true;
    }
    return false;
  }

  // Nouns that stand for people named elsewhere: "the only ones prosecuted", "the latter
  // detained", "the rest released".
  static bool stands_for_people(std::string_view noun) {
    return noun == "one" || noun == "other" || noun == "latter" || noun == "former" ||
           noun == "rest" || noun == "remainder" || noun == "majority" || noun == "minority" ||
           noun == "most" || noun == "many" || noun == "few";
  }

  // Whether the words before token `t` are a noun phrase whose head names a thing: an article
  // or determiner, up to two lower-case words, then the head ("a cargo ship", "the stolen
  // goods"), maybe an adverb after it ("a ship formerly detained"). WordNet's person nouns
  // ("the young farmer") and mentions of people are no things; nor is a determiner with no
  // noun after it ("those detained") or a count ("the 12 detained").
  bool thing_phrase_before(uint32_t t) const {
    uint32_t head = t;
    if (head > r_.clause_start && is_adverb_like(low(head - 1)) && low(head - 1) != "all" &&
        low(head - 1) != "both") {
      --head;
    }
    if (head == r_.clause_start) return false;
    --head;
    if (!at_.has(head, kLowerCase) || ctx_.token_mention[head] >= 0 ||
        opens_noun_phrase(low(head)) || is_count(head) || is_preposition(low(head)) ||
        low(head) == "and" || low(head) == "or" || low(head) == "but" || low(head) == "who" ||
        low(head) == "that" || low(head) == "which" || is_person_noun(at_.noun_lemma[head]) ||
        stands_for_people(at_.noun_lemma[head])) {
      return false;
    }
    // Not inside an "of" phrase: in "a member of a rights group imprisoned in May" the
    // participle may be the member's.
    for (uint32_t k = head; k-- > r_.clause_start && k + 3 >= head;) {
      if (opens_noun_phrase(low(k))) return k == r_.clause_start || low(k - 1) != "of";
      // "300 goats seized by the guards": a count before a plural noun that names no person.
      if (is_count(k) && k + 1 == head && at_.noun_lemma[head] != low(head)) {
        return k == r_.clause_start || low(k - 1) != "of";
      }
      if (!at_.has(k, kLowerCase) || ctx_.token_mention[k] >= 0 || is_count(k) ||
          is_preposition(low(k)) || is_be(low(k))) {
        return false;
      }
    }
    return false;
  }

  // Whether the relative or reported clause opening at `t` is still open at the trigger,
  // its commas only pairing round an apposition inside it: "a video in which the founder,
  // X, appeared to confess" (after a preposition and "which"); "learned that his sister, X,
  // had been sentenced" (after a verb, before the clause's verb group). An age's first comma
  // (", X, 61,") pairs with none.
  bool open_past_apposition(uint32_t t, const Sentence& s) const {
    uint32_t commas = 0;
    for (uint32_t k = t + 1; k < first_; ++k) {
      const bool age = k + 2 < first_ && at_.tokens[k + 1].kind == TokenKind::kNumber &&
                       at_.token_text(k + 2) == ",";
      commas += at_.token_text(k) == "," && !age;
    }
    if (commas % 2 != 0) return false;
    if (low(t) == "which") return t > s.first_token && is_preposition(low(t - 1));
    if (low(t) != "that") return false;
    uint32_t last_comma = first_;
    while (last_comma > t && at_.token_text(last_comma) != ",") --last_comma;
    const uint32_t after = last_comma + 1;
    const bool verb_group_after =
        after <= first_ && (after == first_ || be_at(after) || low(after) == "had" ||
                            low(after) == "has" || low(after) == "have" || is_modal(low(after)));
    // After a verb, past its time ("learned last week that", "said that"), not a noun
    // ("information that").
    uint32_t v = t > s.first_token ? t - 1 : t;
    while (v > s.first_token && at_.in_time[v]) --v;
    if (!verb_group_after) return false;
    if (v < t && at_.has(v, kLowerCase) &&
        (is_speech_verb(low(v)) || (at_.verb_lemma[v] != low(v) && at_.noun_lemma[v] == low(v)))) {
      return true;
    }
    // "the evidence of Mrs Ahmadi that X was arrested", "claims that": a noun whose content
    // the clause is, maybe with its source after "of".
    uint32_t n = t;
    if (n > s.first_token && ctx_.token_mention[n - 1] >= 0) {
      n = ctx_.mentions[ctx_.token_mention[n - 1]].first_token;
      // Past an article and a title ("the", "Mrs", "Dr."): words in capitals or a full stop.
      while (n > s.first_token &&
             (is_article(low(n - 1)) || at_.has(n - 1, kCapitalized) || low(n - 1) == ".")) {
        --n;
      }
      if (n > s.first_token && low(n - 1) == "of") --n;
    }
    if (n == s.first_token) return false;
    const std::string_view noun = at_.noun_lemma[n - 1];
    return noun == "evidence" || noun == "claim" || noun == "allegation" || noun == "report" ||
           noun == "account" || noun == "news" || noun == "fact" || noun == "testimony" ||
           noun == "assurance" || noun == "finding" || noun == "statement";
  }

  // Whether the words of sentence s before the comma at t are a clause of their own that a
  // comma may splice to the next: a form of "be" or "have" or a modal in them, and no
  // subordinating word opening the sentence ("If X has ..., the police have ...").
  bool comma_splice_before(const Sentence& s, uint32_t t) const {
    const std::string_view opener = low(s.first_token);
    if (is_clause_opener(opener) || opener == "if" || opener == "when" || opener == "although" ||
        opener == "though" || opener == "because" || opener == "while" || opener == "as" ||
        opener == "since" || opener == "after" || opener == "before" || opener == "unless") {
      return false;
    }
    for (uint32_t k = s.first_token; k < t; ++k) {
      const std::string_view w = low(k);
      if (is_be(w) || w == "has" || w == "had" || w == "have" || is_modal(w)) return true;
    }
    return false;
  }

  // Whether a subject opens at token k with its verb right after it: "his brother is",
  // "Omar was", "police had" (past a possessive or an article).
  bool subject_and_verb_at(uint32_t k) const {
    if (k < first_ && (is_article(low(k)) || is_possessive_determiner(low(k))) &&
        (ctx_.token_mention[k] < 0 || ctx_.mentions[ctx_.token_mention[k]].possessive)) {
      ++k;
    }
    if (k >= first_) return false;
    const int m = ctx_.token_mention[k];
    if (m < 0 || ctx_.mentions[m].first_token != k) return false;
    const MentionKind kind = ctx_.mentions[m].kind;
    if (kind == MentionKind::kPlace || kind == MentionKind::kOrganization ||
        (kind == MentionKind::kPronoun && ctx_.mentions[m].possessive)) {
      return false;
    }
    const uint32_t v = ctx_.mentions[m].end_token;
    if (v >= first_) return false;
    const std::string_view w = low(v);
    return is_be(w) || w == "has" || w == "had" || w == "have";
  }

  void find_bounds(const Sentence& s) {
    r_.clause_start = s.first_token;
    headline_ = at_.is_headline(at_.sentence_of[s.first_token]);
    bool comma_seen = false;
    uint32_t first_comma_back = UINT32_MAX;  // the comma nearest before the trigger
    for (uint32_t t = first_; t-- > s.first_token;) {
      // A comma inside a list of participles ("were summoned, threatened or detained") closes
      // no relative clause.
      auto participle_at = [&](uint32_t k) {
        return at_.has(k, kLowerCase) && at_.verb_lemma[k] != low(k) && low(k).ends_with("ed");
      };
      bool list_comma = t > s.first_token && participle_at(t - 1) && participle_at(first_);
      for (uint32_t k = t + 1; k < first_ && list_comma; ++k) {
        std::string_view w = low(k);
        list_comma = w == "," || w == "and" || w == "or" || participle_at(k);
      }
      if (at_.token_text(t) == "," && !list_comma) {
        comma_seen = true;
        if (first_comma_back == UINT32_MAX) first_comma_back = t;
      }
      // "Activist's mother jailed, son barred from leaving": in a headline a comma before a
      // bare noun and the trigger joins two clauses.
      if (at_.token_text(t) == "," && headline_ && !list_comma && t + 2 == first_ &&
          ctx_.token_mention[t + 1] < 0 && at_.tokens[t + 1].kind == TokenKind::kWord &&
          at_.verb_lemma[t + 1] == low(t + 1) && !is_be(low(t + 1)) &&
          !is_preposition(low(t + 1)) &&
          Lemmatizer::instance().is_lemma(at_.noun_lemma[t + 1], Pos::kNoun)) {
        r_.clause_start = t + 1;
        opener_ = t;
        break;
      }
      // "Party members – X, Y and Z – were arrested": a dash pair encloses an apposition.
      if (is_dash(low(t))) {
        uint32_t open = t;
        while (open-- > s.first_token && !is_dash(low(open))) {
        }
        if (open + 1 > s.first_token && open < t && is_dash(low(open))) {
          t = open;
          continue;
        }
      }
      // "Rights Now, a group that campaigns for X, has filed": the relative clause closed
      // at the comma, so "that" does not open the trigger's clause.
      bool relative = low(t) == "who" || low(t) == "which" || low(t) == "that" || low(t) == "whom";
      // Not when the commas after it pair round an apposition inside the clause.
      if (relative && comma_seen && !open_past_apposition(t, s)) continue;
      // ", and police detained her": a comma before "and"/"but" starts a new clause.
      bool coordinated_clause = (low(t) == "and" || low(t) == "but") && t > s.first_token &&
                                at_.token_text(t - 1) == "," && verb_between(s.first_token, t);
      // "Police arrived and protesters were detained": without the comma too, when a verb
      // ends the first clause and a subject opens the second.
      coordinated_clause = coordinated_clause || subject_after_verb_and(t, s);
      // "Ali is ill, his brother is in jail": two clauses spliced by a comma, each with its
      // own subject and verb.
      coordinated_clause = coordinated_clause ||
                           (at_.token_text(t) == "," && t > s.first_token &&
                            subject_and_verb_at(t + 1) && comma_splice_before(s, t));
      // "Banda told Reuters the party's leader had been arrested": the speaker and the
      // addressee stand outside the reported clause. Not "was told to leave".
      // So do those who fear or believe it: "Relatives fear he is being held incommunicado".
      // What is feared stays uncertain (below).
      // (Only a clause right after the verb: not "men suspected of links to a gang", "worry
      // whether it is safe," ... "the march".)
      const std::string_view thought = at_.verb_lemma[t];
      const bool fear_verb = thought == "fear" || thought == "worry";
      bool thought_verb = (fear_verb || thought == "believe" || thought == "think") &&
                          t > s.first_token && ctx_.token_mention[t - 1] >= 0 && first_ <= t + 8;
      for (uint32_t k = t + 1; thought_verb && k < first_; ++k) {
        thought_verb = at_.tokens[k].kind == TokenKind::kWord && !is_preposition(low(k)) &&
                       low(k) != "whether";
      }
      if (t + 1 < first_ && (is_speech_verb(low(t)) || thought_verb) &&
          !(t > s.first_token && is_be(low(t - 1)))) {
        feared_ = thought_verb && fear_verb;
        uint32_t start = t + 1;
        if (at_.verb_lemma[t] == "tell" && ctx_.token_mention[start] >= 0) {
          const Mention& to = ctx_.mentions[ctx_.token_mention[start]];
          start = std::min(first_, to.end_token);
          // "told her family that she was beaten": the addressee is "her family".
          if (to.kind == MentionKind::kPronoun && to.possessive && start < first_ &&
              ctx_.token_mention[start] >= 0) {
            start = std::min(first_, ctx_.mentions[ctx_.token_mention[start]].end_token);
          }
        }
        if (start < first_ && low(start) == "that") ++start;
        r_.clause_start = start;
        opener_ = t;
        break;
      }
      // "has since been fired": after "has", "since" is an adverb.
      bool perfect_since = low(t) == "since" && t > s.first_token &&
                           (low(t - 1) == "has" || low(t - 1) == "have" || low(t - 1) == "had");
      // "who had lived in Kyrgyzstan since 2016, was detained": "since" before a time is a
      // preposition, not a conjunction opening a clause.
      perfect_since = perfect_since || (low(t) == "since" && time_starts_at(t));
      if ((is_clause_opener(low(t)) && !perfect_since) || coordinated_clause ||
          opens_as_clause(t, first_ + 1)) {
        r_.clause_start = t + 1;
        // "if Nazarov did not return, his brother would be arrested": a conditional clause
        // closed by a comma before the trigger leaves the trigger in the main clause after it,
        // whose act is as hypothetical. Only when the words after the comma have a verb of
        // their own (not "if they escape the raids, beatings and abductions").
        if ((low(t) == "if" || low(t) == "unless") && first_comma_back < first_ &&
            first_comma_back > t + 1) {
          bool verb = verb_between(first_comma_back + 1, first_ + 1);
          for (uint32_t k = first_comma_back + 1; k < first_ && !verb; ++k) {
            verb = is_modal(low(k));
          }
          if (verb) {
            r_.clause_start = first_comma_back + 1;
            opener_ = first_comma_back;
            after_condition_ = true;
            break;
          }
        }
        // "two weeks after I left Minsk, officers came to the flat": a time clause closed by a
        // comma before the trigger, with a verb of its own, leaves the trigger in the main
        // clause after the comma, whose subject is not the time clause's.
        const std::string_view o = low(t);
        // (A verb: "-ed", a form of "be" or "have", or another inflected form, "left", not
        // "-s", which may be a plural noun.)
        auto verb_in = [&](uint32_t a, uint32_t b) {
          for (uint32_t k = a; k < b; ++k) {
            if (at_.has(k, kLowerCase) && at_.verb_lemma[k] != low(k) && !low(k).ends_with("s") &&
                !low(k).ends_with("ing")) {
              return true;
            }
          }
          return verb_between(a, b);
        };
        if ((o == "after" || o == "before" || o == "when" || o == "while" || o == "once" ||
             o == "because" || o == "although" || o == "though" || o == "since") &&
            first_comma_back < first_ && first_comma_back > t + 1 &&
            first_comma_after(t) == first_comma_back && verb_in(t + 1, first_comma_back) &&
            verb_in(first_comma_back + 1, first_ + 1)) {
          r_.clause_start = first_comma_back + 1;
          opener_ = first_comma_back;
          break;
        }
        relative_pronoun_ =
            low(t) == "who" || low(t) == "which" || low(t) == "that" || low(t) == "whom";
        opener_ = t;
        break;
      }
    }
    // "According to the monitoring group Global Witness, at least 17 activists were killed":
    // the source the sentence opens with, closed by its comma, holds none of the act's people.
    // "Mr. President, the space for journalism has all but disappeared": the one a speech
    // addresses, set off by its comma, is no one in the clause.
    if (r_.clause_start == s.first_token && s.first_token + 2 < first_) {
      const uint32_t office = addressed_office(at_, s.first_token, first_);
      if (office != UINT32_MAX) r_.clause_start = office + 2;
    }
    if (r_.clause_start == s.first_token && s.first_token + 2 < first_ &&
        low(s.first_token) == "according" && low(s.first_token + 1) == "to") {
      for (uint32_t t = s.first_token + 2; t < first_; ++t) {
        if (at_.token_text(t) == ",") {
          r_.clause_start = t + 1;
          // "According to their driver, John Banda, armed men ...": past the source's name.
          const int m = ctx_.token_mention[t + 1];
          if (m >= 0 && ctx_.mentions[m].first_token == t + 1 &&
              ctx_.mentions[m].kind == MentionKind::kPerson) {
            const uint32_t after = ctx_.mentions[m].end_token;
            // (Not a list: "According to reports, Fattah, lawyer X, and blogger Y were".)
            bool list = false;
            for (uint32_t k = after + 1; k < first_ && !list; ++k) {
              list = at_.token_text(k) == "," || low(k) == "and";
            }
            if (after < first_ && at_.token_text(after) == "," && !list) {
              r_.clause_start = after + 1;
            }
          }
          break;
        }
      }
    }
    r_.clause_end = s.end_token;
    for (uint32_t t = end_; t < s.end_token; ++t) {
      // ", and police detained her" opens a clause; ", and their colleagues X and Y" does not.
      bool coordinated_clause = (low(t) == "and" || low(t) == "but") && t > end_ &&
                                at_.token_text(t - 1) == "," &&
                                verb_between(t + 1, std::min(t + 6, s.end_token));
      // "on charges that his family says were fabricated": "that" after a noun, before a
      // noun phrase, opens a relative clause whose people are not the act's. Not "that man".
      bool relative_that = low(t) == "that" && t > first_ && t + 1 < s.end_token &&
                           opens_noun_phrase(low(t + 1)) && at_.has(t - 1, kLowerCase) &&
                           !is_speech_verb(low(t - 1)) && !low(t - 1).ends_with("ed") &&
                           !be_at(t - 1) && low(t - 1) != "so" && low(t - 1) != "such" &&
                           low(t - 1) != "now";
      if ((is_clause_opener(low(t)) && low(t) != "that") || coordinated_clause || relative_that ||
          opens_as_clause(t, s.end_token)) {
        r_.clause_end = t;
        break;
      }
    }
  }

  // Whether token t, right after the trigger verb, opens what the verb charges someone with:
  // "convicted of", "accused of", "charged with", "arrested for", "arrested over".
  bool charged_with(uint32_t t) const {
    std::string_view v = at_.verb_lemma[first_];
    std::string_view p = low(t);
    if (p == "of") return v == "convict" || v == "accuse" || v == "suspect";
    if (p == "with") return v == "charge";
    // "arrested over the killing of X" (not "arrested over 100 people": a count).
    const bool over = p == "over" && t + 1 < sentence_end_ && !is_count(t + 1) &&
                      at_.tokens[t + 1].kind != TokenKind::kNumber;
    if (p == "for" || over) {
      return v == "arrest" || v == "detain" || v == "jail" || v == "imprison" || v == "prosecute" ||
             v == "indict" || v == "convict" || v == "sentence";
    }
    return false;
  }

  // Whether a time expression starts at token t or right after it.
  bool time_starts_at(uint32_t t) const {
    const uint32_t a = at_.tokens[t].start;
    const uint32_t b = t + 1 < at_.tokens.size() ? at_.tokens[t + 1].start : a;
    for (const TimeExpression& x : at_.times) {
      if (x.start == a || x.start == b) return true;
      if (x.start > b) break;
    }
    return false;
  }

  // A finite verb in [a, b): a past form or an auxiliary. It tells a clause joined by ", and"
  // ("they banned the paper, and police detained her") from a list ("X, Y, and Z were").
  // A form of "be", but not the possessive "'s" ("the party's treasurer").
  bool be_at(uint32_t t) const { return casebook::be_at(at_, t); }
  // Who is named together with the mention at t (mention_lists.h).
  std::vector<int> coordinated_from(uint32_t t, uint32_t limit) const {
    return MentionLists(ctx_, sentence_end_).coordinated_from(t, limit);
  }
  static void push_unique(int m, std::vector<int>* out) { MentionLists::push_unique(m, out); }
  bool verb_between(uint32_t a, uint32_t b) const { return casebook::verb_between(at_, a, b); }

  // The first comma after token t in its sentence, or UINT32_MAX.
  uint32_t first_comma_after(uint32_t t) const {
    for (uint32_t k = t + 1; k < sentence_end_; ++k) {
      if (at_.token_text(k) == ",") return k;
    }
    return UINT32_MAX;
  }

  // Whether the verb at first_, after "and", is coordinated with an infinitive a request
  // governs: "urged X to release him and drop ...", "called on Y to free her and lift ...".
  // Back over at most 14 words of the clause, not past a full stop or a semicolon.
  bool coordinated_with_a_request() const {
    for (uint32_t t = first_ - 1, n = 0; t-- > r_.clause_start && n < 14; ++n) {
      if (low(t) == ";" || low(t) == ".") return false;
      if (low(t) != "to" || at_.lower[t + 1] != at_.verb_lemma[t + 1]) continue;
      // "asked" opens a clause of its own; its request reaches the infinitive after it.
      const uint32_t sentence_start = at_.sentences[at_.sentence_of[first_]].first_token;
      for (uint32_t k = t, m = 0; k-- > sentence_start && m < 8; ++m) {
        const std::string_view l = at_.verb_lemma[k];
        if (l == "urge" || l == "call" || l == "ask" || l == "demand" || l == "press" ||
            l == "request" || l == "appeal" || l == "implore") {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  // "In May 2024 police detained him", "on 3 May": the month, not the modal "may".
  bool modal_at(uint32_t t) const { return is_modal(low(t)) && !month_may(t); }

  // A phrase trigger read as a noun phrase: "imposed a travel ban on X", "his travel ban",
  // after an article or a possessive; its "on" leads to whom it is imposed on.
  bool noun_phrase_trigger() const {
    return is_verb_ && end_ > first_ + 1 && first_ > 0 &&
           (is_article(low(first_ - 1)) || is_possessive_determiner(low(first_ - 1))) &&
           at_.lower[first_] == at_.verb_lemma[first_];
  }

  // "not" at t that denies no act: "was not the only activist stopped", "was not only
  // detained but beaten", "has not commented on the charges" (the silence is what is denied).
  bool negates_something_else(uint32_t t) const {
    if (low(t) != "not" && low(t) != "n't") return false;
    uint32_t n = t + 1;
    if (n < first_ && low(n) == "the") ++n;
    if (n < first_ && low(n) == "only") return true;
    if (t + 1 < first_) {
      const std::string_view v = at_.verb_lemma[t + 1];
      if ((v == "comment" || v == "respond" || v == "reply" || v == "react") && t + 2 <= first_ &&
          (low(t + 2) == "on" || low(t + 2) == "to")) {
        return true;
      }
    }
    return false;
  }

  bool month_may(uint32_t t) const {
    return at_.in_time[t] ||
           (at_.has(t, kCapitalized) && t > 0 && at_.sentence_of[t - 1] == at_.sentence_of[t]);
  }

  // Verbs whose complement "as" introduces: "identified themselves as officers".
  static bool takes_as(std::string_view v) {
    return v == "identify" || v == "describe" || v == "know" || v == "serve" || v == "work" ||
           v == "act" || v == "pose" || v == "present" || v == "introduce" || v == "regard" ||
           v == "see" || v == "treat" || v == "count" || v == "list" || v == "label" ||
           v == "brand" || v == "designate" || v == "classify" || v == "register" ||
           v == "disguise" || v == "dress" || v == "employ" || v == "hire" || v == "appoint" ||
           v == "elect" || v == "name" || v == "recognize" || v == "recognise" || v == "view";
  }

  // "faces deportation as his brother is jailed", "as police detained the crowd": "as" before a
  // subject and its verb opens a clause of its own. Not "such as", "as well as", "detained as a
  // spy" (no verb follows its noun phrase).
  // (Asked of every word around the trigger, nearly always another word than "as": that is
  // refused here, inline, and only an "as" is read further.)
  bool opens_as_clause(uint32_t t, uint32_t limit) const {
    return low(t) == "as" && as_opens_clause(t, limit);
  }
  bool as_opens_clause(uint32_t t, uint32_t limit) const {
    if (low(t) != "as" || t + 2 >= limit) return false;
    if (t > 0) {
      std::string_view b = low(t - 1);
      if (b == "such" || b == "well" || b == "as" || b == "so" || b == "same" || b == "just") {
        return false;
      }
      // "men who introduced themselves as officers", "known as", "working as":
      // "as" after a verb that takes it, or after such a verb's object.
      for (uint32_t k = t; k-- > 0 && t - k <= 2;) {
        if (takes_as(at_.verb_lemma[k])) return false;
        if (ctx_.token_mention[k] < 0 && !low(k).ends_with("self") && !low(k).ends_with("selves")) {
          break;
        }
      }
    }
    uint32_t k = t + 1;
    if (ctx_.token_mention[k] < 0 && (is_article(low(k)) || is_possessive_determiner(low(k)))) {
      ++k;
    }
    if (k >= limit || ctx_.token_mention[k] < 0) return false;
    // "his brother Jamshid": the owner, the kin noun and the name are mentions one after another.
    uint32_t e = k;
    while (e < limit && ctx_.token_mention[e] >= 0) {
      e = std::max(e + 1, ctx_.mentions[ctx_.token_mention[e]].end_token);
    }
    if (e >= limit) return false;
    std::string_view v = low(e);
    bool past_verb = at_.has(e, kLowerCase) && at_.verb_lemma[e] != v &&
                     (e == first_ || (v.size() > 3 && v.ends_with("ed")));
    // "Dozens detained as police crush protest": a headline tells in the present tense.
    bool headline_verb = headline_ && at_.has(e, kLowerCase) && !at_.verb_lemma[e].empty() &&
                         (at_.verb_lemma[e] == v || (v.ends_with("s") && at_.verb_lemma[e] != v));
    return be_at(e) || v == "has" || v == "have" || v == "had" || is_modal(v) || past_verb ||
           headline_verb;
  }

  // "police were beating them", "they are searching his home": a form of "be" before an -ing
  // form is the progressive, an active verb; the passive would be "were being beaten". After
  // "get" or "'s" ("the man's jailing", "that's kidnapping") the -ing form keeps the passive
  // reading.
  bool progressive(int aux, uint32_t inflected) const {
    std::string_view w = low(inflected);
    if (w.size() < 5 || !w.ends_with("ing")) return false;
    std::string_view a = low(static_cast<uint32_t>(aux));
    if (a == "being" || a.starts_with("get") || a.starts_with("got") || a == "'s" || a == "’s") {
      return false;
    }
    return true;
  }

  // "workers demolished more than 60 homes", "guards beat the prisoners": a determiner, a
  // number or a quantifier right after the verb opens its object, so the verb is active.
  // Not "activists detained the day before" (a time expression).
  bool object_phrase_follows() const {
    uint32_t t = first_ + 1;  // right after the verb, inside a phrase too ("hung the ...")
    if (t >= r_.clause_end || at_.in_time[t]) return false;
    if (at_.tokens[t].kind == TokenKind::kNumber) return true;
    std::string_view w = low(t);
    return w == "the" || w == "a" || w == "an" || w == "more" || w == "several" || w == "some" ||
           w == "many" || w == "dozens" || w == "hundreds" || w == "thousands" || w == "this" ||
           w == "these" || w == "those" || is_possessive_determiner(w);
  }

  // Whether token t stands in a relative clause set off by commas before the act: ", who
  // ... ,", ", one whose name he did not know,".
  bool in_comma_relative(uint32_t t) const {
    uint32_t open = t;
    const uint32_t sentence_first = at_.sentences[at_.sentence_of[t]].first_token;
    for (uint32_t k = t; k-- > sentence_first && t - k <= 10;) {
      if (low(k) == ",") {
        open = k;
        break;
      }
    }
    if (open == t) return false;
    bool relative = false;
    for (uint32_t k = open + 1; k < t && k <= open + 3 && !relative; ++k) {
      const std::string_view w = low(k);
      relative = w == "who" || w == "whose" || w == "whom" || w == "which";
    }
    if (!relative) return false;
    for (uint32_t k = t + 1; k < first_; ++k) {
      if (low(k) == ",") return true;
    }
    return false;
  }

  // "arrived without a warrant and detained X", "without warning, police beat him": the
  // phrase "without" opens ends at "and", "but" or a comma, before the act; the act is not
  // what was missing.
  bool phrase_closed_before_act(uint32_t without) const {
    for (uint32_t t = without + 1; t < first_; ++t) {
      const std::string_view w = low(t);
      if (w == "and" || w == "but" || w == "," || w == "then") return true;
    }
    return false;
  }

  // "Relatives last saw him being led into a truck", "filmed the men being beaten": the one
  // right before "being", the object of a verb of seeing, is the passive's subject.
  void object_before_being(uint32_t aux) {
    if (low(aux) != "being" || aux <= r_.clause_start) return;
    const int m = ctx_.token_mention[aux - 1];
    if (m < 0 || ctx_.mentions[m].end_token != aux || !is_argument(ctx_.mentions[m])) return;
    uint32_t f = ctx_.mentions[m].first_token;
    while (f > r_.clause_start && is_article(low(f - 1))) --f;  // "saw a teacher being beaten"
    if (f == 0 || at_.has(f - 1, kLowerCase) == false) return;
    if (!is_seeing_verb(at_.verb_lemma[f - 1])) return;
    r_.subject = {m};
  }

  // "he saw masked men beat a young man", "watched police drag her away": a verb in its base
  // form right after the object of a verb of seeing has that object as its subject, not the
  // one who saw.
  void object_of_seeing() {
    if (first_ == 0 || at_.verb_lemma[first_] != low(first_)) return;
    const int m = ctx_.token_mention[first_ - 1];
    if (m < 0 || ctx_.mentions[m].end_token != first_ || !is_argument(ctx_.mentions[m])) return;
    const uint32_t f = ctx_.mentions[m].first_token;
    uint32_t v = f;
    while (v > r_.clause_start && is_article(low(v - 1))) --v;
    // "watched as police beat her", "looked on as soldiers dragged him away".
    if (v > 2 && (low(v - 1) == "as" || low(v - 1) == "while")) {
      const bool on = low(v - 2) == "on";
      const std::string_view seer = at_.verb_lemma[on ? v - 3 : v - 2];
      if (is_seeing_verb(seer) || (on && seer == "look")) {
        r_.subject = {m};
        return;
      }
    }
    if (v == 0 || v <= r_.clause_start || !at_.has(v - 1, kLowerCase)) return;
    if (!is_seeing_verb(at_.verb_lemma[v - 1])) return;
    r_.subject = {m};
  }

  // "miners claiming to have been tortured", "she is believed to have been killed", "ordered
  // the activists to be detained": a passive infinitive's subject is the object right before
  // "to", else the subject of the verb "to" follows, not the sentence's first actor.
  void infinitive_subject(const Sentence& s, uint32_t aux) {
    uint32_t to = aux;
    if (to > s.first_token && low(to - 1) == "have") --to;
    if (to <= s.first_token + 1 || low(to - 1) != "to") return;
    --to;
    auto argument_ending_at = [&](uint32_t e) {
      int m = ctx_.token_mention[e];
      return m >= 0 && ctx_.mentions[m].end_token == e + 1 && is_argument(ctx_.mentions[m]) ? m
                                                                                            : -1;
    };
    uint32_t t = to - 1;
    int m = argument_ending_at(t);
    // "the elections to be held in June": a plural noun that names no one is the subject, so
    // the act has no person it was done to.
    if (m < 0 && ctx_.token_mention[t] < 0 && at_.has(t, kLowerCase) &&
        at_.noun_lemma[t] != low(t) && at_.verb_lemma[t] == low(t) &&
        !is_person_noun(at_.noun_lemma[t])) {
      r_.subject.clear();
      return;
    }
    if (m < 0) {
      // The verb "to" follows, one word after its be-forms and adverbs ("is believed",
      // "claiming"); its subject ends right before them.
      if (at_.tokens[t].kind != TokenKind::kWord || !at_.has(t, kLowerCase) ||
          ctx_.token_mention[t] >= 0 || is_be(low(t)) || t <= s.first_token) {
        return;
      }
      uint32_t k = t - 1;
      while (k > s.first_token && (is_be(low(k)) || is_adverb_like(low(k)))) --k;
      m = argument_ending_at(k);
    }
    if (m >= 0) r_.subject = {m};
  }

  // "he was held for a day and questioned before being released": a participle clause after
  // "before", "after" or "while" has no subject of its own; it is the clause it hangs on's.
  // So has a verb group right after ", and" ("..., and has since been fired").
  void subject_of_host_clause(const Sentence& s, uint32_t aux) {
    if (aux == 0 || opener_ >= aux) return;
    std::string_view o = low(opener_);
    bool participle_clause = low(aux) == "being" && opener_ + 1 == aux &&
                             (o == "before" || o == "after" || o == "while");
    // ", and has since been fired": a verb group with no subject of its own after "and"
    // goes on with the subject before it.
    bool verb_phrase = (o == "and" || o == "but") && r_.clause_start == opener_ + 1;
    for (uint32_t t = opener_ + 1; t < aux && verb_phrase; ++t) {
      std::string_view w = low(t);
      verb_phrase = w == "has" || w == "have" || w == "had" || is_adverb_like(w);
    }
    if (!participle_clause && !verb_phrase) return;
    const uint32_t first = first_, start = r_.clause_start, end = r_.clause_end, opener = opener_;
    const bool relative = relative_pronoun_;
    first_ = opener;
    find_bounds(s);
    find_subject(opener);
    first_ = first;
    r_.clause_start = start;
    r_.clause_end = end;
    opener_ = opener;
    relative_pronoun_ = relative;
  }

  // The auxiliary of a passive ("was detained", "had been tortured", "were then shamed"),
  // also shared by a second participle ("was driven out of his village and detained").
  int auxiliary() const {
    // "X was among those arrested": the "be" before "among those" is the passive's, and X its
    // subject.
    if (first_ >= r_.clause_start + 3 && low(first_ - 1) == "those" && low(first_ - 2) == "among" &&
        is_be(low(first_ - 3))) {
      return static_cast<int>(first_ - 3);
    }
    // "X stands accused of fraud", "X stood charged with murder", "X remains detained",
    // "X stayed barred from travel": "stand", "remain" and "stay" as a copula.
    if (first_ > r_.clause_start && at_.lower[first_] != at_.verb_lemma[first_]) {
      const std::string_view copula = at_.verb_lemma[first_ - 1];
      if (copula == "stand" || copula == "remain" || copula == "stay") {
        return static_cast<int>(first_ - 1);
      }
    }
    for (uint32_t t = first_, steps = 0; t-- > r_.clause_start && steps < 4; ++steps) {
      if (is_be(low(t))) return static_cast<int>(t);
      // 'X and Y were "taken out of the line and shot."': a quotation opening after
      // the auxiliary.
      if (quotation_mark(t)) continue;
      if (low(t) == "and" || low(t) == "or" || low(t) == ",") return shared_auxiliary(t);
      // "312 people have been detained and nine killed": a count gapped after "and".
      if (t == first_ - 1 && t > r_.clause_start && low(t - 1) == "and" && is_count(t))
        return shared_auxiliary(t - 1);
      // "was most recently arrested", "was first detained": "most" before an adverb, "first"
      // and "last" right before the participle, are adverbs here.
      const bool degree = low(t) == "most" && t + 1 < first_ && is_adverb_like(low(t + 1));
      const bool order = (low(t) == "first" || low(t) == "last") && t + 1 == first_;
      if (!is_adverb_like(low(t)) && !degree && !order && !stresses_subject(t)) return -1;
    }
    return -1;
  }

  // "was himself detained": a reflexive between the auxiliary and the participle stresses
  // the subject.
  bool stresses_subject(uint32_t t) const {
    return low(t) == "himself" || low(t) == "herself" || low(t) == "themselves";
  }

  bool quotation_mark(uint32_t t) const {
    std::string_view w = at_.token_text(t);
    return w == "\"" || w == "\u201c" || w == "\u201d";
  }

  bool is_count(uint32_t t) const {
    if (at_.tokens[t].kind == TokenKind::kNumber) return true;
    std::string_view w = low(t);
    return w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "seven" ||
           w == "eight" || w == "nine" || w == "ten" || w == "dozens" || w == "hundreds" ||
           w == "several" || w == "many" || w == "others";
  }

  // "X was driven out ... and detained": the participle before "and" has an auxiliary.
  int shared_auxiliary(uint32_t conj) const {
    for (uint32_t t = conj, steps = 0; t-- > r_.clause_start && steps < 14; ++steps) {
      if (at_.verb_lemma[t] != low(t) && t > r_.clause_start) {
        for (uint32_t a = t, k = 0; a-- > r_.clause_start && k < 4; ++k) {
          if (at_.has(a, kPossessive)) break;  // "the women 's rights group": no "is"
          if (is_be(low(a))) return static_cast<int>(a);
          if (quotation_mark(a)) continue;
          if (!is_adverb_like(low(a)) && !stresses_subject(a)) break;
        }
      }
    }
    return -1;
  }

  // "police arrested a man for beating workers", "a fugitive wanted for killing a shop
  // owner": the gerund after "for" tells what the person before "for" did, so that person, not
  // the sentence's subject, is its doer. Past one participle ("wanted", "jailed") after the
  // person. Not "arrested for beating" (no one between the verb and "for"). So too "police
  // arrested a man suspected of killing X", "accused of", "convicted of", "charged with".
  void doer_before_for() {
    if (first_ < 3 || !low(first_).ends_with("ing")) return;
    const std::string_view p = low(first_ - 1);
    // "a man suspected of killing", "charged a man with killing": the accusing verb right
    // before the preposition, or before the person accused.
    auto accusing = [&](uint32_t t) {
      const std::string_view v = at_.verb_lemma[t];
      return p == "of" ? v == "suspect" || v == "accuse" || v == "convict" : v == "charge";
    };
    bool charged = false;
    if (p == "of" || p == "with") {
      const int m = ctx_.token_mention[first_ - 2];
      charged = accusing(first_ - 2);
      if (!charged && m >= 0) {
        // Past an article or a count before the person ("charged a man", "two officers").
        uint32_t b = ctx_.mentions[m].first_token;
        for (int n = 0; n < 2 && b > r_.clause_start &&
                        (is_article(low(b - 1)) || is_count(b - 1) ||
                         at_.tokens[b - 1].kind == TokenKind::kNumber);
             ++n) {
          --b;
        }
        charged = b > 0 && accusing(b - 1);
      }
    }
    if (p != "for" && !charged) return;
    r_.charged_deed = charged;
    uint32_t k = first_ - 2;
    if (ctx_.token_mention[k] < 0 && k > r_.clause_start && at_.lower[k] != at_.verb_lemma[k] &&
        at_.has(k, kLowerCase)) {
      --k;
    }
    int m = ctx_.token_mention[k];
    if (m < 0 || !is_argument(ctx_.mentions[m])) return;
    MentionKind kind = ctx_.mentions[m].kind;
    if (kind == MentionKind::kPerson || kind == MentionKind::kGroup ||
        kind == MentionKind::kRelative || kind == MentionKind::kPronoun ||
        kind == MentionKind::kDescriptor || (charged && kind == MentionKind::kStateActor)) {
      r_.subject = {m};
    }
  }

  // "learned of a court order dissolving her group", "a decree banning the party": a gerund
  // right after a ruling's noun tells what the ruling does; the body named in front of the
  // noun ("court") did it, and the sentence's subject did not.
  void ruling_before_gerund() {
    if (first_ < 2 || !low(first_).ends_with("ing")) return;
    const std::string_view n = at_.noun_lemma[first_ - 1];
    if (n != "order" && n != "decision" && n != "ruling" && n != "decree" && n != "verdict" &&
        n != "judgment" && n != "judgement" && n != "resolution") {
      return;
    }
    r_.subject.clear();
    const int m = ctx_.token_mention[first_ - 2];
    if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kStateActor &&
        ctx_.mentions[m].end_token == first_ - 1) {
      r_.subject = {m};
    }
  }

  void find_subject(uint32_t limit) {
    // "told her family that she was beaten": a subject right after "that" makes it a
    // conjunction, not a relative pronoun standing for the noun before it.
    bool own_subject = false;
    if (relative_pronoun_ && low(opener_) == "that") {
      uint32_t t = r_.clause_start;
      // ("told reporters that two men had been detained": a count opens the subject too.)
      if (t + 1 < limit && (opens_noun_phrase(low(t)) || is_count(t))) ++t;
      int m = t < limit ? ctx_.token_mention[t] : -1;
      own_subject = m >= 0 && is_argument(ctx_.mentions[m]);
      // "the evidence of Mrs Ahmadi that the brother was arrested": a noun phrase after "that"
      // that names no one known still stands before the verb group.
      own_subject = own_subject ||
                    (t > r_.clause_start && t < limit && at_.has(t, kLowerCase) &&
                     at_.tokens[t].kind == TokenKind::kWord && !be_at(t) && !is_modal(low(t)) &&
                     low(t) != "has" && low(t) != "have" && low(t) != "had" &&
                     at_.verb_lemma[t] == low(t) && !is_adverb_like(low(t)));
    }
    if (relative_pronoun_ && opener_ > 0 && !own_subject) {
      // "Lima, who was detained": the noun before the relative pronoun, past an age ("Lima,
      // 76, who was released").
      uint32_t t = opener_;
      if (t > 0 && at_.token_text(t - 1) == ",") --t;
      if (t >= 2 && at_.tokens[t - 1].kind == TokenKind::kNumber && at_.token_text(t - 2) == ",")
        t -= 2;
      if (t > 0) {
        int m = ctx_.token_mention[t - 1];
        // "X, a student in Ahvaz, who was arrested": past the place phrase to its noun. So
        // too past an employer: "X, an editor at Gundem, who was detained".
        // (An outlet the name finder took for a person is no one after "an editor at".)
        const bool employer_named_like_a_person =
            m >= 0 && ctx_.mentions[m].kind == MentionKind::kPerson &&
            ctx_.mentions[m].first_token >= 3 && low(ctx_.mentions[m].first_token - 1) == "at" &&
            at_.has(ctx_.mentions[m].first_token - 2, kLowerCase);
        if (m >= 0 &&
            (ctx_.mentions[m].kind == MentionKind::kPlace ||
             ctx_.mentions[m].kind == MentionKind::kOrganization || employer_named_like_a_person)) {
          uint32_t p = ctx_.mentions[m].first_token;
          const bool place = ctx_.mentions[m].kind == MentionKind::kPlace;
          if (p >= 3 && is_article(low(p - 1))) --p;  // "a reporter for the X Network, who"
          if (p >= 2 &&
              (low(p - 1) == "in" || low(p - 1) == "from" || low(p - 1) == "at" ||
               low(p - 1) == "of" || (!place && (low(p - 1) == "with" || low(p - 1) == "for")))) {
            m = ctx_.token_mention[p - 2];
            // "X, an editor at Gundem, who": a role noun that is no mention, then the name
            // before its comma.
            if (m < 0 || !is_argument(ctx_.mentions[m])) {
              uint32_t k = p - 2;
              if (m >= 0) k = ctx_.mentions[m].first_token;
              // (Not past a participle: "a reporter, born in Lagos, who".)
              for (int n = 0; n < 4 && k > 0 && at_.has(k, kLowerCase) &&
                              at_.tokens[k].kind == TokenKind::kWord && at_.verb_lemma[k] == low(k);
                   ++n) {
                --k;
              }
              if (k > 0 && at_.token_text(k) == ",") m = ctx_.token_mention[k - 1];
            }
          }
        }
        if (m >= 0 && is_argument(ctx_.mentions[m])) {
          r_.subject = {m};
          return;
        }
      }
    }
    for (uint32_t t = r_.clause_start; t < limit; ++t) {
      // "Her account, which has 80,000 followers, has been blocked": no subject inside a
      // relative clause between commas.
      if (at_.token_text(t) == "," && t + 1 < limit &&
          (low(t + 1) == "which" || low(t + 1) == "who" || low(t + 1) == "that")) {
        uint32_t close = t + 2;
        while (close < limit && at_.token_text(close) != ",") ++close;
        if (close < limit) {
          t = close;
          continue;
        }
      }
      int m = ctx_.token_mention[t];
      if (m < 0 || ctx_.mentions[m].first_token != t) continue;
      if (!is_argument(ctx_.mentions[m])) continue;
      // "Lima's father was detained": the subject is the father, not Lima.
      if (ctx_.mentions[m].end_token < limit && at_.has(ctx_.mentions[m].end_token, kPossessive))
        continue;
      // "the party leader was detained": the organisation only modifies the head noun.
      if (uint32_t e = ctx_.mentions[m].end_token;
          e < limit && ctx_.token_mention[e] >= 0 &&
          (ctx_.mentions[ctx_.token_mention[e]].kind == MentionKind::kDescriptor ||
           ctx_.mentions[ctx_.token_mention[e]].kind == MentionKind::kGroup)) {
        continue;
      }
      // "Hundreds of police officers ... demolished": a quantity's "of" leads to the subject.
      bool partitive =
          t >= r_.clause_start + 2 && low(t - 1) == "of" &&
          (at_.tokens[t - 2].kind == TokenKind::kNumber || is_partitive_count(low(t - 2)));
      if (t > r_.clause_start && is_preposition(low(t - 1)) && !partitive) continue;
      // "according to her brother, interrogators kicked her": after a possessive too, but
      // not a partitive's "of" ("two of my daughters-in-law were detained").
      if (t > 1 && is_preposition(low(t - 2)) &&
          (low(t - 1) == "the" || low(t - 1) == "a" ||
           (is_possessive_determiner(low(t - 1)) && low(t - 2) != "of"))) {
        continue;
      }
      // "documented 47 arrests of peaceful protesters": a preposition and a modifier or two.
      if (!partitive && after_preposition_and_modifiers(t)) continue;
      r_.subject = coordinated_from(t, limit);
      return;
    }
  }

  // A preposition, then one or two lower-case modifiers ("peaceful", "striking"; no count, no
  // "be" or "have"), right before token t.
  bool after_preposition_and_modifiers(uint32_t t) const {
    for (uint32_t k = t, n = 0; k > r_.clause_start && n < 3; ++n) {
      --k;
      if (is_preposition(low(k))) {
        // Not a quantity's "of": "Hundreds of young protesters were detained".
        const bool quantity = low(k) == "of" && k > r_.clause_start &&
                              (at_.tokens[k - 1].kind == TokenKind::kNumber ||
                               is_partitive_count(low(k - 1)));
        return n > 0 && !quantity;
      }
      // Modifiers, not a count ("at least eight people", "more than two students").
      if (at_.tokens[k].kind != TokenKind::kWord || !at_.has(k, kLowerCase) ||
          ctx_.token_mention[k] >= 0 || casebook::be_at(at_, k) || low(k) == "has" ||
          low(k) == "have" || low(k) == "had" || low(k) == "and" || low(k) == "or" || is_count(k) ||
          low(k) == "least" || low(k) == "most" ||
          low(k) == "than" || is_partitive_count(low(k))) {
        return false;
      }
    }
    return false;
  }

  // "Ana Lima, an activist who fled the country after the coup, has been granted asylum":
  // the clause opens with its verb group after the comma that closes an apposition, and its
  // subject is the person the sentence opens with.
  void subject_before_apposition(const Sentence& s, uint32_t limit) {
    uint32_t open = limit;  // the verb group's clause: after the last comma, adverbs at most
    while (open > s.first_token && limit - open < 3 && at_.token_text(open - 1) != ",") --open;
    if (open <= s.first_token || at_.token_text(open - 1) != ",") return;
    for (uint32_t t = open; t < limit; ++t) {
      if (ctx_.token_mention[t] >= 0 || at_.tokens[t].kind != TokenKind::kWord) return;
    }
    int m = ctx_.token_mention[s.first_token];
    if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson || ctx_.mentions[m].entity < 0)
      return;
    uint32_t e = ctx_.mentions[m].end_token;
    if (e + 1 >= open || at_.token_text(e) != ",") return;
    r_.subject = {m};
  }

  // Whether "Day" follows at t, past up to two more capitalised words ("... Freedom Day").
  bool names_a_day(uint32_t t, uint32_t limit) const {
    for (uint32_t k = t; k < limit && k <= t + 2; ++k) {
      if (low(k) == "day") return true;
      if (!at_.has(k, kCapitalized)) return false;
    }
    return false;
  }

  // "the arrest of young X", "the detentions of young, unarmed students": "of" before
  // the mention at t, across up to three lower-case modifiers and the commas between them.
  bool of_before_modifiers(uint32_t t) const {
    for (uint32_t k = t, n = 0; k-- > end_ && n < 4; ++n) {
      if (low(k) == "of") return n > 0;
      if (at_.token_text(k) == ",") continue;
      if (at_.tokens[k].kind != TokenKind::kWord || !at_.has(k, kLowerCase) ||
          is_preposition(low(k)) || low(k) == "and" || low(k) == "or" ||
          ctx_.token_mention[k] >= 0) {
        return false;
      }
    }
    return false;
  }

  void find_object() {
    // "took him hostage", "took the farmer from his home": a phrase's wildcard holds the
    // object; not a possessive ("from his home") nor a name inside a longer phrase's noun.
    if (is_verb_ && end_ > first_ + 1) {
      for (uint32_t t = first_ + 1; t < end_; ++t) {
        int m = ctx_.token_mention[t];
        if (m < 0 || ctx_.mentions[m].first_token != t || !is_argument(ctx_.mentions[m])) continue;
        if (ctx_.mentions[m].kind == MentionKind::kPronoun && ctx_.mentions[m].possessive) continue;
        // "designated the X Centre a foreign agent", "added the X Centre to the register of
        // foreign agents": a verb of designation names the body it designates.
        const std::string_view v = at_.verb_lemma[first_];
        const bool designation = v == "designate" || v == "declare" || v == "list" ||
                                 v == "register" || v == "recognise" || v == "recognize" ||
                                 v == "add" || v == "include";
        if (ctx_.mentions[m].kind == MentionKind::kOrganization && designation) {
          r_.object = {m};
          return;
        }
        if (ctx_.mentions[m].kind == MentionKind::kOrganization ||
            ctx_.mentions[m].kind == MentionKind::kStateActor ||
            ctx_.mentions[m].kind == MentionKind::kPlace) {
          continue;
        }
        r_.object = {m};
        return;
      }
    }
    uint32_t limit = std::min<uint32_t>(r_.clause_end, end_ + object_window_);
    // "flattened the village in May", "continue prosecuting these files,": a noun phrase right
    // after the verb that holds no person is its object; a name later in the sentence is not. For a
    // noun trigger, the same after "of": "the trial of a new vaccine". The phrase runs on
    // through "of" ("the farm of X" holds X); a phrase trigger ("granted her bail") is left to
    // the readings below.
    // "the torture and drowning of cats": a second act noun shares the first's "of".
    uint32_t of_at = end_;
    if (!is_verb_ && end_ + 3 < limit && low(end_) == "and" && low(end_ + 2) == "of" &&
        ctx_.token_mention[end_ + 1] < 0 && at_.has(end_ + 1, kLowerCase)) {
      of_at = end_ + 2;
    }
    uint32_t np = is_verb_ ? end_ : of_at + 1;
    // "killed off the vineyards", "killing off apple orchards": a particle between the verb
    // and its object.
    if (is_verb_ && np + 1 < limit && low(np) == "off" &&
        (opens_noun_phrase(low(np + 1)) ||
         (at_.tokens[np + 1].kind == TokenKind::kWord && at_.has(np + 1, kLowerCase) &&
          !is_preposition(low(np + 1))))) {
      ++np;
    }
    // "the senate leader vowed to kill it", "beat it with sticks": "it" right after the verb,
    // closing the clause or before a preposition, is a thing, never a person (not "each time I
    // was detained it meant", where "it" opens the next clause).
    if (is_verb_ && end_ == first_ + 1 && np < limit && low(np) == "it" &&
        (np + 1 >= at_.tokens.size() || at_.tokens[np + 1].kind == TokenKind::kPunct ||
         is_preposition(low(np + 1)) || low(np + 1) == "and")) {
      r_.thing_object = true;
      return;
    }
    // "executed three warrants", "killed three cows": a count opens the phrase too, when
    // its head is a plural noun ("killed 10 in the attack", "killed two and wounded three" count
    // people).
    const bool counted = np < limit && is_count(np) && ctx_.token_mention[np] < 0;
    // "shot rabbits.", "the torture of animals in markets": a bare plural noun that names no
    // person, closing the phrase, is a thing too (people are mentions: "killed villagers";
    // not "killed dozens of farmers", "newsrooms and academics", nor "mailed threatening
    // letters to X", whose victim comes after "to").
    // So is a bare compound ending in one ("keep prosecuting fraud cases,").
    uint32_t bare = np;
    if (np + 1 < limit && ctx_.token_mention[np] < 0 && ctx_.token_mention[np + 1] < 0 &&
        at_.tokens[np].kind == TokenKind::kWord && at_.has(np, kLowerCase) &&
        at_.noun_lemma[np] == low(np) && !opens_noun_phrase(low(np)) && !is_count(np) &&
        !is_clause_opener(low(np)) && low(np) != "and" && low(np) != "or" && low(np) != "nor" &&
        low(np) != "then" && low(np) != "also" && low(np) != "not" && low(np) != "so" &&
        !is_preposition(low(np)) && !is_adverb_like(low(np)) && at_.verb_lemma[np] == low(np) &&
        !is_person_noun(at_.noun_lemma[np]) && at_.tokens[np + 1].kind == TokenKind::kWord) {
      bare = np + 1;
    }
    if (end_ == first_ + 1 && bare < limit && (is_verb_ || low(of_at) == "of") &&
        ctx_.token_mention[bare] < 0 && at_.tokens[bare].kind == TokenKind::kWord &&
        at_.has(bare, kLowerCase) && at_.noun_lemma[bare] != low(bare) &&
        low(bare).ends_with('s') && !is_person_noun(at_.noun_lemma[bare]) && !is_count(bare) &&
        !duration_follows(bare) &&  // "detained weeks after": a span of time
        (bare + 1 >= limit || at_.tokens[bare + 1].kind == TokenKind::kPunct ||
         low(bare + 1) == "as" ||
         (is_preposition(low(bare + 1)) && low(bare + 1) != "of" && low(bare + 1) != "to" &&
          low(bare + 1) != "against"))) {
      r_.thing_object = true;
      return;
    }
    // (Not a time: "an activist detained this year" has no object.)
    if (end_ == first_ + 1 && np < limit && (is_verb_ || low(of_at) == "of") &&
        ctx_.token_mention[np] < 0 && (opens_noun_phrase(low(np)) || counted) && !at_.in_time[np]) {
      uint32_t t = np + 1;
      // "releasing a song that criticised the police": a relative clause ends the phrase, and
      // so does a second verb ("executed several warrants and questioned staff").
      // The phrase's head noun is the word before its "of" or its end: "murdering the founder
      // of a radio" names a person (WordNet's person nouns), "prosecuting these fraud files"
      // does not.
      uint32_t head = np;
      while (t < limit && ctx_.token_mention[t] < 0 && at_.tokens[t].kind != TokenKind::kPunct &&
             (!is_preposition(low(t)) || low(t) == "of") && low(t) != "that" && low(t) != "which" &&
             !(low(t) == "and" && verb_between(t + 1, std::min(t + 2, limit)))) {
        if (low(t) == "of" && head == np) head = t - 1;
        ++t;
      }
      if (head == np) head = t - 1;
      // "dissolved the organisation he founded": a subject pronoun and its verb after the noun
      // open a relative clause; the phrase is the thing before it.
      const bool contact_relative = t + 1 < limit && t > np && ctx_.token_mention[t] >= 0 &&
                                    (low(t) == "he" || low(t) == "she" || low(t) == "they" ||
                                     low(t) == "we" || low(t) == "i") &&
                                    at_.verb_lemma[t + 1] != low(t + 1) &&
                                    low(t + 1).ends_with("ed");
      // After a count an -s word is a noun ("warrants"), whatever its verb reading.
      const bool plural_head =
          head > np && at_.has(head, kLowerCase) && at_.noun_lemma[head] != low(head);
      // "the execution of the young Kurd": a capitalised head names people or a place.
      if (t < limit && (ctx_.token_mention[t] < 0 || contact_relative) &&
          !is_person_noun(at_.noun_lemma[head]) && at_.has(head, kLowerCase) &&
          !(low(np) == "those" && head == np + 1) && !those_people(np) &&
          (!counted || opens_noun_phrase(low(np)) || plural_head)) {
        r_.thing_object = true;
        return;
      }
    }
    // "the pre-trial detention facility of the security service": the act noun modifies a
    // place, and the "of" after it names the place's keeper, not whom the act took.
    if (names_a_holding_places_keeper(at_, end_, limit)) return;
    for (uint32_t t = end_; t < limit; ++t) {
      // "faces charges alongside Y", "was tried together with Y": the company of the one the
      // act is done to (add_companions), not an object.
      if (low(t) == "alongside" ||
          ((low(t) == "along" || low(t) == "together") && t + 1 < limit && low(t + 1) == "with")) {
        break;
      }
      // "a woman detained during protests has told her family": a new verb group ends the
      // verb's reach; its object comes before.
      if (is_verb_ && t > end_ && is_finite_auxiliary(low(t))) break;
      // "arrested dozens of mourners as they left the cemetery": "as" with a subject opens a
      // clause of its own.
      if (t > end_ && low(t) == "as" && t + 1 < limit &&
          (low(t + 1) == "they" || low(t + 1) == "he" || low(t + 1) == "she" ||
           low(t + 1) == "we" || low(t + 1) == "i" || opens_as_clause(t, limit))) {
        break;
      }
      // "charged them with kidnapping on Thursday, a police spokesman said": the words of
      // the one reporting close the clause.
      if (t >= end_ && at_.token_text(t) == "," && reported_by_after(t)) break;
      // "to investigate the ill-treatment, and to disclose the whereabouts of X": a second
      // infinitive after a comma is another clause.
      // (A call's beneficiaries may stand in any of its infinitives.)
      if (!people_only_ && t >= end_ && at_.token_text(t) == "," && t + 2 < limit &&
          (low(t + 1) == "and" || low(t + 1) == "or") && low(t + 2) == "to") {
        break;
      }
      // "tortured those held in the camp, and witnesses saw it": "those" with a participle or
      // "who" after it is the object, people the text does not name.
      if (is_verb_ && t == end_ && low(t) == "those" && ctx_.token_mention[t] < 0 &&
          t + 1 < limit &&
          (low(t + 1) == "who" ||
           (at_.has(t + 1, kLowerCase) && at_.verb_lemma[t + 1] != low(t + 1) &&
            !low(t + 1).ends_with('s') && !low(t + 1).ends_with("ing")))) {
        r_.unknown_object = true;
        break;
      }
      int m = ctx_.token_mention[t];
      if (m < 0 || ctx_.mentions[m].first_token != t) continue;
      // "charged him with the murder of X": an object pronoun right after the verb is its
      // object, though the text never says who it is.
      if (is_verb_ && t == end_ && ctx_.mentions[m].kind == MentionKind::kPronoun &&
          !ctx_.mentions[m].possessive && !ctx_.mentions[m].first_person &&
          !is_argument(ctx_.mentions[m])) {
        r_.unknown_object = true;
        break;
      }
      if (!is_argument(ctx_.mentions[m])) continue;
      // "the arrest of Kremlin critic X", "detained Navalny ally X": the state actor or person
      // before the title only says whose critic or ally X is.
      const int titled =
          ctx_.mentions[m].kind == MentionKind::kOrganization ? -1 : titled_person_after(m, limit);
      if (titled < 0 && people_only_ &&
          (ctx_.mentions[m].kind == MentionKind::kOrganization ||
           ctx_.mentions[m].kind == MentionKind::kStateActor)) {
        continue;
      }
      // "released the women's rights activist X": a possessor modifies what follows.
      if (ctx_.mentions[m].end_token < limit && at_.has(ctx_.mentions[m].end_token, kPossessive))
        continue;
      // "shot dead a farmers' rights advocate": the group only modifies the person after it.
      if (modifies_next(m, limit)) continue;
      std::string_view before = t > 0 ? low(t - 1) : "";
      // "with the Human Rights Council", "in the capital": a determiner after a preposition.
      // Not "threats against the family of X", after a noun trigger.
      const bool aimed_at = !is_verb_ && t > 1 && is_article(before) &&
                            (low(t - 2) == "against" || low(t - 2) == "on");
      // "opened fire on (the) protesters", "spied on X": the preposition ending a phrase
      // trigger is the phrase's own, and what follows it is the object.
      const bool phrase_preposition = is_verb_ && end_ > first_ + 1 &&
                                      is_preposition(low(end_ - 1)) &&
                                      (t == end_ || (t == end_ + 1 && is_article(before)));
      if (is_article(before) && t > 1 && is_preposition(low(t - 2)) && low(t - 2) != "of" &&
          !aimed_at && !phrase_preposition) {
        continue;
      }
      // "the arrest of X" and "detained X"; not "detained in Minsk" or "by police".
      if (before == "by") continue;
      if (is_preposition(before) && before != "of" && !phrase_preposition) {
        if (is_verb_ && !noun_phrase_trigger()) continue;
        if (before != "on" && before != "against" && before != "for") continue;
      }
      // "The shot was fired by one of the guards": the "of" of a count after "by" is the
      // agent's.
      if (!is_verb_ && t >= end_ + 3 && in_partitive_agent(t)) continue;
      if (!is_verb_ && before != "of" && before != "on" && before != "against" && before != "for" &&
          !(t > 1 && low(t - 2) == "of") && !of_before_modifiers(t) && !aimed_at) {
        continue;
      }
      // "the detentions on World Press Freedom Day": the name of a day is no victim.
      if (!is_verb_ && names_a_day(ctx_.mentions[m].end_token, limit)) continue;
      // "sentenced two journalists of the outlet Kloop, A and B, to five years": the names
      // apposed to the group's noun phrase are whom the act took.
      const MentionKind kind = ctx_.mentions[m].kind;
      if (kind == MentionKind::kGroup || kind == MentionKind::kDescriptor) {
        std::vector<int> names = names_apposed_after(ctx_.mentions[m].end_token);
        if (!names.empty()) {
          r_.object = names;
          return;
        }
      }
      r_.object =
          coordinated_from(titled >= 0 ? ctx_.mentions[titled].first_token : t, r_.clause_end);
      return;
    }
    if (!r_.thing_object) names_after_long_noun_phrase();
  }

  // The people named after a noun phrase's "of" part ("of the independent outlet Kloop
  // Asia"), between commas: "two journalists of the outlet Kloop, A and B, to five years".
  // Empty when the phrase runs into anything else.
  std::vector<int> names_apposed_after(uint32_t from) const {
    if (from >= r_.clause_end || low(from) != "of") return {};
    for (uint32_t k = from + 1; k < r_.clause_end && k < from + 12; ++k) {
      if (at_.token_text(k) == ",") {
        int n = k + 1 < r_.clause_end ? ctx_.token_mention[k + 1] : -1;
        if (k == from + 1 || n < 0 || ctx_.mentions[n].kind != MentionKind::kPerson) return {};
        std::vector<int> names = coordinated_from(k + 1, r_.clause_end);
        uint32_t close = ctx_.mentions[names.back()].end_token;
        if (close < r_.clause_end && at_.token_text(close) == ",") return names;
        return {};
      }
      int m = ctx_.token_mention[k];
      if (m >= 0) {
        MentionKind kind = ctx_.mentions[m].kind;
        if (kind != MentionKind::kOrganization && kind != MentionKind::kPlace &&
            kind != MentionKind::kGroup && kind != MentionKind::kDescriptor) {
          return {};
        }
        continue;
      }
      if (!(at_.tokens[k].kind == TokenKind::kWord && at_.has(k, kLowerCase)) &&
          !at_.has(k, kPossessive)) {
        return {};
      }
    }
    return {};
  }

  // "sentenced three leaders of the teachers' union, A, B and C, to five years", "the
  // sentencing on March 9 of three union leaders, A, B and C,": a plain noun phrase longer than
  // the object window, then the names apposed to it, closed by a comma.
  void names_after_long_noun_phrase() {
    uint32_t t = end_;
    if (!is_verb_) {  // past a date to "of"
      while (t < r_.clause_end && t < end_ + 6 && low(t) != "of" &&
             (at_.in_time[t] || low(t) == "on" || low(t) == "in")) {
        ++t;
      }
      if (t >= r_.clause_end || low(t) != "of") return;
      ++t;
    }
    for (uint32_t k = t; k < r_.clause_end && k < t + 12; ++k) {
      int m = ctx_.token_mention[k];
      if (at_.token_text(k) == ",") {
        int n = k + 1 < r_.clause_end ? ctx_.token_mention[k + 1] : -1;
        if (k == t || n < 0 || ctx_.mentions[n].kind != MentionKind::kPerson) return;
        std::vector<int> names = coordinated_from(k + 1, r_.clause_end);
        uint32_t close = ctx_.mentions[names.back()].end_token;
        if (close < r_.clause_end && at_.token_text(close) == ",") r_.object = names;
        return;
      }
      if (m >= 0 && ctx_.mentions[m].kind != MentionKind::kGroup &&
          ctx_.mentions[m].kind != MentionKind::kDescriptor) {
        return;
      }
      // Lower-case words only: a capitalised one may be a name the finders missed.
      if (m < 0 && !(at_.tokens[k].kind == TokenKind::kWord && at_.has(k, kLowerCase)) &&
          !at_.has(k, kPossessive) && at_.tokens[k].kind != TokenKind::kNumber) {
        return;
      }
    }
  }

  // "Ivo Marek brought charges against X", "filed a complaint against X": a phrase whose
  // verb is followed by its own object noun is active, whoever it is against; not a reduced
  // passive on the name before it (unlike "X, taken into custody on Monday"). So is one
  // with a person inside it: "Judge X granted him bail", "granted Ana Lima bail".
  bool phrase_holds_its_object() const {
    for (uint32_t t = first_ + 1; t < end_; ++t) {
      const std::string_view w = low(t);
      if (w == "him" || w == "her" || w == "them" || w == "me" || w == "us") return true;
      // (A capitalised word in the phrase is a name, known or not: "granted Qureshi bail".)
      // Not in a headline, whose every word has a capital ("Activist Freed By Court").
      if (at_.has(t, kCapitalized) && !at_.is_headline(at_.sentence_of[t])) return true;
      if (const int m = ctx_.token_mention[t];
          m >= 0 && (ctx_.mentions[m].kind == MentionKind::kPerson ||
                     ctx_.mentions[m].kind == MentionKind::kRelative)) {
        return true;
      }
      if (w == "charge" || w == "charges" || w == "case" || w == "complaint" || w == "complaints" ||
          w == "lawsuit" || w == "suit" || w == "indictment") {
        return true;
      }
    }
    return false;
  }

  // "five girls and their teacher kidnapped by armed bandits": a past participle followed by
  // "by" is a reduced passive, whose subject is the nearest noun phrase before it.
  void reduced_passive_with_agent() {
    if (!is_verb_ || end_ != first_ + 1 || end_ >= r_.clause_end || low(end_) != "by") return;
    if (at_.lower[first_] == at_.verb_lemma[first_] || low(first_).ends_with("ing")) return;
    for (uint32_t t = first_, k = 0; t-- > r_.clause_start && k < 6; ++k) {
      int m = ctx_.token_mention[t];
      if (m >= 0 && is_argument(ctx_.mentions[m])) {
        if (ctx_.mentions[m].kind != MentionKind::kStateActor) {
          r_.passive = true;
          r_.subject = {m};
        }
        return;
      }
      if (at_.tokens[t].kind != TokenKind::kWord) return;  // a mention no one stands for: on
    }
  }

  // Not the copula: "Among those arrested the next day were X, Y and Z" lists the objects.
  static bool is_finite_auxiliary(std::string_view w) {
    return w == "has" || w == "have" || w == "had" || w == "will";
  }

  // "X was arrested together with journalist Y and Z", "detained X along with Y",
  // "alongside Y": the companions share the act. Not "along with the charges".
  void add_companions(std::vector<int>* people) const {
    for (uint32_t t = end_; t + 1 < r_.clause_end; ++t) {
      // Not past another verb or its agent: "held after a plea filed by X along with Y".
      if (t > end_ && (low(t) == "by" || verb_between(t, t + 1))) return;
      bool with = (low(t) == "together" || low(t) == "along") && low(t + 1) == "with";
      if (!with && low(t) != "alongside") continue;
      for (uint32_t k = t + (with ? 2 : 1); k < r_.clause_end && k < t + 6; ++k) {
        int m = ctx_.token_mention[k];
        if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kPronoun &&
            ctx_.mentions[m].possessive) {
          continue;  // "together with his driver Y"
        }
        if (m < 0) {
          if (at_.tokens[k].kind != TokenKind::kWord || !at_.has(k, kLowerCase)) return;
          continue;
        }
        MentionKind kind = ctx_.mentions[m].kind;
        if (kind != MentionKind::kPerson && kind != MentionKind::kRelative &&
            kind != MentionKind::kDescriptor && kind != MentionKind::kGroup) {
          return;
        }
        for (int p : coordinated_from(k, r_.clause_end)) push_unique(p, people);
        return;
      }
      return;
    }
  }

  // "Among those who were abducted is union leader Ana Lima, ...", "those detained include
  // X and Y": the people come after a copula or "include". Not "those detained were
  // released by police" (no person right after the verb).
  void find_listed_after_copula(const Sentence& s) {
    for (uint32_t t = end_; t < s.end_token && t < end_ + 12; ++t) {
      std::string_view w = low(t);
      // "arrests were common in the spring - that was during X's first term": another
      // clause's copula.
      if (is_clause_opener(w)) return;
      if (!is_be(w) && at_.verb_lemma[t] != "include") {
        const int m = ctx_.token_mention[t];
        // "The detained students are:": the noun the participle qualifies, then the copula.
        if (m >= 0 && t == end_ && ctx_.mentions[m].kind == MentionKind::kGroup) {
          t = ctx_.mentions[m].end_token - 1;
          continue;
        }
        if (m >= 0 && is_argument(ctx_.mentions[m])) return;
        continue;
      }
      for (uint32_t k = t + 1, window = t + 6; k < s.end_token && k < window; ++k) {
        int m = ctx_.token_mention[k];
        if (m >= 0) {
          MentionKind kind = ctx_.mentions[m].kind;
          if (kind == MentionKind::kStateActor || kind == MentionKind::kPronoun ||
              !is_argument(ctx_.mentions[m])) {
            return;
          }
          // "is Farmers Union of Kenya president X": on to the person the title is of.
          if (kind == MentionKind::kOrganization && titled_person_after(m, s.end_token) >= 0) {
            k = ctx_.mentions[m].end_token - 1;
            window = k + 5;
            continue;
          }
          if (kind != MentionKind::kOrganization) r_.listed = coordinated_from(k, s.end_token);
          return;
        }
        // "The missing are: X, 24, a student; Y, 31, a teacher; ...": past a colon. Not past
        // a preposition or a word that opens a clause ("was before X").
        if (at_.tokens[k].kind != TokenKind::kWord && at_.token_text(k) != ":") return;
        if (is_preposition(low(k)) || (is_clause_opener(low(k)) && low(k) != ":")) return;
        // "The detained students are:" closing its sentence, then one name to a line (a list).
        if (at_.token_text(k) == ":" && k + 1 == s.end_token) {
          r_.listed = names_opening_the_lines_after(s);
          return;
        }
      }
      return;
    }
  }

  // The person opening each of the sentences after `s`, one to a paragraph, while each does:
  // the items of a list ("Reza Karimi, 21, engineering student").
  std::vector<int> names_opening_the_lines_after(const Sentence& s) const {
    std::vector<int> names;
    for (size_t i = static_cast<size_t>(&s - at_.sentences.data()) + 1;
         i < at_.sentences.size() && names.size() < 40; ++i) {
      const Sentence& line = at_.sentences[i];
      if (line.first_token >= line.end_token || !at_.has(line.first_token, kParagraphStart)) break;
      const int m = ctx_.token_mention[line.first_token];
      if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson) break;
      names.push_back(m);
    }
    return names;
  }

  // "Group 24, an opposition movement banned in 2014": a past participle after a noun phrase
  // that names no one, with no object of its own, is a reduced passive; what was banned is
  // the name the phrase is apposed to, and the sentence's subject did not ban it.
  // "Relatives of exiled blogger detained in Khujand": when the participle is the clause's
  // only verb and the noun before it closes an "of" phrase that opens the sentence, the
  // phrase's head is what was done to; the noun only completes it. -1 otherwise.
  // Also "In a separate case, the father of journalist X died in custody": past a role word
  // before the name, and after an opening phrase's comma.
  int opening_head_of(int m, const Sentence& s) const {
    uint32_t t = ctx_.mentions[m].first_token;
    if (t > s.first_token && ctx_.token_mention[t - 1] >= 0 &&
        ctx_.mentions[ctx_.token_mention[t - 1]].kind == MentionKind::kDescriptor) {
      t = ctx_.mentions[ctx_.token_mention[t - 1]].first_token;  // "journalist"
    }
    const uint32_t name = t;
    // "Lawyer for jailed editor barred from leaving": in a headline "for" too.
    const bool headline = at_.is_headline(static_cast<uint32_t>(&s - at_.sentences.data()));
    auto joins = [&](uint32_t k) { return low(k) == "of" || (headline && low(k) == "for"); };
    while (t > s.first_token && t + 3 > name && ctx_.token_mention[t - 1] < 0 &&
           (at_.has(t - 1, kLowerCase) || past_demonym(t - 1) == t) && !joins(t - 1)) {
      --t;  // "exiled", "the", "Kazakh"
    }
    if (t < s.first_token + 2 || !joins(t - 1)) return -1;
    const int h = ctx_.token_mention[t - 2];
    if (h < 0 || !is_argument(ctx_.mentions[h]) || ctx_.mentions[h].end_token != t - 1) return -1;
    uint32_t start = ctx_.mentions[h].first_token;
    while (start > s.first_token && (is_article(low(start - 1)) || is_count(start - 1))) --start;
    const bool after_opening_phrase = start > s.first_token && at_.token_text(start - 1) == "," &&
                                      ctx_.mentions[h].kind == MentionKind::kRelative;
    if ((start != s.first_token && !after_opening_phrase) || verb_between(s.first_token, t - 1))
      return -1;
    return h;
  }

  // "detained weeks after", "freed two days before": a span of time right after a participle
  // is no object of it.
  bool duration_follows(uint32_t t) const {
    if (t >= sentence_end_) return false;
    if (is_time_unit(low(t))) return true;
    return t + 1 < sentence_end_ && is_time_unit(low(t + 1)) &&
           (at_.tokens[t].kind == TokenKind::kNumber || is_count(t) || low(t) == "a" ||
            low(t) == "few");
  }

  void participle_after_noun_phrase() {
    std::string_view w = low(first_);
    if (first_ == 0 || w.ends_with("ing") || end_ != first_ + 1 || end_ >= sentence_end_) return;
    std::string_view next = low(end_);
    bool no_object = next == "in" || next == "on" || next == "at" || next == "as" || next == "by" ||
                     next == "for" || next == "from" || next == "under" || next == "since" ||
                     next == "after" || next == "last" || next == "," || next == "." ||
                     next == "without" || at_.in_time[end_] || duration_follows(end_);
    if (!no_object) return;
    // "the third activist detained this year": a role the reader knows may be the noun.
    uint32_t t = first_;
    if (int m = ctx_.token_mention[first_ - 1]; m >= 0) {
      const Mention& role = ctx_.mentions[m];
      if (role.kind != MentionKind::kDescriptor || role.end_token != first_ ||
          role.first_token <= r_.clause_start) {
        return;
      }
      t = role.first_token;
      if (is_literal(low(t), "the") || is_literal(low(t), "a") || is_literal(low(t), "an")) ++t;
    }
    for (uint32_t steps = 0; steps < 4 && t > r_.clause_start; ++steps) {
      --t;
      std::string_view d = low(t);
      if (d == "a" || d == "an" || d == "the" || d == "its" || d == "their") {
        if (t + 1 == first_) return;  // "the banned": an attributive participle
        r_.passive = true;
        r_.subject.clear();
        if (t >= 2 && low(t - 1) == ",") {
          int m = ctx_.token_mention[t - 2];
          if (m >= 0 && is_argument(ctx_.mentions[m])) r_.subject = {m};
        }
        return;
      }
      if (ctx_.token_mention[t] >= 0 || !at_.has(t, kLowerCase) ||
          at_.tokens[t].kind != TokenKind::kWord || at_.verb_lemma[t] != d || is_adverb_like(d) ||
          d == "later" || d == "ago" || d == "who" || d == "which" || d == "that" || d == "and" ||
          d == "or") {
        return;
      }
    }
  }

  // Whether the participle follows "is the third <noun>", "was the latest <noun>": a form of
  // "be", "the", an ordinal past the first, and at most three words of the noun.
  bool counts_a_series() const {
    const uint32_t first = at_.sentences[at_.sentence_of[first_]].first_token;
    for (uint32_t k = first_, n = 0; k-- > first + 1 && n < 5; ++n) {
      if (low(k) != "the" || k + 1 >= first_) continue;
      const std::string_view o = low(k + 1);
      const bool ordinal = o == "second" || o == "third" || o == "fourth" || o == "fifth" ||
                           o == "sixth" || o == "seventh" || o == "eighth" || o == "ninth" ||
                           o == "tenth" || o == "latest";
      return ordinal && be_at(k - 1);
    }
    return false;
  }

  // "Ana Lima became the first person arrested under the law", "Ana Lima was among those
  // detained": a participle after a noun the copula says the subject is. The subject is then
  // the victim, not the one who arrested. Not "Ana Lima said police arrested him".
  void predicated_participle() {
    if (first_ == 0 || !at_.has(first_ - 1, kLowerCase)) return;
    // The word before the participle is its noun. "Ana Lima is the third exiled activist
    // detained this year": the noun may be a role the reader knows ("activist", "students");
    // the noun phrase then starts at its mention.
    uint32_t head = first_ - 1;
    if (int m = ctx_.token_mention[first_ - 1]; m >= 0) {
      const Mention& role = ctx_.mentions[m];
      if ((role.kind != MentionKind::kDescriptor && role.kind != MentionKind::kGroup) ||
          role.end_token != first_) {
        return;
      }
      head = role.first_token;
    }
    for (uint32_t t = head, steps = 0; t-- > r_.clause_start && steps < 6; ++steps) {
      std::string_view w = low(t);
      bool copula = be_at(t) || at_.verb_lemma[t] == "become" || at_.verb_lemma[t] == "remain";
      if (!copula) {
        if (ctx_.token_mention[t] >= 0 || !at_.has(t, kLowerCase) || at_.verb_lemma[t] != w) {
          return;  // a name or a verb between: not one noun phrase after a copula
        }
        continue;
      }
      for (uint32_t k = t; k-- > r_.clause_start;) {
        int m = ctx_.token_mention[k];
        if (m < 0 || ctx_.mentions[m].first_token != k) continue;
        MentionKind kind = ctx_.mentions[m].kind;
        // After a role noun, the subject is the one right before the copula ("Ana Lima is an
        // activist detained in May"; not "three of Lima's allies were among the people held").
        if (head != first_ - 1 && (ctx_.mentions[m].end_token != t ||
                                   (kind == MentionKind::kPronoun && ctx_.mentions[m].plural))) {
          return;
        }
        if (kind == MentionKind::kPerson || kind == MentionKind::kRelative ||
            kind == MentionKind::kDescriptor ||
            (kind == MentionKind::kPronoun && ctx_.mentions[m].entity >= 0)) {
          r_.passive = true;
          r_.subject = coordinated_from(k, t);
        }
        return;
      }
      return;
    }
  }

  // An organisation, a state actor or a person before a person's title and the person:
  // "Lawyers' Guild President X", "the Farmers Union of Kenya acting chairman X", "Kremlin critic
  // X", "Navalny ally X" (the title's last word names a person in WordNet). The titled
  // person's mention, else -1.
  int titled_person_after(int m, uint32_t limit) const {
    const MentionKind kind = ctx_.mentions[m].kind;
    if (kind != MentionKind::kOrganization && kind != MentionKind::kStateActor &&
        kind != MentionKind::kPerson) {
      return -1;
    }
    const uint32_t e = ctx_.mentions[m].end_token;
    if (e < limit && at_.has(e - 1, kPossessive)) return -1;
    // "detained the mayor Ana Lima", "Mayor Ana Lima": an official's singular title right
    // before the name.
    if (kind == MentionKind::kStateActor && e < limit && ctx_.token_mention[e] >= 0 &&
        ctx_.mentions[ctx_.token_mention[e]].kind == MentionKind::kPerson &&
        at_.noun_lemma[e - 1] == low(e - 1) && is_person_noun(at_.noun_lemma[e - 1])) {
      return ctx_.token_mention[e];
    }
    for (uint32_t k = e; k < limit && k < e + 3 && ctx_.token_mention[k] < 0 &&
                         at_.tokens[k].kind == TokenKind::kWord;
         ++k) {
      int p = k + 1 < limit ? ctx_.token_mention[k + 1] : -1;
      if (p >= 0 && ctx_.mentions[p].kind == MentionKind::kPerson &&
          is_person_noun(at_.noun_lemma[k])) {
        return p;
      }
    }
    return -1;
  }

  // A group or organisation right before a descriptor (after a plural apostrophe, if any):
  // "farmers' rights advocate", "the party leader".
  bool modifies_next(int m, uint32_t limit) const {
    MentionKind kind = ctx_.mentions[m].kind;
    if (kind != MentionKind::kGroup && kind != MentionKind::kOrganization) return false;
    uint32_t e = ctx_.mentions[m].end_token;
    bool possessive = e < limit && (at_.token_text(e) == "'" || at_.token_text(e) == "’");
    if (possessive) {
      ++e;
      // "the nurses' union leader X": over the possessed noun's own words to the person.
      for (uint32_t k = 0; k < 2 && e < limit && ctx_.token_mention[e] < 0 &&
                           at_.tokens[e].kind == TokenKind::kWord && at_.has(e, kLowerCase);
           ++k) {
        ++e;
      }
    }
    if (e >= limit || ctx_.token_mention[e] < 0) return false;
    MentionKind next = ctx_.mentions[ctx_.token_mention[e]].kind;
    return next == MentionKind::kDescriptor || (possessive && next == MentionKind::kPerson);
  }

  void find_agent() {
    uint32_t limit = std::min<uint32_t>(r_.clause_end, end_ + 10);
    for (uint32_t t = end_; t + 1 < limit; ++t) {
      // "demolished, according to a count by the village council": past "according to",
      // the "by" is the source's.
      if (low(t) == "according" && t + 1 < limit && low(t + 1) == "to") return;
      if (low(t) != "by") continue;
      // "by one of the company guards": past a partitive count.
      const uint32_t reach =
          t + 3 < limit && low(t + 2) == "of" && (is_count(t + 1) || low(t + 1) == "one") ? 7 : 4;
      for (uint32_t k = t + 1; k < limit && k < t + reach; ++k) {
        int m = ctx_.token_mention[k];
        if (m >= 0 && is_argument(ctx_.mentions[m])) {
          r_.agent = coordinated_from(k, r_.clause_end);
          return;
        }
      }
    }
  }

  void find_possessor() {
    if (first_ >= 2 && at_.has(first_ - 1, kPossessive)) {
      int m = ctx_.token_mention[first_ - 2];
      if (m >= 0 && is_argument(ctx_.mentions[m])) r_.possessor = m;
    } else if (first_ >= 1) {
      int m = ctx_.token_mention[first_ - 1];
      if (m >= 0 && ctx_.mentions[m].kind == MentionKind::kPronoun && ctx_.mentions[m].entity >= 0)
        r_.possessor = m;
    }
  }

  // An inflected verb in [a, b): "deports", "detained" (not a plural noun, "arrests" after a
  // determiner is read as one by its noun lemma).
  bool inflected_verb_in(uint32_t a, uint32_t b) const {
    for (uint32_t k = a; k < b; ++k) {
      std::string_view w = low(k);
      if (at_.tokens[k].kind != TokenKind::kWord || !at_.has(k, kLowerCase)) continue;
      if (at_.verb_lemma[k] != w && at_.noun_lemma[k] == w) return true;
    }
    return false;
  }

  // Whether the mention starting at t follows "by one of (the)", "by two of".
  bool in_partitive_agent(uint32_t t) const {
    uint32_t k = t;
    if (k > 0 && is_article(low(k - 1))) --k;
    return k >= 3 && low(k - 1) == "of" && (low(k - 2) == "one" || is_count(k - 2)) &&
           low(k - 3) == "by";
  }

  // "tortured those held in the camp", "arrest those marching in the capital", "kill those
  // who resist": "those" with a participle or "who" after it is people, not a thing.
  bool those_people(uint32_t np) const {
    if (low(np) != "those" || np + 1 >= at_.tokens.size()) return false;
    std::string_view w = low(np + 1);
    return w == "who" || w == "whom" ||
           (at_.tokens[np + 1].kind == TokenKind::kWord && at_.has(np + 1, kLowerCase) &&
            (w.ends_with("ing") || w.ends_with("ed") || at_.verb_lemma[np + 1] != w));
  }

  // Whether the habitual adjective at token t ("frequent", "rampant") is said of the act
  // itself: before the act noun with at most two words between ("frequent violent raids",
  // "rampant kidnapping cases"), or after the act and a copula ("abductions were frequent",
  // "abductions have grown commonplace"). Not "a market frequented by", nor "rampant
  // corruption" that a protest is about.
  bool said_of_the_act(uint32_t t) const {
    std::string_view w = low(t);
    if (w.ends_with("ed") || w.ends_with("ing") || w.ends_with('s')) return false;
    // Right after the adjective the act is a noun, whatever its verb reading ("their frequent
    // murders"); after it, a verb trigger is the copula's subject only as a plural or a
    // gerund ("kidnapping has become commonplace"), not "was detained, which is frequent".
    if (t < first_) {
      if (first_ - t > 3) return false;
      for (uint32_t k = t + 1; k < first_; ++k) {
        if (at_.tokens[k].kind != TokenKind::kWord || !at_.has(k, kLowerCase) ||
            is_preposition(low(k)) || low(k) == "and" || low(k) == "or") {
          return false;
        }
      }
      return true;
    }
    if (t <= end_) return false;
    if (is_verb_ && !low(end_ - 1).ends_with('s') && !low(end_ - 1).ends_with("ing")) return false;
    // The copula right before the adjective, past degree words ("were all too frequent").
    uint32_t k = t - 1;
    while (k > end_ && (is_adverb_like(low(k)) || low(k) == "too" || low(k) == "so" ||
                        low(k) == "very" || low(k) == "more" || low(k) == "quite")) {
      --k;
    }
    const bool copula = be_at(k) || at_.verb_lemma[k] == "become" ||
                        at_.verb_lemma[k] == "remain" || at_.verb_lemma[k] == "grow";
    if (!copula) return false;
    // Its auxiliaries ("have become", "will remain") belong to it.
    uint32_t group = k;
    while (group > end_ && (low(group - 1) == "has" || low(group - 1) == "have" ||
                            low(group - 1) == "had" || is_modal(low(group - 1)))) {
      --group;
    }
    // The act is the copula's subject: nothing between them but its own phrase, with no verb.
    for (uint32_t b = end_; b < group; ++b) {
      if (low(b) == "which" || low(b) == "that" || low(b) == "who") return false;
    }
    return group - end_ <= 8 && !verb_between(end_, group);
  }

  std::string_view cue_kind(uint32_t t) const {
    return t < ctx_.cue_at.size() ? ctx_.cue_at[t].kind : std::string_view();
  }

  void find_flags(uint32_t verb_group_start) {
    // "if he returns, his brother will be freed": the main clause of a condition.
    if (after_condition_) r_.hypothetical = true;
    // "if he is convicted", "unless she is released": a conditional clause.
    if (r_.clause_start > 0) {
      std::string_view opener = low(r_.clause_start - 1);
      if (opener == "if" || opener == "unless" || opener == "whether") r_.hypothetical = true;
    }
    // Negation and modality sit just before the verb group: "was not detained",
    // "could face arrest", "would punish".
    // "could mean prison, beatings and torture for him": a noun later in a list of nouns is as
    // far from the modal as the list's first.
    if (!is_verb_ && verb_group_start == first_) {
      uint32_t k = first_;
      while (k > r_.clause_start + 1 && first_ - k < 8 &&
             (low(k - 1) == "," || low(k - 1) == "and" || low(k - 1) == "or") &&
             at_.tokens[k - 2].kind == TokenKind::kWord && at_.has(k - 2, kLowerCase) &&
             ctx_.token_mention[k - 2] < 0 && !is_article(low(k - 2)) &&
             !is_preposition(low(k - 2))) {
        k -= 2;
      }
      verb_group_start = k;
    }
    // Four words back, not counting an adverb of likelihood or time ("would probably end in
    // his torture"), and a person's name as one ("asked for Teymur Aliyev to be sentenced").
    uint32_t from = verb_group_start;
    for (uint32_t n = 0; from > r_.clause_start && n < 4; --from) {
      std::string_view w = low(from - 1);
      const int m = ctx_.token_mention[from - 1];
      const bool inside_name = m >= 0 && ctx_.mentions[m].kind == MentionKind::kPerson &&
                               ctx_.mentions[m].first_token != from - 1;
      // "was never exposed to any kind of abuse": "any kind of" counts as none.
      auto kind_word = [](std::string_view k) {
        return k == "form" || k == "forms" || k == "kind" || k == "kinds" || k == "sort" ||
               k == "type";
      };
      const bool any_form_of = w == "any" || kind_word(w) ||
                               (w == "of" && from >= 2 && kind_word(low(from - 2)));
      if (w != "likely" && w != "probably" && w != "possibly" && w != "certainly" &&
          w != "surely" && w != "ultimately" && w != "eventually" && w != "inevitably" &&
          w != "soon" && w != "then" && !inside_name && !any_form_of) {
        ++n;
      }
    }
    // "When X said no, officers beat him", "Although X did not resist, the police beat him":
    // a comma and a new subject right after it close the clause the negation or modal was in.
    // (Not "is not killed in Y, abducted from a suburb or ...": a place is no subject.)
    for (uint32_t t = first_; t-- > from;) {
      if (at_.token_text(t) != ",") continue;
      uint32_t k = t + 1;
      if (k + 1 < first_ && (is_article(low(k)) || low(k) == "his" || low(k) == "her" ||
                             low(k) == "their")) {
        ++k;
      }
      const int m = k < first_ ? ctx_.token_mention[k] : -1;
      if (m >= 0 && ctx_.mentions[m].kind != MentionKind::kOrganization &&
          ctx_.mentions[m].kind != MentionKind::kPlace && ctx_.mentions[m].end_token <= first_) {
        from = t + 1;
      }
      break;
    }
    for (uint32_t t = from; t < first_; ++t) {
      std::string_view w = low(t);
      // "Reporters Without Borders urged ...": a word of a name negates nothing.
      if (int m = ctx_.token_mention[t];
          m >= 0 && ctx_.mentions[m].kind == MentionKind::kOrganization) {
        continue;
      }
      // "Two officers, one whose name he did not know, beat him": a negation inside a
      // relative clause between commas negates that clause only.
      if ((w == "not" || w == "n't" || w == "never" || w == "no") && !in_comma_relative(t) &&
          !negates_something_else(t)) {
        r_.negated = true;
      }
      const bool closed_without = w == "without" && phrase_closed_before_act(t);
      if (w == "without" && !closed_without) r_.negated = true;
      if (modal_at(t)) r_.hypothetical = true;
      if (w == "may" && month_may(t)) continue;
      std::string_view kind = cue_kind(t);
      // "were summoned, threatened or detained": a cue that is an item of a list of acts
      // governs none of the others.
      const uint32_t cue_end = t + ctx_.cue_at[t].length;
      const bool listed = kind == "hypothetical" && cue_end < first_ &&
                          (low(cue_end) == "," || low(cue_end) == "and" || low(cue_end) == "or");
      // "were asked about their contacts and warned": asked about is questioning, no request.
      // "demanded the release of detained classmates": a participle before its noun tells
      // what was done to them, not what is asked.
      if (kind == "hypothetical" && !listed && !r_.attributive &&
          !(low(t) == "asked" && t + 1 < first_ && low(t + 1) == "about"))
        r_.hypothetical = true;
      if (kind == "negation" && !closed_without && !in_comma_relative(t) &&
          !negates_something_else(t)) {
        r_.negated = true;
      }
    }
    // "did not question the officer until 11 October", "was not released until she signed":
    // not before then, so then.
    if (r_.negated && is_verb_) {
      const uint32_t sentence_end = at_.sentences[at_.sentence_of[first_]].end_token;
      for (uint32_t t = end_; t + 1 < sentence_end && t < end_ + 8; ++t) {
        if (low(t) == "," || low(t) == ";") break;
        if (low(t) == "until" || low(t) == "till") {
          r_.negated = false;
          break;
        }
      }
    }
    // "clearing the way for his deportation": a cue of several words that starts before the
    // window and ends in a preposition at most two words (an article, a possessive) before
    // the act noun it governs.
    for (uint32_t t = from, n = 0; !is_verb_ && t-- > r_.clause_start && n < 4; ++n) {
      const CueHit& h = ctx_.cue_at[t];
      const uint32_t cue_end = t + h.length;
      if (h.kind == "hypothetical" && h.length > 1 && cue_end <= first_ && cue_end + 2 >= first_ &&
          is_preposition(low(cue_end - 1))) {
        r_.hypothetical = true;
        break;
      }
    }
    // "asked that he be sentenced", "demanded that X be released": a subjunctive "be" right
    // after its subject asks for the act. "asked for X to be sentenced", "called for them to
    // be freed": so does asking "for" someone "to be".
    if (verb_group_start > 0 && low(verb_group_start) == "be") {
      uint32_t v = verb_group_start;
      const bool infinitive = low(v - 1) == "to";
      if (infinitive) --v;
      const int m = v > 0 ? ctx_.token_mention[v - 1] : -1;
      if (m >= 0 && ctx_.mentions[m].kind != MentionKind::kOrganization &&
          ctx_.mentions[m].kind != MentionKind::kPlace) {
        const uint32_t before = ctx_.mentions[m].first_token;
        auto asks_for = [&](uint32_t f) {
          if (f == 0 || low(f) != "for") return false;
          const std::string_view lemma = at_.verb_lemma[f - 1];
          return lemma == "ask" || lemma == "call" || lemma == "push" || lemma == "press" ||
                 lemma == "appeal" || lemma == "plead" || lemma == "campaign" ||
                 lemma == "lobby" || lemma == "petition";
        };
        if (!infinitive || (before > 0 && asks_for(before - 1))) r_.hypothetical = true;
      }
    }
    // "pending her release", "held pending trial": an act awaited. (Only the noun it governs:
    // "held pending trial and beaten" is a beating.)
    if (!is_verb_ && first_ >= 1) {
      uint32_t p = first_ - 1;
      if (p > r_.clause_start && (is_article(low(p)) || is_possessive_determiner(low(p)))) --p;
      if (low(p) == "pending") r_.hypothetical = true;
    }
    // "a kidnapping plot": the act names the plot, which ends the cue that
    // starts with the trigger. (Other cues that start with a trigger, "threatened with", tell
    // of the act after them.)
    if (const CueHit& h = ctx_.cue_at[first_];
        h.kind == "hypothetical" && first_ + h.length > end_) {
      std::string_view last = low(first_ + h.length - 1);
      if (last == "plot" || last == "plots") r_.hypothetical = true;
    }
    // "must reverse the decision and lift the travel ban": a verb coordinated after "and"
    // shares the modal of the first verb, further back than the window above.
    if (first_ >= 2 && (low(first_ - 1) == "and" || low(first_ - 1) == "or") &&
        at_.lower[first_] == at_.verb_lemma[first_]) {
      for (uint32_t t = first_ - 1, n = 0; t-- > r_.clause_start && n < 10; ++n) {
        if (at_.tokens[t].kind == TokenKind::kPunct) break;
        if (modal_at(t)) {
          r_.hypothetical = true;
          break;
        }
      }
    }
    // "urged the authorities to release him and drop the charges": a verb coordinated after
    // "and" with an infinitive that is asked for is asked for as well.
    if (!r_.hypothetical && first_ >= 2 && (low(first_ - 1) == "and" || low(first_ - 1) == "or") &&
        at_.lower[first_] == at_.verb_lemma[first_] && coordinated_with_a_request()) {
      r_.hypothetical = true;
    }
    // "no one by that name had been detained": a passive whose subject is no one. The subject
    // may reach back past "that" ("by that name"), not past another verb or a pronoun
    // ("nobody knew he had been detained").
    if (r_.passive) {
      uint32_t sentence_start = at_.sentences[at_.sentence_of[first_]].first_token;
      for (uint32_t t = verb_group_start, steps = 0; t-- > sentence_start && steps < 8; ++steps) {
        std::string_view w = low(t);
        // "None of the children has been detained", "Neither of them was charged".
        if (w == "nobody" || w == "none" || (w == "neither" && low(t + 1) == "of") ||
            (w == "one" && t > sentence_start && low(t - 1) == "no")) {
          r_.negated = true;
          break;
        }
        bool auxiliary = is_be(w) || w == "had" || w == "has" || w == "have" || is_modal(w);
        if (at_.tokens[t].kind == TokenKind::kPunct || (at_.verb_lemma[t] != w && !auxiliary) ||
            w == "he" || w == "she" || w == "they" || w == "i" || w == "we") {
          break;
        }
      }
    }
    // "the judge refused to release him", "declined to charge her": an act refused did not
    // happen. Only right before the verb: "refused to confess and was beaten" is a beating.
    if (uint32_t v = verb_group_start; v >= r_.clause_start + 2 && low(v - 1) == "to") {
      std::string_view lemma = at_.verb_lemma[v - 2];
      if (lemma == "refuse" || lemma == "decline" || lemma == "fail") r_.negated = true;
    }
    // "refused them bail", "was denied bail", "rejected her bail request": bail refused is
    // no release.
    if (!is_verb_ && at_.noun_lemma[first_] == "bail") {
      for (uint32_t t = first_, n = 0; t-- > r_.clause_start && n < 5; ++n) {
        const std::string_view lemma = at_.verb_lemma[t];
        if (lemma == "refuse" || lemma == "deny" || lemma == "reject" || lemma == "decline") {
          r_.negated = true;
          break;
        }
      }
    }
    // "threatened him with imprisonment": the imprisonment is only threatened.
    // (The verb's lemma first: the other tests are asked only of such a verb.)
    for (uint32_t t = r_.clause_start; t + 1 < first_; ++t) {
      std::string_view lemma = at_.verb_lemma[t];
      if (!(lemma == "threaten" || lemma == "face" || lemma == "risk" || lemma == "warn")) continue;
      // "threatened the union leader Ana Lima with prosecution": further off across "with".
      bool with = low(first_ - 1) == "with" || (first_ >= 2 && low(first_ - 2) == "with");
      // Not "were summoned, threatened or detained": a verb of a list of acts.
      const bool listed = low(t + 1) == "," || low(t + 1) == "and" || low(t + 1) == "or";
      if (!listed && (first_ - t <= 5 || (with && first_ - t <= 9))) r_.hypothetical = true;
    }
    // "Anyone who is arrested must ...", "Every person who is detained ...": the relative
    // clause the act is in tells of whoever it is done to. (The cue ends where it begins.)
    for (uint32_t t = r_.clause_start >= 4 ? r_.clause_start - 4 : 0; t < r_.clause_start; ++t) {
      const std::string_view w = low(t);
      if (cue_kind(t) == "generic" && t + ctx_.cue_at[t].length >= r_.clause_start &&
          (w == "anyone" || w == "everyone" || w == "every" || w == "any")) {
        r_.generic = true;
      }
    }
    for (uint32_t t = r_.clause_start; t < r_.clause_end; ++t) {
      if (cue_kind(t).empty()) continue;  // (most words begin no cue)
      if (cue_kind(t) == "generic_adjective" && said_of_the_act(t)) r_.generic = true;
      if (cue_kind(t) != "generic") continue;
      // "beat several people who tried to stop the bulldozers": counted people are some
      // people, not whoever does it.
      if (low(t) == "people" && t > 0 &&
          (at_.tokens[t - 1].kind == TokenKind::kNumber || low(t - 1) == "several" ||
           low(t - 1) == "the" || low(t - 1) == "two" || low(t - 1) == "three" ||
           low(t - 1) == "few" || low(t - 1) == "dozen")) {
        continue;
      }
      // "shot at people who were only singing", "beat those who had gathered": a relative
      // clause in the past tells of some people at one time, not of whoever does it.
      if ((low(t) == "people" || low(t) == "those") && t + 2 < at_.tokens.size() &&
          low(t + 1) == "who" && past_relative_verb(t + 2) && is_verb_ &&
          at_.verb_lemma[first_] != low(first_)) {
        continue;
      }
      r_.generic = true;
    }
    // "respects the right to peaceful protest", "the freedom of assembly and protest": an act
    // named as a right is no act done.
    if (!is_verb_) {
      for (uint32_t t = first_, n = 0; t-- > r_.clause_start && n < 4; ++n) {
        if ((low(t) == "to" && t > 0 && at_.noun_lemma[t - 1] == "right") ||
            (low(t) == "of" && t > 0 && at_.noun_lemma[t - 1] == "freedom")) {
          r_.generic = true;
          break;
        }
        if (at_.tokens[t].kind != TokenKind::kWord) break;
      }
    }
    // "journalists who are threatened may be given bodyguards": a present passive in a
    // relative clause on a bare plural, in a sentence that says what may or must be done,
    // names a kind of people, not an act on some of them. (Not "relatives of activists who are
    // detained in Baku protested".)
    // (A function, asked last in each rule: the scan to the sentence's end is made only for the
    // few acts the other tests leave.)
    auto modal_after = [&] {
      for (uint32_t t = end_; t < sentence_end_; ++t) {
        const std::string_view w = low(t);
        if (w == "may" || w == "can" || w == "must" || w == "should" || w == "shall") return true;
      }
      return false;
    };
    // "Under the code, a person convicted of ... may be sentenced": anyone so convicted.
    if (is_verb_ && first_ >= 2 &&
        ((low(first_ - 1) == "person" && low(first_ - 2) == "a") || low(first_ - 1) == "anyone" ||
         low(first_ - 1) == "whoever") &&
        modal_after()) {
      r_.generic = true;
    }
    if (is_verb_ && first_ >= 3 && low(first_ - 1) == "are" && low(first_ - 2) == "who" &&
        modal_after()) {
      const uint32_t head = first_ - 3;
      const std::string_view before = head > 0 ? low(head - 1) : std::string_view();
      const bool bare = at_.has(head, kLowerCase) && low(head).ends_with("s") &&
                        at_.noun_lemma[head] != low(head) && !is_article(before) &&
                        !is_possessive_determiner(before) && before != "these" &&
                        before != "those" &&
                        (head == 0 || at_.tokens[head - 1].kind != TokenKind::kNumber);
      if (bare) r_.generic = true;
    }
  }

  // "were", "was", "had" or a past form ("gathered") at t, or after one adverb ("who were only
  // singing" has "were" at t).
  bool past_relative_verb(uint32_t t) const {
    for (uint32_t k = t; k < at_.tokens.size() && k < t + 2; ++k) {
      const std::string_view w = low(k);
      if (w == "were" || w == "was" || w == "had") return true;
      if (w.size() > 3 && w.ends_with("ed") && at_.verb_lemma[k] != w) return true;
    }
    return false;
  }

  const DocumentContext& ctx_;
  const AnnotatedText& at_;
  uint32_t first_, end_;
  bool is_verb_;
  uint32_t object_window_;
  bool people_only_;
  bool feared_ = false;  // the clause is what someone fears or suspects
  bool relative_pronoun_ = false;
  uint32_t opener_ = 0;
  uint32_t sentence_end_ = 0;
  bool headline_ = false;         // the trigger's sentence is a headline
  bool after_condition_ = false;  // the trigger's clause follows an "if" clause and its comma
  ClauseReading r_;
};

}  // namespace

ClauseReading read_clause(const DocumentContext& ctx, uint32_t first, uint32_t end, bool is_verb,
                          uint32_t object_window, bool people_only) {
  ClauseReader reader(ctx, first, end, is_verb, object_window, people_only);
  return reader.read();
}

}  // namespace casebook
