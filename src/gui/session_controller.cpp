#include "gui/session_controller.h"

#include "gui/access_jobs.h"
#include "gui/first_supervisor_dialog.h"
#include "gui/lock_cover.h"
#include "gui/sign_in_dialog.h"
#include "messages/access_text.h"
#include "platform/logging.h"

#include <QApplication>
#include <QEvent>
#include <QWindow>
#include <algorithm>

namespace jpki::gui {

namespace {

// What counts as someone at the counter.
bool isActivity(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

// What must not reach the window under the cover.
bool isInput(QEvent::Type type) {
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::ContextMenu:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
        return true;
    default:
        return false;
    }
}

} // namespace

SessionController::SessionController(CaseWorker& worker, QWidget& window, SessionSettings settings,
                                     QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_window(window)
    , m_settings(std::move(settings))
    , m_cover(new LockCover(window)) {
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &SessionController::checkIdle);
    connect(m_cover, &LockCover::signInAsked, this, &SessionController::reopenFromCover);
    qApp->installEventFilter(this);
}

SessionController::~SessionController() {
    qApp->removeEventFilter(this);
    closeDialogs();
    delete m_cover.data();
}

SignInDialog* SessionController::signInDialog() const {
    return m_signIn;
}

FirstSupervisorDialog* SessionController::firstSupervisorDialog() const {
    return m_firstSupervisor;
}

LockCover* SessionController::cover() const {
    return m_cover;
}

void SessionController::start() {
    m_started = true;
    m_cover->coverSignedOut();
    m_worker.run<workflow::AccessOutcome<bool>>(
        needsFirstSupervisorJob(m_settings.access), this,
        [this](workflow::AccessOutcome<bool> needed) {
            if (needed && *needed) {
                openFirstSupervisor();
            } else if (needed) {
                openSignIn();
            } else {
                openSignIn(messages::accessErrorText(needed.error()));
            }
        });
}

void SessionController::closeDialogs() {
    // Deleted now rather than later: a late answer must not find the dialog it was meant for.
    delete m_signIn.data();
    delete m_firstSupervisor.data();
}

void SessionController::openFirstSupervisor() {
    closeDialogs();
    auto* dialog = new FirstSupervisorDialog(&m_window);
    m_firstSupervisor = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstSupervisorDialog::submitted, this,
            &SessionController::createFirstSupervisor);
    connect(dialog, &QDialog::rejected, this, &SessionController::quitRequested);
    dialog->open();
}

void SessionController::openSignIn(const QString& refusal) {
    closeDialogs();
    auto* dialog = new SignInDialog(SignInMode::SignIn, &m_window);
    m_signIn = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::submitted, this, &SessionController::submitSignIn);
    connect(dialog, &QDialog::rejected, this, &SessionController::quitRequested);
    dialog->open();
    if (!refusal.isEmpty()) {
        dialog->showRefusal(refusal);
    }
}

void SessionController::openUnlock() {
    closeDialogs();
    auto* dialog = new SignInDialog(SignInMode::Unlock, &m_window);
    m_signIn = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLockedFor(m_session->displayName, m_session->login);
    // Esc only puts the dialog away: the cover stays, and its button brings the dialog back.
    connect(dialog, &SignInDialog::submitted, this, &SessionController::submitSignIn);
    dialog->open();
}

void SessionController::reopenFromCover() {
    if (m_locked) {
        openUnlock();
    } else if (!m_session && !m_signIn && !m_firstSupervisor) {
        openSignIn();
    }
}

void SessionController::createFirstSupervisor() {
    if (!m_firstSupervisor) {
        return;
    }
    FirstSupervisorDialog& dialog = *m_firstSupervisor;
    auto password = std::make_shared<domain::SecretBuffer>(dialog.takePassword());
    dialog.setBusy(true);
    m_worker.run<workflow::AccessOutcome<workflow::Session>>(
        createFirstSupervisorJob(m_settings.access, dialog.login(), dialog.displayName(),
                                 std::move(password)),
        this, [this](workflow::AccessOutcome<workflow::Session> created) {
            if (!m_firstSupervisor) {
                return;
            }
            if (created) {
                m_firstSupervisor->accept();
                becomeSignedIn(*created);
            } else if (created.error().problem == workflow::AccessProblem::AccountsExist) {
                // Someone else made the first account meanwhile: sign in with it instead.
                openSignIn(messages::accessErrorText(created.error()));
            } else {
                m_firstSupervisor->showRefusal(messages::accessErrorText(created.error()));
            }
        });
}

