// The place gazetteer: loads the embedded data/places/ files once into flat tables.
// Names point into the embedded bytes, so loading copies no strings; one open-addressing
// table maps every name and alias to its ranked candidate list.
#include "nlp/gazetteer.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <vector>

#include "core/embedded_data.h"
#include "core/tsv.h"
#include "nlp/gazetteer_impl.h"

namespace casebook {
namespace {

constexpr size_t kMaxPhraseBytes = 256;

bool is_ascii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Decodes one code point; ill-formed bytes come back as themselves with length 1.
char32_t next_code_point(std::string_view s, size_t pos, int* len) {
  unsigned char c = s[pos];
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || pos + n > s.size()) {
    *len = 1;
    return c;
  }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int i = 1; i < n; ++i) {
    unsigned char cc = s[pos + i];
    if ((cc & 0xC0) != 0x80) {
      *len = 1;
      return c;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = n;
  return cp;
}

void split_aliases(std::string_view field, std::vector<std::string_view>* out) {
  out->clear();
  size_t start = 0;
  while (start < field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    if (bar > start) out->push_back(field.substr(start, bar - start));
    start = bar + 1;
  }
}

uint32_t parse_u32(std::string_view s) {
  uint32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') break;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  return v;
}

[[noreturn]] void bad_data(const char* file, const char* what) {
  std::fprintf(stderr, "casebook: internal error: data/places/%s: %s\n", file, what);
  std::abort();
}

}  // namespace

void Gazetteer::Impl::load_fold() {
  for_each_data_row("places/fold.tsv", [&](const TsvRow& row) {
    if (row.empty() || row[0].empty()) return;
    int len = 0;
    char32_t cp = next_code_point(row[0], 0, &len);
    fold[cp] = row.size() > 1 ? row[1] : std::string_view();
  });
}

void Gazetteer::Impl::load_demonyms() {
  for_each_data_row("places/city_stopwords.tsv", [&](const TsvRow& row) {
    if (!row[0].empty()) weak_names.emplace(place_name_hash(row[0]), row[0]);
  });
  for_each_data_row("places/demonyms.tsv", [&](const TsvRow& row) {
    if (row.size() < 2 || row[0].size() != 2 || row[1].empty()) {
      bad_data("demonyms.tsv", "want alpha2, demonym, plural");
    }
    demonyms.emplace(row[1], row[0]);
    std::string_view plural = row.size() > 2 ? row[2] : std::string_view();
    if (plural == "-") return;
    if (plural.empty()) {
      owned.push_back(std::string(row[1]) + "s");  // the regular plural: "Tajik" -> "Tajiks"
      plural = owned.back();
    }
    demonyms.emplace(plural, row[0]);
  });
  // A city or region named like a demonym ("Somali", a region of Ethiopia) is weak too.
  for (const auto& [word, code] : demonyms) weak_names.emplace(place_name_hash(word), word);
  demonym_country = flat_copy(demonyms);
}

void Gazetteer::Impl::load_countries() {
  std::vector<std::string_view> aliases;
  for_each_data_row("places/countries.tsv", [&](const TsvRow& row) {
    if (row.size() < 2) bad_data("countries.tsv", "want alpha2, name, aliases");
    uint32_t id = add_place(PlaceType::kCountry, row[1], row[0], "", 0, false, row[0]);
    countries.emplace(row[0], id);
    add_name(id, row[1]);
    split_aliases(row.size() > 2 ? row[2] : "", &aliases);
    for (std::string_view a : aliases) add_name(id, a);
  });
}

void Gazetteer::Impl::load_continents() {
  std::unordered_map<std::string_view, uint32_t> by_name;
  for_each_data_row("places/continents.tsv", [&](const TsvRow& row) {
    std::string_view name = row[0];
    std::string_view canonical = row.size() > 1 && !row[1].empty() ? row[1] : name;
    std::string_view cc = row.size() > 2 ? row[2] : "";
    auto it = by_name.find(canonical);
    uint32_t id;
    if (it != by_name.end()) {
      id = it->second;
    } else {
      id = add_place(cc.empty() ? PlaceType::kContinent : PlaceType::kRegion, canonical, cc, "", 0,
                     false, "");
      by_name.emplace(canonical, id);
      add_name(id, canonical);
    }
    if (name != canonical) add_name(id, name);
  });
}

void Gazetteer::Impl::load_regions() {
  std::vector<std::string_view> aliases;
  for_each_data_row("places/regions.tsv", [&](const TsvRow& row) {
    if (row.size() < 4) bad_data("regions.tsv", "want code, alpha2, name, parent, aliases");
    uint32_t id = add_place(PlaceType::kRegion, row[2], row[1], row[3], 0, false, row[0]);
    add_name(id, row[2]);
    split_aliases(row.size() > 4 ? row[4] : "", &aliases);
    for (std::string_view a : aliases) add_name(id, a);
  });
}

void Gazetteer::Impl::load_cities() {
  std::vector<std::string_view> aliases;
  for_each_data_row("places/cities.tsv", [&](const TsvRow& row) {
    if (row.size() < 5) bad_data("cities.tsv", "want name, alpha2, region, population, capital");
    uint32_t capital = parse_u32(row[4]);
    uint32_t id =
        add_place(PlaceType::kCity, row[0], row[1], row[2], parse_u32(row[3]), capital > 0, "");
    // GeoNames' own capital (2) wins over the other official capitals (1) of data/places.
    if (capital == 2 || (capital == 1 && !capitals.count(row[1]))) capitals[row[1]] = id;
    add_name(id, row[0]);
    split_aliases(row.size() > 5 ? row[5] : "", &aliases);
    for (std::string_view a : aliases) add_name(id, a);
  });
}

// Ranks each name's places and lays the ranked lists out in one pool.
int Gazetteer::Impl::build_table() {
  pool.reserve(links.size() + links.size() / 8);
  std::vector<Link> chain;
  int max_words = 1;
  for (Group& group : groups) {
    chain.clear();
    for (uint32_t l = group.all_off; l != 0; l = links[l - 1].next) chain.push_back(links[l - 1]);
    if (chain.size() > 1) {
      std::sort(chain.begin(), chain.end(),
                [&](const Link& a, const Link& b) { return ranks_before(a.place, b.place); });
      region_before_foreign_town(&chain);
    }
    group.all_off = static_cast<uint32_t>(pool.size());
    bool any_weak = false;
    for (size_t k = 0; k < chain.size(); ++k) {
      if (k > 0 && chain[k].place == chain[k - 1].place) continue;
      pool.push_back(&places[chain[k].place]);
      any_weak |= chain[k].weak;
    }
    group.all_n = static_cast<uint32_t>(pool.size()) - group.all_off;
    group.strong_off = group.all_off;
    group.strong_n = group.all_n;
    if (any_weak) {
      group.strong_off = static_cast<uint32_t>(pool.size());
      for (size_t k = 0; k < chain.size(); ++k) {
        if (chain[k].weak || (k > 0 && chain[k].place == chain[k - 1].place)) continue;
        pool.push_back(&places[chain[k].place]);
      }
      group.strong_n = static_cast<uint32_t>(pool.size()) - group.strong_off;
    }
    int words = 1 + static_cast<int>(std::count(group.key.begin(), group.key.end(), ' '));
    max_words = std::max(max_words, words);
  }
  links.clear();
  links.shrink_to_fit();
  return max_words;
}

Gazetteer::Gazetteer(bool use_frozen) : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.find_sources();
  m.load_fold();
  m.load_demonyms();
  if (use_frozen && m.attach_frozen(&max_words_)) return;
  m.places.reserve(48000);
  m.links.reserve(96000);
  m.groups.reserve(64000);
  m.load_countries();
  m.load_continents();
  m.load_regions();
  m.load_cities();
  max_words_ = m.build_table();
  m.index_names();
}

