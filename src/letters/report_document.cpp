#include "letters/report_document.h"

#include "letters/document_html.h"
#include "letters/document_output.h"
#include "messages/review_text.h"
#include "storage/japan_time.h"

#include <QDateTime>

namespace jpki::letters {

namespace {

QString idText(std::string_view id) {
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

// "09:05" in Japan time.
QString clockTime(storage::Timestamp at) {
    return storage::japanIsoTime(at).mid(11, 5);
}

// Whole minutes, rounded half up.
QString minutes(std::chrono::milliseconds duration) {
    return QString::number((duration.count() + 30'000) / 60'000);
}

void setMinutes(TemplateValues& values, const QString& name,
                const std::optional<std::chrono::milliseconds>& duration) {
    values.setFlag(QStringLiteral("has_") + name, duration.has_value());
    values.set(name + QStringLiteral("_minutes"), duration ? minutes(*duration) : QString());
}

QString staffName(const storage::StaffRef& staff) {
    return staff.displayName.isEmpty() ? staff.login : staff.displayName;
}

void setFigures(TemplateValues& values, const workflow::DayFigures& figures,
                DocumentLanguage language) {
    values.set(QStringLiteral("cases"), QString::number(figures.cases));
    values.set(QStringLiteral("completed"), QString::number(figures.completed));
    setMinutes(values, QStringLiteral("average"), figures.averageHandling);
    setMinutes(values, QStringLiteral("median"), figures.medianHandling);

    std::vector<TemplateValues> results;
    for (const workflow::ResultCount& count : figures.byResult) {
        TemplateValues row;
        row.set(QStringLiteral("procedure"), documentTerm(language, QStringLiteral("procedure"),
                                                          domain::procedureId(count.procedure)));
        row.set(QStringLiteral("path"),
                documentTerm(language, QStringLiteral("path"), domain::requestPathId(count.path)));
        row.set(QStringLiteral("result"),
                documentTerm(language, QStringLiteral("result"), count.result.toStdString()));
        row.set(QStringLiteral("count"), QString::number(count.cases));
        results.push_back(std::move(row));
    }
    values.setFlag(QStringLiteral("has_results"), !results.empty());
    values.setList(QStringLiteral("results"), std::move(results));

    std::vector<TemplateValues> hours;
    for (std::size_t hour = 0; hour < figures.byHour.size(); ++hour) {
        if (figures.byHour[hour] > 0) {
            TemplateValues column;
            column.set(QStringLiteral("hour"), QString::number(hour));
            column.set(QStringLiteral("count"), QString::number(figures.byHour[hour]));
            hours.push_back(std::move(column));
        }
    }
    values.setFlag(QStringLiteral("has_hours"), !hours.empty());
    values.setList(QStringLiteral("hours"), std::move(hours));

    std::vector<TemplateValues> clerks;
    for (const workflow::ClerkCount& count : figures.byClerk) {
        TemplateValues row;
        row.set(QStringLiteral("clerk"), staffName(count.clerk));
        row.set(QStringLiteral("count"), QString::number(count.cases));
        row.set(QStringLiteral("completed"), QString::number(count.completed));
        clerks.push_back(std::move(row));
    }
    values.setFlag(QStringLiteral("has_clerks"), !clerks.empty());
    values.setList(QStringLiteral("clerks"), std::move(clerks));
}

void setCases(TemplateValues& values, const DailyReportDocument& document,
              DocumentLanguage language) {
    std::vector<TemplateValues> rows;
    for (const storage::CaseSummary& summary : document.report.cases) {
        TemplateValues row;
        row.set(QStringLiteral("reference"), summary.reference);
        row.set(QStringLiteral("procedure"), documentTerm(language, QStringLiteral("procedure"),
                                                          domain::procedureId(summary.procedure)));
        row.set(QStringLiteral("path"), documentTerm(language, QStringLiteral("path"),
                                                     domain::requestPathId(summary.path)));
        row.set(QStringLiteral("clerk"), staffName(summary.openedBy));
        row.set(QStringLiteral("opened"), clockTime(summary.openedAt));
        row.set(QStringLiteral("closed"),
                summary.closedAt ? clockTime(*summary.closedAt) : QString());
        row.set(QStringLiteral("duration"),
                summary.closedAt ? minutes(*summary.handlingTime()) : QString());
        row.set(QStringLiteral("result"),
                documentTerm(language, QStringLiteral("result"),
                             workflow::caseResultId(summary).toStdString()));
        const auto name = document.applicantNames.find(summary.id);
        row.set(QStringLiteral("applicant_name"),
                document.detailed && name != document.applicantNames.end() ? name->second
                                                                           : QString());
        rows.push_back(std::move(row));
    }
    values.setFlag(QStringLiteral("has_cases"), !rows.empty());
    values.setList(QStringLiteral("case_rows"), std::move(rows));

    std::vector<TemplateValues> flags;
    for (const workflow::ReviewFlag& flag : document.report.flags) {
        TemplateValues row;
        row.set(QStringLiteral("reference"), flag.reference);
        row.set(QStringLiteral("kind"), messages::flagKindName(flag.kind));
        row.set(QStringLiteral("text"), messages::flagText(flag));
        flags.push_back(std::move(row));
    }
    values.setFlag(QStringLiteral("has_flags"), !flags.empty());
    values.setList(QStringLiteral("flags"), std::move(flags));
}

void setSignOffsAndChain(TemplateValues& values, const workflow::DailyReport& report) {
    std::vector<TemplateValues> signOffs;
    for (const workflow::ReportedSignOff& entry : report.signOffs) {
        TemplateValues row;
        row.set(QStringLiteral("counter"), entry.signOff.counter);
        row.set(QStringLiteral("supervisor"), staffName(entry.supervisor));
        const QString signedAt = storage::japanIsoTime(entry.signOff.signedAt);
        row.set(QStringLiteral("signed_at"),
                signedAt.left(10) + QLatin1Char(' ') + clockTime(entry.signOff.signedAt));
        row.set(QStringLiteral("note"), entry.signOff.note.value_or(QString()));
        signOffs.push_back(std::move(row));
    }
    values.setFlag(QStringLiteral("has_sign_offs"), !signOffs.empty());
    values.setList(QStringLiteral("sign_offs"), std::move(signOffs));

    values.setFlag(QStringLiteral("chain_holds"), report.chain.holds());
    values.set(QStringLiteral("chain_break"),
               report.chain.broken
                   ? QStringLiteral("%1 #%2")
                         .arg(idText(storage::chainBreakKindId(report.chain.broken->kind)))
                         .arg(report.chain.broken->sequence)
                   : QString());
    values.set(QStringLiteral("chain_from"), QString::number(report.chain.firstSequence));
    values.set(QStringLiteral("chain_events"), QString::number(report.chain.eventsChecked));
    values.set(QStringLiteral("chain_sequence"), QString::number(report.chain.headSequence));
    values.set(QStringLiteral("head_hash"), storage::hexDigest(report.chain.headHash));
}

QString languageSuffix(DocumentLanguage language) {
    return language == DocumentLanguage::English ? QStringLiteral("en") : QStringLiteral("ja");
}

} // namespace

DailyReportDocument dailyReportDocument(workflow::DailyReport report, const QString& municipality) {
    return DailyReportDocument{std::move(report), municipality, false, {}};
}

storage::Result<DailyReportDocument> detailedDailyReportDocument(storage::CaseStore& store,
                                                                 workflow::DailyReport report,
                                                                 const QString& municipality) {
    DailyReportDocument document = dailyReportDocument(std::move(report), municipality);
    document.detailed = true;
    for (const storage::CaseSummary& summary : document.report.cases) {
        auto record = store.findCase(summary.id);
        if (!record) {
            return record.error();
        }
        document.applicantNames.emplace(summary.id, record->applicant.name.value_or(QString()));
    }
    return document;
}

FilledTemplate fillDailyReportTemplate(const DailyReportDocument& document,
                                       DocumentLanguage language) {
    const workflow::DailyReport& report = document.report;
    TemplateValues values;
    values.set(QStringLiteral("municipality"), document.municipality);
    values.setFlag(QStringLiteral("has_counter"), report.query.counter.has_value());
    values.set(QStringLiteral("counter"), report.query.counter.value_or(QString()));
    values.set(QStringLiteral("day"), documentDate(report.query.day, language));
    values.set(QStringLiteral("day_iso"),
               QString::fromStdString(domain::formatIsoDate(report.query.day)));
    const QString madeAt = storage::japanIsoTime(report.madeAt);
    values.set(QStringLiteral("made_at"),
               madeAt.left(10) + QLatin1Char(' ') + clockTime(report.madeAt));
    values.setFlag(QStringLiteral("detailed"), document.detailed);
    setFigures(values, report.figures, language);
    setCases(values, document, language);
    setSignOffsAndChain(values, report);
    return fillTemplate(
        letterResourceText(QStringLiteral("daily_report_%1.html").arg(languageSuffix(language))),
        values);
}

QString documentHtml(const DailyReportDocument& document, DocumentLanguage language) {
    return fillDailyReportTemplate(document, language).html;
}

QByteArray pdfBytes(const DailyReportDocument& document, DocumentLanguage language) {
    return documentPdf(documentHtml(document, language));
}

platform::FileResult<void> writePdf(const DailyReportDocument& document, const QString& path,
                                    DocumentLanguage language) {
    return writeDocumentPdf(documentHtml(document, language), path);
}

Expected<void, OutputError> print(const DailyReportDocument& document, QPrinter& printer,
                                  DocumentLanguage language) {
    return printDocument(documentHtml(document, language), printer);
}

} // namespace jpki::letters
