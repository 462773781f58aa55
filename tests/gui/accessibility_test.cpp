// What a screen reader meets in every window and dialog, as Qt's accessibility interfaces
// report it: every input and button has a name and a description, and a PIN or password field
// gives neither its content nor its length. When JPKI_SCREENSHOT_DIR names a folder, the main
// window and the case wizard are also saved there at 150% and 200% and in a dark palette.

#include "gui/about_dialog.h"
#include "gui/card_panel.h"
#include "gui/case_presentation.h"
#include "gui/case_wizard.h"
#include "gui/case_worker.h"
#include "gui/color_scheme.h"
#include "gui/diagnostics_dialog.h"
#include "gui/first_supervisor_dialog.h"
#include "gui/lock_cover.h"
#include "gui/main_window.h"
#include "gui/pin_dialog.h"
#include "gui/review_window.h"
#include "gui/sign_in_dialog.h"
#include "gui/sign_off_dialog.h"
#include "gui/staff_dialog.h"
#include "gui/staff_entry_dialog.h"
#include "gui_test_support.h"
#include "review_test_support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleTextInterface>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>

namespace jpki::gui {
namespace {

using workflow::testing::Counter;
using workflow::testing::FixedClock;
using workflow::testing::japanTime;
using workflow::testing::testDay;

constexpr int kWaitMs = 20'000;

// Qt's own parts of a compound widget (a spin box's line edit, a combo box's list, a table's
// corner button, a tab bar's scroll arrows, a line edit's mouse-only clear button) are Qt's;
// the program's widgets are checked.
bool partOfQtWidget(const QWidget& widget) {
    if (widget.objectName().startsWith(QLatin1String("qt_")) ||
        qobject_cast<const QHeaderView*>(&widget) != nullptr ||
        widget.inherits("QTableCornerButton") || widget.inherits("QLineEditIconButton") ||
        qobject_cast<const QTabBar*>(widget.parentWidget()) != nullptr) {
        return true;
    }
    for (const QWidget* above = widget.parentWidget(); above != nullptr;
         above = above->parentWidget()) {
        if (qobject_cast<const QComboBox*>(above) != nullptr ||
            qobject_cast<const QAbstractSpinBox*>(above) != nullptr ||
            qobject_cast<const QCalendarWidget*>(above) != nullptr) {
            return true;
        }
    }
    return false;
}

bool takesInput(const QWidget& widget) {
    return qobject_cast<const QAbstractButton*>(&widget) != nullptr ||
           qobject_cast<const QLineEdit*>(&widget) != nullptr ||
           qobject_cast<const QComboBox*>(&widget) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(&widget) != nullptr ||
           qobject_cast<const QAbstractItemView*>(&widget) != nullptr ||
           qobject_cast<const QTextEdit*>(&widget) != nullptr ||
           qobject_cast<const QPlainTextEdit*>(&widget) != nullptr;
}

QString describeWidget(const QWidget& widget) {
    return QStringLiteral("%1 (%2)").arg(widget.objectName(),
                                         QString::fromLatin1(widget.metaObject()->className()));
}

// Every input and button under `window`, shown or not, with what Qt reports missing.
QStringList namelessInputs(QWidget& window) {
    QStringList problems;
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!takesInput(*widget) || partOfQtWidget(*widget)) {
            continue;
        }
        QAccessibleInterface* reported = QAccessible::queryAccessibleInterface(widget);
        if (reported == nullptr) {
            problems << describeWidget(*widget) + QStringLiteral(": no accessible interface");
            continue;
        }
        if (reported->text(QAccessible::Name).trimmed().isEmpty()) {
            problems << describeWidget(*widget) + QStringLiteral(": no accessible name");
        }
        if (reported->text(QAccessible::Description).trimmed().isEmpty()) {
            problems << describeWidget(*widget) + QStringLiteral(": no accessible description");
        }
    }
    return problems;
}

class AccessibilityTest : public ::testing::Test {
protected:
    AccessibilityTest() {
        supervisor = workflow::testing::addStaff(counter.store(), QStringLiteral("kanri"),
                                                 storage::StaffRole::Supervisor);
        worker = test::startedCaseWorker(clock, counter.databasePath(), authority.path(), kWaitMs);
    }

