// Who is named together around an event's trigger: "X and Y", "X, Y and Z", "journalists A
// and B", "her husband Y", "X, 61, a paralegal; Y, a union leader; and Z", "nine members
// identified as A, B and C". The clause reader (event_clause.cc) asks it for the people a
// subject, an object, an agent or a list holds.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/mention.h"

namespace casebook {

// Reads the mentions of one sentence of a DocumentContext; holds references only.
class MentionLists {
 public:
  MentionLists(const DocumentContext& ctx, uint32_t sentence_end);

  // The mention at token t and those coordinated with it up to limit (mention indexes).
  std::vector<int> coordinated_from(uint32_t t, uint32_t limit) const;
  // Adds mention m to out, or the people it names; returns the token after what it took.
  uint32_t take(int m, uint32_t limit, std::vector<int>* out) const;
  static void push_unique(int m, std::vector<int>* out);

 private:
  std::string_view low(uint32_t t) const { return at_.lower[t]; }
  uint32_t named_as(uint32_t k, uint32_t limit) const;
  uint32_t skip_to_separator(uint32_t k, uint32_t limit) const;
  uint32_t next_list_item(uint32_t sep, uint32_t limit) const;
  uint32_t past_origin(uint32_t k, uint32_t limit) const;
  bool coordination_follows(uint32_t t, uint32_t limit) const;
  int apposed_role_name(uint32_t sep, uint32_t limit, uint32_t* before_name) const;

  const DocumentContext& ctx_;
  const AnnotatedText& at_;
  uint32_t sentence_end_;
};

}  // namespace casebook
