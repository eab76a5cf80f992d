// Pipeline: runs every extraction stage over one Document and returns its Extraction.
// A Pipeline holds only immutable lexicons, so one instance may be shared by many threads;
// run() is a pure function of the document and the options.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "casebook/document.h"
#include "casebook/extraction.h"
#include "casebook/status.h"

namespace casebook {

struct ExtractOptions {
  // The date the document speaks from when its metadata has none (--date), ISO; "" for none.
  std::string reference_date;
  // Seconds one document may take (run_within_budget only); 0 means no limit. Checked between
  // stages, so a pathological page fails instead of holding up a whole batch.
  double time_budget_seconds = 0;
};

// Time spent in each stage, for the benchmark (nanoseconds, accumulated across calls).
struct StageTimes {
  uint64_t nlp_ns = 0;
  uint64_t extract_ns = 0;
};

// Why the extraction came out as it did, for the explain view: every mention with the rule
// that found it and the entity it was linked to, and every sentence's span.
struct PipelineTrace {
  struct MentionTrace {
    uint32_t start = 0, end = 0;
    std::string kind;  // person, organization, state_actor, group, place, pronoun, relative
    std::string rule;
    std::string entity;  // entity id, empty when unlinked
  };
  std::vector<MentionTrace> mentions;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
};

class Pipeline {
 public:
  Pipeline();
  Extraction run(Document doc, const ExtractOptions& options, StageTimes* times = nullptr,
                 PipelineTrace* trace = nullptr) const;
  // run() bounded by options.time_budget_seconds: once the budget is spent the remaining
  // stages are skipped and the document fails with "extraction exceeded N s" (TooLarge).
  Result<Extraction> run_within_budget(Document doc, const ExtractOptions& options,
                                       StageTimes* times = nullptr) const;
};

// The public id ("p3") of the entity a stage refers to by its index in decimal ("7"), given
// the public ids by index ("" for a dropped entity); "" for a dropped entity or anything that
// is not exactly std::to_string of an index.
std::string public_entity_id(const std::vector<std::string>& ids, std::string_view index);

}  // namespace casebook
