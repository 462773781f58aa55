#include "gui/review_window.h"

#include "gui/input_limits.h"
#include "gui/review_case_detail.h"
#include "gui/review_case_model.h"
#include "gui/review_figures.h"
#include "gui/sign_off_dialog.h"
#include "letters/document_html.h"
#include "messages/date_text.h"
#include "messages/review_text.h"
#include "storage/japan_time.h"
#include "storage/storage_error.h"
#include "ui_reviewwindow.h"

#include <QChartView>
#include <QDate>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace jpki::gui {

namespace {

// Rows whose text sets the case table's column widths (the rest rarely differ: references,
// procedure names and times have fixed widths).
constexpr int kRowsMeasuredForWidth = 100;

QDate toQDate(const domain::Date& day) {
    return QDate(int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())));
}

domain::Date toDate(const QDate& day) {
    return domain::Date{std::chrono::year{day.year()}, std::chrono::month{unsigned(day.month())},
                        std::chrono::day{unsigned(day.day())}};
}

QString clockTime(storage::Timestamp at) {
    return storage::japanIsoTime(at).mid(11, 8);
}

void setHeaders(QTableWidget& table, const QStringList& headers) {
    table.setColumnCount(static_cast<int>(headers.size()));
    table.setHorizontalHeaderLabels(headers);
    table.horizontalHeader()->setStretchLastSection(true);
    table.verticalHeader()->hide();
}

} // namespace

void ReviewWindow::openFor(const workflow::Session& session, CaseWorker& worker,
                           ReviewWindowSettings settings, QWidget* parent,
                           std::function<void(ReviewWindow*)> opened) {
    QPointer<QWidget> owner(parent);
    const workflow::ReviewSettings review = settings.review;
    worker.run<ReviewLoad>(
        [session, review](JobContext& context) {
            const domain::Date today = context.clock().todayInJapan();
            return loadDay(context, session, storage::DayQuery{today, std::nullopt, std::nullopt},
                           review);
        },
        parent,
        [session, &worker, settings, owner, opened](ReviewLoad load) {
            if (!load.overview) {
                auto* refusal = new QMessageBox(QMessageBox::Warning,
                                                //: en: Day review
                                                ReviewWindow::tr("日次確認"),
                                                messages::reviewErrorText(load.overview.error()),
                                                QMessageBox::Ok, owner);
                refusal->setObjectName(QStringLiteral("reviewRefusal"));
                refusal->setAttribute(Qt::WA_DeleteOnClose);
                refusal->open();
                if (opened) {
                    opened(nullptr);
                }
                return;
            }
            auto* window = new ReviewWindow(session, worker, settings, load.today, owner);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->show();
            if (opened) {
                opened(window);
            }
        });
}

