// Issue 4: a plain text pasted with a header ("Title\nPublished: 14 March 2025\n\nBody"), the
// shape of a saved article or a statement, gives its title and publication date as front
// matter does. A date line that is no date, or a first line that is itself the date line,
// gives none. Texts written for these tests.
#include <gtest/gtest.h>

#include "ingest/ingest.h"

namespace casebook {
namespace {

TEST(Issue4TextHeader, TitleThenDateLine) {
  auto d = ingest_document("Teacher detained in Gomel\nPublished: 14 March 2025\n\n"
                           "Police detained a teacher on Monday.\n",
                           "a.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "Teacher detained in Gomel");
  EXPECT_EQ(d->published, "2025-03-14");
}

TEST(Issue4TextHeader, DateLineAsItsOwnParagraph) {
  auto d = ingest_document("Trial log\n\nDate: 2025-07-02\n\nThe court convicted Oleg Brin.\n",
                           "a.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "Trial log");
  EXPECT_EQ(d->published, "2025-07-02");
  d = ingest_document("Published: 2025-07-02\n\nThe court convicted Oleg Brin.\n", "a.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title, "");
  EXPECT_EQ(d->published, "2025-07-02");
}

TEST(Issue4TextHeader, NoDateNoPublished) {
  auto d = ingest_document("Police detained Oleg Brin.\nDate: unknown\n", "a.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->published, "");
  d = ingest_document("Notes\n\nThe date: 3 May was chosen for the rally.\n", "a.txt");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->published, "");
}

}  // namespace
}  // namespace casebook
