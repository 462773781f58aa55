#include "letters/document_html.h"

#include "messages/date_text.h"
#include "workflow/domain_ids.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <mutex>

// Q_INIT_RESOURCE must be used outside any namespace; the templates are in a static library,
// whose resources are not registered until asked for.
static void registerLetterResources() {
    Q_INIT_RESOURCE(letters);
}

namespace jpki::letters {

QString letterResourceText(const QString& name) {
    static std::once_flag registered;
    std::call_once(registered, registerLetterResources);
    QFile file(QStringLiteral(":/letters/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {}; // not reached: the files are compiled in, and a test reads every one
    }
    return QString::fromUtf8(file.readAll());
}

namespace {

QString languageSuffix(DocumentLanguage language) {
    return language == DocumentLanguage::English ? QStringLiteral("en") : QStringLiteral("ja");
}

// The names of procedures, paths, certificates and PINs as the documents print them.
class Terms {
public:
    explicit Terms(DocumentLanguage language)
        : m_terms(
              QJsonDocument::fromJson(
                  letterResourceText(QStringLiteral("terms_%1.json").arg(languageSuffix(language)))
                      .toUtf8())
                  .object()) {}

    QString name(const QString& group, std::string_view id) const {
        return m_terms.value(group).toObject().value(QLatin1String(id)).toString();
    }

private:
    QJsonObject m_terms;
};

QString clockTime(std::chrono::minutes sinceMidnight) {
    return QStringLiteral("%1:%2")
        .arg(sinceMidnight.count() / 60)
        .arg(sinceMidnight.count() % 60, 2, 10, QLatin1Char('0'));
}

void setOffice(TemplateValues& values, const Office& office) {
    values.set(QStringLiteral("municipality"), office.municipality);
    values.set(QStringLiteral("counter_name"), office.counterName);
    values.set(QStringLiteral("counter_place"), office.counterPlace);
    values.set(QStringLiteral("reception_opens"), clockTime(office.receptionOpens));
    values.set(QStringLiteral("reception_closes"), clockTime(office.receptionCloses));
    values.setFlag(QStringLiteral("has_municipality"), !office.municipality.isEmpty());
}

} // namespace

QString documentTerm(DocumentLanguage language, const QString& group, std::string_view id) {
    return Terms(language).name(group, id);
}

QString documentDate(const domain::Date& date, DocumentLanguage language) {
    return messages::dateText(
        date,
        QLocale(language == DocumentLanguage::English ? QLocale::English : QLocale::Japanese));
}

FilledTemplate fillLetterTemplate(const InquiryLetterContent& letter) {
    const DocumentLanguage language = DocumentLanguage::Japanese;
    const Terms terms(language);
    TemplateValues values;
    values.set(QStringLiteral("letter_reference"), letter.letterReference);
    values.set(QStringLiteral("case_reference"), letter.caseReference);
    values.set(QStringLiteral("procedure"),
               terms.name(QStringLiteral("procedure"), domain::procedureId(letter.procedure)));
    values.set(QStringLiteral("applicant_name"), letter.applicantName);
    values.set(QStringLiteral("applicant_address"), letter.applicantAddress);
    values.set(QStringLiteral("applied_on"), documentDate(letter.appliedOn, language));
    values.set(QStringLiteral("issued_on"), documentDate(letter.issuedOn, language));
    setOffice(values, letter.sender);
    return fillTemplate(letterResourceText(QStringLiteral("letter_ja.html")), values);
}

FilledTemplate fillReceiptTemplate(const ReceiptContent& receipt, DocumentLanguage language) {
    const Terms terms(language);
    TemplateValues values;
    values.set(QStringLiteral("case_reference"), receipt.caseReference);
    values.set(QStringLiteral("procedure"),
               terms.name(QStringLiteral("procedure"), domain::procedureId(receipt.procedure)));
    values.set(QStringLiteral("path"),
               terms.name(QStringLiteral("path"), domain::requestPathId(receipt.path)));
    values.set(QStringLiteral("applicant_name"), receipt.applicantName);
    values.setFlag(QStringLiteral("has_applicant_name"), !receipt.applicantName.isEmpty());
    values.set(QStringLiteral("completed_on"), documentDate(receipt.completedOn, language));

    std::vector<TemplateValues> renewals;
    for (const RenewedCertificate& renewed : receipt.renewedCertificates) {
        TemplateValues row;
        row.set(
            QStringLiteral("certificate"),
            terms.name(QStringLiteral("certificate"), workflow::certificateKindId(renewed.kind)));
        row.set(QStringLiteral("expires"), documentDate(renewed.expires, language));
        renewals.push_back(std::move(row));
    }
    values.setFlag(QStringLiteral("has_renewals"), !renewals.empty());
    values.setList(QStringLiteral("renewals"), std::move(renewals));

    std::vector<TemplateValues> pins;
    for (const domain::PinKind pin : receipt.pinsSetAnew) {
        TemplateValues row;
        row.set(QStringLiteral("pin"), terms.name(QStringLiteral("pin"), domain::pinKindId(pin)));
        pins.push_back(std::move(row));
    }
    values.setFlag(QStringLiteral("has_pins"), !pins.empty());
    values.setList(QStringLiteral("pins"), std::move(pins));

    setOffice(values, receipt.office);
    return fillTemplate(
        letterResourceText(QStringLiteral("receipt_%1.html").arg(languageSuffix(language))),
        values);
}

} // namespace jpki::letters
