// How long the GUI thread's event loop is kept from running while the counter works: a QTimer
// every 5 ms (Qt::PreciseTimer) on the GUI thread measures its own lateness with QElapsedTimer,
// and the thread's CPU time between two ticks, to tell the window's own work from the machine's
// other processes.
//
// - A whole renewal through the counter window: the case wizard driven through its widgets, as
//   the GUI integration tests do (tests/integration/gui/counter_driver.*, whose sources this
//   executable compiles in), against a private pcscd, the vpcd driver and jpki-card-sim
//   ("expiring"); a short pause after each of the clerk's actions.
// - With --db, the supervisor's review window opening the most recent full weekday of the city
//   database that bench_case_store keeps (a supervisor account "bench-supervisor" is added to it
//   once): the day a supervisor reviews, at its end or the morning after.
//
// The driver waits here in an event loop polled by a timer, never in QTest::qWaitFor, which
// sleeps up to 10 ms between polls and would count its own sleep as the window's lateness.
// Prints "BENCH key value" lines after the runs; the exit status is GoogleTest's.
//
//   bench_gui_thread [--renewals 3] [--db FILE] [GoogleTest flags]

#include "counter_driver.h"
#include "gui/case_list_model.h"
#include "gui/review_window.h"
#include "pcsc_namespace.h"
#include "simulator/profiles.h"
#include "storage/japan_time.h"
#include "storage/password_hash.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <gtest/gtest.h>
#include <iostream>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace jpki::test {
namespace {

using namespace std::chrono_literals;
using gui::CasePage;

constexpr int kTickMilliseconds = 5;
// Blocks this long are listed on standard error with what the window was doing.
constexpr double kReportedLateness = 15;
// The driver's pause after each of the clerk's actions, so that each action's work is measured on
// its own, as at a counter, where a person's hands leave the loop time between two actions.
constexpr auto kClerkPause = std::chrono::milliseconds(10);

struct BenchOptions {
    int renewals = 3;
    std::string database; // empty: no review run
};

BenchOptions& benchOptions() {
    static BenchOptions options;
    return options;
}

// The calling thread's CPU time, in milliseconds.
double threadCpuMilliseconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Lateness of a precise 5 ms timer on the GUI thread: each tick's distance from the previous one
// beyond the interval is time the event loop could not run. The GUI thread's CPU time between two
// ticks tells the window's own work from the time the machine gave to other processes.
class LatenessMonitor {
public:
    LatenessMonitor() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kTickMilliseconds);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start(std::function<QString()> where = {}) {
        m_where = std::move(where);
        m_samples.clear();
        m_worst = 0;
        m_worstWhere.clear();
        m_busiest = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMilliseconds();
        m_timer.start();
    }
    // The run's wall time, in milliseconds.
    double stop() {
        m_timer.stop();
        return double(m_clock.nsecsElapsed()) / 1e6;
    }

    const std::vector<double>& samples() const { return m_samples; }
    double worst() const { return m_worst; }
    // The most CPU time the GUI thread spent between two ticks: its longest stretch of own work.
    double busiest() const { return m_busiest; }
    // When the worst lateness ended (ms into the run) and what the window showed then.
    const QString& worstWhere() const { return m_worstWhere; }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        const double late = std::max(0.0, double(now - m_last) / 1e6 - kTickMilliseconds);
        const double cpuNow = threadCpuMilliseconds();
        const double cpu = cpuNow - m_lastCpu;
        m_last = now;
        m_lastCpu = cpuNow;
        m_samples.push_back(late);
        m_busiest = std::max(m_busiest, cpu);
        if (late >= kReportedLateness) {
            std::cerr << "bench_gui_thread:   late " << late << " ms (GUI thread's CPU " << cpu
                      << " ms) at " << double(now) / 1e6 << " ms, "
                      << (m_where ? m_where() : QString()).toStdString() << "\n";
        }
        if (late > m_worst) {
            m_worst = late;
            m_worstWhere = QStringLiteral("%1 ms in (GUI thread's CPU %2 ms), %3")
                               .arg(double(now) / 1e6, 0, 'f', 0)
                               .arg(cpu, 0, 'f', 1)
                               .arg(m_where ? m_where() : QString());
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    double m_busiest = 0;
    std::vector<double> m_samples;
    double m_worst = 0;
    QString m_worstWhere;
    std::function<QString()> m_where;
};

// What the runs measured, printed once they are all done.
struct Figures {
    std::vector<double> renewalSamples;
    std::vector<double> renewalWorst; // one a renewal
    std::vector<double> renewalBusiest;
    std::vector<double> renewalWall;
    int clerkActions = 0;
    std::vector<double> reviewSamples;
    double reviewWorst = -1;
    double reviewBusiest = 0;
    double reviewWall = 0;
    double reviewLoad = 0;
    int reviewCases = 0;
    int reviewFlags = 0;
};

Figures& figures() {
    static Figures all;
    return all;
}

double percentile(std::vector<double> values, double fraction) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(fraction * double(values.size() - 1) + 0.5);
    return values[std::min(rank, values.size() - 1)];
}

