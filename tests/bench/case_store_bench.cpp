// The case store at a large city's scale: a generated history (tests/storage/support), kept with
// its parameters beside it so that a second run reuses it. Measures the day's case log (the
// supervisor's list of a day), the day's event log, one case's events written as the engine
// writes them (one synchronous=FULL transaction per step), and writes the SQL of the same day
// query for the sqlite3 shell and the chain's canonical bytes (what `audit verify` hashes) for
// sha256sum, which scripts/bench then runs on the same file and bytes. Then the daily report as
// the product makes it (workflow::gatherDailyReport, its CSV and its printed PDF) of the history's
// most recent weekday, the day a supervisor reviews, the audit chain's walk in it (from that
// day's first event on) alone, and the report's other calls on all of the sampled days.
// Prints "BENCH key value" lines.
//
//   bench_case_store --db FILE [--years 10] [--cases 1200000] [--events-per-case 10]
//                    [--reports 5] [--pdfs 5]

#include "domain/municipality_profile.h"
#include "letters/report_document.h"
#include "reports/report_format.h"
#include "storage/audit_chain.h"
#include "storage/japan_time.h"
#include "storage/row_readers.h"
#include "support/store_fixture.h"
#include "support/synthetic_history.h"
#include "timed_child.h"
#include "workflow/day_figures.h"
#include "workflow/day_report.h"
#include "workflow/review_flags.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>
#include <sqlite3.h>
#include <sstream>
#include <string>
#include <vector>

using namespace jpki;
using namespace jpki::storage;
using Clock = std::chrono::steady_clock;
using jpki::bench::median;

namespace {

constexpr int kSampleDays = 25;
constexpr int kRepeats = 3;
constexpr int kWrittenCases = 20;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Options {
    std::string path;
    int years = 10;
    std::int64_t cases = 1200000;
    int eventsPerCase = 10;
    // Daily reports of the most recent weekday timed, and of those so many printed to PDF.
    int reports = 5;
    int pdfs = 5;
};

std::optional<Options> parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string name = argv[i];
        const std::string value = argv[i + 1];
        if (name == "--db") {
            options.path = value;
        } else if (name == "--years") {
            options.years = std::stoi(value);
        } else if (name == "--cases") {
            options.cases = std::stoll(value);
        } else if (name == "--events-per-case") {
            options.eventsPerCase = std::stoi(value);
        } else if (name == "--reports") {
            options.reports = std::stoi(value);
        } else if (name == "--pdfs") {
            options.pdfs = std::stoi(value);
        } else {
            return std::nullopt;
        }
    }
    if (options.path.empty() || options.years < 1 || options.cases < 1 ||
        options.eventsPerCase < 2 || options.reports < 1 || options.pdfs < 0 ||
        options.pdfs > options.reports) {
        return std::nullopt;
    }
    return options;
}

std::vector<domain::Date> weekdaysOfYears(domain::Date first, int years) {
    const domain::Date end{first.year() + std::chrono::years(years), first.month(), first.day()};
    std::vector<domain::Date> days;
    for (domain::Date day = first; day < end; day = domain::addDays(day, 1)) {
        if (domain::isoWeekday(day) <= 5) {
            days.push_back(day);
        }
    }
    return days;
}

