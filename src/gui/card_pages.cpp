// The wizard's card pages: the card check from the live card state, the applicant's PINs with
// the card operation and its progress, and the result.

#include "gui/card_presentation.h"
#include "gui/case_pages.h"
#include "messages/card_text.h"
#include "messages/pin_text.h"
#include "messages/validity_text.h"
#include "messages/workflow_text.h"
#include "ui_cardcheckpage.h"
#include "ui_operationpage.h"
#include "ui_resultpage.h"

#include <QCheckBox>

namespace jpki::gui {

namespace {

domain::PinKind pinOf(domain::CertificateKind kind) {
    return kind == domain::CertificateKind::Signature ? domain::PinKind::Signature
                                                      : domain::PinKind::UserAuthentication;
}

} // namespace

// --- Card check ---

CardCheckPage::CardCheckPage(CaseWizard& wizard)
    : CaseWizardPage(wizard, CasePage::CardCheck)
    , m_ui(std::make_unique<Ui::CardCheckPage>()) {
    m_ui->setupUi(this);
    addMessageArea();
    for (workflow::CertificateSelection selection :
         {workflow::CertificateSelection::Due, workflow::CertificateSelection::Both,
          workflow::CertificateSelection::UserAuthenticationOnly,
          workflow::CertificateSelection::SignatureOnly}) {
        m_ui->selectionCombo->addItem(messages::certificateSelectionName(selection),
                                      static_cast<int>(selection));
    }
    for (QCheckBox* box : m_ui->pinGroup->findChildren<QCheckBox*>()) {
        connect(box, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    }
    // The boxes' text (the PIN and its state) comes with the card; their names stand before it.
    for (const auto& [box, pin] : pinBoxes()) {
        box->setAccessibleName(messages::pinKindName(pin));
    }
    connect(&wizard, &CaseWizard::cardStateChanged, this, &CardCheckPage::followCard);
}

CardCheckPage::~CardCheckPage() = default;

std::array<std::pair<QCheckBox*, domain::PinKind>, 4> CardCheckPage::pinBoxes() const {
    return {{{m_ui->signaturePinCheck, domain::PinKind::Signature},
             {m_ui->authenticationPinCheck, domain::PinKind::UserAuthentication},
             {m_ui->cardInfoPinCheck, domain::PinKind::CardInfo},
             {m_ui->residentPinCheck, domain::PinKind::ResidentRegistry}}};
}

void CardCheckPage::initializePage() {
    const auto& file = caseWizard().caseFile();
    const bool renewal = file && file->procedure == domain::Procedure::Renewal;
    m_ui->certificateGroup->setVisible(renewal);
    m_ui->pinGroup->setVisible(!renewal);
    const CardServiceState& state = caseWizard().cardState();
    std::vector<domain::PinKind> suggested;
    if (state.status && file) {
        suggested = suggestedPinsToReset(*state.status, file->procedure);
    }
    const auto boxes = pinBoxes();
    for (const auto& [box, pin] : boxes) {
        box->setChecked(std::find(suggested.begin(), suggested.end(), pin) != suggested.end());
    }
    followCard();
}

void CardCheckPage::followCard() {
    const CardServiceState& state = caseWizard().cardState();
    const PhaseText phase = phaseText(state);
    QStringList lines{phase.headline};
    if (state.phase == CardPhase::CardRead && state.status) {
        for (const CertificateRow& row : certificateRows(*state.status)) {
            lines << QStringLiteral("%1: %2 %3 %4")
                         .arg(row.name, row.state, row.expires, row.daysLeft);
        }
        if (m_ui->pinGroup->isHidden()) { // else the PIN boxes below tell the tries
            for (const PinRow& row : pinRows(*state.status)) {
                lines << QStringLiteral("%1: %2").arg(row.name, row.triesLeft);
            }
        }
        const auto boxes = pinBoxes();
        for (const auto& [box, pin] : boxes) {
            box->setText(messages::pinKindName(pin) + QStringLiteral("(") +
                         messages::pinStateText(state.status->pin(pin)) + QStringLiteral(")"));
        }
    } else if (!phase.advice.isEmpty()) {
        lines << phase.advice;
    }
    m_ui->cardStateLabel->setText(lines.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

std::vector<domain::PinKind> CardCheckPage::chosenPins() const {
    std::vector<domain::PinKind> pins;
    const auto boxes = pinBoxes();
    for (const auto& [box, pin] : boxes) {
        if (box->isChecked()) {
            pins.push_back(pin);
        }
    }
    return pins;
}

bool CardCheckPage::readyToCommit() const {
    const CardServiceState& state = caseWizard().cardState();
    if (state.phase != CardPhase::CardRead || !state.status) {
        return false;
    }
    const auto& file = caseWizard().caseFile();
    return file && (file->procedure == domain::Procedure::Renewal || !chosenPins().empty());
}

void CardCheckPage::commit() {
    const auto& file = caseWizard().caseFile();
    const CardServiceState& state = caseWizard().cardState();
    if (!file || !state.status) {
        return;
    }
    workflow::CardCheckChoice choice;
    choice.certificates =
        static_cast<workflow::CertificateSelection>(m_ui->selectionCombo->currentData().toInt());
    if (file->procedure != domain::Procedure::Renewal) {
        choice.pinsToReset = chosenPins();
    }
    const storage::CaseId caseId = file->id;
    const storage::StaffId clerk = caseWizard().clerk();
    const card::CardStatus status = *state.status;
    caseWizard().submit(
        engineJob(caseId, [caseId, status, choice, clerk](workflow::CaseEngine& engine) {
            return engine.checkCard(caseId, status, choice, clerk);
        }));
}

// --- PINs and the card operation ---

OperationPage::OperationPage(CaseWizard& wizard)
    : CaseWizardPage(wizard, CasePage::Operation)
    , m_ui(std::make_unique<Ui::OperationPage>()) {
    m_ui->setupUi(this);
    addMessageArea();
    connect(m_ui->pinButton, &QPushButton::clicked, this, &OperationPage::commit);
    connect(m_ui->stopButton, &QPushButton::clicked, &wizard, &CaseWizard::cancelJob);
    connect(&wizard, &CaseWizard::busyChanged, this, [this](bool busy) {
        m_ui->stopButton->setEnabled(busy);
        m_ui->pinButton->setEnabled(!busy && m_dialog.isNull());
    });
}

OperationPage::~OperationPage() {
    forgetPins();
}

void OperationPage::initializePage() {
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);
    m_ui->progressLabel->clear();
    m_ui->stopButton->setEnabled(false);
    showPlan();
    m_ui->pinButton->setFocus();
}

void OperationPage::cleanupPage() {
    if (m_dialog) {
        m_dialog->reject();
    }
    forgetPins();
}

void OperationPage::showPlan() {
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return;
    }
    QStringList lines;
    if (file->procedure == domain::Procedure::Renewal) {
        for (const workflow::CertificateRenewal& renewal : file->renewals) {
            //: en: Renew: %1 (%2)
            lines << tr("更新: %1(%2)")
                         .arg(messages::certificateKindText(renewal.kind),
                              messages::issuanceKindText(renewal.issuance));
        }
    } else {
        for (const workflow::PinReset& reset : file->resets) {
            //: en: Set anew: %1 (%2)
            lines << tr("再設定: %1(%2)")
                         .arg(messages::pinKindName(reset.pin),
                              messages::resetCaseText(reset.resetCase));
        }
    }
    m_ui->planLabel->setText(lines.join(QLatin1Char('\n')));
}

std::vector<PinRequest> OperationPage::requests() const {
    std::vector<PinRequest> wanted;
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return wanted;
    }
    const CardServiceState& state = caseWizard().cardState();
    if (file->procedure == domain::Procedure::Renewal) {
        for (const workflow::CertificateRenewal& renewal : file->renewals) {
            if (renewal.stage == workflow::RenewalStage::Done) {
                continue;
            }
            const domain::PinKind pin = pinOf(renewal.kind);
            wanted.push_back({pin, PinEntryMode::Current, triesLeft(state, pin), std::nullopt});
        }
        return wanted;
    }
    const std::optional<domain::Date> birth =
        file->applicant ? file->applicant->birthDate : std::nullopt;
    for (const workflow::PinReset& reset : file->resets) {
        if (!reset.confirmed) {
            wanted.push_back({reset.pin, PinEntryMode::New, std::nullopt, birth});
        }
    }
    return wanted;
}

bool OperationPage::readyToCommit() const {
    return m_dialog.isNull();
}

void OperationPage::commit() {
    if (caseWizard().busy() || m_dialog) {
        return;
    }
    clearMessage();
    forgetPins();
    m_newPins = std::make_shared<std::vector<NewPinEntry>>();
    m_currentPins = std::make_shared<workflow::RenewalPins>();
    m_pending = requests();
    if (m_pending.empty()) {
        run(); // a renewal cut short after its last certificate: only the completion is left
        return;
    }
    askNext();
}

void OperationPage::askNext() {
    if (m_pending.empty()) {
        run();
        return;
    }
    m_dialog = new PinDialog(m_pending.front(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, &OperationPage::takeAnswer);
    m_ui->pinButton->setEnabled(false);
    //: en: The applicant is typing the PIN…
    m_ui->progressLabel->setText(tr("申請者が暗証番号を入力しています…"));
    Q_EMIT completeChanged();
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void OperationPage::takeAnswer(int result) {
    PinDialog* dialog = m_dialog.data();
    m_dialog.clear();
    if (dialog == nullptr || m_pending.empty()) {
        return;
    }
    const PinRequest request = m_pending.front();
    m_pending.erase(m_pending.begin());
    if (result != QDialog::Accepted) {
        forgetPins();
        m_ui->pinButton->setEnabled(true);
        //: en: The PIN entry was cancelled; nothing was sent to the card.
        m_ui->progressLabel->setText(
            tr("暗証番号の入力が取り消されました。カードには何も送っていません。"));
        Q_EMIT completeChanged();
        return;
    }
    if (request.mode == PinEntryMode::New) {
        m_newPins->push_back({request.pin, dialog->takePin(), dialog->takeConfirmation()});
    } else if (request.pin == domain::PinKind::Signature) {
        m_currentPins->signature = dialog->takePin();
    } else {
        m_currentPins->userAuthentication = dialog->takePin();
    }
    askNext();
}

void OperationPage::run() {
    const auto& file = caseWizard().caseFile();
    const std::string reader = caseWizard().cardState().cardReader;
    m_ui->pinButton->setEnabled(true);
    Q_EMIT completeChanged();
    if (!file) {
        return;
    }
    if (reader.empty()) {
        forgetPins();
        //: en: No card in the reader: put the applicant's card in and try again.
        showMessage(
            tr("カードが置かれていません。申請者のカードを置いて、もう一度行ってください。"));
        m_ui->progressLabel->clear();
        return;
    }
    const storage::CaseId caseId = file->id;
    const storage::StaffId clerk = caseWizard().clerk();
    CaseJob job = file->procedure == domain::Procedure::Renewal
                      ? renewJob(caseId, reader, m_currentPins, clerk)
                      : resetPinsJob(caseId, reader, m_newPins, clerk);
    // The job holds the PINs now and wipes them when it ends; the page keeps none.
    m_newPins.reset();
    m_currentPins.reset();
    m_ui->progressBar->setRange(0, 0);
    caseWizard().submit(
        std::move(job),
        [this](const CaseStep& step) {
            m_ui->progressBar->setRange(0, 1);
            m_ui->progressBar->setValue(step.ok() ? 1 : 0);
            if (step.cancelled) {
                //: en: Stopped at the clerk's request; what was done so far is recorded.
                m_ui->progressLabel->setText(
                    tr("職員の指示で中止しました。ここまでの処理は記録されています。"));
            } else if (!step.ok()) {
                m_ui->progressLabel->clear();
            }
            // The card's tries changed: the card panel reads the card again.
            Q_EMIT caseWizard().cardReadRequested();
        },
        [this](const JobProgress& progress) { showProgress(progress); });
}

void OperationPage::showProgress(const JobProgress& progress) {
    if (progress.total > 1) {
        m_ui->progressBar->setRange(0, progress.total);
        m_ui->progressBar->setValue(progress.done);
    }
    m_ui->progressLabel->setText(progress.what);
}

void OperationPage::caseUpdated() {
    showPlan();
}

void OperationPage::forgetPins() {
    if (m_newPins) {
        for (NewPinEntry& entry : *m_newPins) {
            entry.first.clear();
            entry.confirmation.clear();
        }
    }
    if (m_currentPins) {
        m_currentPins->userAuthentication.clear();
        m_currentPins->signature.clear();
    }
    m_newPins.reset();
    m_currentPins.reset();
    m_pending.clear();
}

// --- Result ---

ResultPage::ResultPage(CaseWizard& wizard, PrintAction printReceipt, PrintAction printLetter)
    : CaseWizardPage(wizard, CasePage::Result)
    , m_ui(std::make_unique<Ui::ResultPage>())
    , m_printReceipt(std::move(printReceipt))
    , m_printLetter(std::move(printLetter)) {
    m_ui->setupUi(this);
    addMessageArea();
    setFinalPage(true);
    connect(m_ui->printReceiptButton, &QPushButton::clicked, this, [this] {
        if (m_printReceipt && caseWizard().caseFile()) {
            m_printReceipt(*this, *caseWizard().caseFile());
        }
    });
    connect(m_ui->printLetterButton, &QPushButton::clicked, this, [this] {
        if (m_printLetter && caseWizard().caseFile()) {
            m_printLetter(*this, *caseWizard().caseFile());
        }
    });
}

ResultPage::~ResultPage() = default;

void ResultPage::initializePage() {
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return;
    }
    //: en: Case %1
    m_ui->referenceLabel->setText(tr("受付番号 %1").arg(file->reference));
    const ResultText text = resultText(*file);
    m_ui->headlineLabel->setText(text.headline);
    m_ui->detailsLabel->setText(text.details);
    // The receipt is for a completed case; the letter for a voluntary proxy's case.
    m_ui->printReceiptButton->setVisible(file->step == workflow::Step::Completed);
    m_ui->printReceiptButton->setEnabled(m_printReceipt != nullptr);
    m_ui->printLetterButton->setVisible(file->letter.has_value());
    m_ui->printLetterButton->setEnabled(m_printLetter != nullptr);
}

} // namespace jpki::gui
