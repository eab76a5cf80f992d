// Issue 8: a time budget per document. Once it is spent the pipeline stops between stages and
// the document fails with "extraction exceeded N s"; without a budget nothing changes.
#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/extraction_json.h"

namespace casebook {
namespace {

const char* kReport =
    "Police detained the lawyer Firuz Sattorov in Dushanbe on 3 May 2021. His wife said "
    "officers searched their flat.\n";

const Pipeline& pipeline() {
  static const Pipeline* p = new Pipeline();
  return *p;
}

TEST(Issue8TimeBudget, WithinTheBudgetTheExtractionIsTheSame) {
  ExtractOptions o;
  o.time_budget_seconds = 60;
  Result<Extraction> bounded = pipeline().run_within_budget(*ingest_document(kReport, "a"), o);
  ASSERT_TRUE(bounded.ok()) << bounded.status().message();
  Extraction plain = pipeline().run(*ingest_document(kReport, "a"), o);
  EXPECT_EQ(extraction_to_string(*bounded), extraction_to_string(plain));
  EXPECT_FALSE(bounded->events.empty());
}

TEST(Issue8TimeBudget, ZeroMeansNoLimit) {
  ExtractOptions o;
  o.time_budget_seconds = 0;
  EXPECT_TRUE(pipeline().run_within_budget(*ingest_document(kReport, "a"), o).ok());
}

TEST(Issue8TimeBudget, ASpentBudgetFailsTheDocumentWithItsReason) {
  ExtractOptions o;
  o.time_budget_seconds = 1e-9;
  Result<Extraction> r = pipeline().run_within_budget(*ingest_document(kReport, "a"), o);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kTooLarge);
  EXPECT_EQ(r.status().message(), "extraction exceeded 1e-09 s");
}

}  // namespace
}  // namespace casebook
