// Invented reports for the store benchmark: documents of about 5 KB assembled from paragraph
// templates written for this benchmark (detentions, searches, trials, threats to relatives,
// background), with names, places and dates drawn from small lists, plus the project's own
// examples with generated paragraphs appended. Deterministic for a given seed, so two runs
// measure the same corpus. Every 5,000th document holds the rare word "samizdat".
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace casebook::bench {

class StoreCorpus {
 public:
  explicit StoreCorpus(const std::string& examples_dir) {
    namespace fs = std::filesystem;
    if (examples_dir.empty() || !fs::is_directory(examples_dir)) return;
    std::vector<std::string> paths;
    for (const auto& e : fs::directory_iterator(examples_dir)) {
      if (e.is_regular_file()) paths.push_back(e.path().string());
    }
    std::sort(paths.begin(), paths.end());
    for (const std::string& p : paths) {
      std::ifstream in(p, std::ios::binary);
      std::ostringstream ss;
      ss << in.rdbuf();
      examples_.push_back(ss.str());
    }
  }

  // Document i of the corpus (about `target` bytes).
  std::string document(uint64_t i, size_t target = 5000) const {
    uint64_t state = i * 0x9E3779B97F4A7C15ull + 0x1234567ull;
    auto next = [&]() {
      state ^= state >> 12;
      state ^= state << 25;
      state ^= state >> 27;
      return state * 0x2545F4914F6CDD1Dull;
    };
    auto pick = [&](const auto& list) { return list[next() % std::size(list)]; };
    // About 50 x 40 x 4 = 8,000 names, so a person recurs in tens of documents, not thousands.
    std::string victim = pick(kGiven) + std::string(" ") + pick(kFamily) + pick(kSuffix);
    std::string family = victim.substr(victim.find(' ') + 1);
    std::string relative = pick(kGiven) + std::string(" ") + family;
    std::string place = pick(kPlaces);
    int year = 2015 + static_cast<int>(next() % 10);
    std::string month = pick(kMonths);
    int day = 1 + static_cast<int>(next() % 28);
    auto fill = [&](std::string s) {
      auto put = [&](const std::string& slot, const std::string& value) {
        for (size_t at = s.find(slot); at != std::string::npos; at = s.find(slot, at)) {
          s.replace(at, slot.size(), value);
          at += value.size();
        }
      };
      put("{victim}", victim);
      put("{family}", family);
      put("{relative}", relative);
      put("{kin}", pick(kKin));
      put("{place}", place);
      put("{org}", pick(kOrgs));
      put("{role}", pick(kRoles));
      put("{date}", std::to_string(day) + " " + month + " " + std::to_string(year));
      put("{month}", std::string(month) + " " + std::to_string(year));
      put("{n}", std::to_string(2 + next() % 9));
      return s;
    };
    std::string body;
    body += fill(kLead[next() % std::size(kLead)]) + "\n\n";
    // Two event paragraphs at most; the rest is context, as in most reports.
    int events = 0;
    while (body.size() < target - 400) {
      bool event = events < 2 && next() % 3 == 0;
      events += event;
      body += fill(event ? pick(kEvents) : pick(kBackground)) + "\n\n";
    }
    if (i % 5000 == 4999) body += "Copies of the banned samizdat bulletin were found.\n\n";
    char published[32];
    std::snprintf(published, sizeof published, "%04d-%02d-%02d", year, 1 + int(next() % 12), day);
    // Every 20th document is one of the project's examples with the generated text appended.
    if (!examples_.empty() && i % 20 == 19) {
      std::string ex = examples_[(i / 20) % examples_.size()];
      size_t end = ex.rfind("</article>");
      std::string extra = "\n" + body + "(document " + std::to_string(i) + ")\n";
      if (end != std::string::npos) {
        std::string html;
        for (size_t a = 0, b; a < extra.size(); a = b + 2) {
          b = extra.find("\n\n", a);
          if (b == std::string::npos) b = extra.size();
          if (b > a) html += "<p>" + extra.substr(a, b - a) + "</p>\n";
        }
        return ex.insert(end, html);
      }
      return ex + extra;
    }
    return "---\ntitle: " + fill(pick(kTitles)) + "\npublished: " + published +
           "\nurl: https://example.org/report/" + std::to_string(i) +
           "\nsource: casebook store benchmark\n---\n" + body;
  }

 private:
  static constexpr const char* kGiven[] = {
      "Farhod",   "Rustam", "Dilshod", "Zarina",   "Nigora",  "Bakhtiyor", "Sitora",   "Jamshed",
      "Otabek",   "Malika", "Timur",   "Aziza",    "Sherzod", "Gulnora",   "Anvar",    "Madina",
      "Alisher",  "Shahlo", "Behruz",  "Nodira",   "Daler",   "Farida",    "Iskandar", "Lola",
      "Firdavs",  "Komil",  "Mehrona", "Parviz",   "Ravshan", "Saodat",    "Tohir",    "Umed",
      "Vohid",    "Yusuf",  "Zafar",   "Akmal",    "Bahodur", "Dilnoza",   "Ehson",    "Faridun",
      "Gulbahor", "Hasan",  "Ilhom",   "Jahongir", "Kamola",  "Manuchehr", "Nasim",    "Orzu"};
  static constexpr const char* kFamily[] = {
      "Nazar",  "Karim",   "Rahim",  "Yusup",   "Said",   "Tursun", "Sharip", "Amin",
      "Qodir",  "Ismoil",  "Bobo",   "Hakim",   "Mirzo",  "Safar",  "Umar",   "Juray",
      "Latip",  "Normat",  "Ergash", "Salim",   "Davlat", "Sobir",  "Holmat", "Rajab",
      "Sultan", "Toshmat", "Abdull", "Ibrohim", "Nurull", "Qurbon", "Rasul",  "Shukur",
      "Valij",  "Yodgor",  "Zokir",  "Bakir",   "Fayz",   "Ghafur", "Homid",  "Jalol"};
  static constexpr const char* kSuffix[] = {"ov", "ev", "zoda", "iyon"};
  static constexpr const char* kPlaces[] = {"Dushanbe",    "Khujand",   "Kulob",    "Bokhtar",
                                            "Istaravshan", "Panjakent", "Tashkent", "Samarkand",
                                            "Bishkek",     "Osh",       "Almaty"};
  static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};
  static constexpr const char* kKin[] = {"father", "mother", "brother", "sister",
                                         "son",    "wife",   "uncle",   "cousin"};
  static constexpr const char* kOrgs[] = {"the State Committee for National Security",
                                          "the Interior Ministry", "the prosecutor's office",
                                          "the city police", "the security services"};
  static constexpr const char* kRoles[] = {
      "journalist",           "blogger", "lawyer", "activist", "human rights defender",
      "opposition politician"};
  static constexpr const char* kTitles[] = {
      "{role} detained in {place}", "Relatives of exiled {role} questioned",
      "Court sentences {role} {victim}", "Police search home of {victim}",
      "Rights groups condemn pressure on {family} family"};
  static constexpr const char* kLead[] = {
      "Police in {place} detained the {role} {victim} on {date}, relatives said. Officers "
      "of {org} took {victim} from the family home early in the morning and did not say "
      "where he was being held.",
      "{org} arrested {victim}, a {role}, in {place} on {date}, according to a statement by "
      "a local rights group. His lawyer said he had not been allowed to see his client.",
      "The {kin} of exiled {role} {victim} was detained in {place} on {date} and questioned "
      "for several hours about the activities of {victim} abroad, the family said."};
  static constexpr const char* kEvents[] = {
      "Officers searched the apartment of {victim} in {place} and confiscated two laptops, "
      "a phone and several notebooks. Neighbours said the search lasted {n} hours.",
      "{relative}, the {kin} of {victim}, said police summoned the family to the station in "
      "{place} in {month} and warned them that {victim} would face charges if the "
      "{role} continued to speak to foreign media.",
      "A court in {place} sentenced {victim} to {n} years in prison on {date} on charges of "
      "extremism. The {role} denied the charges and said the case was a reprisal for his "
      "work.",
      "Relatives said {victim} had been beaten in custody and tortured during interrogation. "
      "Officers threatened to detain his {kin} if he did not sign a confession.",
      "Border guards barred {relative} from leaving the country in {month}, saying the "
      "{kin} of {victim} was on a list of people who may not travel abroad.",
      "The family of {victim} was forced out of their home in {place} after officials told "
      "the landlord to end the lease, {relative} said.",
      "{victim} was released on {date} after {n} days in detention, but police kept his "
      "passport and told him to report to the station every week."};
  static constexpr const char* kBackground[] = {
      "Human rights groups have documented a pattern of pressure on the relatives of "
      "critics who live abroad. Such relatives are often questioned, threatened with "
      "prosecution and barred from travel, in what researchers call transnational "
      "repression.",
      "The authorities did not respond to requests for comment. In earlier statements, "
      "officials said that the measures were lawful and that no one had been held for their "
      "opinions or for the work of their relatives.",
      "Several international organisations have called on the government to release those "
      "held for their peaceful activities and to stop the harassment of their families, "
      "which they said violated the country's international obligations.",
      "The country has ranked near the bottom of press freedom indexes for years. Independent "
      "newspapers have closed, and most remaining outlets avoid reporting on the opposition, "
      "the security services or the business interests of officials.",
      "Hundreds of thousands of citizens work abroad, mostly in construction and services, and "
      "the money they send home makes up a large share of the economy. Many critics of the "
      "government live among these communities in Europe and Russia.",
      "{relative} told reporters that the family had learned to speak carefully on the phone. "
      "\"We know that every call is heard,\" {relative} said, adding that neighbours had "
      "stopped visiting the house.",
      "Lawyers who take such cases say they face pressure themselves. Several have lost their "
      "licences after defending clients in cases the authorities consider political, and "
      "some have left the country.",
      "Diplomats from several embassies raised the matter with the foreign ministry in "
      "{month}, according to people familiar with the meetings, but the ministry repeated "
      "that the courts were independent.",
      "The {org} has broad powers under laws on extremism and terrorism, which rights groups "
      "say are worded so vaguely that almost any criticism can be prosecuted.",
      "Researchers at a university in Europe who study the region said the number of such "
      "reports had grown since {month}, and that most of them came from families who had "
      "relatives abroad."};
  std::vector<std::string> examples_;
};

}  // namespace casebook::bench
