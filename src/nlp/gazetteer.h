// The place gazetteer: countries, regions, cities and continents with their aliases and
// demonyms, compiled into the binary at build time (data/places/, tools/gen_places.py).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace casebook {

enum class PlaceType : uint8_t { kCountry, kRegion, kCity, kContinent };

// One place. Every string_view points into the embedded data, so it lives as long as the
// program.
struct Place {
  uint32_t id;  // index in the gazetteer, stable within a build
  PlaceType type;
  std::string_view name;     // canonical English name ("Tajikistan", "Dushanbe")
  std::string_view country;  // ISO alpha-2 ("TJ"); "" for continents and multi-country areas
  std::string_view region;   // first-level subdivision name when known, else ""
  uint32_t population;       // 0 when unknown
  bool capital;              // national capital
  std::string_view code;     // ISO 3166-2 code of a region ("US-GA"), alpha-2 of a country
};

// Where the phrase stands in the text. Names that are mostly ordinary words or given names
// (data/places/city_stopwords.tsv: "Reading", "Mobile", "Victoria") only count as a city or
// region right after a locative preposition: "protests in Reading" matches, "Reading the
// verdict, the judge..." does not.
enum class PhraseContext : uint8_t { kPlain, kAfterLocativePreposition };

// Immutable after its first use (a function-local static), so one instance is shared freely
// between threads. Loading parses the embedded TSV files once (about 35,000 cities).
class Gazetteer {
 public:
  static const Gazetteer& instance();

  // All places whose name or alias equals the phrase exactly: case-sensitive as written in
  // text, but the ASCII-folded form of a name with diacritics matches too ("Kulob" ==
  // "Kŭlob"), and so does a phrase with other diacritics or curly apostrophes, which is folded
  // before a second probe. A leading "the " is ignored ("the Netherlands"), and runs of
  // whitespace count as one space. Candidates are sorted: country > capital > larger
  // population. The span stays valid for the program's lifetime. Does not allocate.
  std::span<const Place* const> lookup(std::string_view phrase,
                                       PhraseContext context = PhraseContext::kPlain) const;

  // Longest number of space-separated words in any name (for the phrase scanner).
  int max_words() const { return max_words_; }

  // "Tajik" -> "TJ", "Tajiks" -> "TJ", "Nigerian" -> "NG", "South Korean" -> "KR"; "" when
  // the word is not a demonym. Case-sensitive, as written in text.
  std::string_view country_of_demonym(std::string_view word) const;

  const Place* country(std::string_view alpha2) const;     // by ISO alpha-2 code, or nullptr
  const Place* capital_of(std::string_view alpha2) const;  // primary national capital, or nullptr

  // Picks the best candidate given how often each country is already mentioned in the
  // document (alpha2 -> count): the candidate whose country is mentioned most, ties and
  // no mention at all going to the default order. "Georgia" with US states mentioned -> the
  // US state; with Tbilisi mentioned -> the country. nullptr for no candidates.
  const Place* disambiguate(std::span<const Place* const> candidates,
                            const std::unordered_map<std::string, int>& country_counts) const;

  size_t size() const;                    // number of places
  const Place& place(uint32_t id) const;  // by Place::id
  size_t name_count() const;              // distinct names and aliases
  static size_t embedded_bytes();         // bytes of data/places/* compiled into the binary

  // The tables built from the embedded TSVs, as the bytes of places/gazetteer_table.bin, which
  // the build embeds (tools/freeze_tables.cc) so that start-up parses no city list.
  static std::string frozen_table();
  // True when this instance was read from the embedded frozen table.
  bool uses_frozen_table() const;

  // use_frozen false parses the TSVs even when a frozen table is embedded (for tests).
  explicit Gazetteer(bool use_frozen);
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;
  ~Gazetteer();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
  int max_words_ = 1;
};

}  // namespace casebook
