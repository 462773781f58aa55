// The case worker on a real SQLite file and a real local authority in a temporary folder: jobs
// run off the GUI thread, results and progress come back on it, cancellation stops a job between
// steps, and a store that cannot be opened is reported, not waited on.

#include "gui/case_jobs.h"
#include "gui/case_list_model.h"
#include "gui/case_wizard.h"
#include "gui/case_worker.h"
#include "gui/main_window.h"
#include "gui_test_support.h"
#include "storage/password_hash.h"

#include <QAction>
#include <QDateEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

namespace jpki::gui {
namespace {

using namespace std::chrono_literals;

class CaseWorkerTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_folder.isValid()); }

    CaseWorkerSettings settings() const {
        CaseWorkerSettings settings;
        settings.databasePath = m_folder.filePath(QStringLiteral("cases.sqlite3"));
        settings.authorityDirectory =
            std::filesystem::path(m_folder.filePath(QStringLiteral("authority")).toStdString());
        return settings;
    }

    // Starts the worker and waits for its store and authority; returns the problem, if any.
    QString startAndWait(CaseWorker& worker) {
        QSignalSpy opened(&worker, &CaseWorker::opened);
        worker.start();
        if (!opened.wait(30000)) {
            return QStringLiteral("opened() never came");
        }
        return opened.at(0).at(0).toString();
    }

    QTemporaryDir m_folder;
    test::FixedClock m_clock{QDate(2026, 11, 25)};
};

TEST_F(CaseWorkerTest, RunsJobsOffTheGuiThreadAndAnswersOnIt) {
    CaseWorker worker(m_clock, settings());
    ASSERT_EQ(startAndWait(worker), QString());
    QObject receiver;
    std::optional<bool> ranElsewhere;
    QThread* answeredOn = nullptr;
    worker.run<bool>([](JobContext&) { return QThread::currentThread() != qApp->thread(); },
                     &receiver,
                     [&](bool elsewhere) {
                         ranElsewhere = elsewhere;
                         answeredOn = QThread::currentThread();
                     });
    ASSERT_TRUE(QTest::qWaitFor([&] { return ranElsewhere.has_value(); }, 5000));
    EXPECT_TRUE(*ranElsewhere);
    EXPECT_EQ(answeredOn, qApp->thread());
}

TEST_F(CaseWorkerTest, OpensACaseThroughTheEngineAndListsItAmongTodaysCases) {
    CaseWorker worker(m_clock, settings());
    ASSERT_EQ(startAndWait(worker), QString());
    QObject receiver;
    std::optional<storage::StaffId> clerk;
    worker.run<std::optional<storage::StaffId>>(
        [](JobContext& context) { return test::createClerk(*context.store()); }, &receiver,
        [&](std::optional<storage::StaffId> id) { clerk = id.value_or(storage::StaffId{-1}); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return clerk.has_value(); }, 5000));
    ASSERT_NE(*clerk, storage::StaffId{-1});

    std::optional<CaseStep> opened;
    worker.run<CaseStep>(engineJob(std::nullopt,
                                   [clerk = *clerk](workflow::CaseEngine& engine) {
                                       return engine.open(domain::Procedure::PinReset,
                                                          domain::RequestPath::Self, clerk);
                                   }),
                         &receiver, [&](CaseStep step) { opened = std::move(step); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return opened.has_value(); }, 5000));
    ASSERT_TRUE(opened->ok());
    ASSERT_TRUE(opened->file);
    EXPECT_EQ(opened->file->step, workflow::Step::Reception);

    std::optional<CaseList> listed;
    worker.run<CaseList>(casesOfDayJob({domain::Date(std::chrono::year(2026) / 11 / 25),
                                        std::nullopt, std::nullopt}),
                         &receiver, [&](CaseList list) { listed = std::move(list); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return listed.has_value(); }, 5000));
    ASSERT_TRUE(listed->ok());
    ASSERT_EQ((*listed)->size(), 1u);
    EXPECT_EQ((*listed)->front().reference, opened->file->reference);
}

TEST_F(CaseWorkerTest, StopsAJobBetweenStepsWhenCancelledAndReportsItsProgress) {
    CaseWorker worker(m_clock, settings());
    ASSERT_EQ(startAndWait(worker), QString());
    QObject receiver;
    std::vector<int> progressSeen;
    std::optional<int> stepsDone;
    JobHandle handle;
    handle = worker.run<int>(
        [](JobContext& context) {
            constexpr int kSteps = 5;
            for (int step = 0; step < kSteps; ++step) {
                if (context.cancelled()) {
                    return step;
                }
                context.progress(step + 1, kSteps, QStringLiteral("step"));
                // Leaves the GUI time to cancel before the next step.
                for (int wait = 0; wait < 100 && !context.cancelled(); ++wait) {
                    QThread::msleep(20);
                }
            }
            return kSteps;
        },
        &receiver, [&](int done) { stepsDone = done; },
        [&](const JobProgress& progress) {
            progressSeen.push_back(progress.done);
            if (progress.done == 2) {
                handle.cancel();
            }
        });
    ASSERT_TRUE(QTest::qWaitFor([&] { return stepsDone.has_value(); }, 20000));
    EXPECT_EQ(*stepsDone, 2);
    EXPECT_EQ(progressSeen, (std::vector<int>{1, 2}));
    EXPECT_TRUE(handle.cancelled());
}

