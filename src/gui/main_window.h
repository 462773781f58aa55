#pragma once

#include "domain/municipality_profile.h"
#include "gui/card_service_state.h"
#include "storage/ids.h"
#include "storage/staff_records.h"
#include "workflow/case_file.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QLabel;
class QTableView;
class QTimer;

namespace jpki::platform {
class Clock;
}

namespace jpki::gui {

namespace Ui {
class MainWindow;
}

class CardPanel;
class CardServiceThread;
class CaseListModel;
class CaseWizard;
class CaseWorker;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `clock` gives today's date in the header; it must outlive the window.
    MainWindow(domain::MunicipalityProfile profile, const platform::Clock& clock,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // The card panel follows the service's states and asks it for re-reads.
    void attachCardService(CardServiceThread& service);
    CardPanel& cardPanel();

    // The case flow: today's cases at this counter, the cases waiting for a reply, the new-case
    // wizard. Without a worker (or nobody signed in) the case actions stay disabled.
    void attachCaseWorker(CaseWorker& worker, const QString& counter = QStringLiteral("1"));
    // Who works at the counter, from the sign-in; case actions need someone signed in.
    void setSignedIn(storage::StaffId staff, const QString& displayName, storage::StaffRole role);
    void setSignedOut();
    std::optional<storage::StaffId> signedInStaff() const { return m_staff; }

    // Opens the wizard on a new case (Ctrl+N), or on a stored case found by its reference.
    void startNewCase();
    void findAndResume(const QString& reference);
    void resumeCase(workflow::CaseFile file);
    // The wizard while a case is open in the window, else null.
    CaseWizard* caseWizard() const;
    // Reloads today's cases and the cases waiting for a reply.
    void refreshLists();
    CaseListModel& todayModel() const { return *m_todayModel; }
    CaseListModel& awaitingModel() const { return *m_awaitingModel; }

    // A lasting note in the status bar, e.g. that the card is the built-in virtual one.
    void setSourceNote(const QString& note);
    // A problem outside the card panel (the virtual card stopped), until the next one.
    void showProblem(const QString& problem);

    void showAbout();
    // ヘルプ → 診断情報: opens the diagnostics dialog, which collects on its own thread.
    void showDiagnostics();

Q_SIGNALS:
    // The lists were reloaded from the store.
    void listsRefreshed();
    // The signed-in staff member asks to sign out, to lock the screen, or (a supervisor) to
    // review the day; the session controller and the review window answer.
    void signOutRequested();
    void lockRequested();
    void reviewRequested();
    void staffAccountsRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showToday();
    void noteCardState(const jpki::gui::CardServiceState& state);
    void updateCaseActions();
    void openWizard();
    void closeWizard();
    void resumeSelected(const QTableView& view);

    std::unique_ptr<Ui::MainWindow> m_ui;
    domain::MunicipalityProfile m_profile;
    const platform::Clock& m_clock;
    QTimer* m_todayTimer = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_placeLabel = nullptr;

    QPointer<CaseWorker> m_worker;
    QPointer<CardServiceThread> m_cardService;
    QString m_counter;
    bool m_storeOpen = false;
    std::optional<storage::StaffId> m_staff;
    std::optional<storage::StaffRole> m_role;
    CardServiceState m_cardState;
    CaseListModel* m_todayModel = nullptr;
    CaseListModel* m_awaitingModel = nullptr;
    QPointer<CaseWizard> m_wizard;
};

} // namespace jpki::gui
