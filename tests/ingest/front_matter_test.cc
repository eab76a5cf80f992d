// Front matter: keys read, body offset right, malformed blocks refused.
#include "ingest/front_matter.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(FrontMatter, ReadsKnownKeysAndBodyOffset) {
  std::string text =
      "---\ntitle: Court Jails Blogger\npublished: 2020-05-04\nurl: https://example.org/a\n"
      "source: Example News\nlanguage: en\nauthor: ignored\n---\nThe body starts here.\n";
  auto r = parse_front_matter(text);
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->has_value());
  const FrontMatter& f = **r;
  EXPECT_EQ(f.title, "Court Jails Blogger");
  EXPECT_EQ(f.published, "2020-05-04");
  EXPECT_EQ(f.url, "https://example.org/a");
  EXPECT_EQ(f.source, "Example News");
  EXPECT_EQ(f.language, "en");
  EXPECT_EQ(text.substr(f.body_offset), "The body starts here.\n");
}

TEST(FrontMatter, QuotedValuesAndColonsInValues) {
  auto r = parse_front_matter("---\ntitle: \"Exile: A Family Under Pressure\"\n---\nBody");
  ASSERT_TRUE(r.ok() && r->has_value());
  EXPECT_EQ((*r)->title, "Exile: A Family Under Pressure");
}

TEST(FrontMatter, NoneWhenTextDoesNotStartWithFence) {
  auto r = parse_front_matter("Title line\n---\nnot front matter\n");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->has_value());
}

TEST(FrontMatter, UnclosedBlockIsAnError) {
  auto r = parse_front_matter("---\ntitle: x\nauthor: y\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("never closed"), std::string::npos);
}

TEST(FrontMatter, LineWithoutColonIsAnError) {
  auto r = parse_front_matter("---\ntitle x\n---\nbody\n");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("line 2"), std::string::npos);
}

TEST(FrontMatter, WindowsLineEndings) {
  auto r = parse_front_matter("---\r\ntitle: Windows\r\n---\r\nBody\r\n");
  ASSERT_TRUE(r.ok() && r->has_value());
  EXPECT_EQ((*r)->title, "Windows");
}

}  // namespace
}  // namespace casebook
