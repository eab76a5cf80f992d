// Quotation spans and speaker attribution (see quotes.h).
#include "extract/quotes.h"

#include <array>
#include <string>
#include <unordered_map>

#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"
#include "extract/word_classes.h"
#include "nlp/name_lexicon.h"

namespace casebook {
namespace {

class QuoteFinder {
 public:
  explicit QuoteFinder(const DocumentContext& ctx) : ctx_(ctx), at_(ctx.at) {}

  void run(std::vector<Quote>* quotes, std::vector<QuoteRange>* ranges) {
    const size_t n = at_.tokens.size();
    for (size_t i = 0; i < n; ++i) {
      if (!at_.has(i, kOpenQuote)) continue;
      size_t j = i + 1;
      while (j < n && !at_.has(j, kCloseQuote) && !at_.has(j, kOpenQuote) &&
             !(at_.has(j, kParagraphStart) && j > i + 1)) {
        ++j;
      }
      if (j >= n || !at_.has(j, kCloseQuote)) continue;
      if (j - i < 4) {  // a scare quote ("inhumane"), not a statement
        i = j;
        continue;
      }
      bool attributed = false;
      int speaker = speaker_after(j + 1, &attributed);
      if (speaker < 0) speaker = speaker_before(i);
      // '"...," said one witness, who gave only a first name': a quotation with a speech verb
      // of its own after it is not the previous speaker's, though no one is named.
      if (speaker < 0 && !attributed) speaker = speaker_introduced(i);
      // “...,” the blogger said. “...”: a quotation that follows another in the same
      // paragraph with no words of its own about who speaks goes on in the same voice.
      if (speaker < 0 && !attributed && !ranges->empty() &&
          continues_previous(ranges->back(), i)) {
        speaker = ranges->back().speaker;
      }
      // 'taken to a "vocational training centre"': a few words in quote marks that no one is
      // said to speak are a name held at a distance, not a statement.
      // ('"They beat us," he said': a speech verb after words closed by a comma or a stop
      // inside the marks makes it a statement.)
      const std::string_view last = at_.token_text(j - 1);
      const bool closed = last == "," || last == "." || last == "?" || last == "!";
      if (speaker < 0 && !(attributed && closed) && j - i <= 6) {
        i = j;
        continue;
      }
      Quote q;
      q.evidence = ctx_.span(at_.tokens[i].start, at_.tokens[j].end);
      if (speaker >= 0) q.speaker = std::to_string(speaker);
      ranges->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j), speaker});
      quotes->push_back(std::move(q));
      i = j;
    }
  }

 private:
  // The quotation opening at `open` follows `prev` in its paragraph, and no more than the
  // attribution's sentence stands between them.
  bool continues_previous(const QuoteRange& prev, size_t open) const {
    if (prev.speaker < 0 || open <= prev.close) return false;
    auto paragraph = [&](size_t t) { return at_.sentences[at_.sentence_of[t]].paragraph; };
    if (paragraph(prev.close) != paragraph(open)) return false;
    if (at_.sentence_of[open] > at_.sentence_of[prev.close] + 1) return false;
    // Nothing after the quotation in its own sentence but its closing punctuation.
    size_t close = open + 1;
    while (close < at_.tokens.size() && !at_.has(close, kCloseQuote)) ++close;
    for (size_t k = close + 1;
         k < at_.tokens.size() && at_.sentence_of[k] == at_.sentence_of[close]; ++k) {
      if (at_.tokens[k].kind == TokenKind::kWord) return false;
    }
    return true;
  }

  // `unnamed_ok`: an unnamed descriptor may speak too ("says the old fisherman").
  int speaker_entity(size_t t, bool unnamed_ok = false) const {
    int m = ctx_.token_mention[t];
    if (m < 0) return -1;
    const Mention& mm = ctx_.mentions[m];
    if (mm.kind == MentionKind::kPronoun) return mm.entity;  // resolved later if at all
    if (mm.kind == MentionKind::kPerson || mm.kind == MentionKind::kOrganization ||
        mm.kind == MentionKind::kStateActor) {
      return mm.entity;
    }
    // "the blogger told our correspondent", once "the blogger" is known to be a named person;
    // "says the old fisherman" right after the speech verb, named or not.
    if (mm.kind == MentionKind::kDescriptor && mm.entity >= 0 &&
        (ctx_.entities[mm.entity].named || unnamed_ok))
      return mm.entity;
    return -1;
  }

  // *attributed: a speech verb stands in the attribution after the quotation.
  int speaker_after(size_t t, bool* attributed) const {
    const size_t n = at_.tokens.size();
    // A new paragraph after the quotation names its speaker only in a bare attribution
    // ("Lima said."), not when it goes on with words of its own ("Viasna said at least 25
    // relatives had been prosecuted").
    if (t < n && t > 0 && at_.has(t, kParagraphStart)) {
      const Sentence& s = at_.sentences[at_.sentence_of[t]];
      size_t verb = t;
      while (verb < s.end_token && !is_speech_verb(at_.lower[verb])) ++verb;
      if (verb >= s.end_token || s.end_token - verb > 4) return -1;
    }
    if (t < n && at_.token_text(t) == ",") ++t;  // “...,” said
    // “...,” Ana Lima, the head of the group's press office, said in a speech.
    if (t < n && speaker_entity(t) >= 0 &&
        ctx_.mentions[ctx_.token_mention[t]].kind != MentionKind::kPronoun) {
      for (size_t k = t + 1; k < n && k < t + 25 && at_.sentence_of[k] == at_.sentence_of[t]; ++k) {
        if (is_speech_verb(at_.lower[k])) return speaker_entity(t);
        if (at_.has(k, kOpenQuote)) break;
      }
    }
    for (size_t k = t; k < n && k < t + 8; ++k) {  // ("her sister, Dana Lim, told")
      if (is_speech_verb(at_.lower[k])) {
        *attributed = true;
        // "said Lima" or "Lima said"; not "... and asked the authorities to", whose object is
        // spoken to.
        // "said his brother, Aditya K.", "said her lawyer": the relative or the role after
        // the possessive speaks, by the name set beside it when there is one.
        if (k + 2 < n && is_possessive_determiner(at_.lower[k + 1]) &&
            is_speech_verb(at_.lower[k], true)) {
          const int noun = ctx_.token_mention[k + 2];
          if (noun >= 0 && (ctx_.mentions[noun].kind == MentionKind::kRelative ||
                            ctx_.mentions[noun].kind == MentionKind::kDescriptor)) {
            const size_t after = ctx_.mentions[noun].end_token;
            if (after + 1 < n && at_.token_text(after) == ",") {
              const int name = ctx_.token_mention[after + 1];
              if (name >= 0 && ctx_.mentions[name].kind == MentionKind::kPerson) {
                return ctx_.mentions[name].entity;
              }
            }
            if (ctx_.mentions[noun].entity >= 0) return ctx_.mentions[noun].entity;
          }
        }
        if (k + 1 < n && speaker_entity(k + 1) >= 0 && is_speech_verb(at_.lower[k], true)) {
          // "said Ulloa's daughter, Rosa": the one the possessive's noun names speaks.
          if (const int owned = possessed_after(k + 1); owned != -2) return owned;
          return speaker_entity(k + 1);
        }
        for (size_t b = k; b-- > t;) {
          if (speaker_entity(b) >= 0) return speaker_entity(b);
          if (at_.lower[b] == "he" || at_.lower[b] == "she") return last_person_before(b);
        }
        // With no one before the verb, "says the old fisherman", "said a witness", "said one
        // witness": an article, a modifier or two, then the speaker (not "he told the
        // committee").
        if (k + 2 < n && is_speech_verb(at_.lower[k], true) &&
            (is_article(at_.lower[k + 1]) || at_.lower[k + 1] == "one" ||
             at_.lower[k + 1] == "another")) {
          for (size_t j = k + 2; j < n && j < k + 5 && at_.sentence_of[j] == at_.sentence_of[k];
               ++j) {
            const int e = speaker_entity(j, /*unnamed_ok=*/true);
            if (e >= 0) return e;
            if (!at_.has(j, kLowerCase)) break;
          }
        }
        return -1;
      }
      if (at_.token_text(k) == "." || at_.has(k, kOpenQuote)) break;
    }
    return -1;
  }

  // When the mention at t is a possessive ("Ulloa's daughter, Rosa"), the speaker its noun
  // names: the name apposed to the noun, else the noun's own entity, else -1; -2 when the
  // mention at t is no possessive.
  int possessed_after(size_t t) const {
    const Mention& m = ctx_.mentions[ctx_.token_mention[t]];
    size_t k = m.end_token;
    if (k >= at_.tokens.size() || !at_.has(k, kPossessive)) return -2;
    if (at_.token_text(k) == "'s" || at_.token_text(k) == "\xE2\x80\x99s") ++k;
    const int noun = k < at_.tokens.size() ? ctx_.token_mention[k] : -1;
    if (noun < 0) return -1;
    const size_t after = ctx_.mentions[noun].end_token;
    if (after + 1 < at_.tokens.size() && at_.token_text(after) == ",") {
      const int name = ctx_.token_mention[after + 1];
      if (name >= 0 && ctx_.mentions[name].kind == MentionKind::kPerson)
        return ctx_.mentions[name].entity;
    }
    return ctx_.mentions[noun].entity;
  }

  int speaker_before(size_t open) const {
    // Lima said: “...”  /  Lima told the court, “...”  /  Lima called the verdict “...”
    for (size_t k = open; k-- > 0 && k + 8 > open;) {
      if (at_.sentence_of[k] != at_.sentence_of[open] && at_.token_text(k) == ".") break;
      if (is_speech_verb(at_.lower[k]) || at_.lower[k] == "called" || at_.lower[k] == "described") {
        for (size_t b = k; b-- > 0 && b + 5 > k;) {
          if (speaker_entity(b) >= 0) return speaker_entity(b);
        }
      }
    }
    return -1;
  }

  // "X told the IFJ about the raid.” / “...”, "He admits the thought keeps him awake. “...”":
  // a quotation right after a sentence whose speech verb has its speaker before it (the
  // sentence before in the paragraph, or the last of the paragraph before when the quotation
  // opens one) goes on in that speaker's voice.
  int speaker_introduced(size_t open) const {
    const uint32_t qs = at_.sentence_of[open];
    if (at_.sentences[qs].first_token != open || qs == 0) return -1;
    const Sentence& prev = at_.sentences[qs - 1];
    for (size_t k = prev.first_token; k < prev.end_token; ++k) {
      if (at_.has(k, kOpenQuote)) return -1;  // a quotation of its own
      if (!is_speech_verb(at_.lower[k])) continue;
      for (size_t b = k; b-- > prev.first_token && b + 6 > k;) {
        if (const int e = speaker_entity(b); e >= 0) return e;
        if (at_.lower[b] == "he" || at_.lower[b] == "she") return last_person_before(b);
      }
      return -1;
    }
    return -1;
  }

  // The last person named before token t (a "he" or "she"): one of the pronoun's sex when
  // the person's is known ("she said" after "Bolat Serikbayev" is not him).
  int last_person_before(size_t t) const {
    const char sex = at_.lower[t] == "she" ? 'f' : at_.lower[t] == "he" ? 'm' : 0;
    // Not one the quotation it attributes speaks of: '"No ban was put on Ms. X," he said'.
    bool inside = false;
    for (size_t k = t; k-- > 0;) {
      if (at_.has(k, kCloseQuote)) inside = true;
      const bool opens = at_.has(k, kOpenQuote);
      if (inside) {
        if (opens) inside = false;
        continue;
      }
      int m = ctx_.token_mention[k];
      if (m < 0 || ctx_.mentions[m].kind != MentionKind::kPerson) continue;
      const char known = name_sex(ctx_.mentions[m]);
      if (sex != 0 && known != 0 && known != sex) continue;
      return ctx_.mentions[m].entity;
    }
    return -1;
  }

  // The sex a person's name tells ('m', 'f'), else 0: its given name, or the ending of its
  // surname ("-ova", "-ev").
  char name_sex(const Mention& m) const {
    const NameLexicon& lex = NameLexicon::instance();
    if (const GivenName* g = lex.given_name(at_.token_text(m.first_token));
        g != nullptr && g->sex != 'u') {
      return g->sex;
    }
    const char surname = lex.surname_affix(at_.token_text(m.end_token - 1));
    return surname == 'u' ? 0 : surname;
  }

  const DocumentContext& ctx_;
  const AnnotatedText& at_;
};

}  // namespace