// Runs the event loop until `done` holds or the time is up, polling every millisecond from a
// timer: the loop never sleeps outside its own waiting for events.
bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout) {
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(static_cast<int>(timeout.count()));
    loop.exec();
    return done();
}

// --- the renewal --------------------------------------------------------------------------------

class RenewalRun : public CounterTest {
public:
    void TestBody() override {
        ASSERT_NO_FATAL_FAILURE(openCounter("expiring"));
        LatenessMonitor monitor;
        monitor.start([this] {
            gui::CaseWizard* open = window().caseWizard();
            const QString page =
                open ? QStringLiteral("wizard page %1%2")
                           .arg(open->currentId())
                           .arg(open->busy() ? QStringLiteral(", job under way") : QString())
                     : QStringLiteral("no wizard");
            return m_action + QStringLiteral(" (") + page + QLatin1Char(')');
        });
        ASSERT_NO_FATAL_FAILURE(renew());
        const double wall = monitor.stop();
        Figures& all = figures();
        all.renewalSamples.insert(all.renewalSamples.end(), monitor.samples().begin(),
                                  monitor.samples().end());
        all.renewalWorst.push_back(monitor.worst());
        all.renewalBusiest.push_back(monitor.busiest());
        all.renewalWall.push_back(wall);
        all.clerkActions = m_actions;
        std::cerr << "bench_gui_thread: renewal " << all.renewalWall.size() << ": " << wall
                  << " ms (" << m_actions << " actions), " << monitor.samples().size()
                  << " ticks, worst late " << monitor.worst() << " ms at "
                  << monitor.worstWhere().toStdString() << "\n";
    }

private:
    // After one of the clerk's actions: names it for the lateness it causes, and lets the loop
    // run for the clerk's pause.
    void did(const char* action) {
        m_action = QString::fromLatin1(action);
        ++m_actions;
        waitUntil([] { return false; }, kClerkPause);
    }

    bool reach(CasePage wanted, std::chrono::milliseconds timeout = 20s) {
        return waitUntil(
            [&] {
                gui::CaseWizard* open = window().caseWizard();
                return open != nullptr && !open->busy() &&
                       open->currentId() == static_cast<int>(wanted);
            },
            timeout);
    }

