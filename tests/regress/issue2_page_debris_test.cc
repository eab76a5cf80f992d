// Issue 2: a copied article ends with its title repeated, a gallery counter and navigation
// arrows; none of it reaches the text extraction reads, and the first line is the title.
#include <gtest/gtest.h>

#include "ingest/ingest.h"

namespace casebook {
namespace {

TEST(Issue2, TrailingDebrisIsNotInTheText) {
  std::string title = "Court Jails Two Bloggers Over Posts";
  std::string raw =
      title + "\n\nTwo bloggers were jailed on Monday.\n\n" + title + "\n\n1 / 1\n> <\n";
  auto doc = ingest_document(raw, "copied.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->title, title);
  EXPECT_EQ(doc->text, title + "\n\nTwo bloggers were jailed on Monday.");
  EXPECT_EQ(doc->text.find("1 / 1"), std::string::npos);
  EXPECT_EQ(doc->text.find("> <"), std::string::npos);
}

}  // namespace
}  // namespace casebook