    // Every window and dialog of the program, each page of the case wizard within it.
    std::vector<std::unique_ptr<QWidget>> everyWindow() {
        std::vector<std::unique_ptr<QWidget>> windows;
        auto main = std::make_unique<MainWindow>(domain::minoCityProfile(), clock);
        auto* cover = new LockCover(*main);
        cover->coverSignedOut();
        windows.push_back(std::move(main));
        windows.push_back(std::make_unique<CaseWizard>(*worker, clock, domain::minoCityProfile(),
                                                       counter.clerk()));
        for (PinEntryMode mode : {PinEntryMode::Current, PinEntryMode::New}) {
            PinRequest request;
            request.mode = mode;
            request.triesLeft = 3;
            windows.push_back(std::make_unique<PinDialog>(request));
        }
        windows.push_back(std::make_unique<SignInDialog>(SignInMode::SignIn));
        windows.push_back(std::make_unique<SignInDialog>(SignInMode::Unlock));
        windows.push_back(std::make_unique<FirstSupervisorDialog>());
        windows.push_back(std::make_unique<StaffDialog>(supervisor, *worker,
                                                        workflow::AccessSettings{},
                                                        std::vector<workflow::StaffOverview>{}));
        windows.push_back(
            std::make_unique<StaffEntryDialog>(StaffEntryDialog::Mode::CreateAccount));
        windows.push_back(std::make_unique<StaffEntryDialog>(StaffEntryDialog::Mode::ResetPassword,
                                                             nullptr, QStringLiteral("clerk-a")));
        windows.push_back(std::make_unique<SignOffDialog>(QStringLiteral("2026年11月25日"),
                                                          QStringLiteral("1"),
                                                          std::vector<storage::CaseSummary>{}));
        ReviewWindowSettings review;
        review.counter = QStringLiteral("1");
        windows.push_back(std::make_unique<ReviewWindow>(supervisor, *worker, review, testDay()));
        windows.push_back(std::make_unique<AboutDialog>());
        diagnostics::CollectOptions diagnosticsOptions;
        diagnosticsOptions.databasePath = counter.databasePath();
        windows.push_back(std::make_unique<DiagnosticsDialog>(diagnosticsOptions));
        return windows;
    }

    Counter counter;
    workflow::Session supervisor;
    FixedClock clock{japanTime(testDay(), 10, 30)};
    QTemporaryDir authority;
    std::unique_ptr<CaseWorker> worker;
};

TEST_F(AccessibilityTest, EveryInputAndButtonHasANameAndADescription) {
    for (const auto& window : everyWindow()) {
        const QStringList problems = namelessInputs(*window);
        EXPECT_TRUE(problems.isEmpty()) << describeWidget(*window).toStdString() << ":\n  "
                                        << problems.join(QStringLiteral("\n  ")).toStdString();
    }
}

// A screen reader reads an edit's value, its text and its length; a secret field must give none.
TEST_F(AccessibilityTest, NoSecretFieldTellsItsContentOrLength) {
    const QString secret = QStringLiteral("4711-secret");
    QStringList secretFields;
    for (const auto& window : everyWindow()) {
        for (QLineEdit* field : window->findChildren<QLineEdit*>()) {
            if (field->echoMode() == QLineEdit::Normal) {
                continue;
            }
            const std::string where =
                describeWidget(*window).toStdString() + " " + describeWidget(*field).toStdString();
            secretFields << field->objectName();
            QTest::keyClicks(field, secret);
            ASSERT_EQ(field->text(), secret) << where;
            QAccessibleInterface* reported = QAccessible::queryAccessibleInterface(field);
            ASSERT_NE(reported, nullptr) << where;
            EXPECT_TRUE(reported->state().passwordEdit) << where;
            for (QAccessible::Text kind :
                 {QAccessible::Name, QAccessible::Description, QAccessible::Value}) {
                const QString told = reported->text(kind);
                EXPECT_FALSE(told.contains(secret)) << where << " text " << kind;
                EXPECT_NE(told.size(), secret.size()) << where << " text " << kind;
            }
            EXPECT_TRUE(reported->text(QAccessible::Value).isEmpty()) << where;
            if (QAccessibleTextInterface* text = reported->textInterface()) {
                EXPECT_EQ(text->characterCount(), 0) << where;
                EXPECT_TRUE(text->text(0, int(secret.size())).isEmpty()) << where;
            }
        }
    }
    // The PIN dialog (twice), sign-in (twice), first supervisor and staff entry (twice).
    for (const char* expected : {"firstEdit", "confirmEdit", "passwordEdit"}) {
        EXPECT_TRUE(secretFields.contains(QString::fromLatin1(expected))) << expected;
    }
    EXPECT_EQ(secretFields.size(), 4 + 2 + 2 + 4);
}

