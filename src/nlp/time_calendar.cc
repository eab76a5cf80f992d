// Calendar arithmetic and ISO formatting for time expressions.
#include "nlp/time_calendar.h"

#include <cstdio>

namespace casebook {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == 0 || is_leap_year(year))) return 29;
  return kDays[month - 1];
}

bool is_valid_civil(const CivilDate& d) {
  if (d.year < 0 || d.year > 9999) return false;
  if (d.month == 0) return d.day == 0;
  if (d.month < 1 || d.month > 12) return false;
  return d.day >= 0 && d.day <= days_in_month(d.year, d.month);
}

int64_t days_from_civil(int year, int month, int day) {
  int64_t y = month <= 2 ? year - 1 : year;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int iso_weekday(const CivilDate& d) {
  const int64_t z = days_from_civil(d.year, d.month, d.day);
  // 1970-01-01 was a Thursday (4).
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int compare_start(const CivilDate& a, const CivilDate& b) {
  if (a.year != 0 && b.year != 0 && a.year != b.year) return a.year < b.year ? -1 : 1;
  const int am = a.month == 0 ? 1 : a.month, bm = b.month == 0 ? 1 : b.month;
  if (am != bm) return am < bm ? -1 : 1;
  const int ad = a.day == 0 ? 1 : a.day, bd = b.day == 0 ? 1 : b.day;
  if (ad != bd) return ad < bd ? -1 : 1;
  return 0;
}

CivilDate truncate_to(const CivilDate& d, TimeUnit unit) {
  CivilDate out = d;
  if (unit == TimeUnit::kYear) out.month = 0;
  if (unit == TimeUnit::kYear || unit == TimeUnit::kMonth) out.day = 0;
  return out;
}

std::string to_iso(const CivilDate& d) {
  if (d.year == 0) return "";
  // The usual date, written digit by digit: snprintf cost ~1,500 instructions a call, and the
  // event finder writes a date for most events. Anything else goes to snprintf below.
  if (d.year > 0 && d.year <= 9999 && d.month >= 0 && d.month <= 99 && d.day >= 0 && d.day <= 99 &&
      (d.month != 0 || d.day == 0)) {
    char out[10] = {static_cast<char>('0' + d.year / 1000),
                    static_cast<char>('0' + d.year / 100 % 10),
                    static_cast<char>('0' + d.year / 10 % 10),
                    static_cast<char>('0' + d.year % 10),
                    '-',
                    static_cast<char>('0' + d.month / 10),
                    static_cast<char>('0' + d.month % 10),
                    '-',
                    static_cast<char>('0' + d.day / 10),
                    static_cast<char>('0' + d.day % 10)};
    return std::string(out, d.month == 0 ? 4 : d.day == 0 ? 7 : 10);
  }
  char buf[32];
  if (d.month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", d.year);
  } else if (d.day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", d.year, d.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  }
  return buf;
}

namespace {

// Reads exactly n ASCII digits at s[pos]; -1 when they are not there.
int read_digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

CivilDate parse_iso(std::string_view s) {
  CivilDate d;
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return {};
  d.year = read_digits(s, 0, 4);
  if (d.year <= 0) return {};
  if (s.size() >= 7) {
    if (s[4] != '-') return {};
    d.month = read_digits(s, 5, 2);
    if (d.month < 1 || d.month > 12) return {};
  }
  if (s.size() == 10) {
    if (s[7] != '-') return {};
    d.day = read_digits(s, 8, 2);
    if (d.day < 1) return {};
  }
  return is_valid_civil(d) ? d : CivilDate{};
}

CivilDate shift_days(const CivilDate& anchor, int days) {
  if (anchor.year == 0 || anchor.month == 0 || anchor.day == 0) return anchor;
  return civil_from_days(days_from_civil(anchor.year, anchor.month, anchor.day) + days);
}

CivilDate shift_by(const CivilDate& anchor, int count, TimeUnit unit) {
  if (anchor.year == 0) return anchor;
  switch (unit) {
    case TimeUnit::kNone:
      return anchor;
    case TimeUnit::kDay:
      return shift_days(anchor, count);
    case TimeUnit::kWeek:
      return shift_days(anchor, 7 * count);
    case TimeUnit::kMonth: {
      if (anchor.month == 0) return anchor;
      const int index = anchor.year * 12 + (anchor.month - 1) + count;
      CivilDate out{index / 12, index % 12 + 1, anchor.day};
      if (out.day > days_in_month(out.year, out.month))
        out.day = days_in_month(out.year, out.month);
      return out;
    }
    case TimeUnit::kYear: {
      CivilDate out{anchor.year + count, anchor.month, anchor.day};
      if (out.month != 0 && out.day > days_in_month(out.year, out.month)) {
        out.day = days_in_month(out.year, out.month);
      }
      return out;
    }
  }
  return anchor;
}

CivilDate resolve_anchored(const TimeExpression& e, const CivilDate& anchor) {
  if (anchor.year == 0 || e.anchor_unit == TimeUnit::kNone) return {};
  const bool needs_day = e.anchor_unit == TimeUnit::kDay || e.anchor_unit == TimeUnit::kWeek;
  if (needs_day && anchor.day == 0) return {};
  if (e.anchor_unit == TimeUnit::kMonth && anchor.month == 0) return {};
  // "arrested in March 2022 ... the following summer": the summer of 2022; after October, of
  // 2023. A season across the new year (December to February) counts from its first month.
  if (e.anchor_season_first != 0 && anchor.month != 0) {
    const int first = e.anchor_season_first;
    const int last = e.anchor_season_last >= first ? e.anchor_season_last : 12;
    int year = anchor.year;
    if (e.anchor_offset > 0 && anchor.month >= first) ++year;
    if (e.anchor_offset < 0 && anchor.month <= last) --year;
    return CivilDate{year, 0, 0};
  }
  return truncate_to(shift_by(anchor, e.anchor_offset, e.anchor_unit), e.anchor_unit);
}

}  // namespace casebook
