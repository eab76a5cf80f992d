// Tests for metadata date normalisation and JSON-LD datePublished.
#include "ingest/published_date.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace casebook {
namespace {

struct DateCase {
  const char* input;
  const char* expected;
};

class NormalizeDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(NormalizeDateTest, Normalises) {
  EXPECT_EQ(normalize_published_date(GetParam().input), GetParam().expected)
      << "input: " << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Accepted, NormalizeDateTest,
    ::testing::Values(
        DateCase{"2017-10-02T09:30:00+05:00", "2017-10-02"},
        DateCase{"2017-10-02T23:30:00-05:00", "2017-10-02"},  // date as written
        DateCase{"2021-03-08T23:00:34", "2021-03-08"},
        DateCase{"2021-03-08 23:00:34", "2021-03-08"},
        DateCase{"2021-03-08T23:00:34.123Z", "2021-03-08"}, DateCase{"2017-10-02", "2017-10-02"},
        DateCase{"  2017-10-02\n", "2017-10-02"}, DateCase{"2017-1-5", "2017-01-05"},
        DateCase{"2017/10/02", "2017-10-02"}, DateCase{"2017.10.02", "2017-10-02"},
        DateCase{"20171002", "2017-10-02"}, DateCase{"20171002T093000Z", "2017-10-02"},
        DateCase{"October 2, 2017", "2017-10-02"}, DateCase{"october 2 2017", "2017-10-02"},
        DateCase{"2 October 2017", "2017-10-02"}, DateCase{"2nd October 2017", "2017-10-02"},
        DateCase{"Oct. 2, 2017", "2017-10-02"}, DateCase{"Sept. 21, 2019", "2019-09-21"},
        DateCase{"02-Oct-2017", "2017-10-02"},
        DateCase{"Mon, 02 Oct 2017 10:00:00 GMT", "2017-10-02"},
        DateCase{"Monday, October 2, 2017 at 10:00", "2017-10-02"},
        DateCase{"October 2017", "2017-10"}, DateCase{"2017-10", "2017-10"},
        DateCase{"2017", "2017"}, DateCase{"02.10.2017", "2017-10-02"},  // day first with dots
        DateCase{"10/02/2017", "2017-10-02"},                            // month first with slashes
        DateCase{"25/12/2016", "2016-12-25"},                            // 25 cannot be a month
        DateCase{"2016-02-29", "2016-02-29"},                            // leap year
        DateCase{"2000-02-29", "2000-02-29"},                            // leap century
        DateCase{"1506938400", "2017-10-02"},                            // Unix seconds
        DateCase{"1506938400000", "2017-10-02"}));                       // Unix milliseconds

INSTANTIATE_TEST_SUITE_P(
    Rejected, NormalizeDateTest,
    ::testing::Values(
        DateCase{"", ""}, DateCase{"   ", ""}, DateCase{"2017-02-30", ""},  // no such day
        DateCase{"2017-02-29", ""},                                         // not a leap year
        DateCase{"1900-02-29", ""},  // century, not a leap year
        DateCase{"2017-13-01", ""},  // month 13
        DateCase{"2017-13", ""},     // month 13
        DateCase{"2017-00-10", ""},  // month 0
        DateCase{"2017-04-31", ""},  // April has 30 days
        DateCase{"20171301", ""},    // month 13, compact
        DateCase{"October 32, 2017", ""}, DateCase{"0001-01-01T00:00:00", ""},  // CMS placeholder
        DateCase{"yesterday", ""}, DateCase{"Posted by staff", ""}, DateCase{"2017-10-02abc", ""},
        DateCase{"2017-10-021", ""},
        DateCase{"02-10-2017", ""},  // day or month first? refuse to guess
        DateCase{"13/13/2017", ""}, DateCase{"Ma 2, 2017", ""},  // too short to name a month
        DateCase{"12345", ""}));

TEST(JsonLdDateTest, ReadsObject) {
  std::vector<std::string_view> scripts = {
      R"({"@context":"https://schema.org","@type":"NewsArticle",
          "datePublished":"2019-05-04T08:00:00Z"})"};
  EXPECT_EQ(json_ld_published_date(scripts), "2019-05-04");
}

TEST(JsonLdDateTest, ReadsArray) {
  std::vector<std::string_view> scripts = {
      R"([{"@type":"Organization","name":"A paper"},
          {"@type":"Article","datePublished":"2019-05-04"}])"};
  EXPECT_EQ(json_ld_published_date(scripts), "2019-05-04");
}

TEST(JsonLdDateTest, ReadsGraphAndPrefersArticle) {
  std::vector<std::string_view> scripts = {
      R"({"@context":"https://schema.org","@graph":[
          {"@type":"WebPage","datePublished":"2019-01-01"},
          {"@type":["ReportageNewsArticle"],"datePublished":"2019-05-04"}]})"};
  EXPECT_EQ(json_ld_published_date(scripts), "2019-05-04");
}

TEST(JsonLdDateTest, FallsBackToAnyObjectAcrossScripts) {
  std::vector<std::string_view> scripts = {R"({"@type":"WebPage","datePublished":"2019-01-01"})",
                                           R"({"@type":"BlogPosting","headline":"x"})"};
  EXPECT_EQ(json_ld_published_date(scripts), "2019-01-01");
}

TEST(JsonLdDateTest, IgnoresMalformedAndUnreadable) {
  std::vector<std::string_view> scripts = {"{not json", R"({"datePublished": 12})",
                                           R"({"datePublished":"soon"})", "[[[[[[[[[[[[[[[["};
  EXPECT_EQ(json_ld_published_date(scripts), "");
  scripts.push_back(R"({"@type":"Article","datePublished":"2020-07-08"})");
  EXPECT_EQ(json_ld_published_date(scripts), "2020-07-08");
}

TEST(JsonLdDateTest, DeeplyNestedJsonDoesNotCrash) {
  std::string deep(100000, '[');
  deep += std::string(100000, ']');
  std::vector<std::string_view> scripts = {deep};
  EXPECT_EQ(json_ld_published_date(scripts), "");
}

}  // namespace
}  // namespace casebook
