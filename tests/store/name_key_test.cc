// Name keys: transliteration variants of one name share a key; different names do not.
#include "store/name_key.h"

#include <gtest/gtest.h>

namespace casebook {
namespace {

TEST(NameKey, TransliterationVariantsShareAKey) {
  EXPECT_EQ(person_key("Muhammadjon Saidov"), person_key("Mukhammadjon Saidov"));
  EXPECT_EQ(person_key("Muhammadjon Saidov"), person_key("MUHAMMADJON SAIDOW"));
  EXPECT_EQ(person_key("Jamshed Karimov"), person_key("Dzhamshed Karimov"));
  EXPECT_EQ(person_key("Khurshed Qodirov"), person_key("Hurshed Kodirov"));
  EXPECT_EQ(person_key("Fyodor Ivanov"), person_key("Fiodor Ivanoff"));
  EXPECT_EQ(person_key("Ilham Aliyev"), person_key("Ilham Aliev"));
  EXPECT_EQ(person_key("José Muñoz"), person_key("Jose Munoz"));
  EXPECT_EQ(person_key("Šukrat Čoriev"), person_key("Shukrat Choriev"));
  // Word order does not matter: "Saidov Muhammadjon" is the same person.
  EXPECT_EQ(person_key("Saidov Muhammadjon"), person_key("Muhammadjon Saidov"));
}

TEST(NameKey, DifferentNamesStayApart) {
  EXPECT_NE(person_key("Muhammadjon Saidov"), person_key("Muhammadjon Saidova"));
  EXPECT_NE(person_key("Rustam Saidov"), person_key("Rustam Saidev"));
  EXPECT_NE(person_key("Rustam Saidov"), person_key("Rustam Said"));
}

TEST(NameKey, SingleWordsNeverMakeAPersonKey) {
  EXPECT_EQ(person_key("Saidov"), "");
  EXPECT_EQ(person_key("  Saidov  "), "");
}

TEST(NameKey, OrganizationsByNameAndAcronym) {
  EXPECT_EQ(organization_key("The Committee to Protect Journalists"),
            organization_key("Committee to Protect Journalists"));
  EXPECT_EQ(acronym_key("Human Rights Watch"), "hrw");
  EXPECT_EQ(organization_key("HRW"), "hrw");
  EXPECT_EQ(acronym_key("Amnesty"), "");
}

TEST(NameKey, FoldWordsDropsApostrophesAndDiacritics) {
  std::vector<std::string> w = fold_words("O‘g‘li Ölmez-Şahin");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0], "ogli");
  EXPECT_EQ(w[1], "olmez");
  EXPECT_EQ(w[2], "shahin");
}

}  // namespace
}  // namespace casebook
