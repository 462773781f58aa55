#include "gui/case_wizard.h"

#include "gui/case_pages.h"
#include "gui/color_scheme.h"
#include "gui/printing.h"
#include "messages/workflow_text.h"
#include "platform/clock.h"
#include "platform/logging.h"

#include <QAbstractButton>
#include <QInputDialog>
#include <QLabel>
#include <QLayout>

namespace jpki::gui {

CaseWizard::CaseWizard(CaseWorker& worker, const platform::Clock& clock,
                       domain::MunicipalityProfile profile, storage::StaffId clerk, QWidget* parent)
    : QWizard(parent)
    , m_worker(worker)
    , m_clock(clock)
    , m_profile(std::move(profile))
    , m_clerk(clerk) {
    setObjectName(QStringLiteral("caseWizard"));
    //: en: New case
    setWindowTitle(tr("新規受付"));
    setWizardStyle(QWizard::ClassicStyle);
    // Events are never undone: there is no way back, only on (or cancel, with a reason).
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
                     QWizard::NextButton, QWizard::FinishButton});
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    retranslateButtons();
    connect(this, &QWizard::customButtonClicked, this,
            [this](int which) { endCase(which == QWizard::CustomButton2); });

    setPage(static_cast<int>(CasePage::Procedure), new ProcedurePage(*this));
    setPage(static_cast<int>(CasePage::Applicant), new ApplicantPage(*this));
    setPage(static_cast<int>(CasePage::Proxy), new ProxyPage(*this));
    setPage(static_cast<int>(CasePage::Documents), new DocumentsPage(*this));
    setPage(static_cast<int>(CasePage::Letter),
            new LetterPage(*this, letterPrintAction(worker, m_profile)));
    setPage(static_cast<int>(CasePage::CardCheck), new CardCheckPage(*this));
    setPage(static_cast<int>(CasePage::Operation), new OperationPage(*this));
    setPage(static_cast<int>(CasePage::Result),
            new ResultPage(*this, receiptPrintAction(worker, m_profile),
                           letterPrintAction(worker, m_profile)));
    setStartId(static_cast<int>(CasePage::Procedure));
    connect(this, &QWizard::currentIdChanged, this, [this] { setBusy(m_busy); });
}

CaseWizard::~CaseWizard() {
    m_job.cancel();
}

void CaseWizard::retranslateButtons() {
    //: en: &Next >
    setButtonText(QWizard::NextButton, tr("次へ(&N) >"));
    //: en: &Finish
    setButtonText(QWizard::FinishButton, tr("終了(&F)"));
    //: en: Cancel the case…
    setButtonText(QWizard::CustomButton1, tr("受付を取消…"));
    //: en: Applicant left…
    setButtonText(QWizard::CustomButton2, tr("申請者が退席…"));
    //: en: Records this step and goes to the next
    button(QWizard::NextButton)->setAccessibleDescription(tr("この手順を記録して次へ進みます"));
    //: en: Goes back to the step before
    button(QWizard::BackButton)->setAccessibleDescription(tr("前の手順に戻ります"));
    //: en: Records this step and goes on; it cannot be undone
    button(QWizard::CommitButton)
        ->setAccessibleDescription(tr("この手順を記録して進みます。元に戻せません"));
    //: en: Closes the finished case
    button(QWizard::FinishButton)->setAccessibleDescription(tr("終わった案件を閉じます"));
    //: en: Closes the wizard; for an open case it first asks why the case is cancelled
    button(QWizard::CancelButton)
        ->setAccessibleDescription(tr("画面を閉じます。受付中の案件は取り消す理由をたずねます"));
    //: en: Cancels the case after asking for the reason
    button(QWizard::CustomButton1)
        ->setAccessibleDescription(tr("理由を入力して受付を取り消します"));
    //: en: Records that the applicant left, after asking for the reason
    button(QWizard::CustomButton2)
        ->setAccessibleDescription(tr("理由を入力して申請者の退席を記録します"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("cancelCaseButton"));
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("applicantLeftButton"));
}

void CaseWizard::resume(workflow::CaseFile file) {
    const CasePage page = resumePageForCase(file);
    m_file = std::move(file);
    setStartId(static_cast<int>(page));
    restart();
    Q_EMIT caseChanged();
}

void CaseWizard::showCardState(const CardServiceState& state) {
    m_cardState = state;
    Q_EMIT cardStateChanged();
}

domain::Date CaseWizard::today() const {
    return m_clock.todayInJapan();
}

void CaseWizard::submit(CaseJob job, std::function<void(const CaseStep&)> after,
                        std::function<void(const JobProgress&)> progress) {
    if (m_busy) {
        return;
    }
    if (CaseWizardPage* page = currentCasePage()) {
        page->clearMessage();
    }
    setBusy(true);
    m_job = m_worker.run<CaseStep>(
        std::move(job), this,
        [this, after = std::move(after)](CaseStep step) { finishJob(step, after); },
        std::move(progress));
}

