#pragma once

#include "domain/municipality_profile.h"

#include <QMainWindow>
#include <memory>

namespace jpki::gui {

namespace Ui {
class MainWindow;
}

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(domain::MunicipalityProfile profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showAbout();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    domain::MunicipalityProfile m_profile;
};

} // namespace jpki::gui
