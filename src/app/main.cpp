// jpki-counter: the counter window.

#include "domain/municipality_profile.h"
#include "gui/main_window.h"
#include "platform/app_paths.h"
#include "platform/language.h"
#include "platform/logging.h"

#include <QApplication>
#include <QCommandLineParser>
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
    const QCommandLineOption verboseOption(QStringList{QStringLiteral("verbose")},
                                           QStringLiteral("Log at debug level."));
    parser.addOption(languageOption);
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

    jpki::gui::MainWindow window(jpki::domain::minoCityProfile());
    window.show();
    const int status = QApplication::exec();
    log->info("jpki-counter exiting with status {}", status);
    jpki::platform::shutdownLogging();
    return status;
}
