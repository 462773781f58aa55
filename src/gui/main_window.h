#pragma once

#include "domain/municipality_profile.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QTimer;

namespace jpki::platform {
class Clock;
}

namespace jpki::gui {

namespace Ui {
class MainWindow;
}

class CardPanel;
class CardServiceThread;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `clock` gives today's date in the header; it must outlive the window.
    MainWindow(domain::MunicipalityProfile profile, const platform::Clock& clock,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // The card panel follows the service's states and asks it for re-reads.
    void attachCardService(CardServiceThread& service);
    CardPanel& cardPanel();

    // A lasting note in the status bar, e.g. that the card is the built-in virtual one.
    void setSourceNote(const QString& note);
    // A problem outside the card panel (the virtual card stopped), until the next one.
    void showProblem(const QString& problem);

    void showAbout();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showToday();

    std::unique_ptr<Ui::MainWindow> m_ui;
    domain::MunicipalityProfile m_profile;
    const platform::Clock& m_clock;
    QTimer* m_todayTimer = nullptr;
    QLabel* m_sourceLabel = nullptr;
    QLabel* m_placeLabel = nullptr;
};

} // namespace jpki::gui
