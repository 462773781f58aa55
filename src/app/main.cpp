// jpki-counter: the counter window.

#include "domain/municipality_profile.h"
#include "gui/main_window.h"
#include "platform/app_paths.h"
#include "platform/language.h"
#include "platform/logging.h"
#include "platform/profile_settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <optional>

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
    parser.addOption(languageOption);
    parser.addOption(profileOption);
    parser.addOption(verboseOption);
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

    std::optional<QString> profilePath;
    if (parser.isSet(profileOption)) {
        profilePath = parser.value(profileOption);
    }
    const auto profileLoad = jpki::platform::resolveMunicipalityProfile(profilePath);
    if (!profileLoad.profile) {
        // Opening the counter with a half-read profile could put it on the wrong days or hours.
        for (const QString& error : profileLoad.errors) {
            log->error("municipality profile: {}", error.toStdString());
        }
        QMessageBox::critical(nullptr,
                              //: en: Error in the municipality profile
                              QApplication::translate("jpki::app", "自治体設定の誤り"),
                              profileLoad.errors.join(QLatin1Char('\n')));
        return 2;
    }

    jpki::gui::MainWindow window(*profileLoad.profile);
    window.show();
    const int status = QApplication::exec();
    log->info("jpki-counter exiting with status {}", status);
    jpki::platform::shutdownLogging();
    return status;
}