ReviewWindow::ReviewWindow(const workflow::Session& session, CaseWorker& worker,
                           ReviewWindowSettings settings, const domain::Date& today,
                           QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::ReviewWindow>())
    , m_session(session)
    , m_worker(worker)
    , m_settings(std::move(settings)) {
    m_ui->setupUi(this);
    m_cases = new ReviewCaseModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_cases);
    m_filter->setSortRole(ReviewCaseModel::SortRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // any column
    m_ui->casesView->setModel(m_filter);
    m_ui->casesView->sortByColumn(ReviewCaseModel::Opened, Qt::AscendingOrder);
    // Sized once per loaded day, from the first rows: ResizeToContents measured every row of a
    // busy day on each relayout and held the GUI thread for over 100 ms.
    m_ui->casesView->horizontalHeader()->setResizeContentsPrecision(kRowsMeasuredForWidth);
    m_ui->casesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->casesView->verticalHeader()->hide();
    setHeaders(*m_ui->eventsTable, {
                                       //: en: No.
                                       tr("番号"),
                                       //: en: Time
                                       tr("時刻"),
                                       //: en: Staff
                                       tr("職員"),
                                       //: en: Event
                                       tr("記録"),
                                   });
    setHeaders(*m_ui->flagsTable, {
                                      //: en: Reference
                                      tr("受付番号"),
                                      //: en: Kind
                                      tr("種類"),
                                      //: en: Details
                                      tr("内容"),
                                  });

    //: en: All counters
    m_ui->counterCombo->addItem(tr("全窓口"));
    if (m_settings.counter) {
        //: en: Counter %1
        m_ui->counterCombo->addItem(tr("窓口 %1").arg(*m_settings.counter), *m_settings.counter);
        m_ui->counterCombo->setCurrentIndex(1);
    }
    //: en: All clerks
    m_ui->clerkCombo->addItem(tr("全員"));
    prepareDateField(*m_ui->dayEdit);
    m_ui->dayEdit->setDate(toQDate(today));
    m_ui->dayEdit->setMaximumDate(toQDate(today));
    //: en: Signed in as %1 (supervisor)
    setWindowTitle(windowTitle() + QStringLiteral(" — ") +
                   tr("%1（責任者）").arg(m_session.displayName));

    connect(m_ui->showButton, &QPushButton::clicked, this, &ReviewWindow::reload);
    connect(m_ui->dayEdit, &QDateEdit::dateChanged, this, &ReviewWindow::reload);
    connect(m_ui->counterCombo, &QComboBox::activated, this, &ReviewWindow::reload);
    connect(m_ui->clerkCombo, &QComboBox::activated, this, &ReviewWindow::reload);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->casesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewWindow::selectedCaseChanged);
    connect(m_ui->signOffButton, &QPushButton::clicked, this, &ReviewWindow::openSignOffDialog);
    connect(m_ui->exportPdfButton, &QPushButton::clicked, this,
            [this] { chooseExportFile(ExportFormat::Pdf); });
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this,
            [this] { chooseExportFile(ExportFormat::Csv); });
    connect(m_ui->exportDetailedPdfButton, &QPushButton::clicked, this, [this] {
        if (confirmDetailedExport()) {
            chooseExportFile(ExportFormat::Pdf, true);
        }
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    reload();
}

ReviewWindow::~ReviewWindow() = default;

void ReviewWindow::showDay(const domain::Date& day) {
    const QSignalBlocker blocker(m_ui->dayEdit);
    m_ui->dayEdit->setDate(toQDate(day));
    reload();
}

void ReviewWindow::setCounter(const std::optional<QString>& counter) {
    int index = 0;
    if (counter) {
        index = m_ui->counterCombo->findData(*counter);
        if (index < 0) {
            //: en: Counter %1
            m_ui->counterCombo->addItem(tr("窓口 %1").arg(*counter), *counter);
            index = m_ui->counterCombo->count() - 1;
        }
    }
    m_ui->counterCombo->setCurrentIndex(index);
    reload();
}

void ReviewWindow::setFilterText(const QString& text) {
    m_ui->filterEdit->setText(text);
}

std::optional<QString> ReviewWindow::chosenCounter() const {
    const QVariant chosen = m_ui->counterCombo->currentData();
    return chosen.isValid() ? std::optional<QString>(chosen.toString()) : std::nullopt;
}

std::optional<storage::StaffId> ReviewWindow::chosenClerk() const {
    const QVariant chosen = m_ui->clerkCombo->currentData();
    return chosen.isValid() ? std::optional<storage::StaffId>(storage::StaffId{chosen.toLongLong()})
                            : std::nullopt;
}

void ReviewWindow::reload() {
    const storage::DayQuery query{toDate(m_ui->dayEdit->date()), chosenCounter(), chosenClerk()};
    setBusy(true);
    const workflow::Session session = m_session;
    const workflow::ReviewSettings settings = m_settings.review;
    m_worker.run<ReviewLoad>(
        [session, query, settings](JobContext& context) {
            return loadDay(context, session, query, settings);
        },
        this, [this](ReviewLoad load) { showOverview(std::move(load)); });
}

void ReviewWindow::setBusy(bool busy) {
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->signOffButton, m_ui->exportPdfButton, m_ui->exportDetailedPdfButton,
             m_ui->exportCsvButton, m_ui->showButton}) {
        widget->setEnabled(!busy && m_overview.has_value());
    }
    m_ui->showButton->setEnabled(!busy);
}

void ReviewWindow::showOverview(ReviewLoad load) {
    if (!load.overview) {
        m_overview.reset();
        m_cases->setDay({}, {});
        m_ui->messageLabel->setText(messages::reviewErrorText(load.overview.error()));
        setBusy(false);
        Q_EMIT dayShown();
        return;
    }
    m_overview = std::move(load.overview).value();
    m_ui->messageLabel->clear();
    rememberChoices(m_overview->cases);
    m_cases->setDay(m_overview->cases, m_overview->flags);
    m_ui->casesView->resizeColumnsToContents();
    m_ui->eventsTable->setRowCount(0);
    showFlags(*m_overview);
    showFigures(m_overview->figures);
    showSignState(*m_overview);
    setBusy(false);
    Q_EMIT dayShown();
}

