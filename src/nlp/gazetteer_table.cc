// The gazetteer's frozen form (places/gazetteer_table.bin): the places, ranked candidate lists
// and name hash table that loading builds from ~35,000 TSV rows, written once at build time
// (tools/freeze_tables.cc) and read back at start-up with no parsing, sorting or hashing.
// Strings are stored as (file, offset, length) into the embedded TSVs they came from.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

#include "core/embedded_data.h"
#include "nlp/gazetteer_impl.h"

namespace casebook {
namespace {

// The files whose bytes the strings point into, then the files that shape the tables without
// being pointed into. A frozen table built from files of other sizes is not used.
constexpr const char* kSourceFiles[] = {"places/countries.tsv", "places/continents.tsv",
                                        "places/regions.tsv", "places/cities.tsv"};
constexpr const char* kShapingFiles[] = {"places/city_stopwords.tsv", "places/demonyms.tsv"};
constexpr size_t kSources = std::size(kSourceFiles);
constexpr size_t kFiles = kSources + std::size(kShapingFiles);
static_assert(kSources == sizeof(Gazetteer::Impl::sources) / sizeof(std::string_view));
static_assert(sizeof(Gazetteer::Impl::NameGroup) == 32);  // the frozen layout
// '3': names hashed by short_string_hash and slots tagged with the hash's top bits.
constexpr char kMagic[8] = {'C', 'B', 'P', 'L', 'A', 'C', 'E', '3'};
constexpr const char* kFrozenPath = "places/gazetteer_table.bin";

struct Header {
  char magic[8];
  uint64_t file_bytes[kFiles];
  uint64_t places, pool, groups, slots, countries, capitals;
  int64_t max_words;
};

struct StrRef {
  uint32_t off = 0;
  uint16_t len = 0;
  uint8_t file = 0xff;  // index in kSourceFiles; 0xff for the empty string
  uint8_t pad = 0;
};

struct FrozenPlace {
  StrRef name, country, region, code;
  uint32_t population;
  uint8_t type, capital;
  uint16_t pad = 0;
};

struct FrozenKey {
  StrRef key;
  uint32_t id;
  uint32_t pad = 0;
};

struct Sources {
  std::string_view files[kSources];

