// Tests of the time-expression finder (src/nlp/time_expression.h): a table of sentences with
// the expression each must yield (or none), plus reference-year inference and date arithmetic.
#include "nlp/time_expression.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "nlp/time_lexicon.h"

namespace casebook {
namespace {

constexpr TimeKind kAbs = TimeKind::kAbsolute;
constexpr TimeKind kRel = TimeKind::kRelative;
constexpr TimeKind kAnc = TimeKind::kAnchored;
constexpr TimeKind kRng = TimeKind::kRange;

struct Row {
  const char* text;
  const char* reference;  // ISO, "" for none
  const char* match;      // expected substring; "" = the text has no time expression at all
  const char* start;      // expected value (ISO, "" = unresolved)
  const char* end;        // expected value_end ("" = not a range)
  bool approximate;
  TimeKind kind;
};

// 2017-09-20 is a Wednesday; 2017-09-19 a Tuesday.
const Row kRows[] = {
    // Month and day, day and month, with and without the year.
    {"They were detained on September 6 and 7 in the capital.", "2017", "September 6 and 7",
     "2017-09-06", "2017-09-07", false, kRng},
    {"He was held on 6 September 2017 by the police.", "2017", "6 September 2017", "2017-09-06", "",
     false, kAbs},
    {"The raid took place on Sept. 6 at dawn.", "2017", "Sept. 6", "2017-09-06", "", false, kAbs},
    {"The raid took place on Sep 6, 2017 at dawn.", "2018", "Sep 6, 2017", "2017-09-06", "", false,
     kAbs},
    {"She was summoned on the 6th of September.", "2017", "the 6th of September", "2017-09-06", "",
     false, kAbs},
    {"She was summoned on 6th of September.", "2017", "6th of September", "2017-09-06", "", false,
     kAbs},
    {"The rally on 8 July was dispersed.", "2017", "8 July", "2017-07-08", "", false, kAbs},
    {"The rally on July 8 was dispersed.", "2017", "July 8", "2017-07-08", "", false, kAbs},
    {"The rally on 8 July 2017 was dispersed.", "2019", "8 July 2017", "2017-07-08", "", false,
     kAbs},
    {"The rally on July 8th was dispersed.", "2017", "July 8th", "2017-07-08", "", false, kAbs},
    {"The rally on July 8 2016 was dispersed.", "2017", "July 8 2016", "2016-07-08", "", false,
     kAbs},
    {"The rally on 8th July 2016 was dispersed.", "2017", "8th July 2016", "2016-07-08", "", false,
     kAbs},
    {"The trial opened on Jan. 12, 2016.", "2017", "Jan. 12, 2016", "2016-01-12", "", false, kAbs},
    {"The trial opened on Feb 3.", "2017", "Feb 3", "2017-02-03", "", false, kAbs},
    {"The trial opened on 3 Feb. 2015 in the city court.", "2017", "3 Feb. 2015", "2015-02-03", "",
     false, kAbs},
    {"SEPTEMBER 6: POLICE RAID OFFICE", "2017", "SEPTEMBER 6", "2017-09-06", "", false, kAbs},
    {"Police came on december 3 to the flat.", "2017", "december 3", "2017-12-03", "", false, kAbs},
    {"She was born on the first of May in a village.", "2017", "the first of May", "2017-05-01", "",
     false, kAbs},
    {"She was born on the twenty-first of May in a village.", "2017", "the twenty-first of May",
     "2017-05-21", "", false, kAbs},
    {"Police came on Tuesday, September 5, 2017, at night.", "2017", "Tuesday, September 5, 2017",
     "2017-09-05", "", false, kAbs},
    {"Date: Tue, 5 Sep 2017 10:00:00 GMT", "", "Tue, 5 Sep 2017", "2017-09-05", "", false, kAbs},
    {"The May 9 parade was cancelled.", "2017", "May 9", "2017-05-09", "", false, kAbs},
    {"The verdict came on 29 February 2016.", "2017", "29 February 2016", "2016-02-29", "", false,
     kAbs},
    // Day ranges inside one month, and across months.
    {"They were held on 6 and 7 September.", "2017", "6 and 7 September", "2017-09-06",
     "2017-09-07", false, kRng},
    {"They were held on 6-7 September 2016.", "2017", "6-7 September 2016", "2016-09-06",
     "2016-09-07", false, kRng},
    {"They were held on September 6-7, 2016.", "2017", "September 6-7, 2016", "2016-09-06",
     "2016-09-07", false, kRng},
    {"The hearings ran from 30 September to 2 October.", "2017", "from 30 September to 2 October",
     "2017-09-30", "2017-10-02", false, kRng},
    {"The hearings ran from September 30 to October 2, 2016.", "2017",
     "from September 30 to October 2, 2016", "2016-09-30", "2016-10-02", false, kRng},
    {"The hearings ran between 5 and 7 September.", "2017", "between 5 and 7 September",
     "2017-09-05", "2017-09-07", false, kRng},
    {"The hearings ran 5th-7th May 2016 in the city.", "2017", "5th-7th May 2016", "2016-05-05",
     "2016-05-07", false, kRng},
    // Month and year, month alone.
    {"The protests of March 2015 were violent.", "2017", "March 2015", "2015-03", "", false, kAbs},
    {"He was arrested in September 2015 in the north.", "2017", "September 2015", "2015-09", "",
     false, kAbs},
    {"He was arrested in September of 2015 in the north.", "2017", "September of 2015", "2015-09",
     "", false, kAbs},
    {"August 2015 was a hard month.", "2017", "August 2015", "2015-08", "", false, kAbs},
    {"He was arrested in May and released later.", "2017", "May", "2017-05", "", false, kAbs},
    {"He was arrested in March and released later.", "2017", "March", "2017-03", "", false, kAbs},
    {"The camp closed in August after the visit.", "2017", "August", "2017-08", "", false, kAbs},
    {"By October the office had been closed.", "2017", "October", "2017-10", "", false, kAbs},
    {"He was arrested in Jan. and released later.", "2017", "Jan.", "2017-01", "", false, kAbs},
    {"The office was shut in June.", "2017", "June", "2017-06", "", false, kAbs},
    {"The raids took place in July and August.", "2017", "July and August", "2017-07", "2017-08",
     false, kRng},
    {"The raids took place in July and August 2015.", "2017", "July and August 2015", "2015-07",
     "2015-08", false, kRng},
    {"Arrests rose from January to September this year.", "2017",
     "from January to September this year", "2017-01", "2017-09", false, kRng},
    {"Arrests rose from January to September last year.", "2017",
     "from January to September last year", "2016-01", "2016-09", false, kRng},
    {"Arrests rose between March and May 2016.", "2017", "between March and May 2016", "2016-03",
     "2016-05", false, kRng},
    {"The camps were closed from November to February.", "2017-03-10", "from November to February",
     "2016-11", "2017-02", false, kRng},
    {"He was jailed in September last year.", "2017", "September last year", "2016-09", "", false,
     kRel},
    {"He was jailed on 6 September last year.", "2017", "6 September last year", "2016-09-06", "",
     false, kRel},
    {"He was jailed in January this year.", "2017-05-01", "January this year", "2017-01", "", false,
     kRel},
    // Year-less dates near the turn of a year (the roll-back rule).
    {"He was arrested on December 28, his lawyer said.", "2018-01-05", "December 28", "2017-12-28",
     "", false, kAbs},
    {"A hearing is set for January 20 in the city court.", "2018-01-05", "January 20", "2018-01-20",
     "", false, kAbs},
    {"The activist was detained in November.", "2018-01-05", "November", "2017-11", "", false,
     kAbs},
    {"The activist was detained in February.", "2018-01-05", "February", "2018-02", "", false,
     kAbs},
    {"The activist was detained on 6 September.", "2017-09-20", "6 September", "2017-09-06", "",
     false, kAbs},
    {"The activist was detained on 6 September.", "", "6 September", "", "", false, kAbs},
    {"It happened on 29 February.", "2016", "29 February", "2016-02-29", "", false, kAbs},
    {"It happened on 29 February.", "2017", "29 February", "2017-02", "", false, kAbs},
    // Years, spans of years, decades.
    {"He moved abroad in 2016 after threats.", "2017", "2016", "2016", "", false, kAbs},
    {"The 2016 elections were not free.", "2017", "2016", "2016", "", false, kAbs},
    {"Repression began in 1937 in the region.", "2017", "1937", "1937", "", false, kAbs},
    {"Between 2014 and 2016 the party was banned.", "2017", "Between 2014 and 2016", "2014", "2016",
     false, kRng},
    {"From 2012 until 2014 he lived in exile.", "2017", "From 2012 until 2014", "2012", "2014",
     false, kRng},
    {"From 2012 to 2014 he lived in exile.", "2017", "From 2012 to 2014", "2012", "2014", false,
     kRng},
    {"He lived in exile in 2014 to 2016.", "2017", "2014 to 2016", "2014", "2016", false, kRng},
    {"Elections were held in 2011 and 2012.", "2017", "2011 and 2012", "2011", "2012", false, kRng},
    {"Elections were held in 2011 and 2015.", "2017", "2011", "2011", "", false, kAbs},
    {"The 2015-2016 crackdown was severe.", "2017", "2015-2016", "2015", "2016", false, kRng},
    {"The 2015\u201316 crackdown was severe.", "2017", "2015\u201316", "2015", "2016", false, kRng},
    {"The 2015 \u2013 2016 crackdown was severe.", "2017", "2015 \u2013 2016", "2015", "2016",
     false, kRng},
    {"The 2015/16 season was cancelled.", "2017", "2015/16", "2015", "2016", false, kRng},
    {"The 2009-10 season was cancelled.", "2017", "2009-10", "2009", "2010", false, kRng},
    {"It was common in the 1990s for activists to flee.", "2017", "the 1990s", "1990", "1999", true,
     kRng},
    {"It was common in the 1980's for activists to flee.", "2017", "the 1980's", "1980", "1989",
     true, kRng},
    {"It was common in the early 2000s for activists to flee.", "2017", "the early 2000s", "2000",
     "2009", true, kRng},
    {"It was common by the mid-1990s for activists to flee.", "2017", "the mid-1990s", "1990",
     "1999", true, kRng},
    {"Since 2015 the party has been banned.", "2017", "Since 2015", "2015", "", false, kAbs},
    {"The party has been banned since March 2015.", "2017", "since March 2015", "2015-03", "",
     false, kAbs},
    // Digits only.
    {"The log shows 2017-09-06 as the date.", "", "2017-09-06", "2017-09-06", "", false, kAbs},
    {"The log shows 2017-09-06T10:00:00Z as the time.", "", "2017-09-06", "2017-09-06", "", false,
     kAbs},
    {"The file is dated 2017-09 in the archive.", "", "2017-09", "2017-09", "", false, kAbs},
    {"The form was signed on 15/09/2017 in court.", "", "15/09/2017", "2017-09-15", "", false,
     kAbs},
    {"The form was signed on 09/15/2017 in court.", "", "09/15/2017", "2017-09-15", "", false,
     kAbs},
    {"The form was signed on 05/05/2017 in court.", "", "05/05/2017", "2017-05-05", "", false,
     kAbs},
    // Day first when both parts could be the month (issue4_numeric_dates_test.cc).
    {"The form was signed on 06/09/2017 in court.", "", "06/09/2017", "2017-09-06", "", false,
     kAbs},
    {"The form was signed on 6.9.2017 in court.", "", "6.9.2017", "2017-09-06", "", false, kAbs},
    {"The form was signed on 16.11.2017 in court.", "", "16.11.2017", "2017-11-16", "", false,
     kAbs},
    {"The permit expired in 09/2017 without notice.", "", "09/2017", "2017-09", "", false, kAbs},
    // Approximate dates.
    {"Early September saw more arrests.", "2017", "Early September", "2017-09", "", true, kAbs},
    {"In early May the trial began.", "2017", "early May", "2017-05", "", true, kAbs},
    {"In mid-September the trial began.", "2017", "mid-September", "2017-09", "", true, kAbs},
    {"In late October the trial began.", "2017", "late October", "2017-10", "", true, kAbs},
    {"By mid-2015 the party had been banned.", "2017", "mid-2015", "2015", "", true, kAbs},
    {"In late 2016 he was detained.", "2017", "late 2016", "2016", "", true, kAbs},
    {"In early 2016 he was detained.", "2017", "early 2016", "2016", "", true, kAbs},
    {"Around 2015 the pressure grew.", "2017", "Around 2015", "2015", "", true, kAbs},
    {"The pressure grew in about 2015.", "2017", "about 2015", "2015", "", true, kAbs},
    {"The pressure grew circa 1990, historians say.", "2017", "circa 1990", "1990", "", true, kAbs},
    {"At the end of 2016 the law changed.", "2017", "the end of 2016", "2016", "", true, kAbs},
    {"At the beginning of March the law changed.", "2017", "the beginning of March", "2017-03", "",
     true, kAbs},
    {"At the end of last year the law changed.", "2017", "the end of last year", "2016", "", true,
     kRel},
    {"In late last year the law changed.", "2017", "late last year", "2016", "", true, kRel},
    {"Police came early Tuesday to the flat.", "2017-09-20", "early Tuesday", "2017-09-19", "",
     false, kRel},
    {"Roughly two years ago he fled.", "2017", "Roughly two years ago", "2015", "", true, kRel},
    {"Nearly two years after his arrest, he died.", "2017", "Nearly two years after", "", "", true,
     kAnc},
    // Seasons.
    {"During the summer of 2018 relatives were questioned.", "2019", "the summer of 2018",
     "2018-06", "2018-08", true, kRng},
    {"In spring 2016 relatives were questioned.", "2019", "spring 2016", "2016-03", "2016-05", true,
     kRng},
    {"In the autumn of 2015 relatives were questioned.", "2019", "the autumn of 2015", "2015-09",
     "2015-11", true, kRng},
    {"In the fall of 2015 relatives were questioned.", "2019", "the fall of 2015", "2015-09",
     "2015-11", true, kRng},
    {"In the winter of 2018 it snowed.", "2019", "the winter of 2018", "2018-12", "2019-02", true,
     kRng},
    {"This spring police raided the office.", "2017-05-10", "This spring", "2017-03", "2017-05",
     true, kRng},
    {"Last summer police raided the office.", "2017-05-10", "Last summer", "2016-06", "2016-08",
     true, kRng},
    {"Last summer police raided the office.", "2017-09-10", "Last summer", "2017-06", "2017-08",
     true, kRng},
    {"Last winter police raided the office.", "2017-01-20", "Last winter", "2015-12", "2016-02",
     true, kRng},
    {"This winter police raided the office.", "2017-01-20", "This winter", "2016-12", "2017-02",
     true, kRng},
    {"Last summer police raided the office.", "2017", "Last summer", "", "", true, kRng},
    // Counted from the reference date.
    {"Last year the court jailed him.", "2017", "Last year", "2016", "", false, kRel},
    {"This year the conference was held abroad.", "2017", "This year", "2017", "", false, kRel},
    {"Next year the conference will be held abroad.", "2017", "Next year", "2018", "", false, kRel},
    {"At last year's conference he spoke.", "2015", "last year", "2014", "", false, kRel},
    {"Last year the court jailed him.", "", "Last year", "", "", false, kRel},
    {"Last month his brother was summoned.", "2017-09-20", "Last month", "2017-08", "", false,
     kRel},
    {"Last month his brother was summoned.", "2017-01-20", "Last month", "2016-12", "", false,
     kRel},
    {"Last month his brother was summoned.", "2017", "Last month", "", "", false, kRel},
    {"Earlier this month his brother was summoned.", "2017-09-20", "Earlier this month", "2017-09",
     "", false, kRel},
    {"Later this year the court will rule.", "2017-09-20", "Later this year", "2017", "", false,
     kRel},
    {"Last week the police came again.", "2017-09-20", "Last week", "2017-09-11", "2017-09-17",
     false, kRng},
    {"This week the police came again.", "2017-09-20", "This week", "2017-09-18", "2017-09-24",
     false, kRng},
    {"Last week the police came again.", "2017-09", "Last week", "", "", false, kRng},
    // Issue 4: "last weekend" is last week, whose Saturday and Sunday it is.
    {"They were kidnapped last weekend in the north.", "2017-09-20", "last weekend", "2017-09-11",
     "2017-09-17", false, kRng},
    // Issue 4: "Friday last week", "Tuesday of last week", "Monday this week": the day of that
    // week, not the nearest such day before the date of writing.
    {"He was arrested on Friday last week at home.", "2017-09-22", "Friday last week", "2017-09-15",
     "", false, kRel},
    {"He was arrested on Tuesday of last week at home.", "2017-09-20", "Tuesday of last week",
     "2017-09-12", "", false, kRel},
    {"He was arrested on Monday this week at home.", "2017-09-20", "Monday this week", "2017-09-18",
     "", false, kRel},
    {"Yesterday his brother was summoned.", "2017-09-20", "Yesterday", "2017-09-19", "", false,
     kRel},
    {"Yesterday his brother was summoned.", "2017-03-01", "Yesterday", "2017-02-28", "", false,
     kRel},
    {"Yesterday his brother was summoned.", "2017", "Yesterday", "", "", false, kRel},
    {"Yesterday morning his brother was summoned.", "2017-09-20", "Yesterday morning", "2017-09-19",
     "", false, kRel},
    {"Today his brother was summoned.", "2017-09-20", "Today", "2017-09-20", "", false, kRel},
    {"Tomorrow the court will rule.", "2017-12-31", "Tomorrow", "2018-01-01", "", false, kRel},
    {"Last night police searched the flat.", "2017-09-20", "Last night", "2017-09-19", "", false,
     kRel},
    {"This morning police searched the flat.", "2017-09-20", "This morning", "2017-09-20", "",
     false, kRel},
    {"His brother was summoned on Tuesday.", "2017-09-20", "Tuesday", "2017-09-19", "", false,
     kRel},
    {"His brother was summoned on Wednesday.", "2017-09-20", "Wednesday", "2017-09-20", "", false,
     kRel},
    {"His brother was summoned on Thursday.", "2017-09-20", "Thursday", "2017-09-14", "", false,
     kRel},
    {"Police came on Tuesday night.", "2017-09-20", "Tuesday night", "2017-09-19", "", false, kRel},
    {"Police said Saturday's raid was legal.", "2017-09-20", "Saturday", "2017-09-16", "", false,
     kRel},
    {"His brother was summoned on Tuesday.", "2017", "Tuesday", "", "", false, kRel},
    {"He was seen last Tuesday.", "2017-09-19", "last Tuesday", "2017-09-12", "", false, kRel},
    {"He was seen last Tuesday.", "2017-09-20", "last Tuesday", "2017-09-19", "", false, kRel},
    {"He will appear next Tuesday.", "2017-09-20", "next Tuesday", "2017-09-26", "", false, kRel},
    {"He was seen last September.", "2017-10-02", "last September", "2017-09", "", false, kRel},
    {"He was seen last September.", "2017-09-02", "last September", "2016-09", "", false, kRel},
    {"He will be tried this December.", "2017", "this December", "2017-12", "", false, kRel},
    {"Two years ago he fled abroad.", "2017", "Two years ago", "2015", "", false, kRel},
    {"Three months ago he fled abroad.", "2017-02-10", "Three months ago", "2016-11", "", false,
     kRel},
    {"Three weeks ago he fled abroad.", "2017-09-20", "Three weeks ago", "2017-08-30", "", false,
     kRel},
    {"Three weeks ago he fled abroad.", "2017", "Three weeks ago", "", "", false, kRel},
    {"A few days ago he fled abroad.", "2017-09-20", "A few days ago", "2017-09-17", "", true,
     kRel},
    {"A decade ago he fled abroad.", "2017", "A decade ago", "2007", "", false, kRel},
    {"10 days ago he fled abroad.", "2017-09-20", "10 days ago", "2017-09-10", "", false, kRel},
    {"Over the past two years arrests rose.", "2017-09-20", "the past two years", "2015", "2017",
     false, kRng},
    {"In the last three months arrests rose.", "2017-09-20", "the last three months", "2017-06",
     "2017-09", false, kRng},
    {"Since last year the party has been banned.", "2017", "Since last year", "2016", "", false,
     kRel},
    // Counted from another event.
    {"He was released. Two days later he was detained again.", "2017-09-20", "Two days later", "",
     "", false, kAnc},
    {"He was detained one day before the meeting in Warsaw, officials said.", "2017",
     "one day before", "", "", false, kAnc},
    {"He had been warned the day before.", "2017", "the day before", "", "", false, kAnc},
    {"A year earlier he had fled.", "2017", "A year earlier", "", "", false, kAnc},
    {"He was released. The next day he was detained again.", "2017", "The next day", "", "", false,
     kAnc},
    {"He was released. The following day he was detained again.", "2017", "The following day", "",
     "", false, kAnc},
    {"He was jailed in 2013. The previous year he had been fined.", "2017", "The previous year", "",
     "", false, kAnc},
    {"He was released and arrested the same day.", "2017", "the same day", "", "", false, kAnc},
    {"He was detained a week after his wife's arrest.", "2017", "a week after", "", "", false,
     kAnc},
    {"Three days prior to the vote, he vanished.", "2017", "Three days prior", "", "", false, kAnc},
    {"Several days later he vanished.", "2017", "Several days later", "", "", true, kAnc},
    {"A couple of days later he vanished.", "2017", "A couple of days later", "", "", false, kAnc},
    {"He was detained two days before September 6 in the capital.", "2017",
     "two days before September 6", "2017-09-04", "", false, kAnc},
    {"He was detained the day before yesterday.", "2017-09-20", "the day before yesterday",
     "2017-09-18", "", false, kAnc},
    {"He was detained a day after 31 December 2016.", "2017", "a day after 31 December 2016",
     "2017-01-01", "", false, kAnc},
    // Things that are not dates.
    {"She may go abroad soon.", "2017", "", "", "", false, kAbs},
    {"May Ahmed said the trial was unfair.", "2017", "", "", "", false, kAbs},
    {"The daughter of May Ahmed was questioned.", "2017", "", "", "", false, kAbs},
    {"They will march to the square.", "2017", "", "", "", false, kAbs},
    {"The March organisers were fined.", "2017", "", "", "", false, kAbs},
    {"An August body of judges sat.", "2017", "", "", "", false, kAbs},
    {"June Lee said the trial was unfair.", "2017", "", "", "", false, kAbs},
    {"Jan Kowalski said the trial was unfair.", "2017", "", "", "", false, kAbs},
    {"Sun Yat-sen is remembered.", "2017", "", "", "", false, kAbs},
    {"About 120 people were detained.", "2017", "", "", "", false, kAbs},
    {"Some 2,000 people marched.", "2017", "", "", "", false, kAbs},
    {"Some 2000 protesters marched.", "2017", "", "", "", false, kAbs},
    {"Around 2000 people marched.", "2017", "", "", "", false, kAbs},
    {"He paid $2016 in fines.", "2017", "", "", "", false, kAbs},
    {"Article 19 condemned the ruling.", "2017", "", "", "", false, kAbs},
    {"The score was 1 / 1 at half time.", "2017", "", "", "", false, kAbs},
    {"Call 2017-1234-56 for details.", "2017", "", "", "", false, kAbs},
    {"Decision No. 2016 was annulled.", "2017", "", "", "", false, kAbs},
    {"He was held in Room 2016 of the jail.", "2017", "", "", "", false, kAbs},
    {"He was jailed for two days and fined.", "2017", "", "", "", false, kAbs},
    {"He was 25 years old.", "2017", "", "", "", false, kAbs},
    {"Turnout rose by 2016 % in the city.", "2017", "", "", "", false, kAbs},
    {"At last the court ruled on the appeal.", "2017", "", "", "", false, kAbs},
    {"It was the last year of his life.", "2017", "", "", "", false, kAbs},
    {"In the days after his arrest, nobody came.", "2017", "", "", "", false, kAbs},
    {"The fall of the government was sudden.", "2017", "", "", "", false, kAbs},
    {"The end of the war came.", "2017", "", "", "", false, kAbs},
    {"The 20th century was violent.", "2017", "", "", "", false, kAbs},
    {"The meeting started at 20:15 sharp.", "2017", "", "", "", false, kAbs},
    {"ISBN 978-5-2016 was cited.", "2017", "", "", "", false, kAbs},
    {"He talked about May and her family.", "2017", "", "", "", false, kAbs},
    {"The Mayor spoke on Sunday-school matters.", "2017", "", "", "", false, kAbs},
    // A year in a law's or a treaty's name.
    {"He was charged under the 1917 Sedition Act.", "2017", "", "", "", false, kAbs},
    {"The Refugee Convention of 1951 protects her.", "2017", "", "", "", false, kAbs},
    {"He was fined under a 2005 law on extremism.", "2017", "", "", "", false, kAbs},
    {"They were jailed under the 2015 anti-terror law.", "2017", "", "", "", false, kAbs},
    {"He was beaten in the 2014 protests against the law.", "2017", "2014", "2014", "", false,
     kAbs},
    {"He was beaten after the 2014 election.", "2017", "2014", "2014", "", false, kAbs},
    {"The massacre of 1989 is not forgotten.", "2017", "1989", "1989", "", false, kAbs},
};

std::string describe(TimeKind k) {
  switch (k) {
    case TimeKind::kAbsolute:
      return "absolute";
    case TimeKind::kRelative:
      return "relative";
    case TimeKind::kAnchored:
      return "anchored";
    case TimeKind::kRange:
      return "range";
  }
  return "?";
}

TEST(TimeExpressionTable, HasEnoughRows) { EXPECT_GE(std::size(kRows), 150u); }

TEST(TimeExpressionTable, EveryRow) {
  for (const Row& row : kRows) {
    SCOPED_TRACE(std::string(row.text) + " [reference " + row.reference + "]");
    const std::string_view text = row.text;
    const std::vector<TimeExpression> found = find_time_expressions(text, parse_iso(row.reference));
    if (std::string_view(row.match).empty()) {
      for (const TimeExpression& e : found) {
        ADD_FAILURE() << "unexpected match: " << text.substr(e.start, e.end - e.start);
      }
      continue;
    }
    const TimeExpression* hit = nullptr;
    for (const TimeExpression& e : found) {
      if (text.substr(e.start, e.end - e.start) == row.match) hit = &e;
    }
    if (hit == nullptr) {
      std::string got;
      for (const TimeExpression& e : found) {
        got += "'" + std::string(text.substr(e.start, e.end - e.start)) + "' ";
      }
      ADD_FAILURE() << "expected '" << row.match << "', found " << (got.empty() ? "none" : got);
      continue;
    }
    EXPECT_EQ(to_iso(hit->value), row.start);
    EXPECT_EQ(to_iso(hit->value_end), row.end);
    EXPECT_EQ(hit->approximate, row.approximate);
    EXPECT_EQ(describe(hit->kind), describe(row.kind));
  }
}

TEST(TimeExpression, AnchorFields) {
  const std::string text = "He was detained one day before the meeting in Warsaw, officials said.";
  const auto found = find_time_expressions(text, parse_iso("2017"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].anchor_offset_days, -1);
  EXPECT_EQ(found[0].anchor_unit, TimeUnit::kDay);
  EXPECT_EQ(text.substr(found[0].anchor_start, found[0].anchor_end - found[0].anchor_start),
            "the meeting in Warsaw");

  const std::string later = "He was freed. Two days later he was detained again.";
  const auto l = find_time_expressions(later, parse_iso("2017"));
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].anchor_offset_days, 2);
  EXPECT_EQ(l[0].anchor_start, 0u);
  EXPECT_EQ(l[0].anchor_end, 0u);

