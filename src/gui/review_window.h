#pragma once

// The supervisor's review window (R-SIGN-*): a day's cases at a counter (or all), filtered and
// sorted, a case's events in order, the day's flags and figures (a table and charts), the
// sign-off, and the export of the day as the printed daily report (PDF) or CSV. Every store
// access runs on the case worker; the workflow checks the session on each, and the window
// shows its answers as they are.

#include "domain/date.h"
#include "gui/case_worker.h"
#include "gui/review_jobs.h"
#include "workflow/day_review.h"
#include "workflow/session.h"

#include <QWidget>
#include <memory>
#include <optional>

class QSortFilterProxyModel;

namespace jpki::gui {

namespace Ui {
class ReviewWindow;
}

class ReviewCaseModel;
class SignOffDialog;

struct ReviewWindowSettings {
    workflow::ReviewSettings review; // the profile's calendar, the letter's wait
    std::optional<QString> counter;  // preselected; none shows every counter
};

class ReviewWindow : public QWidget {
    Q_OBJECT

public:
    // Asks the workflow whether `session` may review (DayReview::review of today), then opens
    // the window on today (deleted when closed), or tells the refusal in a message box on
    // `parent`. Returns at once; `opened` is called with the window, or nullptr when refused.
    static void openFor(const workflow::Session& session, CaseWorker& worker,
                        ReviewWindowSettings settings, QWidget* parent,
                        std::function<void(ReviewWindow*)> opened = {});

    ReviewWindow(const workflow::Session& session, CaseWorker& worker,
                 ReviewWindowSettings settings, const domain::Date& today,
                 QWidget* parent = nullptr);
    ~ReviewWindow() override;

    // Loads `day` (with the counter and clerk chosen on the window); dayShown() follows.
    void showDay(const domain::Date& day);
    void setCounter(const std::optional<QString>& counter);
    void setFilterText(const QString& text);
    // Writes the shown day to `path`; exportFinished() follows. `detailed` (PDF only) adds the
    // applicants' names; the export's audit event records that it was asked for.
    void exportDay(ExportFormat format, const QString& path, bool detailed = false);
    // The sign-off's dialog for the shown day and counter; the window runs the sign-off when it
    // is accepted. Null while none is open.
    SignOffDialog* openSignOffDialog();

    int visibleCaseCount() const;
    QString caseCell(int visibleRow, int column) const;
    QString signStateText() const;
    QString messageText() const;
    QStringList flagTexts() const;

Q_SIGNALS:
    void dayShown();
    void caseEventsShown();
    void signOffFinished(bool signedOff);
    void exportFinished(bool written);

private:
    void reload();
    void showOverview(ReviewLoad load);
    void showFlags(const workflow::DayOverview& overview);
    void showFigures(const workflow::DayFigures& figures);
    void showSignState(const workflow::DayOverview& overview);
    void showCaseEvents(CaseEventsLoad load);
    void selectedCaseChanged();
    void runSignOff(SignOffDialog& dialog);
    void chooseExportFile(ExportFormat format, bool detailed = false);
    bool confirmDetailedExport();
    void setBusy(bool busy);
    std::optional<QString> chosenCounter() const;
    std::optional<storage::StaffId> chosenClerk() const;
    void rememberChoices(const std::vector<storage::CaseSummary>& cases);

    std::unique_ptr<Ui::ReviewWindow> m_ui;
    workflow::Session m_session;
    CaseWorker& m_worker;
    ReviewWindowSettings m_settings;
    ReviewCaseModel* m_cases = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    std::optional<workflow::DayOverview> m_overview;
};

} // namespace jpki::gui
