#include "messages/advice_text.h"
#include "message_table_checks.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <algorithm>
#include <array>
#include <gtest/gtest.h>
#include <memory>
#include <string>

using namespace jpki::domain;
using namespace jpki::messages;
using jpki::test::expectDistinctJapaneseTextForEach;
using jpki::test::RecordingTranslator;

TEST(AdviceText, EveryConvenienceStoreObstacleHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(allConvenienceStoreObstacles, convenienceStoreObstacleText,
                                      "R-CONV");
}

TEST(AdviceText, TheSummaryDiffersForAPossibleAndAnImpossibleReset) {
    const QString possible = convenienceStoreSummary(ConvenienceStoreAdvice{true, {}});
    const QString counterOnly = convenienceStoreSummary(
        ConvenienceStoreAdvice{false, {ConvenienceStoreObstacle::OtherPinForgotten}});
    EXPECT_FALSE(possible.isEmpty()) << "R-CONV";
    EXPECT_FALSE(counterOnly.isEmpty()) << "R-CONV";
    EXPECT_NE(possible, counterOnly) << "R-CONV";
    EXPECT_TRUE(possible.contains(QStringLiteral("24"))) << "R-CONV: within 24 hours";
}

TEST(AdviceText, EveryCertificateAndPinStatusHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(
        std::array{CertificateStatus::Valid, CertificateStatus::Expired, CertificateStatus::Revoked,
                   CertificateStatus::NotIssued},
        certificateStatusName, "R-CONV");
    expectDistinctJapaneseTextForEach(
        std::array{OtherPinStatus::Known, OtherPinStatus::Forgotten, OtherPinStatus::Blocked},
        otherPinStatusName, "R-CONV");
}

TEST(AdviceText, AllTextGoesThroughTheAdviceTranslationContext) {
    std::unique_ptr<QCoreApplication> application;
    int argc = 1;
    char name[] = "messages_tests";
    char* argv[] = {name, nullptr};
    if (QCoreApplication::instance() == nullptr) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    RecordingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    for (ConvenienceStoreObstacle obstacle : allConvenienceStoreObstacles) {
        EXPECT_TRUE(convenienceStoreObstacleText(obstacle).startsWith(QStringLiteral("[en] ")));
    }
    convenienceStoreSummary(ConvenienceStoreAdvice{true, {}});
    convenienceStoreSummary(ConvenienceStoreAdvice{});
    certificateStatusName(CertificateStatus::Valid);
    otherPinStatusName(OtherPinStatus::Known);
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(translator.recorded(), "jpki::messages::Advice");
}