  const std::string week = "A week after his wife's arrest, he fled.";
  const auto w = find_time_expressions(week, parse_iso("2017"));
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].anchor_offset_days, 7);
  EXPECT_EQ(week.substr(w[0].anchor_start, w[0].anchor_end - w[0].anchor_start),
            "his wife's arrest");

  const std::string year = "A year earlier he had fled.";
  const auto y = find_time_expressions(year, parse_iso("2017"));
  ASSERT_EQ(y.size(), 1u);
  EXPECT_EQ(y[0].anchor_unit, TimeUnit::kYear);
  EXPECT_EQ(y[0].anchor_offset, -1);
  EXPECT_EQ(y[0].anchor_offset_days, 0);
  EXPECT_EQ(to_iso(resolve_anchored(y[0], parse_iso("2017-09-06"))), "2016");
}

TEST(TimeExpression, FlagsAndSpans) {
  const std::string text = "The party, banned since 2015, met on 6 September 2017 and in May.";
  const auto found = find_time_expressions(text, parse_iso("2017-09-20"));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_TRUE(found[0].open_end);
  EXPECT_TRUE(found[0].year_written);
  EXPECT_FALSE(found[0].uses_reference);
  EXPECT_TRUE(found[1].year_written);
  EXPECT_FALSE(found[2].year_written);
  EXPECT_TRUE(found[2].uses_reference);
  EXPECT_LT(found[0].end, found[1].start);
  EXPECT_LT(found[1].end, found[2].start);
}

