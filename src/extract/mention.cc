// DocumentContext bookkeeping: mentions own their tokens exclusively.
#include "extract/mention.h"

namespace casebook {

int DocumentContext::add(Mention m) {
  if (m.end_token <= m.first_token || m.end_token > token_mention.size()) return -1;
  for (uint32_t t = m.first_token; t < m.end_token; ++t) {
    if (token_mention[t] >= 0) return -1;
  }
  m.start = at.tokens[m.first_token].start;
  m.end = at.tokens[m.end_token - 1].end;
  int idx = static_cast<int>(mentions.size());
  for (uint32_t t = m.first_token; t < m.end_token; ++t) token_mention[t] = idx;
  mentions.push_back(std::move(m));
  return idx;
}

}  // namespace casebook
