#pragma once

#include <QList>
#include <QString>

namespace jpki::platform {

struct ComponentInfo {
    QString name;
    QString version; // found at run time; empty where the library cannot say
    QString licence;
    QString builtWith; // the headers this build was compiled against
};

// The libraries this build runs on, with the versions found at run time where the library
// reports one and those it was built with, and their licences: shown in the About dialog and
// in the diagnostics report (src/diagnostics).
QList<ComponentInfo> componentVersions();

} // namespace jpki::platform
