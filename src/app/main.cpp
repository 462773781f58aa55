// jpki-counter: the counter window.

#include "app/embedded_simulator.h"
#include "domain/municipality_profile.h"
#include "gui/card_panel.h"
#include "gui/card_service_thread.h"
#include "gui/case_worker.h"
#include "gui/color_scheme.h"
#include "gui/main_window.h"
#include "gui/review_window.h"
#include "gui/session_controller.h"
#include "gui/staff_dialog.h"
#include "platform/app_paths.h"
#include "platform/clock.h"
#include "platform/counter_settings.h"
#include "platform/language.h"
#include "platform/logging.h"
#include "platform/profile_settings.h"
#include "platform/termination_signals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

// --simulator PROFILE: the virtual card in the machine's vpcd reader for as long as the window
// is open. Nothing when the option is not given; on failure the window says why. The card is
// issued by the counter's own authority, so it starts once the case worker has opened (on the
// first run: created) that authority: the two never create it at the same time.
std::unique_ptr<jpki::app::EmbeddedSimulator> startSimulator(const QString& profile,
                                                             const QString& requestedProgram,
                                                             jpki::gui::MainWindow& window,
                                                             jpki::gui::CaseWorker& worker) {
    auto log = jpki::platform::logger("app");
    //: en: Virtual card: %1
    window.setSourceNote(QApplication::translate("jpki::app", "仮想カード: %1").arg(profile));
    const QString program = jpki::app::findSimulatorProgram(requestedProgram);
    const QString statePath =
        jpki::app::simulatorStatePath(jpki::platform::applicationDataFolder(), profile);
    if (program.isEmpty()) {
        log->error("virtual card not started: jpki-card-sim not found");
        //: en: The virtual card program (jpki-card-sim) was not found. Give its path with --simulator-program.
        window.showProblem(QApplication::translate(
            "jpki::app",
            "仮想カードのプログラム(jpki-card-sim)が見つかりません。--simulator-program でパスを指定してください。"));
        return nullptr;
    }
    if (statePath.isEmpty()) {
        log->error("virtual card not started: no state file for profile '{}'",
                   profile.toStdString());
        //: en: The virtual card cannot be started: the profile name or the data folder cannot be used.
        window.showProblem(QApplication::translate(
            "jpki::app",
            "仮想カードを起動できません。プロファイル名またはデータフォルダが使用できません。"));
        return nullptr;
    }
    // The counter's own authority, so that the card it issues is the one the case worker trusts.
    const QString authority =
        QString::fromStdString(jpki::gui::defaultAuthorityDirectory().string());
    jpki::app::SimulatorLaunch launch;
    launch.program = program;
    launch.profile = profile;
    launch.statePath = statePath;
    launch.authorityDirectory = authority;
    auto simulator = std::make_unique<jpki::app::EmbeddedSimulator>(launch);
    QObject::connect(simulator.get(), &jpki::app::EmbeddedSimulator::stoppedUnexpectedly, &window,
                     &jpki::gui::MainWindow::showProblem);
    jpki::app::EmbeddedSimulator* card = simulator.get();
    QObject::connect(
        &worker, &jpki::gui::CaseWorker::opened, card,
        [card, &window] {
            if (!card->start()) {
                window.showProblem(card->problem());
            }
        },
        Qt::SingleShotConnection);
    return simulator;
}

// --quit-after-card-shown, for measurement only (scripts/bench): once the first read card is
// on screen, print "card-shown" on stdout and quit, so that a benchmark can time the start-up.
// The zero timer lets the pending repaint of the card panel happen first.
void quitAfterCardShown(jpki::gui::MainWindow& window) {
    QObject::connect(
        &window.cardPanel(), &jpki::gui::CardPanel::cardStatusShown, qApp,
        [] {
            QTimer::singleShot(0, qApp, [] {
                std::puts("card-shown");
                std::fflush(stdout);
                QApplication::quit();
            });
        },
        Qt::SingleShotConnection);
}

