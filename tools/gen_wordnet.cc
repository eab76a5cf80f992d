// Build-time generator: turns Debian's wordnet-base (WordNet 3.0) into the compact TSVs the
// lemmatiser embeds. Usage: gen_wordnet WORDNET_DIR OUT_DIR
//
// Writes, for pos in {verb, noun}:
//   <pos>_lemmas.tsv  lemma [TAB count]   single-word lemmas of index.<pos>; count is the
//                                         lemma's SemCor tag count from cntlist.rev (omitted
//                                         when 0), used to choose between candidate lemmas
//   <pos>_exc.tsv     form TAB lemma...   irregular forms from <pos>.exc
// and person_nouns.tsv: the single-word noun lemmas one of whose two most frequent senses is a
// person ("founder", "mayor", "bystander"), so that rules can tell "killed the founder" from
// "killed the bill".
// Multi-word lemmas (with '_') are dropped: the lemmatiser sees one token at a time.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>

namespace {

std::string g_out_dir;

bool open_input(const std::string& path, std::ifstream& in) {
  in.open(path);
  if (!in) {
    std::cerr << "gen_wordnet: cannot read " << path
              << " (install the Debian package wordnet-base)\n";
    return false;
  }
  return true;
}

// Writes to OUT_DIR/name through a temporary file, so a failed run leaves no half file.
bool write_file(const std::string& name, const std::string& header, const std::string& body) {
  std::string path = g_out_dir + "/" + name;
  std::ofstream out(path + ".tmp", std::ios::binary);
  out << header << body;
  out.close();
  if (!out || std::rename((path + ".tmp").c_str(), path.c_str()) != 0) {
    std::cerr << "gen_wordnet: cannot write " << path << "\n";
    return false;
  }
  return true;
}

// lemma%1:... -> noun counts, lemma%2:... -> verb counts (summed over senses).
bool read_counts(const std::string& dir, std::unordered_map<std::string, long>& noun_counts,
                 std::unordered_map<std::string, long>& verb_counts) {
  std::ifstream in;
  if (!open_input(dir + "/cntlist.rev", in)) return false;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string key;
    long sense = 0, count = 0;
    if (!(fields >> key >> sense >> count)) continue;
    size_t pct = key.find('%');
    if (pct == std::string::npos || pct + 1 >= key.size()) continue;
    std::string lemma = key.substr(0, pct);
    char ss_type = key[pct + 1];
    if (ss_type == '1') noun_counts[lemma] += count;
    if (ss_type == '2') verb_counts[lemma] += count;
  }
  return true;
}

bool write_lemmas(const std::string& dir, const std::string& pos,
                  const std::unordered_map<std::string, long>& counts) {
  std::ifstream in;
  if (!open_input(dir + "/index." + pos, in)) return false;
  std::string line, body;
  size_t rows = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
    std::string lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') != std::string::npos) continue;
    body += lemma;
    auto it = counts.find(lemma);
    if (it != counts.end() && it->second > 0) body += "\t" + std::to_string(it->second);
    body += '\n';
    ++rows;
  }
  if (rows == 0) {
    std::cerr << "gen_wordnet: no lemmas in " << dir << "/index." << pos << "\n";
    return false;
  }
  return write_file(pos + "_lemmas.tsv",
                    "# " + pos + " lemmas of WordNet 3.0 (Debian wordnet-base, index." + pos +
                        "), with their SemCor tag counts (cntlist.rev) when non-zero.\n"
                        "# Generated at build time by tools/gen_wordnet.cc. Do not edit.\n",
                    body);
}

