// Tests for the token level of the plain-page fast path: tags and attributes as gumbo reads
// them, references decoded or refused, element text, comments and the doctype.
#include "ingest/plain_html_lexer.h"

#include <gtest/gtest.h>

#include <string>

namespace casebook {
namespace {

TEST(PlainHtmlLexerTest, TagWithAttributesLowerCasedAndDecoded) {
  Arena arena;
  PlainLexer lexer("<DIV Class=\"a &amp; b\" id=k data-x='?q=1&b=2' class=dropped hidden/>x",
                   &arena);
  bool end = true;
  ASSERT_TRUE(lexer.read_tag(&end));
  EXPECT_FALSE(end);
  EXPECT_EQ(lexer.tag_name(), "div");
  ASSERT_EQ(lexer.attributes().size(), 4u);  // the second class is dropped
  EXPECT_STREQ(lexer.attributes()[0].name, "class");
  EXPECT_STREQ(lexer.attributes()[0].value, "a & b");
  EXPECT_STREQ(lexer.attributes()[2].value, "?q=1&b=2");
  EXPECT_STREQ(lexer.attributes()[3].name, "hidden");
  EXPECT_STREQ(lexer.attributes()[3].value, "");
  std::string text;
  EXPECT_TRUE(lexer.read_text(&text));
  EXPECT_EQ(text, "x");
  EXPECT_TRUE(lexer.at_end());
}

TEST(PlainHtmlLexerTest, TextReferencesDecodedOrRefused) {
  Arena arena;
  std::string text;
  PlainLexer plain("caf&#233; &amp; a < b &x<p>", &arena);
  EXPECT_TRUE(plain.read_text(&text));
  EXPECT_EQ(text, "caf\xC3\xA9 & a < b &x");
  EXPECT_EQ(plain.after_lt(), 'p');
  PlainLexer rare("caf&eacute;", &arena);
  EXPECT_FALSE(rare.read_text(&text));
  PlainLexer legacy("&copy 2024", &arena);  // HTML reads "&copy" without its ';'
  EXPECT_FALSE(legacy.read_text(&text));
}

TEST(PlainHtmlLexerTest, ElementTextCommentsAndDoctype) {
  Arena arena;
  std::string text;
  PlainLexer title("A &amp; <b>B</TITLE >rest", &arena);
  ASSERT_TRUE(title.read_element_text(GUMBO_TAG_TITLE, &text));
  EXPECT_EQ(text, "A & <b>B");
  PlainLexer script("if (a < b && c) {}</script>", &arena);
  ASSERT_TRUE(script.read_element_text(GUMBO_TAG_SCRIPT, &text));
  EXPECT_EQ(text, "if (a < b && c) {}");
  PlainLexer escaped("x = '<!--';</script>", &arena);  // script escapes are left to gumbo
  EXPECT_FALSE(escaped.read_element_text(GUMBO_TAG_SCRIPT, &text));
  std::string_view comment;
  PlainLexer c("<!-- a -- b -->", &arena);
  ASSERT_TRUE(c.read_comment(&comment));
  EXPECT_EQ(comment, " a -- b ");
  PlainLexer abrupt("<!-->", &arena);
  EXPECT_FALSE(abrupt.read_comment(&comment));
  PlainLexer doctype("<!doctype HTML >", &arena);
  EXPECT_TRUE(doctype.read_doctype());
  PlainLexer legacy_doctype("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", &arena);
  EXPECT_FALSE(legacy_doctype.read_doctype());
}

}  // namespace
}  // namespace casebook
