#include "gui/card_panel.h"

#include "gui/card_presentation.h"
#include "ui_cardpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace jpki::gui {

namespace {

struct RowColours {
    QColor foreground;
    QColor background;
};

// Dark text on a pale ground stays readable on light and dark themes alike.
std::optional<RowColours> coloursOf(Emphasis emphasis) {
    switch (emphasis) {
    case Emphasis::Alert:
        return RowColours{QColor(0xa6, 0x1b, 0x1b), QColor(0xfd, 0xe2, 0xe1)};
    case Emphasis::Notice:
        return RowColours{QColor(0x6b, 0x4a, 0x00), QColor(0xff, 0xf1, 0xc2)};
    case Emphasis::Muted:
        return RowColours{QColor(0x6e, 0x6e, 0x6e), QColor()};
    case Emphasis::Normal:
        break;
    }
    return std::nullopt;
}

// One row of cells; `keyColumn` is the cell that carries the verdict and is set in bold when
// the row stands out.
void setRow(QTableWidget& table, int row, const QStringList& cells, Emphasis emphasis,
            int keyColumn, const QString& toolTip) {
    const std::optional<RowColours> colours = coloursOf(emphasis);
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(CardPanel::EmphasisRole, static_cast<int>(emphasis));
        if (!toolTip.isEmpty()) {
            item->setToolTip(toolTip);
        }
        if (colours) {
            item->setForeground(colours->foreground);
            if (colours->background.isValid()) {
                item->setBackground(colours->background);
            }
            if (column == keyColumn && emphasis != Emphasis::Muted) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        table.setItem(row, column, item);
    }
}

// The tables are short (two and four rows): shown whole, without scrolling or empty space.
void fitHeight(QTableWidget& table) {
    int height = table.horizontalHeader()->sizeHint().height() + 2 * table.frameWidth();
    for (int row = 0; row < table.rowCount(); ++row) {
        height += table.rowHeight(row);
    }
    table.setFixedHeight(height);
}

void fitColumns(QTableWidget& table) {
    QHeaderView& header = *table.horizontalHeader();
    for (int column = 0; column + 1 < table.columnCount(); ++column) {
        header.setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    header.setStretchLastSection(true);
}

} // namespace

CardPanel::CardPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CardPanel>()) {
    m_ui->setupUi(this);
    fitColumns(*m_ui->certificateTable);
    fitColumns(*m_ui->pinTable);
    connect(m_ui->readAgainButton, &QPushButton::clicked, this, &CardPanel::readAgainRequested);
    render();
}

CardPanel::~CardPanel() = default;

void CardPanel::showState(const CardServiceState& state) {
    m_state = state;
    render();
    Q_EMIT stateShown(m_state.phase);
    if (m_state.phase == CardPhase::CardRead) {
        Q_EMIT cardStatusShown();
    }
}

void CardPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        render();
    }
    QWidget::changeEvent(event);
}

void CardPanel::render() {
    const PhaseText text = phaseText(m_state);
    m_ui->stateLabel->setText(text.headline);
    m_ui->adviceLabel->setText(text.advice);
    m_ui->adviceLabel->setVisible(!text.advice.isEmpty());

    const bool busy = m_state.phase == CardPhase::Starting || m_state.phase == CardPhase::Reading;
    m_ui->busyBar->setVisible(busy);
    // No second read while one runs; nothing to read without a card.
    m_ui->readAgainButton->setEnabled(m_state.phase == CardPhase::CardRead ||
                                      m_state.phase == CardPhase::ReadFailed);

    QStringList readers;
    if (!m_state.cardReader.empty()) {
        readers << QString::fromStdString(m_state.cardReader);
    } else {
        for (const std::string& reader : m_state.readers) {
            readers << QString::fromStdString(reader);
        }
    }
    //: en: Card reader: %1
    m_ui->readerLabel->setText(
        tr("カードリーダー: %1").arg(QLocale().createSeparatedList(readers)));
    m_ui->readerLabel->setVisible(!readers.isEmpty());

    // A re-read keeps the last snapshot in view; a removed card takes it away.
    const bool showCard = m_state.status.has_value() && (m_state.phase == CardPhase::CardRead ||
                                                         m_state.phase == CardPhase::Reading);
    m_ui->detailsWidget->setVisible(showCard);
    if (showCard) {
        fillCertificates(*m_state.status);
        fillPins(*m_state.status);
    } else {
        m_ui->certificateTable->setRowCount(0);
        m_ui->pinTable->setRowCount(0);
    }
}

void CardPanel::fillCertificates(const card::CardStatus& status) {
    const auto rows = certificateRows(status);
    QTableWidget& table = *m_ui->certificateTable;
    table.setRowCount(static_cast<int>(rows.size()));
    for (std::size_t index = 0; index < rows.size(); ++index) {
        const CertificateRow& row = rows[index];
        setRow(table, static_cast<int>(index),
               {row.name, row.state, row.expires, row.daysLeft, row.note}, row.emphasis, 1,
               row.note);
    }
    fitHeight(table);
}

void CardPanel::fillPins(const card::CardStatus& status) {
    const auto rows = pinRows(status);
    QTableWidget& table = *m_ui->pinTable;
    table.setRowCount(static_cast<int>(rows.size()));
    for (std::size_t index = 0; index < rows.size(); ++index) {
        const PinRow& row = rows[index];
        setRow(table, static_cast<int>(index), {row.name, row.triesLeft, row.note}, row.emphasis, 1,
               row.note);
    }
    fitHeight(table);
}

} // namespace jpki::gui