// --print-card-phases, for measurement only (scripts/bench): each state the card panel has
// rendered, as "card-phase NAME NANOSECONDS" on stdout, the time on the monotonic clock once the
// pending repaint is done, so that a benchmark can time a card's insertion to its status shown.
void printCardPhases(jpki::gui::MainWindow& window) {
    QObject::connect(
        &window.cardPanel(), &jpki::gui::CardPanel::stateShown, qApp,
        [](jpki::gui::CardPhase phase) {
            QTimer::singleShot(0, qApp, [phase] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("card-phase %s %lld\n", jpki::gui::cardPhaseId(phase),
                            static_cast<long long>(
                                std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                std::fflush(stdout);
            });
        });
}

// Who is at the counter: the window follows the session controller's sign-ins, asks it to sign
// out or lock, and opens the supervisor's review for the signed-in session. The sign-out is
// stored before the program quits (the worker drops jobs not yet begun when it stops), whether
// the window was closed or the program was told to end by a signal.
void wireSessions(QApplication& app, const jpki::platform::TerminationSignals& termination,
                  jpki::gui::SessionController& sessions, jpki::gui::MainWindow& window,
                  jpki::gui::CaseWorker& worker, const jpki::domain::MunicipalityProfile& profile,
                  const QString& counter, const jpki::workflow::AccessSettings& access) {
    QObject::connect(&sessions, &jpki::gui::SessionController::signedIn, &window,
                     [&window](const jpki::workflow::Session& session) {
                         window.setSignedIn(session.staff, session.displayName, session.role);
                     });
    QObject::connect(&sessions, &jpki::gui::SessionController::signedOut, &window,
                     &jpki::gui::MainWindow::setSignedOut);
    QObject::connect(&sessions, &jpki::gui::SessionController::quitRequested, &app,
                     &QCoreApplication::quit, Qt::QueuedConnection);
    QObject::connect(&window, &jpki::gui::MainWindow::signOutRequested, &sessions,
                     &jpki::gui::SessionController::signOut);
    QObject::connect(&window, &jpki::gui::MainWindow::lockRequested, &sessions,
                     &jpki::gui::SessionController::lockScreen);
    QObject::connect(&window, &jpki::gui::MainWindow::reviewRequested, &window,
                     [&sessions, &worker, &window, profile, counter] {
                         if (!sessions.session()) {
                             return;
                         }
                         jpki::gui::ReviewWindowSettings settings;
                         settings.review.flags.profile = profile;
                         settings.counter = counter;
                         jpki::gui::ReviewWindow::openFor(*sessions.session(), worker, settings,
                                                          &window);
                     });
    QObject::connect(&window, &jpki::gui::MainWindow::staffAccountsRequested, &window,
                     [&sessions, &worker, &window, access] {
                         if (sessions.session()) {
                             jpki::gui::StaffDialog::openFor(*sessions.session(), worker, &window,
                                                             access);
                         }
                     });
    // Closing the window and a termination signal (the desktop session ending, the machine
    // shutting down) end the program the same way.
    const auto signOutAndQuit = [&sessions] {
        QObject::connect(&sessions, &jpki::gui::SessionController::signOutFinished, qApp,
                         &QCoreApplication::quit, Qt::SingleShotConnection);
        sessions.signOutForExit();
    };
    app.setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &sessions, signOutAndQuit);
    QObject::connect(&termination, &jpki::platform::TerminationSignals::terminationRequested,
                     &sessions, [signOutAndQuit](int signalNumber) {
                         jpki::platform::logger("app")->info(
                             "{} received: signing out and quitting",
                             jpki::platform::terminationSignalName(signalNumber));
                         signOutAndQuit();
                     });
}