void SessionController::submitSignIn() {
    if (!m_signIn) {
        return;
    }
    SignInDialog& dialog = *m_signIn;
    auto password = std::make_shared<domain::SecretBuffer>(dialog.takePassword());
    dialog.setBusy(true);
    if (dialog.mode() == SignInMode::Unlock && m_session) {
        m_worker.run<UnlockAnswer>(
            unlockJob(m_settings.access, *m_session, dialog.login(), std::move(password)), this,
            [this](UnlockAnswer answer) { answerUnlock(std::move(answer)); });
        return;
    }
    m_worker.run<workflow::AccessOutcome<workflow::Session>>(
        signInJob(m_settings.access, dialog.login(), std::move(password)), this,
        [this](workflow::AccessOutcome<workflow::Session> outcome) {
            answerSignIn(std::move(outcome));
        });
}

void SessionController::answerSignIn(workflow::AccessOutcome<workflow::Session> outcome) {
    if (!m_signIn) {
        return;
    }
    if (!outcome) {
        m_signIn->showRefusal(messages::accessErrorText(outcome.error()));
        return;
    }
    m_signIn->accept();
    becomeSignedIn(*outcome);
}

void SessionController::answerUnlock(UnlockAnswer answer) {
    if (!m_signIn || !m_locked || !m_session) {
        return;
    }
    if (!answer.signIn) {
        m_signIn->showRefusal(messages::accessErrorText(answer.signIn.error()));
        return;
    }
    if (answer.refusedScreen) {
        //: en: Only %1 or a supervisor can unlock this screen.
        m_signIn->showRefusal(
            tr("この画面のロックを解除できるのは、%1さん本人または責任者だけです。")
                .arg(m_session->displayName));
        return;
    }
    m_signIn->accept();
    if (workflow::unlockChangesStaff(*m_session, *answer.signIn)) {
        becomeSignedIn(*answer.signIn);
    } else {
        m_locked = false;
        m_cover->uncover();
        m_lastActivity.start();
        m_idleTimer.start(m_settings.idleLock);
    }
    Q_EMIT screenUnlocked();
}

void SessionController::becomeSignedIn(const workflow::Session& session) {
    m_session = session;
    m_locked = false;
    m_cover->uncover();
    m_lastActivity.start();
    m_idleTimer.start(m_settings.idleLock);
    platform::logger("gui")->info("staff {} signed in at the counter",
                                  storage::rawId(session.staff));
    Q_EMIT signedIn(session);
}

void SessionController::lockScreen() {
    if (!m_session || m_locked) {
        return;
    }
    m_locked = true;
    m_idleTimer.stop();
    m_cover->coverLockedFor(m_session->displayName);
    openUnlock();
    platform::logger("gui")->info("screen locked for staff {}", storage::rawId(m_session->staff));
    Q_EMIT screenLocked();
}

void SessionController::signOut() {
    if (!endSession()) {
        return;
    }
    m_cover->coverSignedOut();
    openSignIn();
    Q_EMIT signedOut();
}

void SessionController::signOutForExit() {
    if (!endSession()) {
        Q_EMIT signOutFinished();
        return;
    }
    closeDialogs();
    Q_EMIT signedOut();
}

bool SessionController::endSession() {
    if (!m_session) {
        return false;
    }
    const workflow::Session ending = *m_session;
    m_session.reset();
    m_locked = false;
    m_idleTimer.stop();
    m_worker.run<workflow::AccessOutcome<void>>(
        signOutJob(m_settings.access, ending), this,
        [this](workflow::AccessOutcome<void> outcome) { answerSignOut(std::move(outcome)); });
    return true;
}

void SessionController::answerSignOut(workflow::AccessOutcome<void> outcome) {
    if (!outcome && m_signIn && !m_signIn->busy()) {
        //: en: The sign-out could not be recorded: %1
        m_signIn->showRefusal(tr("サインアウトを記録できませんでした: %1")
                                  .arg(messages::accessErrorText(outcome.error())));
    }
    Q_EMIT signOutFinished();
}

void SessionController::checkIdle() {
    if (!m_session || m_locked) {
        return;
    }
    const auto idle = std::chrono::milliseconds(m_lastActivity.elapsed());
    if (idle >= m_settings.idleLock) {
        lockScreen();
    } else {
        m_idleTimer.start(m_settings.idleLock - idle);
    }
}

bool SessionController::belongsToLockScreen(QObject* target) const {
    auto* widget = qobject_cast<QWidget*>(target);
    if (widget == nullptr) {
        return false;
    }
    const QWidget* own[] = {m_cover, m_signIn.data(), m_firstSupervisor.data()};
    return std::any_of(std::begin(own), std::end(own), [widget](const QWidget* part) {
        return part != nullptr && (part == widget || part->isAncestorOf(widget));
    });
}

bool SessionController::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (isActivity(type) && m_session && !m_locked) {
        m_lastActivity.restart();
    }
    // The window's own events reach their widgets next, where they are sorted out.
    if (m_started && coversWindow() && isInput(type) && !qobject_cast<QWindow*>(watched) &&
        !belongsToLockScreen(watched)) {
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace jpki::gui
