// The wizard's reception pages: procedure and path, the holder's details, the proxy.

#include "gui/case_pages.h"
#include "gui/input_limits.h"
#include "messages/card_text.h"
#include "messages/document_text.h"
#include "messages/workflow_text.h"
#include "ui_applicantpage.h"
#include "ui_procedurepage.h"
#include "ui_proxypage.h"
#include "workflow/case_inputs.h"

#include <QDate>
#include <QPushButton>

namespace jpki::gui {

namespace {

QDate qDateOf(const domain::Date& date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                 static_cast<int>(unsigned(date.day())));
}

domain::Date dateOf(const QDate& date) {
    return domain::Date(std::chrono::year(date.year()),
                        std::chrono::month(static_cast<unsigned>(date.month())),
                        std::chrono::day(static_cast<unsigned>(date.day())));
}

} // namespace

// --- Procedure and path ---

ProcedurePage::ProcedurePage(CaseWizard& wizard)
    : CaseWizardPage(wizard, CasePage::Procedure)
    , m_ui(std::make_unique<Ui::ProcedurePage>()) {
    m_ui->setupUi(this);
    addMessageArea();
    for (QRadioButton* radio : {m_ui->renewalRadio, m_ui->pinResetRadio, m_ui->lockReleaseRadio}) {
        connect(radio, &QRadioButton::clicked, this, [this] { m_chosenByClerk = true; });
        connect(radio, &QRadioButton::toggled, this, &ProcedurePage::showRequirements);
    }
    for (QRadioButton* radio : {m_ui->selfRadio, m_ui->legalRadio, m_ui->voluntaryRadio}) {
        connect(radio, &QRadioButton::toggled, this, &ProcedurePage::showRequirements);
    }
    connect(&wizard, &CaseWizard::cardStateChanged, this, &ProcedurePage::followCard);
}

ProcedurePage::~ProcedurePage() = default;

void ProcedurePage::initializePage() {
    m_chosenByClerk = false;
    m_ui->renewalRadio->setChecked(true);
    followCard();
    showRequirements();
}

void ProcedurePage::followCard() {
    const auto suggestion = suggestProcedure(caseWizard().cardState(), caseWizard().today());
    if (!suggestion) {
        //: en: The card in the reader suggests nothing in particular: ask the applicant.
        m_ui->suggestionLabel->setText(
            tr("カードの状態からは特に推奨される手続はありません。申請者に確認してください。"));
        return;
    }
    //: en: Suggested from the card: %1 (%2)
    m_ui->suggestionLabel->setText(
        tr("カードの状態からの推奨: %1(%2)")
            .arg(messages::procedureName(suggestion->procedure), suggestion->reason));
    if (m_chosenByClerk) {
        return; // the clerk's choice stands
    }
    switch (suggestion->procedure) {
    case domain::Procedure::Renewal:
        m_ui->renewalRadio->setChecked(true);
        break;
    case domain::Procedure::PinReset:
        m_ui->pinResetRadio->setChecked(true);
        break;
    case domain::Procedure::LockRelease:
        m_ui->lockReleaseRadio->setChecked(true);
        break;
    }
}

void ProcedurePage::showRequirements() {
    const domain::DocumentPlan plan = domain::documentPlan(procedure(), path());
    QStringList lines;
    for (const domain::Visit& visit : plan.visits) {
        if (plan.visits.size() > 1) {
            //: en: Visit %1:
            lines << tr("%1回目の来庁:").arg(visit.number);
        }
        for (const domain::RequiredItem& item : visit.items) {
            lines << QStringLiteral("・") + messages::requirementName(item.requirement) +
                         (item.necessity == domain::Necessity::Required
                              ? QString()
                              : QStringLiteral("(") + messages::necessityText(item.necessity) +
                                    QStringLiteral(")"));
        }
    }
    if (plan.visits.size() > 1) {
        lines << messages::secondVisitNote();
    }
    //: en: What the applicant must bring:
    m_ui->requirementsLabel->setText(tr("必要な書類:") + QLatin1Char('\n') +
                                     lines.join(QLatin1Char('\n')));
}

domain::Procedure ProcedurePage::procedure() const {
    if (m_ui->pinResetRadio->isChecked()) {
        return domain::Procedure::PinReset;
    }
    if (m_ui->lockReleaseRadio->isChecked()) {
        return domain::Procedure::LockRelease;
    }
    return domain::Procedure::Renewal;
}

