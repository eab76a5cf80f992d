// Fuzz target: the time-expression normaliser. The first bytes pick a reference date at some
// precision; the rest is text. Expressions must be ordered, inside the text, and dates valid.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "nlp/time_expression.h"

namespace {

void check_date(const casebook::CivilDate& d) {
  if (d.year == 0) return;
  FUZZ_CHECK(d.month >= 0 && d.month <= 12);
  FUZZ_CHECK(d.day >= 0 && d.day <= 31);
  FUZZ_CHECK(d.day == 0 || d.month != 0);
  FUZZ_CHECK(casebook::parse_iso(casebook::to_iso(d)) == d);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  casebook::CivilDate ref;
  uint8_t precision = data[0] % 4;  // none, year, month, day
  if (precision >= 1) ref.year = 1900 + data[1] % 200;
  if (precision >= 2) ref.month = 1 + data[2] % 12;
  if (precision >= 3) ref.day = 1 + (data[1] ^ data[2]) % 28;
  std::string_view text(reinterpret_cast<const char*>(data) + 3, size - 3);
  auto found = casebook::find_time_expressions(text, ref);
  uint32_t last_end = 0;
  for (const auto& e : found) {
    FUZZ_CHECK(e.start < e.end && e.end <= text.size());
    FUZZ_CHECK(e.start >= last_end);
    last_end = e.end;
    FUZZ_CHECK(e.anchor_start <= e.anchor_end && e.anchor_end <= text.size());
    check_date(e.value);
    check_date(e.value_end);
    if (e.kind == casebook::TimeKind::kAnchored) {
      check_date(casebook::resolve_anchored(e, casebook::CivilDate{2017, 9, 6}));
    }
  }
  int year = casebook::infer_reference_year(text);
  FUZZ_CHECK(year == 0 || (year >= 1900 && year <= 2200));
  check_date(casebook::parse_iso(text.substr(0, 16)));
  return 0;
}
