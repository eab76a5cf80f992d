// Clause reading around a trigger (see event_clause.h).
#include "extract/event_clause.h"

#include <string>

namespace casebook {
namespace {

bool is_be(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
         w == "being" || w == "get" || w == "got" || w == "gets" || w == "getting" ||
         w == "gotten" || w == "'s" || w == "’s";
}

// Words that may stand between an auxiliary and its participle ("was then publicly shamed").
bool is_adverb_like(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 2) == "ly") || w == "then" || w == "also" ||
         w == "later" || w == "not" || w == "n't" || w == "never" || w == "been" || w == "being" ||
         w == "again" || w == "still" || w == "already" || w == "soon" || w == "since" ||
         w == "once" || w == "twice" || w == "just" || w == "even" || w == "all" || w == "both";
}

// Words that open a new clause inside a sentence.
bool is_clause_opener(std::string_view w) {
  return w == ";" || w == ":" || w == "but" || w == "while" || w == "whereas" || w == "although" ||
         w == "though" || w == "because" || w == "after" || w == "before" || w == "when" ||
         w == "until" || w == "since" || w == "unless" || w == "if" || w == "who" || w == "which" ||
         w == "that" || w == "whom" || w == "where" || w == "—" || w == "–" || w == "whose";
}

bool is_preposition(std::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "to" || w == "with" || w == "for" ||
         w == "on" || w == "by" || w == "of" || w == "into" || w == "against" || w == "about" ||
         w == "near" || w == "outside" || w == "inside" || w == "under" || w == "over" ||
         w == "according" || w == "via" || w == "through" || w == "during";
}

