// Where a search query matches inside a document, in bytes: the FTS5 function that gives each
// match's byte range, the query's shape (which phrases a passage must hold to match it), and
// the highlighted passage an event row shows. Search indexes documents only; an event is a
// hit when its evidence span holds a match (docs/store.md, "Search").
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace casebook {

// One match of one query phrase: bytes [start, end) of the indexed body.
struct PhraseMatch {
  int phrase = 0;
  int start = 0;
  int end = 0;
};

// Registers the FTS5 auxiliary function casebook_match_spans(search_index), which returns the
// row's phrase count and matches as a BLOB (see decode_match_spans). SQLITE_OK or an error.
int register_match_spans_function(sqlite3* db);

// The BLOB's phrase count and matches, in order of position. False when it is not one.
bool decode_match_spans(std::string_view blob, int* phrases, std::vector<PhraseMatch>* out);

// Which phrases a passage must hold to match an FTS5 query: AND, OR, NOT, parentheses and
// NEAR (read as AND) over phrases numbered as FTS5 numbers them, left to right.
class QueryShape {
 public:
  // The shape of `query`; one that cannot be read (or whose phrase count differs from FTS5's)
  // matches a passage holding any phrase.
  static QueryShape parse(std::string_view query);
  int phrases() const { return phrases_; }
  bool readable() const { return root_ != nullptr; }
  // True when a passage holding exactly the phrases marked in `present` matches the query.
  bool matches(const std::vector<bool>& present) const;

  struct Node;

 private:
  std::shared_ptr<const Node> root_;
  int phrases_ = 0;
};

// The passage [start, end) of `text` with each match inside it «marked», cut to about
// `max_words` words around the first match, with … where it was cut. `matches` are byte
// ranges into `text`.
std::string highlight_passage(std::string_view text, int start, int end,
                              const std::vector<PhraseMatch>& matches, int max_words = 16);

}  // namespace casebook
