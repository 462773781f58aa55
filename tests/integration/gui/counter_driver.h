#pragma once

// A whole counter in the test process, driven through its widgets the way a clerk would: the
// main window with its card service, the case worker on a SQLite file in a temporary folder and
// the counter's local authority, shared with the virtual card behind pcscd.

#include "gui/card_service_thread.h"
#include "gui/case_pages.h"
#include "gui/case_wizard.h"
#include "gui/case_worker.h"
#include "gui/main_window.h"
#include "panel_probe.h"
#include "pcsc_test.h"

#include <QTemporaryDir>
#include <chrono>
#include <memory>
#include <optional>

namespace jpki::test {

class CounterTest : public PcscTest {
protected:
    void TearDown() override;

    // The authority, the database with a clerk, the stack with `profile`'s card made by that
    // authority, then the window signed in, with the card read and the store open.
    void openCounter(const std::string& profile);

    gui::MainWindow& window() { return *m_window; }
    PanelProbe& probe() { return *m_probe; }
    // The wizard open in the window; fails the test when there is none.
    gui::CaseWizard& wizard();
    gui::CasePage page();

    // Processes events until the wizard shows `page` and no job runs.
    bool waitForPage(gui::CasePage page,
                     std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Presses the wizard's Next button.
    void next();
    void typeInto(const char* name, const QString& text);
    void setChecked(const char* name, bool checked = true);
    void click(const char* name);
    // Ticks an identity document in one of the documents page's lists.
    void tickId(const char* list, domain::IdDocumentType type);
    // Chooses the combo box entry whose data is `value`.
    void choose(const char* name, int value);
    QString text(const char* name);

    // Waits for the applicant's PIN dialog, types `pin` (twice for a new PIN) and confirms.
    // False when no dialog came or OK stayed disabled.
    bool answerPinDialog(const QString& pin);
    // Answers the reason dialog of "cancel" or "applicant left" (opened after this call).
    void answerReasonSoon(const QString& reason);

    const workflow::CaseFile& caseFile();
    // Saves the wizard's current page as a PNG when JPKI_SCREENSHOT_DIR is set.
    void screenshot(const QString& name);

    FixedClock& clock() { return *m_clock; }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<gui::MainWindow> m_window;
    std::unique_ptr<gui::CardServiceThread> m_service;
    std::unique_ptr<gui::CaseWorker> m_worker;
    std::unique_ptr<PanelProbe> m_probe;
};

} // namespace jpki::test
