// casebook's command line: thin translation from arguments to the engine's calls.
// Exit codes: 0 success, 1 some documents failed, 2 usage errors.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "cli/explain_command.h"
#include "cli/extract_command.h"
#include "cli/serve_command.h"
#include "cli/store_commands.h"
#include "nlp/time_expression.h"

namespace {

bool valid_date_option(const std::string& s) {
  return s.size() == 10 && casebook::parse_iso(s).day != 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"casebook: documents of political repression into structured, sourced cases"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("casebook 0.1.0"));

  casebook::ExtractCommandOptions extract;
  CLI::App* ex = app.add_subcommand("extract", "Extract entities, events and dates from documents");
  ex->add_option("--format", extract.format, "Output: json, jsonl (one line a document) or table")
      ->check(CLI::IsMember({"json", "jsonl", "table"}));
  ex->add_option("--date", extract.date,
                 "Reference date (YYYY-MM-DD) for documents whose metadata has none");
  ex->add_option("--jobs", extract.jobs, "Documents extracted in parallel")
      ->check(CLI::Range(1, 256));
  ex->add_option("--max-bytes", extract.max_bytes, "Refuse files larger than this")
      ->check(CLI::PositiveNumber);
  ex->add_option("--doc-timeout", extract.doc_timeout,
                 "Seconds one document may take before it fails (0: no limit)")
      ->check(CLI::NonNegativeNumber);
  ex->add_option("PATH", extract.paths, "Files, directories (recursive) or - for stdin")
      ->required();

  casebook::ExplainCommandOptions explain;
  CLI::App* exp = app.add_subcommand("explain", "Show why each event was extracted");
  exp->add_flag("--mentions", explain.mentions, "Also list every mention, sentence by sentence");
  exp->add_option("--date", explain.date, "Reference date (YYYY-MM-DD) when metadata has none");
  exp->add_option("PATH", explain.paths, "Files, directories or - for stdin")->required();

  auto store_commands = casebook::register_store_commands(&app);
  auto serve_commands = casebook::register_serve_commands(&app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  if (ex->parsed()) {
    if (!extract.date.empty() && !valid_date_option(extract.date)) {
      std::fprintf(stderr, "casebook: --date: '%s' is not a date (YYYY-MM-DD)\n",
                   extract.date.c_str());
      return 2;
    }
    return casebook::run_extract_command(extract);
  }
  if (exp->parsed()) {
    if (!explain.date.empty() && !valid_date_option(explain.date)) {
      std::fprintf(stderr, "casebook: --date: '%s' is not a date (YYYY-MM-DD)\n",
                   explain.date.c_str());
      return 2;
    }
    return casebook::run_explain_command(explain);
  }
  if (store_commands->parsed()) return store_commands->run();
  if (serve_commands->parsed()) return serve_commands->run();
  return 2;
}