    // From Ctrl+N to the case closed in the lists, as a clerk renews both certificates of the
    // holder in person (the integration test's renewal, without its screenshots).
    void renew() {
        window().startNewCase();
        did("new case");
        ASSERT_TRUE(reach(CasePage::Procedure));
        setChecked("renewalRadio");
        did("renewal chosen");
        next();
        did("next on the procedure page");
        ASSERT_TRUE(reach(CasePage::Applicant)) << text("messageLabel").toStdString();
        const sim::Profile profile = *sim::makeProfile("expiring", stack().today());
        typeInto("nameEdit", QString::fromStdString(profile.holder.name));
        did("name typed");
        typeInto("kanaEdit", QString::fromStdString(profile.holder.nameKana));
        did("kana typed");
        typeInto("addressEdit", QString::fromStdString(profile.holder.address));
        did("address typed");
        auto* birth = wizard().findChild<QDateEdit*>(QStringLiteral("birthDateEdit"));
        auto* expires = wizard().findChild<QDateEdit*>(QStringLiteral("cardExpiresEdit"));
        ASSERT_TRUE(birth && expires);
        birth->setDate(qDate(profile.holder.birthDate));
        did("birth date set");
        expires->setDate(qDate(profile.cardExpires));
        did("card expiry set");
        next();
        did("next on the applicant page");
        ASSERT_TRUE(reach(CasePage::Documents)) << text("messageLabel").toStdString();
        for (const char* check :
             {"applicantCardCheck", "expiryNoticeCheck", "pinsKnownCheck", "formSignedCheck"}) {
            setChecked(check);
            did("a document ticked");
        }
        next();
        did("next on the documents page");
        ASSERT_TRUE(reach(CasePage::CardCheck)) << text("messageLabel").toStdString();
        next();
        did("next on the card check page");
        ASSERT_TRUE(reach(CasePage::Operation)) << text("messageLabel").toStdString();
        next(); // Next asks for the PINs as the button does
        did("next on the operation page");
        auto* operation =
            dynamic_cast<gui::OperationPage*>(wizard().page(static_cast<int>(CasePage::Operation)));
        ASSERT_NE(operation, nullptr);
        for (int asked = 0; asked < 2; ++asked) {
            if (!waitUntil([&] { return dialogShown(*operation); }, 3s)) {
                break;
            }
            const bool signature =
                operation->pinDialog()->request().pin == domain::PinKind::Signature;
            ASSERT_TRUE(answerPinDialog(
                QString::fromLatin1(signature ? sim::default_pins::signature.data()
                                              : sim::default_pins::authentication.data())));
            did("PIN typed and confirmed");
        }
        ASSERT_TRUE(reach(CasePage::Result, 60s)) << text("messageLabel").toStdString();
        m_action = QStringLiteral("result shown");
        ASSERT_EQ(caseFile().step, workflow::Step::Completed);
        ASSERT_FALSE(caseFile().renewals.empty());
        for (const workflow::CertificateRenewal& renewal : caseFile().renewals) {
            ASSERT_EQ(renewal.stage, workflow::RenewalStage::Done);
        }
        next();
        did("finish");
        ASSERT_TRUE(waitUntil([&] { return window().caseWizard() == nullptr; }, 5s));
        ASSERT_TRUE(waitUntil([&] { return window().todayModel().rowCount() > 0; }, 5s));
    }

    static bool dialogShown(gui::OperationPage& operation) {
        return operation.pinDialog() != nullptr && operation.pinDialog()->isVisible();
    }

    static QDate qDate(const domain::Date& date) {
        return QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day())));
    }

    QString m_action = QStringLiteral("start");
    int m_actions = 0;
};

// --- the review window on the city database -----------------------------------------------------

