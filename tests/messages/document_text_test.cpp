#include "messages/document_text.h"
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