domain::RequestPath ProcedurePage::path() const {
    if (m_ui->legalRadio->isChecked()) {
        return domain::RequestPath::LegalProxy;
    }
    if (m_ui->voluntaryRadio->isChecked()) {
        return domain::RequestPath::VoluntaryProxy;
    }
    return domain::RequestPath::Self;
}

void ProcedurePage::commit() {
    const domain::Procedure chosen = procedure();
    const domain::RequestPath chosenPath = path();
    const storage::StaffId clerk = caseWizard().clerk();
    caseWizard().submit(
        engineJob(std::nullopt, [chosen, chosenPath, clerk](workflow::CaseEngine& engine) {
            return engine.open(chosen, chosenPath, clerk);
        }));
}

// --- The holder ---

ApplicantPage::ApplicantPage(CaseWizard& wizard)
    : CaseWizardPage(wizard, CasePage::Applicant)
    , m_ui(std::make_unique<Ui::ApplicantPage>()) {
    m_ui->setupUi(this);
    limitToTextKind(*m_ui->nameEdit, domain::TextKind::PersonName);
    limitToTextKind(*m_ui->kanaEdit, domain::TextKind::PersonName);
    limitToTextKind(*m_ui->addressEdit, domain::TextKind::Address);
    for (QDateEdit* field : {m_ui->birthDateEdit, m_ui->cardExpiresEdit, m_ui->stayEdit}) {
        prepareDateField(*field);
    }
    addMessageArea();
    for (card::Sex sex :
         {card::Sex::Male, card::Sex::Female, card::Sex::NotApplicable, card::Sex::NotKnown}) {
        QString name;
        switch (sex) {
        case card::Sex::Male:
            //: en: Male
            name = tr("男");
            break;
        case card::Sex::Female:
            //: en: Female
            name = tr("女");
            break;
        case card::Sex::NotApplicable:
            //: en: Not applicable
            name = tr("適用不能");
            break;
        case card::Sex::NotKnown:
            //: en: Not known
            name = tr("不明");
            break;
        }
        m_ui->sexCombo->addItem(name, static_cast<int>(sex));
    }
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_ui->readCardButton, &QPushButton::clicked, this, &ApplicantPage::readFromCard);
    connect(m_ui->stayCheck, &QCheckBox::toggled, m_ui->stayEdit, &QWidget::setEnabled);
}

ApplicantPage::~ApplicantPage() = default;

void ApplicantPage::initializePage() {
    m_source = workflow::ApplicantSource::Typed;
    const domain::Date today = caseWizard().today();
    m_ui->birthDateEdit->setDate(qDateOf(today).addYears(-40));
    m_ui->cardExpiresEdit->setDate(qDateOf(today).addYears(1));
    m_ui->stayEdit->setDate(qDateOf(today).addYears(1));
    m_ui->nameEdit->setFocus();
}

bool ApplicantPage::readyToCommit() const {
    return !m_reading && m_dialog.isNull() && !m_ui->nameEdit->text().trimmed().isEmpty();
}

