#pragma once

// Who works at the counter, on the GUI side. The controller holds a copy of the current
// workflow::Session (ids and names, no secret), asks the case worker whether a first supervisor
// must be created, shows the first-supervisor or the sign-in dialog over the window, signs out
// (stored through StaffAccess::signOut) and locks the screen after the idle time (R-ACC-IDLE).
// Every StaffAccess call runs on the worker's thread; the GUI never waits for one.
//
//   SessionController sessions(worker, window, {platform::idleLock(counterSettings), {}});
//   connect(&sessions, &SessionController::signedIn, &window, ...setSignedIn...);
//   worker.start(); window.show(); sessions.start();
//
// While nobody is signed in, or the screen is locked, a cover hides the window's content and
// the keyboard and mouse reach only the cover and the dialogs: activity anywhere in the program
// counts towards the idle time.

#include "gui/case_worker.h"
#include "workflow/screen_lock.h"
#include "workflow/session.h"
#include "workflow/staff_access.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <optional>

namespace jpki::gui {

class FirstSupervisorDialog;
class LockCover;
class SignInDialog;
struct UnlockAnswer;

struct SessionSettings {
    // No keyboard or mouse activity for this long locks the screen.
    std::chrono::milliseconds idleLock = workflow::kDefaultIdleLock;
    workflow::AccessSettings access;
};

class SessionController : public QObject {
    Q_OBJECT

public:
    // `worker` and `window` must outlive the controller; the dialogs and the cover are the
    // window's children.
    SessionController(CaseWorker& worker, QWidget& window, SessionSettings settings = {},
                      QObject* parent = nullptr);
    ~SessionController() override;

    // Covers the window and asks the worker whether a first supervisor is needed, then shows the
    // matching dialog. Call it after CaseWorker::start(), so that the store is open first.
    void start();

    const std::optional<workflow::Session>& session() const { return m_session; }
    bool screenIsLocked() const { return m_locked; }
    std::chrono::milliseconds idleLock() const { return m_settings.idleLock; }

    // Locks now (a menu item, Ctrl+L); nothing when nobody is signed in or already locked.
    void lockScreen();
    // Ends the session (stored as a sign-out event) and shows the sign-in again.
    void signOut();
    // Ends the session without showing the sign-in, as the program ends: signOutFinished()
    // tells when the event is stored (at once when nobody is signed in). The worker drops jobs
    // not yet begun when it stops, so stop it only after that.
    void signOutForExit();

    // The dialog or cover on screen, else null: for the window's tests and screenshots.
    SignInDialog* signInDialog() const;
    FirstSupervisorDialog* firstSupervisorDialog() const;
    LockCover* cover() const;

Q_SIGNALS:
    // Someone signed in, or a supervisor took over a locked screen: `session` replaces any other.
    void signedIn(const jpki::workflow::Session& session);
    void signedOut();
    // The sign-out event was stored, or could not be (its problem is logged and shown).
    void signOutFinished();
    void screenLocked();
    void screenUnlocked();
    // Esc or Quit on the sign-in or first-supervisor dialog: the program should end.
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openFirstSupervisor();
    void openSignIn(const QString& refusal = {});
    void openUnlock();
    void closeDialogs();
    void createFirstSupervisor();
    void submitSignIn();
    void answerSignIn(workflow::AccessOutcome<workflow::Session> outcome);
    void answerUnlock(UnlockAnswer answer);
    bool endSession();
    void answerSignOut(workflow::AccessOutcome<void> outcome);
    void becomeSignedIn(const workflow::Session& session);
    void reopenFromCover();
    void checkIdle();
    bool coversWindow() const { return !m_session || m_locked; }
    bool belongsToLockScreen(QObject* target) const;

    CaseWorker& m_worker;
    QWidget& m_window;
    SessionSettings m_settings;
    std::optional<workflow::Session> m_session;
    bool m_locked = false;
    bool m_started = false;
    QPointer<LockCover> m_cover;
    QPointer<SignInDialog> m_signIn;
    QPointer<FirstSupervisorDialog> m_firstSupervisor;
    QTimer m_idleTimer;
    QElapsedTimer m_lastActivity;
};

} // namespace jpki::gui