// The most recent of the days with the most cases opened, and how many: the history's last
// weekday (every generated weekday has as many; bench_case_store's written cases after it are
// fewer). bench_case_store times its daily report on the same day.
std::pair<domain::Date, int> latestFullDay(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    std::pair<domain::Date, int> latest{};
    if (sqlite3_prepare_v2(db,
                           "SELECT opened_on, COUNT(*) FROM cases GROUP BY opened_on"
                           " ORDER BY 2 DESC, 1 DESC LIMIT 1",
                           -1, &query, nullptr) == SQLITE_OK &&
        sqlite3_step(query) == SQLITE_ROW) {
        const std::string day = reinterpret_cast<const char*>(sqlite3_column_text(query, 0));
        if (auto parsed = domain::parseIsoDate(day)) {
            latest = {*parsed, sqlite3_column_int(query, 1)};
        }
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    return latest;
}

// The review needs a supervisor's account in the store (the workflow checks it on every load);
// the generated history has clerks only. Its password is random and thrown away.
std::optional<workflow::Session> benchSupervisor(const QString& path) {
    auto store = storage::CaseStore::open(path, storage::OpenOptions::creating());
    if (!store) {
        return std::nullopt;
    }
    const QString login = QStringLiteral("bench-supervisor");
    auto found = store->findStaffByLogin(login);
    if (!found) {
        auto hash = storage::hashPassword(QUuid::createUuid().toString().toStdString(),
                                          storage::ScryptParameters{10, 8, 1});
        if (!hash) {
            return std::nullopt;
        }
        auto created = store->write([&](storage::CaseWriter& writer) {
            return writer.createStaff(
                {login, QStringLiteral("ベンチ 責任者"), storage::StaffRole::Supervisor, *hash},
                std::nullopt, storage::fromQDateTime(QDateTime::currentDateTimeUtc()));
        });
        if (!created) {
            return std::nullopt;
        }
        found = std::move(created);
    }
    return workflow::Session{found->id, found->login, found->displayName, found->role};
}

class ReviewRun : public ::testing::Test {
public:
    void TestBody() override {
        const std::string& path = benchOptions().database;
        const auto [day, opened] = latestFullDay(path);
        ASSERT_GT(opened, 0) << "no cases in " << path;
        const auto session = benchSupervisor(QString::fromStdString(path));
        ASSERT_TRUE(session) << "no supervisor's account in " << path;
        QTemporaryDir folder;
        ASSERT_TRUE(folder.isValid());
        // The supervisor reviews the day on the day after, so the day is over (its open cases
        // flagged), as DayReview sees it with the worker's clock.
        FixedClock clock(domain::addDays(day, 1));
        gui::CaseWorkerSettings settings;
        settings.databasePath = QString::fromStdString(path);
        settings.authorityDirectory =
            std::filesystem::path(folder.filePath(QStringLiteral("authority")).toStdString());
        gui::CaseWorker worker(clock, settings);
        QSignalSpy opening(&worker, &gui::CaseWorker::opened);
        worker.start();
        ASSERT_TRUE(waitUntil([&] { return !opening.isEmpty(); }, 60s));
        ASSERT_TRUE(opening.front().front().toString().isEmpty())
            << opening.front().front().toString().toStdString();

        LatenessMonitor monitor;
        std::unique_ptr<gui::ReviewWindow> window;
        bool shown = false;
        monitor.start([&] {
            return shown ? QStringLiteral("the day shown") : QStringLiteral("loading the day");
        });
        QElapsedTimer loading;
        loading.start();
        // Every counter, as the supervisor's report of the whole day.
        window =
            std::make_unique<gui::ReviewWindow>(*session, worker, gui::ReviewWindowSettings{}, day);
        QObject::connect(window.get(), &gui::ReviewWindow::dayShown, window.get(),
                         [&] { shown = true; });
        window->resize(1366, 768);
        window->show();
        ASSERT_TRUE(waitUntil([&] { return shown; }, 180s)) << "the day was never shown";
        const double load = double(loading.nsecsElapsed()) / 1e6;
        // The repaint of the filled window comes after the signal: keep watching a little.
        waitUntil([] { return false; }, 300ms);
        const double wall = monitor.stop();
        EXPECT_TRUE(window->messageText().isEmpty()) << window->messageText().toStdString();
        ASSERT_GE(window->visibleCaseCount(), opened) << "the window lacks the day's cases";
        Figures& all = figures();
        all.reviewSamples = monitor.samples();
        all.reviewWorst = monitor.worst();
        all.reviewBusiest = monitor.busiest();
        all.reviewWall = wall;
        all.reviewLoad = load;
        all.reviewCases = window->visibleCaseCount();
        all.reviewFlags = int(window->flagTexts().size());
        std::cerr << "bench_gui_thread: review of " << domain::formatIsoDate(day) << ": "
                  << all.reviewCases << " cases shown after " << load << " ms, worst late "
                  << monitor.worst() << " ms at " << monitor.worstWhere().toStdString() << "\n";
        window.reset();
        worker.stop();
    }
};

void printFigures() {
    const Figures& all = figures();
    if (!all.renewalWall.empty()) {
        std::printf("BENCH gui_thread.renewals %zu\n", all.renewalWall.size());
        std::printf("BENCH gui_thread.renewal_max_late_ms %.1f\n",
                    *std::max_element(all.renewalWorst.begin(), all.renewalWorst.end()));
        std::printf("BENCH gui_thread.renewal_median_max_late_ms %.1f\n",
                    percentile(all.renewalWorst, 0.5));
        std::printf("BENCH gui_thread.renewal_max_cpu_ms %.1f\n",
                    *std::max_element(all.renewalBusiest.begin(), all.renewalBusiest.end()));
        std::printf("BENCH gui_thread.renewal_p99_late_ms %.1f\n",
                    percentile(all.renewalSamples, 0.99));
        std::printf("BENCH gui_thread.renewal_samples %zu\n", all.renewalSamples.size());
        std::printf("BENCH gui_thread.renewal_wall_ms %.0f\n", percentile(all.renewalWall, 0.5));
        std::printf("BENCH gui_thread.renewal_clerk_actions %d\n", all.clerkActions);
        std::printf("BENCH gui_thread.renewal_clerk_pause_ms %d\n", int(kClerkPause.count()));
    }
    if (all.reviewWorst >= 0) {
        std::printf("BENCH gui_thread.review_cases %d\n", all.reviewCases);
        std::printf("BENCH gui_thread.review_flags %d\n", all.reviewFlags);
        std::printf("BENCH gui_thread.review_max_late_ms %.1f\n", all.reviewWorst);
        std::printf("BENCH gui_thread.review_max_cpu_ms %.1f\n", all.reviewBusiest);
        std::printf("BENCH gui_thread.review_p99_late_ms %.1f\n",
                    percentile(all.reviewSamples, 0.99));
        std::printf("BENCH gui_thread.review_samples %zu\n", all.reviewSamples.size());
        std::printf("BENCH gui_thread.review_load_ms %.0f\n", all.reviewLoad);
    }
    std::fflush(stdout);
}

// Takes --renewals N and --db FILE out of the arguments, leaving GoogleTest's.
bool takeOptions(int& argc, char** argv) {
    int kept = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string name = argv[i];
        if ((name == "--renewals" || name == "--db") && i + 1 < argc) {
            if (name == "--renewals") {
                benchOptions().renewals = std::atoi(argv[++i]);
            } else {
                benchOptions().database = argv[++i];
            }
        } else {
            argv[kept++] = argv[i];
        }
    }
    argc = kept;
    return benchOptions().renewals >= 0;
}

} // namespace
} // namespace jpki::test