void CaseWizard::cancelJob() {
    m_job.cancel();
}

void CaseWizard::finishJob(const CaseStep& step,
                           const std::function<void(const CaseStep&)>& after) {
    m_job = {};
    if (step.file) {
        m_file = step.file;
    }
    setBusy(false);
    Q_EMIT caseChanged();
    if (after) {
        after(step);
    }
    CaseWizardPage* page = currentCasePage();
    if (page == nullptr) {
        return;
    }
    if (step.error) {
        page->showMessage(messages::workflowErrorText(*step.error));
    }
    if (m_file && page->isDone(*m_file)) {
        next();
    } else {
        page->caseUpdated();
    }
}

void CaseWizard::setBusy(bool busy) {
    const bool changed = m_busy != busy;
    m_busy = busy;
    const bool caseEnds = m_file && m_file->isClosed();
    const bool onResult = currentId() == static_cast<int>(CasePage::Result);
    button(QWizard::CustomButton1)->setEnabled(!busy && !caseEnds);
    button(QWizard::CustomButton2)->setEnabled(!busy && !caseEnds && m_file.has_value());
    button(QWizard::CustomButton1)->setVisible(!onResult);
    button(QWizard::CustomButton2)->setVisible(!onResult);
    if (changed) {
        Q_EMIT busyChanged(busy);
    }
    if (CaseWizardPage* page = currentCasePage()) {
        Q_EMIT page->completeChanged();
    }
}

int CaseWizard::nextId() const {
    if (currentId() == static_cast<int>(CasePage::Result)) {
        return -1;
    }
    if (!m_file) {
        return static_cast<int>(CasePage::Applicant);
    }
    return static_cast<int>(pageForCase(*m_file));
}

void CaseWizard::endCase(bool applicantLeft) {
    if (m_busy) {
        return;
    }
    if (!m_file) {
        QWizard::reject(); // nothing recorded yet: nothing to close
        return;
    }
    if (m_file->isClosed() || m_file->step == workflow::Step::AwaitingReply) {
        QWizard::reject();
        return;
    }
    QString title;
    QString prompt;
    if (applicantLeft) {
        //: en: The applicant left
        title = tr("申請者が退席");
        //: en: Why did the applicant leave? (recorded with the case)
        prompt = tr("退席の理由(記録されます):");
    } else {
        //: en: Cancel the case
        title = tr("受付を取消");
        //: en: Why is the case cancelled? (recorded with the case)
        prompt = tr("取消の理由(記録されます):");
    }
    bool given = false;
    const QString reason =
        QInputDialog::getText(this, title, prompt, QLineEdit::Normal, QString(), &given);
    if (!given || reason.trimmed().isEmpty()) {
        return;
    }
    const storage::CaseId caseId = m_file->id;
    const storage::StaffId clerk = m_clerk;
    const QString trimmed = reason.trimmed();
    submit(engineJob(caseId, [caseId, clerk, trimmed, applicantLeft](workflow::CaseEngine& engine) {
        return applicantLeft ? engine.applicantLeft(caseId, trimmed, clerk)
                             : engine.cancel(caseId, trimmed, clerk);
    }));
}

void CaseWizard::reject() {
    // Escape on an open case asks for the reason instead of dropping it silently.
    if (m_file && !m_file->isClosed() && m_file->step != workflow::Step::AwaitingReply) {
        endCase(false);
        return;
    }
    QWizard::reject();
}

CaseWizardPage* CaseWizard::currentCasePage() const {
    return qobject_cast<CaseWizardPage*>(currentPage());
}

CaseWizardPage::CaseWizardPage(CaseWizard& wizard, CasePage page)
    : QWizardPage(&wizard)
    , m_wizard(wizard)
    , m_page(page) {
    connect(&wizard, &CaseWizard::busyChanged, this, &QWizardPage::completeChanged);
}

bool CaseWizardPage::isDone(const workflow::CaseFile& file) const {
    return pageForCase(file) != m_page;
}

bool CaseWizardPage::validatePage() {
    const auto& file = m_wizard.caseFile();
    if (m_page == CasePage::Result) {
        return true;
    }
    if (file && (m_page == CasePage::Procedure || isDone(*file))) {
        return true;
    }
    if (!m_wizard.busy() && readyToCommit()) {
        commit();
    }
    return false;
}

bool CaseWizardPage::isComplete() const {
    return !m_wizard.busy() && readyToCommit();
}

void CaseWizardPage::addMessageArea() {
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(false);
    if (layout() != nullptr) {
        layout()->addWidget(m_message);
    }
}

void CaseWizardPage::showMessage(const QString& text, bool problem) {
    if (m_message == nullptr) {
        return;
    }
    m_message->setStyleSheet(problem ? noticeStyle(*m_message, NoticeTone::Problem) +
                                           QStringLiteral("font-weight: bold;")
                                     : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CaseWizardPage::clearMessage() {
    showMessage(QString());
}

} // namespace jpki::gui