// Not a check: the pictures in docs/screenshots, taken when JPKI_SCREENSHOT_DIR is set, at the
// scale of QT_SCALE_FACTOR (a process setting), in the desktop's colours and in the dark scheme.
// The windows get the room a 1920x1080 screen leaves them at that scale.
TEST_F(AccessibilityTest, SavesScaledAndDarkScreenshots) {
    const QByteArray folder = qgetenv("JPKI_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        GTEST_SKIP() << "JPKI_SCREENSHOT_DIR not set";
    }
    const QDir target(QString::fromLocal8Bit(folder));
    const double scale = qApp->devicePixelRatio();
    const QSize screen(qRound(1920 / scale), qRound(1080 / scale));
    const QString percent = QString::number(qRound(scale * 100));
    const workflow::CaseFile reception =
        counter.openCase(domain::Procedure::Renewal, domain::RequestPath::Self);
    const workflow::CaseFile documents =
        counter.throughReception(domain::Procedure::PinReset, domain::RequestPath::LegalProxy);
    const QString desktopStyle = qApp->style()->name();
    const QPalette desktopPalette = QApplication::palette();
    for (const ColorScheme scheme : {ColorScheme::Desktop, ColorScheme::Dark}) {
        applyColorScheme(*qApp, scheme);
        const QString suffix = QStringLiteral("-%1%2").arg(
            percent, scheme == ColorScheme::Dark ? QStringLiteral("-dark") : QString());
        auto save = [&](QWidget& window, const QString& name) {
            window.show();
            QTest::qWait(50);
            EXPECT_TRUE(window.grab().save(target.filePath(name + suffix + QStringLiteral(".png"))))
                << name.toStdString();
            std::cout << name.toStdString() << suffix.toStdString() << ": shown " << window.width()
                      << "x" << window.height() << ", needs at least "
                      << window.minimumSizeHint().width() << "x"
                      << window.minimumSizeHint().height() << " of " << screen.width() << "x"
                      << screen.height() << "\n";
        };
        MainWindow main(domain::minoCityProfile(), clock);
        main.attachCaseWorker(*worker);
        main.setSignedIn(counter.clerk(), QStringLiteral("窓口 花子"), storage::StaffRole::Clerk);
        main.resize(screen);
        QSignalSpy refreshed(&main, &MainWindow::listsRefreshed);
        refreshed.wait(kWaitMs);
        save(main, QStringLiteral("main-window"));

        CaseWizard wizard(*worker, clock, domain::minoCityProfile(), counter.clerk());
        wizard.resize(screen);
        wizard.resume(reception);
        save(wizard, QStringLiteral("wizard-applicant"));
        wizard.resume(documents);
        save(wizard, QStringLiteral("wizard-documents"));

        SignInDialog signIn;
        save(signIn, QStringLiteral("sign-in"));
        PinRequest request;
        request.mode = PinEntryMode::Current;
        request.triesLeft = 2;
        PinDialog pin(request);
        save(pin, QStringLiteral("pin-dialog"));
    }
    qApp->setStyle(QStyleFactory::create(desktopStyle));
    QApplication::setPalette(desktopPalette);
}

} // namespace
} // namespace jpki::gui
