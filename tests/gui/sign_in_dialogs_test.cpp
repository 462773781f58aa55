// The sign-in and first-supervisor dialogs on their own: what they ask, what they refuse to
// send, and how the password leaves them. Also the idle-lock setting, and (when
// JPKI_SCREENSHOT_DIR names a folder) the screenshots for the documentation.

#include "domain/free_text.h"
#include "gui/first_supervisor_dialog.h"
#include "gui/session_controller.h"
#include "gui/sign_in_dialog.h"
#include "messages/access_text.h"
#include "qstring_printer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

namespace jpki::gui {
namespace {

using namespace std::chrono_literals;

QLineEdit& field(QWidget& dialog, const char* name) {
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    EXPECT_NE(edit, nullptr) << name;
    return *edit;
}

QLabel& label(QWidget& dialog, const char* name) {
    auto* found = dialog.findChild<QLabel*>(QString::fromLatin1(name));
    EXPECT_NE(found, nullptr) << name;
    return *found;
}

QPushButton& okButton(QWidget& dialog) {
    return *dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

TEST(SignInDialog, AsksOnlyOnceBothTheIdAndThePasswordAreTyped) {
    SignInDialog dialog;
    QSignalSpy submitted(&dialog, &SignInDialog::submitted);
    dialog.show();
    EXPECT_FALSE(okButton(dialog).isEnabled());
    field(dialog, "loginEdit").setText(QStringLiteral("clerk"));
    QTest::keyClick(&field(dialog, "loginEdit"), Qt::Key_Return);
    EXPECT_EQ(submitted.count(), 0);
    QTest::keyClicks(&field(dialog, "passwordEdit"), QStringLiteral("secret-words"));
    EXPECT_TRUE(okButton(dialog).isEnabled());
    QTest::keyClick(&field(dialog, "passwordEdit"), Qt::Key_Return);
    EXPECT_EQ(submitted.count(), 1);
    EXPECT_TRUE(dialog.isVisible()); // only the owner's accept() closes it
}

TEST(SignInDialog, MasksThePasswordAndHandsItOverOnce) {
    SignInDialog dialog;
    QLineEdit& password = field(dialog, "passwordEdit");
    EXPECT_EQ(password.echoMode(), QLineEdit::Password);
    EXPECT_EQ(password.contextMenuPolicy(), Qt::NoContextMenu);
    field(dialog, "loginEdit").setText(QStringLiteral("  clerk "));
    password.setText(QStringLiteral("secret-words"));
    EXPECT_EQ(dialog.login(), QStringLiteral("clerk"));
    domain::SecretBuffer taken = dialog.takePassword();
    EXPECT_TRUE(taken.equals("secret-words"));
    EXPECT_TRUE(password.text().isEmpty());
    EXPECT_TRUE(dialog.takePassword().empty());
}

TEST(SignInDialog, BusyDisablesTheEntriesAndIgnoresEsc) {
    SignInDialog dialog;
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    field(dialog, "loginEdit").setText(QStringLiteral("clerk"));
    field(dialog, "passwordEdit").setText(QStringLiteral("secret-words"));
    dialog.setBusy(true);
    EXPECT_FALSE(field(dialog, "passwordEdit").isEnabled());
    EXPECT_FALSE(okButton(dialog).isEnabled());
    EXPECT_TRUE(label(dialog, "busyLabel").isVisible());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(rejected.count(), 0);

    dialog.showRefusal(QStringLiteral("refused"));
    EXPECT_FALSE(dialog.busy());
    EXPECT_TRUE(field(dialog, "passwordEdit").isEnabled());
    EXPECT_FALSE(label(dialog, "busyLabel").isVisible());
    EXPECT_EQ(label(dialog, "errorLabel").text(), QStringLiteral("refused"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(rejected.count(), 1);
}

TEST(SignInDialog, UnlockModeNamesWhoseScreenItIsAndFillsTheirId) {
    SignInDialog dialog(SignInMode::Unlock);
    dialog.setLockedFor(QStringLiteral("窓口 花子"), QStringLiteral("clerk"));
    EXPECT_EQ(dialog.mode(), SignInMode::Unlock);
    EXPECT_EQ(dialog.login(), QStringLiteral("clerk"));
    EXPECT_TRUE(label(dialog, "hintLabel").text().contains(QStringLiteral("窓口 花子")));
}

// R-DATA-TEXT: the fields take no more than the workflow may store.
TEST(FirstSupervisorDialog, TheNameFieldsTakeNoMoreThanCanBeStored) {
    FirstSupervisorDialog dialog;
    auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("loginEdit"));
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    ASSERT_NE(login, nullptr);
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(login->maxLength(),
              int(domain::textLimit(domain::TextKind::StaffLogin).maxCharacters));
    EXPECT_EQ(name->maxLength(), int(domain::textLimit(domain::TextKind::StaffName).maxCharacters));
    name->setText(QString(500, QLatin1Char('x')));
    EXPECT_EQ(name->text().size(), name->maxLength());
}

TEST(FirstSupervisorDialog, ShowsEachReasonOfThePolicyAsThePasswordIsTyped) {
    FirstSupervisorDialog dialog;
    dialog.show();
    field(dialog, "loginEdit").setText(QStringLiteral("kanri"));
    field(dialog, "nameEdit").setText(QStringLiteral("監督 一郎"));
    EXPECT_TRUE(label(dialog, "problemsLabel").text().isEmpty()); // nothing typed yet
    QTest::keyClicks(&field(dialog, "passwordEdit"), QStringLiteral("aaaa"));
    const QString reasons = label(dialog, "problemsLabel").text();
    EXPECT_TRUE(reasons.contains(messages::passwordProblemText(domain::PasswordProblem::TooShort)));
    EXPECT_TRUE(
        reasons.contains(messages::passwordProblemText(domain::PasswordProblem::SingleCharacter)));
    QTest::keyClicks(&field(dialog, "passwordEdit"), QStringLiteral("aaaaaa"));
    EXPECT_FALSE(label(dialog, "problemsLabel")
                     .text()
                     .contains(messages::passwordProblemText(domain::PasswordProblem::TooShort)));
    EXPECT_FALSE(okButton(dialog).isEnabled());
}

TEST(FirstSupervisorDialog, EnterWithPasswordsThatDifferNeitherSubmitsNorQuits) {
    FirstSupervisorDialog dialog;
    dialog.show();
    QSignalSpy submitted(&dialog, &FirstSupervisorDialog::submitted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    field(dialog, "loginEdit").setText(QStringLiteral("kanri"));
    field(dialog, "nameEdit").setText(QStringLiteral("監督 一郎"));
    field(dialog, "passwordEdit").setText(QStringLiteral("長い合言葉を使います"));
    field(dialog, "confirmEdit").setText(QStringLiteral("長い合言葉を使いません"));
    field(dialog, "confirmEdit").setFocus();
    QTest::keyClick(&field(dialog, "confirmEdit"), Qt::Key_Return);
    EXPECT_EQ(submitted.count(), 0);
    EXPECT_EQ(rejected.count(), 0) << "Enter pressed the quit button";
    // Whichever button has had the focus, Enter can only ever mean OK.
    auto* quit = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    EXPECT_FALSE(quit->autoDefault());
    EXPECT_TRUE(okButton(dialog).isDefault());
}

TEST(SignInDialog, EnterWithoutAPasswordNeitherSubmitsNorQuits) {
    SignInDialog dialog;
    dialog.show();
    QSignalSpy submitted(&dialog, &SignInDialog::submitted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    field(dialog, "loginEdit").setText(QStringLiteral("kanri"));
    field(dialog, "loginEdit").setFocus();
    QTest::keyClick(&field(dialog, "loginEdit"), Qt::Key_Return);
    EXPECT_EQ(submitted.count(), 0);
    EXPECT_EQ(rejected.count(), 0) << "Enter pressed the quit button";
    auto* quit = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    EXPECT_FALSE(quit->autoDefault());
    EXPECT_TRUE(okButton(dialog).isDefault());
}

TEST(FirstSupervisorDialog, NeedsANameAndTheSamePasswordTwice) {
    FirstSupervisorDialog dialog;
    QSignalSpy submitted(&dialog, &FirstSupervisorDialog::submitted);
    field(dialog, "loginEdit").setText(QStringLiteral("kanri"));
    field(dialog, "passwordEdit").setText(QStringLiteral("長い合言葉を使います"));
    field(dialog, "confirmEdit").setText(QStringLiteral("長い合言葉を使います"));
    EXPECT_FALSE(okButton(dialog).isEnabled()); // no name yet
    field(dialog, "nameEdit").setText(QStringLiteral("監督 一郎"));
    ASSERT_TRUE(okButton(dialog).isEnabled());
    QTest::mouseClick(&okButton(dialog), Qt::LeftButton);
    EXPECT_EQ(submitted.count(), 1);
    domain::SecretBuffer taken = dialog.takePassword();
    EXPECT_TRUE(taken.equals(std::string_view("長い合言葉を使います")));
    EXPECT_TRUE(field(dialog, "passwordEdit").text().isEmpty());
    EXPECT_TRUE(field(dialog, "confirmEdit").text().isEmpty());
}

// Not a check: the pictures in docs/screenshots, taken when JPKI_SCREENSHOT_DIR is set.
TEST(SignInScreenshots, SavesBothDialogs) {
    const QByteArray folder = qgetenv("JPKI_SCREENSHOT_DIR");
    if (folder.isEmpty()) {
        GTEST_SKIP() << "JPKI_SCREENSHOT_DIR not set";
    }
    const QDir target(QString::fromLocal8Bit(folder));
    SignInDialog signIn;
    signIn.show();
    field(signIn, "loginEdit").setText(QStringLiteral("clerk"));
    signIn.showRefusal(messages::accessErrorText(
        workflow::AccessError::of(workflow::AccessProblem::WrongCredentials)));
    EXPECT_TRUE(signIn.grab().save(target.filePath(QStringLiteral("sign-in.png"))));

    FirstSupervisorDialog first;
    first.show();
    field(first, "loginEdit").setText(QStringLiteral("kanri"));
    field(first, "nameEdit").setText(QStringLiteral("監督 一郎"));
    field(first, "passwordEdit").setText(QStringLiteral("kanri"));
    EXPECT_TRUE(first.grab().save(target.filePath(QStringLiteral("first-supervisor.png"))));
}

} // namespace
} // namespace jpki::gui
