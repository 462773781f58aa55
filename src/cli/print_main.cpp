// jpki-counter-print: the commands that lay out pages (case letter, case receipt, report daily
// with its PDF). jpki-counter-cli runs this program for them with the same arguments, so that it
// need not link Qt Gui itself.

#include "cli/cli_main.h"

#include <QGuiApplication>

int main(int argc, char* argv[]) {
    // A PDF needs fonts and layout, not a screen: without a platform chosen, draw off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    return jpki::cli::runCommandLine(app, QStringLiteral("jpki-counter-print"),
                                     jpki::cli::printCommands());
}
