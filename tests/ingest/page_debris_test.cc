// Page debris: counters, arrows and a repeated title are cut at the end and blanked inside,
// with byte offsets kept.
#include "ingest/page_debris.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(PageDebris, CutsTrailingCounterArrowsAndRepeatedTitle) {
  std::string title = "Reporter Held Without Charge";
  std::string text = title + "\n\nA reporter was held for a week.\n\n" + title + "\n\n1 / 1\n> <";
  remove_page_debris(&text, title);
  EXPECT_EQ(text, title + "\n\nA reporter was held for a week.");
}

TEST(PageDebris, BlanksDebrisLinesInsideKeepingOffsets) {
  std::string text = "First paragraph.\n2 / 5\nSecond paragraph names Ana Lima.";
  size_t before = text.find("Ana Lima");
  remove_page_debris(&text, "");
  EXPECT_EQ(text.find("Ana Lima"), before);
  EXPECT_EQ(text.find("2 / 5"), std::string::npos);
}

TEST(PageDebris, KeepsOrdinaryLines) {
  std::string text = "He was sentenced to 3 / 4 of the maximum.\nShe said 12 of them were held.";
  std::string copy = text;
  remove_page_debris(&text, "");
  EXPECT_EQ(text, copy);
}

TEST(PageDebris, RecognisesDebrisLines) {
  EXPECT_TRUE(is_debris_line("1 / 1", ""));
  EXPECT_TRUE(is_debris_line(" 3/12 ", ""));
  EXPECT_TRUE(is_debris_line("> <", ""));
  EXPECT_TRUE(is_debris_line("\xC2\xAB \xC2\xBB", ""));
  EXPECT_TRUE(is_debris_line("Share", ""));
  EXPECT_FALSE(is_debris_line("1 / 1 arrests", ""));
  EXPECT_FALSE(is_debris_line("Photo: Jan Kowalski", ""));
}

TEST(PageDebris, TitleOnlyDocumentKeepsItsTitle) {
  std::string text = "Only A Title";
  remove_page_debris(&text, "Only A Title");
  EXPECT_EQ(text, "Only A Title");
}

}  // namespace
}  // namespace casebook
