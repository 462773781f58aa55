#pragma once

#include "cli/daily_report_pdf.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace jpki::cli {

struct Command {
    using Run = std::function<int(const QStringList& arguments)>;

    QString group; // "rules", "calendar", …
    QString name;  // "expiry", "holidays", …; empty for a command named by its group alone
    QString usage; // one line for the help text
    Run run;
};

std::vector<Command> rulesCommands();
std::vector<Command> calendarCommands();
std::vector<Command> databaseCommands();
std::vector<Command> caseGenerateCommands();
std::vector<Command> cardCommands();
// config show: the settings in effect and where each came from.
std::vector<Command> configCommands();
// diagnose: a command without a group (an empty name).
std::vector<Command> diagnoseCommands();
// report daily, report range: they record their export in the database. `deliverPdf` writes
// report daily --format pdf.
std::vector<Command> reportCommands(const PdfDelivery& deliverPdf);
Command dailyReportCommand(const PdfDelivery& deliverPdf);
// case letter, case receipt, with what runs them: jpki-counter-print lays out their pages,
// jpki-counter-cli lists them and hands them over to it.
std::vector<Command> documentCommands(Command::Run caseLetter, Command::Run caseReceipt);

// jpki-counter-print's commands, those that lay out pages and so need Qt Gui: case letter, case
// receipt and report daily (jpki_cli_print only).
std::vector<Command> printCommands();

} // namespace jpki::cli
