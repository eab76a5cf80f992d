// Tests for the name and actor lexicons (src/nlp/name_lexicon.h) over the embedded data.
#include "nlp/name_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace casebook {
namespace {

const NameLexicon& lex() { return NameLexicon::instance(); }

char sex_of(const char* name) {
  const GivenName* g = lex().given_name(name);
  return g ? g->sex : 0;
}

TEST(NameLexicon, GivenNameCount) {
  EXPECT_GE(lex().given_name_count(), 3000u);
  EXPECT_EQ(&NameLexicon::instance(), &NameLexicon::instance());
}

TEST(NameLexicon, GivenNamesPerCultureGroup) {
  // One line per culture group: "Name:sex" pairs, at least three each.
  const char* const kGroups[] = {
      "James:m Margaret:f Siobhan:f Jürgen:m",                              // Western
      "Sergei:m Svetlana:f Volodymyr:m Oleksandra:f",                       // Slavic
      "Firuz:m Firuzjon:m Gulnora:f Mehrinisso:f Nodirbek:m Kamoliddin:m",  // Central Asian
      "Nematullo:m Sitorabonu:f Nursultan:m Aigerim:f Almazbek:m Ogulsapar:f",
      "Mohammed:m Muhammad:m Mohamed:m Mohammad:m Muhammed:m Fatima:f",    // Arabic
      "Reza:m Narges:f Nasrin:f",                                          // Persian
      "Ahmet:m Zeynep:f Ayşe:f",                                           // Turkish
      "Rebwar:m Berivan:f Zozan:f",                                        // Kurdish
      "Xiaobo:m Jianguo:m Xiuying:f Ilham:m",                              // Chinese, Uyghur
      "Tuan:m Huong:f Thuy:f",                                             // Vietnamese
      "Min-jun:m Seo-yeon:f Jae-in:m",                                     // Korean
      "Rajesh:m Priya:f Imran:m Hasina:f Murugan:m",                       // South Asian
      "Adebayo:m Ngozi:f Abubakar:m Wanjiru:f Tesfaye:m Hodan:f Sipho:m",  // African
      "Alejandro:m Guadalupe:u João:m Conceição:f",                        // Latin American
      "Maricel:f Rodel:m Luzviminda:f",                                    // Filipino
      "Bambang:m Siti:f Wahyu:m",                                          // Indonesian
  };
  for (const char* group : kGroups) {
    std::string line = group;
    int checked = 0;
    for (size_t pos = 0; pos < line.size();) {
      size_t end = line.find(' ', pos);
      if (end == std::string::npos) end = line.size();
      std::string pair = line.substr(pos, end - pos);
      pos = end + 1;
      size_t colon = pair.rfind(':');
      std::string name = pair.substr(0, colon);
      EXPECT_EQ(sex_of(name.c_str()), pair[colon + 1]) << name;
      ++checked;
    }
    EXPECT_GE(checked, 3) << group;
  }
}

TEST(NameLexicon, GivenNameDetails) {
  EXPECT_EQ(sex_of("Andrea"), 'u');  // m in Italian, f in English
  EXPECT_EQ(sex_of("Nour"), 'u');
  EXPECT_EQ(lex().given_name("mohammed"), nullptr);  // case-sensitive
  EXPECT_EQ(lex().given_name("Wang"), nullptr);      // a surname
  EXPECT_EQ(lex().given_name("May"), nullptr);       // a month (not_names.tsv)
  EXPECT_EQ(lex().given_name("Jordan"), nullptr);    // a country
  ASSERT_NE(lex().given_name("Will"), nullptr);
  EXPECT_TRUE(lex().given_name("Will")->common_word);
  EXPECT_TRUE(lex().given_name("Grace")->common_word);
  EXPECT_FALSE(lex().given_name("Sergei")->common_word);
}

TEST(NameLexicon, SurnameAffixesOnInventedNames) {
  EXPECT_EQ(lex().surname_affix("Rahimov"), 'm');
  EXPECT_EQ(lex().surname_affix("Nazarova"), 'f');
  EXPECT_EQ(lex().surname_affix("Karimzoda"), 'u');
  EXPECT_EQ(lex().surname_affix("Tashkenbekov"), 'm');
  EXPECT_EQ(lex().surname_affix("Nurlanuly"), 'm');
  EXPECT_EQ(lex().surname_affix("Aibekkyzy"), 'f');
  EXPECT_EQ(lex().surname_affix("Petrenko"), 'u');
  EXPECT_EQ(lex().surname_affix("Beridze"), 'u');
  EXPECT_EQ(lex().surname_affix("Gelashvili"), 'u');
  EXPECT_EQ(lex().surname_affix("Vardanyan"), 'u');
  EXPECT_EQ(lex().surname_affix("Lebedeva"), 'f');
  EXPECT_EQ(lex().surname_affix("Ivanovich"), 'm');
  EXPECT_EQ(lex().surname_affix("Sergeyevna"), 'f');
  EXPECT_EQ(lex().surname_affix("Sharifiddinov"), 'm');
  EXPECT_EQ(lex().surname_affix("Yilmazoglu"), 'm');
  EXPECT_EQ(lex().surname_affix("Kowalski"), 'm');
  EXPECT_EQ(lex().surname_affix("Orlovskaya"), 'f');
  EXPECT_EQ(lex().surname_affix("Gonzalez"), 'u');
  EXPECT_EQ(lex().surname_affix("Berdiyewa"), 'f');
  EXPECT_EQ(lex().surname_affix("RAHIMOV"), 'm');  // headline capitals
  EXPECT_EQ(lex().surname_affix("McAllister"), 'u');
  EXPECT_EQ(lex().surname_affix("O'Rourke"), 'u');
  EXPECT_EQ(lex().surname_affix("MacArthur"), 'u');
}

TEST(NameLexicon, WordsThatMustNotTriggerSurnameAffixes) {
  EXPECT_EQ(lex().surname_affix("Moscow"), 0);   // -ow is weak
  EXPECT_EQ(lex().surname_affix("Kiev"), 0);     // -ev needs a 3-letter stem
  EXPECT_EQ(lex().surname_affix("Moldova"), 0);  // listed as not a name
  EXPECT_EQ(lex().surname_affix("Uzbek"), 0);    // -bek needs a 3-letter stem
  EXPECT_EQ(lex().surname_affix("Kenyan"), 0);   // -yan needs a 4-letter stem
  EXPECT_EQ(lex().surname_affix("Nairobi"), 0);  // -i is weak
  EXPECT_EQ(lex().surname_affix("Berlin"), 0);   // -in is weak
  EXPECT_EQ(lex().surname_affix("Machine"), 0);  // Mac needs a capital after it
  EXPECT_EQ(lex().surname_affix("Ivov"), 'm');   // 4 letters, 2-letter stem: allowed
  EXPECT_EQ(lex().surname_affix("Lov"), 0);      // under 4 letters
  EXPECT_EQ(lex().surname_affix(""), 0);
  const NameAffix* weak = lex().surname_affix_match("Moscow");
  ASSERT_NE(weak, nullptr);
  EXPECT_TRUE(weak->weak);
  EXPECT_EQ(weak->affix, "ow");
}

TEST(NameLexicon, GivenNameAffixes) {
  EXPECT_EQ(lex().given_name_affix("Safarbek"), 'm');
  EXPECT_EQ(lex().given_name_affix("Davlatjon"), 'm');
  EXPECT_EQ(lex().given_name_affix("Gulbahor"), 'f');
  EXPECT_EQ(lex().given_name_affix("Zarbonu"), 'f');
  EXPECT_EQ(lex().given_name_affix("Gulf"), 0);
  EXPECT_EQ(lex().given_name_affix("Uzbek"), 0);
}

TEST(NameLexicon, Particles) {
  EXPECT_TRUE(lex().is_name_particle("bin"));
  EXPECT_TRUE(lex().is_name_particle("ibn"));
  EXPECT_TRUE(lex().is_name_particle("al"));
  EXPECT_TRUE(lex().is_name_particle("al-"));
  EXPECT_TRUE(lex().is_name_particle("van"));
  EXPECT_TRUE(lex().is_name_particle("de"));
  EXPECT_FALSE(lex().is_name_particle("the"));
  ASSERT_NE(lex().name_particle("kyzy"), nullptr);
  EXPECT_EQ(lex().name_particle("kyzy")->sex, 'f');
  EXPECT_EQ(lex().name_particle("bint")->sex, 'f');
}

TEST(NameLexicon, Honorifics) {
  char sex = 0;
  EXPECT_STREQ(lex().honorific("Mr", &sex), "courtesy");
  EXPECT_EQ(sex, 'm');
  EXPECT_STREQ(lex().honorific("Mrs.", &sex), "courtesy");
  EXPECT_EQ(sex, 'f');
  EXPECT_STREQ(lex().honorific("Gen.", &sex), "rank");
  EXPECT_STREQ(lex().honorific("Gen", &sex), "rank");
  EXPECT_STREQ(lex().honorific("Col.", &sex), "rank");
  EXPECT_STREQ(lex().honorific("Prime Minister", &sex), "title");
  EXPECT_STREQ(lex().honorific("Sheikh", &sex), "title");
  EXPECT_STREQ(lex().honorific("Imam", &sex), "religious");
  EXPECT_EQ(sex, 'm');
  EXPECT_STREQ(lex().honorific("Ayatollah", &sex), "religious");
  EXPECT_EQ(lex().honorific("Tuesday", &sex), nullptr);
  ASSERT_NE(lex().honorific_info("Father"), nullptr);
  EXPECT_TRUE(lex().honorific_info("Father")->ambiguous);
  EXPECT_FALSE(lex().honorific_info("Dr")->ambiguous);
  EXPECT_GE(lex().max_honorific_words(), 3);
}

TEST(NameLexicon, RoleNouns) {
  const RoleNoun* r = lex().role_noun("journalist");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->role, "journalist");
  EXPECT_FALSE(r->plural);
  r = lex().role_noun("human rights defenders");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->role, "human_rights_defender");
  EXPECT_TRUE(r->plural);
  EXPECT_EQ(lex().role_noun("opposition leader")->role, "opposition_member");
  EXPECT_EQ(lex().role_noun("trade unionist")->role, "trade_unionist");
  EXPECT_EQ(lex().role_noun("land rights activist")->role, "environmental_defender");
  EXPECT_EQ(lex().role_noun("imam")->role, "religious_leader");
  EXPECT_EQ(lex().role_noun("advocate")->role, "lawyer");
  EXPECT_EQ(lex().role_noun("human rights advocate")->role, "human_rights_defender");
  // The last word of a role phrase that is no role on its own ("asylum seeker").
  EXPECT_TRUE(lex().ends_role_phrase("seeker"));
  EXPECT_TRUE(lex().ends_role_phrase("journalist"));
  EXPECT_FALSE(lex().ends_role_phrase("table"));
  EXPECT_EQ(lex().role_noun("businessmen")->role, "businessperson");
  EXPECT_EQ(lex().role_noun("women\u2019s rights activist")->role, "human_rights_defender");
  EXPECT_EQ(lex().role_noun("Journalist"), nullptr);  // callers pass lower case
}

