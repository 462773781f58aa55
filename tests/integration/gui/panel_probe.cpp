#include "panel_probe.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace jpki::test {

FixedClock::FixedClock(const domain::Date& day)
    : m_instant(
          QDateTime(QDate(static_cast<int>(day.year()), static_cast<int>(unsigned(day.month())),
                          static_cast<int>(unsigned(day.day()))),
                    QTime(3, 0), Qt::UTC)) {}

bool PanelProbe::waitForPhase(gui::CardPhase phase, std::chrono::milliseconds timeout) {
    return QTest::qWaitFor([&] { return this->phase() == phase; },
                           static_cast<int>(timeout.count()));
}

std::chrono::milliseconds PanelProbe::timeToPhase(gui::CardPhase phase,
                                                  std::chrono::milliseconds timeout) {
    QElapsedTimer timer;
    timer.start();
    if (!waitForPhase(phase, timeout)) {
        return std::chrono::milliseconds::max();
    }
    return std::chrono::milliseconds(timer.elapsed());
}

QString PanelProbe::label(const char* name) const {
    const auto* found = m_panel.findChild<QLabel*>(QString::fromLatin1(name));
    return found ? found->text() : QStringLiteral("<no label>");
}

bool PanelProbe::labelHidden(const char* name) const {
    const auto* found = m_panel.findChild<QLabel*>(QString::fromLatin1(name));
    return found && found->isHidden();
}

QString PanelProbe::cell(const char* table, int row, int column) const {
    const auto* found = m_panel.findChild<QTableWidget*>(QString::fromLatin1(table));
    const QTableWidgetItem* item = found ? found->item(row, column) : nullptr;
    return item ? item->text() : QStringLiteral("<no cell>");
}

gui::Emphasis PanelProbe::emphasis(const char* table, int row) const {
    const auto* found = m_panel.findChild<QTableWidget*>(QString::fromLatin1(table));
    const QTableWidgetItem* item = found ? found->item(row, 0) : nullptr;
    return item ? static_cast<gui::Emphasis>(item->data(gui::CardPanel::EmphasisRole).toInt())
                : gui::Emphasis::Normal;
}

void PanelProbe::clickReadAgain() {
    m_panel.findChild<QPushButton*>(QStringLiteral("readAgainButton"))->click();
}

const char* phaseName(gui::CardPhase phase) {
    switch (phase) {
    case gui::CardPhase::Starting:
        return "Starting";
    case gui::CardPhase::ServiceUnavailable:
        return "ServiceUnavailable";
    case gui::CardPhase::NoReader:
        return "NoReader";
    case gui::CardPhase::NoCard:
        return "NoCard";
    case gui::CardPhase::Reading:
        return "Reading";
    case gui::CardPhase::CardRead:
        return "CardRead";
    case gui::CardPhase::ReadFailed:
        return "ReadFailed";
    }
    return "?";
}

} // namespace jpki::test
