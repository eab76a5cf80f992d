// Tests of the place gazetteer: countries and their variants, demonyms, capitals, ISO 3166-2
// regions, GeoNames cities with folded diacritics, aliases, disambiguation, the stoplist.
#include "nlp/gazetteer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace casebook {
namespace {

const Gazetteer& gaz() { return Gazetteer::instance(); }

// The first candidate of a lookup, or nullptr.
const Place* first(std::string_view phrase, PhraseContext context = PhraseContext::kPlain) {
  auto c = gaz().lookup(phrase, context);
  return c.empty() ? nullptr : c[0];
}

bool has(std::string_view phrase, PlaceType type, std::string_view country) {
  for (const Place* p : gaz().lookup(phrase)) {
    if (p->type == type && p->country == country) return true;
  }
  return false;
}

TEST(Gazetteer, LoadsQuicklyAndStaysSmall) {
  auto start = std::chrono::steady_clock::now();
  const Gazetteer& g = gaz();
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  size_t bytes = Gazetteer::embedded_bytes();
  std::printf(
      "[gazetteer] %zu places, %zu names, %zu embedded bytes, loaded in %.1f ms, "
      "max %d words\n",
      g.size(), g.name_count(), bytes, ms, g.max_words());
  EXPECT_GT(g.size(), 30000u);
  EXPECT_LT(bytes, 10u * 1024 * 1024);
  EXPECT_GE(g.max_words(), 4);
  for (uint32_t id : {0u, 100u, static_cast<uint32_t>(g.size() - 1)}) {
    EXPECT_EQ(g.place(id).id, id);
  }
}

TEST(Gazetteer, CountriesByCanonicalNameAndCode) {
  const Place* tj = first("Tajikistan");
  ASSERT_NE(tj, nullptr);
  EXPECT_EQ(tj->type, PlaceType::kCountry);
  EXPECT_EQ(tj->country, "TJ");
  EXPECT_EQ(gaz().country("TJ"), tj);
  EXPECT_EQ(gaz().country("GB")->name, "United Kingdom");
  EXPECT_EQ(gaz().country("RU")->name, "Russia");
  EXPECT_EQ(gaz().country("KR")->name, "South Korea");
  EXPECT_EQ(gaz().country("XK")->name, "Kosovo");  // not in ISO 3166-1
  EXPECT_EQ(gaz().country("ZZ"), nullptr);
  auto congo = gaz().lookup("Congo");  // both Congos, the larger first
  ASSERT_EQ(congo.size(), 2u);
  EXPECT_EQ(congo[0]->country, "CD");
  EXPECT_EQ(congo[1]->country, "CG");
}

TEST(Gazetteer, CountryVariants) {
  struct Case {
    const char* phrase;
    const char* code;
  } cases[] = {
      {"Britain", "GB"},
      {"UK", "GB"},
      {"U.K.", "GB"},
      {"Great Britain", "GB"},
      {"US", "US"},
      {"U.S.", "US"},
      {"USA", "US"},
      {"United States", "US"},
      {"America", "US"},
      {"Russia", "RU"},
      {"Russian Federation", "RU"},
      {"Iran", "IR"},
      {"Syria", "SY"},
      {"South Korea", "KR"},
      {"North Korea", "KP"},
      {"DPRK", "KP"},
      {"Ivory Coast", "CI"},
      {"Côte d'Ivoire", "CI"},
      {"Cote d'Ivoire", "CI"},
      {"Burma", "MM"},
      {"Myanmar", "MM"},
      {"Czechia", "CZ"},
      {"Czech Republic", "CZ"},
      {"Türkiye", "TR"},
      {"Turkey", "TR"},
      {"DR Congo", "CD"},
      {"Vietnam", "VN"},
      {"Viet Nam", "VN"},
      {"Laos", "LA"},
      {"Palestine", "PS"},
      {"Moldova", "MD"},
      {"Kyrgyz Republic", "KG"},
      {"Holland", "NL"},
      {"Swaziland", "SZ"},
      {"East Timor", "TL"},
      {"Cape Verde", "CV"},
      {"Macedonia", "MK"},
      {"Bolivia", "BO"},
      {"Venezuela", "VE"},
      {"Tanzania", "TZ"},
      {"UAE", "AE"},
      {"Vatican", "VA"},
  };
  for (const Case& c : cases) {
    const Place* p = first(c.phrase);
    ASSERT_NE(p, nullptr) << c.phrase;
    EXPECT_EQ(p->type, PlaceType::kCountry) << c.phrase;
    EXPECT_EQ(p->country, c.code) << c.phrase;
  }
}

TEST(Gazetteer, LeadingTheAndWhitespace) {
  EXPECT_EQ(first("the Netherlands")->country, "NL");
  EXPECT_EQ(first("The Netherlands")->country, "NL");
  EXPECT_EQ(first("the United States")->country, "US");
  EXPECT_EQ(first("the Gambia")->country, "GM");
  EXPECT_EQ(first("the Caucasus")->type, PlaceType::kContinent);
  EXPECT_EQ(first("United\nStates")->country, "US");
  EXPECT_EQ(first("New  York")->type, PlaceType::kCity);
  EXPECT_EQ(first("The Hague")->country, "NL");
  EXPECT_EQ(first("the"), nullptr);
  EXPECT_EQ(first(""), nullptr);
}

TEST(Gazetteer, IsCaseSensitive) {
  EXPECT_NE(first("Russia"), nullptr);
  EXPECT_EQ(first("russia"), nullptr);
  EXPECT_EQ(first("reading", PhraseContext::kAfterLocativePreposition), nullptr);
}

TEST(Gazetteer, Demonyms) {
  struct Case {
    const char* word;
    const char* code;
  } cases[] = {
      {"Tajik", "TJ"},        {"Tajiks", "TJ"},      {"Tajikistani", "TJ"}, {"Uzbek", "UZ"},
      {"Uzbeks", "UZ"},       {"Kazakh", "KZ"},      {"Kyrgyz", "KG"},      {"Turkmen", "TM"},
      {"Turkmens", "TM"},     {"Russian", "RU"},     {"Russians", "RU"},    {"American", "US"},
      {"Americans", "US"},    {"British", "GB"},     {"Briton", "GB"},      {"Chinese", "CN"},
      {"Nigerian", "NG"},     {"Nigerien", "NE"},    {"Georgian", "GE"},    {"Azerbaijani", "AZ"},
      {"Azeri", "AZ"},        {"Armenian", "AM"},    {"Afghan", "AF"},      {"Afghans", "AF"},
      {"Iranian", "IR"},      {"Iraqi", "IQ"},       {"Syrian", "SY"},      {"Ukrainian", "UA"},
      {"Belarusian", "BY"},   {"French", "FR"},      {"Frenchmen", "FR"},   {"Dutch", "NL"},
      {"Swiss", "CH"},        {"Filipino", "PH"},    {"Filipinos", "PH"},   {"South Korean", "KR"},
      {"North Korean", "KP"}, {"Saudi", "SA"},       {"Emirati", "AE"},     {"Congolese", "CD"},
      {"Israeli", "IL"},      {"Palestinian", "PS"}, {"Motswana", "BW"},    {"Batswana", "BW"},
      {"Kosovar", "XK"},
  };
  for (const Case& c : cases) EXPECT_EQ(gaz().country_of_demonym(c.word), c.code) << c.word;
  EXPECT_EQ(gaz().country_of_demonym("Swisss"), "");
  EXPECT_EQ(gaz().country_of_demonym("Chineses"), "");  // invariant plural
  EXPECT_EQ(gaz().country_of_demonym("police"), "");
  EXPECT_EQ(gaz().country_of_demonym("tajik"), "");  // case-sensitive
}

TEST(Gazetteer, Capitals) {
  struct Case {
    const char* code;
    const char* city;
  } cases[] = {
      {"TJ", "Dushanbe"}, {"KZ", "Astana"},           {"KG", "Bishkek"},     {"UZ", "Tashkent"},
      {"TM", "Ashgabat"}, {"RU", "Moscow"},           {"GE", "Tbilisi"},     {"UA", "Kyiv"},
      {"FR", "Paris"},    {"US", "Washington, D.C."}, {"MN", "Ulaanbaatar"},
  };
  for (const Case& c : cases) {
    const Place* p = gaz().capital_of(c.code);
    ASSERT_NE(p, nullptr) << c.code;
    EXPECT_EQ(p->name, c.city) << c.code;
    EXPECT_TRUE(p->capital);
    EXPECT_EQ(p->type, PlaceType::kCity);
  }
  EXPECT_EQ(gaz().capital_of("ZZ"), nullptr);
  const Place* dushanbe = first("Dushanbe");  // city (capital) before the region of that name
  ASSERT_NE(dushanbe, nullptr);
  EXPECT_EQ(dushanbe->type, PlaceType::kCity);
  EXPECT_TRUE(dushanbe->capital);
  EXPECT_EQ(first("La Paz")->country, "BO");  // a second official capital, flagged as such
  EXPECT_TRUE(first("La Paz")->capital);
}

TEST(Gazetteer, RegionsFromIso3166_2) {
  const Place* khatlon = first("Khatlon");
  ASSERT_NE(khatlon, nullptr);
  EXPECT_EQ(khatlon->type, PlaceType::kRegion);
  EXPECT_EQ(khatlon->code, "TJ-KT");
  const Place* gbao = first("GBAO");
  ASSERT_NE(gbao, nullptr);
  EXPECT_EQ(gbao->code, "TJ-GB");
  EXPECT_EQ(gbao->name, "Gorno-Badakhshan");
  EXPECT_EQ(first("Kŭhistoni Badakhshon"), gbao);  // the ISO name itself still matches
  EXPECT_EQ(first("Texas")->code, "US-TX");
  EXPECT_EQ(first("Chechnya")->code, "RU-CE");
  EXPECT_EQ(first("Xinjiang")->code, "CN-XJ");
  EXPECT_EQ(first("Crimea")->code, "UA-43");
  EXPECT_EQ(first("Bavaria"), first("Bayern"));
  const Place* cardiff = nullptr;  // a second-level region names its parent
  for (const Place* p : gaz().lookup("Caerdydd")) {
    if (p->type == PlaceType::kRegion) cardiff = p;
  }
  ASSERT_NE(cardiff, nullptr);
  EXPECT_EQ(cardiff->region, "Wales");
}

TEST(Gazetteer, CitiesWithDiacriticsFolded) {
  const Place* kulob = first("Kulob");
  ASSERT_NE(kulob, nullptr);
  EXPECT_EQ(kulob->type, PlaceType::kCity);
  EXPECT_EQ(kulob->country, "TJ");
  EXPECT_EQ(kulob->region, "Khatlon");
  EXPECT_GT(kulob->population, 50000u);
  EXPECT_EQ(first("Kŭlob"), kulob);  // GeoNames' own spelling
  EXPECT_EQ(first("Kūlob"), kulob);  // another diacritic, folded at lookup
  EXPECT_EQ(first("Ürümqi"), first("Urumqi"));
  EXPECT_EQ(first("Diyarbakir"), first("Diyarbakır"));
  EXPECT_EQ(first("Diyarbakir")->country, "TR");
  EXPECT_EQ(first("Bogota")->country, "CO");
  EXPECT_EQ(first("Sao Paulo"), first("São Paulo"));
  EXPECT_EQ(first("Qo'qon"), first("Kokand"));  // ASCII apostrophe for the Uzbek o‘
  EXPECT_EQ(first("Qo’qon"), first("Kokand"));  // curly apostrophe folded at lookup
  EXPECT_EQ(first("Qoqon"), first("Kokand"));
  EXPECT_EQ(first("Kokand")->country, "UZ");
}

TEST(Gazetteer, CityAliasesAndTransliterations) {
  struct Case {
    const char* alias;
    const char* canonical;
    const char* code;
  } cases[] = {
      {"Kulyab", "Kulob", "TJ"},         {"Khorugh", "Khorog", "TJ"},
      {"Khodzhent", "Khujand", "TJ"},    {"Leninabad", "Khujand", "TJ"},
      {"Kurgan-Tyube", "Bokhtar", "TJ"}, {"Alma-Ata", "Almaty", "KZ"},
      {"Frunze", "Bishkek", "KG"},       {"Kiev", "Kyiv", "UA"},
      {"Akmola", "Astana", "KZ"},        {"Nur-Sultan", "Astana", "KZ"},
      {"Tiflis", "Tbilisi", "GE"},       {"Leningrad", "Saint Petersburg", "RU"},
      {"Ashkhabad", "Ashgabat", "TM"},   {"Andizhan", "Andijan", "UZ"},
      {"Raqqah", "Raqqa", "SY"},         {"Bombay", "Mumbai", "IN"},
      {"Grozny", "Grozny", "RU"},        {"Groznyy", "Grozny", "RU"},
      {"Odessa", "Odesa", "UA"},         {"Sulaimaniya", "Sulaymaniyah", "IQ"},
  };
  for (const Case& c : cases) {
    const Place* p = first(c.alias);
    ASSERT_NE(p, nullptr) << c.alias;
    EXPECT_EQ(p->type, PlaceType::kCity) << c.alias;
    EXPECT_EQ(p->name, c.canonical) << c.alias;
    EXPECT_EQ(p->country, c.code) << c.alias;
  }
  // A district seat kept below the population threshold because an alias names it.
  EXPECT_TRUE(has("Rushan", PlaceType::kCity, "TJ"));
}

// GeoNames spells these in the local language; English text uses the exonym, and without the
// alias "Geneva" found only the small American towns of that name.
TEST(Gazetteer, EnglishNamesOfEuropeanCities) {
  struct Case {
    const char* english;
    const char* code;
  } cases[] = {{"Geneva", "CH"},  {"Cologne", "DE"},    {"Hanover", "DE"},
               {"Seville", "ES"}, {"Gothenburg", "SE"}, {"Antwerp", "BE"}};
  for (const Case& c : cases) {
    const Place* p = first(c.english);
    ASSERT_NE(p, nullptr) << c.english;
    EXPECT_EQ(p->type, PlaceType::kCity) << c.english;
    EXPECT_EQ(p->name, c.english) << c.english;
    EXPECT_EQ(p->country, c.code) << c.english;
  }
  // The local spelling still finds the city.
  const Place* koln = first("Köln");
  ASSERT_NE(koln, nullptr);
  EXPECT_EQ(koln->country, "DE");
  EXPECT_TRUE(has("Murghab", PlaceType::kCity, "TJ"));
}

TEST(Gazetteer, ContinentsAndMacroRegions) {
  for (const char* name : {"Europe", "Central Asia", "Middle East", "Africa", "Latin America",
                           "Caucasus", "South Caucasus", "Balkans"}) {
    const Place* p = first(name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->type, PlaceType::kContinent) << name;
    EXPECT_EQ(p->country, "") << name;
  }
  EXPECT_EQ(first("Near East"), first("Middle East"));
  EXPECT_EQ(first("Karabakh"), first("Nagorno-Karabakh"));
  EXPECT_EQ(first("Karabakh")->country, "AZ");
  EXPECT_EQ(first("South Ossetia")->country, "GE");
  const Place* west_bank = first("West Bank");
  ASSERT_NE(west_bank, nullptr);
  EXPECT_EQ(west_bank->type, PlaceType::kRegion);
  EXPECT_EQ(west_bank->country, "PS");
}

TEST(Gazetteer, GeorgiaDisambiguatedBothWays) {
  auto georgia = gaz().lookup("Georgia");
  ASSERT_GE(georgia.size(), 2u);
  EXPECT_EQ(georgia[0]->type, PlaceType::kCountry);  // country first by default
  EXPECT_EQ(georgia[0]->country, "GE");
  EXPECT_TRUE(has("Georgia", PlaceType::kRegion, "US"));

  std::unordered_map<std::string, int> american = {{"US", 3}};  // "Texas", "Atlanta"...
  const Place* state = gaz().disambiguate(georgia, american);
  ASSERT_NE(state, nullptr);
  EXPECT_EQ(state->type, PlaceType::kRegion);
  EXPECT_EQ(state->code, "US-GA");

  std::unordered_map<std::string, int> caucasian = {{"GE", 1}};  // "Tbilisi"
  EXPECT_EQ(gaz().disambiguate(georgia, caucasian)->country, "GE");
  EXPECT_EQ(gaz().disambiguate(georgia, caucasian)->type, PlaceType::kCountry);

  std::unordered_map<std::string, int> none;
  EXPECT_EQ(gaz().disambiguate(georgia, none), georgia[0]);
  EXPECT_EQ(gaz().disambiguate({}, none), nullptr);
}

TEST(Gazetteer, CitySharedByTwoCountriesResolvedByContext) {
  // Tripoli: Libya's capital first by default, Lebanon's city with Lebanon in the text.
  auto tripoli = gaz().lookup("Tripoli");
  ASSERT_GE(tripoli.size(), 2u);
  EXPECT_EQ(tripoli[0]->country, "LY");
  std::unordered_map<std::string, int> lebanon = {{"LB", 2}};
  EXPECT_EQ(gaz().disambiguate(tripoli, lebanon)->country, "LB");

  // Hyderabad: India's larger city first, Pakistan's with Pakistan in the text.
  auto hyderabad = gaz().lookup("Hyderabad");
  ASSERT_GE(hyderabad.size(), 2u);
  EXPECT_EQ(hyderabad[0]->country, "IN");
  std::unordered_map<std::string, int> pakistan = {{"PK", 1}, {"IN", 0}};
  EXPECT_EQ(gaz().disambiguate(hyderabad, pakistan)->country, "PK");

  // Badakhshan: Tajikistan's region (an alias) and Afghanistan's province.
  auto badakhshan = gaz().lookup("Badakhshan");
  std::unordered_map<std::string, int> afghan = {{"AF", 4}, {"TJ", 1}};
  ASSERT_GE(badakhshan.size(), 2u);
  EXPECT_EQ(gaz().disambiguate(badakhshan, afghan)->country, "AF");
}

TEST(Gazetteer, StoplistWordsAreNotCitiesUnlessAfterAPreposition) {
  // "Reading the report", "Police detained", "Mobile networks", "Victoria said".
  for (const char* word : {"Reading", "Police", "Mobile", "Victoria", "Nice", "Bath", "Union",
                           "March", "Said", "Of", "Vladimir", "Mary", "Split", "Male"}) {
    EXPECT_TRUE(gaz().lookup(word).empty()) << word;
    EXPECT_FALSE(gaz().lookup(word, PhraseContext::kAfterLocativePreposition).empty()) << word;
  }
  // Two-letter names and given names: "Li said", "Mao's policies", "Ho".
  for (const char* word : {"Ho", "Mao", "Abu"}) {
    EXPECT_TRUE(gaz().lookup(word).empty()) << word;
  }
  EXPECT_EQ(first("Ho", PhraseContext::kAfterLocativePreposition)->country, "GH");
  // "in Reading": the English town.
  const Place* reading = first("Reading", PhraseContext::kAfterLocativePreposition);
  EXPECT_EQ(reading->country, "GB");
  // The stoplist never hides a country, and a demonym is no city.
  EXPECT_EQ(first("China")->country, "CN");
  EXPECT_EQ(first("Turkey")->country, "TR");
  EXPECT_EQ(first("Jordan")->type, PlaceType::kCountry);
  // Ordinary cities are untouched.
  EXPECT_NE(first("Dushanbe"), nullptr);
  EXPECT_NE(first("Mary", PhraseContext::kAfterLocativePreposition), nullptr);
}

TEST(Gazetteer, LookupIsFast) {
  const char* phrases[] = {"Tajikistan", "Kulob",           "Reading", "Nothing Here",
                           "Kūlob",      "the Netherlands", "Georgia", "Dushanbe"};
  auto start = std::chrono::steady_clock::now();
  size_t hits = 0;
  constexpr int kRounds = 100000;
  for (int i = 0; i < kRounds; ++i) {
    for (const char* p : phrases) hits += gaz().lookup(p).size();
  }
  double ns =
      std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start).count() /
      (kRounds * 8.0);
  std::printf("[gazetteer] %.0f ns a lookup\n", ns);
  EXPECT_GT(hits, 0u);
}

}  // namespace
}  // namespace casebook
