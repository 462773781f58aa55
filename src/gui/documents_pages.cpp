// The wizard's documents page (with the reply of a voluntary proxy's second visit) and the
// inquiry-and-reply letter page.

#include "gui/case_pages.h"
#include "gui/color_scheme.h"
#include "gui/input_limits.h"
#include "messages/document_text.h"
#include "ui_documentspage.h"
#include "ui_letterpage.h"

#include <QDate>
#include <QListWidget>

namespace jpki::gui {

namespace {

constexpr int kIdTypeRole = Qt::UserRole + 1;

QDate qDateOf(const domain::Date& date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                 static_cast<int>(unsigned(date.day())));
}

domain::Date dateOf(const QDate& date) {
    return domain::Date(std::chrono::year(date.year()),
                        std::chrono::month(static_cast<unsigned>(date.month())),
                        std::chrono::day(static_cast<unsigned>(date.day())));
}

std::vector<domain::IdDocumentType> checkedIds(const QListWidget& list) {
    std::vector<domain::IdDocumentType> ids;
    for (int row = 0; row < list.count(); ++row) {
        const QListWidgetItem* item = list.item(row);
        if (item->checkState() == Qt::Checked) {
            ids.push_back(static_cast<domain::IdDocumentType>(item->data(kIdTypeRole).toInt()));
        }
    }
    return ids;
}

bool needs(const domain::Visit& visit, std::initializer_list<domain::Requirement> any) {
    for (const domain::RequiredItem& item : visit.items) {
        for (domain::Requirement requirement : any) {
            if (item.requirement == requirement) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

DocumentsPage::DocumentsPage(CaseWizard& wizard)
    : CaseWizardPage(wizard, CasePage::Documents)
    , m_ui(std::make_unique<Ui::DocumentsPage>()) {
    m_ui->setupUi(this);
    addMessageArea();
    for (domain::SealState state :
         {domain::SealState::NotPresented, domain::SealState::Sealed, domain::SealState::Opened}) {
        m_ui->sealCombo->addItem(messages::sealStateName(state), static_cast<int>(state));
    }
    prepareDateField(*m_ui->guardianshipDateEdit);
    fillIdList(*m_ui->proxyIdList, true);
    fillIdList(*m_ui->applicantIdList, false);
    for (QCheckBox* box : findChildren<QCheckBox*>()) {
        connect(box, &QCheckBox::toggled, this, &DocumentsPage::showMissing);
    }
    connect(m_ui->guardianshipCheck, &QCheckBox::toggled, m_ui->guardianshipDateEdit,
            &QWidget::setEnabled);
    connect(m_ui->guardianshipDateEdit, &QDateEdit::dateChanged, this, &DocumentsPage::showMissing);
    connect(m_ui->sealCombo, &QComboBox::currentIndexChanged, this, &DocumentsPage::showMissing);
    for (QListWidget* list : {m_ui->proxyIdList, m_ui->applicantIdList}) {
        connect(list, &QListWidget::itemChanged, this, &DocumentsPage::showMissing);
    }
}

DocumentsPage::~DocumentsPage() = default;

void DocumentsPage::fillIdList(QListWidget& list, bool withMyNumberCard) {
    const domain::MunicipalityProfile& profile = caseWizard().profile();
    for (const domain::AcceptedIdDocument& accepted : profile.identityDocuments) {
        if (!withMyNumberCard && accepted.type == domain::IdDocumentType::MyNumberCard) {
            continue; // the holder's own card is the card being served, never an ID beside it
        }
        auto* item = new QListWidgetItem(
            messages::idDocumentName(accepted.type) + QStringLiteral("(") +
                messages::idCategoryName(accepted.category) + QStringLiteral(")"),
            &list);
        item->setData(kIdTypeRole, static_cast<int>(accepted.type));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

bool DocumentsPage::isDone(const workflow::CaseFile& file) const {
    return file.step != workflow::Step::Documents && file.step != workflow::Step::AwaitingReply;
}

domain::Visit DocumentsPage::visit() const {
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return {};
    }
    const domain::DocumentPlan plan = domain::documentPlan(file->procedure, file->path);
    // Waiting for the reply: what is checked now is the second visit's.
    const int number = file->step == workflow::Step::AwaitingReply ? 2 : file->visit;
    for (const domain::Visit& planned : plan.visits) {
        if (planned.number == number) {
            return planned;
        }
    }
    return plan.visits.empty() ? domain::Visit{} : plan.visits.front();
}

void DocumentsPage::initializePage() {
    const domain::Visit current = visit();
    QStringList lines;
    for (const domain::RequiredItem& item : current.items) {
        lines << QStringLiteral("・") + messages::requirementName(item.requirement);
    }
    //: en: Visit %1: required
    m_ui->requiredLabel->setText(tr("%1回目の来庁で必要な書類:").arg(current.number) +
                                 QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    using domain::Requirement;
    m_ui->applicantCardCheck->setVisible(needs(current, {Requirement::ApplicantCard}));
    m_ui->expiryNoticeCheck->setVisible(needs(current, {Requirement::ExpiryNotice}));
    m_ui->pinMemoCheck->setVisible(needs(current, {Requirement::PinMemo}));
    m_ui->pinsKnownCheck->setVisible(needs(current, {Requirement::PinMemo}));
    m_ui->formSignedCheck->setVisible(needs(current, {Requirement::SignedApplicationForm}));
    const bool form = needs(current, {Requirement::SealedInquiryForm});
    m_ui->sealLabel->setVisible(form);
    m_ui->sealCombo->setVisible(form);
    m_ui->authorityGroup->setVisible(needs(current, {Requirement::LegalAuthorityProof}));
    m_ui->proxyIdGroup->setVisible(
        needs(current, {Requirement::ProxyIdTwoItemsOneWithPhoto, Requirement::ProxyIdTwoItems,
                        Requirement::ProxyIdOneItem}));
    m_ui->applicantIdGroup->setVisible(needs(current, {Requirement::ApplicantIdOtherThanCard}));
    m_ui->guardianshipDateEdit->setDate(qDateOf(caseWizard().today()));
    const auto& file = caseWizard().caseFile();
    if (file && file->step == workflow::Step::AwaitingReply && file->letter) {
        //: en: Second visit for letter %1: check that the reply arrived sealed.
        showMessage(tr("照会書 %1 の2回目の来庁です。回答書が封をされたままか確認してください。")
                        .arg(file->letter->reference),
                    false);
    }
    showMissing();
}

domain::PresentedItems DocumentsPage::presented() const {
    domain::PresentedItems items;
    items.applicantCard = m_ui->applicantCardCheck->isChecked();
    items.expiryNotice = m_ui->expiryNoticeCheck->isChecked();
    items.pinMemo = m_ui->pinMemoCheck->isChecked();
    items.pinsKnown = m_ui->pinsKnownCheck->isChecked();
    items.applicationFormSigned = m_ui->formSignedCheck->isChecked();
    items.inquiryForm = static_cast<domain::SealState>(m_ui->sealCombo->currentData().toInt());
    items.proxyIds = checkedIds(*m_ui->proxyIdList);
    items.applicantIds = checkedIds(*m_ui->applicantIdList);
    const auto& file = caseWizard().caseFile();
    if (file && file->proxy) {
        items.authority.basis = file->proxy->basis;
    }
    items.authority.familyRegisterCopy = m_ui->familyRegisterCheck->isChecked();
    items.authority.registeredDomicileHere = m_ui->domicileHereCheck->isChecked();
    items.authority.residentRegisterShowsRepresentative = m_ui->residentRegisterCheck->isChecked();
    if (m_ui->guardianshipCheck->isChecked()) {
        items.authority.guardianshipCertificateIssued = dateOf(m_ui->guardianshipDateEdit->date());
    }
    return items;
}

void DocumentsPage::showMissing() {
    // A preview from the same rule the engine applies; the engine's answer is what counts.
    const std::vector<domain::UnmetRequirement> unmet =
        domain::evaluateVisit(visit(), presented(), caseWizard().profile(), caseWizard().today());
    if (unmet.empty()) {
        //: en: Everything required for this visit is there.
        m_ui->missingLabel->setText(tr("今回の来庁に必要な書類はそろっています。"));
        m_ui->missingLabel->setStyleSheet(noticeStyle(*m_ui->missingLabel, NoticeTone::Good));
        return;
    }
    QStringList lines;
    for (const domain::UnmetRequirement& item : unmet) {
        lines << QStringLiteral("・") + messages::shortfallText(item.shortfall);
    }
    //: en: Still missing:
    m_ui->missingLabel->setText(tr("不足しているもの:") + QLatin1Char('\n') +
                                lines.join(QLatin1Char('\n')));
    m_ui->missingLabel->setStyleSheet(noticeStyle(*m_ui->missingLabel, NoticeTone::Problem));
}

void DocumentsPage::caseUpdated() {
    showMissing();
}

void DocumentsPage::commit() {
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return;
    }
    const storage::CaseId caseId = file->id;
    const storage::StaffId clerk = caseWizard().clerk();
    const domain::PresentedItems items = presented();
    const bool reply = file->step == workflow::Step::AwaitingReply;
    const int visitNumber = file->visit;
    caseWizard().submit(
        engineJob(caseId, [caseId, clerk, items, reply, visitNumber](workflow::CaseEngine& engine) {
            if (!reply) {
                return engine.checkDocuments(caseId, visitNumber, items, clerk);
            }
            auto recorded = engine.recordReply(caseId, items.inquiryForm, clerk);
            if (!recorded) {
                return recorded;
            }
            return engine.checkDocuments(caseId, recorded->visit, items, clerk);
        }));
}

// --- The voluntary proxy's letter ---

LetterPage::LetterPage(CaseWizard& wizard, PrintAction printLetter)
    : CaseWizardPage(wizard, CasePage::Letter)
    , m_ui(std::make_unique<Ui::LetterPage>())
    , m_printLetter(std::move(printLetter)) {
    m_ui->setupUi(this);
    addMessageArea();
    connect(m_ui->printLetterButton, &QPushButton::clicked, this, [this] {
        if (m_printLetter && caseWizard().caseFile()) {
            m_printLetter(*this, *caseWizard().caseFile());
        }
    });
}

LetterPage::~LetterPage() = default;

void LetterPage::initializePage() {
    caseUpdated();
}

void LetterPage::caseUpdated() {
    const auto& file = caseWizard().caseFile();
    const bool issued = file && file->letter;
    m_ui->printLetterButton->setEnabled(issued && m_printLetter != nullptr);
    if (!m_printLetter) {
        //: en: Printing is not available in this build: write the letter by hand.
        m_ui->printLetterButton->setToolTip(tr("この版では印刷できません。"));
    }
    if (!issued) {
        m_ui->statusLabel->setText(messages::secondVisitNote());
        //: en: Next: issue the letter (a reference number is given).
        m_ui->nextActionLabel->setText(tr("「次へ」で照会書を発行します(照会番号が付きます)。"));
        return;
    }
    //: en: Letter %1 issued. Print it and put it in the post.
    m_ui->statusLabel->setText(
        tr("照会書 %1 を発行しました。印刷して郵送してください。").arg(file->letter->reference));
    //: en: Next: record that the letter was mailed by ordinary post, not to be forwarded.
    m_ui->nextActionLabel->setText(tr("「次へ」で普通郵便(転送不要)による郵送を記録します。"));
}

void LetterPage::commit() {
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return;
    }
    const storage::CaseId caseId = file->id;
    const storage::StaffId clerk = caseWizard().clerk();
    const bool issued = file->letter.has_value();
    caseWizard().submit(engineJob(caseId, [caseId, clerk, issued](workflow::CaseEngine& engine) {
        return issued ? engine.recordLetterMailed(caseId, clerk)
                      : engine.issueLetter(caseId, clerk);
    }));
}

} // namespace jpki::gui
