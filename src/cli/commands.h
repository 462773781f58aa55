#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace jpki::cli {

struct Command {
    QString group; // "rules", "calendar", …
    QString name;  // "expiry", "holidays", …
    QString usage; // one line for the help text
    std::function<int(const QStringList& arguments)> run;
};

std::vector<Command> rulesCommands();
std::vector<Command> calendarCommands();
std::vector<Command> databaseCommands();
std::vector<Command> caseGenerateCommands();
std::vector<Command> cardCommands();
// report daily, report range: they record their export in the database.
std::vector<Command> reportCommands();
// case letter, case receipt: they lay out pages and need a QGuiApplication (main.cpp makes one).
std::vector<Command> documentCommands();

} // namespace jpki::cli