  bool ref(std::string_view s, StrRef* out) const {
    *out = StrRef{};
    if (s.empty()) return true;
    for (size_t f = 0; f < kSources; ++f) {
      const char* b = files[f].data();
      if (s.data() >= b && s.data() + s.size() <= b + files[f].size() && s.size() <= 0xffff) {
        *out = StrRef{static_cast<uint32_t>(s.data() - b), static_cast<uint16_t>(s.size()),
                      static_cast<uint8_t>(f)};
        return true;
      }
    }
    return false;  // a string made at load time: cannot be frozen
  }
  std::string_view view(const StrRef& r) const {
    return r.file >= kSources ? std::string_view() : files[r.file].substr(r.off, r.len);
  }
};

Sources embedded_sources() {
  Sources s;
  for (size_t f = 0; f < kSources; ++f) s.files[f] = embedded_file(kSourceFiles[f]);
  return s;
}

uint64_t file_bytes(size_t f) {
  return embedded_file(f < kSources ? kSourceFiles[f] : kShapingFiles[f - kSources]).size();
}

template <typename T>
void append(std::string* out, const T* items, size_t n) {
  out->append(reinterpret_cast<const char*>(items), n * sizeof(T));
  while (out->size() % 8 != 0) out->push_back('\0');  // every section starts 8-byte aligned
}

// Reads n items of T at *pos, advancing it; nullptr when the blob is too short.
template <typename T>
const T* take(std::string_view blob, size_t* pos, size_t n) {
  size_t bytes = n * sizeof(T);
  if (*pos > blob.size() || blob.size() - *pos < bytes) return nullptr;
  const T* p = reinterpret_cast<const T*>(blob.data() + *pos);
  *pos += (bytes + 7) / 8 * 8;
  return p;
}

}  // namespace

void Gazetteer::Impl::find_sources() {
  for (size_t f = 0; f < kSources; ++f) sources[f] = embedded_file(kSourceFiles[f]);
}

// After a load from the TSVs: the groups as lookups read them (and as they are frozen).
void Gazetteer::Impl::index_names() {
  Sources src = embedded_sources();
  own_names.reserve(groups.size());
  for (const Group& g : groups) {
    StrRef r;
    if (!src.ref(g.key, &r)) {
      std::fprintf(stderr, "casebook: gazetteer name outside the data files: %.*s\n",
                   static_cast<int>(g.key.size()), g.key.data());
      std::abort();
    }
    own_names.push_back(
        NameGroup{g.hash, r.off, r.len, r.file, 0, g.all_off, g.all_n, g.strong_off, g.strong_n});
  }
  names = own_names;
  index_bits = index_bits_for(own_names.size());
  for (uint32_t& slot : slots) {
    if (slot != 0) slot = tagged_slot(slot, own_names[slot - 1].hash, index_bits);
  }
  name_slots = slots;
  groups.clear();
  groups.shrink_to_fit();
}

std::string Gazetteer::Impl::freeze(int max_words) const {
  Sources src = embedded_sources();
  auto ref = [&](std::string_view s) {
    StrRef r;
    if (!src.ref(s, &r)) {
      std::fprintf(stderr, "casebook: gazetteer string outside the data files: %.*s\n",
                   static_cast<int>(s.size()), s.data());
      std::abort();
    }
    return r;
  };
  Header h{};
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  for (size_t f = 0; f < kFiles; ++f) h.file_bytes[f] = file_bytes(f);
  h.places = places.size();
  h.pool = pool.size();
  h.groups = names.size();
  h.slots = name_slots.size();
  h.countries = countries.size();
  h.capitals = capitals.size();
  h.max_words = max_words;

  std::vector<FrozenPlace> fp;
  for (const Place& p : places) {
    fp.push_back(FrozenPlace{ref(p.name), ref(p.country), ref(p.region), ref(p.code), p.population,
                             static_cast<uint8_t>(p.type), static_cast<uint8_t>(p.capital)});
  }
  std::vector<uint32_t> ids;
  for (const Place* p : pool) ids.push_back(p->id);
  auto keys = [&](const std::unordered_map<std::string_view, uint32_t>& m) {
    std::vector<FrozenKey> out;
    for (const auto& [k, id] : m) out.push_back(FrozenKey{ref(k), id});
    return out;
  };
  std::vector<FrozenKey> fc = keys(countries), fk = keys(capitals);

  std::string out;
  append(&out, &h, 1);
  append(&out, fp.data(), fp.size());
  append(&out, ids.data(), ids.size());
  append(&out, names.data(), names.size());
  append(&out, name_slots.data(), name_slots.size());
  append(&out, fc.data(), fc.size());
  append(&out, fk.data(), fk.size());
  return out;
}

bool Gazetteer::Impl::attach_frozen(int* max_words) {
  std::string_view blob = embedded_file(kFrozenPath);
  size_t pos = 0;
  const Header* h = take<Header>(blob, &pos, 1);
  if (h == nullptr || std::memcmp(h->magic, kMagic, sizeof kMagic) != 0) return false;
  for (size_t f = 0; f < kFiles; ++f) {
    if (h->file_bytes[f] != file_bytes(f)) return false;  // built from other data
  }
  const FrozenPlace* fp = take<FrozenPlace>(blob, &pos, h->places);
  const uint32_t* ids = fp ? take<uint32_t>(blob, &pos, h->pool) : nullptr;
  const NameGroup* fg = ids ? take<NameGroup>(blob, &pos, h->groups) : nullptr;
  const uint32_t* sl = fg ? take<uint32_t>(blob, &pos, h->slots) : nullptr;
  const FrozenKey* fc = sl ? take<FrozenKey>(blob, &pos, h->countries) : nullptr;
  const FrozenKey* fk = fc ? take<FrozenKey>(blob, &pos, h->capitals) : nullptr;
  if (fk == nullptr || h->slots == 0 || (h->slots & (h->slots - 1)) != 0) return false;

  for (size_t i = 0; i < h->pool; ++i) {
    if (ids[i] >= h->places) return false;
  }
  Sources src = embedded_sources();
  places.resize(h->places);
  for (uint32_t i = 0; i < h->places; ++i) {
    const FrozenPlace& p = fp[i];
    places[i] = Place{i,
                      static_cast<PlaceType>(p.type),
                      src.view(p.name),
                      src.view(p.country),
                      src.view(p.region),
                      p.population,
                      p.capital != 0,
                      src.view(p.code)};
  }
  pool.resize(h->pool);
  for (size_t i = 0; i < h->pool; ++i) pool[i] = &places[ids[i]];
  names = {fg, h->groups};  // used in place: the key offsets need no relocation
  name_slots = {sl, h->slots};
  mask = h->slots - 1;
  index_bits = index_bits_for(h->groups);  // as index_names() tagged the slots frozen
  for (size_t i = 0; i < h->countries; ++i) countries.emplace(src.view(fc[i].key), fc[i].id);
  for (size_t i = 0; i < h->capitals; ++i) capitals.emplace(src.view(fk[i].key), fk[i].id);
  *max_words = static_cast<int>(h->max_words);
  frozen = true;
  return true;
}

}  // namespace casebook