// The counter's settings files with --profile and --db over them; the lines the files could not
// use are logged, named by file and line.
jpki::platform::CounterSettings counterSettings(const QCommandLineParser& parser,
                                                const QCommandLineOption& profileOption,
                                                const QCommandLineOption& databaseOption) {
    auto settings = jpki::platform::CounterSettings::read();
    for (const auto& problem : settings.problems()) {
        jpki::platform::logger("app")->warn("settings: {}", problem.text().toStdString());
    }
    if (parser.isSet(profileOption)) {
        settings.setFromCommandLine(QLatin1String(jpki::platform::setting::municipalityProfile),
                                    parser.value(profileOption));
    }
    if (parser.isSet(databaseOption)) {
        settings.setFromCommandLine(QLatin1String(jpki::platform::setting::databaseLocation),
                                    parser.value(databaseOption));
    }
    jpki::platform::logger("app")->info(
        "settings files: {}", settings.filesRead().isEmpty()
                                  ? std::string("none")
                                  : settings.filesRead().join(QStringLiteral(", ")).toStdString());
    return settings;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    jpki::platform::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("jpki-counter"));

    QCommandLineParser parser;
    const QCommandLineOption languageOption(
        QStringList{QStringLiteral("lang")},
        QStringLiteral("Language of the user interface: ja (default) or en."),
        QStringLiteral("code"));
    const QCommandLineOption profileOption(
        QStringList{QStringLiteral("profile")},
        QStringLiteral("Municipality profile (INI file) instead of the configured one."),
        QStringLiteral("file"));
    const QCommandLineOption verboseOption(QStringList{QStringLiteral("verbose")},
                                           QStringLiteral("Log at debug level."));
    const QCommandLineOption simulatorOption(
        QStringList{QStringLiteral("simulator")},
        QStringLiteral("Put the virtual card with this profile (healthy, sign-blocked, ...) in "
                       "the vpcd reader of this machine's pcscd while the window is open."),
        QStringLiteral("profile"));
    const QCommandLineOption simulatorProgramOption(
        QStringList{QStringLiteral("simulator-program")},
        QStringLiteral("The jpki-card-sim program to run for --simulator."),
        QStringLiteral("path"));
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("db")},
        QStringLiteral("The case database (a SQLite file) instead of the configured one."),
        QStringLiteral("path"));
    parser.addOption(languageOption);
    parser.addOption(profileOption);
    parser.addOption(databaseOption);
    parser.addOption(verboseOption);
    parser.addOption(simulatorOption);
    parser.addOption(simulatorProgramOption);
    const QCommandLineOption quitAfterCardShownOption(
        QStringList{QStringLiteral("quit-after-card-shown")},
        QStringLiteral("For measurement: quit once the first card read is shown."));
    parser.addOption(quitAfterCardShownOption);
    const QCommandLineOption printCardPhasesOption(
        QStringList{QStringLiteral("print-card-phases")},
        QStringLiteral("For measurement: print each card state shown, with the monotonic time."));
    parser.addOption(printCardPhasesOption);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    const QString logFolder = jpki::platform::logFolder();
    jpki::platform::initLogging({
        .logFile =
            logFolder.isEmpty() ? QString() : logFolder + QStringLiteral("/jpki-counter.log"),
        .console = true,
        .verbose = parser.isSet(verboseOption),
        .routeQtMessages = true,
    });
    auto log = jpki::platform::logger("app");

    std::optional<QString> requestedLanguage;
    if (parser.isSet(languageOption)) {
        requestedLanguage = parser.value(languageOption);
        if (!jpki::platform::parseLanguage(*requestedLanguage)) {
            log->warn("unknown language '{}', using the system's",
                      requestedLanguage->toStdString());
        }
    }
    const auto language = jpki::platform::chooseLanguage(requestedLanguage);
    if (!jpki::platform::installTranslations(app, language)) {
        log->warn("the English translation could not be loaded; showing Japanese");
    }
    log->info("jpki-counter {} starting, language {}", JPKI_VERSION,
              jpki::platform::languageCode(language).toStdString());

    const auto settings = counterSettings(parser, profileOption, databaseOption);
    const auto colorScheme = settings.value(QLatin1String(jpki::platform::setting::colorScheme));
    jpki::gui::applyColorScheme(
        app, jpki::gui::colorSchemeFromSetting(colorScheme ? colorScheme->value : QString()));
    const auto profileLoad = jpki::platform::resolveMunicipalityProfile(settings);
    const auto database = jpki::platform::sqliteDatabase(settings);
    QStringList stops = profileLoad.errors;
    if (!database.refusal.isEmpty()) {
        stops << database.refusal;
    }
    if (!stops.isEmpty()) {
        // Opening the counter with a half-read profile could put it on the wrong days or hours;
        // on another store than the one configured, its cases would be split.
        for (const QString& error : stops) {
            log->error("settings: {}", error.toStdString());
        }
        QMessageBox::critical(nullptr,
                              //: en: Error in the counter's settings
                              QApplication::translate("jpki::app", "窓口の設定の誤り"),
                              stops.join(QLatin1Char('\n')));
        return 2;
    }

    const jpki::platform::SystemClock clock;
    jpki::gui::MainWindow window(*profileLoad.profile, clock);
    jpki::gui::CardServiceThread cardService(clock);
    window.attachCardService(cardService);
    jpki::gui::CaseWorkerSettings workerSettings;
    workerSettings.engine.profile = *profileLoad.profile;
    workerSettings.databasePath = database.path.value_or(QString());
    if (const auto counter = settings.value(QLatin1String(jpki::platform::setting::counterId))) {
        workerSettings.engine.counter = counter->value; // stored with each case it opens
    }
    jpki::gui::CaseWorker caseWorker(clock, workerSettings);
    log->info("counter {} ({} {})", workerSettings.engine.counter.toStdString(),
              profileLoad.profile->counterPlace, profileLoad.profile->counterName);
    if (!settings.problems().empty()) {
        //: en: Lines of the settings files were ignored (see the log): %1
        window.showProblem(QApplication::translate(
                               "jpki::app", "設定ファイルの一部の行を無視しました(ログ参照): %1")
                               .arg(settings.problems().front().text()));
    }
    window.attachCaseWorker(caseWorker, workerSettings.engine.counter);
    jpki::gui::SessionSettings sessionSettings;
    sessionSettings.idleLock = jpki::platform::idleLock(settings);
    jpki::gui::SessionController sessions(caseWorker, window, sessionSettings);
    const jpki::platform::TerminationSignals termination;
    if (termination.installed()) {
        log->debug("SIGTERM, SIGINT and SIGHUP end the program through the sign-out");
    } else {
        log->warn("termination signals not handled: the program ends at once on SIGTERM");
    }
    wireSessions(app, termination, sessions, window, caseWorker, *profileLoad.profile,
                 workerSettings.engine.counter, sessionSettings.access);
    std::unique_ptr<jpki::app::EmbeddedSimulator> simulator;
    if (parser.isSet(simulatorOption)) {
        simulator = startSimulator(parser.value(simulatorOption),
                                   parser.value(simulatorProgramOption), window, caseWorker);
    }
    cardService.start();
    caseWorker.start();
    // The counter's screen belongs to this window; the size also holds without a window manager.
    window.resize(window.screen()->availableSize());
    window.showMaximized();
    sessions.start(); // after the worker: the first question is whether anyone has an account
    if (parser.isSet(quitAfterCardShownOption)) {
        quitAfterCardShown(window);
    }
    if (parser.isSet(printCardPhasesOption)) {
        printCardPhases(window);
    }
    const int status = QApplication::exec();
    cardService.stop();
    caseWorker.stop();
    if (simulator) {
        simulator->stop(); // the card leaves the reader
    }
    log->info("jpki-counter exiting with status {}", status);
    jpki::platform::shutdownLogging();
    return status;
}
