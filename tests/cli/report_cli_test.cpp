// report daily and report range run as a process on a real database: the JSON shape, the CSV for
// Excel (BOM, CRLF), no applicant's name anywhere, and every export recorded in the audit chain.

#include "cli_process.h"
#include "support/store_fixture.h"
#include "support/synthetic_history.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace jpki::storage {
namespace {

using namespace testing;

const QString kApplicantName = QStringLiteral("山田　花子");

class ReportCli : public ::testing::Test {
protected:
    void SetUp() override {
        path = folder.file(QStringLiteral("cases.sqlite3"));
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        SyntheticHistoryOptions options{date(2026, 4, 1), 2, 6, 5, 2, 3, 7};
        // One case with an applicant's details on its row, which no report may show, late on
        // the first day (after its synthetic cases, before the next day's).
        options.afterEachDay = [this](CaseStore& written, const domain::Date& day) -> Result<void> {
            if (day != date(2026, 4, 1)) {
                return {};
            }
            NewCase withApplicant;
            withApplicant.counter = QStringLiteral("1");
            withApplicant.openedBy = StaffId{1};
            withApplicant.at = japanTime(2026, 4, 1, 20, 30);
            withApplicant.initialState = QStringLiteral("reception");
            withApplicant.applicant =
                ApplicantDetails{kApplicantName, QStringLiteral("ヤマダ　ハナコ"), date(1980, 5, 5),
                                 QStringLiteral("美濃市1-1")};
            auto opened =
                written.write([&](CaseWriter& writer) { return writer.openCase(withApplicant); });
            if (!opened) {
                return opened.error();
            }
            applicantCase = *opened;
            return {};
        };
        history = valueOrThrow(fillSyntheticHistory(store, options));
    }

    CliRun run(QStringList arguments) {
        arguments << QStringLiteral("--db") << path;
        return runCli(arguments);
    }

    CliRun daily(const QString& format = QStringLiteral("json")) {
        return run({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                    QStringLiteral("2026-04-01"), QStringLiteral("--format"), format});
    }

    CliRun dailyTo(const QString& out, const QString& format = QStringLiteral("csv")) {
        return run({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                    QStringLiteral("2026-04-01"), QStringLiteral("--format"), format,
                    QStringLiteral("--out"), out});
    }

    // The one export recorded, refused for `reason`.
    void expectOneFailedExport(const char* reason) {
        const std::vector<CaseEvent> recorded = exports();
        ASSERT_EQ(recorded.size(), 1u);
        EXPECT_FALSE(recorded.front().payload.value(QStringLiteral("succeeded")).toBool(true));
        EXPECT_EQ(recorded.front().payload.value(QStringLiteral("reason")).toString(),
                  QLatin1String(reason));
    }

    std::vector<CaseEvent> exports() {
        auto store = valueOrThrow(CaseStore::open(path, OpenOptions::creating()));
        const domain::Date today = japanDate(fromQDateTime(QDateTime::currentDateTimeUtc()));
        std::vector<CaseEvent> found;
        for (const CaseEvent& event : valueOrThrow(store.eventsOfDay(today))) {
            if (event.type == QStringLiteral("report-exported")) {
                found.push_back(event);
            }
        }
        return found;
    }

