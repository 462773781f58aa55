#pragma once

// The live card panel of the main window: the reader and card state, and for a card that was
// read, its certificates with expiry and days left and the tries left of each PIN. It shows
// CardServiceState values as they come and asks for a re-read; it decides nothing.

#include "gui/card_service_state.h"

#include <QWidget>
#include <memory>

class QTableWidget;

namespace jpki::gui {

namespace Ui {
class CardPanel;
}

class CardPanel : public QWidget {
    Q_OBJECT

public:
    // Set on the cells of a row: the row's Emphasis, as an int.
    static constexpr int EmphasisRole = Qt::UserRole + 1;

    explicit CardPanel(QWidget* parent = nullptr);
    ~CardPanel() override;

    void showState(const jpki::gui::CardServiceState& state);
    const CardServiceState& shownState() const { return m_state; }

Q_SIGNALS:
    void readAgainRequested();
    // A read card's status has just been rendered (start-up measurement, scripts/bench).
    void cardStatusShown();
    // Any state has just been rendered (card insertion measurement, scripts/bench).
    void stateShown(jpki::gui::CardPhase phase);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void fillCertificates(const card::CardStatus& status);
    void fillPins(const card::CardStatus& status);

    std::unique_ptr<Ui::CardPanel> m_ui;
    CardServiceState m_state;
};

} // namespace jpki::gui
