#pragma once

#include <QDialog>
#include <memory>

namespace jpki::gui {

namespace Ui {
class AboutDialog;
}

// Version, purpose and the licences of the libraries the program runs on, with a button that
// opens the diagnostics report for a support request (diagnosticsRequested).
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

Q_SIGNALS:
    void diagnosticsRequested();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace jpki::gui
