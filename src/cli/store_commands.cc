// Registers the case-store commands and translates their options into store calls. Each
// command opens the store itself; query commands never create one.
#include "cli/store_commands.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>

#include "cli/ingest_command.h"
#include "cli/reextract_command.h"
#include "cli/store_open.h"
#include "core/clock.h"
#include "export/casefile_html.h"
#include "export/exports.h"
#include "export/person_format.h"
#include "export/table_format.h"
#include "store/person_file.h"
#include "store/queries.h"
#include "store/review.h"

namespace casebook {
namespace {

void add_location(CLI::App* c, StoreLocation* w) {
  c->add_option("--db", w->db, "The case store (default ./casebook.db)");
  c->add_option("--key-file", w->key_file, "File holding the store's key (or CASEBOOK_KEY_FILE)");
}

void add_filters(CLI::App* c, QueryFilters* f) {
  c->add_option("--type", f->type, "Event type, e.g. arrest_detention");
  c->add_option("--country", f->country, "ISO 3166-1 alpha-2 country code");
  c->add_option("--from", f->from, "Earliest date (YYYY, YYYY-MM or YYYY-MM-DD)");
  c->add_option("--to", f->to, "Latest date");
  c->add_option("--person", f->person, "A person's name, any spelling");
  c->add_option("--limit", f->limit, "At most this many results")->check(CLI::PositiveNumber);
}

int print(const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), stdout);
  std::fflush(stdout);
  return 0;
}

int report(const StoreLocation& w, const Status& s) {
  std::fprintf(stderr, "casebook: %s: %s\n", w.db.c_str(), s.message().c_str());
  return 1;
}

class Commands : public StoreCommands {
 public:
  explicit Commands(CLI::App* app) {
    const auto kFormats = CLI::IsMember({"table", "json", "csv"});
    CLI::App* c = add(app, "ingest", "Extract documents and store them in the case store",
                      [this] { return run_ingest_command(ingest_); });
    add_location(c, &ingest_.where);
    c->add_option("--date", ingest_.date, "Reference date (YYYY-MM-DD) when metadata has none");
    c->add_option("--jobs", ingest_.jobs, "Documents extracted in parallel")
        ->check(CLI::Range(1, 256));
    c->add_option(
         "--batch", ingest_.batch,
         "Documents per transaction (at most: a batch also ends at 16 MB of input and text)")
        ->check(CLI::PositiveNumber);
    c->add_flag("--reextract", ingest_.reextract,
                "Extract stored documents again (reviews carry over to the new extraction)");
    c->add_option("--doc-timeout", ingest_.doc_timeout,
                  "Seconds one document may take to extract before it fails (0: no limit)")
        ->check(CLI::NonNegativeNumber);
    c->add_option("PATH", ingest_.paths, "Files, directories (recursive) or - for stdin")
        ->required();

    c = add(app, "reextract",
            "Extract stored documents again with this engine (reviews carry over)",
            [this] { return run_reextract_command(reextract_); });
    add_location(c, &reextract_.where);
    c->add_flag("--all", reextract_.all, "Also documents this engine version extracted");
    c->add_option("--jobs", reextract_.jobs, "Documents extracted in parallel")
        ->check(CLI::Range(1, 256));

    c = add(app, "search", "Full-text search over documents and evidence", [this] {
      return query([&](Store* s) { return search_store(s->db(), query_text_, filters_); });
    });
    add_location(c, &where_);
    add_filters(c, &filters_);
    c->add_option("--format", format_, "table, json or csv")->check(kFormats);
    c->add_option("QUERY", query_text_, "Words or an FTS5 query")->required();

    c = add(app, "events", "List incidents (events merged across sources)",
            [this] { return query([&](Store* s) { return list_incidents(s->db(), filters_); }); });
    add_location(c, &where_);
    add_filters(c, &filters_);
    c->add_option("--format", format_, "table, json or csv")->check(kFormats);

    c = add(app, "timeline", "Events in date order with their sources",
            [this] { return query([&](Store* s) { return list_timeline(s->db(), filters_); }); });
    add_location(c, &where_);
    add_filters(c, &filters_);
    c->add_option("--format", format_, "table, json or csv")->check(kFormats);

    c = add(app, "person", "A person's case file: names, relatives, chronology", [this] {
      auto s = open_store_or_report(where_, false);
      if (!s) return 1;
      std::vector<PersonFile> files = load_person_files(s->db(), name_);
      if (format_ == "html") return print(casefile_html(files, utc_now()));
      return print(format_person_files(files, format_));
    });
    add_location(c, &where_);
    c->add_option("--format", format_, "table, json, csv, md or html")
        ->check(CLI::IsMember({"table", "json", "csv", "md", "html"}));
    c->add_option("NAME", name_, "Any part of the name, any spelling")->required();

    c = add(app, "merges", "List recorded merges with their reasons", [this] {
      return query([&](Store* s) -> Result<Table> { return list_merges(s->db(), filters_.limit); });
    });
    add_location(c, &where_);
    c->add_option("--limit", filters_.limit, "At most this many");
    c->add_option("--format", format_, "table, json or csv")->check(kFormats);

    c = add(app, "unmerge", "Undo one merge (see `casebook merges`)", [this] {
      auto s = open_store_or_report(where_, false);
      if (!s) return 1;
      Status st = s->unmerge(merge_id_);
      if (!st.ok()) return report(where_, st);
      return print("undone merge " + std::to_string(merge_id_) + "\n");
    });
    add_location(c, &where_);
    c->add_option("MERGE_ID", merge_id_, "The merge to undo")->required();

    c = add(app, "review", "Accept, reject or edit an event (ids from `casebook timeline`)",
            [this] { return review(); });
    add_location(c, &where_);
    c->add_option("EVENT_ID", review_.event, "The event")->required();
    c->add_option("ACTION", review_.action, "accept, reject or edit")
        ->check(CLI::IsMember({"accept", "reject", "edit"}))
        ->required();
    c->add_option("EDIT", edit_,
                  "FIELD=VALUE, for edit (type, date_start, date_end, outcome, "
                  "country)");
    c->add_option("--note", review_.note, "Why");
    c->add_option("--reviewer", review_.reviewer, "Who decides (default: $USER)");

    c = add(app, "rekey", "Change the store's encryption key", [this] { return rekey(); });
    add_location(c, &where_);
    c->add_option("--new-key-file", new_key_file_, "File holding the new key");
    c->add_flag("--decrypt", decrypt_, "Remove encryption instead (with no --new-key-file)");

    CLI::App* audit = app->add_subcommand("audit", "The audit chain");
    audit->require_subcommand(1);
    c = add(audit, "verify", "Check that no audit row was edited or removed", [this] {
      auto s = open_store_or_report(where_, false);
      if (!s) return 1;
      AuditReport r = s->verify_audit();
      if (!r.ok) {
        std::fprintf(stderr, "casebook: %s: audit chain broken: %s\n", where_.db.c_str(),
                     r.problem.c_str());
        return 1;
      }
      return print("audit chain intact: " + std::to_string(r.rows) + " rows\n");
    });
    add_location(c, &where_);

    c = add(app, "status", "What the store holds", [this] {
      return query([&](Store* s) -> Result<Table> { return store_counts(s->db()); });
    });
    add_location(c, &where_);
    c->add_option("--format", format_, "table, json or csv")->check(kFormats);

    c = add(app, "export", "Export the store", [this] { return run_export(); });
    add_location(c, &where_);
    add_filters(c, &filters_);
    c->add_option("--format", export_format_, "jsonl, csv, acled-csv, casefile-md or casefile-html")
        ->check(CLI::IsMember({"jsonl", "csv", "acled-csv", "casefile-md", "casefile-html"}))
        ->required();
  }

