// The explain view (`casebook explain FILE`): each sentence that yields an event, with the
// trigger marked [like this], victims <like this>, perpetrators {like this}, and the rule that
// fired; with --mentions, every sentence with each mention's kind, entity and rule.
#pragma once

#include <string>

#include "casebook/extraction.h"
#include "extract/pipeline.h"

namespace casebook {

std::string render_explain(const Extraction& x, const PipelineTrace& trace, bool all_mentions);

}  // namespace casebook