void ReviewWindow::rememberChoices(const std::vector<storage::CaseSummary>& cases) {
    for (const storage::CaseSummary& summary : cases) {
        if (m_ui->counterCombo->findData(summary.counter) < 0) {
            //: en: Counter %1
            m_ui->counterCombo->addItem(tr("窓口 %1").arg(summary.counter), summary.counter);
        }
        const auto clerk = static_cast<qlonglong>(storage::rawId(summary.openedBy.id));
        if (m_ui->clerkCombo->findData(clerk) < 0) {
            m_ui->clerkCombo->addItem(summary.openedBy.displayName, clerk);
        }
    }
}

void ReviewWindow::showFlags(const workflow::DayOverview& overview) {
    QTableWidget& table = *m_ui->flagsTable;
    table.setRowCount(static_cast<int>(overview.flags.size()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const workflow::ReviewFlag& flag = overview.flags[static_cast<std::size_t>(row)];
        table.setItem(row, 0, new QTableWidgetItem(flag.reference));
        table.setItem(row, 1, new QTableWidgetItem(messages::flagKindName(flag.kind)));
        table.setItem(row, 2, new QTableWidgetItem(messages::flagText(flag)));
    }
    table.resizeColumnsToContents();
    //: en: Flags (%1)
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->flagsTab),
                           tr("確認事項（%1）").arg(overview.flags.size()));
}

void ReviewWindow::showFigures(const workflow::DayFigures& figures) {
    fillFiguresTable(*m_ui->figuresTable, figures);
    while (QLayoutItem* item = m_ui->chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ui->chartsLayout->addWidget(procedureChart(figures, m_ui->figuresTab));
    m_ui->chartsLayout->addWidget(hourlyChart(figures, m_ui->figuresTab));
}

void ReviewWindow::showSignState(const workflow::DayOverview& overview) {
    QStringList lines;
    for (const storage::DailySignOff& signOff : overview.signOffs) {
        //: en: Counter %1: signed off at %2
        lines.append(tr("窓口 %1: 決裁済み（%2）")
                         .arg(signOff.counter, storage::japanIsoTime(signOff.signedAt)
                                                   .left(16)
                                                   .replace(QLatin1Char('T'), QLatin1Char(' '))));
    }
    if (lines.isEmpty()) {
        //: en: Not signed off yet.
        lines.append(tr("未決裁"));
    }
    m_ui->signStateLabel->setText(lines.join(QStringLiteral("　")));
}

void ReviewWindow::selectedCaseChanged() {
    const QModelIndex current = m_ui->casesView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const storage::CaseId caseId{current.data(ReviewCaseModel::CaseIdRole).toLongLong()};
    m_worker.run<CaseEventsLoad>(
        [caseId](JobContext& context) { return loadCaseEvents(context, caseId); }, this,
        [this](CaseEventsLoad load) { showCaseEvents(std::move(load)); });
}

void ReviewWindow::showCaseEvents(CaseEventsLoad load) {
    QTableWidget& table = *m_ui->eventsTable;
    if (!load.events) {
        table.setRowCount(0);
        m_ui->caseDetailLabel->clear();
        m_ui->messageLabel->setText(storage::errorText(load.events.error()));
        return;
    }
    table.setRowCount(static_cast<int>(load.events->size()));
    for (int row = 0; row < table.rowCount(); ++row) {
        const storage::CaseEvent& event = (*load.events)[static_cast<std::size_t>(row)];
        table.setItem(row, 0, new QTableWidgetItem(QString::number(event.sequence)));
        table.setItem(row, 1, new QTableWidgetItem(clockTime(event.at)));
        table.setItem(row, 2,
                      new QTableWidgetItem(event.staff ? event.staff->displayName : QString()));
        table.setItem(row, 3, new QTableWidgetItem(event.type));
    }
    table.resizeColumnsToContents();
    m_ui->caseDetailLabel->setText(reviewCaseDetail(load));
    Q_EMIT caseEventsShown();
}

SignOffDialog* ReviewWindow::openSignOffDialog() {
    if (!m_overview) {
        return nullptr;
    }
    const domain::Date day = m_overview->query.day;
    const QString counter = chosenCounter().value_or(QString());
    std::vector<storage::CaseSummary> open;
    for (const storage::CaseSummary& summary : m_overview->cases) {
        if (summary.isOpen() && summary.openedOn == day && summary.counter == counter) {
            open.push_back(summary);
        }
    }
    auto* dialog = new SignOffDialog(messages::dateText(day), counter, std::move(open), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runSignOff(*dialog); });
    dialog->open();
    return dialog;
}

