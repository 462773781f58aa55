// The private PC/SC namespace must be entered before any thread exists, so before the
// QApplication; then the widgets run offscreen.

#include "pcsc_namespace.h"

#include <QApplication>
#include <QStandardPaths>
#include <cstdlib>
#include <gtest/gtest.h>
#include <iostream>

int main(int argc, char** argv) {
    const jpki::test::PcscIsolation isolation = jpki::test::enterPrivatePcscNamespace();
    // Offscreen, unless screenshots of a real display (xvfb-run) are asked for.
    if (qEnvironmentVariableIsEmpty("JPKI_SCREENSHOT_DIR") ||
        qEnvironmentVariableIsEmpty("DISPLAY")) {
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    QApplication app(argc, argv);
    // The PIN dialog remembers its place in QSettings: keep it out of the user's settings.
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    if (!isolation.ready && !::testing::GTEST_FLAG(list_tests)) {
        std::cerr << "PC/SC GUI integration tests cannot run: " << isolation.reason << "\n";
    }
    return RUN_ALL_TESTS();
}
