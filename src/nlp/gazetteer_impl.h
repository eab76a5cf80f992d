// The gazetteer's tables (src/nlp/gazetteer.cc), shared by the loader that builds them from the
// embedded TSVs and by gazetteer_table.cc, which freezes them at build time and reads them back.
#pragma once

#include <algorithm>
#include <cstdint>
#include <deque>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/flat_string_map.h"
#include "core/populated_memory.h"
#include "core/string_hash.h"
#include "nlp/gazetteer.h"

namespace casebook {

// The lexicons' hash, 8 bytes at a time (it was FNV-1a, a multiply a byte: a phrase looked up
// is a capitalised span of a few words, most of them no place).
inline uint64_t place_name_hash(std::string_view s) { return short_string_hash(s); }

struct Gazetteer::Impl {
  // One distinct name and its candidates: pool[all_off, +all_n) ranked, and the same without
  // the stoplisted ones at pool[strong_off, +strong_n). While loading, all_off is the head
  // of the name's chain in `links` instead.
  struct Group {
    uint64_t hash;
    std::string_view key;
    uint32_t all_off = 0, all_n = 0, strong_off = 0, strong_n = 0;
  };
  struct Link {  // one (name, place) pair while loading
    uint32_t place : 31;
    uint32_t weak : 1;
    uint32_t next;  // index + 1 in links, 0 ends the chain
  };

  // A group as lookups read it: the key as (file, offset, length) into the data file it came
  // from, so the frozen table's array is used in place, unrelocated.
  struct NameGroup {
    uint64_t hash;
    uint32_t key_off;
    uint16_t key_len;
    uint8_t key_file;  // index in sources
    uint8_t pad;
    uint32_t all_off, all_n, strong_off, strong_n;
  };

  // The two big arrays built at start-up (4 MB and 0.8 MB), in pre-faulted memory.
  std::vector<Place, PopulatedAllocator<Place>> places;
  std::vector<const Place*, PopulatedAllocator<const Place*>> pool;  // candidate lists, ranked
  std::vector<Group> groups;                                         // only during load
  std::vector<uint32_t> slots;  // open addressing over groups: index + 1, 0 = free
  uint64_t mask = 0;
  // Once loaded, a slot of name_slots holds its group's index + 1 in its low index_bits bits
  // and, above them, the top bits of the group's hash (its tag): a probe that passes the slot
  // of another name (a lookup of a word that is no place passes ~0.7 of one) reads that
  // name's 32-byte group, away in a 1.5 MB array, only when the tags agree. With ~48,000
  // names the index takes 16 bits and the tag the other 16.
  uint32_t index_bits = 31;
  static uint32_t index_bits_for(size_t groups) {
    uint32_t bits = 1;
    while (bits < 31 && (size_t{1} << bits) <= groups) ++bits;
    return bits;
  }
  static uint32_t slot_tag(uint64_t h, uint32_t index_bits) {
    return static_cast<uint32_t>(h >> 32) >> index_bits;
  }
  static uint32_t tagged_slot(uint32_t index_plus_one, uint64_t h, uint32_t index_bits) {
    return (slot_tag(h, index_bits) << index_bits) | index_plus_one;
  }
  // What lookups read: in the frozen table, or in own_names and slots after a load.
  std::span<const NameGroup> names;
  std::span<const uint32_t> name_slots;
  std::vector<NameGroup> own_names;
  std::string_view sources[4];    // countries, continents, regions, cities (kSourceFiles)
  std::deque<std::string> owned;  // the few strings made at load (regular demonym plurals)
  std::unordered_map<std::string_view, std::string_view> demonyms;
  // The same, probed in place: country_of_demonym is asked about capitalised words all over a
  // page, and the node-based map's bucket and node each missed the CPU's cache.
  FlatStringMap<std::string_view> demonym_country;
  std::unordered_map<std::string_view, uint32_t> countries;
  std::unordered_map<std::string_view, uint32_t> capitals;
  std::unordered_map<char32_t, std::string_view> fold;
  std::unordered_map<uint64_t, std::string_view> weak_names;  // stoplist and demonyms, by hash
  std::vector<Link> links;                                    // only during load
  bool frozen = false;  // the tables came from the frozen form, not from the TSVs

  // The slot of key: its group's, or the free one where it belongs.
  uint64_t probe(uint64_t h, std::string_view key) const {
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
      uint32_t g = slots[i];
      if (g == 0 || (groups[g - 1].hash == h && groups[g - 1].key == key)) return i;
    }
  }

