#pragma once

#include "diagnostics/diagnostics_report.h"

#include <QDialog>
#include <memory>

namespace jpki::gui {

namespace Ui {
class DiagnosticsDialog;
}

// ヘルプ → 診断情報: the diagnostics report (src/diagnostics), collected on a worker thread so
// that the window never waits for pcscd or the disk, shown as text, saved to a new file or
// copied to the clipboard.
class DiagnosticsDialog : public QDialog {
    Q_OBJECT

public:
    // The display's facts are added here; the rest of `options` is passed on as it is.
    explicit DiagnosticsDialog(diagnostics::CollectOptions options, QWidget* parent = nullptr);
    ~DiagnosticsDialog() override;

    bool collected() const { return m_collected; }
    QString reportText() const;
    // Writes the report into a new file readable by its owner only (never over an existing
    // one); says what went wrong in a message box otherwise.
    bool saveTo(const QString& path);

Q_SIGNALS:
    void reportCollected();

private:
    void showReport(const diagnostics::Report& report);
    void chooseFile();

    std::unique_ptr<Ui::DiagnosticsDialog> m_ui;
    bool m_collected = false;
};

} // namespace jpki::gui
