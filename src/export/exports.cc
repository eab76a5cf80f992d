// Streaming exports. ACLED's event_type is its own taxonomy; casebook gives its event type as
// sub_event_type and a coarse ACLED type: violence against civilians for killings, torture and
// disappearances, and "Strategic developments" for arrests and legal actions.
#include "export/exports.h"

#include "export/table_format.h"

namespace casebook {
namespace {

std::string acled_type(const std::string& t) {
  if (t == "killing" || t == "torture_ill_treatment" || t == "enforced_disappearance" ||
      t == "abduction" || t == "assault") {
    return "Violence against civilians";
  }
  if (t == "protest") return "Protests";
  return "Strategic developments";
}

void put_row(std::FILE* out, const std::vector<std::string>& row) {
  std::string line;
  for (size_t i = 0; i < row.size(); ++i) line += (i ? "," : "") + csv_field(row[i]);
  line += "\r\n";
  std::fwrite(line.data(), 1, line.size(), out);
}

// Names of an event's participants in one role, joined by "; ".
constexpr const char* kRoleNames =
    "coalesce((SELECT group_concat(c.name, '; ') FROM participants p JOIN entities en"
    " ON en.id = p.entity JOIN clusters c ON c.id = en.cluster WHERE p.event = e.id"
    " AND p.role = '%s'), '')";

std::string role_names(const char* role) {
  char buf[512];
  std::snprintf(buf, sizeof buf, kRoleNames, role);
  return buf;
}

}  // namespace

Status export_store(Db* db, const std::string& format, const QueryFilters& f, std::FILE* out) {
  if (format == "jsonl") {
    Stmt st =
        db->prepare("SELECT casebook_extraction(extraction, text) FROM documents ORDER BY id");
    while (st.step()) {
      std::string_view j = st.text_view(0);
      std::fwrite(j.data(), 1, j.size(), out);
      std::fputc('\n', out);
    }
    return st.rc() == SQLITE_DONE ? Status::Ok() : Status::IoError(db->error());
  }
  // Incident filters first, so both CSV forms honour --type, --country, --from, --to, --person.
  QueryFilters all = f;
  all.limit = 1 << 30;
  Result<Table> incidents = list_incidents(db, all);
  if (!incidents.ok()) return incidents.status();
  std::string ids = "(-1";
  for (const auto& row : incidents->rows) ids += "," + row[0];
  ids += ")";
  std::string sql =
      "SELECT e.incident, e.id, coalesce(e.date_start, ''), e.type, " + role_names("perpetrator") +
      ", " + role_names("victim") +
      ", coalesce(e.country, ''), coalesce(pl.name, ''),"
      " coalesce(d.title, d.source, ''), coalesce(d.url, ''), coalesce(d.published, ''),"
      " coalesce(e.ev_text, casebook_span(d.text, e.ev_start, e.ev_end), '') FROM events e JOIN "
      "documents d ON d.id = e.doc"
      " LEFT JOIN entities pl ON pl.id = e.location WHERE coalesce(e.review, '') != 'rejected'"
      " AND e.incident IN " +
      ids + " ORDER BY e.date_start IS NULL, e.date_start, e.incident, e.id";
  Stmt st = db->prepare(sql);
  if (!st.ok()) return Status::Internal("export: " + db->error());
  if (format == "acled-csv") {
    put_row(out, {"event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                  "location", "source", "notes"});
  } else {
    put_row(out, {"incident", "event", "date", "type", "perpetrators", "victims", "country",
                  "location", "source", "url", "published", "evidence"});
  }
  while (st.step()) {
    std::vector<std::string> r;
    for (int c = 0; c < 12; ++c) r.push_back(st.text(c));
    if (format == "acled-csv") {
      put_row(out, {r[2], acled_type(r[3]), r[3], r[4], r[5], r[6], r[7], r[8], r[11]});
    } else {
      put_row(out, r);
    }
  }
  return st.rc() == SQLITE_DONE ? Status::Ok() : Status::IoError(db->error());
}

}  // namespace casebook