bool write_exceptions(const std::string& dir, const std::string& pos) {
  std::ifstream in;
  if (!open_input(dir + "/" + pos + ".exc", in)) return false;
  std::string line, body;
  while (std::getline(in, line)) {
    if (line.find('_') != std::string::npos) continue;
    std::istringstream fields(line);
    std::string form, lemma, row;
    if (!(fields >> form)) continue;
    row = form;
    while (fields >> lemma) row += "\t" + lemma;
    if (row.size() == form.size()) continue;
    body += row + '\n';
  }
  return write_file(pos + "_exc.tsv",
                    "# Irregular " + pos + " forms of WordNet 3.0 (Debian wordnet-base, " + pos +
                        ".exc): form<TAB>lemma[<TAB>lemma...].\n"
                        "# Generated at build time by tools/gen_wordnet.cc. Do not edit.\n",
                    body);
}

// index.noun: lemma, pos, synset count, pointer count, pointers, sense count, tagged sense
// count, then the synset offsets, most frequent sense first. A synset's line in data.noun is
// "offset lex_filenum ...", and lexicographer file 18 is noun.person. A lemma is a person noun
// when one of its two most frequent senses is in noun.person ("founder" is first a horse's
// lameness) or is the synset of "person" itself, which WordNet files under noun.Tops; not
// when its most frequent sense is an animal (noun.animal, file 5: "dog", "pig").
bool write_person_nouns(const std::string& dir) {
  std::ifstream index, data;
  if (!open_input(dir + "/index.noun", index) || !open_input(dir + "/data.noun", data))
    return false;
  constexpr int kNounPerson = 18;
  constexpr int kNounAnimal = 5;
  constexpr long kPersonSynset = 7846;  // person, individual, someone, somebody, mortal, soul
  std::string line, body;
  size_t rows = 0;
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;
    std::istringstream fields(line);
    std::string lemma, pos, field;
    long synsets = 0, pointers = 0;
    if (!(fields >> lemma >> pos >> synsets >> pointers) || synsets <= 0) continue;
    if (lemma.find('_') != std::string::npos) continue;
    for (long i = 0; i < pointers && fields >> field; ++i) {
    }
    long sense_count = 0, tagged = 0;
    if (!(fields >> sense_count >> tagged)) continue;
    bool person = false, animal_first = false;
    long synset = -1;
    for (long i = 0; i < synsets && i < 2 && !person && !animal_first && fields >> synset; ++i) {
      data.clear();
      data.seekg(synset);
      long offset = 0;
      int lexfile = -1;
      if (!(data >> offset >> lexfile) || offset != synset) {
        std::cerr << "gen_wordnet: data.noun has no synset at " << synset << "\n";
        return false;
      }
      person = lexfile == kNounPerson || synset == kPersonSynset;
      // "dog", "pig", "cow": first an animal, then a slur for a person. "beat the pigs"
      // names no one.
      animal_first = i == 0 && lexfile == kNounAnimal;
    }
    if (animal_first) continue;
    if (!person) continue;
    body += lemma + '\n';
    ++rows;
  }
  if (rows == 0) {
    std::cerr << "gen_wordnet: no person nouns in " << dir << "/index.noun\n";
    return false;
  }
  return write_file(
      "person_nouns.tsv",
      "# Nouns of WordNet 3.0 (Debian wordnet-base) one of whose two most frequent\n"
      "# senses is a person (lexicographer file noun.person, or the synset of\n"
      "# \"person\"), unless the most frequent is an animal (\"dog\", \"pig\").\n"
      "# Generated at build time by tools/gen_wordnet.cc. Do not edit.\n",
      body);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gen_wordnet WORDNET_DIR OUT_DIR\n";
    return 2;
  }
  std::string dir = argv[1];
  g_out_dir = argv[2];
  std::unordered_map<std::string, long> noun_counts, verb_counts;
  if (!read_counts(dir, noun_counts, verb_counts)) return 1;
  if (!write_lemmas(dir, "verb", verb_counts) || !write_lemmas(dir, "noun", noun_counts) ||
      !write_exceptions(dir, "verb") || !write_exceptions(dir, "noun") ||
      !write_person_nouns(dir)) {
    return 1;
  }
  return 0;
}
