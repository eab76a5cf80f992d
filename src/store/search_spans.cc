// The byte ranges of a search's matches in a document (an FTS5 auxiliary function, as
// highlight() finds them), the query's shape for telling whether an evidence passage holds a
// match, and the highlighted passage shown for an event.
#include "store/search_spans.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace casebook {
namespace {

// Byte ranges of the token positions a row's matches begin and end at.
struct TokenWalk {
  std::vector<int> starts, ends;  // by token position, up to `last`
  int last = 0;
};

int on_token(void* p, int flags, const char*, int, int start, int end) {
  auto* walk = static_cast<TokenWalk*>(p);
  if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
  walk->starts.push_back(start);
  walk->ends.push_back(end);
  // Past the last match: the rest of the text need not be tokenized.
  return static_cast<int>(walk->starts.size()) > walk->last ? SQLITE_DONE : SQLITE_OK;
}

void append_int(std::string* out, int32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out->append(b, 4);
}

// casebook_match_spans(search_index): the phrase count, then (phrase, start, end) for each
// match of the current row, as 32-bit integers.
void match_spans(const Fts5ExtensionApi* api, Fts5Context* ctx, sqlite3_context* out, int,
                 sqlite3_value**) {
  int n = 0;
  int rc = api->xInstCount(ctx, &n);
  struct Inst {
    int phrase, first, last;
  };
  std::vector<Inst> inst;
  TokenWalk walk;
  for (int i = 0; rc == SQLITE_OK && i < n; ++i) {
    int phrase = 0, col = 0, off = 0;
    rc = api->xInst(ctx, i, &phrase, &col, &off);
    int size = std::max(1, api->xPhraseSize(ctx, phrase));
    inst.push_back({phrase, off, off + size - 1});
    walk.last = std::max(walk.last, off + size - 1);
  }
  const char* text = nullptr;
  int bytes = 0;
  if (rc == SQLITE_OK && !inst.empty()) rc = api->xColumnText(ctx, 0, &text, &bytes);
  if (rc == SQLITE_OK && !inst.empty() && text) {
    rc = api->xTokenize(ctx, text, bytes, &walk, on_token);
    if (rc == SQLITE_DONE) rc = SQLITE_OK;
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(out, rc);
    return;
  }
  std::string blob;
  append_int(&blob, api->xPhraseCount(ctx));
  int tokens = static_cast<int>(walk.starts.size());
  for (const Inst& m : inst) {
    if (m.last >= tokens) continue;  // the text changed under the index: no range to give
    append_int(&blob, m.phrase);
    append_int(&blob, walk.starts[m.first]);
    append_int(&blob, walk.ends[m.last]);
  }
  sqlite3_result_blob(out, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
}

}  // namespace

int register_match_spans_function(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* st = nullptr;
  int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(st);
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_OK) return rc;
  if (!api || api->iVersion < 2) return SQLITE_ERROR;
  return api->xCreateFunction(api, "casebook_match_spans", nullptr, match_spans, nullptr);
}

bool decode_match_spans(std::string_view blob, int* phrases, std::vector<PhraseMatch>* out) {
  out->clear();
  if (blob.size() < 4 || (blob.size() - 4) % 12 != 0) return false;
  int32_t v[3];
  std::memcpy(v, blob.data(), 4);
  *phrases = v[0];
  for (size_t at = 4; at < blob.size(); at += 12) {
    std::memcpy(v, blob.data() + at, 12);
    out->push_back({v[0], v[1], v[2]});
  }
  std::sort(out->begin(), out->end(), [](const PhraseMatch& a, const PhraseMatch& b) {
    return a.start != b.start ? a.start < b.start : a.end > b.end;
  });
  return true;
}

// ---- The query's shape ----

struct QueryShape::Node {
  enum Kind { kPhrase, kAnd, kOr, kNot } kind = kPhrase;
  int phrase = 0;
  std::vector<std::shared_ptr<const Node>> kids;  // kNot: what must hold, what must not
};

namespace {

using NodePtr = std::shared_ptr<const QueryShape::Node>;

// A recursive-descent reader of FTS5's query grammar: implicit AND (a run of phrases) binds
// tightest, then NOT, AND and OR, as in fts5parse.y. It only numbers phrases and keeps the
// operators; anything it does not know makes the shape unreadable.
class ShapeReader {
 public:
  explicit ShapeReader(std::string_view q) : q_(q) {}

