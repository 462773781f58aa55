// The main window's case flow: the lists of cases, sign-in state, and the wizard embedded beside
// the card panel, so that the card's state stays in view through the whole case.

#include "gui/card_service_thread.h"
#include "gui/case_jobs.h"
#include "gui/case_list_model.h"
#include "gui/case_wizard.h"
#include "gui/case_worker.h"
#include "gui/main_window.h"
#include "messages/access_text.h"
#include "messages/workflow_text.h"
#include "platform/clock.h"
#include "platform/logging.h"
#include "storage/storage_error.h"
#include "ui_mainwindow.h"

#include <QStatusBar>

namespace jpki::gui {

void MainWindow::attachCaseWorker(CaseWorker& worker, const QString& counter) {
    m_worker = &worker;
    m_counter = counter;
    connect(&worker, &CaseWorker::databaseCreated, this, [this](const QString& path) {
        //: en: A new case database was created: %1
        statusBar()->showMessage(tr("新しい受付記録のデータベースを作成しました: %1").arg(path));
    });
    connect(&worker, &CaseWorker::opened, this, [this](const QString& problem) {
        m_storeOpen = problem.isEmpty();
        if (!m_storeOpen) {
            showProblem(problem);
        }
        updateCaseActions();
        refreshLists();
    });
    updateCaseActions();
}

CaseWizard* MainWindow::caseWizard() const {
    return m_wizard.data();
}

void MainWindow::setSignedIn(storage::StaffId staff, const QString& displayName,
                             storage::StaffRole role) {
    m_staff = staff;
    m_role = role;
    const QString roleName = messages::staffRoleName(role);
    //: en: Signed in: %1 (%2)
    m_ui->signedInLabel->setText(tr("担当: %1(%2)").arg(displayName, roleName));
    updateCaseActions();
}

void MainWindow::setSignedOut() {
    m_staff.reset();
    m_role.reset();
    updateCaseActions();
}

void MainWindow::updateCaseActions() {
    const bool usable = m_worker && m_storeOpen && m_staff.has_value() && m_wizard.isNull();
    for (QAction* action : {m_ui->newCaseAction, m_ui->findAction}) {
        action->setEnabled(usable);
    }
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_ui->newCaseButton, m_ui->findButton, m_ui->referenceEdit,
                                         m_ui->openCaseButton, m_ui->resumeButton}) {
        widget->setEnabled(usable);
    }
    m_ui->refreshAction->setEnabled(m_worker && m_storeOpen);
    m_ui->signOutAction->setEnabled(m_staff.has_value());
    m_ui->lockAction->setEnabled(m_staff.has_value());
    // Offered to supervisors only; the workflow checks the role again when the window opens.
    m_ui->reviewAction->setEnabled(m_worker && m_storeOpen &&
                                   m_role == storage::StaffRole::Supervisor);
    m_ui->staffAction->setEnabled(m_ui->reviewAction->isEnabled());
    if (!m_staff) {
        //: en: Nobody is signed in: sign in to take cases.
        m_ui->signedInLabel->setText(tr("サインインしていません。受付にはサインインが必要です。"));
    }
}

void MainWindow::noteCardState(const CardServiceState& state) {
    m_cardState = state;
    if (m_wizard) {
        m_wizard->showCardState(state);
    }
}

void MainWindow::refreshLists() {
    if (!m_worker || !m_storeOpen) {
        return;
    }
    storage::DayQuery query{m_clock.todayInJapan(), m_counter, std::nullopt};
    auto pending = std::make_shared<int>(2);
    auto finished = [this, pending] {
        if (--*pending == 0) {
            Q_EMIT listsRefreshed();
        }
    };
    m_worker->run<CaseList>(casesOfDayJob(query), this, [this, finished](CaseList list) {
        if (list) {
            m_todayModel->setCases(std::move(*list));
            m_ui->todayView->resizeColumnsToContents();
        } else {
            showProblem(storage::errorText(list.error()));
        }
        finished();
    });
    m_worker->run<CaseList>(awaitingReplyJob(), this, [this, finished](CaseList list) {
        if (list) {
            m_awaitingModel->setCases(std::move(*list));
            m_ui->awaitingView->resizeColumnsToContents();
        } else {
            showProblem(storage::errorText(list.error()));
        }
        finished();
    });
}

void MainWindow::startNewCase() {
    if (!m_worker || !m_staff || m_wizard) {
        return;
    }
    openWizard();
}

void MainWindow::openWizard() {
    m_wizard = new CaseWizard(*m_worker, m_clock, m_profile, *m_staff, m_ui->wizardPage);
    m_wizard->setWindowFlags(Qt::Widget); // a page of this window, beside the card panel
    m_wizard->showCardState(m_cardState);
    m_ui->wizardLayout->addWidget(m_wizard);
    connect(m_wizard, &QWizard::finished, this, &MainWindow::closeWizard);
    connect(m_wizard, &CaseWizard::cardReadRequested, this, [this] {
        if (m_cardService) {
            m_cardService->requestRead();
        }
    });
    m_ui->caseStack->setCurrentWidget(m_ui->wizardPage);
    m_wizard->show();
    updateCaseActions();
}

void MainWindow::closeWizard() {
    if (m_wizard) {
        m_wizard->hide();
        m_wizard->deleteLater();
        m_wizard.clear();
    }
    m_ui->caseStack->setCurrentWidget(m_ui->casesPage);
    updateCaseActions();
    refreshLists();
    m_ui->newCaseButton->setFocus();
}

void MainWindow::findAndResume(const QString& reference) {
    if (!m_worker || !m_staff || m_wizard || reference.trimmed().isEmpty()) {
        return;
    }
    const QString typed = reference.trimmed();
    m_worker->run<CaseStep>(
        engineJob(std::nullopt,
                  [typed](workflow::CaseEngine& engine) { return engine.findByReference(typed); }),
        this, [this](CaseStep step) {
            if (step.error || !step.file) {
                showProblem(step.error ? messages::workflowErrorText(*step.error) : QString());
                return;
            }
            resumeCase(std::move(*step.file));
        });
}

void MainWindow::resumeCase(workflow::CaseFile file) {
    if (!m_worker || !m_staff || m_wizard) {
        return;
    }
    openWizard();
    m_wizard->resume(std::move(file));
}

void MainWindow::resumeSelected(const QTableView& view) {
    const QModelIndex current = view.currentIndex();
    if (!current.isValid() || !m_worker || !m_staff || m_wizard) {
        return;
    }
    const auto caseId = storage::CaseId{current.data(CaseListModel::CaseIdRole).value<qint64>()};
    m_worker->run<CaseStep>(
        engineJob(std::nullopt,
                  [caseId](workflow::CaseEngine& engine) { return engine.load(caseId); }),
        this, [this](CaseStep step) {
            if (step.error || !step.file) {
                showProblem(step.error ? messages::workflowErrorText(*step.error) : QString());
                return;
            }
            resumeCase(std::move(*step.file));
        });
}

} // namespace jpki::gui