void ReviewWindow::runSignOff(SignOffDialog& dialog) {
    SignOffRequest request{m_session, toDate(m_ui->dayEdit->date()),
                           chosenCounter().value_or(QString()), dialog.note(),
                           dialog.acknowledgements()};
    const workflow::ReviewSettings settings = m_settings.review;
    setBusy(true);
    m_worker.run<workflow::ReviewOutcome<storage::DailySignOff>>(
        [request, settings](JobContext& context) { return signOffDay(context, request, settings); },
        this,
        [this](workflow::ReviewOutcome<storage::DailySignOff> signedOff) {
            if (!signedOff) {
                // The workflow's refusal, as it says it.
                m_ui->messageLabel->setText(messages::reviewErrorText(signedOff.error()));
                setBusy(false);
                Q_EMIT signOffFinished(false);
                return;
            }
            reload();
            Q_EMIT signOffFinished(true);
        });
}

bool ReviewWindow::confirmDetailedExport() {
    //: en: Daily report with names
    const QString title = tr("氏名入りの日計表");
    //: en: This report lists each applicant's name. Keep it as the supervisor's file and do not hand it out. Creating it is recorded in the audit log under your name.
    const QString text =
        tr("この日計表には申請者の氏名が載ります。責任者の控えとして保管し、"
           "配布しないでください。作成したことはあなたの名前で監査記録に残ります。");
    QMessageBox question(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel,
                         this);
    question.setObjectName(QStringLiteral("detailedExportQuestion"));
    question.setDefaultButton(QMessageBox::Cancel);
    return question.exec() == QMessageBox::Ok;
}

void ReviewWindow::chooseExportFile(ExportFormat format, bool detailed) {
    const bool pdf = format == ExportFormat::Pdf;
    const QString suggested =
        QStringLiteral("daily-%1%2%3.%4")
            .arg(m_ui->dayEdit->date().toString(Qt::ISODate),
                 chosenCounter() ? QStringLiteral("-") + *chosenCounter() : QString(),
                 detailed ? QStringLiteral("-names") : QString(),
                 pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    //: en: PDF (*.pdf)
    const QString pdfFilter = tr("PDF (*.pdf)");
    //: en: CSV (*.csv)
    const QString csvFilter = tr("CSV (*.csv)");
    //: en: Export the day
    const QString title = tr("日計の書き出し");
    const QString path =
        QFileDialog::getSaveFileName(this, title, suggested, pdf ? pdfFilter : csvFilter);
    if (!path.isEmpty()) {
        exportDay(format, path, detailed);
    }
}

void ReviewWindow::exportDay(ExportFormat format, const QString& path, bool detailed) {
    if (!m_overview) {
        return;
    }
    const ExportRequest request{m_session,
                                m_overview->query,
                                format,
                                path,
                                QString::fromStdString(m_settings.review.flags.profile.name),
                                detailed};
    const workflow::ReviewSettings settings = m_settings.review;
    setBusy(true);
    m_worker.run<ExportResult>(
        [request, settings](JobContext& context) {
            return writeDayExport(context, request, settings);
        },
        this,
        [this](ExportResult result) {
            setBusy(false);
            //: en: Written to %1.
            const QString written = tr("%1 に書き出しました。").arg(result.path);
            m_ui->messageLabel->setText(result.written ? written : result.message);
            Q_EMIT exportFinished(result.written);
        });
}

int ReviewWindow::visibleCaseCount() const {
    return m_filter->rowCount();
}

QString ReviewWindow::caseCell(int visibleRow, int column) const {
    return m_filter->index(visibleRow, column).data().toString();
}

QString ReviewWindow::signStateText() const {
    return m_ui->signStateLabel->text();
}

QString ReviewWindow::messageText() const {
    return m_ui->messageLabel->text();
}

QStringList ReviewWindow::flagTexts() const {
    QStringList texts;
    for (int row = 0; row < m_ui->flagsTable->rowCount(); ++row) {
        texts.append(m_ui->flagsTable->item(row, 2)->text());
    }
    return texts;
}

} // namespace jpki::gui
