// Fuzz target: the store's search and person-filter query building (src/store/queries.cc):
// FTS5 MATCH text, its quoted-words retry, and the LIKE patterns of a person filter, run
// against a small store of invented reports. Any input must give rows or a clear error.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "fuzz_check.h"
#include "fuzz_store.h"
#include "store/queries.h"
#include "store/store.h"

namespace {

const char* kReports[] = {
    "---\ntitle: Lawyer detained\npublished: 2021-03-16\n---\nPolice detained the lawyer "
    "Karim Usmonov in Khujand on 14 March 2021. His wife said officers searched the home.\n",
    "---\ntitle: Blogger sentenced\npublished: 2020-11-02\n---\nA court in Dushanbe sentenced "
    "the blogger Nilufar Sharipova to five years in prison on 30 October 2020.\n",
    "---\ntitle: Brother summoned\npublished: 2022-01-09\n---\nThe brother of an exiled "
    "journalist was summoned by the security service in Kulob last week, relatives said.\n",
};

casebook::Store* fixture_store() {
  static casebook::Store* store = [] {
    auto dir = std::filesystem::temp_directory_path() /
               ("casebook-fuzz-search-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto s = casebook::Store::open((dir / "fuzz.db").string(), "");
    FUZZ_CHECK(s.ok());
    casebook::Store* st = s->release();
    store_fuzz_reports(st, kReports);
    return st;
  }();
  return store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  casebook::Store* store = fixture_store();
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  casebook::QueryFilters filters;
  filters.limit = 5;
  uint8_t mode = data[0] % 4;
  std::string query = text;
  if (mode == 1) filters.person = text;
  if (mode == 2) {
    // "query|person": both at once, with the filter exercising the search's joins.
    size_t bar = text.find('|');
    query = text.substr(0, bar);
    if (bar != std::string::npos) filters.person = text.substr(bar + 1);
    filters.type = "arrest_detention";
  }
  if (mode == 3) {
    filters.from = text.substr(0, 10);
    filters.country = "TJ";
  }
  if (query.empty()) query = "police";
  auto t = casebook::search_store(store->db(), query, filters);
  if (!t.ok()) {
    FUZZ_CHECK(!t.status().message().empty());
  } else {
    FUZZ_CHECK(t->rows.size() <= 5);
    for (const auto& row : t->rows) FUZZ_CHECK(row.size() == t->columns.size());
  }
  if (mode == 1) casebook::find_person_clusters(store->db(), text);
  return 0;
}