TEST(TimeExpression, SeveralInOneText) {
  const std::string text =
      "He was detained on 6 September. Two days later he was freed. Last year he was fined, "
      "and in 2014 he was jailed.";
  const auto found = find_time_expressions(text, parse_iso("2017-09-20"));
  std::vector<std::string> spans;
  for (const auto& e : found) spans.push_back(text.substr(e.start, e.end - e.start));
  EXPECT_EQ(spans,
            (std::vector<std::string>{"6 September", "Two days later", "Last year", "2014"}));
}

TEST(TimeExpression, BlankLineBreaksAnExpression) {
  const std::string text = "They met in September\n\n6 people came.";
  const auto found = find_time_expressions(text, parse_iso("2017"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(text.substr(found[0].start, found[0].end - found[0].start), "September");
}

TEST(TimeExpression, UnicodeSpacesAndDashes) {
  const std::string text = "On 6\u00a0September 2017 and in 2015\u20132016 and Ma\u00e9 6.";
  const auto found = find_time_expressions(text, parse_iso("2017"));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(to_iso(found[0].value), "2017-09-06");
  EXPECT_EQ(to_iso(found[1].value_end), "2016");
}

TEST(TimeExpression, EmptyAndOddInput) {
  EXPECT_TRUE(find_time_expressions("", parse_iso("2017")).empty());
  EXPECT_TRUE(find_time_expressions("-", parse_iso("2017")).empty());
  EXPECT_TRUE(find_time_expressions("\xff\xfe 12 \xc3", parse_iso("2017")).empty());
  EXPECT_TRUE(find_time_expressions("September", parse_iso("2017")).size() == 1);
  EXPECT_TRUE(find_time_expressions("the", parse_iso("2017")).empty());
  const auto long_number = find_time_expressions("99999999999999999999 2017-", parse_iso("2017"));
  ASSERT_EQ(long_number.size(), 1u);  // the year, not the long number
  EXPECT_EQ(long_number[0].start, 21u);
}

TEST(InferReferenceYear, Cases) {
  struct Case {
    const char* text;
    int expected;
  };
  const Case cases[] = {
      {"At last year's conference in Vienna, held in 2014, he spoke.", 2015},
      {"At last year's conference, he spoke. The conference took place in 2014 in Vienna.", 2015},
      {"This year's summit, the 2019 edition, was held in Rome.", 2019},
      {"In 2013 he was jailed. Last year he was released.", 2014},
      {"Next year's elections, due in 2021, worry activists.", 2020},
      {"Last year the court jailed him.", 0},
      {"He was jailed in 2013 and freed in 2015.", 0},
      {"", 0},
      {"In 2013 he was jailed. Last year he was released. In 2016 he fled.", 0},
      {"The last year of the war, 1944, was the worst.", 0},
      {"Last year, in 1920, the city fell.", 0},
      {"Last year, in 2017, he was jailed. This year's report, for 2018, says so.", 2018},
      // "Last year" pairs with 2018 (-> 2019), "this year" with 2018 (-> 2018): a tie.
      {"Last year he was jailed. This year's report, for 2018, says so.", 0},
      {"Last year, in 2016, he was jailed.\n\nThis year, in 2018, he was freed.", 0},
      {"Decision No. 2015 was taken last year.", 0},
      {"Last year 2000 people marched in the capital.", 0},
      // "this year" set against a year names another year; "last year's" then decides.
      {"The panel this year was calm, a far cry from 2016. At last year's event, officials "
       "were ambushed by activists.",
       2017},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ(infer_reference_year(c.text), c.expected);
  }
}

TEST(CivilDateIso, RoundTrip) {
  EXPECT_EQ(to_iso({2017, 9, 6}), "2017-09-06");
  EXPECT_EQ(to_iso({2017, 9, 0}), "2017-09");
  EXPECT_EQ(to_iso({2017, 0, 0}), "2017");
  EXPECT_EQ(to_iso({}), "");
  EXPECT_EQ(parse_iso("2017-09-06"), (CivilDate{2017, 9, 6}));
  EXPECT_EQ(parse_iso("2017-09"), (CivilDate{2017, 9, 0}));
  EXPECT_EQ(parse_iso("2017"), (CivilDate{2017, 0, 0}));
  EXPECT_EQ(parse_iso("2017-13"), CivilDate{});
  EXPECT_EQ(parse_iso("2017-02-29"), CivilDate{});
  EXPECT_EQ(parse_iso("2016-02-29"), (CivilDate{2016, 2, 29}));
  EXPECT_EQ(parse_iso("17-09-06"), CivilDate{});
  EXPECT_EQ(parse_iso("2017/09/06"), CivilDate{});
  EXPECT_EQ(parse_iso(""), CivilDate{});
}

TEST(ShiftDays, Boundaries) {
  EXPECT_EQ(to_iso(shift_days({2017, 9, 6}, 1)), "2017-09-07");
  EXPECT_EQ(to_iso(shift_days({2017, 9, 30}, 1)), "2017-10-01");
  EXPECT_EQ(to_iso(shift_days({2017, 12, 31}, 1)), "2018-01-01");
  EXPECT_EQ(to_iso(shift_days({2018, 1, 1}, -1)), "2017-12-31");
  EXPECT_EQ(to_iso(shift_days({2016, 2, 28}, 1)), "2016-02-29");
  EXPECT_EQ(to_iso(shift_days({2017, 2, 28}, 1)), "2017-03-01");
  EXPECT_EQ(to_iso(shift_days({2000, 2, 28}, 1)), "2000-02-29");
  EXPECT_EQ(to_iso(shift_days({1900, 2, 28}, 1)), "1900-03-01");
  EXPECT_EQ(to_iso(shift_days({2016, 3, 1}, -1)), "2016-02-29");
  EXPECT_EQ(to_iso(shift_days({2017, 9, 6}, 365)), "2018-09-06");
  EXPECT_EQ(to_iso(shift_days({2016, 1, 1}, 366)), "2017-01-01");
  EXPECT_EQ(to_iso(shift_days({2017, 9, 6}, -10000)), "1990-04-21");
  EXPECT_EQ(to_iso(shift_days({2017, 9, 6}, 0)), "2017-09-06");
  // Not enough precision: unchanged.
  EXPECT_EQ(to_iso(shift_days({2017, 9, 0}, 3)), "2017-09");
  EXPECT_EQ(to_iso(shift_days({2017, 0, 0}, -3)), "2017");
  EXPECT_EQ(to_iso(shift_days({}, 3)), "");
}

TEST(ShiftBy, MonthsAndYears) {
  EXPECT_EQ(to_iso(shift_by({2017, 1, 31}, 1, TimeUnit::kMonth)), "2017-02-28");
  EXPECT_EQ(to_iso(shift_by({2016, 1, 31}, 1, TimeUnit::kMonth)), "2016-02-29");
  EXPECT_EQ(to_iso(shift_by({2017, 1, 0}, -1, TimeUnit::kMonth)), "2016-12");
  EXPECT_EQ(to_iso(shift_by({2017, 12, 0}, 1, TimeUnit::kMonth)), "2018-01");
  EXPECT_EQ(to_iso(shift_by({2017, 3, 0}, -15, TimeUnit::kMonth)), "2015-12");
  EXPECT_EQ(to_iso(shift_by({2016, 2, 29}, 1, TimeUnit::kYear)), "2017-02-28");
  EXPECT_EQ(to_iso(shift_by({2016, 2, 29}, 4, TimeUnit::kYear)), "2020-02-29");
  EXPECT_EQ(to_iso(shift_by({2017, 0, 0}, -2, TimeUnit::kYear)), "2015");
  EXPECT_EQ(to_iso(shift_by({2017, 9, 6}, -2, TimeUnit::kWeek)), "2017-08-23");
  EXPECT_EQ(to_iso(shift_by({2017, 0, 0}, 1, TimeUnit::kMonth)), "2017");
}

TEST(ResolveAnchored, Precision) {
  TimeExpression later;
  later.kind = TimeKind::kAnchored;
  later.anchor_unit = TimeUnit::kDay;
  later.anchor_offset = 2;
  EXPECT_EQ(to_iso(resolve_anchored(later, {2017, 12, 30})), "2018-01-01");
  EXPECT_EQ(to_iso(resolve_anchored(later, {2017, 12, 0})), "");
  TimeExpression month_before = later;
  month_before.anchor_unit = TimeUnit::kMonth;
  month_before.anchor_offset = -1;
  EXPECT_EQ(to_iso(resolve_anchored(month_before, {2017, 3, 31})), "2017-02");
}

// The scanner asks may_hold before packing a word: it must never refuse a word the lexicon has.
TEST(TimeExpression, Issue6MayHoldNeverRefusesALexiconWord) {
  const TimeLexicon& lex = TimeLexicon::get();
  const char* words[] = {"march",   "may",    "monday",     "yesterday", "ago",   "since",
                         "between", "last",   "next",       "week",      "weeks", "year",
                         "th",      "twenty", "twenty-one", "early",     "mid",   "late",
                         "spring",  "decade", "hours",      "noon",      "sept",  "dec"};
  int found = 0;
  for (std::string_view w : words) {
    if (lex.find(w) == nullptr) continue;
    ++found;
    EXPECT_TRUE(lex.may_hold(w[0], w.size())) << w;
  }
  EXPECT_GE(found, 15);
  EXPECT_FALSE(lex.may_hold('A', 5));  // upper case is never asked: the scanner lowers first
  EXPECT_FALSE(lex.may_hold('-', 3));
  EXPECT_FALSE(lex.may_hold('m', 40));
  // "march" reaches the lexicon, and so a date, from capitals too.
  std::vector<TimeExpression> got =
      find_time_expressions("Arrested on MARCH 3, 2021.", {2021, 6, 1});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(to_iso(got[0].value), "2021-03-03");
}

}  // namespace
}  // namespace casebook
