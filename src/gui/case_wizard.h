#pragma once

// The new-case wizard: one page per step of a case (procedure and path, applicant, proxy,
// documents, the voluntary proxy's letter, card check, PINs and card operation, result). It
// shows and asks; every step is an engine command posted to the case worker, and the page the
// wizard shows follows the case's stored step, so that a refusal, a resumption or a card pulled
// out lands on the page the case really stands at. The clerk can cancel the case or record that
// the applicant left, with a reason, on any page.

#include "domain/municipality_profile.h"
#include "gui/card_service_state.h"
#include "gui/case_jobs.h"
#include "gui/case_presentation.h"
#include "gui/case_worker.h"
#include "storage/ids.h"
#include "workflow/case_file.h"

#include <QLabel>
#include <QWizard>
#include <functional>
#include <optional>

namespace jpki::platform {
class Clock;
}

namespace jpki::gui {

class CaseWizardPage;

class CaseWizard : public QWizard {
    Q_OBJECT

public:
    // `worker` and `clock` must outlive the wizard. `clerk` is the signed-in staff member.
    CaseWizard(CaseWorker& worker, const platform::Clock& clock,
               domain::MunicipalityProfile profile, storage::StaffId clerk,
               QWidget* parent = nullptr);
    ~CaseWizard() override;

    // Opens on a stored case (the second visit, or a case left open) at the page it stands at.
    void resume(workflow::CaseFile file);

    void showCardState(const jpki::gui::CardServiceState& state);
    const CardServiceState& cardState() const { return m_cardState; }

    const std::optional<workflow::CaseFile>& caseFile() const { return m_file; }
    storage::StaffId clerk() const { return m_clerk; }
    domain::Date today() const;
    const domain::MunicipalityProfile& profile() const { return m_profile; }
    bool busy() const { return m_busy; }
    CaseWorker& worker() const { return m_worker; }

    // Posts `job` to the worker. When it returns, the case is updated, `after` is called, and the
    // wizard moves on when the case's step has left the current page; otherwise the page shows
    // why not.
    void submit(CaseJob job, std::function<void(const CaseStep&)> after = {},
                std::function<void(const JobProgress&)> progress = {});
    // Asks the running job to stop before its next step.
    void cancelJob();

    int nextId() const override;

    // Cancel the case, or record that the applicant left, after asking for the reason.
    void endCase(bool applicantLeft);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void caseChanged();
    void cardStateChanged();
    void busyChanged(bool busy);
    // A card command changed the PINs' tries: the card panel should read the card again.
    void cardReadRequested();

private:
    void finishJob(const CaseStep& step, const std::function<void(const CaseStep&)>& after);
    void setBusy(bool busy);
    CaseWizardPage* currentCasePage() const;
    void retranslateButtons();

    CaseWorker& m_worker;
    const platform::Clock& m_clock;
    domain::MunicipalityProfile m_profile;
    storage::StaffId m_clerk;
    CardServiceState m_cardState;
    std::optional<workflow::CaseFile> m_file;
    bool m_busy = false;
    JobHandle m_job;
};

// What every page of the wizard shares: it is done when the case's step has left it; pressing
// Next on a page that is not done posts the page's command instead of moving on.
class CaseWizardPage : public QWizardPage {
    Q_OBJECT

public:
    CaseWizardPage(CaseWizard& wizard, CasePage page);

    bool validatePage() override;
    bool isComplete() const override;

    // Under the page's own widgets: a problem in red, or a note.
    void showMessage(const QString& text, bool problem = true);
    void clearMessage();

    // The case changed and still stands at this page (a refusal that keeps it open).
    virtual void caseUpdated() {}
    // Whether `file` has left this page.
    virtual bool isDone(const workflow::CaseFile& file) const;
    CasePage page() const { return m_page; }

protected:
    CaseWizard& caseWizard() const { return m_wizard; }
    // Posts the page's command; called by Next when the page is not done.
    virtual void commit() = 0;
    virtual bool readyToCommit() const { return true; }
    // Installs the message label at the end of the page's layout; call after setupUi().
    void addMessageArea();

private:
    CaseWizard& m_wizard;
    CasePage m_page;
    QLabel* m_message = nullptr;
};

} // namespace jpki::gui