    TempFolder folder;
    QString path;
    SyntheticHistory history;
    OpenedCase applicantCase;
};

// A report over a row changed outside the program says the chain does not hold, and names it,
// rather than printing the changed row above "verified".
TEST_F(ReportCli, DailyReportOverAChangedCaseRowSaysTheChainDoesNotHold) {
    rawExecute(path, "UPDATE cases SET state='completed', outcome='renewed' WHERE id=" +
                         std::to_string(rawId(applicantCase.id)) + ";");
    const CliRun result = daily();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonObject audit = result.json.value(QStringLiteral("audit")).toObject();
    EXPECT_FALSE(audit.value(QStringLiteral("holds")).toBool());
    const QJsonArray records = audit.value(QStringLiteral("records_unproven")).toArray();
    ASSERT_FALSE(records.isEmpty());
    EXPECT_EQ(records.first().toObject().value(QStringLiteral("row")).toInteger(),
              rawId(applicantCase.id));
    bool flagged = false;
    for (const QJsonValue& flag : result.json.value(QStringLiteral("flags")).toArray()) {
        flagged |= flag.toObject().value(QStringLiteral("kind")).toString() ==
                   QStringLiteral("chain-broken");
    }
    EXPECT_TRUE(flagged);
    const CliRun csv = daily(QStringLiteral("csv"));
    EXPECT_TRUE(csv.out.contains("audit_chain_holds,false")) << csv.out.toStdString();
}

TEST_F(ReportCli, DailyJsonListsTheDaysCasesFlagsFiguresAndChainHead) {
    const CliRun result = daily();
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_TRUE(result.stdoutIsOneJsonObject);
    const QJsonObject& json = result.json;
    EXPECT_EQ(json.value(QStringLiteral("report")).toString(), QStringLiteral("daily"));
    EXPECT_EQ(json.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-01"));
    const QJsonArray cases = json.value(QStringLiteral("cases")).toArray();
    ASSERT_EQ(cases.size(), 7); // six of the history, and the applicant's
    for (const QJsonValue& value : cases) {
        const QJsonObject row = value.toObject();
        EXPECT_FALSE(row.value(QStringLiteral("reference")).toString().isEmpty());
        EXPECT_TRUE(row.value(QStringLiteral("clerk")).isString()); // the login only
        EXPECT_TRUE(row.contains(QStringLiteral("duration_seconds")));
        EXPECT_FALSE(row.contains(QStringLiteral("name")));
    }
    EXPECT_TRUE(json.value(QStringLiteral("flags")).isArray());
    const QJsonObject figures = json.value(QStringLiteral("figures")).toObject();
    EXPECT_EQ(figures.value(QStringLiteral("cases")).toInt(), 7);
    EXPECT_EQ(figures.value(QStringLiteral("by_hour")).toArray().size(), 24);
    EXPECT_TRUE(json.value(QStringLiteral("sign_offs")).toArray().isEmpty());
    const QJsonObject audit = json.value(QStringLiteral("audit")).toObject();
    EXPECT_TRUE(audit.value(QStringLiteral("holds")).toBool());
    EXPECT_EQ(audit.value(QStringLiteral("head_hash")).toString().size(), 64);
    // Checked from the day's first event to the head: the history starts on that day.
    EXPECT_EQ(audit.value(QStringLiteral("from_sequence")).toInteger(), 1);
    EXPECT_EQ(audit.value(QStringLiteral("events")).toInteger(),
              audit.value(QStringLiteral("head_sequence")).toInteger());
    EXPECT_FALSE(result.out.contains(kApplicantName.toUtf8()));

    const CliRun nextDay = run({QStringLiteral("report"), QStringLiteral("daily"),
                                QStringLiteral("--date"), QStringLiteral("2026-04-02")});
    ASSERT_EQ(nextDay.exitCode, 0) << nextDay.err.toStdString();
    const QJsonObject fromTheNextDay = nextDay.json.value(QStringLiteral("audit")).toObject();
    const qint64 from = fromTheNextDay.value(QStringLiteral("from_sequence")).toInteger();
    EXPECT_GT(from, 1);
    EXPECT_TRUE(fromTheNextDay.value(QStringLiteral("holds")).toBool());
    EXPECT_EQ(fromTheNextDay.value(QStringLiteral("events")).toInteger(),
              fromTheNextDay.value(QStringLiteral("head_sequence")).toInteger() - from + 1);
}

TEST_F(ReportCli, DailyCsvIsUtf8WithBomAndCrlfWithoutNames) {
    const CliRun result = daily(QStringLiteral("csv"));
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_GE(result.out.size(), 3);
    EXPECT_EQ(result.out.left(3), QByteArray("\xEF\xBB\xBF"));
    int lineEnds = 0;
    for (qsizetype i = 0; i < result.out.size(); ++i) {
        if (result.out.at(i) == '\n') {
            ++lineEnds;
            ASSERT_GT(i, 0);
            EXPECT_EQ(result.out.at(i - 1), '\r') << "line end at byte " << i;
        }
    }
    EXPECT_GT(lineEnds, 20);
    EXPECT_TRUE(result.out.endsWith("\r\n"));
    const QList<QByteArray> lines = result.out.split('\n');
    const auto header = std::find_if(lines.begin(), lines.end(), [](const QByteArray& line) {
        return line.startsWith("reference,");
    });
    ASSERT_NE(header, lines.end());
    EXPECT_FALSE(header->split(',').contains("name"));
    EXPECT_TRUE(result.out.contains(applicantCase.reference.toUtf8()));
    EXPECT_FALSE(result.out.contains(kApplicantName.toUtf8()));
    EXPECT_TRUE(result.out.contains("\r\naudit_from_sequence,"));
}

TEST_F(ReportCli, EveryExportIsRecordedWithoutStaff) {
    ASSERT_EQ(daily(QStringLiteral("csv")).exitCode, 0);
    ASSERT_EQ(daily().exitCode, 0);
    const std::vector<CaseEvent> recorded = exports();
    ASSERT_EQ(recorded.size(), 2u);
    EXPECT_FALSE(recorded.front().staff.has_value());
    EXPECT_FALSE(recorded.front().caseId.has_value());
    EXPECT_EQ(recorded.front().payload.value(QStringLiteral("format")).toString(),
              QStringLiteral("csv"));
    EXPECT_EQ(recorded.front().payload.value(QStringLiteral("day")).toString(),
              QStringLiteral("2026-04-01"));
    EXPECT_EQ(recorded.back().payload.value(QStringLiteral("format")).toString(),
              QStringLiteral("json"));
    for (const CaseEvent& event : recorded) {
        EXPECT_TRUE(event.payload.value(QStringLiteral("succeeded")).toBool());
        EXPECT_FALSE(event.payload.contains(QStringLiteral("reason")));
    }
    auto store = valueOrThrow(CaseStore::open(path));
    EXPECT_TRUE(valueOrThrow(store.verifyChain()).holds());
}

TEST_F(ReportCli, TheSignOffIsReportedWithItsSupervisor) {
    {
        auto store = valueOrThrow(CaseStore::open(path));
        // Signed off the morning after the history's last day, as a supervisor may.
        const StaffAccount supervisor = addStaff(
            store, QStringLiteral("kanri"), StaffRole::Supervisor, japanTime(2026, 4, 3, 8, 30));
        NewSignOff signOff{date(2026, 4, 1),
                           QStringLiteral("1"),
                           supervisor.id,
                           japanTime(2026, 4, 3, 8, 45),
                           QStringLiteral("異常なし"),
                           {{applicantCase.id, QStringLiteral("翌日再来庁")}}};
        valueOrThrow(store.write([&](CaseWriter& writer) { return writer.signOffDay(signOff); }));
    }
    const CliRun result =
        run({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
             QStringLiteral("2026-04-01"), QStringLiteral("--counter"), QStringLiteral("1")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    const QJsonArray signOffs = result.json.value(QStringLiteral("sign_offs")).toArray();
    ASSERT_EQ(signOffs.size(), 1);
    const QJsonObject signOff = signOffs.first().toObject();
    EXPECT_EQ(signOff.value(QStringLiteral("supervisor")).toObject().value(QStringLiteral("login")),
              QStringLiteral("kanri"));
    EXPECT_EQ(signOff.value(QStringLiteral("signed_at")).toString(),
              QStringLiteral("2026-04-03T08:45:00.000+09:00"));
    const QJsonArray acknowledged = signOff.value(QStringLiteral("acknowledgements")).toArray();
    ASSERT_EQ(acknowledged.size(), 1);
    EXPECT_EQ(acknowledged.first().toObject().value(QStringLiteral("reference")).toString(),
              applicantCase.reference);
    for (const QJsonValue& row : result.json.value(QStringLiteral("cases")).toArray()) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("counter")).toString(), QStringLiteral("1"));
    }
}

TEST_F(ReportCli, RangeGivesFiguresAndEachDay) {
    const CliRun result =
        run({QStringLiteral("report"), QStringLiteral("range"), QStringLiteral("--from"),
             QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-04-03")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_TRUE(result.stdoutIsOneJsonObject);
    const QJsonArray days = result.json.value(QStringLiteral("days")).toArray();
    ASSERT_EQ(days.size(), 3);
    EXPECT_EQ(days.at(0).toObject().value(QStringLiteral("date")).toString(),
              QStringLiteral("2026-04-01"));
    const QJsonObject figures = result.json.value(QStringLiteral("figures")).toObject();
    EXPECT_EQ(figures.value(QStringLiteral("cases")).toInt(), 13); // 6 + 6 + the applicant's
    EXPECT_EQ(result.json.value(QStringLiteral("audit"))
                  .toObject()
                  .value(QStringLiteral("head_hash"))
                  .toString()
                  .size(),
              64);

    const CliRun csv =
        run({QStringLiteral("report"), QStringLiteral("range"), QStringLiteral("--from"),
             QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-04-03"),
             QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(csv.out.contains("2026-04-02,"));
    EXPECT_EQ(exports().size(), 2u);
}

TEST_F(ReportCli, OutWritesTheFileAndSaysSo) {
    const QString out = folder.file(QStringLiteral("daily.csv"));
    const CliRun result =
        run({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
             QStringLiteral("2026-04-01"), QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), out, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_TRUE(result.stdoutIsOneJsonObject);
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(result.json.value(QStringLiteral("bytes")).toInteger(), bytes.size());
    EXPECT_EQ(exports().front().payload.value(QStringLiteral("destination")).toString(),
              QStringLiteral("file"));
    EXPECT_TRUE(exports().front().payload.value(QStringLiteral("succeeded")).toBool());
    // The report's rows hold applicants' cases: the owner's only.
    EXPECT_EQ(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
    for (const QString& name : folderEntries(folder.path())) {
        EXPECT_FALSE(name.startsWith(QLatin1Char('.')))
            << "a temporary file left: " << name.toStdString();
    }
}

// A link planted in a shared report folder, pointing at a file the supervisor may write (here a
// stand-in for the case database): the export is refused and the file kept as it was.
TEST_F(ReportCli, OutNeverWritesThroughALinkToAFile) {
    const QString victim = folder.file(QStringLiteral("victim.sqlite3"));
    {
        QFile file(victim);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("kept as it was");
    }
    const QString out = folder.file(QStringLiteral("planted.csv"));
    ASSERT_TRUE(QFile::link(victim, out));
    const CliRun result = dailyTo(out);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(QStringLiteral("シンボリックリンク")))
        << result.err.toStdString();
    EXPECT_EQ(fileBytes(victim), QByteArray("kept as it was"));
    EXPECT_TRUE(QFileInfo(out).isSymLink());
    expectOneFailedExport("not-a-regular-file");
}

TEST_F(ReportCli, OutNeverFollowsADanglingLink) {
    const QString elsewhere = folder.file(QStringLiteral("elsewhere.json"));
    const QString out = folder.file(QStringLiteral("planted.json"));
    ASSERT_TRUE(QFile::link(elsewhere, out));
    const CliRun result = dailyTo(out, QStringLiteral("json"));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(elsewhere));
    EXPECT_TRUE(QFileInfo(out).isSymLink());
    expectOneFailedExport("not-a-regular-file");
}

// A device node (here one for the null device, in the test's own folder) and a FIFO: refused at
// once, and left what they were.
TEST_F(ReportCli, OutNeverWritesOverADeviceOrAFifo) {
    const QString device = folder.file(QStringLiteral("null-device"));
    ASSERT_EQ(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
    const CliRun onDevice = dailyTo(device);
    EXPECT_EQ(onDevice.exitCode, 2);
    EXPECT_FALSE(onDevice.err.isEmpty());
    struct stat found {};
    ASSERT_EQ(::lstat(QFile::encodeName(device).constData(), &found), 0);
    EXPECT_TRUE(S_ISCHR(found.st_mode));

    const QString fifo = folder.file(QStringLiteral("fifo"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0666), 0);
    const CliRun onFifo = dailyTo(fifo);
    EXPECT_EQ(onFifo.exitCode, 2);
    EXPECT_FALSE(onFifo.err.isEmpty());
    ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &found), 0);
    EXPECT_TRUE(S_ISFIFO(found.st_mode));
    EXPECT_EQ(exports().size(), 2u);
}

TEST_F(ReportCli, OutNeverReplacesAnExistingFile) {
    const QString out = folder.file(QStringLiteral("day.csv"));
    {
        QFile file(out);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("yesterday's export");
    }
    const CliRun result = dailyTo(out);
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_EQ(fileBytes(out), QByteArray("yesterday's export"));
    expectOneFailedExport("file-exists");
}

// The disk fills up while the report is written: a failure (exit 2), recorded as one, and
// nothing left under the name nor beside it.
TEST_F(ReportCli, AFullDiskFailsTheExportAndLeavesNothing) {
    const QString full = folder.file(QStringLiteral("full"));
    ASSERT_TRUE(QDir().mkdir(full));
    const QString listing = folder.file(QStringLiteral("listing.txt"));
    const CliRun result = runCliOnAFullDisk(
        full, listing,
        {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
         QStringLiteral("2026-04-01"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), full + QStringLiteral("/day.csv"), QStringLiteral("--db"), path});
    ASSERT_NE(result.exitCode, 97) << "no tmpfs could be mounted: " << result.err.toStdString();
    EXPECT_EQ(result.exitCode, 2) << result.out.toStdString();
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(QString::fromUtf8(result.err).contains(QStringLiteral("ディスクがいっぱい")))
        << result.err.toStdString();
    EXPECT_EQ(fileBytes(listing), QByteArray("filler\n"));
    expectOneFailedExport("disk-full");
}

// An auditor's read-only copy: the report still answers on standard output and says that it was
// not recorded; a file is not written, since it could not be recorded.
TEST_F(ReportCli, AReadOnlyDatabaseAnswersOnStandardOutputOnly) {
    const QString copy = readOnlyCopy(path, folder.file(QStringLiteral("audit")));
    const QByteArray before = fileBytes(copy);
    const CliRun daily =
        runCliAsNobody({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                        QStringLiteral("2026-04-01"), QStringLiteral("--db"), copy});
    ASSERT_EQ(daily.exitCode, 0) << daily.err.toStdString();
    EXPECT_TRUE(daily.stdoutIsOneJsonObject);
    EXPECT_TRUE(QString::fromUtf8(daily.err).contains(QStringLiteral("記録されません")))
        << daily.err.toStdString();
    const CliRun range = runCliAsNobody({QStringLiteral("report"), QStringLiteral("range"),
                                         QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                         QStringLiteral("--to"), QStringLiteral("2026-04-03"),
                                         QStringLiteral("--json"), QStringLiteral("--db"), copy});
    ASSERT_EQ(range.exitCode, 0) << range.err.toStdString();
    EXPECT_EQ(range.json.value(QStringLiteral("days")).toArray().size(), 3);

    const QString open = folder.file(QStringLiteral("open"));
    ASSERT_TRUE(QDir().mkdir(open));
    ASSERT_EQ(::chmod(QFile::encodeName(open).constData(), 0777), 0);
    const CliRun toFile = runCliAsNobody(
        {QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
         QStringLiteral("2026-04-01"), QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--out"), open + QStringLiteral("/day.csv"), QStringLiteral("--db"), copy});
    EXPECT_EQ(toFile.exitCode, 2);
    EXPECT_TRUE(folderEntries(open).isEmpty());
    EXPECT_EQ(fileBytes(copy), before);
}

// jpki-counter-cli hands the PDF to jpki-counter-print; the answer, the file and the recorded
// export are as if it had written it itself.
TEST_F(ReportCli, DailyPdfIsWrittenThroughThePrintProgramAndRecorded) {
    const QString out = folder.file(QStringLiteral("daily.pdf"));
    const CliRun result =
        run({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
             QStringLiteral("2026-04-01"), QStringLiteral("--format=pdf"), QStringLiteral("--out"),
             out, QStringLiteral("--json")});
    ASSERT_EQ(result.exitCode, 0) << result.err.toStdString();
    ASSERT_TRUE(result.stdoutIsOneJsonObject) << result.out.toStdString();
    EXPECT_EQ(result.json.value(QStringLiteral("pdf")).toString(), out);
    EXPECT_FALSE(result.json.value(QStringLiteral("detailed")).toBool());
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    const auto recorded = exports();
    ASSERT_EQ(recorded.size(), 1u);
    const QJsonObject& payload = recorded.front().payload;
    EXPECT_EQ(payload.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    EXPECT_EQ(payload.value(QStringLiteral("destination")).toString(), QStringLiteral("file"));
    EXPECT_FALSE(payload.value(QStringLiteral("detailed")).toBool(true));
}

TEST_F(ReportCli, BadUsageIsRefusedAndRecordsNothing) {
    EXPECT_EQ(daily(QStringLiteral("pdf")).exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                   QStringLiteral("2026-02-30")})
                  .exitCode,
              2);
    EXPECT_EQ(
        run({QStringLiteral("report"), QStringLiteral("range"), QStringLiteral("--from"),
             QStringLiteral("2026-04-03"), QStringLiteral("--to"), QStringLiteral("2026-04-01")})
            .exitCode,
        2);
    EXPECT_TRUE(exports().empty());
}

TEST_F(ReportCli, AMissingDatabaseIsNotCreated) {
    const QString missing = folder.file(QStringLiteral("none.sqlite3"));
    const CliRun result =
        runCli({QStringLiteral("report"), QStringLiteral("daily"), QStringLiteral("--date"),
                QStringLiteral("2026-04-01"), QStringLiteral("--db"), missing});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_FALSE(QFile::exists(missing));
}

} // namespace
} // namespace jpki::storage