  bool parsed() const override { return chosen() != nullptr; }

  int run() override {
    const Entry* e = chosen();
    return e ? e->run() : 2;
  }

 private:
  struct Entry {
    CLI::App* cmd;
    std::function<int()> run;
  };

  CLI::App* add(CLI::App* parent, const char* name, const char* help, std::function<int()> fn) {
    CLI::App* c = parent->add_subcommand(name, help);
    entries_.push_back({c, std::move(fn)});
    return c;
  }

  const Entry* chosen() const {
    for (const Entry& e : entries_) {
      if (e.cmd->parsed()) return &e;
    }
    return nullptr;
  }

  int query(const std::function<Result<Table>(Store*)>& fn) {
    auto s = open_store_or_report(where_, false);
    if (!s) return 1;
    Result<Table> t = fn(s.get());
    if (!t.ok()) return report(where_, t.status());
    return print(format_table(*t, format_));
  }

  int review() {
    if (review_.action == "edit") {
      size_t eq = edit_.find('=');
      if (eq == std::string::npos || eq == 0) {
        std::fprintf(stderr, "casebook: review edit needs FIELD=VALUE\n");
        return 2;
      }
      review_.field = edit_.substr(0, eq);
      review_.value = edit_.substr(eq + 1);
    }
    if (review_.reviewer.empty()) {
      const char* user = std::getenv("USER");
      review_.reviewer = user && *user ? user : "unknown";
    }
    auto s = open_store_or_report(where_, false);
    if (!s) return 1;
    Status st = review_event(s->db(), review_);
    if (!st.ok()) return report(where_, st);
    return print("event " + std::to_string(review_.event) + ": " + review_.action + "\n");
  }

  int rekey() {
    std::string new_key;
    if (decrypt_ == !new_key_file_.empty()) {
      std::fprintf(stderr, "casebook: rekey needs --new-key-file FILE or --decrypt\n");
      return 2;
    }
    if (!decrypt_) {
      Result<std::string> k = read_key_file(new_key_file_);
      if (!k.ok()) {
        std::fprintf(stderr, "casebook: %s\n", k.status().message().c_str());
        return 1;
      }
      new_key = *k;
    }
    auto s = open_store_or_report(where_, false);
    if (!s) return 1;
    Status st = s->rekey(new_key);
    if (!st.ok()) return report(where_, st);
    return print(decrypt_ ? "store decrypted\n" : "key changed\n");
  }

  int run_export() {
    auto s = open_store_or_report(where_, false);
    if (!s) return 1;
    if (export_format_ == "casefile-md" || export_format_ == "casefile-html") {
      if (filters_.person.empty()) {
        std::fprintf(stderr, "casebook: export --format %s needs --person NAME\n",
                     export_format_.c_str());
        return 2;
      }
      std::vector<PersonFile> files = load_person_files(s->db(), filters_.person);
      if (export_format_ == "casefile-html") return print(casefile_html(files, utc_now()));
      return print(format_person_files(files, "md"));
    }
    Status st = export_store(s->db(), export_format_, filters_, stdout);
    if (!st.ok()) return report(where_, st);
    std::fflush(stdout);
    return 0;
  }

  std::vector<Entry> entries_;
  IngestCommandOptions ingest_;
  ReextractCommandOptions reextract_;
  StoreLocation where_;
  QueryFilters filters_;
  std::string format_ = "table";
  std::string query_text_, name_, new_key_file_, export_format_;
  bool decrypt_ = false;
  ReviewDecision review_;
  std::string edit_;
  int64_t merge_id_ = 0;
};

}  // namespace

std::unique_ptr<StoreCommands> register_store_commands(CLI::App* app) {
  return std::make_unique<Commands>(app);
}

}  // namespace casebook
