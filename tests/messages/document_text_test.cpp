#include "messages/document_text.h"

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

TEST(DocumentText, EveryProcedureAndPathHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(allProcedures, procedureName, "R-PIN-RESET");
    expectDistinctJapaneseTextForEach(allRequestPaths, requestPathName, "R-DOC-RST-LEGAL");
}

TEST(DocumentText, EveryRequirementHasADistinctDocumentName) {
    expectDistinctJapaneseTextForEach(allRequirements, requirementName, "R-DOC-*");
    expectDistinctJapaneseTextForEach(allNecessities, necessityText, "R-REN-PIN R-REN-NOTICE");
}

TEST(DocumentText, EveryIdDocumentTypeHasADistinctName) {
    expectDistinctJapaneseTextForEach(allIdDocumentTypes, idDocumentName, "R-DOC-TWO");
    expectDistinctJapaneseTextForEach(std::array{IdCategory::Photo, IdCategory::NonPhoto},
                                      idCategoryName, "R-DOC-TWO");
}

TEST(DocumentText, EverySealStateAndAuthorityBasisHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(
        std::array{SealState::NotPresented, SealState::Sealed, SealState::Opened}, sealStateName,
        "R-DOC-SEAL");
    expectDistinctJapaneseTextForEach(std::array{LegalAuthorityBasis::NotStated,
                                                 LegalAuthorityBasis::MinorUnder15,
                                                 LegalAuthorityBasis::AdultWard},
                                      legalAuthorityBasisName, "R-DOC-AUTH");
}

TEST(DocumentText, EveryShortfallHasDistinctJapaneseText) {
    expectDistinctJapaneseTextForEach(allShortfalls, shortfallText, "R-DOC-*");
}

TEST(DocumentText, TheWaiverNoteNamesTheMunicipality) {
    const QString note = familyRegisterWaiverNote(QStringLiteral("美濃市"));
    EXPECT_TRUE(note.contains(QStringLiteral("美濃市"))) << "R-DOC-AUTH";
    EXPECT_FALSE(note.contains(QStringLiteral("%1"))) << "R-DOC-AUTH";
    EXPECT_FALSE(secondVisitNote().isEmpty()) << "R-DOC-RST-VOL";
}

TEST(DocumentText, AllTextGoesThroughTheDocumentsTranslationContext) {
    std::unique_ptr<QCoreApplication> application;
    int argc = 1;
    char name[] = "messages_tests";
    char* argv[] = {name, nullptr};
    if (QCoreApplication::instance() == nullptr) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    RecordingTranslator translator;
    ASSERT_TRUE(QCoreApplication::installTranslator(&translator));
    for (Requirement requirement : allRequirements) {
        EXPECT_TRUE(requirementName(requirement).startsWith(QStringLiteral("[en] ")));
    }
    for (IdDocumentType type : allIdDocumentTypes) {
        EXPECT_TRUE(idDocumentName(type).startsWith(QStringLiteral("[en] ")));
    }
    for (Shortfall shortfall : allShortfalls) {
        EXPECT_TRUE(shortfallText(shortfall).startsWith(QStringLiteral("[en] ")));
    }
    for (Procedure procedure : allProcedures) {
        procedureName(procedure);
    }
    for (RequestPath path : allRequestPaths) {
        requestPathName(path);
    }
    for (Necessity necessity : allNecessities) {
        necessityText(necessity);
    }
    idCategoryName(IdCategory::Photo);
    sealStateName(SealState::Opened);
    legalAuthorityBasisName(LegalAuthorityBasis::AdultWard);
    secondVisitNote();
    familyRegisterWaiverNote(QStringLiteral("美濃市"));
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(translator.recorded(), "jpki::messages::Documents");
}