std::string readText(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The generated file is kept when its recorded parameters are the ones asked for.
bool generateUnlessCached(const Options& options, const domain::Date& firstDay, int days,
                          int casesPerDay) {
    const std::string parameters =
        "synthetic-history v1 first=" + domain::formatIsoDate(firstDay) +
        " days=" + std::to_string(days) + " cases-per-day=" + std::to_string(casesPerDay) +
        " events-per-case=" + std::to_string(options.eventsPerCase) + " seed=1\n";
    const std::string marker = options.path + ".params";
    if (QFileInfo::exists(QString::fromStdString(options.path)) && readText(marker) == parameters) {
        std::printf("BENCH case_store.generated_now 0\n");
        return true;
    }
    for (const char* suffix : {"", "-wal", "-shm", ".params"}) {
        QFile::remove(QString::fromStdString(options.path + suffix));
    }
    std::fprintf(stderr, "bench_case_store: generating %d days x %d cases (a few minutes)...\n",
                 days, casesPerDay);
    auto store = testing::valueOrThrow(
        CaseStore::open(QString::fromStdString(options.path), OpenOptions::creating()));
    const auto start = Clock::now();
    const auto history = testing::valueOrThrow(testing::fillSyntheticHistory(
        store, {firstDay, days, casesPerDay, options.eventsPerCase, 4, 12, 1}));
    std::printf("BENCH case_store.generated_now 1\n");
    std::printf("BENCH case_store.generate_s %.1f\n", millisecondsSince(start) / 1000);
    std::ofstream(marker) << parameters;
    return history.cases > 0;
}

// The day query of CaseStore::casesOfDay (no counter, no clerk) with the day's values written in,
// for the sqlite3 shell.
std::string dayQueryText(const domain::Date& day) {
    const TimeRange range = japanDay(day);
    return "SELECT " + std::string(jpki::storage::detail::kCaseColumns) +
           " FROM cases c JOIN staff s ON s.id = c.opened_by WHERE c.id IN ("
           "SELECT id FROM cases WHERE opened_on = '" +
           domain::formatIsoDate(day) + "' UNION SELECT case_id FROM case_events WHERE at >= " +
           std::to_string(toUnixMilliseconds(range.begin)) + " AND at < " +
           std::to_string(toUnixMilliseconds(range.end)) +
           " AND case_id IS NOT NULL) ORDER BY c.opened_at, c.id;";
}

std::int64_t rowsOf(const std::string& path, const std::string& query) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* statement = nullptr;
    std::int64_t rows = -1;
    if (sqlite3_prepare_v2(db, query.c_str(), -1, &statement, nullptr) == SQLITE_OK) {
        rows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            ++rows;
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

// The most recent of the days with the most cases opened: the history's last weekday (every
// generated weekday has as many; the cases measureCaseWrites adds after it are fewer), the day
// a supervisor reviews at its end or the morning after. bench_gui_thread takes the same day.
domain::Date latestFullDay(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    std::optional<domain::Date> day;
    if (sqlite3_prepare_v2(db,
                           "SELECT opened_on FROM cases GROUP BY opened_on"
                           " ORDER BY COUNT(*) DESC, opened_on DESC LIMIT 1",
                           -1, &query, nullptr) == SQLITE_OK &&
        sqlite3_step(query) == SQLITE_ROW) {
        day = domain::parseIsoDate(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)));
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    if (!day) {
        throw std::runtime_error("no cases in " + path);
    }
    return *day;
}

void measureDayQueries(CaseStore& store, const Options& options,
                       const std::vector<domain::Date>& sample) {
    std::vector<double> caseLog;
    std::vector<double> eventLog;
    std::size_t cases = 0;
    std::size_t events = 0;
    std::ofstream script(options.path + ".day-query.sql");
    script << ".timer on\n.output /dev/null\n";
    for (const domain::Date& day : sample) {
        const auto first = testing::valueOrThrow(store.casesOfDay({day, {}, {}}));
        if (rowsOf(options.path, dayQueryText(day)) != std::int64_t(first.size())) {
            throw std::runtime_error("the shell's day query differs from casesOfDay");
        }
        for (int repeat = 0; repeat < kRepeats; ++repeat) {
            auto start = Clock::now();
            cases = testing::valueOrThrow(store.casesOfDay({day, {}, {}})).size();
            caseLog.push_back(millisecondsSince(start));
            start = Clock::now();
            events = testing::valueOrThrow(store.eventsOfDay(day)).size();
            eventLog.push_back(millisecondsSince(start));
            script << dayQueryText(day) << "\n";
        }
    }
    std::printf("BENCH case_store.day_query_cases %zu\n", cases);
    std::printf("BENCH case_store.day_query_ms %.3f\n", median(caseLog));
    std::printf("BENCH case_store.day_query_max_ms %.3f\n",
                *std::max_element(caseLog.begin(), caseLog.end()));
    std::printf("BENCH case_store.day_events_rows %zu\n", events);
    std::printf("BENCH case_store.day_events_ms %.3f\n", median(eventLog));
}

// A case as the engine writes it: opened, then one event per step, each step its own
// transaction committed with synchronous=FULL, the day after the history.
void measureCaseWrites(CaseStore& store, const Options& options, const domain::Date& day) {
    const StaffId clerk{1};
    std::vector<double> wholeCases;
    std::vector<double> commits;
    Timestamp at = japanDay(day).begin + std::chrono::hours(9);
    for (int i = 0; i < kWrittenCases; ++i) {
        const auto caseStart = Clock::now();
        auto opened = store.write([&](CaseWriter& writer) {
            return writer.openCase({domain::Procedure::Renewal, domain::RequestPath::Self,
                                    QStringLiteral("1"), clerk, at, QStringLiteral("reception"),
                                    std::nullopt});
        });
        commits.push_back(millisecondsSince(caseStart));
        const CaseId caseId = testing::valueOrThrow(std::move(opened)).id;
        for (int step = 1; step < options.eventsPerCase; ++step) {
            at += std::chrono::seconds(30);
            const auto commitStart = Clock::now();
            testing::valueOrThrow(store.write([&](CaseWriter& writer) {
                return writer.appendCaseEvent(
                    caseId,
                    {QStringLiteral("card-checked"), {{QStringLiteral("step"), step}}, clerk, at},
                    {QStringLiteral("card-check"), std::nullopt, false});
            }));
            commits.push_back(millisecondsSince(commitStart));
        }
        wholeCases.push_back(millisecondsSince(caseStart));
    }
    std::printf("BENCH case_store.case_write_events %d\n", options.eventsPerCase);
    std::printf("BENCH case_store.case_write_ms %.2f\n", median(wholeCases));
    std::printf("BENCH case_store.commit_ms %.2f\n", median(commits));
}

// The daily report of a whole day (every counter), as `jpki-counter-cli report daily` and the
// review window's export gather it, of the most recent full weekday (latestFullDay): a supervisor
// reviews today's or yesterday's work. "today" is the real today, so the day is over and its open
// cases are flagged. The report checks the chain from the day's first event on (R-FLAG-CHAIN):
// the day's events and those written after it (measureCaseWrites' cases, a few hundred a run).
void measureDailyReports(CaseStore& store, const Options& options,
                         const std::vector<domain::Date>& sample, const domain::Date& day) {
    const storage::Timestamp now = fromQDateTime(QDateTime::currentDateTimeUtc());
    const domain::Date today = japanDate(now);
    const QString municipality = QString::fromStdString(domain::minoCityProfile().name);
    QTemporaryDir folder;
    if (!folder.isValid()) {
        throw std::runtime_error("no temporary folder for the PDFs");
    }
    std::vector<double> reportTimes;
    std::vector<double> csvTimes;
    std::vector<double> pdfTimes;
    std::size_t cases = 0;
    std::size_t flags = 0;
    qint64 csvBytes = 0;
    qint64 pdfBytes = 0;
    int pdfPages = 0;
    std::int64_t chainFrom = 0;
    std::int64_t chainEvents = 0;
    for (int run = 0; run < options.reports; ++run) {
        const DayQuery query{day, {}, {}};
        const std::size_t expected = testing::valueOrThrow(store.casesOfDay(query)).size();
        auto start = Clock::now();
        const workflow::DailyReport report =
            testing::valueOrThrow(workflow::gatherDailyReport(store, query, today, now));
        reportTimes.push_back(millisecondsSince(start));
        // A bench must not time an empty answer: the day's cases, all of them, in the report.
        if (expected == 0 || report.cases.size() != expected || report.figures.cases == 0 ||
            !report.chain.holds()) {
            throw std::runtime_error("the daily report of " + domain::formatIsoDate(day) +
                                     " lacks the day's cases or its chain");
        }
        if (report.chain.firstSequence <= 1) {
            throw std::runtime_error("the daily report walked the whole chain, not from its day");
        }
        start = Clock::now();
        const QByteArray csv = reports::dailyReportCsv(report);
        csvTimes.push_back(millisecondsSince(start));
        if (!csv.contains(report.cases.front().reference.toUtf8()) ||
            !csv.contains(report.cases.back().reference.toUtf8())) {
            throw std::runtime_error("the daily report's CSV lacks the day's cases");
        }
        cases = report.cases.size();
        flags = report.flags.size();
        csvBytes = csv.size();
        chainFrom = report.chain.firstSequence;
        chainEvents = report.chain.eventsChecked;
        if (run < options.pdfs) {
            const QString path =
                folder.filePath(QStringLiteral("%1-%2.pdf")
                                    .arg(QString::fromStdString(domain::formatIsoDate(day)))
                                    .arg(run));
            start = Clock::now();
            auto written =
                letters::writePdf(letters::dailyReportDocument(report, municipality), path);
            pdfTimes.push_back(millisecondsSince(start));
            if (!written) {
                throw std::runtime_error("the daily report's PDF was not written");
            }
            QFile pdf(path);
            pdf.open(QIODevice::ReadOnly);
            const QByteArray bytes = pdf.readAll();
            pdfBytes = bytes.size();
            pdfPages = int(bytes.count("/Type /Page")) - int(bytes.count("/Type /Pages"));
            if (pdfBytes == 0) {
                throw std::runtime_error("the daily report's PDF is empty");
            }
        }
    }
    // The part the report spends on the chain from the day on (R-FLAG-CHAIN), on its own.
    std::vector<double> chainTimes;
    for (int repeat = 0; repeat < kRepeats; ++repeat) {
        const auto start = Clock::now();
        testing::valueOrThrow(store.verifyChainFromDay(day));
        chainTimes.push_back(millisecondsSince(start));
    }
    // And the rest: the calls gatherDailyReport makes besides the walk (the flags without the
    // chain, the cases, the figures, the sign-offs), cheap enough for every day of the spread.
    std::vector<double> dayPartTimes;
    workflow::FlagSettings withoutChain;
    withoutChain.checkChain = false;
    for (const domain::Date& sampled : sample) {
        const DayQuery query{sampled, {}, {}};
        for (int repeat = 0; repeat < kRepeats; ++repeat) {
            const auto start = Clock::now();
            const auto flagged =
                testing::valueOrThrow(workflow::computeFlags(store, query, today, withoutChain));
            const auto ofDay = testing::valueOrThrow(store.casesOfDay(query));
            std::vector<storage::CaseSummary> opened;
            std::copy_if(
                ofDay.begin(), ofDay.end(), std::back_inserter(opened),
                [&](const storage::CaseSummary& summary) { return summary.openedOn == sampled; });
            const workflow::DayFigures dayFigures = workflow::figuresOf(opened, sampled, sampled);
            testing::valueOrThrow(store.signOffsOfDay(sampled));
            dayPartTimes.push_back(millisecondsSince(start));
            if (dayFigures.cases == 0) {
                throw std::runtime_error("no figures for " + domain::formatIsoDate(sampled));
            }
        }
    }
    std::printf("BENCH case_store.daily_report_day %s\n", domain::formatIsoDate(day).c_str());
    std::printf("BENCH case_store.daily_report_runs %zu\n", reportTimes.size());
    std::printf("BENCH case_store.daily_report_cases %zu\n", cases);
    std::printf("BENCH case_store.daily_report_flags %zu\n", flags);
    std::printf("BENCH case_store.daily_report_ms %.1f\n", median(reportTimes));
    std::printf("BENCH case_store.daily_report_max_ms %.1f\n",
                *std::max_element(reportTimes.begin(), reportTimes.end()));
    std::printf("BENCH case_store.daily_report_chain_ms %.1f\n", median(chainTimes));
    std::printf("BENCH case_store.daily_report_chain_from %lld\n",
                static_cast<long long>(chainFrom));
    std::printf("BENCH case_store.daily_report_chain_events %lld\n",
                static_cast<long long>(chainEvents));
    std::printf("BENCH case_store.daily_report_without_chain_ms %.1f\n", median(dayPartTimes));
    std::printf("BENCH case_store.daily_report_without_chain_max_ms %.1f\n",
                *std::max_element(dayPartTimes.begin(), dayPartTimes.end()));
    std::printf("BENCH case_store.daily_report_csv_ms %.3f\n", median(csvTimes));
    std::printf("BENCH case_store.daily_report_csv_max_ms %.3f\n",
                *std::max_element(csvTimes.begin(), csvTimes.end()));
    std::printf("BENCH case_store.daily_report_csv_kb %.0f\n", double(csvBytes) / 1024);
    if (!pdfTimes.empty()) {
        std::printf("BENCH case_store.daily_report_pdfs %zu\n", pdfTimes.size());
        std::printf("BENCH case_store.daily_report_pdf_ms %.1f\n", median(pdfTimes));
        std::printf("BENCH case_store.daily_report_pdf_max_ms %.1f\n",
                    *std::max_element(pdfTimes.begin(), pdfTimes.end()));
        std::printf("BENCH case_store.daily_report_pdf_kb %.0f\n", double(pdfBytes) / 1024);
        std::printf("BENCH case_store.daily_report_pdf_pages %d\n", pdfPages);
    }
}

// The canonical encoding of every row, as the audit walk hashes it, into one file.
void writeChainBytes(const Options& options) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(options.path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* walk = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT seq, case_id, staff_id, at, event_type, payload, prev_hash FROM"
                       " case_events ORDER BY seq",
                       -1, &walk, nullptr);
    std::ofstream out(options.path + ".chain-bytes", std::ios::binary | std::ios::trunc);
    std::string slice;
    std::int64_t rows = 0;
    std::int64_t bytes = 0;
    while (sqlite3_step(walk) == SQLITE_ROW) {
        ChainRow row;
        row.sequence = sqlite3_column_int64(walk, 0);
        if (sqlite3_column_type(walk, 1) != SQLITE_NULL) {
            row.caseId = sqlite3_column_int64(walk, 1);
        }
        if (sqlite3_column_type(walk, 2) != SQLITE_NULL) {
            row.staffId = sqlite3_column_int64(walk, 2);
        }
        row.atMilliseconds = sqlite3_column_int64(walk, 3);
        row.type = {reinterpret_cast<const char*>(sqlite3_column_text(walk, 4)),
                    std::size_t(sqlite3_column_bytes(walk, 4))};
        row.payload = {reinterpret_cast<const char*>(sqlite3_column_text(walk, 5)),
                       std::size_t(sqlite3_column_bytes(walk, 5))};
        Digest previous{};
        std::memcpy(previous.data(), sqlite3_column_blob(walk, 6), previous.size());
        encodeChainRow(previous, row, slice);
        if (slice.size() > (std::size_t(16) << 20)) {
            out.write(slice.data(), std::streamsize(slice.size()));
            bytes += std::int64_t(slice.size());
            slice.clear();
        }
        ++rows;
    }
    out.write(slice.data(), std::streamsize(slice.size()));
    bytes += std::int64_t(slice.size());
    sqlite3_finalize(walk);
    sqlite3_close(db);
    std::printf("BENCH case_store.chain_rows %lld\n", static_cast<long long>(rows));
    std::printf("BENCH case_store.chain_bytes %lld\n", static_cast<long long>(bytes));
}

} // namespace