  NodePtr read(int* phrases) {
    NodePtr n = read_or();
    skip_space();
    if (!n || at_ < q_.size() || depth_ != 0) return nullptr;
    *phrases = next_phrase_;
    return n;
  }

 private:
  static bool bare(unsigned char c) {
    return c >= 0x80 || std::isalnum(c) || c == '_' || c == 0x1a;
  }
  void skip_space() {
    while (at_ < q_.size() && std::isspace(static_cast<unsigned char>(q_[at_]))) ++at_;
  }
  // The bareword at the cursor, without moving.
  std::string_view peek_word() {
    skip_space();
    size_t e = at_;
    while (e < q_.size() && bare(static_cast<unsigned char>(q_[e]))) ++e;
    return q_.substr(at_, e - at_);
  }
  bool peek_char(char c) {
    skip_space();
    return at_ < q_.size() && q_[at_] == c;
  }
  bool take_word(std::string_view w) {
    if (peek_word() != w) return false;
    at_ += w.size();
    return true;
  }
  // NEAR and the operators are words only when written in capitals, as FTS5 reads them.
  bool at_operator() {
    std::string_view w = peek_word();
    return w == "AND" || w == "OR" || w == "NOT";
  }
  bool starts_primary() {
    skip_space();
    if (at_ >= q_.size()) return false;
    char c = q_[at_];
    if (c == '"' || c == '(' || c == '^' || c == '{' || c == '-') return true;
    return !peek_word().empty() && !at_operator();
  }

  NodePtr make(QueryShape::Node::Kind k, std::vector<NodePtr> kids) {
    auto n = std::make_shared<QueryShape::Node>();
    n->kind = k;
    n->kids = std::move(kids);
    return n;
  }
  // Operands joined by `op` (OR over AND-groups, AND over NOT-groups).
  NodePtr read_joined(std::string_view op, QueryShape::Node::Kind kind,
                      NodePtr (ShapeReader::*operand)()) {
    std::vector<NodePtr> kids{(this->*operand)()};
    while (kids.back() && take_word(op)) kids.push_back((this->*operand)());
    if (!kids.back()) return nullptr;
    return kids.size() == 1 ? kids[0] : make(kind, std::move(kids));
  }
  NodePtr read_or() { return read_joined("OR", QueryShape::Node::kOr, &ShapeReader::read_and); }
  NodePtr read_and() { return read_joined("AND", QueryShape::Node::kAnd, &ShapeReader::read_not); }
  NodePtr read_not() {
    NodePtr n = read_list();
    while (n && take_word("NOT")) {
      NodePtr rhs = read_list();
      if (!rhs) return nullptr;
      n = make(QueryShape::Node::kNot, {n, rhs});
    }
    return n;
  }
  NodePtr read_list() {
    std::vector<NodePtr> kids;
    while (starts_primary()) {
      NodePtr k = read_primary();
      if (!k) return nullptr;
      kids.push_back(std::move(k));
    }
    if (kids.empty()) return nullptr;
    return kids.size() == 1 ? kids[0] : make(QueryShape::Node::kAnd, std::move(kids));
  }
  // A column filter ("body:", "{body}:", "-body:") says nothing about passages: skipped.
  bool skip_column_filter() {
    size_t save = at_;
    skip_space();
    if (at_ < q_.size() && q_[at_] == '-') ++at_;
    if (peek_char('{')) {
      size_t close = q_.find('}', at_);
      if (close == std::string_view::npos) return false;
      at_ = close + 1;
    } else {
      std::string_view w = peek_word();
      if (w.empty()) {
        at_ = save;
        return false;
      }
      at_ += w.size();
    }
    if (peek_char(':')) {
      ++at_;
      return true;
    }
    at_ = save;
    return false;
  }
  NodePtr read_primary() {
    skip_column_filter();
    if (peek_char('(')) {
      ++at_;
      ++depth_;
      NodePtr n = read_or();
      if (!n || !peek_char(')')) return nullptr;
      ++at_;
      --depth_;
      return n;
    }
    if (peek_word() == "NEAR") {
      size_t save = at_;
      at_ += 4;
      if (peek_char('(')) {
        ++at_;
        std::vector<NodePtr> kids;
        while (!peek_char(')') && !peek_char(',')) {
          NodePtr p = read_phrase();
          if (!p) return nullptr;
          kids.push_back(std::move(p));
        }
        if (peek_char(',')) {
          ++at_;
          std::string_view w = peek_word();
          if (w.empty()) return nullptr;
          at_ += w.size();
        }
        if (!peek_char(')') || kids.empty()) return nullptr;
        ++at_;
        return make(QueryShape::Node::kAnd, std::move(kids));
      }
      at_ = save;
    }
    if (peek_char('^')) ++at_;
    return read_phrase();
  }
  // One phrase: a string or bareword, with `*` and `+` joining more of it.
  NodePtr read_phrase() {
    do {
      if (!read_string()) return nullptr;
      if (peek_char('*')) ++at_;
    } while (peek_char('+') && ++at_);
    auto n = std::make_shared<QueryShape::Node>();
    n->phrase = next_phrase_++;
    return n;
  }
  bool read_string() {
    skip_space();
    if (at_ < q_.size() && q_[at_] == '"') {
      for (++at_; at_ < q_.size(); ++at_) {
        if (q_[at_] != '"') continue;
        if (at_ + 1 < q_.size() && q_[at_ + 1] == '"') {
          ++at_;
          continue;
        }
        ++at_;
        return true;
      }
      return false;
    }
    std::string_view w = peek_word();
    if (w.empty()) return false;
    at_ += w.size();
    return true;
  }

