#include "gui/sign_off_dialog.h"

#include "gui/case_presentation.h"
#include "gui/input_limits.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jpki::gui {

namespace {
constexpr int kNoteColumn = 2;
}

SignOffDialog::SignOffDialog(const QString& dayText, const QString& counter,
                             std::vector<storage::CaseSummary> openCases, QWidget* parent)
    : QDialog(parent)
    , m_openCases(std::move(openCases)) {
    //: en: Sign the day off
    setWindowTitle(tr("日次決裁"));
    auto* layout = new QVBoxLayout(this);
    //: en: Sign off %1 at counter %2. A signed day can no longer be changed.
    auto* intro =
        new QLabel(tr("%1 窓口 %2 の案件記録を決裁します。決裁後はこの日の記録を変更できません。")
                       .arg(dayText, counter),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    limitToTextKind(*m_note, domain::TextKind::Note);
    //: en: Note (optional)
    form->addRow(tr("備考（任意）"), m_note);
    //: en: A note kept with the day's sign-off
    m_note->setAccessibleDescription(tr("日次決裁とともに記録される備考"));
    layout->addLayout(form);

    m_acknowledgements = new QTableWidget(static_cast<int>(m_openCases.size()), 3, this);
    m_acknowledgements->setObjectName(QStringLiteral("acknowledgementsTable"));
    m_acknowledgements->setHorizontalHeaderLabels({
        //: en: Reference
        tr("受付番号"),
        //: en: Stage
        tr("状況"),
        //: en: Acknowledgement note (required)
        tr("確認メモ（必須）"),
    });
    //: en: Open cases
    m_acknowledgements->setAccessibleName(tr("完了していない案件"));
    m_acknowledgements->setAccessibleDescription(
        //: en: For each open case, write in the last column why the day can be signed anyway
        tr("完了していない案件ごとに、決裁してよい理由を最後の列に記入します"));
    m_acknowledgements->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < static_cast<int>(m_openCases.size()); ++row) {
        const CaseLine line = caseLine(m_openCases[static_cast<std::size_t>(row)]);
        auto* reference = new QTableWidgetItem(line.reference);
        reference->setFlags(Qt::ItemIsEnabled);
        auto* step = new QTableWidgetItem(line.step);
        step->setFlags(Qt::ItemIsEnabled);
        m_acknowledgements->setItem(row, 0, reference);
        m_acknowledgements->setItem(row, 1, step);
        m_acknowledgements->setItem(row, kNoteColumn, new QTableWidgetItem);
    }
    if (m_openCases.empty()) {
        m_acknowledgements->hide();
    } else {
        //: en: These cases are still open. Write for each why the day can be signed anyway.
        auto* openLabel = new QLabel(
            tr("次の案件が完了していません。それぞれについて、決裁してよい理由を記入してください。"),
            this);
        openLabel->setWordWrap(true);
        layout->addWidget(openLabel);
    }
    layout->addWidget(m_acknowledgements);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    //: en: Sign off
    buttons->button(QDialogButtonBox::Ok)->setText(tr("決裁する"));
    buttons
        ->button(QDialogButtonBox::Ok)
        //: en: Signs the day off; it can no longer be changed
        ->setAccessibleDescription(tr("この日を決裁します。決裁後は変更できません"));
    buttons
        ->button(QDialogButtonBox::Cancel)
        //: en: Closes without signing the day off
        ->setAccessibleDescription(tr("決裁せずに閉じます"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, m_openCases.empty() ? 180 : 360);
}

std::optional<QString> SignOffDialog::note() const {
    const QString text = m_note->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::vector<storage::Acknowledgement> SignOffDialog::acknowledgements() const {
    std::vector<storage::Acknowledgement> acknowledgements;
    for (int row = 0; row < static_cast<int>(m_openCases.size()); ++row) {
        // Every open case goes to the workflow, an empty note too: it says what is missing.
        acknowledgements.push_back({m_openCases[static_cast<std::size_t>(row)].id,
                                    m_acknowledgements->item(row, kNoteColumn)->text()});
    }
    return acknowledgements;
}

void SignOffDialog::setAcknowledgementNote(int row, const QString& note) {
    m_acknowledgements->item(row, kNoteColumn)->setText(note);
}

void SignOffDialog::setNote(const QString& note) {
    m_note->setText(note);
}

} // namespace jpki::gui
