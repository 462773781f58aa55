#include "gui/staff_dialog.h"

#include "gui/access_jobs.h"
#include "gui/color_scheme.h"
#include "gui/staff_entry_dialog.h"
#include "gui/staff_model.h"
#include "messages/access_text.h"
#include "platform/logging.h"
#include "ui_staffdialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>

namespace jpki::gui {

namespace {

using StaffList = workflow::AccessOutcome<std::vector<workflow::StaffOverview>>;
using Done = workflow::AccessOutcome<void>;

workflow::AccessError storeNotOpen() {
    return workflow::AccessError::storage(
        storage::StorageError(storage::StorageErrorCode::CannotOpen, "case store not open"));
}

void logRefusal(const char* what, const workflow::AccessError& error) {
    platform::logger("gui")->info("{}: {}", what, workflow::describe(error));
}

// A StaffAccess call on the worker's thread; `password` (may be null) is wiped after it.
template <typename T>
AccessJob<workflow::AccessOutcome<T>>
staffJob(const workflow::AccessSettings& settings, const char* what,
         std::function<workflow::AccessOutcome<T>(workflow::StaffAccess&)> call,
         PasswordForJob password = {}) {
    return [settings, what, call = std::move(call),
            password](JobContext& context) -> workflow::AccessOutcome<T> {
        struct Wipe {
            PasswordForJob password;
            ~Wipe() {
                if (password) {
                    password->clear();
                }
            }
        } const wipe{password};
        storage::CaseStore* store = context.store();
        if (store == nullptr) {
            return storeNotOpen();
        }
        workflow::StaffAccess access(*store, context.clock(), settings);
        auto outcome = call(access);
        if (!outcome) {
            logRefusal(what, outcome.error());
        }
        return outcome;
    };
}

AccessJob<StaffList> listJob(const workflow::AccessSettings& settings,
                             const workflow::Session& session) {
    return staffJob<std::vector<workflow::StaffOverview>>(
        settings, "staff list refused",
        [session](workflow::StaffAccess& access) { return access.listStaff(session); });
}

} // namespace

void StaffDialog::openFor(const workflow::Session& session, CaseWorker& worker, QWidget* parent,
                          workflow::AccessSettings access,
                          std::function<void(StaffDialog*)> opened) {
    QPointer<QWidget> owner(parent);
    worker.run<StaffList>(listJob(access, session), parent,
                          [session, &worker, access, owner, opened](StaffList list) {
                              if (!list) {
                                  //: en: Staff accounts
                                  const QString title = StaffDialog::tr("職員アカウント");
                                  auto* refusal =
                                      new QMessageBox(QMessageBox::Warning, title,
                                                      messages::accessErrorText(list.error()),
                                                      QMessageBox::Ok, owner);
                                  refusal->setObjectName(QStringLiteral("staffRefusal"));
                                  refusal->setAttribute(Qt::WA_DeleteOnClose);
                                  refusal->open();
                                  if (opened) {
                                      opened(nullptr);
                                  }
                                  return;
                              }
                              auto* dialog =
                                  new StaffDialog(session, worker, access, std::move(*list), owner);
                              dialog->setAttribute(Qt::WA_DeleteOnClose);
                              dialog->show();
                              if (opened) {
                                  opened(dialog);
                              }
                          });
}

StaffDialog::StaffDialog(const workflow::Session& session, CaseWorker& worker,
                         workflow::AccessSettings access,
                         std::vector<workflow::StaffOverview> accounts, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StaffDialog>())
    , m_session(session)
    , m_worker(worker)
    , m_access(std::move(access))
    , m_model(new StaffModel(this)) {
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("staffDialog"));
    m_model->setAccounts(std::move(accounts));
    m_ui->staffView->setModel(m_model);
    m_ui->staffView->horizontalHeader()->setStretchLastSection(true);
    m_ui->staffView->horizontalHeader()->setSectionResizeMode(StaffModel::NameColumn,
                                                              QHeaderView::Stretch);
    m_ui->staffView->verticalHeader()->hide();
    m_ui->staffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->staffView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->staffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_ui->staffView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StaffDialog::selectionChanged);
    connect(m_ui->addButton, &QPushButton::clicked, this, &StaffDialog::openAddDialog);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &StaffDialog::openResetDialog);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &StaffDialog::unlockSelected);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &StaffDialog::toggleActiveSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &StaffDialog::reject);
    m_ui->busyLabel->hide();
    m_ui->messageLabel->hide();
    nameTexts();
    updateButtons();
}