  std::string_view q_;
  size_t at_ = 0;
  int depth_ = 0;
  int next_phrase_ = 0;
};

bool eval(const QueryShape::Node& n, const std::vector<bool>& present) {
  switch (n.kind) {
    case QueryShape::Node::kPhrase:
      return n.phrase < static_cast<int>(present.size()) && present[n.phrase];
    case QueryShape::Node::kAnd:
      for (const auto& k : n.kids) {
        if (!eval(*k, present)) return false;
      }
      return true;
    case QueryShape::Node::kOr:
      for (const auto& k : n.kids) {
        if (eval(*k, present)) return true;
      }
      return false;
    case QueryShape::Node::kNot:
      return eval(*n.kids[0], present) && !eval(*n.kids[1], present);
  }
  return false;
}

}  // namespace

QueryShape QueryShape::parse(std::string_view query) {
  QueryShape s;
  int phrases = 0;
  s.root_ = ShapeReader(query).read(&phrases);
  s.phrases_ = s.root_ ? phrases : 0;
  return s;
}

bool QueryShape::matches(const std::vector<bool>& present) const {
  if (root_) return eval(*root_, present);
  return std::find(present.begin(), present.end(), true) != present.end();
}

// ---- The highlighted passage ----

std::string highlight_passage(std::string_view text, int start, int end,
                              const std::vector<PhraseMatch>& matches, int max_words) {
  start = std::clamp(start, 0, static_cast<int>(text.size()));
  end = std::clamp(end, start, static_cast<int>(text.size()));
  // Word starts within the passage, to cut it at whitespace (never inside a UTF-8 sequence).
  std::vector<int> words;
  for (int i = start; i < end; ++i) {
    bool space = std::isspace(static_cast<unsigned char>(text[i]));
    bool after_space = i == start || std::isspace(static_cast<unsigned char>(text[i - 1]));
    if (!space && after_space) words.push_back(i);
  }
  int from = start, to = end;
  if (static_cast<int>(words.size()) > max_words) {
    int first = end;
    for (const PhraseMatch& m : matches) {
      if (m.start >= start && m.end <= end) {
        first = m.start;
        break;
      }
    }
    // The word holding the first match, then three words of context before it.
    size_t w = std::upper_bound(words.begin(), words.end(), first) - words.begin();
    w = w > 4 ? w - 4 : 0;
    w = std::min(w, words.size() - max_words);
    from = words[w];
    to = w + max_words < words.size() ? words[w + max_words] : end;
    while (to > from && std::isspace(static_cast<unsigned char>(text[to - 1]))) --to;
  }
  std::string out;
  if (from > start) out += "…";
  int at = from;
  for (const PhraseMatch& m : matches) {
    if (m.start < at || m.end > to || m.start >= m.end) continue;
    out.append(text.substr(at, m.start - at));
    out += "«";
    out.append(text.substr(m.start, m.end - m.start));
    out += "»";
    at = m.end;
  }
  out.append(text.substr(at, to - at));
  if (to < end) out += "…";
  return out;
}

}  // namespace casebook
