// Metadata dates: a small hand-written scanner over the shapes CMSs write into meta tags,
// JSON-LD and front matter (no regex, no locale), and the JSON-LD datePublished search.
#include "ingest/published_date.h"

#include <cstdint>
#include <cstdio>
#include <exception>
#include <nlohmann/json.hpp>

namespace casebook {
namespace {

constexpr int kMinYear = 1800;
constexpr int kMaxYear = 2199;

// English month and weekday names are part of the formats themselves (RFC 822, schema.org
// examples), not a lexicon of the language, so they live here rather than in data/.
constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
constexpr std::string_view kWeekdays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

// True when w (any case, at least 3 letters) begins full: "Sept" and "Oct" name months,
// "Ma" does not (it could be March or May).
bool is_prefix_of(std::string_view w, std::string_view full) {
  if (w.size() < 3 || w.size() > full.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (lower(w[i]) != full[i]) return false;
  }
  return true;
}

int month_of(std::string_view w) {
  for (int m = 0; m < 12; ++m) {
    if (is_prefix_of(w, kMonths[m])) return m + 1;
  }
  return 0;
}

bool is_weekday(std::string_view w) {
  for (std::string_view d : kWeekdays) {
    if (is_prefix_of(w, d)) return true;
  }
  return false;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

bool valid_year(int y) { return y >= kMinYear && y <= kMaxYear; }
bool valid_month(int y, int m) { return valid_year(y) && m >= 1 && m <= 12; }
bool valid_day(int y, int m, int d) {
  return valid_month(y, m) && d >= 1 && d <= days_in_month(y, m);
}

std::string format(int y, int m = 0, int d = 0) {
  char buf[40];
  if (m == 0) {
    std::snprintf(buf, sizeof buf, "%04d", y);
  } else if (d == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

std::string format_checked(int y, int m, int d) {
  return valid_day(y, m, d) ? format(y, m, d) : std::string();
}

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }
  void advance() { ++i_; }
  size_t pos() const { return i_; }
  void seek(size_t i) { i_ = i; }

  // Reads a run of digits; returns how many, with the value of the first 18 in *v.
  int digits(int64_t* v) {
    int n = 0;
    int64_t x = 0;
    while (!done() && is_digit(s_[i_])) {
      if (n < 18) x = x * 10 + (s_[i_] - '0');
      ++n;
      ++i_;
    }
    *v = x;
    return n;
  }
  std::string_view word() {
    size_t b = i_;
    while (!done() && is_alpha(s_[i_])) ++i_;
    return s_.substr(b, i_ - b);
  }
  void skip_any(std::string_view set) {
    while (!done() && set.find(s_[i_]) != std::string_view::npos) ++i_;
  }
  // After a complete date: the end, a time ("T09:30"), a zone ("Z") or a separator. A digit
  // or a word glued to the date ("2017-10-021", "2017-10-02abc") means we misread it.
  bool tail_ok() const {
    if (done()) return true;
    char c = peek();
    if (is_digit(c)) return false;
    if (is_alpha(c)) {
      if ((c == 'T' || c == 't') && is_digit(peek(1))) return true;
      return (c == 'Z' || c == 'z') && i_ + 1 == s_.size();
    }
    return true;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// "2nd", "21st": the suffix is skipped; any other word glued to a day number is an error.
bool skip_ordinal(Scanner* sc) {
  if (!is_alpha(sc->peek())) return true;
  std::string_view w = sc->word();
  if (w.size() != 2) return false;
  char a = lower(w[0]), b = lower(w[1]);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h');
}

// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civil_from_days(int64_t z, int* y, int* m, int* d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2 ? 1 : 0));
}

// Shapes that open with a number: ISO and its relatives, "20171002", Unix time,
// "2 October 2017", "02 Oct 2017 10:00:00 GMT", "02.10.2017", "10/02/2017".
std::string parse_number_first(Scanner* sc) {
  int64_t v = 0;
  int n = sc->digits(&v);
  if (n == 8) {
    if (!sc->tail_ok()) return "";
    return format_checked(static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100),
                          static_cast<int>(v % 100));
  }
  if ((n == 10 || n == 13) && sc->done()) {
    int y, m, d;
    civil_from_days((n == 13 ? v / 1000 : v) / 86400, &y, &m, &d);
    return format_checked(y, m, d);
  }
  if (n == 4) {
    int y = static_cast<int>(v);
    if (sc->done()) return valid_year(y) ? format(y) : "";
    char sep = sc->peek();
    if (sep != '-' && sep != '/' && sep != '.') return "";
    sc->advance();
    int64_t m = 0, d = 0;
    int mn = sc->digits(&m);
    if (mn < 1 || mn > 2) return "";
    if (sc->done())
      return valid_month(y, static_cast<int>(m)) ? format(y, static_cast<int>(m)) : "";
    if (sc->peek() != sep) return "";
    sc->advance();
    int dn = sc->digits(&d);
    if (dn < 1 || dn > 2 || !sc->tail_ok()) return "";
    return format_checked(y, static_cast<int>(m), static_cast<int>(d));
  }
  if (n != 1 && n != 2) return "";
  int a = static_cast<int>(v);
  if (!skip_ordinal(sc)) return "";
  char sep = sc->peek();
  if ((sep == '/' || sep == '.' || sep == '-') && is_digit(sc->peek(1))) {
    sc->advance();
    int64_t b = 0, y = 0;
    int bn = sc->digits(&b);
    if (bn < 1 || bn > 2 || sc->peek() != sep) return "";
    sc->advance();
    if (sc->digits(&y) != 4 || !sc->tail_ok()) return "";
    int month, day;
    if (a > 12 && b <= 12) {
      day = a, month = static_cast<int>(b);
    } else if (b > 12 && a <= 12) {
      month = a, day = static_cast<int>(b);
    } else if (sep == '.' || a == b) {  // "02.10.2017": Europe writes the day first.
      day = a, month = static_cast<int>(b);
    } else if (sep == '/') {  // "10/02/2017": US CMSs write the month first.
      month = a, day = static_cast<int>(b);
    } else {  // "02-10-2017" is written both ways; a wrong date is worse than none.
      return "";
    }
    return format_checked(static_cast<int>(y), month, day);
  }
  sc->skip_any(" .-,");
  int m = month_of(sc->word());
  if (m == 0) return "";
  sc->skip_any(" .-,");
  int64_t y = 0;
  if (sc->digits(&y) != 4 || !sc->tail_ok()) return "";
  return format_checked(static_cast<int>(y), m, a);
}

// Shapes that open with a month: "October 2, 2017", "Oct. 2, 2017", "October 2017".
std::string parse_month_first(Scanner* sc) {
  int m = month_of(sc->word());
  if (m == 0) return "";
  sc->skip_any(" .-");
  int64_t v = 0;
  int n = sc->digits(&v);
  if (n == 4) {
    int y = static_cast<int>(v);
    return sc->tail_ok() && valid_month(y, m) ? format(y, m) : "";
  }
  if (n != 1 && n != 2) return "";
  if (!skip_ordinal(sc)) return "";
  sc->skip_any(" ,.-");
  int64_t y = 0;
  if (sc->digits(&y) != 4 || !sc->tail_ok()) return "";
  return format_checked(static_cast<int>(y), m, static_cast<int>(v));
}

bool is_article_type(const nlohmann::json& type) {
  auto one = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s.find("Posting") != std::string::npos ||
           s.find("Report") != std::string::npos;
  };
  if (type.is_array()) {
    for (const auto& t : type) {
      if (one(t)) return true;
    }
    return false;
  }
  return one(type);
}

}  // namespace

std::string normalize_published_date(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  if (s.empty() || s.size() > 100) return "";
  Scanner sc(s);
  // "Mon, 02 Oct 2017 ..." and "Monday, October 2, 2017": the weekday adds nothing.
  if (is_alpha(sc.peek())) {
    size_t start = sc.pos();
    if (is_weekday(sc.word())) {
      sc.skip_any(" ,.");
    } else {
      sc.seek(start);
    }
  }
  if (is_digit(sc.peek())) return parse_number_first(&sc);
  if (is_alpha(sc.peek())) return parse_month_first(&sc);
  return "";
}

std::string json_ld_published_date(const std::vector<std::string_view>& scripts) {
  std::string fallback;
  for (std::string_view script : scripts) {
    try {
      nlohmann::json doc = nlohmann::json::parse(script.begin(), script.end(), nullptr,
                                                 /*allow_exceptions=*/false);
      if (doc.is_discarded()) continue;
      std::vector<std::pair<const nlohmann::json*, int>> queue = {{&doc, 0}};
      for (size_t q = 0; q < queue.size() && q < 4096; ++q) {
        const nlohmann::json& v = *queue[q].first;
        int depth = queue[q].second;
        if (v.is_object()) {
          auto it = v.find("datePublished");
          if (it != v.end()) {
            const nlohmann::json& d = it->is_array() && !it->empty() ? (*it)[0] : *it;
            std::string date =
                d.is_string() ? normalize_published_date(d.get_ref<const std::string&>()) : "";
            auto type = v.find("@type");
            if (!date.empty() && type != v.end() && is_article_type(*type)) return date;
            if (fallback.empty()) fallback = date;
          }
        }
        if (depth >= 8 || !(v.is_object() || v.is_array())) continue;
        for (const auto& child : v) {
          if ((child.is_object() || child.is_array()) && queue.size() < 8192) {
            queue.emplace_back(&child, depth + 1);
          }
        }
      }
    } catch (const std::exception&) {
      continue;  // malformed JSON-LD is common; it is only a hint
    }
  }
  return fallback;
}

}  // namespace casebook