StaffDialog::~StaffDialog() = default;

void StaffDialog::nameTexts() {
    //: en: Signed in as %1 (%2)
    const QString who = tr("サインイン中: %1 (%2)");
    m_ui->sessionLabel->setText(
        who.arg(m_session.displayName, messages::staffRoleName(m_session.role)));
    //: en: Close
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("閉じる"));
    m_ui->buttonBox
        ->button(QDialogButtonBox::Close)
        //: en: Closes the staff accounts
        ->setAccessibleDescription(tr("職員アカウントの画面を閉じます"));
    updateButtons();
}

const workflow::StaffOverview* StaffDialog::selectedAccount() const {
    const QModelIndexList rows = m_ui->staffView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    return m_model->account(rows.first().row());
}

bool StaffDialog::selectLogin(const QString& login) {
    const int row = m_model->rowOf(login);
    if (row < 0) {
        m_ui->staffView->clearSelection();
        return false;
    }
    m_ui->staffView->selectRow(row);
    return true;
}

void StaffDialog::selectionChanged() {
    const workflow::StaffOverview* account = selectedAccount();
    m_selectedLogin = account != nullptr ? account->login : QString();
    updateButtons();
}

void StaffDialog::updateButtons() {
    const workflow::StaffOverview* account = selectedAccount();
    m_ui->addButton->setEnabled(!m_busy);
    m_ui->resetButton->setEnabled(!m_busy && account != nullptr);
    m_ui->unlockButton->setEnabled(!m_busy && account != nullptr && account->locked);
    m_ui->activeButton->setEnabled(!m_busy && account != nullptr);
    if (account != nullptr && !account->active) {
        //: en: &Reactivate
        m_ui->activeButton->setText(tr("再び有効にする(&V)"));
    } else {
        //: en: &Deactivate
        m_ui->activeButton->setText(tr("無効にする(&D)"));
    }
}

void StaffDialog::setBusy(bool busy) {
    m_busy = busy;
    m_ui->busyLabel->setVisible(busy);
    updateButtons();
}

void StaffDialog::showMessage(const QString& text, bool refusal) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(
        refusal ? noticeStyle(*m_ui->messageLabel, NoticeTone::Problem) : QString());
    m_ui->messageLabel->setVisible(!text.isEmpty());
    m_refusalShown = refusal && !text.isEmpty();
}

QString StaffDialog::messageText() const {
    return m_ui->messageLabel->isVisibleTo(this) ? m_ui->messageLabel->text() : QString();
}

void StaffDialog::reload() {
    m_worker.run<StaffList>(listJob(m_access, m_session), this, [this](StaffList list) {
        if (!list) {
            // An action's own refusal stays shown; the list's refusal is the same kind of answer.
            if (!m_refusalShown) {
                showMessage(messages::accessErrorText(list.error()), true);
            }
            Q_EMIT accountsShown();
            return;
        }
        const QString keep = m_selectedLogin;
        m_model->setAccounts(std::move(*list));
        selectLogin(keep);
        updateButtons();
        Q_EMIT accountsShown();
    });
}

StaffEntryDialog* StaffDialog::openAddDialog() {
    if (m_busy || m_entry) {
        return m_entry;
    }
    m_entry = new StaffEntryDialog(StaffEntryDialog::Mode::CreateAccount, this);
    m_entry->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_entry, &StaffEntryDialog::submitted, this, &StaffDialog::submitEntry);
    m_entry->open();
    return m_entry;
}

StaffEntryDialog* StaffDialog::openResetDialog() {
    const workflow::StaffOverview* account = selectedAccount();
    if (m_busy || m_entry || account == nullptr) {
        return nullptr;
    }
    m_entryTarget = account->id;
    m_entry = new StaffEntryDialog(StaffEntryDialog::Mode::ResetPassword, this, account->login,
                                   account->displayName);
    m_entry->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_entry, &StaffEntryDialog::submitted, this, &StaffDialog::submitEntry);
    m_entry->open();
    return m_entry;
}

