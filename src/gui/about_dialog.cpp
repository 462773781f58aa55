#include "gui/about_dialog.h"

#include "platform/diagnostics.h"
#include "ui_aboutdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace jpki::gui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>()) {
    m_ui->setupUi(this);
    m_ui->buttonBox
        ->button(QDialogButtonBox::Close)
        //: en: Closes the information about this program
        ->setAccessibleDescription(tr("このプログラムの情報を閉じます"));
    //: en: jpki-counter version %1
    m_ui->titleLabel->setText(tr("jpki-counter バージョン %1").arg(QStringLiteral(JPKI_VERSION)));

    const auto components = platform::componentVersions();
    m_ui->componentsTable->setColumnCount(3);
    m_ui->componentsTable->setHorizontalHeaderLabels(
        //: en: Library
        {tr("ライブラリ"),
         //: en: Version
         tr("バージョン"),
         //: en: Licence
         tr("ライセンス")});
    m_ui->componentsTable->setRowCount(static_cast<int>(components.size()));
    for (int row = 0; row < components.size(); ++row) {
        const auto& component = components.at(row);
        m_ui->componentsTable->setItem(row, 0, new QTableWidgetItem(component.name));
        // pcsc-lite and spdlog cannot say at run time: the version built with stands in.
        m_ui->componentsTable->setItem(row, 1,
                                       new QTableWidgetItem(component.version.isEmpty()
                                                                ? component.builtWith
                                                                : component.version));
        m_ui->componentsTable->setItem(row, 2, new QTableWidgetItem(component.licence));
    }
    m_ui->componentsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->diagnosticsButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT diagnosticsRequested();
    });
}

AboutDialog::~AboutDialog() = default;

} // namespace jpki::gui
