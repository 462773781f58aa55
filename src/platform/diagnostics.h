#pragma once

#include <QList>
#include <QString>

namespace jpki::platform {

struct ComponentInfo {
    QString name;
    QString version;
    QString licence;
};

// The libraries this build runs on, with the versions found at run time where the library
// reports one, and their licences: shown in the About dialog and in the diagnostics report.
QList<ComponentInfo> componentVersions();

// A plain-text report to paste into a support request: program version, platform, components.
// It never contains personal data.
QString diagnosticsReport();

} // namespace jpki::platform
