// The template filler and the shipped templates: every value escaped, sections, and no
// placeholder of a template that its values leave undefined.

#include "domain/pin_policy.h"
#include "domain/procedures.h"
#include "letters/document_html.h"
#include "letters/document_template.h"
#include "workflow/domain_ids.h"

#include <gtest/gtest.h>

namespace jpki::letters {
namespace {

using namespace std::chrono;

TEST(DocumentTemplate, EscapesEveryValue) {
    TemplateValues values;
    values.set(QStringLiteral("name"), QStringLiteral("<b>山田</b> & \"家\""));
    const FilledTemplate filled = fillTemplate(QStringLiteral("<p>{{name}} 様</p>"), values);
    EXPECT_TRUE(filled.problems.isEmpty());
    EXPECT_EQ(filled.html,
              QStringLiteral("<p>&lt;b&gt;山田&lt;/b&gt; &amp; &quot;家&quot; 様</p>"));
}

TEST(DocumentTemplate, RepeatsASectionPerItemAndLooksOutwards) {
    TemplateValues first;
    first.set(QStringLiteral("pin"), QStringLiteral("A"));
    TemplateValues second;
    second.set(QStringLiteral("pin"), QStringLiteral("B"));
    TemplateValues values;
    values.set(QStringLiteral("suffix"), QStringLiteral("!"));
    values.setList(QStringLiteral("pins"), {first, second});
    const FilledTemplate filled =
        fillTemplate(QStringLiteral("{{#pins}}[{{pin}}{{suffix}}]{{/pins}}"), values);
    EXPECT_TRUE(filled.problems.isEmpty());
    EXPECT_EQ(filled.html, QStringLiteral("[A!][B!]"));
}

TEST(DocumentTemplate, ShowsAFlagOnceAndAnInvertedSectionWhenEmpty) {
    TemplateValues values;
    values.setFlag(QStringLiteral("on"), true);
    values.setFlag(QStringLiteral("off"), false);
    values.setList(QStringLiteral("none"), {});
    const FilledTemplate filled = fillTemplate(
        QStringLiteral("{{#on}}a{{/on}}{{#off}}b{{/off}}{{^off}}c{{/off}}{{^none}}d{{/none}}"
                       "{{^on}}e{{/on}}"),
        values);
    EXPECT_TRUE(filled.problems.isEmpty());
    EXPECT_EQ(filled.html, QStringLiteral("acd"));
}

TEST(DocumentTemplate, ReportsWhatItCannotFill) {
    const FilledTemplate filled = fillTemplate(
        QStringLiteral("{{missing}} {{#absent}}x{{/absent}} {{/stray}} {{#open}}y"), {});
    EXPECT_EQ(filled.problems, (QStringList{QStringLiteral("unexpected {{/stray}}"),
                                            QStringLiteral("unclosed {{#open}}"),
                                            QStringLiteral("undefined {{missing}}"),
                                            QStringLiteral("undefined {{absent}}"),
                                            QStringLiteral("undefined {{open}}")}));
}

InquiryLetterContent sampleLetter() {
    InquiryLetterContent letter;
    letter.letterReference = QStringLiteral("P2026-000123-1");
    letter.caseReference = QStringLiteral("P2026-000123");
    letter.applicantName = QStringLiteral("美濃　花子");
    letter.applicantAddress = QStringLiteral("岐阜県美濃市泉町１番地");
    letter.appliedOn = domain::Date{2026y, April, 1d};
    letter.issuedOn = domain::Date{2026y, April, 1d};
    letter.sender = officeOf(domain::minoCityProfile());
    return letter;
}

ReceiptContent sampleReceipt(bool withRenewals, bool withPins) {
    ReceiptContent receipt;
    receipt.caseReference = QStringLiteral("R2026-000124");
    receipt.applicantName = QStringLiteral("美濃　花子");
    receipt.completedOn = domain::Date{2026y, April, 2d};
    if (withRenewals) {
        receipt.renewedCertificates = {
            {domain::CertificateKind::UserAuthentication, domain::Date{2031y, May, 3d}}};
    }
    if (withPins) {
        receipt.pinsSetAnew = {domain::PinKind::Signature};
    }
    receipt.office = officeOf(domain::minoCityProfile());
    return receipt;
}

TEST(ShippedTemplates, TheLetterFillsWithoutProblems) {
    InquiryLetterContent letter = sampleLetter();
    for (const domain::Procedure procedure :
         {domain::Procedure::PinReset, domain::Procedure::LockRelease}) {
        letter.procedure = procedure;
        const FilledTemplate filled = fillLetterTemplate(letter);
        EXPECT_TRUE(filled.problems.isEmpty()) << filled.problems.join(u' ').toStdString();
        EXPECT_TRUE(filled.html.contains(QStringLiteral("照会書兼回答書")));
        EXPECT_TRUE(filled.html.contains(QStringLiteral("令和8年4月1日")));
    }
}

TEST(ShippedTemplates, TheLetterLeavesOutAMunicipalityWithoutName) {
    InquiryLetterContent letter = sampleLetter();
    letter.sender.municipality.clear();
    const FilledTemplate filled = fillLetterTemplate(letter);
    EXPECT_TRUE(filled.problems.isEmpty());
    EXPECT_FALSE(filled.html.contains(QStringLiteral("長 あて")));
}

TEST(ShippedTemplates, BothReceiptsFillWithoutProblems) {
    for (const DocumentLanguage language :
         {DocumentLanguage::Japanese, DocumentLanguage::English}) {
        for (const bool renewals : {false, true}) {
            for (const bool pins : {false, true}) {
                const FilledTemplate filled =
                    fillReceiptTemplate(sampleReceipt(renewals, pins), language);
                EXPECT_TRUE(filled.problems.isEmpty()) << filled.problems.join(u' ').toStdString();
                const QString expiry = documentDate(
                    domain::Date{std::chrono::year{2031}, std::chrono::May, std::chrono::day{3}},
                    language);
                EXPECT_EQ(filled.html.contains(expiry), renewals);
            }
        }
    }
}

TEST(ShippedTemplates, NameEveryProcedurePathCertificateAndPin) {
    for (const DocumentLanguage language :
         {DocumentLanguage::Japanese, DocumentLanguage::English}) {
        for (const auto procedure : domain::allProcedures) {
            EXPECT_FALSE(
                documentTerm(language, QStringLiteral("procedure"), domain::procedureId(procedure))
                    .isEmpty());
        }
        for (const auto path : domain::allRequestPaths) {
            EXPECT_FALSE(documentTerm(language, QStringLiteral("path"), domain::requestPathId(path))
                             .isEmpty());
        }
        for (const auto kind :
             {domain::CertificateKind::Signature, domain::CertificateKind::UserAuthentication}) {
            EXPECT_FALSE(documentTerm(language, QStringLiteral("certificate"),
                                      workflow::certificateKindId(kind))
                             .isEmpty());
        }
        for (const auto pin : domain::allPinKinds) {
            EXPECT_FALSE(
                documentTerm(language, QStringLiteral("pin"), domain::pinKindId(pin)).isEmpty());
        }
    }
}

TEST(DocumentDate, UsesTheEraInUseOnTheDay) {
    const auto japanese = [](const domain::Date& date) {
        return documentDate(date, DocumentLanguage::Japanese);
    };
    EXPECT_EQ(japanese(domain::Date{2025y, November, 25d}), QStringLiteral("令和7年11月25日"));
    EXPECT_EQ(japanese(domain::Date{2019y, May, 1d}), QStringLiteral("令和元年5月1日"));
    EXPECT_EQ(japanese(domain::Date{2019y, April, 30d}), QStringLiteral("平成31年4月30日"));
    EXPECT_EQ(japanese(domain::Date{1989y, January, 8d}), QStringLiteral("平成元年1月8日"));
    EXPECT_EQ(japanese(domain::Date{1989y, January, 7d}), QStringLiteral("昭和64年1月7日"));
    EXPECT_EQ(japanese(domain::Date{1912y, July, 29d}), QStringLiteral("1912年7月29日"));
    EXPECT_EQ(documentDate(domain::Date{2025y, November, 25d}, DocumentLanguage::English),
              QStringLiteral("25 November 2025"));
}

} // namespace
} // namespace jpki::letters
