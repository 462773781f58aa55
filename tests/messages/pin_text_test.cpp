#include "messages/pin_text.h"
#include "message_table_checks.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTranslator>
#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <string>

using namespace jpki::domain;
using namespace jpki::messages;
using jpki::test::expectDistinctJapaneseTextForEach;
using jpki::test::RecordingTranslator;

TEST(PinText, EveryPinKindHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(allPinKinds, pinKindName,
                                      "R-PIN-SIGN R-PIN-AUTH R-PIN-INFO R-PIN-RESI");
}

TEST(PinText, TheSignaturePasswordHasItsOwnFormatHint) {
    const QString signature = pinFormatHint(PinKind::Signature);
    EXPECT_TRUE(signature.contains(QStringLiteral("6"))) << "R-PIN-SIGN";
    EXPECT_TRUE(signature.contains(QStringLiteral("16"))) << "R-PIN-SIGN";
    for (PinKind kind :
         {PinKind::UserAuthentication, PinKind::CardInfo, PinKind::ResidentRegistry}) {
        EXPECT_TRUE(pinFormatHint(kind).contains(QStringLiteral("4"))) << "R-PIN-AUTH";
        EXPECT_NE(pinFormatHint(kind), signature) << "R-PIN-AUTH";
    }
}

TEST(PinText, EveryPinProblemHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(allPinProblems, pinProblemText, "R-PIN-SIGN R-PIN-AUTH");
}

TEST(PinText, EveryPinWarningHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(allPinWarnings, pinWarningText, "R-PIN-NEW");
    EXPECT_FALSE(pinWarningNote().isEmpty()) << "R-PIN-NEW";
    EXPECT_FALSE(pinUppercasedNote().isEmpty()) << "R-PIN-SIGN";
}

TEST(PinText, EveryResetCaseHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(allResetCases, resetCaseText, "R-PIN-RESET");
}

TEST(PinText, AllTextGoesThroughThePinTranslationContext) {
    std::unique_ptr<QCoreApplication> application;
    int argc = 1;
    char name[] = "messages_tests";
    char* argv[] = {name, nullptr};
    if (QCoreApplication::instance() == nullptr) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    RecordingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    for (PinKind kind : allPinKinds) {
        EXPECT_TRUE(pinKindName(kind).startsWith(QStringLiteral("[en] ")));
        pinFormatHint(kind);
    }
    for (PinProblem problem : allPinProblems) {
        EXPECT_TRUE(pinProblemText(problem).startsWith(QStringLiteral("[en] ")));
    }
    for (PinWarning warning : allPinWarnings) {
        pinWarningText(warning);
    }
    for (ResetCase resetCase : allResetCases) {
        resetCaseText(resetCase);
    }
    pinWarningNote();
    pinUppercasedNote();
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(translator.recorded(), "jpki::messages::Pin");
}
