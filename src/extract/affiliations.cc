// Affiliations from appositions and possessives around a position noun (data/relations/
// affiliation.tsv): "ORG leader NAME", "NAME, deputy leader of ORG", "NAME, who heads ORG's
// media department", "NAME's lawyer".
#include "extract/affiliations.h"

#include <string>
#include <unordered_map>
#include <vector>

#include "core/flat_string_map.h"
#include "core/string_hash.h"
#include "core/tsv.h"
#include "extract/word_classes.h"

namespace casebook {
namespace {

struct AffiliationWords {
  // The data are embedded in the binary: the views stay valid. Flat maps, probed in place:
  // every word of a page is asked about, and a node-based map's bucket and node missed the
  // CPU's cache.
  FlatStringMap<std::string_view> kind;
  // The first word of every phrase, with the most words of a phrase it begins: most words are
  // passed over with one probe, and no longer phrase is tried than one that could match.
  FlatStringMap<int> first_words;
  int max_words = 1;
  AffiliationWords() {
    std::unordered_map<std::string_view, std::string_view, StringViewHash> kinds;  // last row wins
    std::unordered_map<std::string_view, int, StringViewHash> firsts;
    for_each_data_row("relations/affiliation.tsv", [&](const TsvRow& r) {
      if (r.size() < 2) return;
      kinds[r[0]] = r[1];
      int w = 1;
      for (char c : r[0]) w += c == ' ';
      int& most = firsts[r[0].substr(0, r[0].find(' '))];
      most = std::max(most, w);
      max_words = std::max(max_words, w);
    });
    kind = flat_copy(kinds);
    first_words = flat_copy(firsts);
  }
  // The most words of a phrase starting with `word`, or 0.
  int phrase_words(std::string_view word) const {
    const int* most = first_words.find(word);
    return most == nullptr ? 0 : *most;
  }
  static const AffiliationWords& instance() {
    static const AffiliationWords w;
    return w;
  }
};

class AffiliationReader {
 public:
  explicit AffiliationReader(DocumentContext* ctx) : ctx_(*ctx), at_(ctx->at) {}

  void run() {
    const AffiliationWords& words = AffiliationWords::instance();
    std::string buf;
    // phrase_words by word id (at_.lower_id): a page repeats its words.
    constexpr int kNotAsked = -1;
    std::vector<int> phrase_words(at_.words.size(), kNotAsked);
    for (const Sentence& s : at_.sentences) {
      for (uint32_t i = s.first_token; i < s.end_token; ++i) {
        i = next_phrase_start(i, s.end_token, phrase_words.data());
        if (i >= s.end_token) break;
        int& most = phrase_words[at_.lower_id[i]];
        if (most == kNotAsked) most = words.phrase_words(at_.lower[i]);
        if (most == 0) continue;
        for (int len = most; len >= 1; --len) {
          if (i + len > s.end_token) continue;
          buf.clear();
          for (uint32_t k = i; k < i + len; ++k) {
            if (k > i) buf.push_back(' ');
            buf.append(at_.lower[k]);
          }
          const std::string_view* kind = words.kind.find(buf);
          if (kind == nullptr) continue;
          // "heads" as a verb: "X, who heads the party's media department"
          read_around(s, i, i + len, *kind);
          i += len - 1;
          break;
        }
      }
    }
  }