int main(int argc, char** argv) {
    // The printed daily report lays its text out with the fonts: a GUI application, offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);
    const auto options = parse(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: bench_case_store --db FILE [--years N] [--cases N]"
                             " [--events-per-case K] [--reports N] [--pdfs N]\n");
        return 2;
    }
    const domain::Date firstDay = testing::date(2016, 1, 4);
    const std::vector<domain::Date> days = weekdaysOfYears(firstDay, options->years);
    const int casesPerDay = static_cast<int>((options->cases + std::int64_t(days.size()) - 1) /
                                             std::int64_t(days.size()));
    try {
        if (!generateUnlessCached(*options, firstDay, int(days.size()), casesPerDay)) {
            return 1;
        }
        auto store = testing::valueOrThrow(
            CaseStore::open(QString::fromStdString(options->path), OpenOptions::creating()));
        std::printf("BENCH case_store.days %zu\n", days.size());
        std::printf("BENCH case_store.cases %lld\n",
                    static_cast<long long>(casesPerDay) * static_cast<long long>(days.size()));
        std::printf("BENCH case_store.db_mb %.0f\n",
                    double(QFileInfo(QString::fromStdString(options->path)).size()) / 1e6);
        std::vector<domain::Date> sample;
        for (int i = 0; i < kSampleDays; ++i) {
            sample.push_back(days[(days.size() - 1) * std::size_t(i) / (kSampleDays - 1)]);
        }
        measureDayQueries(store, *options, sample);
        measureCaseWrites(store, *options, domain::addDays(days.back(), 3));
        std::fflush(stdout);
        writeChainBytes(*options);
        std::fflush(stdout);
        measureDailyReports(store, *options, sample, latestFullDay(options->path));
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_case_store: %s\n", error.what());
        return 1;
    }
    return 0;
}
