#include "platform/app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace jpki::platform {

void setApplicationIdentity() {
    // No organisation name: the data folder is then <data home>/jpki-counter, not nested twice.
    QCoreApplication::setApplicationName(QStringLiteral("jpki-counter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JPKI_VERSION));
}

namespace {

QString ensureFolder(const QString& path) {
    if (path.isEmpty() || !QDir().mkpath(path)) {
        return {};
    }
    return path;
}

} // namespace

QString applicationDataFolder() {
    return ensureFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

QString logFolder() {
    const QString base = applicationDataFolder();
    return base.isEmpty() ? QString() : ensureFolder(base + QStringLiteral("/logs"));
}

} // namespace jpki::platform
