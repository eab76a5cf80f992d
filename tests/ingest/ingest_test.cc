// Ingest: format choice, titles and dates of text documents, and every kind of bad bytes.
#include "ingest/ingest.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(Ingest, PlainTextTitleFromFirstLine) {
  auto d =
      ingest_document("Blogger Jailed In Port City\n\nA blogger was jailed on Monday.\n", "a.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->format, "text");
  EXPECT_EQ(d->title, "Blogger Jailed In Port City");
  EXPECT_EQ(d->published, "");
  EXPECT_EQ(d->id.size(), 64u);
}

TEST(Ingest, NoTitleWhenFirstLineIsASentence) {
  auto d = ingest_document("A blogger was jailed on Monday.\n\nMore text.\n", "a.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "");
}

TEST(Ingest, FrontMatterBodyAndNormalisedDate) {
  auto d = ingest_document("---\ntitle: T\npublished: 2019-03-02T10:00:00Z\n---\nBody text here.\n",
                           "a.md");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "T");
  EXPECT_EQ(d->published, "2019-03-02");
  EXPECT_EQ(d->text, "Body text here.");
}

TEST(Ingest, IdIsSha256OfRawBytes) {
  auto d = ingest_document("abc", "x.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->id, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Ingest, EmptyAndWhitespaceFilesAreRefused) {
  auto e = ingest_document("", "e.txt");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().message(), "empty file");
  auto w = ingest_document(" \n\t\n", "w.txt");
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().message(), "file has only whitespace");
}

TEST(Ingest, BinaryFileIsRefused) {
  std::string raw("PK\x03\x04\0\0data", 10);
  auto d = ingest_document(raw, "b.txt");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(), "binary file (NUL byte at offset 4)");
}

TEST(Ingest, InvalidUtf8IsRepairedWithAWarning) {
  auto d = ingest_document("Caf\xE9 owner detained.\n", "u.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Caf\xEF\xBF\xBD owner detained.");
  ASSERT_EQ(d->warnings.size(), 1u);
  EXPECT_NE(d->warnings[0].find("invalid UTF-8"), std::string::npos);
}

TEST(Ingest, TooLargeIsRefused) {
  IngestOptions o;
  o.max_bytes = 10;
  auto d = ingest_document("this is more than ten bytes", "big.txt", o);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.status().message().find("--max-bytes"), std::string::npos);
}

TEST(Ingest, DetectsHtmlByExtensionOrContent) {
  EXPECT_EQ(detect_format("page.HTML", "x"), InputFormat::kHtml);
  EXPECT_EQ(detect_format("-", "  <!DOCTYPE html><html></html>"), InputFormat::kHtml);
  EXPECT_EQ(detect_format("notes.txt", "<html>"), InputFormat::kText);
  EXPECT_EQ(detect_format("-", "Plain words."), InputFormat::kText);
}

TEST(Ingest, HtmlPageGivesTextTitleAndDate) {
  auto d = ingest_document(
      "<html><head><title>Page</title><meta property=\"article:published_time\" "
      "content=\"2018-06-01T08:00:00Z\"></head><body><nav>Home | World</nav><article><h1>Page</h1>"
      "<p>Two lawyers were detained.</p></article></body></html>",
      "p.html");
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->format, "html");
  EXPECT_EQ(d->title, "Page");
  EXPECT_EQ(d->published, "2018-06-01");
  EXPECT_NE(d->text.find("Two lawyers were detained."), std::string::npos);
  EXPECT_EQ(d->text.find("Home | World"), std::string::npos);
}

}  // namespace
}  // namespace casebook