TEST(NameLexicon, StateActors) {
  const ActorPhrase* a = lex().state_actor("police");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->category, "state_security");
  EXPECT_TRUE(a->country.empty());
  EXPECT_EQ(lex().state_actor("riot police")->head, "police");
  EXPECT_EQ(lex().state_actor("prison guards")->category, "state_security");
  EXPECT_EQ(lex().state_actor("authorities")->category, "state_other");
  EXPECT_EQ(lex().state_actor("prosecutor's office")->category, "state_other");
  EXPECT_EQ(lex().state_actor("supreme court")->category, "state_other");
  a = lex().state_actor("fsb");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->country, "RU");
  EXPECT_TRUE(a->acronym);
  EXPECT_EQ(a->canonical, "Federal Security Service");
  EXPECT_EQ(lex().state_actor("gknb")->country, "TJ,KG");
  EXPECT_EQ(lex().state_actor("mss")->country, "CN");
  EXPECT_EQ(lex().state_actor("isi")->country, "PK");
  EXPECT_EQ(lex().state_actor("dss")->country, "NG");
  EXPECT_TRUE(lex().state_actor("mossad")->proper);
  EXPECT_EQ(lex().state_actor("mossad")->country, "IL");
  EXPECT_FALSE(lex().state_actor("police")->acronym);
  EXPECT_EQ(lex().state_actor("gunmen"), nullptr);
}