void StaffDialog::submitEntry() {
    if (!m_entry || m_busy) {
        return;
    }
    auto password = std::make_shared<domain::SecretBuffer>(m_entry->takePassword());
    m_entry->setBusy(true);
    setBusy(true);
    const workflow::Session session = m_session;
    const QString login = m_entry->login();
    if (m_entry->mode() == StaffEntryDialog::Mode::CreateAccount) {
        const QString name = m_entry->displayName();
        const storage::StaffRole role = m_entry->role();
        using Created = workflow::AccessOutcome<storage::StaffId>;
        m_worker.run<Created>(
            staffJob<storage::StaffId>(
                m_access, "staff account not created",
                [session, login, name, role, password](workflow::StaffAccess& access) {
                    return access.createStaff(session, login, name, role, *password);
                },
                password),
            this, [this, login](Created created) {
                if (created) {
                    m_selectedLogin = login;
                }
                //: en: The account %1 was created.
                const QString text = tr("アカウント「%1」を作成しました。");
                finishEntry(created ? std::nullopt : std::optional(created.error()),
                            text.arg(login));
            });
        return;
    }
    const storage::StaffId target = m_entryTarget;
    m_worker.run<Done>(staffJob<void>(
                           m_access, "password reset refused",
                           [session, target, password](workflow::StaffAccess& access) {
                               return access.resetPassword(session, target, *password);
                           },
                           password),
                       this, [this, login](Done reset) {
                           //: en: A new password was set for %1.
                           const QString text = tr("「%1」のパスワードを再設定しました。");
                           finishEntry(reset ? std::nullopt : std::optional(reset.error()),
                                       text.arg(login));
                       });
}

// The entry dialog's call came back: its refusal stays on the dialog (and the list's message),
// or the dialog closes and the list says what was done; the list is read again either way.
void StaffDialog::finishEntry(const std::optional<workflow::AccessError>& refusal,
                              const QString& doneText) {
    setBusy(false);
    if (refusal) {
        const QString text = messages::accessErrorText(*refusal);
        if (m_entry) {
            m_entry->showRefusal(text);
        }
        showMessage(text, true);
    } else {
        if (m_entry) {
            m_entry->setBusy(false);
            m_entry->accept();
        }
        showMessage(doneText, false);
    }
    Q_EMIT actionFinished(!refusal);
    reload();
}

void StaffDialog::finishAction(const workflow::AccessOutcome<void>& outcome,
                               const QString& doneText) {
    setBusy(false);
    if (!outcome) {
        showMessage(messages::accessErrorText(outcome.error()), true);
    } else {
        showMessage(doneText, false);
    }
    Q_EMIT actionFinished(outcome.ok());
    reload();
}

void StaffDialog::unlockSelected() {
    const workflow::StaffOverview* account = selectedAccount();
    if (m_busy || account == nullptr) {
        return;
    }
    setBusy(true);
    const workflow::Session session = m_session;
    const storage::StaffId target = account->id;
    //: en: %1 was unlocked.
    const QString doneText = tr("「%1」のロックを解除しました。").arg(account->login);
    m_worker.run<Done>(staffJob<void>(m_access, "unlock refused",
                                      [session, target](workflow::StaffAccess& access) {
                                          return access.unlock(session, target);
                                      }),
                       this, [this, doneText](Done out) { finishAction(out, doneText); });
}

void StaffDialog::toggleActiveSelected() {
    const workflow::StaffOverview* account = selectedAccount();
    if (m_busy || account == nullptr) {
        return;
    }
    setBusy(true);
    const workflow::Session session = m_session;
    const storage::StaffId target = account->id;
    const bool active = !account->active;
    QString doneText;
    if (active) {
        //: en: %1 was reactivated.
        doneText = tr("「%1」を再び有効にしました。").arg(account->login);
    } else {
        //: en: %1 was deactivated.
        doneText = tr("「%1」を無効にしました。").arg(account->login);
    }
    m_worker.run<Done>(staffJob<void>(m_access, "staff state change refused",
                                      [session, target, active](workflow::StaffAccess& access) {
                                          return access.setActive(session, target, active);
                                      }),
                       this, [this, doneText](Done out) { finishAction(out, doneText); });
}

void StaffDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        nameTexts();
    }
    QDialog::changeEvent(event);
}

} // namespace jpki::gui
