// Proleptic Gregorian calendar arithmetic behind the time-expression finder: day numbers,
// weekdays, month lengths, and comparison of dates at mixed precision.
#pragma once

#include <cstdint>

#include "nlp/time_expression.h"

namespace casebook {

bool is_leap_year(int year);
int days_in_month(int year, int month);  // 29 for February when year is 0 (unknown)
// True for a date whose set fields are in range (day 30 of February is not).
bool is_valid_civil(const CivilDate& d);
// Days since 1970-01-01 of a full date (H. Hinnant's algorithm).
int64_t days_from_civil(int year, int month, int day);
CivilDate civil_from_days(int64_t days);
// 1 = Monday .. 7 = Sunday.
int iso_weekday(const CivilDate& full_date);
// Compares the first days of the periods a and b denote (a missing month or day counts as
// the first); year-less dates compare by month and day. <0, 0 or >0.
int compare_start(const CivilDate& a, const CivilDate& b);
// The date at no finer precision than unit (kYear keeps only the year).
CivilDate truncate_to(const CivilDate& d, TimeUnit unit);

}  // namespace casebook
