// Issue 4 (code health): merging repeated acts moved out of the event finder into
// merge_repeats (event_merge.h). These call it directly on events made in the test, over a
// page written for it.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/event_merge.h"
#include "extract/mention.h"
#include "nlp/annotated_text.h"

namespace casebook {
namespace {

constexpr char kPage[] =
    "Guards beat the prisoner and tortured him. The beating lasted an hour.\n\n"
    "Months later the beating was told again.";

uint32_t token(const AnnotatedText& at, std::string_view w, uint32_t from = 0) {
  for (uint32_t t = from; t < at.tokens.size(); ++t) {
    if (at.lower[t] == w) return t;
  }
  ADD_FAILURE() << "no token " << w;
  return 0;
}

Event event(const std::string& type, std::vector<std::string> victims, std::string date = "") {
  Event e;
  e.type = type;
  e.victims = std::move(victims);
  e.date.start = std::move(date);
  return e;
}

struct Page {
  AnnotatedText at;
  DocumentContext ctx;
  Page() : ctx((annotate(kPage, CivilDate{}, &at), at)) {}
};

TEST(Issue4EventMerge, TheSameActInOneSentenceIsOneEvent) {
  Page p;
  std::vector<Event> events = {event("assault", {"0"}), event("assault", {"0"})};
  const std::vector<uint32_t> tokens = {token(p.at, "beat"), token(p.at, "tortured")};
  merge_repeats(p.ctx, tokens, &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].victims, std::vector<std::string>{"0"});
}

TEST(Issue4EventMerge, OtherTypesAndOtherDatesStayApart) {
  Page p;
  std::vector<Event> events = {event("assault", {"0"}), event("torture_ill_treatment", {"0"})};
  std::vector<uint32_t> tokens = {token(p.at, "beat"), token(p.at, "tortured")};
  merge_repeats(p.ctx, tokens, &events);
  EXPECT_EQ(events.size(), 2u);
  // Two dates that cannot be one time are two acts, even in one sentence.
  events = {event("assault", {"0"}, "2021-03"), event("assault", {"0"}, "2022-05")};
  merge_repeats(p.ctx, tokens, &events);
  EXPECT_EQ(events.size(), 2u);
  // A finer date of the same time is the same act, and the merged event keeps it.
  events = {event("assault", {"0"}, "2021"), event("assault", {"0"}, "2021-03-04")};
  merge_repeats(p.ctx, tokens, &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].date.start, "2021-03-04");
}

TEST(Issue4EventMerge, AnotherParagraphIsAnotherAct) {
  Page p;
  const uint32_t later = token(p.at, "beating", token(p.at, "months"));
  std::vector<Event> events = {event("assault", {}), event("assault", {"0"})};
  merge_repeats(p.ctx, {token(p.at, "beat"), later}, &events);
  EXPECT_EQ(events.size(), 2u);
  // In the same paragraph, the later telling names the victim and is adopted.
  events = {event("assault", {}), event("assault", {"0"})};
  merge_repeats(p.ctx, {token(p.at, "beat"), token(p.at, "beating")}, &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].victims, std::vector<std::string>{"0"});
}

}  // namespace
}  // namespace casebook
