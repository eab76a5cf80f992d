// `casebook explain`: extracts each document with a trace and prints the explain view.
#include "cli/explain_command.h"

#include <cstdio>

#include "cli/explain_view.h"
#include "cli/input_files.h"
#include "cli/read_input.h"
#include "ingest/ingest.h"

namespace casebook {

int run_explain_command(const ExplainCommandOptions& options) {
  std::vector<InputFile> files;
  std::vector<InputProblem> problems;
  expand_inputs(options.paths, &files, &problems);
  bool failed = !problems.empty();
  for (const InputProblem& p : problems) {
    std::fprintf(stderr, "casebook: %s: %s\n", p.path.c_str(), p.reason.c_str());
  }
  Pipeline pipeline;
  for (const InputFile& f : files) {
    Result<std::string> raw = read_input(f, kDefaultMaxBytes);
    Result<Document> doc =
        raw.ok() ? ingest_document(*raw, f.path) : Result<Document>(raw.status());
    if (!doc.ok()) {
      std::fprintf(stderr, "casebook: %s: %s\n", f.path.c_str(), doc.status().message().c_str());
      failed = true;
      continue;
    }
    ExtractOptions eo;
    eo.reference_date = options.date;
    PipelineTrace trace;
    Extraction x = pipeline.run(std::move(*doc), eo, nullptr, &trace);
    std::string out = render_explain(x, trace, options.mentions);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return failed ? 1 : 0;
}

}  // namespace casebook
