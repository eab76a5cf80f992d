// `casebook extract`: reads, ingests and extracts each document, in parallel when asked,
// and prints results in input order. A failed document prints one line on stderr naming the
// file and the reason; the others go on. Each result is written whole, never partially.
#include "cli/extract_command.h"

#include <cstdio>
#include <string>

#include "cli/input_files.h"
#include "cli/read_input.h"
#include "cli/table_view.h"
#include "core/ordered_parallel.h"
#include "extract/pipeline.h"
#include "ingest/ingest.h"
#include "model/extraction_json.h"

namespace casebook {
namespace {

struct DocumentOutput {
  std::string out;     // what goes to stdout
  std::string errors;  // lines for stderr (errors and warnings)
  bool failed = false;
};

DocumentOutput process(const InputFile& input, const ExtractCommandOptions& opt,
                       const Pipeline& pipeline) {
  DocumentOutput o;
  auto fail = [&](const std::string& reason) {
    o.errors = "casebook: " + input.path + ": " + reason + "\n";
    o.failed = true;
    return o;
  };
  Result<std::string> raw = read_input(input, opt.max_bytes);
  if (!raw.ok()) return fail(raw.status().message());
  IngestOptions io;
  io.max_bytes = opt.max_bytes;
  Result<Document> doc = ingest_document(*raw, input.path, io);
  if (!doc.ok()) return fail(doc.status().message());
  for (const std::string& w : doc->warnings) {
    o.errors += "casebook: warning: " + input.path + ": " + w + "\n";
  }
  ExtractOptions eo;
  eo.reference_date = opt.date;
  eo.time_budget_seconds = opt.doc_timeout;
  Result<Extraction> bounded = pipeline.run_within_budget(std::move(*doc), eo);
  if (!bounded.ok()) return fail(bounded.status().message());
  Extraction& x = *bounded;
  if (opt.format == "jsonl") {
    o.out = extraction_to_string(x, -1);
    o.out += '\n';
  } else if (opt.format == "table") {
    o.out = render_table(x);
  } else {
    o.out = extraction_to_string(x, 2);
    o.out += '\n';
  }
  return o;
}

}  // namespace

int run_extract_command(const ExtractCommandOptions& opt) {
  std::vector<InputFile> files;
  std::vector<InputProblem> problems;
  expand_inputs(opt.paths, &files, &problems);
  for (const InputProblem& p : problems) {
    std::fprintf(stderr, "casebook: %s: %s\n", p.path.c_str(), p.reason.c_str());
  }
  bool any_failed = !problems.empty();
  Pipeline pipeline;
  run_ordered(
      files.size(), opt.jobs, [&](size_t i) { return process(files[i], opt, pipeline); },
      [&](size_t, DocumentOutput&& o) {
        if (!o.errors.empty()) std::fwrite(o.errors.data(), 1, o.errors.size(), stderr);
        if (!o.out.empty()) std::fwrite(o.out.data(), 1, o.out.size(), stdout);
        any_failed = any_failed || o.failed;
      });
  std::fflush(stdout);
  return any_failed ? 1 : 0;
}

}  // namespace casebook
