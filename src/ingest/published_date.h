// Publication dates from page metadata (meta tags, JSON-LD, front matter), normalised to ISO
// at the precision the source gives. A format parser, not a reader of dates in prose.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casebook {

// Normalises a metadata date string to ISO at the precision it has ("2017", "2017-10",
// "2017-10-02"), or "" when it cannot be read. Accepts ISO-8601 with time and zone
// ("2017-10-02T09:30:00+05:00", "2021-03-08T23:00:34", "2021-03-08 23:00:34"), "2017/10/02",
// "20171002", "October 2, 2017", "2 October 2017", "Oct. 2, 2017", RFC 822
// ("Mon, 02 Oct 2017 10:00:00 GMT"), "2017-10". Rejects impossible dates (2017-02-30, month 13).
//
// Also: "October 2017", "2nd October 2017", "02.10.2017" (day first, as in Europe),
// "10/02/2017" (month first, as in US CMS metadata, unless the first number is above 12), and
// Unix time in seconds or milliseconds (10 or 13 digits, read as UTC). The date is the one
// written: "2017-10-02T23:30:00-05:00" gives 2017-10-02, not the UTC day. Years outside
// 1800-2199 are rejected (CMS placeholders such as "0001-01-01"). Thread-safe, no allocation
// beyond the result.
std::string normalize_published_date(std::string_view s);

// datePublished from the texts of <script type="application/ld+json"> blocks, normalised.
// Prefers an Article-like object (NewsArticle, BlogPosting, Report...) over others (a
// WebPage may carry its own date); else the first object that has one. Walks objects,
// arrays and @graph breadth-first, a bounded number of nodes. Malformed JSON is skipped.
std::string json_ld_published_date(const std::vector<std::string_view>& scripts);

}  // namespace casebook
