#include "platform/app_paths.h"

#include "platform/durable_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace jpki::platform {

void setApplicationIdentity() {
    // No organisation name: the data folder is then <data home>/jpki-counter, not nested twice.
    QCoreApplication::setApplicationName(QStringLiteral("jpki-counter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JPKI_VERSION));
}

namespace {

// The folders hold applicants' data and the authority's keys: owner only (0700), made so or
// tightened, whatever the umask.
QString ensureFolder(const QString& path) {
    if (path.isEmpty() || !makePrivateDirectory(QFile::encodeName(path).toStdString())) {
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