  void grow_table() {
    size_t cap = slots.empty() ? (1u << 16) : slots.size() * 2;
    slots.assign(cap, 0);
    mask = cap - 1;
    for (size_t g = 0; g < groups.size(); ++g) {
      uint64_t i = groups[g].hash & mask;
      while (slots[i] != 0) i = (i + 1) & mask;
      slots[i] = static_cast<uint32_t>(g + 1);
    }
  }

  std::string_view key_of(const NameGroup& g) const {
    return sources[g.key_file].substr(g.key_off, g.key_len);
  }

  const NameGroup* find(std::string_view key) const {
    if (key.empty() || name_slots.empty()) return nullptr;
    uint64_t h = place_name_hash(key);
    const uint32_t tag = slot_tag(h, index_bits);
    const uint32_t index_mask = (uint32_t{1} << index_bits) - 1;
    for (uint64_t i = h & mask;; i = (i + 1) & mask) {
      uint32_t s = name_slots[i];
      if (s == 0) return nullptr;
      if ((s >> index_bits) != tag) continue;
      const NameGroup& group = names[(s & index_mask) - 1];
      if (group.hash == h && key_of(group) == key) return &group;
    }
  }

  uint32_t add_place(PlaceType type, std::string_view name, std::string_view country,
                     std::string_view region, uint32_t population, bool capital,
                     std::string_view code) {
    uint32_t id = static_cast<uint32_t>(places.size());
    places.push_back(Place{id, type, name, country, region, population, capital, code});
    return id;
  }

  void add_name(uint32_t place, std::string_view name) {
    if (name.empty()) return;
    PlaceType t = places[place].type;
    uint64_t h = place_name_hash(name);
    bool weak = false;
    if (t == PlaceType::kCity || t == PlaceType::kRegion) {
      // Two-letter names are mostly other things: "Li said" (a surname), "Ho", "Ba".
      auto it = weak_names.find(h);
      weak = name.size() <= 2 || (it != weak_names.end() && it->second == name);
    }
    if (groups.size() * 2 >= slots.size()) grow_table();
    uint64_t i = probe(h, name);
    if (slots[i] == 0) {
      groups.push_back(Group{h, name});
      slots[i] = static_cast<uint32_t>(groups.size());
    }
    Group& group = groups[slots[i] - 1];
    links.push_back(Link{place, weak ? 1u : 0u, group.all_off});
    group.all_off = static_cast<uint32_t>(links.size());
  }

  // Default order: country > continent > the rest; then capital; then larger population.
  bool ranks_before(uint32_t a, uint32_t b) const {
    const Place& x = places[a];
    const Place& y = places[b];
    auto tier = [](const Place& p) {
      return p.type == PlaceType::kCountry ? 0 : p.type == PlaceType::kContinent ? 1 : 2;
    };
    if (tier(x) != tier(y)) return tier(x) < tier(y);
    if (x.capital != y.capital) return x.capital;
    if (x.population != y.population) return x.population > y.population;
    return a < b;
  }

  // After the default order: a province or state comes before a town of its name in another
  // country ("Colorado" is the US state, not the town in Paraná), unless the town is a capital,
  // a city of 200,000, or its own country has a region of that name. Regions carry no
  // population to weigh, so the order alone would put any town first.
  static constexpr uint32_t kMajorCity = 200000;
  void region_before_foreign_town(std::vector<Link>* chain) const {
    const Place& first = places[chain->front().place];
    if (first.type != PlaceType::kCity || first.capital || first.population >= kMajorCity) return;
    auto region_in = [&](const Link& l, bool same) {
      const Place& p = places[l.place];
      return p.type == PlaceType::kRegion && (p.country == first.country) == same;
    };
    const auto own_region = [&](const Link& l) { return region_in(l, true); };
    if (std::any_of(chain->begin(), chain->end(), own_region)) return;
    auto it = std::find_if(chain->begin(), chain->end(),
                           [&](const Link& l) { return region_in(l, false); });
    if (it != chain->end()) std::rotate(chain->begin(), it, it + 1);
  }

  void load_fold();
  void load_demonyms();
  void load_countries();
  void load_continents();
  void load_regions();
  void load_cities();
  int build_table();

  // The data files names point into, then `names` built from `groups` after a load.
  void find_sources();
  void index_names();
  // The tables as the bytes of places/gazetteer_table.bin (see gazetteer_table.cc), and back.
  std::string freeze(int max_words) const;
  bool attach_frozen(int* max_words);
};

}  // namespace casebook