Gazetteer::~Gazetteer() = default;

const Gazetteer& Gazetteer::instance() {
  static const Gazetteer gazetteer(true);
  return gazetteer;
}

std::span<const Place* const> Gazetteer::lookup(std::string_view phrase,
                                                PhraseContext context) const {
  const Impl& m = *impl_;
  if (phrase.empty() || phrase.size() > kMaxPhraseBytes) return {};
  // Text may break a name across lines or double its spaces: "New\nYork".
  char spaced[kMaxPhraseBytes];
  bool odd_space = false;
  for (size_t i = 0; i < phrase.size(); ++i) {
    char c = phrase[i];
    if (c == '\n' || c == '\t' || c == '\r' ||
        (c == ' ' && i + 1 < phrase.size() && (phrase[i + 1] == ' ' || phrase[i + 1] == '\n'))) {
      odd_space = true;
      break;
    }
  }
  if (odd_space) {
    size_t n = 0;
    bool in_space = false;
    for (char c : phrase) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
      if (space) {
        in_space = true;
        continue;
      }
      if (in_space && n > 0) spaced[n++] = ' ';
      in_space = false;
      spaced[n++] = c;
    }
    phrase = std::string_view(spaced, n);
  }
  auto result = [&](const Impl::NameGroup* s) -> std::span<const Place* const> {
    if (context == PhraseContext::kAfterLocativePreposition) {
      return {m.pool.data() + s->all_off, s->all_n};
    }
    return {m.pool.data() + s->strong_off, s->strong_n};
  };
  if (const Impl::NameGroup* s = m.find(phrase)) return result(s);
  if (!is_ascii(phrase)) {
    // "Kūlob" (another diacritic) or "Roshtqal’a" (curly apostrophe): fold and try again.
    char folded[kMaxPhraseBytes * 2];
    size_t n = 0;
    for (size_t i = 0; i < phrase.size();) {
      int len = 1;
      char32_t cp = next_code_point(phrase, i, &len);
      auto it = cp >= 0x80 ? m.fold.find(cp) : m.fold.end();
      std::string_view rep = it != m.fold.end() ? it->second : phrase.substr(i, len);
      if (n + rep.size() > sizeof folded) return {};
      for (char c : rep) folded[n++] = c;
      i += len;
    }
    if (const Impl::NameGroup* s = m.find(std::string_view(folded, n))) return result(s);
  }
  if (phrase.size() > 4 && (phrase.starts_with("the ") || phrase.starts_with("The "))) {
    return lookup(phrase.substr(4), context);
  }
  return {};
}