 private:
  // The first token from i on (end when none) that run() tries: in no mention but a group's,
  // and not a word already found to begin no affiliation phrase (phrase_words 0). Read through
  // locals, so that the loop over a sentence's tokens runs in registers.
  uint32_t next_phrase_start(uint32_t i, uint32_t end, const int* phrase_words) const {
    const int* held = ctx_.token_mention.data();
    const Mention* mentions = ctx_.mentions.data();
    const uint32_t* ids = at_.lower_id.data();
    for (; i < end; ++i) {
      if (held[i] >= 0 && mentions[held[i]].kind != MentionKind::kGroup) continue;
      if (phrase_words[ids[i]] == 0) continue;
      return i;
    }
    return end;
  }
  int mention_at(uint32_t t) const { return t < at_.tokens.size() ? ctx_.token_mention[t] : -1; }
  bool is_kind(int m, MentionKind k) const { return m >= 0 && ctx_.mentions[m].kind == k; }
  bool is_org(int m) const {
    return m >= 0 && (ctx_.mentions[m].kind == MentionKind::kOrganization) &&
           ctx_.mentions[m].entity >= 0;
  }
  bool is_person(int m) const {
    return m >= 0 && ctx_.mentions[m].entity >= 0 &&
           (ctx_.mentions[m].kind == MentionKind::kPerson ||
            (ctx_.mentions[m].kind == MentionKind::kPronoun &&
             ctx_.entities[ctx_.mentions[m].entity].kind == "person"));
  }
  std::string_view low(uint32_t t) const { return at_.lower[t]; }
  // A role mention ("the bishop") whose entity is a person the text named before it.
  bool is_described_person(int m) const {
    if (m < 0 || ctx_.mentions[m].entity < 0 || ctx_.mentions[m].kind != MentionKind::kDescriptor ||
        ctx_.entities[ctx_.mentions[m].entity].kind != "person") {
      return false;
    }
    for (const Mention& named : ctx_.mentions) {
      if (named.entity == ctx_.mentions[m].entity && named.kind == MentionKind::kPerson &&
          named.first_token < ctx_.mentions[m].first_token) {
        return true;
      }
    }
    return false;
  }
  // "X, who represents Y", "X, who represented Y in court": the person Y, or -1.
  int represented_by(int person, const Sentence& s) const {
    uint32_t t = ctx_.mentions[person].end_token;
    if (t < s.end_token && at_.token_text(t) == ",") ++t;
    if (t + 2 >= s.end_token || (low(t) != "who" && low(t) != "that")) return -1;
    if (at_.verb_lemma[t + 1] != "represent" && at_.verb_lemma[t + 1] != "defend") return -1;
    const int client = mention_at(t + 2);
    return is_person(client) || is_described_person(client) ? client : -1;
  }

  void read_around(const Sentence& s, uint32_t a, uint32_t b, std::string_view kind) {
    // The organisation: before the noun ("the ORG('s) leader") or after it ("leader of ORG").
    int org = -1;
    uint32_t after_org = b;
    std::string role;
    if (a > s.first_token) {
      uint32_t t = a - 1;
      if (at_.has(t, kPossessive) && t > s.first_token) --t;
      if (is_org(mention_at(t))) org = mention_at(t);
    }
    if (org < 0 && b + 1 < s.end_token && (low(b) == "of" || low(b) == "for" || low(b) == "at")) {
      uint32_t t = b + 1;
      if (low(t) == "the" && t + 1 < s.end_token) ++t;
      if (is_org(mention_at(t))) {
        org = mention_at(t);
        after_org = ctx_.mentions[org].end_token;
        // "head of the party's media department": the position is in a unit of the party.
        if (after_org < s.end_token && at_.has(after_org, kPossessive)) {
          // "media department", "Poland wing": up to three words, names included.
          uint32_t e = after_org + 1;
          while (e < s.end_token && e < after_org + 4 && at_.tokens[e].kind == TokenKind::kWord &&
                 low(e) != "who" && low(e) != "whose" && low(e) != "which" && low(e) != "that" &&
                 low(e) != "and" && !(mention_at(e) >= 0 && is_person(mention_at(e)))) {
            ++e;
          }
          if (e > after_org + 1) {
            role = std::string(ctx_.span_text(at_.tokens[a].start, at_.tokens[e - 1].end));
            kind = "member";
            after_org = e;
          }
        }
      }
    }
    std::string_view k = kind;
    bool lawyer = k == "lawyer_of";
    if (org < 0 && !lawyer) return;
    // The person: "NAME, [the] leader ..." before, or "... leader[,] NAME" after.
    int person = -1;
    uint32_t t = a;
    while (t > s.first_token &&
           (is_article(low(t - 1)) || low(t - 1) == "its" || low(t - 1) == "former" ||
            (lawyer && is_possessive_determiner(low(t - 1))) ||
            low(t - 1) == "party" || at_.has(t - 1, kPossessive) ||
            (org >= 0 && ctx_.token_mention[t - 1] == org))) {
      --t;
    }
    if (t > s.first_token && at_.token_text(t - 1) == ",") {
      if (is_person(mention_at(t - 2 >= s.first_token ? t - 2 : t - 1))) person = mention_at(t - 2);
    }
    if (person < 0 && t > s.first_token + 1 && (low(t - 1) == "is" || low(t - 1) == "was")) {
      if (is_person(mention_at(t - 2))) person = mention_at(t - 2);
    }
    if (person < 0) {
      uint32_t p = after_org;
      if (p < s.end_token && at_.token_text(p) == ",") ++p;
      // "his lawyer, advocate X": a lower-case title before the name.
      if (lawyer && p + 1 < s.end_token && !is_person(mention_at(p)) && at_.has(p, kLowerCase) &&
          is_person(mention_at(p + 1))) {
        ++p;
      }
      if (is_person(mention_at(p))) person = mention_at(p);
    }
    if (lawyer) {
      // "Lima's lawyer", "a lawyer for Lima", "her lawyer": the client.
      int client = -1;
      if (a >= 2 && at_.has(a - 1, kPossessive) && is_person(mention_at(a - 2)))
        client = mention_at(a - 2);
      // "Her lawyer, Yerlan Dossaliyev, was not allowed to see her": the pronoun's person.
      if (client < 0 && a >= 1 && is_possessive_determiner(low(a - 1)) &&
          is_person(mention_at(a - 1))) {
        client = mention_at(a - 1);
      }
      if (client < 0 && b + 1 < s.end_token && (low(b) == "for" || low(b) == "of") &&
          is_person(mention_at(b + 1))) {
        client = mention_at(b + 1);
      }
      // "the bishop's lawyer, X": a person known by a role the text gave a name.
      if (client < 0 && a >= 2 && at_.has(a - 1, kPossessive) &&
          is_described_person(mention_at(a - 2)))
        client = mention_at(a - 2);
      // "Lawyer X, who represents Y": the one the lawyer represents.
      if (client < 0 && person >= 0) client = represented_by(person, s);
      if (client < 0 || person < 0 || person == client) return;
      add(person, client, "lawyer_of", "", a, b);
      return;
    }
    if (person < 0) return;
    add(person, org, k, role, a, b);
  }