bool is_modal(std::string_view w) {
  return w == "could" || w == "would" || w == "might" || w == "may" || w == "will" ||
         w == "shall" || w == "should" || w == "can" || w == "must" || w == "'ll" || w == "’ll" ||
         w == "'d";
}

}  // namespace

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
    find_bounds(s);
    int aux = is_verb_ ? auxiliary() : -1;
    // The participle of the trigger: its first word, or for a phrase ("publicly shamed",
    // "forced out of their home") the first inflected word in it.
    bool participle = false;
    for (uint32_t t = first_; t < end_ && t < first_ + 2 && !participle; ++t) {
      participle = at_.lower[t] != at_.verb_lemma[t];
    }
    r_.passive = aux >= 0 && participle;
    uint32_t subject_limit = aux >= 0 ? static_cast<uint32_t>(aux) : first_;
    find_subject(subject_limit);
    if (r_.passive || !is_verb_) {
      find_agent();
    }
    if (!r_.passive) find_object();
    if (!is_verb_) find_possessor();
    // A participle right after its noun: "activists detained last week".
    if (is_verb_ && aux < 0 && r_.object.empty() && first_ > 0 &&
        at_.lower[first_] != at_.verb_lemma[first_]) {
      int m = ctx_.token_mention[first_ - 1];
      if (m >= 0 && is_argument(ctx_.mentions[m]) &&
          ctx_.mentions[m].kind != MentionKind::kStateActor) {
        r_.passive = true;
        r_.subject = {m};
      }
    }
    find_flags(aux >= 0 ? static_cast<uint32_t>(aux) : first_);
    return r_;
  }

 private:
  std::string_view low(size_t t) const { return at_.lower[t]; }

  void find_bounds(const Sentence& s) {
    r_.clause_start = s.first_token;
    bool comma_seen = false;
    for (uint32_t t = first_; t-- > s.first_token;) {
      if (at_.token_text(t) == ",") comma_seen = true;
      // "Rights Now, a group that campaigns for X, has filed": the relative clause closed
      // at the comma, so "that" does not open the trigger's clause.
      bool relative = low(t) == "who" || low(t) == "which" || low(t) == "that" || low(t) == "whom";
      if (relative && comma_seen) continue;
      // ", and police detained her": a comma before "and"/"but" starts a new clause.
      bool coordinated_clause = (low(t) == "and" || low(t) == "but") && t > s.first_token &&
                                at_.token_text(t - 1) == "," && verb_between(s.first_token, t);
      if (is_clause_opener(low(t)) || coordinated_clause) {
        r_.clause_start = t + 1;
        relative_pronoun_ =
            low(t) == "who" || low(t) == "which" || low(t) == "that" || low(t) == "whom";
        opener_ = t;
        break;
      }
    }
    r_.clause_end = s.end_token;
    for (uint32_t t = end_; t < s.end_token; ++t) {
      bool coordinated_clause = (low(t) == "and" || low(t) == "but") && t > end_ &&
                                at_.token_text(t - 1) == "," && verb_between(first_, t);
      if ((is_clause_opener(low(t)) && low(t) != "that") || coordinated_clause) {
        r_.clause_end = t;
        break;
      }
    }
  }

  // A finite verb in [a, b): a past form or an auxiliary. It tells a clause joined by ", and"
  // ("they banned the paper, and police detained her") from a list ("X, Y, and Z were").
  bool verb_between(uint32_t a, uint32_t b) const {
    for (uint32_t t = a; t < b; ++t) {
      std::string_view w = low(t);
      if (is_be(w) || w == "has" || w == "have" || w == "had") return true;
      if (w.size() > 3 && w.substr(w.size() - 2) == "ed" && at_.verb_lemma[t] != w &&
          at_.has(t, kLowerCase)) {
        return true;
      }
    }
    return false;
  }

  // The auxiliary of a passive ("was detained", "had been tortured", "were then shamed"),
  // also shared by a second participle ("was driven out of his village and detained").
  int auxiliary() const {
    for (uint32_t t = first_, steps = 0; t-- > r_.clause_start && steps < 4; ++steps) {
      if (is_be(low(t))) return static_cast<int>(t);
      if (low(t) == "and" || low(t) == "or" || low(t) == ",") return shared_auxiliary(t);
      if (!is_adverb_like(low(t))) return -1;
    }
    return -1;
  }

  // "X was driven out ... and detained": the participle before "and" has an auxiliary.
  int shared_auxiliary(uint32_t conj) const {
    for (uint32_t t = conj, steps = 0; t-- > r_.clause_start && steps < 14; ++steps) {
      if (at_.verb_lemma[t] != low(t) && t > r_.clause_start) {
        for (uint32_t a = t, k = 0; a-- > r_.clause_start && k < 4; ++k) {
          if (is_be(low(a))) return static_cast<int>(a);
          if (!is_adverb_like(low(a))) break;
        }
      }
    }
    return -1;
  }

  std::vector<int> coordinated_from(uint32_t t, uint32_t limit) const {
    std::vector<int> out;
    int m = ctx_.token_mention[t];
    out.push_back(m);
    uint32_t k = ctx_.mentions[m].end_token;
    // "X and Y", "X, Y and Z"; skip an apposition ", the father of Y," when no "and" follows.
    while (k + 1 < limit) {
      std::string_view w = low(k);
      if (w != "and" && w != ",") break;
      if (w == "," && k + 2 < limit && low(k + 1) == "and") {  // the serial comma
        ++k;
        w = "and";
      }
      // "X and her husband Y": past the possessive to the relative.
      if (k + 2 < limit && ctx_.token_mention[k + 1] >= 0 &&
          ctx_.mentions[ctx_.token_mention[k + 1]].possessive) {
        ++k;
      }
      int next = ctx_.token_mention[k + 1];
      // "X, human rights lawyer Y, and blogger Z": role words before the next name.
      for (uint32_t r = k + 1; next < 0 && r + 1 < limit && r < k + 4; ++r) {
        if (at_.tokens[r].kind != TokenKind::kWord || !at_.has(r, kLowerCase) || low(r) == "and" ||
            is_be(low(r))) {
          break;
        }
        int cand = ctx_.token_mention[r + 1];
        if (cand >= 0 && ctx_.mentions[cand].kind == MentionKind::kPerson) {
          next = cand;
          k = r;
        }
      }
      if (next < 0 || !is_argument(ctx_.mentions[next])) break;
      if (w == "," && !coordination_follows(k + 1, limit)) break;
      out.push_back(next);
      k = ctx_.mentions[next].end_token;
    }
    return out;
  }

  bool coordination_follows(uint32_t t, uint32_t limit) const {
    for (uint32_t k = t; k < limit; ++k) {
      if (low(k) == "and") return true;
      if (is_be(low(k))) return false;
    }
    return false;
  }

  void find_subject(uint32_t limit) {
    if (relative_pronoun_ && opener_ > 0) {
      // "Lima, who was detained": the noun before the relative pronoun.
      uint32_t t = opener_;
      if (t > 0 && at_.token_text(t - 1) == ",") --t;
      if (t > 0) {
        int m = ctx_.token_mention[t - 1];
        if (m >= 0 && is_argument(ctx_.mentions[m])) {
          r_.subject = {m};
          return;
        }
      }
    }
    for (uint32_t t = r_.clause_start; t < limit; ++t) {
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
      if (t > r_.clause_start && is_preposition(low(t - 1))) continue;
      if (t > 1 && is_preposition(low(t - 2)) && (low(t - 1) == "the" || low(t - 1) == "a"))
        continue;
      r_.subject = coordinated_from(t, limit);
      return;
    }
  }

  void find_object() {
    uint32_t limit = std::min<uint32_t>(r_.clause_end, end_ + object_window_);
    for (uint32_t t = end_; t < limit; ++t) {
      int m = ctx_.token_mention[t];
      if (m < 0 || ctx_.mentions[m].first_token != t) continue;
      if (!is_argument(ctx_.mentions[m])) continue;
      if (people_only_ && (ctx_.mentions[m].kind == MentionKind::kOrganization ||
                           ctx_.mentions[m].kind == MentionKind::kStateActor)) {
        continue;
      }
      // "released the women's rights activist X": a possessor modifies what follows.
      if (ctx_.mentions[m].end_token < limit && at_.has(ctx_.mentions[m].end_token, kPossessive))
        continue;
      std::string_view before = t > 0 ? low(t - 1) : "";
      // "with the Human Rights Council", "in the capital": a determiner after a preposition.
      if ((before == "the" || before == "a" || before == "an") && t > 1 &&
          is_preposition(low(t - 2)) && low(t - 2) != "of") {
        continue;
      }
      // "the arrest of X" and "detained X"; not "detained in Minsk" or "by police".
      if (before == "by") continue;
      if (is_preposition(before) && before != "of") {
        if (is_verb_) continue;
        if (before != "on" && before != "against" && before != "for") continue;
      }
      if (!is_verb_ && before != "of" && before != "on" && before != "against" && before != "for" &&
          !(t > 1 && low(t - 2) == "of")) {
        continue;
      }
      r_.object = coordinated_from(t, limit);
      return;
    }
  }

  void find_agent() {
    uint32_t limit = std::min<uint32_t>(r_.clause_end, end_ + 10);
    for (uint32_t t = end_; t + 1 < limit; ++t) {
      if (low(t) != "by") continue;
      for (uint32_t k = t + 1; k < limit && k < t + 4; ++k) {
        int m = ctx_.token_mention[k];
        if (m >= 0 && is_argument(ctx_.mentions[m])) {
          r_.agent = coordinated_from(k, limit);
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

  std::string_view cue_kind(uint32_t t) const {
    return t < ctx_.cue_at.size() ? ctx_.cue_at[t].kind : std::string_view();
  }

  void find_flags(uint32_t verb_group_start) {
    // "if he is convicted", "unless she is released": a conditional clause.
    if (r_.clause_start > 0) {
      std::string_view opener = low(r_.clause_start - 1);
      if (opener == "if" || opener == "unless" || opener == "whether") r_.hypothetical = true;
    }
    // Negation and modality sit just before the verb group: "was not detained",
    // "could face arrest", "would punish".
    uint32_t from = verb_group_start > r_.clause_start + 4 ? verb_group_start - 4 : r_.clause_start;
    for (uint32_t t = from; t < first_; ++t) {
      std::string_view w = low(t);
      if (w == "not" || w == "n't" || w == "never" || w == "no" || w == "without")
        r_.negated = true;
      if (is_modal(w)) r_.hypothetical = true;
      std::string_view kind = cue_kind(t);
      if (kind == "hypothetical") r_.hypothetical = true;
      if (kind == "negation") r_.negated = true;
    }
    // "threatened him with imprisonment": the imprisonment is only threatened.
    for (uint32_t t = r_.clause_start; t + 1 < first_; ++t) {
      std::string_view lemma = at_.verb_lemma[t];
      if ((lemma == "threaten" || lemma == "face" || lemma == "risk" || lemma == "warn") &&
          first_ - t <= 5) {
        r_.hypothetical = true;
      }
    }
    for (uint32_t t = r_.clause_start; t < r_.clause_end; ++t) {
      if (cue_kind(t) == "generic") r_.generic = true;
    }
  }

  const DocumentContext& ctx_;
  const AnnotatedText& at_;
  uint32_t first_, end_;
  bool is_verb_;
  uint32_t object_window_;
  bool people_only_;
  bool relative_pronoun_ = false;
  uint32_t opener_ = 0;
  ClauseReading r_;
};

}  // namespace

ClauseReading read_clause(const DocumentContext& ctx, uint32_t first, uint32_t end, bool is_verb,
                          uint32_t object_window, bool people_only) {
  ClauseReader reader(ctx, first, end, is_verb, object_window, people_only);
  return reader.read();
}

}  // namespace casebook