void ApplicantPage::readFromCard() {
    if (m_reading || m_dialog) {
        return;
    }
    const CardServiceState& state = caseWizard().cardState();
    if (state.cardReader.empty()) {
        //: en: No card in the reader.
        showMessage(tr("カードが置かれていません。"));
        return;
    }
    clearMessage();
    m_dialog = new PinDialog({domain::PinKind::CardInfo, PinEntryMode::Current,
                              triesLeft(state, domain::PinKind::CardInfo), std::nullopt},
                             this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_ui->readCardButton->setEnabled(false);
    Q_EMIT completeChanged();
    connect(m_dialog, &QDialog::finished, this, [this, reader = state.cardReader](int result) {
        PinDialog* dialog = m_dialog.data();
        m_dialog.clear();
        if (dialog == nullptr || result != QDialog::Accepted) {
            m_ui->readCardButton->setEnabled(true);
            Q_EMIT completeChanged();
            return;
        }
        auto pin = std::make_shared<domain::SecretBuffer>(dialog->takePin());
        m_reading = true;
        caseWizard().worker().run<CardInfoRead>(readCardInfoJob(reader, pin), this,
                                                [this](CardInfoRead read) { fillFromCard(read); });
    });
    m_dialog->show();
}

void ApplicantPage::fillFromCard(const CardInfoRead& read) {
    m_reading = false;
    m_ui->readCardButton->setEnabled(true);
    Q_EMIT completeChanged();
    // A wrong PIN spends a try: the card panel shows the new count.
    Q_EMIT caseWizard().cardReadRequested();
    if (!read.info) {
        showMessage(read.error ? messages::cardErrorText(*read.error) : QString());
        return;
    }
    m_ui->nameEdit->setText(QString::fromStdString(read.info->name));
    m_ui->addressEdit->setText(QString::fromStdString(read.info->address));
    if (read.info->birthDate) {
        m_ui->birthDateEdit->setDate(qDateOf(*read.info->birthDate));
    }
    m_ui->sexCombo->setCurrentIndex(m_ui->sexCombo->findData(static_cast<int>(read.info->sex)));
    m_source = workflow::ApplicantSource::CardInfoApplet;
    //: en: Read from the card. Type the kana and the card's expiry date from the card face.
    showMessage(
        tr("カードから読み取りました。フリガナとカードの有効期限は券面から入力してください。"),
        false);
    m_ui->kanaEdit->setFocus();
}

void ApplicantPage::commit() {
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return;
    }
    workflow::ApplicantInput applicant;
    applicant.name = m_ui->nameEdit->text().trimmed();
    applicant.kana = m_ui->kanaEdit->text().trimmed();
    applicant.birthDate = dateOf(m_ui->birthDateEdit->date());
    applicant.address = m_ui->addressEdit->text().trimmed();
    applicant.sex = static_cast<card::Sex>(m_ui->sexCombo->currentData().toInt());
    applicant.source = m_source;
    applicant.cardExpires = dateOf(m_ui->cardExpiresEdit->date());
    applicant.adultWard = m_ui->adultWardCheck->isChecked();
    applicant.faceAuthenticationCard = m_ui->faceAuthCheck->isChecked();
    if (m_ui->stayCheck->isChecked()) {
        applicant.periodOfStayEnds = dateOf(m_ui->stayEdit->date());
    }
    const storage::CaseId caseId = file->id;
    const storage::StaffId clerk = caseWizard().clerk();
    caseWizard().submit(engineJob(caseId, [caseId, applicant, clerk](workflow::CaseEngine& engine) {
        return engine.recordApplicant(caseId, applicant, clerk);
    }));
}

// --- The proxy ---

ProxyPage::ProxyPage(CaseWizard& wizard)
    : CaseWizardPage(wizard, CasePage::Proxy)
    , m_ui(std::make_unique<Ui::ProxyPage>()) {
    m_ui->setupUi(this);
    limitToTextKind(*m_ui->proxyNameEdit, domain::TextKind::PersonName);
    addMessageArea();
    for (domain::LegalAuthorityBasis basis :
         {domain::LegalAuthorityBasis::NotStated, domain::LegalAuthorityBasis::MinorUnder15,
          domain::LegalAuthorityBasis::AdultWard}) {
        m_ui->basisCombo->addItem(messages::legalAuthorityBasisName(basis),
                                  static_cast<int>(basis));
    }
    connect(m_ui->proxyNameEdit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

ProxyPage::~ProxyPage() = default;

void ProxyPage::initializePage() {
    const auto& file = caseWizard().caseFile();
    const bool legal = file && file->path == domain::RequestPath::LegalProxy;
    m_ui->kindLabel->setText(messages::proxyKindName(legal ? workflow::ProxyKind::Legal
                                                           : workflow::ProxyKind::Voluntary));
    m_ui->basisLabel->setVisible(legal);
    m_ui->basisCombo->setVisible(legal);
    if (legal && file->applicant && file->applicant->adultWard) {
        m_ui->basisCombo->setCurrentIndex(
            m_ui->basisCombo->findData(static_cast<int>(domain::LegalAuthorityBasis::AdultWard)));
    }
    m_ui->proxyNameEdit->setFocus();
}

bool ProxyPage::readyToCommit() const {
    return !m_ui->proxyNameEdit->text().trimmed().isEmpty();
}

void ProxyPage::commit() {
    const auto& file = caseWizard().caseFile();
    if (!file) {
        return;
    }
    workflow::ProxyInput proxy;
    proxy.name = m_ui->proxyNameEdit->text().trimmed();
    proxy.kind = file->path == domain::RequestPath::LegalProxy ? workflow::ProxyKind::Legal
                                                               : workflow::ProxyKind::Voluntary;
    if (proxy.kind == workflow::ProxyKind::Legal) {
        proxy.basis =
            static_cast<domain::LegalAuthorityBasis>(m_ui->basisCombo->currentData().toInt());
    }
    const storage::CaseId caseId = file->id;
    const storage::StaffId clerk = caseWizard().clerk();
    caseWizard().submit(engineJob(caseId, [caseId, proxy, clerk](workflow::CaseEngine& engine) {
        return engine.recordProxy(caseId, proxy, clerk);
    }));
}

} // namespace jpki::gui