int main(int argc, char** argv) {
    using namespace jpki::test;
    // Before any thread exists (unshare refuses a multithreaded process), as the tests' main().
    const PcscIsolation isolation = enterPrivatePcscNamespace();
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (!takeOptions(argc, argv)) {
        std::fprintf(stderr, "usage: bench_gui_thread [--renewals N] [--db FILE]\n");
        return 2;
    }
    QApplication app(argc, argv);
    // The PIN dialog remembers its place in QSettings: keep it out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    if (!isolation.ready) {
        std::cerr << "bench_gui_thread: no private PC/SC stack: " << isolation.reason << "\n";
        return 1;
    }
    for (int run = 1; run <= benchOptions().renewals; ++run) {
        ::testing::RegisterTest("GuiThread", ("Renewal" + std::to_string(run)).c_str(), nullptr,
                                nullptr, __FILE__, __LINE__,
                                []() -> ::testing::Test* { return new RenewalRun; });
    }
    if (!benchOptions().database.empty()) {
        ::testing::RegisterTest("GuiThread", "ReviewOfTheLatestDay", nullptr, nullptr, __FILE__,
                                __LINE__, []() -> ::testing::Test* { return new ReviewRun; });
    }
    const int status = RUN_ALL_TESTS();
    printFigures();
    return status;
}
