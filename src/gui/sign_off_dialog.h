#pragma once

// The sign-off's questions: a note for the day, and an acknowledgement note for each case still
// open (R-SIGN-OPEN). The dialog only asks; the workflow decides whether the day can be signed.

#include "storage/case_records.h"
#include "storage/sign_off_records.h"

#include <QDialog>
#include <optional>
#include <vector>

class QLineEdit;
class QTableWidget;

namespace jpki::gui {

class SignOffDialog : public QDialog {
    Q_OBJECT

public:
    SignOffDialog(const QString& dayText, const QString& counter,
                  std::vector<storage::CaseSummary> openCases, QWidget* parent = nullptr);

    std::optional<QString> note() const;
    std::vector<storage::Acknowledgement> acknowledgements() const;
    // For the open case's row `row`: its acknowledgement note.
    void setAcknowledgementNote(int row, const QString& note);
    void setNote(const QString& note);
    int openCaseCount() const { return static_cast<int>(m_openCases.size()); }

private:
    std::vector<storage::CaseSummary> m_openCases;
    QLineEdit* m_note = nullptr;
    QTableWidget* m_acknowledgements = nullptr;
};

} // namespace jpki::gui
