#pragma once

// The pages of the new-case wizard (see case_wizard.h), one Designer form each under ui/.

#include "domain/documents.h"
#include "gui/case_wizard.h"
#include "gui/pin_dialog.h"

#include <QPointer>
#include <array>
#include <memory>
#include <utility>
#include <vector>

class QCheckBox;
class QListWidget;

namespace jpki::gui {

namespace Ui {
class ProcedurePage;
class ApplicantPage;
class ProxyPage;
class DocumentsPage;
class LetterPage;
class CardCheckPage;
class OperationPage;
class ResultPage;
} // namespace Ui

// Where "print letter" and "print receipt" go; empty until the letters library is wired.
using PrintAction = std::function<void(QWidget& parent, const workflow::CaseFile& file)>;

class ProcedurePage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit ProcedurePage(CaseWizard& wizard);
    ~ProcedurePage() override;
    void initializePage() override;

protected:
    void commit() override;

private:
    void followCard();
    void showRequirements();
    domain::Procedure procedure() const;
    domain::RequestPath path() const;
    std::unique_ptr<Ui::ProcedurePage> m_ui;
    bool m_chosenByClerk = false;
};

class ApplicantPage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit ApplicantPage(CaseWizard& wizard);
    ~ApplicantPage() override;
    void initializePage() override;

protected:
    void commit() override;
    bool readyToCommit() const override;

private:
    // Asks the applicant for the card-info PIN, then reads the four items from the card.
    void readFromCard();
    void fillFromCard(const CardInfoRead& read);

    std::unique_ptr<Ui::ApplicantPage> m_ui;
    QPointer<PinDialog> m_dialog;
    bool m_reading = false;
    workflow::ApplicantSource m_source = workflow::ApplicantSource::Typed;
};

class ProxyPage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit ProxyPage(CaseWizard& wizard);
    ~ProxyPage() override;
    void initializePage() override;

protected:
    void commit() override;
    bool readyToCommit() const override;

private:
    std::unique_ptr<Ui::ProxyPage> m_ui;
};

class DocumentsPage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit DocumentsPage(CaseWizard& wizard);
    ~DocumentsPage() override;
    void initializePage() override;
    void caseUpdated() override;
    bool isDone(const workflow::CaseFile& file) const override;

protected:
    void commit() override;

private:
    domain::PresentedItems presented() const;
    domain::Visit visit() const;
    void showMissing();
    void fillIdList(QListWidget& list, bool withMyNumberCard);
    std::unique_ptr<Ui::DocumentsPage> m_ui;
};

class LetterPage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit LetterPage(CaseWizard& wizard, PrintAction printLetter = {});
    ~LetterPage() override;
    void initializePage() override;
    void caseUpdated() override;

protected:
    void commit() override;

private:
    std::unique_ptr<Ui::LetterPage> m_ui;
    PrintAction m_printLetter;
};

class CardCheckPage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit CardCheckPage(CaseWizard& wizard);
    ~CardCheckPage() override;
    void initializePage() override;

protected:
    void commit() override;
    bool readyToCommit() const override;

private:
    void followCard();
    std::vector<domain::PinKind> chosenPins() const;
    // Each PIN's box on the page, with the PIN it chooses.
    std::array<std::pair<QCheckBox*, domain::PinKind>, 4> pinBoxes() const;
    std::unique_ptr<Ui::CardCheckPage> m_ui;
};

class OperationPage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit OperationPage(CaseWizard& wizard);
    ~OperationPage() override;
    void initializePage() override;
    void cleanupPage() override;
    void caseUpdated() override;
    // The applicant's dialog while it is open, else null.
    PinDialog* pinDialog() const { return m_dialog.data(); }

protected:
    void commit() override;
    bool readyToCommit() const override;

private:
    // The PINs still to be asked for, in order.
    std::vector<PinRequest> requests() const;
    void askNext();
    void takeAnswer(int result);
    void run();
    void showPlan();
    void showProgress(const JobProgress& progress);
    void forgetPins();

    std::unique_ptr<Ui::OperationPage> m_ui;
    QPointer<PinDialog> m_dialog;
    std::vector<PinRequest> m_pending;
    std::shared_ptr<std::vector<NewPinEntry>> m_newPins;
    std::shared_ptr<workflow::RenewalPins> m_currentPins;
};

class ResultPage : public CaseWizardPage {
    Q_OBJECT
public:
    explicit ResultPage(CaseWizard& wizard, PrintAction printReceipt = {},
                        PrintAction printLetter = {});
    ~ResultPage() override;
    void initializePage() override;

protected:
    void commit() override {}

private:
    std::unique_ptr<Ui::ResultPage> m_ui;
    PrintAction m_printReceipt;
    PrintAction m_printLetter;
};

} // namespace jpki::gui
