#include "platform/diagnostics.h"

#include <PCSC/pcsclite.h>
#include <QCoreApplication>
#include <QSysInfo>
#include <openssl/crypto.h>
#include <spdlog/version.h>
#include <sqlite3.h>

namespace jpki::platform {

QList<ComponentInfo> componentVersions() {
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
         QStringLiteral("Apache-2.0")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()),
         QStringLiteral("Public Domain")},
        {QStringLiteral("pcsc-lite"), QStringLiteral(PCSCLITE_VERSION_NUMBER),
         QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("spdlog"),
         QStringLiteral("%1.%2.%3")
             .arg(SPDLOG_VER_MAJOR)
             .arg(SPDLOG_VER_MINOR)
             .arg(SPDLOG_VER_PATCH),
         QStringLiteral("MIT")},
    };
}

QString diagnosticsReport() {
    QString report;
    report += QStringLiteral("jpki-counter %1\n").arg(QStringLiteral(JPKI_VERSION));
    report += QStringLiteral("platform: %1 (%2, %3)\n")
                  .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                       QSysInfo::kernelVersion());
    for (const ComponentInfo& component : componentVersions()) {
        report += QStringLiteral("%1: %2 (%3)\n")
                      .arg(component.name, component.version, component.licence);
    }
    return report;
}

} // namespace jpki::platform
