// The daily and range reports' JSON and CSV forms. Applicants' names never appear: the
// cases are listed by reference, the clerks by login.

#include "reports/report_format.h"

#include "messages/review_text.h"
#include "storage/japan_time.h"

#include <QJsonArray>

namespace jpki::reports {

namespace {

using workflow::DayFigures;
using workflow::ReviewFlag;

QString idText(std::string_view id) {
    return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

QJsonValue orNull(const std::optional<QString>& text) {
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const std::optional<storage::Timestamp>& at) {
    return at ? QJsonValue(storage::japanIsoTime(*at)) : QJsonValue(QJsonValue::Null);
}

QJsonValue secondsOrNull(const std::optional<std::chrono::milliseconds>& duration) {
    return duration ? QJsonValue(static_cast<qint64>(duration->count() / 1000))
                    : QJsonValue(QJsonValue::Null);
}

// Whole minutes for the spreadsheet, rounded half up; empty when there is none.
QString minutesText(const std::optional<std::chrono::milliseconds>& duration) {
    if (!duration) {
        return {};
    }
    return QString::number((duration->count() + 30'000) / 60'000);
}

QJsonObject staffJson(const storage::StaffRef& staff) {
    return {{QStringLiteral("login"), staff.login}, {QStringLiteral("name"), staff.displayName}};
}

QJsonObject caseJson(const storage::CaseSummary& summary) {
    return {{QStringLiteral("reference"), summary.reference},
            {QStringLiteral("procedure"), idText(domain::procedureId(summary.procedure))},
            {QStringLiteral("path"), idText(domain::requestPathId(summary.path))},
            {QStringLiteral("counter"), summary.counter},
            {QStringLiteral("clerk"), summary.openedBy.login},
            {QStringLiteral("opened_at"), storage::japanIsoTime(summary.openedAt)},
            {QStringLiteral("closed_at"), timeOrNull(summary.closedAt)},
            {QStringLiteral("duration_seconds"), secondsOrNull(summary.handlingTime())},
            {QStringLiteral("state"), summary.state},
            {QStringLiteral("result"), workflow::caseResultId(summary)},
            {QStringLiteral("outcome"), orNull(summary.outcome)},
            {QStringLiteral("open"), summary.isOpen()}};
}

QJsonObject flagFacts(const ReviewFlag& flag) {
    QJsonObject facts;
    if (!flag.step.isEmpty()) {
        facts.insert(QStringLiteral("step"), flag.step);
    }
    if (!flag.reason.isEmpty()) {
        facts.insert(QStringLiteral("reason"), flag.reason);
    }
    if (flag.pin) {
        facts.insert(QStringLiteral("pin_kind"), idText(domain::pinKindId(*flag.pin)));
    }
    if (!flag.letterReference.isEmpty()) {
        facts.insert(QStringLiteral("letter"), flag.letterReference);
        facts.insert(QStringLiteral("business_days"), flag.businessDaysWaiting);
    }
    if (flag.mailedOn) {
        facts.insert(QStringLiteral("mailed_on"), isoDate(*flag.mailedOn));
    }
    if (flag.openedBy) {
        facts.insert(QStringLiteral("opened_by"), flag.openedBy->login);
        QJsonArray others;
        for (const storage::StaffRef& clerk : flag.otherClerks) {
            others.append(clerk.login);
        }
        facts.insert(QStringLiteral("continued_by"), others);
    }
    if (flag.chainBreak) {
        facts.insert(QStringLiteral("sequence"), static_cast<qint64>(flag.chainBreak->sequence));
        facts.insert(QStringLiteral("break"),
                     idText(storage::chainBreakKindId(flag.chainBreak->kind)));
    }
    return facts;
}

QJsonObject flagJson(const ReviewFlag& flag) {
    return {{QStringLiteral("kind"), idText(workflow::flagKindId(flag.kind))},
            {QStringLiteral("reference"),
             flag.reference.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(flag.reference)},
            {QStringLiteral("text"), messages::flagText(flag)},
            {QStringLiteral("facts"), flagFacts(flag)}};
}

QJsonObject figuresJson(const DayFigures& figures) {
    QJsonArray byResult;
    for (const workflow::ResultCount& count : figures.byResult) {
        byResult.append(
            QJsonObject{{QStringLiteral("procedure"), idText(domain::procedureId(count.procedure))},
                        {QStringLiteral("path"), idText(domain::requestPathId(count.path))},
                        {QStringLiteral("result"), count.result},
                        {QStringLiteral("cases"), count.cases}});
    }
    QJsonArray byHour;
    for (int cases : figures.byHour) {
        byHour.append(cases);
    }
    QJsonArray byClerk;
    for (const workflow::ClerkCount& count : figures.byClerk) {
        QJsonObject clerk = staffJson(count.clerk);
        clerk.insert(QStringLiteral("cases"), count.cases);
        clerk.insert(QStringLiteral("completed"), count.completed);
        byClerk.append(clerk);
    }
    return {
        {QStringLiteral("from"), isoDate(figures.from)},
        {QStringLiteral("to"), isoDate(figures.to)},
        {QStringLiteral("cases"), figures.cases},
        {QStringLiteral("completed"), figures.completed},
        {QStringLiteral("by_result"), byResult},
        {QStringLiteral("by_hour"), byHour},
        {QStringLiteral("by_clerk"), byClerk},
        {QStringLiteral("handling"),
         QJsonObject{
             {QStringLiteral("average_seconds"), secondsOrNull(figures.averageHandling)},
             {QStringLiteral("median_seconds"), secondsOrNull(figures.medianHandling)},
             {QStringLiteral("completed_over_several_days"), figures.completedOverSeveralDays}}}};
}

QJsonObject auditJson(const storage::ChainVerification& chain) {
    QJsonObject audit{{QStringLiteral("holds"), chain.holds()},
                      {QStringLiteral("events"), static_cast<qint64>(chain.eventsChecked)},
                      {QStringLiteral("from_sequence"), static_cast<qint64>(chain.firstSequence)},
                      {QStringLiteral("head_sequence"), static_cast<qint64>(chain.headSequence)},
                      {QStringLiteral("head_hash"), storage::hexDigest(chain.headHash)}};
    QJsonArray records;
    for (const storage::RecordMismatch& mismatch : chain.records) {
        records.append(QJsonObject{
            {QStringLiteral("table"), idText(storage::recordKindId(mismatch.kind))},
            {QStringLiteral("problem"), idText(storage::recordProblemId(mismatch.problem))},
            {QStringLiteral("row"), static_cast<qint64>(mismatch.rowId)},
            {QStringLiteral("event"), static_cast<qint64>(mismatch.eventSequence)},
            {QStringLiteral("field"), QString::fromStdString(mismatch.field)}});
    }
    audit.insert(QStringLiteral("records_unproven"), records);
    return audit;
}

QJsonObject signOffJson(const workflow::ReportedSignOff& entry) {
    QJsonArray acknowledgements;
    for (std::size_t i = 0; i < entry.signOff.acknowledgements.size(); ++i) {
        acknowledgements.append(
            QJsonObject{{QStringLiteral("reference"), entry.acknowledgedReferences.at(i)},
                        {QStringLiteral("note"), entry.signOff.acknowledgements[i].note}});
    }
    return {{QStringLiteral("counter"), entry.signOff.counter},
            {QStringLiteral("supervisor"), staffJson(entry.supervisor)},
            {QStringLiteral("signed_at"), storage::japanIsoTime(entry.signOff.signedAt)},
            {QStringLiteral("note"), orNull(entry.signOff.note)},
            {QStringLiteral("chain_sequence"), static_cast<qint64>(entry.signOff.chainSequence)},
            {QStringLiteral("chain_head"), storage::hexDigest(entry.signOff.chainHead)},
            {QStringLiteral("acknowledgements"), acknowledgements}};
}

void figuresCsv(CsvWriter& csv, const DayFigures& figures) {
    csv.row({QStringLiteral("procedure"), QStringLiteral("path"), QStringLiteral("result"),
             QStringLiteral("cases")});
    for (const workflow::ResultCount& count : figures.byResult) {
        csv.row({idText(domain::procedureId(count.procedure)),
                 idText(domain::requestPathId(count.path)), count.result,
                 QString::number(count.cases)});
    }
    csv.blankLine();
    csv.row({QStringLiteral("hour"), QStringLiteral("cases")});
    for (std::size_t hour = 0; hour < figures.byHour.size(); ++hour) {
        if (figures.byHour[hour] > 0) {
            csv.row({QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')),
                     QString::number(figures.byHour[hour])});
        }
    }
    csv.blankLine();
    csv.row({QStringLiteral("clerk"), QStringLiteral("cases"), QStringLiteral("completed")});
    for (const workflow::ClerkCount& count : figures.byClerk) {
        csv.row(
            {count.clerk.login, QString::number(count.cases), QString::number(count.completed)});
    }
    csv.blankLine();
    csv.row({QStringLiteral("cases"), QStringLiteral("completed"),
             QStringLiteral("average_minutes"), QStringLiteral("median_minutes"),
             QStringLiteral("completed_over_several_days")});
    csv.row({QString::number(figures.cases), QString::number(figures.completed),
             minutesText(figures.averageHandling), minutesText(figures.medianHandling),
             QString::number(figures.completedOverSeveralDays)});
}

void auditCsv(CsvWriter& csv, const storage::ChainVerification& chain) {
    csv.row({QStringLiteral("audit_chain_holds"),
             chain.holds() ? QStringLiteral("true") : QStringLiteral("false")});
    csv.row({QStringLiteral("audit_from_sequence"), QString::number(chain.firstSequence)});
    csv.row({QStringLiteral("audit_head_sequence"), QString::number(chain.headSequence)});
    csv.row({QStringLiteral("audit_head_hash"), storage::hexDigest(chain.headHash)});
}

} // namespace

QString isoDate(const domain::Date& date) {
    return QString::fromStdString(domain::formatIsoDate(date));
}

CsvWriter::CsvWriter()
    : m_bytes(QByteArrayLiteral("\xEF\xBB\xBF")) {}

void CsvWriter::row(const QStringList& fields) {
    QStringList written;
    for (QString field : fields) {
        if (!field.isEmpty() && QStringLiteral("=+-@").contains(field.front())) {
            field.prepend(QLatin1Char('\''));
        }
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
            field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
            field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        written.append(field);
    }
    m_bytes += written.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

void CsvWriter::blankLine() {
    m_bytes += "\r\n";
}

QJsonObject dailyReportJson(const workflow::DailyReport& report) {
    QJsonArray cases;
    for (const storage::CaseSummary& summary : report.cases) {
        cases.append(caseJson(summary));
    }
    QJsonArray flags;
    for (const ReviewFlag& flag : report.flags) {
        flags.append(flagJson(flag));
    }
    QJsonArray signOffs;
    for (const workflow::ReportedSignOff& entry : report.signOffs) {
        signOffs.append(signOffJson(entry));
    }
    return {{QStringLiteral("report"), QStringLiteral("daily")},
            {QStringLiteral("date"), isoDate(report.query.day)},
            {QStringLiteral("counter"), orNull(report.query.counter)},
            {QStringLiteral("made_at"), storage::japanIsoTime(report.madeAt)},
            {QStringLiteral("cases"), cases},
            {QStringLiteral("flags"), flags},
            {QStringLiteral("figures"), figuresJson(report.figures)},
            {QStringLiteral("sign_offs"), signOffs},
            {QStringLiteral("audit"), auditJson(report.chain)}};
}

QByteArray dailyReportCsv(const workflow::DailyReport& report) {
    CsvWriter csv;
    csv.row({QStringLiteral("report"), QStringLiteral("daily")});
    csv.row({QStringLiteral("date"), isoDate(report.query.day)});
    csv.row({QStringLiteral("counter"), report.query.counter.value_or(QString())});
    csv.row({QStringLiteral("made_at"), storage::japanIsoTime(report.madeAt)});
    auditCsv(csv, report.chain);
    csv.blankLine();
    csv.row({QStringLiteral("signed_off_counter"), QStringLiteral("supervisor"),
             QStringLiteral("signed_at"), QStringLiteral("chain_head"), QStringLiteral("note")});
    for (const workflow::ReportedSignOff& entry : report.signOffs) {
        csv.row({entry.signOff.counter, entry.supervisor.login,
                 storage::japanIsoTime(entry.signOff.signedAt),
                 storage::hexDigest(entry.signOff.chainHead),
                 entry.signOff.note.value_or(QString())});
    }
    csv.blankLine();
    csv.row({QStringLiteral("reference"), QStringLiteral("procedure"), QStringLiteral("path"),
             QStringLiteral("counter"), QStringLiteral("clerk"), QStringLiteral("opened_at"),
             QStringLiteral("closed_at"), QStringLiteral("duration_minutes"),
             QStringLiteral("result"), QStringLiteral("outcome")});
    for (const storage::CaseSummary& summary : report.cases) {
        csv.row({summary.reference, idText(domain::procedureId(summary.procedure)),
                 idText(domain::requestPathId(summary.path)), summary.counter,
                 summary.openedBy.login, storage::japanIsoTime(summary.openedAt),
                 summary.closedAt ? storage::japanIsoTime(*summary.closedAt) : QString(),
                 minutesText(summary.handlingTime()), workflow::caseResultId(summary),
                 summary.outcome.value_or(QString())});
    }
    csv.blankLine();
    csv.row({QStringLiteral("flag"), QStringLiteral("reference"), QStringLiteral("text")});
    for (const ReviewFlag& flag : report.flags) {
        csv.row(
            {idText(workflow::flagKindId(flag.kind)), flag.reference, messages::flagText(flag)});
    }
    csv.blankLine();
    figuresCsv(csv, report.figures);
    return csv.bytes();
}

QJsonObject rangeReportJson(const workflow::RangeReport& report) {
    QJsonArray days;
    for (const workflow::ReportedDay& day : report.days) {
        days.append(QJsonObject{{QStringLiteral("date"), isoDate(day.day)},
                                {QStringLiteral("cases"), day.cases},
                                {QStringLiteral("flags"), day.flags},
                                {QStringLiteral("signed_off"),
                                 QJsonArray::fromStringList(QStringList(
                                     day.signedCounters.begin(), day.signedCounters.end()))}});
    }
    return {{QStringLiteral("report"), QStringLiteral("range")},
            {QStringLiteral("from"), isoDate(report.from)},
            {QStringLiteral("to"), isoDate(report.to)},
            {QStringLiteral("counter"), orNull(report.counter)},
            {QStringLiteral("made_at"), storage::japanIsoTime(report.madeAt)},
            {QStringLiteral("figures"), figuresJson(report.figures)},
            {QStringLiteral("days"), days},
            {QStringLiteral("audit"), auditJson(report.chain)}};
}

QByteArray rangeReportCsv(const workflow::RangeReport& report) {
    CsvWriter csv;
    csv.row({QStringLiteral("report"), QStringLiteral("range")});
    csv.row({QStringLiteral("from"), isoDate(report.from)});
    csv.row({QStringLiteral("to"), isoDate(report.to)});
    csv.row({QStringLiteral("counter"), report.counter.value_or(QString())});
    csv.row({QStringLiteral("made_at"), storage::japanIsoTime(report.madeAt)});
    auditCsv(csv, report.chain);
    csv.blankLine();
    csv.row({QStringLiteral("date"), QStringLiteral("cases"), QStringLiteral("flags"),
             QStringLiteral("signed_off")});
    for (const workflow::ReportedDay& day : report.days) {
        csv.row({isoDate(day.day), QString::number(day.cases), QString::number(day.flags),
                 QStringList(day.signedCounters.begin(), day.signedCounters.end())
                     .join(QLatin1Char(' '))});
    }
    csv.blankLine();
    figuresCsv(csv, report.figures);
    return csv.bytes();
}

} // namespace jpki::reports
