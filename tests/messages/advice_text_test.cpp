#include "messages/advice_text.h"

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

namespace {

// Without a translator the Japanese source comes back: each text must exist, be Japanese (not an
// ASCII placeholder) and differ from the others of its kind.
template <typename Codes, typename TextFunction>
void expectDistinctJapaneseTextForEach(const Codes& codes, TextFunction text, const char* rule) {
    QSet<QString> seen;
    for (const auto code : codes) {
        const QString value = text(code);
        SCOPED_TRACE(::testing::Message()
                     << rule << " code " << static_cast<int>(code) << ": " << value.toStdString());
        EXPECT_FALSE(value.isEmpty());
        EXPECT_TRUE(
            std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() > 0x7f; }));
        EXPECT_FALSE(seen.contains(value));
        seen.insert(value);
    }
}

// Answers every lookup with a marked source text (keeping %1) and notes the project's contexts;
// Qt looks up its own contexts too.
class RecordingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* sourceText, const char*,
                      int) const override {
        const QString name = QString::fromUtf8(context);
        if (name.startsWith(QStringLiteral("jpki::"))) {
            contexts.insert(name);
        }
        return QStringLiteral("[en] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
    std::string recorded() const {
        QStringList names = contexts.values();
        names.sort();
        return names.join(QLatin1Char(' ')).toStdString();
    }
    mutable QSet<QString> contexts;
};

} // namespace

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