TEST(NameLexicon, NonStateActorsAndGroups) {
  EXPECT_EQ(lex().non_state_actor("masked men")->category, "non_state");
  EXPECT_EQ(lex().non_state_actor("unidentified gunmen")->category, "non_state");
  EXPECT_EQ(lex().non_state_actor("unknown persons")->category, "unknown");
  EXPECT_EQ(lex().non_state_actor("police"), nullptr);
  EXPECT_EQ(lex().group_noun("journalists"), "journalist");
  EXPECT_EQ(lex().group_noun("relatives"), "group");
  EXPECT_EQ(lex().group_noun("asylum seekers"), "asylum_seeker");
  EXPECT_EQ(lex().group_noun("tables"), "");
  EXPECT_GE(lex().max_phrase_words(), 4);
}

TEST(NameLexicon, OrganisationsAndInternationalBodies) {
  EXPECT_TRUE(lex().is_org_head("Party"));
  EXPECT_TRUE(lex().is_org_head("Watch"));
  EXPECT_FALSE(lex().is_org_head("party"));
  EXPECT_GE(lex().intl_body_count(), 120u);
  const IntlBody* b = lex().intl_body("HRW");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->name, "Human Rights Watch");
  EXPECT_EQ(b->category, "non_state");
  b = lex().intl_body("Reporters sans frontières");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->name, "Reporters Without Borders");
  EXPECT_EQ(b->acronym, "RSF");
  EXPECT_EQ(lex().intl_body("OSCE")->category, "international");
  EXPECT_EQ(lex().intl_body("ODIHR")->kind, "intergovernmental");
  EXPECT_EQ(lex().intl_body("ECtHR")->kind, "court");
  EXPECT_EQ(lex().intl_body("European Court of Human Rights"), lex().intl_body("ECHR"));
  EXPECT_EQ(lex().intl_body("ICJ")->name, "International Court of Justice");  // first wins
  EXPECT_EQ(lex().intl_body("UNHCR")->name, "UN Refugee Agency");
  EXPECT_NE(lex().intl_body("Front Line Defenders"), nullptr);
  EXPECT_EQ(lex().intl_body("Human Rights"), nullptr);
}

TEST(NameLexicon, NotNames) {
  EXPECT_TRUE(lex().is_not_name("Monday"));
  EXPECT_TRUE(lex().is_not_name("However"));
  EXPECT_TRUE(lex().is_not_name("According"));
  EXPECT_TRUE(lex().is_not_name("Police"));
  EXPECT_TRUE(lex().is_not_name("Reuters"));
  EXPECT_FALSE(lex().is_not_name("Firuz"));
}

TEST(NameLexicon, SharedAcrossThreads) {
  std::vector<std::thread> threads;
  std::vector<int> found(4, 0);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back(
        [i, &found] { found[i] = NameLexicon::instance().given_name("Firuz") != nullptr; });
  }
  for (auto& th : threads) th.join();
  for (int f : found) EXPECT_EQ(f, 1);
}

}  // namespace
}  // namespace casebook
