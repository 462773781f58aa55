#pragma once

// Reads the card panel the way a clerk would (its labels and table cells) and waits, bounded in
// time, for the phases the card service publishes.

#include "gui/card_panel.h"
#include "gui/card_presentation.h"
#include "platform/clock.h"
#include "qstring_printer.h"

#include <QString>
#include <chrono>

namespace jpki::test {

// The counter's clock standing at noon, Japan time, on `day`.
class FixedClock final : public platform::Clock {
public:
    explicit FixedClock(const domain::Date& day);
    QDateTime nowUtc() const override { return m_instant; }

private:
    QDateTime m_instant;
};

class PanelProbe {
public:
    explicit PanelProbe(gui::CardPanel& panel)
        : m_panel(panel) {}

    gui::CardPhase phase() const { return m_panel.shownState().phase; }
    // Processes events until the panel shows `phase`; false at the deadline.
    bool waitForPhase(gui::CardPhase phase, std::chrono::milliseconds timeout);
    // As waitForPhase, and the time it took.
    std::chrono::milliseconds timeToPhase(gui::CardPhase phase, std::chrono::milliseconds timeout);

    QString label(const char* name) const;
    // Hidden by the panel itself (the window is never shown offscreen, so not isVisible()).
    bool labelHidden(const char* name) const;
    QString cell(const char* table, int row, int column) const;
    gui::Emphasis emphasis(const char* table, int row) const;
    void clickReadAgain();

private:
    gui::CardPanel& m_panel;
};

// Table rows and columns of the panel.
inline constexpr int kSignatureRow = 0;
inline constexpr int kAuthenticationRow = 1;
inline constexpr int kExpiresColumn = 2;
inline constexpr int kDaysLeftColumn = 3;
inline constexpr int kTriesColumn = 1;

const char* phaseName(gui::CardPhase phase);

} // namespace jpki::test