std::string_view Gazetteer::country_of_demonym(std::string_view word) const {
  const std::string_view* code = impl_->demonym_country.find(word);
  return code == nullptr ? std::string_view() : *code;
}

const Place* Gazetteer::country(std::string_view alpha2) const {
  auto it = impl_->countries.find(alpha2);
  return it == impl_->countries.end() ? nullptr : &impl_->places[it->second];
}

const Place* Gazetteer::capital_of(std::string_view alpha2) const {
  auto it = impl_->capitals.find(alpha2);
  return it == impl_->capitals.end() ? nullptr : &impl_->places[it->second];
}

const Place* Gazetteer::disambiguate(
    std::span<const Place* const> candidates,
    const std::unordered_map<std::string, int>& country_counts) const {
  if (candidates.empty()) return nullptr;
  const Place* best = candidates[0];
  int best_count = 0;
  for (const Place* p : candidates) {
    if (p->country.empty()) continue;
    auto it = country_counts.find(std::string(p->country));  // two bytes: no allocation (SSO)
    int count = it == country_counts.end() ? 0 : it->second;
    if (count > best_count) {  // strictly more: ties keep the default order
      best = p;
      best_count = count;
    }
  }
  return best;
}

bool Gazetteer::uses_frozen_table() const { return impl_->frozen; }

std::string Gazetteer::frozen_table() {
  Gazetteer g(false);
  return g.impl_->freeze(g.max_words_);
}

size_t Gazetteer::size() const { return impl_->places.size(); }

const Place& Gazetteer::place(uint32_t id) const { return impl_->places.at(id); }

size_t Gazetteer::name_count() const { return impl_->names.size(); }

size_t Gazetteer::embedded_bytes() {
  size_t count = 0;
  const EmbeddedFile* files = embedded_files(&count);
  size_t bytes = 0;
  for (size_t i = 0; i < count; ++i) {
    if (std::string_view(files[i].path).starts_with("places/")) bytes += files[i].bytes.size();
  }
  return bytes;
}

}  // namespace casebook
