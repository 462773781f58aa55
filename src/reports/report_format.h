#pragma once

// The daily and range reports as JSON and as CSV (docs/cli.md, "report"), for the command line
// and the supervisor's window alike. CSV is for Excel in
// Japan: UTF-8 with a byte-order mark, CRLF line ends, one table after another with a blank line
// between them.

#include "domain/date.h"
#include "workflow/day_report.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace jpki::reports {

QJsonObject dailyReportJson(const workflow::DailyReport& report);
QByteArray dailyReportCsv(const workflow::DailyReport& report);
QJsonObject rangeReportJson(const workflow::RangeReport& report);
QByteArray rangeReportCsv(const workflow::RangeReport& report);

// 2025-11-25.
QString isoDate(const domain::Date& date);

// RFC 4180 rows: a field with a comma, a quote or a line break is quoted, and one that a
// spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe.
class CsvWriter {
public:
    CsvWriter();
    void row(const QStringList& fields);
    void blankLine();
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace jpki::reports