  void add(int person, int target, std::string_view kind, const std::string& role, uint32_t a,
           uint32_t b) {
    int from = ctx_.mentions[person].entity, to = ctx_.mentions[target].entity;
    if (from < 0 || to < 0 || from == to) return;
    for (const Relation& r : ctx_.relations) {
      if (r.from == std::to_string(from) && r.to == std::to_string(to)) return;
    }
    Relation r;
    r.kind = std::string(kind);
    r.from = std::to_string(from);
    r.to = std::to_string(to);
    r.role = role;
    r.rule = "affiliation-apposition";
    uint32_t s =
        std::min({ctx_.mentions[person].start, ctx_.mentions[target].start, at_.tokens[a].start});
    uint32_t e =
        std::max({ctx_.mentions[person].end, ctx_.mentions[target].end, at_.tokens[b - 1].end});
    r.evidence = ctx_.span(s, e);
    ctx_.relations.push_back(std::move(r));
  }

  DocumentContext& ctx_;
  const AnnotatedText& at_;
};

}  // namespace

// "the party leader said", "the union's deputy head was detained": a role description with
// no name beside it stands for the person the text elsewhere gives that role.
void link_role_descriptions(DocumentContext* ctx) {
  const AnnotatedText& at = ctx->at;
  const AffiliationWords& words = AffiliationWords::instance();
  const size_t n = ctx->mentions.size();
  for (size_t i = 0; i < n; ++i) {
    const Mention org = ctx->mentions[i];
    if (org.kind != MentionKind::kOrganization || org.entity < 0) continue;
    uint32_t t = org.end_token;
    if (t < at.tokens.size() && at.has(t, kPossessive)) ++t;
    if (t >= at.tokens.size() || ctx->token_mention[t] >= 0) continue;
    const std::string_view* kind = words.kind.find(at.lower[t]);
    if (kind == nullptr || (*kind != "leader" && *kind != "deputy_leader")) continue;
    if (t + 1 < at.tokens.size()) {
      int next = ctx->token_mention[t + 1];
      if (next >= 0 && ctx->mentions[next].kind == MentionKind::kPerson) continue;
      if (at.token_text(t + 1) == ",") continue;  // "the party leader, Ana Lima," names her
    }
    int holder = -1;
    for (const Relation& r : ctx->relations) {
      if (r.kind == *kind && r.to == std::to_string(org.entity)) {
        int from = std::stoi(r.from);
        if (holder >= 0 && holder != from) {
          holder = -2;  // two holders: no guess
          break;
        }
        holder = from;
      }
    }
    if (holder < 0) continue;
    Mention m;
    m.first_token = t;
    m.end_token = t + 1;
    m.kind = MentionKind::kDescriptor;
    m.rule = "person-role-description";
    int idx = ctx->add(std::move(m));
    if (idx < 0) continue;
    ctx->mentions[idx].entity = holder;
    ctx->entities[holder].mentions.push_back(
        ctx->span(ctx->mentions[idx].start, ctx->mentions[idx].end));
  }
}

void find_affiliations(DocumentContext* ctx) {
  AffiliationReader reader(ctx);
  reader.run();
  link_role_descriptions(ctx);
}

}  // namespace casebook