TEST_F(CaseWorkerTest, DropsTheAnswerWhenTheReceiverIsGone) {
    CaseWorker worker(m_clock, settings());
    ASSERT_EQ(startAndWait(worker), QString());
    bool called = false;
    bool ran = false;
    {
        QObject receiver;
        worker.run<int>(
            [&ran](JobContext&) {
                QThread::msleep(100);
                ran = true;
                return 1;
            },
            &receiver, [&](int) { called = true; });
    }
    ASSERT_TRUE(QTest::qWaitFor([&] { return ran; }, 5000));
    QTest::qWait(100);
    EXPECT_FALSE(called);
}

TEST_F(CaseWorkerTest, SaysWhyTheCaseDatabaseCannotBeOpenedAndRefusesCommands) {
    QFile notADatabase(m_folder.filePath(QStringLiteral("cases.sqlite3")));
    ASSERT_TRUE(notADatabase.open(QIODevice::WriteOnly));
    notADatabase.write(QByteArray(4096, 'x'));
    notADatabase.close();
    CaseWorker worker(m_clock, settings());
    const QString problem = startAndWait(worker);
    EXPECT_FALSE(problem.isEmpty());
    QObject receiver;
    std::optional<CaseStep> step;
    worker.run<CaseStep>(engineJob(std::nullopt,
                                   [](workflow::CaseEngine& engine) {
                                       return engine.open(domain::Procedure::Renewal,
                                                          domain::RequestPath::Self,
                                                          storage::StaffId{1});
                                   }),
                         &receiver, [&](CaseStep result) { step = std::move(result); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return step.has_value(); }, 5000));
    ASSERT_TRUE(step->error);
    EXPECT_EQ(step->error->kind(), workflow::ErrorKind::Storage);
}

// The window's first start is where a new case database is made, and the clerk is told where;
// later starts open it without a word.
TEST_F(CaseWorkerTest, TheFirstStartMakesTheDatabaseAndSaysWhere) {
    const QString path = settings().databasePath;
    for (const bool first : {true, false}) {
        CaseWorker worker(m_clock, settings());
        MainWindow window(domain::minoCityProfile(), m_clock);
        window.attachCaseWorker(worker);
        QSignalSpy created(&worker, &CaseWorker::databaseCreated);
        ASSERT_EQ(startAndWait(worker), QString());
        ASSERT_EQ(created.size(), first ? 1 : 0);
        if (first) {
            EXPECT_EQ(created.at(0).at(0).toString(), path);
            EXPECT_TRUE(window.statusBar()->currentMessage().contains(path))
                << window.statusBar()->currentMessage().toStdString();
        }
    }
}

// Issue 16: a date field shows the date as a Japanese office writes it, never in ISO form; in
// English with the English language.
TEST_F(CaseWorkerTest, TheWizardsDateFieldsShowTheOfficesFormOfADate) {
    for (const auto& [language, expected] :
         {std::pair{QLocale::Japanese, QStringLiteral("1990年5月10日")},
          std::pair{QLocale::English, QStringLiteral("10 May 1990")}}) {
        QLocale::setDefault(QLocale(language));
        CaseWorker worker(m_clock, settings());
        CaseWizard wizard(worker, m_clock, domain::minoCityProfile(), storage::StaffId{1});
        for (const char* name : {"birthDateEdit", "cardExpiresEdit"}) {
            auto* field = wizard.findChild<QDateEdit*>(QString::fromLatin1(name));
            ASSERT_NE(field, nullptr) << name;
            field->setDate(QDate(1990, 5, 10));
            EXPECT_EQ(field->text(), expected) << name;
        }
    }
    QLocale::setDefault(QLocale(QLocale::Japanese));
}

TEST_F(CaseWorkerTest, TheWindowTakesCasesOnlyWithSomeoneSignedIn) {
    CaseWorker worker(m_clock, settings());
    MainWindow window(domain::minoCityProfile(), m_clock);
    window.attachCaseWorker(worker);
    auto* newCase = window.findChild<QPushButton*>(QStringLiteral("newCaseButton"));
    ASSERT_NE(newCase, nullptr);
    QSignalSpy refreshed(&window, &MainWindow::listsRefreshed);
    ASSERT_EQ(startAndWait(worker), QString());
    ASSERT_TRUE(refreshed.wait(5000));
    EXPECT_FALSE(newCase->isEnabled());
    window.startNewCase();
    EXPECT_EQ(window.caseWizard(), nullptr);

    window.setSignedIn(storage::StaffId{1}, QStringLiteral("窓口 花子"), storage::StaffRole::Clerk);
    EXPECT_TRUE(newCase->isEnabled());
    window.startNewCase();
    ASSERT_NE(window.caseWizard(), nullptr);
    EXPECT_FALSE(newCase->isEnabled()); // one case at a time
    window.caseWizard()->reject();      // nothing recorded yet: the wizard closes
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.caseWizard() == nullptr; }, 2000));
    window.setSignedOut();
    EXPECT_FALSE(newCase->isEnabled());
}

} // namespace
} // namespace jpki::gui
