#pragma once

#include <QString>

namespace jpki::platform {

// Names the application for Qt (organisation and application name) so that QStandardPaths
// resolves the same folders from the window, the command line and the tests.
void setApplicationIdentity();

// The folder that holds the case database, the logs and the local authority's files. Created on
// demand, like logFolder(), readable by its owner only (0700, an existing one tightened); empty
// when it cannot be created.
QString applicationDataFolder();

QString logFolder();

} // namespace jpki::platform