namespace speech_verbs {
namespace {

// A flat map: asked about words all over the page, where a node-based map's bucket and node
// each missed the CPU's cache. The value: the verb also introduces a name ("said Lima").
// `lengths[b]` has bit n set when a verb of n bytes begins with byte b (the verbs are short):
// is_speech_verb refuses most words on it before the map.
struct Verbs {
  FlatStringMap<uint8_t> map;
  std::array<uint32_t, 256> lengths{};
};

const Verbs& verbs() {
  static const Verbs kVerbs = [] {
    Verbs v;
    for_each_data_row("names/speech_verbs.tsv", [&](const TsvRow& r) {
      v.map.insert(r[0], r.size() > 1 && r[1] == "yes");
      if (!r[0].empty() && r[0].size() < 32) {
        v.lengths[static_cast<unsigned char>(r[0][0])] |= 1u << r[0].size();
      } else {
        v.lengths.fill(~0u);  // a verb the filter cannot hold: the map decides every word
      }
    });
    return v;
  }();
  return kVerbs;
}

}  // namespace

const std::array<uint32_t, 256>& lengths_by_first_byte() { return verbs().lengths; }

bool in_table(std::string_view lower, bool names_only) {
  const uint8_t* names = verbs().map.find(lower);
  return names != nullptr && (!names_only || *names);
}

}  // namespace speech_verbs

void find_quotes(const DocumentContext& ctx, std::vector<Quote>* quotes,
                 std::vector<QuoteRange>* ranges) {
  QuoteFinder finder(ctx);
  finder.run(quotes, ranges);
}

}  // namespace casebook
