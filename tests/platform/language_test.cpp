#include "platform/language.h"

#include <gtest/gtest.h>

using jpki::platform::Language;

TEST(Language, ParsesCodesWithOrWithoutRegion) {
    EXPECT_EQ(jpki::platform::parseLanguage(QStringLiteral("en")), Language::English);
    EXPECT_EQ(jpki::platform::parseLanguage(QStringLiteral("en_GB")), Language::English);
    EXPECT_EQ(jpki::platform::parseLanguage(QStringLiteral("JA-jp")), Language::Japanese);
    EXPECT_FALSE(jpki::platform::parseLanguage(QStringLiteral("fr")).has_value());
    EXPECT_FALSE(jpki::platform::parseLanguage(QString()).has_value());
}

TEST(Language, EnglishLocalesGetEnglishAndEveryOtherLocaleJapanese) {
    EXPECT_EQ(jpki::platform::languageForLocale(QLocale(QLocale::English, QLocale::UnitedStates)),
              Language::English);
    EXPECT_EQ(jpki::platform::languageForLocale(QLocale(QLocale::Japanese)), Language::Japanese);
    EXPECT_EQ(jpki::platform::languageForLocale(QLocale(QLocale::German)), Language::Japanese);
    EXPECT_EQ(jpki::platform::chooseLanguage(QStringLiteral("en")), Language::English);
}
