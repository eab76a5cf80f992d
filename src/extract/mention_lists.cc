// Who is named together (see mention_lists.h).
#include "extract/mention_lists.h"

#include <algorithm>

#include "extract/clause_words.h"
#include "extract/event_clause.h"
#include "extract/quotes.h"
#include "extract/word_classes.h"

namespace casebook {

MentionLists::MentionLists(const DocumentContext& ctx, uint32_t sentence_end)
    : ctx_(ctx), at_(ctx.at), sentence_end_(sentence_end) {}

std::vector<int> MentionLists::coordinated_from(uint32_t t, uint32_t limit) const {
  std::vector<int> out;
  size_t after_comma = SIZE_MAX;  // the size of out when an item first joined after a comma
  uint32_t k = take(ctx_.token_mention[t], limit, &out);
  bool semicolon_list = false;
  if (uint32_t sep = skip_to_separator(k, sentence_end_); sep < sentence_end_ && low(sep) == ";") {
    semicolon_list = true;
    k = sep;
    limit = std::max(limit, sentence_end_);
  }
  // "nine members, who were identified as X, Y and Z": the names run past the clause.
  if (k > limit) limit = sentence_end_;
  // "X and Y", "X, Y and Z"; skip an apposition ", the father of Y," when no "and" follows.
  while (k + 1 < limit) {
    // "A, 21, a law student, and B": an age and then an apposition, each passed in turn.
    for (uint32_t past = past_origin(k, limit); past != k; past = past_origin(k, limit)) k = past;
    if (k + 1 >= limit) break;
    std::string_view w = low(k);
    if (w == ";" && semicolon_list) {
      // "X, 61, a paralegal; Y, a union leader; and Z": each item's first person. Not
      // "police held X; Y was freed": an item with a verb is a clause.
      k = next_list_item(k, limit);
      if (k >= limit) break;
      uint32_t end = k;
      while (end < limit && low(end) != ";") ++end;
      if (verb_between(at_, k, end)) break;
      // "...; and X and Y, of the Green Party": the names joined inside the item too.
      for (uint32_t n = take(ctx_.token_mention[k], limit, &out);
           n + 1 < end && (low(n) == "and" || low(n) == ",");) {
        int next = ctx_.token_mention[n + 1];
        if (next < 0 || ctx_.mentions[next].kind != MentionKind::kPerson) break;
        n = take(next, limit, &out);
      }
      k = end;
      continue;
    }
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
    // "X, English-language reporter Y": a capitalised modifier too.
    // "X and the nurses Y and Z": a determiner and a group noun too.
    for (uint32_t r = k + 1; next < 0 && r + 1 < limit && r < k + 4; ++r) {
      int here = ctx_.token_mention[r];
      bool role_mention = here >= 0 && (ctx_.mentions[here].kind == MentionKind::kGroup ||
                                        ctx_.mentions[here].kind == MentionKind::kDescriptor);
      // ("acquitted X and sentenced Y": a verb after "and" opens another clause.)
      if (at_.tokens[r].kind != TokenKind::kWord || (here >= 0 && !role_mention) ||
          low(r) == "and" || is_be(low(r)) || is_clause_opener(low(r)) ||
          (here < 0 && at_.verb_lemma[r] != low(r) && low(r).ends_with("ed"))) {
        break;
      }
      int cand = ctx_.token_mention[r + 1];
      if (cand >= 0 && ctx_.mentions[cand].kind == MentionKind::kPerson) {
        next = cand;
        k = r;
      }
    }
    // "the parents and two brothers of X", "his wife and elderly mother": a count or an
    // adjective before a relative.
    if (next < 0 && k + 2 < limit &&
        (at_.has(k + 1, kLowerCase) || at_.tokens[k + 1].kind == TokenKind::kNumber)) {
      int rel = ctx_.token_mention[k + 2];
      if (rel >= 0 && ctx_.mentions[rel].kind == MentionKind::kRelative &&
          ctx_.mentions[rel].first_token == k + 2 && !is_be(low(k + 1)) &&
          !is_clause_opener(low(k + 1)) && low(k + 1) != "and" && !is_preposition(low(k + 1))) {
        next = rel;
        k = k + 1;
      }
    }
    // "X and two students", "X and three other reporters": a count, maybe an adjective,
    // then a group of people.
    if (next < 0 && k + 2 < limit &&
        (at_.tokens[k + 1].kind == TokenKind::kNumber || is_partitive_count(low(k + 1)))) {
      uint32_t r = k + 2;
      if (r + 1 < limit && ctx_.token_mention[r] < 0 && at_.has(r, kLowerCase) &&
          (low(r) == "other" || low(r) == "more" || low(r) == "fellow" || low(r) == "young" ||
           low(r) == "local" || low(r) == "female" || low(r) == "male")) {
        ++r;
      }
      const int group = ctx_.token_mention[r];
      if (group >= 0 && ctx_.mentions[group].first_token == r &&
          (ctx_.mentions[group].kind == MentionKind::kGroup ||
           ctx_.mentions[group].kind == MentionKind::kDescriptor)) {
        next = group;
        k = r - 1;
      }
    }
    // "the union's chairman, X, its treasurer, Y, and its auditor, Z": a role set off by
    // commas.
    if (next < 0) {
      uint32_t before_name = k;
      next = apposed_role_name(is_possessive_determiner(low(k)) ? k - 1 : k, limit, &before_name);
      if (next >= 0) k = before_name;
    }
    // "X and Y's cousin": the cousin, not Y.
    if (next >= 0 && ctx_.mentions[next].kind == MentionKind::kPerson) {
      uint32_t e = ctx_.mentions[next].end_token;
      for (uint32_t r = e + 1; e < limit && at_.has(e, kPossessive) && r < limit && r <= e + 2;
           ++r) {
        int rel = ctx_.token_mention[r];
        if (rel >= 0 && ctx_.mentions[rel].kind == MentionKind::kRelative) {
          next = rel;
          break;
        }
      }
    }
    if (next < 0 || !is_argument(ctx_.mentions[next])) break;
    if (w == "," && !coordination_follows(k + 1, limit)) break;
    if (w == "," && after_comma == SIZE_MAX) after_comma = out.size();
    k = take(next, limit, &out);
  }
  // "killing at least four people, witnesses and hospital staff said": people listed after a
  // comma whose list a verb of saying closes are who speak, not more of the act's people.
  // (The list may end in words that name no one known: "and hospital staff said".)
  // (Not "X, Y and Z, her lawyer said": a speaker after a comma is named apart.)
  if (after_comma != SIZE_MAX && k < sentence_end_ && k > 0 && low(k) != "," && low(k - 1) != ",") {
    for (uint32_t j = k; j < sentence_end_ && j < k + 5; ++j) {
      if (is_speech_verb(low(j))) {
        out.resize(after_comma);
        break;
      }
      if (at_.tokens[j].kind != TokenKind::kWord) break;
    }
  }
  return out;
}

// Adds mention m to out, or the people it names: "journalists Ana Lima and Rui Sousa",
// "her husband Rui Sousa", "Radio Sol reporter Ana Lima", "the union's staff, including
// its director Ana Lima" (the staff stay beside her). Returns the token after what it took.
// Not "police detained journalists covering the march": a verb ends the phrase.
uint32_t MentionLists::take(int m, uint32_t limit, std::vector<int>* out) const {
  const Mention& mm = ctx_.mentions[m];
  bool phrase = mm.kind == MentionKind::kOrganization || mm.kind == MentionKind::kGroup ||
                mm.kind == MentionKind::kRelative || mm.kind == MentionKind::kDescriptor;
  uint32_t k = mm.end_token;
  bool including = false;
  if (phrase && k + 2 < limit && at_.token_text(k) == "(" && at_.token_text(k + 2) == ")") {
    k += 3;  // "Doctors Association (DA) acting president Ana Lima"
  }
  limit = std::max(limit, sentence_end_);  // the phrase's own words bound it
  for (uint32_t steps = 0; phrase && k < limit && steps < 6; ++steps) {
    int c = ctx_.token_mention[k];
    if (c >= 0 && ctx_.mentions[c].kind == MentionKind::kPerson) {
      if (including || mm.kind == MentionKind::kRelative || mm.kind == MentionKind::kDescriptor)
        push_unique(m, out);
      push_unique(c, out);
      return ctx_.mentions[c].end_token;
    }
    if (c >= 0 && (ctx_.mentions[c].kind == MentionKind::kGroup ||
                   ctx_.mentions[c].kind == MentionKind::kDescriptor)) {
      k = ctx_.mentions[c].end_token;
      continue;
    }
    if (c >= 0) break;
    std::string_view w = low(k);
    if (w == "," && !including && k + 1 < limit &&
        (low(k + 1) == "including" || low(k + 1) == "namely")) {
      including = true;
      k += 2;
      continue;
    }
    // "party members – X, Y and Z – were arrested", "three members: X, Y and Z".
    if ((w == "–" || w == "—" || w == "--" || w == ":") && mm.kind == MentionKind::kGroup &&
        !including) {
      including = true;
      ++k;
      continue;
    }
    // "nine members who were identified as X, Y and Z".
    if (uint32_t named = named_as(k, limit); named > k) {
      including = true;
      k = named;
      continue;
    }
    if (at_.tokens[k].kind != TokenKind::kWord || is_be(w) || w == "and" || w == "or" ||
        is_preposition(w) || is_clause_opener(w) || is_article(w)) {
      break;
    }
    // An inflected verb ends the phrase ("journalists covering the march").
    if (at_.has(k, kLowerCase) && at_.verb_lemma[k] != w) break;
    ++k;
  }
  push_unique(m, out);
  return mm.end_token;
}

// "(, who were) identified as", "named as": the token after "as", or k.
uint32_t MentionLists::named_as(uint32_t k, uint32_t limit) const {
  uint32_t t = k;
  if (t < limit && low(t) == ",") ++t;
  if (t < limit && low(t) == "who") ++t;
  if (t < limit && is_be(low(t))) ++t;
  if (t + 1 < limit && (low(t) == "identified" || low(t) == "named" || low(t) == "listed") &&
      low(t + 1) == "as") {
    return t + 2;
  }
  return k;
}

// The ";" that ends a list item with its apposition ("X, 61, a paralegal for Rights Now;"),
// or limit when the item runs into anything else (a verb, another clause).
uint32_t MentionLists::skip_to_separator(uint32_t k, uint32_t limit) const {
  for (uint32_t t = k; t < limit && t < k + 16; ++t) {
    if (low(t) == ";") return t;
    if (be_at(at_, t) || is_clause_opener(low(t))) return limit;
  }
  return limit;
}

// The first person-like mention of the next ";" item, or limit.
uint32_t MentionLists::next_list_item(uint32_t sep, uint32_t limit) const {
  for (uint32_t t = sep + 1; t < limit && t < sep + 6; ++t) {
    int m = ctx_.token_mention[t];
    if (m >= 0) {
      MentionKind kind = ctx_.mentions[m].kind;
      if (kind == MentionKind::kPerson || kind == MentionKind::kRelative ||
          kind == MentionKind::kDescriptor || kind == MentionKind::kGroup) {
        return ctx_.mentions[m].first_token == t ? t : limit;
      }
      return limit;
    }
    if (at_.tokens[t].kind != TokenKind::kWord || is_be(low(t))) return limit;
  }
  return limit;
}

void MentionLists::push_unique(int m, std::vector<int>* out) {
  if (std::find(out->begin(), out->end(), m) == out->end()) out->push_back(m);
}

// "Ana Lima of Brazil, Rui Sousa of Portugal and ...", "Ana Lima, 34, and Rui Sousa": past
// the origin or age that follows a name in a list.
uint32_t MentionLists::past_origin(uint32_t k, uint32_t limit) const {
  if (k + 1 < limit && (low(k) == "of" || low(k) == "from")) {
    int c = ctx_.token_mention[k + 1];
    if (c >= 0 && ctx_.mentions[c].kind == MentionKind::kPlace) return ctx_.mentions[c].end_token;
  }
  if (k + 2 < limit && low(k) == "," && at_.tokens[k + 1].kind == TokenKind::kNumber &&
      low(k + 2) == ",") {
    return k + 2;
  }
  // "A, the club's coach, and B", "A, a local lawyer, and B": an apposition that opens
  // with an article or a possessive, holds no one else and no verb, and is followed by "and".
  if (k + 3 < limit && low(k) == "," &&
      (is_article(low(k + 1)) || is_possessive_determiner(low(k + 1)))) {
    for (uint32_t c = k + 2; c < limit && c < k + 9; ++c) {
      if (low(c) == ",") {
        // (A participle inside the role's own words is no verb: "a retired engineer".)
        bool verb = false;
        for (uint32_t t = k + 1; t < c && !verb; ++t) {
          const bool modifier = is_article(low(t - 1)) || is_possessive_determiner(low(t - 1));
          verb = ctx_.token_mention[t] < 0 && !modifier && verb_between(at_, t, t + 1);
        }
        if (c + 1 < limit && low(c + 1) == "and" && !verb) return c;
        break;
      }
      int m = ctx_.token_mention[c];
      if (m >= 0 && (ctx_.mentions[m].kind == MentionKind::kPerson ||
                     ctx_.mentions[m].kind == MentionKind::kPronoun)) {
        break;
      }
      if (at_.tokens[c].kind != TokenKind::kWord && !at_.has(c, kPossessive) &&
          at_.token_text(c) != "'s" && at_.token_text(c) != "’s") {
        break;
      }
    }
  }
  return k;
}

// After the comma or "and" at `sep`: a possessive or an article, one to three lower-case words
// of a role and a comma, then a person closed by a comma, "and" or the sentence's end ("...,
// its treasurer, Marta Sienko, and", "... and an academic, Lucien Verhaegen, were"): that
// person's mention, with *before_name at the comma before
// it. Not "..., the police said, X": a name other than a role's, or a verb, among the words.
int MentionLists::apposed_role_name(uint32_t sep, uint32_t limit, uint32_t* before_name) const {
  uint32_t r = sep + 1;
  if (r >= limit) return -1;
  if (!is_possessive_determiner(low(r)) && !is_article(low(r))) return -1;
  ++r;
  const uint32_t first_word = r;
  while (r < limit && r < first_word + 3 && at_.tokens[r].kind == TokenKind::kWord &&
         at_.has(r, kLowerCase) && low(r) != "and" && low(r) != "of" && !is_be(low(r)) &&
         !is_clause_opener(low(r))) {
    int here = ctx_.token_mention[r];
    if (here >= 0 && ctx_.mentions[here].kind != MentionKind::kDescriptor &&
        ctx_.mentions[here].kind != MentionKind::kGroup) {
      return -1;
    }
    ++r;
  }
  // "and the head of the city police, Y": the role's "of" phrase, an organisation or a few
  // words, before the comma.
  if (r > first_word && r + 1 < limit && low(r) == "of") {
    const uint32_t of = r++;
    while (r < limit && r < of + 6 && low(r) != ",") {
      int here = ctx_.token_mention[r];
      if (here >= 0 && ctx_.mentions[here].kind == MentionKind::kPerson) return -1;
      if (here >= 0) {
        r = std::max(r + 1, ctx_.mentions[here].end_token);
        continue;
      }
      if (at_.tokens[r].kind != TokenKind::kWord || low(r) == "and" || is_be(low(r)) ||
          is_clause_opener(low(r))) {
        return -1;
      }
      ++r;
    }
  }
  if (r == first_word || r + 1 >= limit || low(r) != "," || verb_between(at_, first_word, r))
    return -1;
  int name = ctx_.token_mention[r + 1];
  if (name < 0 || ctx_.mentions[name].kind != MentionKind::kPerson) return -1;
  uint32_t e = ctx_.mentions[name].end_token;
  if (e < limit && low(e) != "," && low(e) != "and" && low(e) != "." && low(e) != ";") return -1;
  *before_name = r;
  return name;
}

// Also "X, Y, Z were killed": names and commas only, up to a plural verb.
bool MentionLists::coordination_follows(uint32_t t, uint32_t limit) const {
  bool names_only = true;
  for (uint32_t k = t; k <= limit && k < sentence_end_; ++k) {  // the verb may be the limit
    if (low(k) == "and") return k < limit;
    if (is_be(low(k))) return names_only && (low(k) == "were" || low(k) == "are");
    int m = ctx_.token_mention[k];
    names_only =
        names_only && ((m >= 0 && ctx_.mentions[m].kind == MentionKind::kPerson) || low(k) == ",");
  }
  return false;
}

}  // namespace casebook
