// Issue 6: the pipeline annotates each page in its thread's shared AnnotatedText
// (nlp/thread_annotation.h) instead of a fresh one, and what one page leaves there changes
// nothing in the next page's extraction.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/extraction_json.h"
#include "nlp/annotated_text.h"
#include "nlp/thread_annotation.h"

namespace casebook {
namespace {

const std::vector<std::string> kPages = {
    "Security officers detained the lawyer Marat Yusupov in Tashkent on 4 June 2022. His wife "
    "said they searched the family's flat and took his laptop.",
    "A court in Minsk sentenced two journalists to eight years in prison on Friday.",
    "Unidentified gunmen shot dead a local council member outside his house, police said. "
    "Nobody has claimed the attack.\n\nThe victim had received threats, his brother said.",
};

std::string extract_json(const std::string& page) {
  auto doc = ingest_document(page, "page.txt");
  EXPECT_TRUE(doc.ok());
  return extraction_to_string(Pipeline().run(std::move(*doc), {}));
}

TEST(Issue6PipelineReuse, ThePipelineAnnotatesInTheThreadsText) {
  {
    ThreadAnnotation held;  // something else in the shared text first
    annotate("Nothing happened here.", CivilDate{}, &held.text());
  }
  const std::string& page = kPages[0];
  extract_json(page);
  AnnotatedText fresh;
  annotate(page, CivilDate{}, &fresh);
  ThreadAnnotation after;
  ASSERT_TRUE(after.shared());
  EXPECT_EQ(after.text().tokens.size(), fresh.tokens.size());
  EXPECT_EQ(after.text().text.size(), page.size());
}

// Each page's JSON is the same whatever pages its thread extracted before, and the same as on
// a thread that extracts nothing else.
TEST(Issue6PipelineReuse, EarlierPagesChangeNoExtraction) {
  std::vector<std::string> alone(kPages.size());
  for (size_t i = 0; i < kPages.size(); ++i) {
    std::thread t([&, i] { alone[i] = extract_json(kPages[i]); });
    t.join();
  }
  for (int round = 0; round < 2; ++round) {
    for (size_t k = 0; k < kPages.size(); ++k) {
      const size_t i = round == 0 ? k : kPages.size() - 1 - k;
      EXPECT_EQ(extract_json(kPages[i]), alone[i]) << i;
    }
  }
}

}  // namespace
}  // namespace casebook
