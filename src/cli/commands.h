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

} // namespace jpki::cli
