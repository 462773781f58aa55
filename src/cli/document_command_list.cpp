// case letter, case receipt as the usage lists them. Both programs list them: jpki-counter-print
// runs them, jpki-counter-cli recognises them to hand them over.

#include "cli/commands.h"

namespace jpki::cli {

std::vector<Command> documentCommands(Command::Run caseLetter, Command::Run caseReceipt) {
    return {
        {QStringLiteral("case"), QStringLiteral("letter"),
         QStringLiteral("ID|REFERENCE --out FILE.pdf [--db PATH]"), std::move(caseLetter)},
        {QStringLiteral("case"), QStringLiteral("receipt"),
         QStringLiteral("ID|REFERENCE --out FILE.pdf [--lang ja|en] [--db PATH]"),
         std::move(caseReceipt)},
    };
}

} // namespace jpki::cli
